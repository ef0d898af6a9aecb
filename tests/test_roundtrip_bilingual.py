"""Bilingual mode: sentence alignment of an English source with the French article, and the
omission / addition / mistranslation rules on real (encoder-computed) records."""
from __future__ import annotations

import shutil

import pytest

from mtaudit.config import Config
from mtaudit.detect import Context, run_rules
from mtaudit.read.article import Article
from mtaudit.roundtrip.align import align
from mtaudit.roundtrip.fidelity import bilingual
from mtaudit.roundtrip.options import Options
from mtaudit.rules.fidelity import (SourceMeaningMismatch, SourceNameMissing, SourceNumberMissing,
                                    SourceSentenceOmitted, TargetSentenceAdded, english_numbers, french_numbers,
                                    source_names)

EN = [
    "The city council approved the new tram line on Tuesday.",
    "Construction will cost 450 million euros.",
    "Residents of the northern districts have waited for years.",
    "Work is due to start next spring.",
    "The mayor called it a historic day for the city.",
]
FR = [
    "Le conseil municipal a approuvé mardi la nouvelle ligne de tramway.",
    "Les travaux coûteront 450 millions d'euros.",
    "Le chantier doit commencer au printemps prochain.",
    "Le club de football local a remporté son match dimanche soir.",
    "Le maire a parlé d'une journée historique pour la ville.",
]


def test_alignment_finds_the_omitted_and_the_added_sentence():
    beads = align(EN, FR)
    kinds = [(b.kind, b.source, b.target) for b in beads]
    assert ("1-0", (2,), ()) in kinds  # "Residents of the northern districts..." has no translation
    assert ("0-1", (), (3,)) in kinds  # the football sentence translates nothing
    assert [k for k in kinds if k[0] == "1-1"] == [("1-1", (0,), (0,)), ("1-1", (1,), (1,)), ("1-1", (3,), (2,)),
                                                   ("1-1", (4,), (4,))]
    assert all(b.similarity > 0.6 for b in beads if b.kind == "1-1")


def test_alignment_one_to_two_and_two_to_one():
    en = ["The storm cut power to 20,000 homes and forced the closure of several schools in the region.",
          "Repairs are expected to take a week."]
    fr = ["La tempête a privé d'électricité 20 000 foyers.", "Plusieurs écoles de la région ont dû fermer.",
          "Les réparations devraient prendre une semaine."]
    beads = align(en, fr)
    assert [(b.kind, b.source, b.target) for b in beads] == [("1-2", (0,), (0, 1)), ("1-1", (1,), (2,))]
    beads = align(fr[:2] + fr[2:], en[:1] + en[1:])  # the other way round: French as "source"
    assert beads[0].kind == "2-1"


def test_alignment_of_a_short_translation_of_a_much_longer_source():
    """The length penalty uses a bounded French/English ratio: with whole paragraphs of the source
    left out, the document's own ratio (0.004 here) would pair correct translations wrongly."""
    long = " ".join(["the council met again and discussed the plan at length with the unions and the mayors"] * 10)
    en = ["The government presented its budget on Monday.", "It includes 3 billion euros for 120 hospitals."]
    en += [f"Paragraph {i} says that {long}." for i in range(25)]
    fr = ["Le gouvernement a présenté lundi son budget.", "Il prévoit 3 milliards d'euros pour 120 hôpitaux."]
    beads = align(en, fr)
    assert [(b.kind, b.source, b.target) for b in beads[:2]] == [("1-1", (0,), (0,)), ("1-1", (1,), (1,))]
    assert all(b.kind == "1-0" for b in beads[2:])


def test_alignment_edge_cases():
    assert align([], ["Une phrase."]) [0].kind == "0-1"
    assert align(["One sentence."], [])[0].kind == "1-0"


class _Pivot:
    """A stand-in translator: the 'English' of each French sentence from a fixed table."""

    def __init__(self, table):
        self.table = table
        self.cache = None

    def translate(self, texts, direction):
        return [self.table.get(t, t) for t in texts]


def _records(fr_text: str, en_text: str, pivots: dict | None = None):
    article = Article.from_text(fr_text)
    translator = _Pivot(pivots) if pivots is not None else None
    return article, bilingual(article, en_text, translator, Options(), cache=None)


def _findings(article, bi, rule_cls):
    ctx = Context(article, Config(), roundtrip={"available": False, "bilingual": bi})
    findings, failures = run_rules(ctx, [rule_cls(ctx.config)])
    assert not failures
    return findings


def test_bilingual_records_and_rules_on_an_unseen_pair():
    fr_text = "\n".join(FR) + "\n"
    en_text = " ".join(EN)
    article, bi = _records(fr_text, en_text)
    assert bi["available"] and bi["metrics"]["omitted"] == 1 and bi["metrics"]["added"] == 1
    for p in bi["pairs"]:
        if p["start"] is not None:
            assert fr_text[p["start"]:p["end"]] == p["text"]
        if p["source_start"] is not None:
            assert en_text[p["source_start"]:p["source_end"]] == p["source"]
    omitted = _findings(article, bi, SourceSentenceOmitted)
    assert len(omitted) == 1 and "northern districts" in omitted[0].message
    assert omitted[0].text == "d'euros." and omitted[0].severity == "major"  # after the sentence before the gap
    s, e = omitted[0].source_start, omitted[0].source_end  # and it points at the sentence in the source
    assert en_text[s:e] == omitted[0].source_text == EN[2]
    added = _findings(article, bi, TargetSentenceAdded)
    assert [f.text for f in added] == [FR[3]]
    assert not _findings(article, bi, SourceMeaningMismatch)
    assert not _findings(article, bi, SourceNumberMissing)


def test_omission_at_the_start_is_anchored_on_the_first_sentence():
    fr_text = " ".join(FR[1:3])
    article, bi = _records(fr_text, " ".join([EN[0], EN[1], EN[3]]))
    found = _findings(article, bi, SourceSentenceOmitted)
    assert [f.text for f in found] == ["Les"] and "before this point" in found[0].message


def test_numbers_and_names_against_the_source():
    fr_text = "Le ministre a annoncé 45 millions d'euros pour les écoles. Le projet sera présenté à Bruxelles."
    en_text = ("Education minister Anna Berg announced 450 million euros for schools. "
               "The project will be presented in Brussels.")
    pivots = {"Le ministre a annoncé 45 millions d'euros pour les écoles.":
              "The minister announced 45 million euros for the schools.",
              "Le projet sera présenté à Bruxelles.": "The project will be presented in Brussels."}
    article, bi = _records(fr_text, en_text, pivots)
    numbers = _findings(article, bi, SourceNumberMissing)
    assert len(numbers) == 1 and "450" in numbers[0].message
    assert numbers[0].text == "Le ministre a annoncé 45 millions d'euros pour les écoles."
    names = _findings(article, bi, SourceNameMissing)
    assert len(names) == 1 and "Anna Berg" in names[0].message and "Brussels" not in names[0].message
    # each points at what the French lost, in the source as given
    assert [(en_text[f.source_start:f.source_end], f.source_text) for f in numbers + names] == \
        [("450", "450"), ("Anna Berg", "Anna Berg")]


def test_an_omission_of_several_sentences_points_at_all_of_them_in_the_source():
    fr_text = " ".join([FR[0], FR[4]])
    en_text = " ".join([EN[0], EN[1], EN[2], EN[4]])
    article, bi = _records(fr_text, en_text)
    ctx = Context(article, Config(), roundtrip={"available": False, "bilingual": bi}, source=en_text)
    found, failures = run_rules(ctx, [SourceSentenceOmitted(ctx.config)])
    assert not failures and len(found) == 1 and "2 sentences" in found[0].message
    assert found[0].source_text == en_text[found[0].source_start:found[0].source_end] == EN[1] + " " + EN[2]
    # without the source text itself, only the first sentence's span is certain
    alone = _findings(article, bi, SourceSentenceOmitted)
    assert alone[0].source_text == EN[1]


def test_a_mistranslated_sentence_is_a_low_similarity_pair():
    en_text = ("The bridge will be closed to traffic for two months. "
               "Drivers are advised to use the ring road. Buses will run as usual.")
    fr_text = ("Le pont sera fermé à la circulation pendant deux mois. "
               "Les conducteurs de trains ont été augmentés par la direction. Les bus circuleront normalement.")
    article, bi = _records(fr_text, en_text)
    kinds = [p["kind"] for p in bi["pairs"]]
    assert kinds == ["1-1", "1-1", "1-1"], bi["pairs"]
    found = _findings(article, bi, SourceMeaningMismatch)
    assert [f.text for f in found] == ["Les conducteurs de trains ont été augmentés par la direction."]


def test_number_normalisation():
    assert [v for _, v in english_numbers("It cost $1,250.50, up 3.5% on 2024; 12,000 jobs.")] == \
        ["1250.5", "3.5", "2024", "12000"]
    fr = french_numbers("Il a coûté 1 250,50 dollars, 3,5 % de plus qu'en 2024 ; 12 000 emplois et dix usines.",
                        {"dix": "10"})
    assert {"1250.5", "3.5", "2024", "12000", "10"} <= fr


def test_source_names():
    assert source_names("Finance Minister Eric Lombard met union leaders in Lyon.") == ["Minister Eric Lombard", "Lyon"]
    assert source_names("Nato Could Play Key Role in European Peacekeeping Mission") == []
    assert source_names('"We are ready," said Mark Rutte.') == ["Mark Rutte"]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium is not installed")
def test_audit_with_source_end_to_end(tmp_path):
    from mtaudit.pipeline import Auditor

    fr_text = "\n".join(FR) + "\n"
    cfg = Config(roundtrip={"engine": "none", "cache_dir": str(tmp_path)},  # a source switches the round trip on
                 select=["fidelity", "omission", "MTA820", "MTA821"])
    report = Auditor(cfg).audit(Article.from_text(fr_text, source=" ".join(EN)))
    rt = report["roundtrip"]
    assert rt["available"] and rt["engine"] == "apertium" and rt["bilingual"]["available"]
    rules = {f["rule"] for f in report["findings"]}
    assert {"MTA810", "MTA820"} <= rules
    scored = [p for p in rt["bilingual"]["pairs"] if p["kind"] == "1-1"]
    assert all(p["pivot"] and 0 <= p["chrf"] <= 100 for p in scored)
    omitted = next(f for f in report["findings"] if f["rule"] == "MTA810")
    assert (omitted["source_start"], omitted["source_end"], omitted["source_text"]) == (
        len(" ".join(EN[:2])) + 1, len(" ".join(EN[:3])), EN[2])
    from mtaudit.report.html import render_html

    # the sheet marks it in the source comparison's English, numbered as in the findings' list
    n = report["findings"].index(omitted) + 1
    page = render_html(report, fr_text)
    assert f'{EN[2]}</mark><sup><a href="#f{n}">{n}</a></sup>' in page


class _Failing:
    """A stand-in engine that works for `ok` calls, then raises `error`."""

    name = "failing"

    def __init__(self, error, ok=0):
        self.error, self.ok = error, ok

    def signature(self, direction):
        return "failing"

    def model(self, direction):
        return "failing"

    def translate(self, texts, direction):
        if self.ok <= 0:
            raise self.error
        self.ok -= 1
        return list(texts)


def test_a_failed_round_trip_keeps_the_source_comparison():
    import subprocess

    from mtaudit.roundtrip.fidelity import run_roundtrip

    fr_text = "Le gouvernement a présenté lundi son budget. Il prévoit 3 milliards d'euros pour 120 hôpitaux."
    en_text = "The government presented its budget on Monday. It includes 3 billion euros for 210 hospitals."
    article = Article.from_text(fr_text)
    for error in (subprocess.TimeoutExpired(["apertium"], 0.0), ValueError("cannot convert float NaN to integer")):
        rt = run_roundtrip(article, Config(roundtrip={"engine": "apertium"}), source_text=en_text,
                           backends=[_Failing(error)], cache=False)
        assert rt["available"] is False and type(error).__name__ in rt["reason"], rt
        assert rt["bilingual"]["available"] and len(rt["bilingual"]["pairs"]) == 2
        found = _findings(article, rt["bilingual"], SourceNumberMissing)
        assert len(found) == 1 and "210" in found[0].message
    # a bad threshold (a Config made in code, not checked on load): same thing
    rt = run_roundtrip(article, Config(roundtrip={"thresholds": {"minor": "x"}}), source_text=en_text,
                       backends=[_Failing(None, ok=9)], cache=False)
    assert rt["available"] is False and "thresholds.minor" in rt["reason"] and rt["bilingual"]["available"]
    # bad options (a Config made in code, not checked on load): the comparison still runs
    rt = run_roundtrip(article, Config(roundtrip={"beam": 2}), source_text=en_text, cache=False)
    assert rt["available"] is False and "beam" in rt["reason"] and rt["bilingual"]["available"]
    # the engine fails in the comparison itself (the source's translation): kept, without the engine
    rt = run_roundtrip(article, Config(roundtrip={}), source_text=en_text,
                       backends=[_Failing(RuntimeError("broken pipe"), ok=2)], cache=False)
    assert rt["available"] is True and rt["bilingual"]["available"]
    assert all(p["pivot"] is None for p in rt["bilingual"]["pairs"])


def test_a_missing_number_does_not_hide_a_missing_name_of_the_same_sentence():
    from mtaudit.detect.engine import merge
    from mtaudit.detect.finding import Finding

    fr_text = "Il prévoit 3 milliards d'euros pour 120 hôpitaux à Orléans."
    en_text = "It includes 3 billion euros for 210 hospitals in Orléans and Besançon."
    article, bi = _records(fr_text, en_text, {fr_text: "It plans 3 billion euros for 120 hospitals in Orléans."})
    ctx = Context(article, Config(), roundtrip={"available": False, "bilingual": bi})
    findings, failures = run_rules(ctx, [SourceNumberMissing(ctx.config), SourceNameMissing(ctx.config)])
    assert not failures
    assert sorted(f.rule for f in findings) == ["MTA811", "MTA812"]
    assert findings[0].start == findings[1].start and findings[0].end == findings[1].end
    # the French rules' findings still merge as before: one per span and category
    twin = [Finding(r, "x", "omission", "Accuracy/Omission", "minor", 0, 2, "Il", "m") for r in ("MTA101", "MTA102")]
    assert [f.rule for f in merge(twin)] == ["MTA101"]
    assert sorted(f.rule for f in merge(twin + findings)) == ["MTA101", "MTA811", "MTA812"]


def test_a_source_in_another_language_is_not_compared_and_the_report_says_so():
    import json
    from pathlib import Path

    import jsonschema

    import mtaudit

    schema = json.loads((Path(__file__).resolve().parent.parent / "mtaudit/report/report.schema.json").read_text())

    fr = "Le gouvernement a présenté lundi un budget de trois milliards d'euros pour les hôpitaux de la région."
    for source, language in ((fr, "French"), ("Die Regierung hat am Montag einen Haushalt von drei Milliarden Euro "
                                              "für die Krankenhäuser der Region und die Schulen vorgestellt.", "German")):
        report = mtaudit.audit(fr, source=source)
        assert report["roundtrip"] is None and report["score"]["estimate"]["model"].endswith("/base")
        assert [n["kind"] for n in report["notes"]] == ["source-language"] and language in report["notes"][0]["message"]
        jsonschema.validate(report, schema)
    english = "The government presented on Monday a budget of three billion euros for the region's hospitals."
    report = mtaudit.audit(fr, source=english)
    assert "notes" not in report and report["roundtrip"]["bilingual"]["available"]


def test_names_of_the_source_may_start_with_an_accented_capital():
    from mtaudit.rules.fidelity.source_name_missing import source_names

    got = source_names("The mayor met Émile Zola and the prefect of Île-de-France in Besançon.")
    assert {"Émile Zola", "Île-de-France", "Besançon"} <= set(got)


def test_english_that_names_french_things_is_still_compared():
    import mtaudit

    fr = "Zola a écrit sur la région parisienne en 1898. Le café servait de la crème brûlée à Lévesque mardi."
    english = "Émile Zola wrote about Île-de-France in 1898. The café served crème brûlée to René Lévesque on Tuesday."
    report = mtaudit.audit(fr, source=english)  # langdetect alone calls this French
    assert "notes" not in report and report["roundtrip"]["bilingual"]["available"]


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium is not installed")
def test_a_source_with_decomposed_accents_is_compared_as_written_the_usual_way():
    import unicodedata

    from mtaudit.api import Auditor
    from mtaudit.config import Config

    auditor = Auditor(Config(roundtrip={"engine": "apertium"}))
    fr = "Zola a écrit sur la région parisienne en 1898. Le café servait de la crème brûlée à Lévesque mardi."
    english = "Émile Zola wrote about Île-de-France in 1898. The café served crème brûlée to René Lévesque on Tuesday."
    nfd = unicodedata.normalize("NFD", english)
    usual, decomposed = auditor.audit(fr, source=english), auditor.audit(fr, source=nfd)
    # before, "René" written e + U+0301 was read as the name "Rene", missing from the French
    assert [(f["rule"], f["start"], f["end"], f["message"]) for f in decomposed["findings"]] == \
        [(f["rule"], f["start"], f["end"], f["message"]) for f in usual["findings"]]
    assert decomposed["score"]["quality"] == usual["score"]["quality"]
    pairs = decomposed["roundtrip"]["bilingual"]["pairs"]
    assert pairs and all(nfd[p["source_start"]:p["source_end"]] == p["source"] for p in pairs if p["source"])
    assert [unicodedata.normalize("NFC", p["source"]) for p in pairs] == \
        [p["source"] for p in usual["roundtrip"]["bilingual"]["pairs"]]
    named = [f for f in decomposed["findings"] if "source_start" in f]
    assert named and all(nfd[f["source_start"]:f["source_end"]] == f["source_text"] for f in named)


def test_a_12_hour_time_may_be_given_on_the_24_hour_clock():
    from mtaudit.rules.fidelity.source_number_missing import english_number_values

    got = english_number_values("At 8 pm, 10:30 p.m. and 12 am; 7:15am; 5 amendments; version 1.2.3.")
    assert got == [("8", {"8", "20"}), ("10", {"10", "22"}), ("30", {"30"}), ("12", {"12", "0"}),
                   ("7", {"7"}), ("15", {"15"}), ("5", {"5"}), ("1", {"1"}), ("2", {"2"}), ("3", {"3"})]
