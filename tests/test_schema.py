"""The JSON Schema (mtaudit/report/report.schema.json) covers every key a report can have:
it forbids undeclared keys, and real reports of every kind validate against it."""
import json

import jsonschema

from conftest import ROOT

from mtaudit.cli import main
from mtaudit.config import Config
from mtaudit.read.article import Article
from mtaudit.request import AuditorCache, audit_request, parse_request

SCHEMA = json.loads((ROOT / "mtaudit/report/report.schema.json").read_text(encoding="utf-8"))


def validate(report):
    jsonschema.Draft202012Validator(SCHEMA).validate(report)


def test_schema_declares_every_report_key():
    assert SCHEMA["additionalProperties"] is False
    for key in ("engines", "failures", "suppressed", "run", "verdict", "gate", "baselined"):
        assert key in SCHEMA["properties"], key
    bad = {"schema": "mtaudit.report/1", "tool": {"name": "mtaudit", "version": "0"}, "undeclared": 1}
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(bad))


def test_golden_reports_validate():
    for p in sorted((ROOT / "tests/golden").glob("*.json")):
        report = json.loads(p.read_text(encoding="utf-8"))
        report["tool"]["version"] = "0"
        report["article"]["path"] = "x"
        report["run"]["config"] = "0"
        validate(report)


def test_audit_report_with_run_suppressed_baselined_and_failures_validates(tmp_path, capsys, monkeypatch):
    from mtaudit.detect.registry import all_rules

    p = tmp_path / "a.md"
    p.write_text("Bonjour {{prenom}} et {{nom}}. <!-- mtaudit-disable-line MTA101 -->\nEt {{ville}}.\n",
                 encoding="utf-8")
    base = tmp_path / "b.json"
    main(["--no-config", "audit", str(p), "--out", str(tmp_path / "o1"), "-q", "--write-baseline", str(base)])
    monkeypatch.setattr(all_rules()["MTA104"], "check", lambda self, ctx: 1 / 0)
    main(["--no-config", "audit", str(p), "--out", str(tmp_path / "o2"), "-q", "--baseline", str(base),
          "--allow-rule-failures"])
    capsys.readouterr()
    report = json.loads((tmp_path / "o2" / "a.json").read_text(encoding="utf-8"))
    assert {"run", "baselined", "failures", "engines"} <= set(report)
    validate(report)


def test_request_reports_validate():
    cache = AuditorCache(Config())
    html = parse_request({"id": "h", "title": "T", "html": "<p>Bonjour {{prenom}}.</p>",
                          "options": {"fail_on": "minor"}})
    report = audit_request(html, cache)
    assert {"verdict", "gate"} <= set(report) and "html_start" in report["findings"][0]
    validate(report)
    validate(cache.get().audit(Article.from_text("Le conseil a voté le budget.", id="t")))


def test_typed_report_declares_the_schemas_keys():
    """mtaudit/report/types.py and the schema say the same: every object's keys and required keys."""
    from mtaudit.report.types import BY_SCHEMA_PATH

    def node(path):
        n = SCHEMA
        for part in filter(None, path.split(".")):
            items = part.endswith("[]")
            n = n["properties"][part[:-2] if items else part]
            if items:
                n = n["items"]
        return n

    for path, typed in BY_SCHEMA_PATH.items():
        n = node(path)
        assert set(typed.__annotations__) == set(n["properties"]), path
        assert set(typed.__required_keys__) == set(n.get("required", [])), path
