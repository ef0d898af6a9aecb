"""bench/html_docs.py: which pages of a documentation package are French, the seeded draw per package, and
the false alarms estimated from a judged sample."""
from conftest import bench_module


def _module():
    return bench_module("html_docs")


def test_french_pages_by_package_name_or_path(tmp_path):
    m = _module()
    for rel in ("usr/share/doc/x-fr/manual.html", "usr/share/doc/x-fr/notes.txt"):
        (tmp_path / "x-fr" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "x-fr" / rel).write_text("<p>x</p>")
    for rel in ("html/fr-FR/a.html", "html/de-DE/a.html", "guide/b.fr.html", "guide/b.html", "help/fr/c.htm"):
        (tmp_path / "y" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "y" / rel).write_text("<p>x</p>")
    assert [p.name for p in m.french_pages(tmp_path / "x-fr", "x-fr")] == ["manual.html"]
    got = sorted(p.relative_to(tmp_path / "y").as_posix() for p in m.french_pages(tmp_path / "y", "y"))
    assert got == ["guide/b.fr.html", "help/fr/c.htm", "html/fr-FR/a.html"]


def test_draw_is_seeded_per_package_so_adding_one_moves_no_other():
    m = _module()
    a = {"p": [f"p{i}" for i in range(30)], "q": [f"q{i}" for i in range(30)]}
    b = {**a, "o": [f"o{i}" for i in range(30)]}
    assert m.drawn(a, 5, 1)["q"] == m.drawn(b, 5, 1)["q"] != m.drawn(a, 5, 2)["q"]
    assert m.drawn(a, 0, 1)["p"] == a["p"]


def test_row_estimates_false_alarms_from_the_judged_share():
    m = _module()
    p = {"pages": 2, "words": 10000, "majors": 30, "passed": 1, "real": 2, "false": 1}
    row = m._row("pkg", p, 30 * 1 / 3, 90.0)
    assert "| 30 | 15.00 | 2 / 1 | 5.00 | 50.0 % | 90.0 |" in row
    assert "| – |" in m._row("pkg", p, None, 90.0)
    # a set with a package none of whose majors was judged: a range, those majors none false, then all false
    assert "| 2 / 1 | 5.00 to 7.50 |" in m._row("all", p, (10.0, 15.0), 90.0)


def test_man_pages_are_rendered_and_pointers_left_out(tmp_path):
    import gzip
    import shutil

    import pytest

    if not shutil.which("mandoc"):
        pytest.skip("mandoc is a bench-only tool (apt-get install mandoc)")
    m = _module()
    man1 = tmp_path / "usr/share/man/fr/man1"
    man1.mkdir(parents=True)
    page = '.TH TRUC 1 "mars 2023" "truc 1.0" "Commandes de l\'utilisateur"\n.SH NOM\ntruc \\- ne fait rien\n'
    (man1 / "truc.1.gz").write_bytes(gzip.compress(page.encode("utf-8")))
    (man1 / "machin.1.gz").write_bytes(gzip.compress(b".so man1/truc.1\n"))
    m.man_pages(tmp_path)
    out = sorted(p.name for p in (tmp_path / "_html/fr/man").iterdir())
    assert out == ["truc.1.html"]
    assert "ne fait rien" in (tmp_path / "_html/fr/man/truc.1.html").read_text(encoding="utf-8")
    assert [p.name for p in m.french_pages(tmp_path, "truc")] == ["truc.1.html"]
