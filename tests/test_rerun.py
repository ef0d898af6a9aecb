"""A re-run never audits mtaudit's own outputs (issue 9 item 1)."""
import os
import shutil
from pathlib import Path

from conftest import SEEDS

from mtaudit.cli import main


def _snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_audit_dot_twice_gives_same_reports(tmp_path, monkeypatch, capsys):
    work = tmp_path / "work"
    work.mkdir()
    for name in ("000_61c0142607882218.txt", "002_9241cb95a159ac8c.txt"):
        shutil.copy(SEEDS / name, work / name)
    (work / "notes.md").write_text("# Notes\n\nLe maire a inauguré la médiathèque samedi.\n", encoding="utf-8")
    monkeypatch.chdir(work)
    args = ["audit", ".", "--select", "markup,typography", "-q"]
    first_rc = main(args)
    first = _snapshot(work / "reports")
    assert {"000_61c0142607882218.json", "002_9241cb95a159ac8c.md", "notes.md", "index.html"} <= set(first)
    capsys.readouterr()

    second_rc = main(args)
    err = capsys.readouterr().err
    assert second_rc == first_rc
    assert "duplicate" not in err and "Quality sheet" not in err
    second = _snapshot(work / "reports")
    assert set(second) == set(first)  # no report of a report
    for name, (data, mtime) in first.items():
        if name in ("index.html", "summary.csv"):
            assert second[name][0] == data  # batch pages are rewritten, identically
        else:
            assert second[name] == (data, mtime), name  # per-article reports are not touched


def test_reports_elsewhere_are_recognised(tmp_path, monkeypatch):
    from mtaudit.read.loader import discover, is_mtaudit_output

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Le maire a inauguré la médiathèque samedi.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["audit", "src", "--out", "src/old", "--select", "markup", "-q"]) == 0
    assert is_mtaudit_output(src / "old" / "a.md")
    assert not is_mtaudit_output(src / "a.txt")
    # a later run with another --out still skips the earlier run's Markdown sheets
    files, errors = discover([str(src)])
    assert [f.name for f in files] == ["a.txt"] and errors == []
    # naming an output explicitly is an error, not an audit
    assert main(["audit", "src/old/a.md", "--out", "elsewhere", "-q"]) == 2
    assert not (tmp_path / "elsewhere" / "a.json").exists()
