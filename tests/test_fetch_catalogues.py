"""bench/fetch_catalogues.py's draw of a new blind set: seeded, and blind to what earlier sets had."""
from conftest import bench_module


def _module():
    return bench_module("fetch_catalogues")


LISTING = "\n".join([
    "newpkg-a: /usr/share/locale/fr/LC_MESSAGES/a.mo",
    "newpkg-b: /usr/share/locale/fr/LC_MESSAGES/b.mo",
    "newpkg-b: /usr/share/locale/fr/LC_MESSAGES/seen.mo",
    "oldcat: /usr/share/locale/fr/LC_MESSAGES/seen.mo",  # only a catalogue an earlier set had
    "python3-django-x: /usr/lib/python3/dist-packages/x/locale/fr/LC_MESSAGES/django.mo",
    "ruby-gettext: /usr/share/doc/ruby-gettext/examples/locale/fr/LC_MESSAGES/hello.mo",
    "gcc-12-locales: /usr/share/locale/fr/LC_MESSAGES/gcc-12.mo",
    "hello: /usr/share/locale/fr/LC_MESSAGES/hello.mo",  # a package of set 2
    *[f"pkg{i:02d}: /usr/share/locale/fr/LC_MESSAGES/c{i}.mo" for i in range(30)],
])


def test_draw_pool_leaves_out_what_was_had_and_examples():
    m = _module()
    drawn, pool = m.draw(99, 1000, {"seen.mo"}, LISTING)
    assert pool == 32 and len(drawn) == 32
    assert {"newpkg-a", "newpkg-b"} <= set(drawn)  # newpkg-b has one catalogue nobody had
    for left_out in ("oldcat", "python3-django-x", "ruby-gettext", "gcc-12-locales", "hello"):
        assert left_out not in drawn


def test_draw_is_seeded():
    m = _module()
    first, _ = m.draw(7, 10, set(), LISTING)
    assert first == m.draw(7, 10, set(), LISTING)[0] and len(first) == 10
    assert first != m.draw(8, 10, set(), LISTING)[0]
