"""Speed work that must not change results: the concurrent auditor (Grammalecte beside spaCy), what
the runner keeps of each report, Grammalecte's regex shortcut, spelling's remembered neighbours."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mtaudit.gate import Gate
from mtaudit.pipeline import Auditor
from mtaudit.read.article import Article
from mtaudit.report import render_csv
from mtaudit.report.batch import render_index
from mtaudit.lang import grammalecte as _grammalecte
from mtaudit.runner import kept

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))


def _forget_parses():
    engine = _grammalecte.load()
    if engine is not None:
        engine.forget_lines()


@pytest.mark.parametrize("seed", [SEEDS[2], SEEDS[4]], ids=lambda p: p.stem[:3])
def test_concurrent_auditor_gives_the_same_report(seed):
    article = Article.from_text(seed.read_text(encoding="utf-8"), id=seed.stem)
    _forget_parses()
    plain = Auditor().audit(article)
    _forget_parses()  # the thread must do the parsing, not find it done
    ahead = Auditor(concurrent=True).audit(Article.from_text(article.text, id=seed.stem))
    assert json.dumps(ahead, sort_keys=True) == json.dumps(plain, sort_keys=True)


def test_prefetch_parses_the_lines_the_grammar_rule_reads():
    engine = _grammalecte.load()
    if engine is None:
        pytest.skip("Grammalecte not installed")
    from mtaudit.detect.context import Context
    from mtaudit.rules.grammar.grammar_checker import prefetch

    text = SEEDS[4].read_text(encoding="utf-8") + "\n\nUne phrase toute neuve pour ce test précis du cache.\n"
    _forget_parses()
    prefetch(Context(Article.from_text(text), Auditor().config, Auditor().resources))
    assert any(k[0].startswith("Une phrase toute neuve") for k in engine._parsed)


def test_kept_summary_gives_the_same_batch_outputs_as_full_reports():
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDEN]
    assert reports, "tests/golden holds the seeds' reports"
    slim = [kept(r) for r in reports]
    assert render_csv(slim) == render_csv(reports)
    assert render_index(slim, ["x: broken"]) == render_index(reports, ["x: broken"])
    for fail_on in ("minor", "major", "critical", None):
        for fail_under in (None, 50, 90):
            gate = Gate(fail_under, fail_on)
            assert [gate.crosses(r) for r in slim] == [gate.crosses(r) for r in reports]
    assert all(len(json.dumps(s)) < len(json.dumps(r)) / 4 for s, r in zip(slim, reports) if r["findings"])


def test_kept_summary_keeps_failures_and_path():
    report = json.loads(GOLDEN[0].read_text(encoding="utf-8"))
    report["failures"] = [{"rule": "MTA999", "error": "ValueError: x"}]
    report["article"]["path"] = "a/b.txt"
    slim = kept(report)
    assert slim["failures"] == report["failures"] and slim["article"]["path"] == "a/b.txt"


def test_grammalecte_search_shortcut_matches_re():
    engine = _grammalecte.load()
    if engine is None:
        pytest.skip("Grammalecte not installed")
    import importlib

    gc = importlib.import_module(engine.gce.__name__ + ".gc_engine")
    assert gc.re is not re and gc.re.compile is re.compile
    for pattern, text in ((r":[NA].*:[fe]", ">chose/:N:f:s/*"), (r"^[A-Z]", "abc"), ("(?i)ÉTÉ", "été")):
        got, want = gc.re.search(pattern, text), re.search(pattern, text)
        assert (got and got.span()) == (want and want.span())
        assert gc.re.search(pattern, text) is not None or want is None  # second call: remembered pattern


def test_spelling_neighbours_are_remembered_exactly():
    from mtaudit.rules.spelling import analysis as spelling

    speller = spelling.Speller()
    word = "gouvernemnt"
    spelling._near.clear()
    first = speller.close_words(word)
    assert any(k[0] == "close" and k[2] == word for k in spelling._near)
    assert speller.close_words(word) == first
    spelling._near.clear()
    assert speller.close_words(word) == first
    if speller.engine is not None:
        assert speller.places("Pariss") == speller.places("Pariss")


def test_grammalecte_dictionary_shortcut_gives_the_same_answers():
    engine = _grammalecte.load()
    if engine is None:
        pytest.skip("Grammalecte not installed")
    import importlib

    fast = engine.speller.oMainDic
    assert getattr(fast, "_mtaudit_fast", False)
    plain = importlib.import_module(type(engine.speller).__module__).SpellChecker("fr").oMainDic
    assert not getattr(plain, "_mtaudit_fast", False)
    words = re.findall(r"\w+", SEEDS[4].read_text(encoding="utf-8"))[:400]
    words += ["gouvernemnt", "Pariss", "souheitent", "aujourd'hui", "porte-parole", "CNRS", "Xyzzyq"]
    assert [fast.isValidToken(w) for w in words] == [plain.isValidToken(w) for w in words]
    assert [fast.getMorph(w) for w in words[:100]] == [plain.getMorph(w) for w in words[:100]]
    for w in ("gouvernemnt", "souheitent", "minstre"):
        assert sorted(fast.suggest(w, 8)) == sorted(plain.suggest(w, 8))


def test_disk_memo_builds_once_and_survives_a_damaged_file(tmp_path, monkeypatch):
    from mtaudit import diskmemo

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"decision": 4.5, "etat": 5.1}

    assert diskmemo.load_or_build("t", ("v1",), build) == build()
    calls.clear()
    assert diskmemo.load_or_build("t", ("v1",), build) == {"decision": 4.5, "etat": 5.1} and not calls
    assert diskmemo.load_or_build("t", ("v2",), build) and calls  # another key: built again
    for f in tmp_path.glob("t-*.marshal"):
        f.write_bytes(b"\x00garbage")
    calls.clear()
    assert diskmemo.load_or_build("t", ("v1",), build) == {"decision": 4.5, "etat": 5.1} and calls
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", "off")
    assert diskmemo.load_or_build("t", ("v1",), build) == build()


def test_accent_map_from_disk_equals_a_fresh_build():
    from mtaudit.rules.untranslated import analysis as _untranslated

    assert _untranslated.accent_map() == _untranslated._build_accent_map()
