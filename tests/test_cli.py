"""CLI behaviour and exit codes: 0 clean, 1 threshold crossed, 2 usage or input error."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mtaudit.cli import main

ROOT = Path(__file__).resolve().parent.parent
CLEAN = "Le sommet a eu lieu à Paris. Les ministres ont discuté de la sécurité européenne.\n"
DIRTY = "Sujets : (Tagstotranslate) Défense (T) Finlande (T) France\n"


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (d / "dirty.md").write_text(DIRTY, encoding="utf-8")
    return d


def test_audit_writes_all_formats_and_exits_1_on_a_failing_article(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["audit", str(corpus), "--out", str(out)]) == 1  # default gate: dirty's verdict is fail
    names = sorted(p.name for p in out.iterdir())
    assert names == ["clean.html", "clean.json", "clean.md", "dirty.html", "dirty.json", "dirty.md",
                     "index.html", "summary.csv"]  # no consistency.csv: no name is spelt two ways
    printed = capsys.readouterr().out
    assert "dirty" in printed and "2 articles: 1 pass, 0 review, 1 fail." in printed
    assert not list(out.glob(".*.tmp"))


def test_format_selection(corpus, tmp_path):
    out = tmp_path / "out"
    assert main(["audit", str(corpus), "--out", str(out), "--format", "json", "--quiet", "--fail-under", "0"]) == 0
    assert sorted(p.suffix for p in out.iterdir() if p.stem in ("clean", "dirty")) == [".json", ".json"]


def test_unknown_format_is_usage_error(corpus, tmp_path):
    assert main(["audit", str(corpus), "--format", "pdf"]) == 2


@pytest.mark.parametrize("flags,code", [
    (["--fail-on", "critical"], 1),
    (["--fail-on", "minor"], 1),
    (["--fail-under", "99"], 1),
    (["--fail-under", "0"], 0),
])
def test_thresholds(corpus, tmp_path, flags, code):
    assert main(["audit", str(corpus), "--out", str(tmp_path / "o"), "--quiet", *flags]) == code


def test_clean_file_passes_fail_on_minor(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text(CLEAN, encoding="utf-8")
    assert main(["audit", str(p), "--out", str(tmp_path / "o"), "--quiet", "--fail-on", "major"]) == 0


def test_bad_inputs_are_named_and_others_still_audited(corpus, tmp_path, capsys):
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (corpus / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (corpus / "empty.txt").write_bytes(b"")
    (tmp_path / "nothing").mkdir()
    out = tmp_path / "out"
    code = main(["audit", str(corpus), str(tmp_path / "missing.txt"), str(tmp_path / "nothing"), "--out", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 5
    for name in ("binary.txt", "latin1.txt", "empty.txt", "missing.txt", "nothing"):
        assert any(name in line for line in err), name
    assert all(line.startswith("mtaudit: error: ") for line in err)
    assert (out / "clean.json").exists() and (out / "dirty.json").exists()
    assert "binary.txt" in (out / "index.html").read_text()


def test_check_prints_json_and_exit_codes(tmp_path, capsys):
    p = tmp_path / "c.txt"
    p.write_text(CLEAN, encoding="utf-8")
    assert main(["check", str(p)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["article"]["id"] == "c" and report["score"]["verdict"] == "pass"
    d = tmp_path / "d.txt"
    d.write_text(DIRTY, encoding="utf-8")
    assert main(["check", str(d)]) == 1
    assert main(["check", str(tmp_path / "missing.txt")]) == 2


def test_unknown_rule_selector_is_usage_error(corpus, capsys):
    assert main(["audit", str(corpus), "--ignore", "MTA999"]) == 2
    assert "MTA101" in capsys.readouterr().err


def test_select_and_ignore_help_names_the_selector_kinds(capsys):
    assert main(["--lang", "en", "check", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "--select ID|PREFIX|CATEGORY" in out and "id prefixes (MTA3, MTA31; MTA: every rule)" in out
    assert "the more specific selector (id > MTA31 > MTA3 > category > MTA), ignored between equals" in out


def test_rules_json_lists_docs_and_examples(capsys):
    assert main(["rules", "--json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    ids = [r["id"] for r in rules]
    assert "MTA101" in ids and ids == sorted(ids)
    for r in rules:
        assert r["what"] and r["why"] and r["example"] and r["examples"]["incorrect"]


def test_rules_selects_by_id_prefix_slug_and_category(capsys):
    assert main(["rules", "--json", "MTA40", "misspelling"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ["MTA401", "MTA402", "MTA403", "MTA510"]
    assert main(["rules", "--json", "typography"]) == 0
    assert {r["category"] for r in json.loads(capsys.readouterr().out)} == {"typography"}
    assert main(["rules", "MTA403"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("MTA403  foreign-text") and [l[:6] for l in out.splitlines() if l[:3] == "MTA"] == ["MTA403"]
    assert main(["rules", "MTA999", "no-such-rule"]) == 2
    err = capsys.readouterr().err
    assert "MTA999" in err and "no-such-rule" in err


def test_stdin_check_in_a_new_process():
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mtaudit", "check", "-"], input=DIRTY.encode(),
                          capture_output=True, env=env, timeout=120)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["article"]["id"] == "stdin"
    assert any(f["rule"] == "MTA101" for f in report["findings"])
    bad = subprocess.run([sys.executable, "-m", "mtaudit", "check", "-"], input=b"\xff\xfe\x00",
                         capture_output=True, env=env, timeout=120)
    assert bad.returncode == 2 and b"<stdin>" in bad.stderr


def test_write_baseline_on_a_folder_is_a_usage_error_before_auditing(corpus, tmp_path, capsys, monkeypatch):
    import mtaudit.runner

    def no_audit(*a, **k):
        raise AssertionError("audited before checking --write-baseline")

    monkeypatch.setattr(mtaudit.runner, "run_batch", no_audit)
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    for target in (tmp_path, tmp_path / "a-file" / "base.json"):
        assert main(["audit", str(corpus), "--out", str(tmp_path / "out"), "--write-baseline", str(target)]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "--write-baseline" in err[0] and "Traceback" not in err[0], err


def test_write_baseline_in_a_new_folder_is_created(corpus, tmp_path):
    base = tmp_path / "new" / "dir" / "base.json"
    main(["audit", str(corpus), "--out", str(tmp_path / "out"), "--quiet", "--write-baseline", str(base)])
    assert json.loads(base.read_text(encoding="utf-8"))


def test_an_empty_rule_selection_warns(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(CLEAN, encoding="utf-8")
    assert main(["--no-config", "check", str(f), "--select", "MTA101", "--ignore", "MTA101"]) == 0
    err = capsys.readouterr().err
    assert "warning: no rule is left to run" in err and "MTA101" in err
    assert main(["--no-config", "check", str(f), "--select", "markup", "--ignore", "MTA101"]) == 0
    assert "warning" not in capsys.readouterr().err


# -- --source -----------------------------------------------------------------------------------

SOURCE_EN = "The summit took place in Paris. The ministers discussed European security.\n"


def test_an_unreadable_source_is_that_articles_error_and_the_others_are_audited(corpus, tmp_path, capsys):
    src = tmp_path / "en"
    src.mkdir()
    (src / "clean.txt").write_text(SOURCE_EN, encoding="utf-8")
    (src / "dirty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code = main(["audit", str(corpus), "--source", str(src), "--out", str(out), "--format", "json", "--quiet",
                 "--select", "MTA810"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert err == [f"mtaudit: error: {corpus / 'dirty.md'}: its source {src / 'dirty.txt'}: empty file (no text to audit)"]
    assert (out / "clean.json").exists() and not (out / "dirty.json").exists()
    for bad in (b"", b"The \x00 government.", b"caf\xe9"):
        (src / "dirty.txt").write_bytes(bad)
        assert main(["check", str(corpus / "dirty.md"), "--source", str(src / "dirty.txt")]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "its source" in err[0] and "Traceback" not in err[0], err


def test_an_html_source_is_read_without_its_markup(tmp_path):
    from mtaudit.roundtrip.cli import source_for

    html = tmp_path / "en.html"
    html.write_text("<!DOCTYPE html>\n<html><head><title>Site</title></head><body>\n<p class=\"x\">The summit "
                    "took place in Paris.</p>\n<p>The ministers met.</p></body></html>\n", encoding="utf-8")
    assert source_for(str(tmp_path / "fr.txt"), str(html)) == "The summit took place in Paris.\n\nThe ministers met."
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "fr.htm").write_text(html.read_text(encoding="utf-8"), encoding="utf-8")
    assert "<" not in source_for(str(tmp_path / "fr.txt"), str(tmp_path / "sources"))


def test_one_source_file_for_several_articles_is_a_usage_error_before_auditing(corpus, tmp_path, capsys,
                                                                                monkeypatch):
    import mtaudit.check
    import mtaudit.runner

    def no_audit(*a, **k):
        raise AssertionError("audited before checking --source")

    monkeypatch.setattr(mtaudit.runner, "run_batch", no_audit)
    monkeypatch.setattr(mtaudit.check, "audit_request", no_audit)
    en = tmp_path / "en.txt"
    en.write_text(SOURCE_EN, encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "r", "text": CLEAN}) + "\n", encoding="utf-8")
    for args in (["audit", str(corpus)], ["audit", str(corpus / "clean.txt"), str(corpus / "dirty.md")],
                 ["audit", str(rows)], ["check", str(corpus / "clean.txt"), str(corpus / "dirty.md")]):
        out = ["--out", str(tmp_path / "out")] if args[0] == "audit" else []
        assert main([*args, "--source", str(en), *out]) == 2, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "--source" in err[0] and "is a file, the source of one article" in err[0], err


def test_a_source_folder_without_the_articles_source_warns_and_notes_it(corpus, tmp_path, capsys):
    import jsonschema

    src = tmp_path / "en"
    src.mkdir()
    (src / "clean.txt").write_text(SOURCE_EN, encoding="utf-8")
    out = tmp_path / "out"
    main(["audit", str(corpus), "--source", str(src), "--out", str(out), "--format", "json,md", "--quiet",
          "--select", "MTA810", "--fail-under", "0"])
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"mtaudit: warning: {corpus / 'dirty.md'}: no source in {src}"), err
    dirty = json.loads((out / "dirty.json").read_text(encoding="utf-8"))
    assert len(dirty["notes"]) == 1 and dirty["notes"][0]["kind"] == "no-source"
    assert str(src) in dirty["notes"][0]["message"]
    assert dirty["notes"][0]["message"] in (out / "dirty.md").read_text(encoding="utf-8")
    assert "notes" not in json.loads((out / "clean.json").read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "mtaudit/report/report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(dirty)
    assert main(["check", str(corpus / "dirty.md"), "--source", str(src), "--select", "MTA810"]) == 0
    got = capsys.readouterr()
    assert "no source in" in got.err and json.loads(got.out)["notes"] == dirty["notes"]


def test_an_unreadable_source_is_listed_in_input_order(tmp_path, capsys):
    arts, src = tmp_path / "fr", tmp_path / "en"
    arts.mkdir()
    src.mkdir()
    (arts / "a.txt").write_bytes(b"")  # the article itself unreadable
    (arts / "b.txt").write_text(CLEAN, encoding="utf-8")
    (src / "b.txt").write_bytes(b"")  # b's source unreadable
    out = tmp_path / "out"
    assert main(["audit", str(arts), "--source", str(src), "--out", str(out), "--format", "json", "--quiet"]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if "error:" in line]
    assert [("a.txt" in e, "its source" in e) for e in errors] == [(True, False), (False, True)], errors
