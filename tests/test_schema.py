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


def test_bilingual_file_report_validates(tmp_path, capsys):
    p = tmp_path / "b1.tsv"
    p.write_text("id\tsource\ttarget\n1\tClick Save to keep 25 files.\tCliquez sur Enregistrer pour garder 52 fichiers.\n"
                 "2\tThe budget is ready.\tLe budget est prêt.\n", encoding="utf-8")
    assert main(["--no-config", "audit", str(p), "--out", str(tmp_path / "o"), "-q"]) in (0, 1)
    capsys.readouterr()
    report = json.loads((tmp_path / "o" / "b1.json").read_text(encoding="utf-8"))
    assert "units_sha256" in report["run"] and report["units"]
    validate(report)


class _Echo:
    """A stand-in engine: every translation is its input (no apertium or model needed)."""

    name = "echo"

    def __init__(self, error=None):
        self.error = error

    def signature(self, direction):
        return "echo"

    def model(self, direction):
        return "echo"

    def translate(self, texts, direction):
        if self.error:
            raise self.error
        return list(texts)


def test_reports_with_a_round_trip_and_a_source_validate(monkeypatch, tmp_path):
    import subprocess

    import pytest

    import mtaudit.roundtrip.fidelity as fidelity
    from mtaudit.l10n.audit import audit_bilingual
    from mtaudit.pipeline import Auditor
    from mtaudit.read.bilingual import read_bilingual

    fr = "Le gouvernement a présenté lundi son budget. Il prévoit 3 milliards d'euros pour 120 hôpitaux."
    en = ("The government presented its budget on Monday. It includes 3 billion euros for 210 hospitals. "
          "The strike will start on Friday.")
    engine = [_Echo()]
    monkeypatch.setattr(fidelity, "candidates", lambda opts: (engine, []))
    auditor = Auditor(Config(roundtrip={"engine": "auto", "cache": False}))
    seen = []
    for source in (None, en):
        report = auditor.audit(Article.from_text(fr, id="a", source=source))
        rt = report["roundtrip"]
        assert rt["available"] and ("bilingual" in rt) == bool(source)
        validate(report)
        seen.append(report)
    assert {p["kind"] for p in seen[1]["roundtrip"]["bilingual"]["pairs"]} >= {"1-1", "1-0"}
    engine[:] = [_Echo(subprocess.TimeoutExpired(["apertium"], 1.0))]  # the engine fails: the comparison stays
    report = auditor.audit(Article.from_text(fr, id="a", source=en))
    assert not report["roundtrip"]["available"] and report["roundtrip"]["bilingual"]["available"]
    validate(report)
    engine[:] = [_Echo()]
    p = tmp_path / "b.tsv"
    p.write_text("id\tsource\ttarget\n1\tThe budget is ready.\tLe budget est prêt.\n2\tIt rains.\t\n", encoding="utf-8")
    report = audit_bilingual(auditor, read_bilingual(p), None)
    assert report["roundtrip"]["bilingual"]["paired"] == "units"
    validate(report)
    # the inner structure is checked: a wrong type or an unknown key fails
    for bad in ({"available": "yes"}, {"available": False}, {"available": False, "reason": "r", "extra": 1}):
        with pytest.raises(jsonschema.ValidationError):
            validate(dict(report, roundtrip=bad))


def test_folded_bilingual_report_without_round_trip_keeps_its_roundtrip_key(tmp_path):
    """A unit written another way (a decomposed accent, a soft hyphen) is folded; the report keeps
    its required `roundtrip` key (null without a round trip)."""
    from mtaudit.l10n.audit import audit_bilingual
    from mtaudit.pipeline import Auditor
    from mtaudit.read.bilingual import read_bilingual

    p = tmp_path / "nfd.tsv"
    p.write_text("id\tsource\ttarget\n1\tThe café is open.\tLe cafe\u0301 est ou\u00advert.\n", encoding="utf-8")
    report = audit_bilingual(Auditor(Config()), read_bilingual(p), None)
    assert "roundtrip" in report and report["roundtrip"] is None
    validate(report)


def test_round_trip_report_is_the_same_whether_the_translations_come_from_the_cache(monkeypatch, tmp_path, caplog):
    """Byte-identical JSON: the second run reads every translation from the cache, the report does
    not say so (the logger does, at INFO)."""
    import logging

    import mtaudit.roundtrip.fidelity as fidelity
    from mtaudit.pipeline import Auditor

    monkeypatch.setattr(fidelity, "candidates", lambda opts: ([_Echo()], []))
    fr = "Le gouvernement a présenté lundi son budget. Il prévoit 3 milliards d'euros pour 120 hôpitaux."
    runs = []
    for _ in range(2):
        auditor = Auditor(Config(roundtrip={"engine": "auto", "cache_dir": str(tmp_path / "cache")}))
        with caplog.at_level(logging.INFO, logger="mtaudit"):
            caplog.clear()
            report = auditor.audit(Article.from_text(fr, id="a"))
        validate(report)
        runs.append((json.dumps(report, ensure_ascii=False, sort_keys=True), caplog.text))
    assert runs[0][0] == runs[1][0]
    assert "4 texts translated, 0 from the translation cache" in runs[0][1]
    assert "0 texts translated, 4 from the translation cache" in runs[1][1]
