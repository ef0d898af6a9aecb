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


def test_po_files_are_named_by_package_and_path_and_examples_are_left_out():
    m = _module()
    a = m.po_name("joe", "/usr/share/joe/lang/fr.po")
    b = m.po_name("bzflag-data", "/usr/share/games/bzflag/l10n/fr.po")
    c = m.po_name("python3-django-x", "/usr/lib/python3/dist-packages/x/locale/fr/LC_MESSAGES/django.po")
    assert len({a, b, c}) == 3 and all(n.endswith(".mo") and "/" not in n for n in (a, b, c))
    assert a.startswith("joe--") and c != "django.mo"
    import re
    rx = re.compile(m.PO_PATH)
    assert rx.search("/usr/share/games/boswars/languages/bos-fr.po") and rx.search("/usr/share/x/data.fr.po")
    assert not rx.search("/usr/share/x/po/frisian.po") and not rx.search("/usr/share/x/po/de.po")
    for path in ("/usr/share/doc/gettext/examples/hello-c/po/fr.po", "/usr/lib/python3/dist-packages/m/tests/fr.po",
                 "/ckanext/example_itranslation/i18n/fr/LC_MESSAGES/ckanext-example_itranslation.po"):
        assert m.PO_LEFT_OUT.search(path)
    assert not m.PO_LEFT_OUT.search("/usr/share/joe/lang/fr.po")
    assert not m.PO_LEFT_OUT.search("/ckanext/exampleplugin/i18n/fr/LC_MESSAGES/x.po")  # a name, not an example


def test_qt_translations_are_named_by_package_and_path_and_fixtures_are_left_out():
    m = _module()
    import re
    rx = re.compile(m.QT_PATH)
    assert rx.search("/usr/share/arqiver/translations/arqiver_fr.qm") and rx.search("/usr/share/x/fr.qm")
    assert rx.search("/usr/share/x/lang/app.fr_FR.qm")
    assert not rx.search("/usr/share/x/app_fr_CA.qm") and not rx.search("/usr/share/x/app_de.qm")
    name = m.qt_name("arqiver", "/usr/share/arqiver/translations/arqiver_fr.qm")
    assert name == "arqiver--usr_share_arqiver_translations_arqiver_fr.mo"
    assert m.PO_LEFT_OUT.search("/usr/share/gocode/src/x/fixtures/fr/LC_MESSAGES/default.po")
    assert "30" in m.QT_SETS and "30" not in m.PO_SETS


def test_a_pypi_file_an_earlier_set_or_the_set_itself_had_is_left_out(tmp_path):
    """Set 34's fetch reads compiled catalogues' entries and leaves out a file half of whose entries an
    earlier set had (Debian packages many PyPI projects) or a file kept before it had (a project's fr and
    fr_FR). The network part (PyPI) is not run here: the folders stand for the unpacked wheels."""
    import shutil
    import subprocess
    if not shutil.which("msgfmt"):
        import pytest
        pytest.skip("msgfmt (gettext) not installed")
    m = _module()

    def catalogue(folder, entries):
        folder.mkdir(parents=True)
        body = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n' + "".join(
            f'\nmsgid "{a}"\nmsgstr "{b}"\n' for a, b in entries)
        (folder / "django.po").write_text(body, encoding="utf-8")
        return folder / "django.po"

    old = catalogue(tmp_path / "old", [("Save", "Enregistrer"), ("Open", "Ouvrir")])
    subprocess.run(["msgfmt", "-o", str(tmp_path / "old.mo"), str(old)], check=True)
    seen = m.mo_pairs(tmp_path / "old.mo")
    assert seen == {(b"Save", "Enregistrer".encode()), (b"Open", b"Ouvrir")}
    roots = []
    for name, lang, entries in [("app", "fr", [("Save", "Enregistrer"), ("Open", "Ouvrir"), ("New", "Nouveau")]),
                                ("web", "fr", [("Page", "Page"), ("Edit", "Modifier")]),
                                ("web", "fr_FR", [("Page", "Page"), ("Edit", "Modifier"), ("Copy", "Copier")])]:
        root = tmp_path / "x" / f"{name}-{lang}"
        catalogue(root / name / "locale" / lang / "LC_MESSAGES", entries)
        roots.append((name, root))
    out = tmp_path / "out"
    out.mkdir()
    kept = m.keep_new(roots, out, seen)
    names = sorted(p.name for p in out.glob("*.mo"))
    assert kept == 1 and len(names) == 1 and "web" in names[0], names
