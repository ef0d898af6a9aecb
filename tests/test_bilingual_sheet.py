"""A bilingual file's round trip in its report and its HTML sheet: each round-trip sentence and
source pair says its unit and where it lies in that unit's target; the sheet shows the round
trip, the source comparison, the estimate line, the engines and the notes, as the article sheet does."""
from __future__ import annotations

import json
import unicodedata

import pytest

from conftest import ROOT
from mtaudit.config import Config
from mtaudit.read.bilingual import Unit, read_text

SCHEMA = json.loads((ROOT / "mtaudit/report/report.schema.json").read_text(encoding="utf-8"))


class _Echo:
    """A stand-in engine: every translation is its input."""

    name = "echo"

    def signature(self, direction):
        return "echo"

    def model(self, direction):
        return "echo"

    def translate(self, texts, direction):
        return list(texts)


ROWS = [("u1", "Save the file.", "Enregistrer le fichier."),
        ("u2", "The café opened in 2019. It is {name}'s.", unicodedata.normalize("NFD", "Le café a ouvert en 2019. Il est à {name}.")),
        ("u3", "It rains.", ""),
        ("u4", "Click <b>here</b> to buy 3 apples.", "Cliquez <b>ici</b> pour acheter des pommes.")]


@pytest.fixture
def report(monkeypatch, tmp_path):
    import mtaudit.roundtrip.fidelity as fidelity
    from mtaudit.l10n.audit import audit_bilingual
    from mtaudit.pipeline import Auditor
    from mtaudit.read.bilingual import read_bilingual

    monkeypatch.setattr(fidelity, "candidates", lambda opts: ([_Echo()], []))
    p = tmp_path / "b.tsv"
    p.write_text("id\tsource\ttarget\n" + "".join(f"{i}\t{s}\t{t}\n" for i, s, t in ROWS), encoding="utf-8")
    return audit_bilingual(Auditor(Config(roundtrip={"engine": "auto", "cache": False})), read_bilingual(p), None)


def _read(unit: dict) -> str:
    """The unit's target as the round trip read it (codes and the source's markup blanked)."""
    return read_text(Unit(id=unit["id"], source=unit["source"], target=unit["target"]))


def test_round_trip_sentences_and_pairs_say_their_unit_and_offsets_in_it(report):
    import jsonschema

    jsonschema.Draft202012Validator(SCHEMA).validate(report)
    units = {u["id"]: u for u in report["units"]}
    rt = report["roundtrip"]
    seen = []
    for rec in rt["sentences"]:
        target = _read(units[rec["unit"]])
        assert target[rec["unit_start"]:rec["unit_end"]] == rec["text"], rec
        seen.append(rec["unit"])
    assert seen == ["u1", "u2", "u2", "u4"]
    pairs = rt["bilingual"]["pairs"]
    assert sorted(p["unit"] for p in pairs) == ["u1", "u2", "u3", "u4"]
    for p in pairs:
        if p["start"] is not None:
            assert _read(units[p["unit"]])[p["unit_start"]:p["unit_end"]] == p["text"]
        else:
            assert "unit_start" not in p and p["unit"] == "u3"


def test_the_bilingual_sheet_shows_the_round_trip_and_the_source_comparison(report):
    from mtaudit.report.html import render_html

    report["notes"] = [{"kind": "no-source", "message": "A note <for> the reader."}]
    html = render_html(report, "")
    assert 'class="roundtrip"' in html and "Source comparison" in html and "Back to French" in html
    assert "A note &lt;for&gt; the reader." in html
    assert "echo" in html and report["engines"]["nlp"] in html  # the engines line
    if report["score"].get("estimate"):
        assert "Quality is an estimate" in html
    for rec in report["roundtrip"]["sentences"]:  # each table row's link has its sentence in a unit's row
        anchor = f'id="rt-{rec["start"]}-{rec["end"]}"'
        assert html.count(anchor) == 1 and f'href="#rt-{rec["start"]}-{rec["end"]}"' in html
    assert "<script>" in html
    for table in ('<table class="roundtrip"><tr><th>Unit</th>', '<table class="bilingual"><tr><th>Unit</th>'):
        assert table in html  # the round-trip and comparison tables say each row's unit
    assert '<td class="t">u3</td><td>1-0</td>' in html
