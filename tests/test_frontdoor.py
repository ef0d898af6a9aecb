"""One front door: one reader, one gate, one request model for audit, check and the service."""
import json

import pytest

from mtaudit.cli import main
from mtaudit.gate import Gate

PAGE = ("<html><head><title>T</title></head><body><article><h1>Budget</h1>"
        "<p>Le conseil municipal a voté le budget mardi soir.</p>"
        "<p>Bonjour {{prenom}}, la réunion est reportée.</p></article></body></html>\n")


def test_audit_and_check_read_html_the_same_way(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    main(["--no-config", "audit", str(page), "--out", str(out), "--format", "json", "-q"])
    audited = json.loads((out / "page.json").read_text(encoding="utf-8"))
    capsys.readouterr()
    main(["--no-config", "check", str(page)])
    checked = json.loads(capsys.readouterr().out)
    for rep in (audited, checked):
        assert rep["article"]["format"] == "html"
        assert rep["article"]["chars"] < len(PAGE) * 0.6  # the stripped text, not the markup
        texts = [f["text"] for f in rep["findings"]]
        assert "{{prenom}}" in texts and not any(t.startswith("<") for t in texts)
        for f in rep["findings"]:
            assert PAGE[f["html_start"]:f["html_end"]] == f["text"]
    assert [f["rule"] for f in audited["findings"]] == [f["rule"] for f in checked["findings"]]


def test_one_default_gate_for_audit_check_and_service(tmp_path, capsys):
    from fastapi.testclient import TestClient

    from mtaudit.service.app import create_app

    text = "Bonjour {{prenom}}, {{nom}} et {{ville}} : la réunion est reportée.\n"
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    audit_rc = main(["--no-config", "audit", str(p), "--out", str(tmp_path / "o"), "-q", "--select", "markup"])
    report = json.loads((tmp_path / "o" / "a.json").read_text(encoding="utf-8"))
    check_rc = main(["--no-config", "check", str(p), "--select", "markup"])
    capsys.readouterr()
    with TestClient(create_app(warm=False)) as client:
        got = client.post("/v1/audit", json={"text": text, "options": {"select": ["markup"]}}).json()
    assert report["score"]["verdict"] == "fail"
    assert audit_rc == check_rc == 1 and got["verdict"] == "fail" and got["gate"]["crossed"]
    assert got["gate"]["fail_under"] == 70.0 and got["gate"]["fail_on"] is None
    # a review verdict does not cross the default gate
    gate = Gate().resolved({"pass": 90.0, "review": 70.0})
    assert not gate.crosses({"score": {"quality": 80.0}, "findings": []})
    assert gate.crosses({"score": {"quality": 69.9}, "findings": []})


def test_gate_fields_merge_and_validate():
    assert Gate(None, "major").over(Gate(50.0, "minor")) == Gate(50.0, "major")
    assert Gate().over(Gate(10.0)) == Gate(10.0)
    assert Gate(0.0).resolved({"review": 70.0}) == Gate(0.0)
    with pytest.raises(ValueError):
        Gate(fail_on="fatal")


def test_english_source_travels_on_the_article(tmp_path):
    from mtaudit.read.corpus import Columns
    from mtaudit.runner import plan, text_digest
    from mtaudit.config import Config
    from mtaudit.request import parse_request

    req = parse_request({"text": "Le conseil a voté.", "source_text": "The council voted."})
    assert req.article.source == "The council voted." and not hasattr(req, "source_text")
    rows = tmp_path / "c.jsonl"
    rows.write_text(json.dumps({"id": "x", "text": "Le conseil a voté.", "en": "The council voted."}) + "\n")
    sources, _, errors = plan([str(rows)], Config(), Columns(source="en"))
    art = next(iter(sources)).load()
    assert art.source == "The council voted." and "source_text" not in art.meta
    assert "source_sha256" in text_digest(art)


def test_batch_stage_is_a_declared_rule(tmp_path):
    from mtaudit.detect.registry import all_rules

    rule = all_rules()["MTA252"]
    assert rule.stage == "batch"
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Les ministres ont visité Kiev hier soir.\n", encoding="utf-8")
    (d / "b.txt").write_text("Healey a annoncé un nouveau soutien à Kyiv.\n", encoding="utf-8")
    base = ["--no-config", "audit", str(d), "-q", "--fail-under", "0", "--format", "json"]
    assert main(base + ["--out", str(tmp_path / "on")]) == 0
    assert (tmp_path / "on" / "consistency.csv").exists()
    assert main(base + ["--out", str(tmp_path / "off"), "--ignore", "MTA252"]) == 0
    assert not (tmp_path / "off" / "consistency.csv").exists()


def test_audit_failure_is_a_typed_result():
    from mtaudit.runner import AuditFailed, audit_one
    from mtaudit.read.article import Article

    class Boom:
        def audit(self, article):
            raise RuntimeError("boom")

    got = audit_one(Boom(), Article.from_text("Texte."))
    assert isinstance(got, AuditFailed) and "boom" in got.problem


def test_every_packaged_data_file_is_a_declared_table():
    from mtaudit.detect.resources import data_path
    from mtaudit.detect.tables import TABLES

    files = {p.stem for p in data_path("").iterdir() if p.suffix in (".tsv", ".txt")}
    assert files == set(TABLES), "declare new data files in mtaudit/detect/tables.py"
