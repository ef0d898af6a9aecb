"""The engine helper process (mtaudit/lang/helper.py): Grammalecte and langdetect beside spaCy.

Its answers must give byte for byte the report of a plain Auditor(); the work must really be done
there (the parent does not parse those lines again); and a helper that dies, overruns or fails a
job loses nothing: the rules compute it in-process, the failure is counted and logged, and a new
helper starts."""
from __future__ import annotations

import json
import logging
import os
import signal
import time
from pathlib import Path

import pytest

from mtaudit.lang import grammalecte
from mtaudit.lang.helper import EngineHelper, Job
from mtaudit.pipeline import Auditor
from mtaudit.read.article import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def helper():
    if grammalecte.load() is None:
        pytest.skip("Grammalecte not installed")
    h = EngineHelper(policy="always").start()
    if not h.wait_ready(300):
        h.close()
        pytest.fail(f"the engine helper did not start: {h.error}")
    yield h
    h.close()
    assert h.status == "off"


def _ready(h: EngineHelper) -> None:
    assert h.wait_ready(300), h.error


def _forget(text: str) -> None:
    """Drop this process's per-line memories of text's lines, so only the helper can supply them."""
    engine = grammalecte.load()
    lines = set(text.splitlines())
    for key in [k for k in engine._parsed if k[0] in lines]:
        del engine._parsed[key]
    for line in lines:
        engine._spelled.pop(line, None)


def _dumps(report) -> str:
    return json.dumps(report, ensure_ascii=False)


def _edited(text: str) -> str:
    paras = text.split("\n\n")
    k = len(paras) // 2
    paras[k] = paras[k].replace(" ", " très ", 1) + " Le maire l'a confirmé mardi."
    return "\n\n".join(paras)


@pytest.mark.parametrize("seed", [SEEDS[2], SEEDS[4]], ids=lambda s: s.stem[:3])
def test_the_helper_gives_the_plain_report_and_does_the_work(seed, helper, monkeypatch):
    _ready(helper)
    engine = grammalecte.load()
    auditor = Auditor(concurrent=True, reuse=True, helper=helper)
    text = seed.read_text(encoding="utf-8")
    for what, t in (("seen once", text), ("edited", _edited(text))):
        _forget(t)
        lines = set(t.splitlines())
        here = {"parse": 0, "spell": 0, "language": 0}
        parse, spell = engine.gce.parse, engine.speller.parseParagraph

        def counted_parse(p, *a, **k):
            here["parse"] += p in lines
            return parse(p, *a, **k)

        def counted_spell(p, *a, **k):
            here["spell"] += p in lines
            return spell(p, *a, **k)

        from mtaudit.detect import language
        detect = language.detect_language

        def counted_language(x):
            here["language"] += 1
            return detect(x)
        monkeypatch.setattr(engine.gce, "parse", counted_parse)
        monkeypatch.setattr(engine.speller, "parseParagraph", counted_spell)
        monkeypatch.setattr(language, "detect_language", counted_language)
        failures = helper.failures
        got = auditor.audit(Article.from_text(t, id=seed.stem))
        monkeypatch.undo()
        assert helper.failures == failures
        assert here == {"parse": 0, "spell": 0, "language": 0}, what  # all done in the helper
        cold = Auditor().audit(Article.from_text(t, id=seed.stem))
        assert _dumps(got) == _dumps(cold), what


def test_a_helper_that_dies_loses_nothing_and_is_restarted(helper, caplog):
    _ready(helper)
    text = SEEDS[4].read_text(encoding="utf-8") + "\n\nUn paragraphe que personne n'a encore vu ici."
    _forget(text)
    auditor = Auditor(concurrent=True, helper=helper)
    restarts, failures = helper.restarts, helper.failures
    real_submit = helper.submit

    def submit_then_die(jobs, chars=0):
        # the process is stopped before the jobs reach it and killed after: it dies before it answers, however
        # busy the machine (a loaded machine could otherwise let it answer between the send and the kill)
        os.kill(helper._proc.pid, signal.SIGSTOP)
        pending = real_submit(jobs, chars)
        helper._proc.kill()
        return pending
    helper.submit = submit_then_die
    try:
        with caplog.at_level(logging.WARNING, logger="mtaudit"):
            got = auditor.audit(Article.from_text(text, id="x"))
    finally:
        del helper.submit
    assert helper.failures == failures + 1 and helper.restarts == restarts + 1
    assert any("engine helper failed" in r.getMessage() for r in caplog.records)
    assert _dumps(got) == _dumps(Auditor().audit(Article.from_text(text, id="x")))
    _ready(helper)  # the new one
    assert helper.status == "ready"


def test_a_helper_that_overruns_is_replaced_and_the_rules_compute_in_process(helper):
    _ready(helper)
    text = SEEDS[2].read_text(encoding="utf-8") + "\n\nEncore un paragraphe jamais vu par le service."
    _forget(text)
    failures = helper.failures
    helper.base_timeout, helper.per_char = 0.0, 0.0  # no time at all: the answer is too late
    try:
        got = Auditor(concurrent=True, helper=helper).audit(Article.from_text(text, id="y"))
    finally:
        helper.base_timeout, helper.per_char = EngineHelper().base_timeout, EngineHelper().per_char
    assert helper.failures == failures + 1
    assert _dumps(got) == _dumps(Auditor().audit(Article.from_text(text, id="y")))
    _ready(helper)


def test_a_job_that_raises_in_the_helper_is_not_installed(helper):
    _ready(helper)
    installed = []
    errors = helper.job_errors
    pending = helper.submit([Job("grammalecte.parse", (None, {}), installed.append),
                             Job("language", ("Le conseil municipal a voté le budget.",), installed.append)])
    assert pending is not None and pending.collect()
    assert helper.job_errors == errors + 1
    assert installed == [{"code": "fr", "confidence": installed[0]["confidence"], "engine": "langdetect"}]


def test_the_helper_answers_like_this_process(helper):
    from mtaudit.detect.language import detect_language

    _ready(helper)
    engine = grammalecte.load()
    line = "Les enfant joue dans le jardin avec leur chiens."
    options = dict(engine.default_options)
    got = {}
    pending = helper.submit([Job("grammalecte.parse", (line, options), lambda v: got.setdefault("parse", v)),
                             Job("grammalecte.spell", (line,), lambda v: got.setdefault("spell", v)),
                             Job("language", (line,), lambda v: got.setdefault("language", v))])
    assert pending.collect()
    assert got["parse"] == [dict(e) for e in engine.gce.parse(line, "FR", dOptions=options)] != []
    assert got["spell"] == [dict(e) for e in engine.speller.parseParagraph(line)]
    assert got["language"] == detect_language(line)


def test_a_busy_or_closed_helper_falls_back_to_the_thread():
    h = EngineHelper()  # never started: not ready
    assert h.submit([]) is None and h.status == "warming"
    text = SEEDS[2].read_text(encoding="utf-8")
    auditor = Auditor(concurrent=True, helper=h)
    assert _dumps(auditor.audit(Article.from_text(text, id="z"))) == \
        _dumps(Auditor().audit(Article.from_text(text, id="z")))
    h.close()
    assert h.status == "off" and h.submit([]) is None


def test_the_service_starts_and_stops_its_helper():
    from mtaudit.config import Config
    from mtaudit.service.app import ServiceState

    if grammalecte.load() is None:
        pytest.skip("Grammalecte not installed")
    state = ServiceState(Config())
    state.start(warm=False)
    try:
        assert state.auditors.get().helper is state.helper
        assert state.helper.wait_ready(300), state.helper.error
        assert state.helper.to_dict()["status"] == "ready"
    finally:
        state.stop()
    deadline = time.time() + 10
    while state.helper._proc is not None and time.time() < deadline:
        time.sleep(0.05)
    assert state.helper.status == "off"
    assert ServiceState(Config(), helper=False).helper is None
    for policy, want in (("off", None), ("always", "always"), ("", "auto")):
        import os
        os.environ["MTAUDIT_ENGINE_HELPER"] = policy
        try:
            got = ServiceState(Config()).helper
        finally:
            del os.environ["MTAUDIT_ENGINE_HELPER"]
        assert (got.policy if got is not None else None) == want


def test_auto_uses_the_helper_only_with_a_free_core(monkeypatch):
    from mtaudit.lang import helper as helper_module

    assert helper_module.free_core(cores=2, load=3.5) and not helper_module.free_core(cores=2, load=4.2)
    assert helper_module.free_core(cores=16, load=20.0) and not helper_module.free_core(cores=1, load=2.0)
    h = EngineHelper()
    assert h.policy == "auto"
    h._ready.set()  # as if started: only the load decides
    monkeypatch.setattr(helper_module, "free_core", lambda: False)
    assert h.submit([]) is None and not h.lock.locked()
    with pytest.raises(ValueError):
        EngineHelper(policy="sometimes")


def test_split_paragraphs_gives_the_helper_the_last_share():
    from mtaudit.pipeline import split_paragraphs

    parts = ["a" * 40, "b" * 30, "c" * 20, "d" * 10]
    assert split_paragraphs(parts, 0.25) == (parts[:3], parts[3:])
    assert split_paragraphs(parts, 0.4) == (parts[:2], parts[2:])
    assert split_paragraphs(parts, 0.0) == (parts, [])
    assert split_paragraphs(["x" * 10], 0.9) == (["x" * 10], [])  # this process keeps at least one
    assert split_paragraphs([], 0.5) == ([], [])


@pytest.fixture(scope="module")
def spacy_helper():
    from mtaudit.detect import nlp

    if grammalecte.load() is None or nlp.load_spacy()[0] is None:
        pytest.skip("Grammalecte or spaCy not installed")
    h = EngineHelper(policy="always", spacy=True).start()
    if not h.wait_ready(300):
        h.close()
        pytest.fail(f"the engine helper did not start: {h.error}")
    yield h
    h.close()


def test_a_spacy_helper_analyses_a_share_of_the_paragraphs(spacy_helper, monkeypatch):
    from mtaudit.detect import nlp

    monkeypatch.setattr("mtaudit.pipeline.HELPER_SHARE", 0.4)
    auditor = Auditor(concurrent=True, reuse=True, helper=spacy_helper)
    text = SEEDS[1].read_text(encoding="utf-8")
    for what, t in (("seen once", text), ("edited", _edited(text))):
        nlp.forget()
        parts = nlp.unremembered(t)
        got = auditor.audit(Article.from_text(t, id="x"))
        assert 0 < nlp.stats["analysed"] < len(parts), what  # the rest came from the helper
        assert not nlp.unremembered(t)
        assert _dumps(got) == _dumps(Auditor().audit(Article.from_text(t, id="x"))), what
        text = t
    # answers from another model are not kept: this process analyses those paragraphs itself
    nlp.forget()
    monkeypatch.setattr(nlp, "remember", lambda name, parts, analyses: False)
    got = auditor.audit(Article.from_text(text + "\n\nUn dernier paragraphe.", id="x"))
    assert nlp.stats["analysed"] == len(nlp.paragraphs(text + "\n\nUn dernier paragraphe."))
    assert _dumps(got) == _dumps(Auditor().audit(Article.from_text(text + "\n\nUn dernier paragraphe.", id="x")))


def test_the_policy_is_read_from_the_environment_and_a_typo_is_a_clear_error(monkeypatch, capsys):
    from mtaudit.cli import main
    from mtaudit.lang.helper import policy_from_env

    for value, want in (("off", "off"), (" Always ", "always"), ("", "auto")):
        monkeypatch.setenv("MTAUDIT_ENGINE_HELPER", value)
        assert policy_from_env() == want
    monkeypatch.delenv("MTAUDIT_ENGINE_HELPER")
    assert policy_from_env() == "auto"
    monkeypatch.setenv("MTAUDIT_ENGINE_HELPER", "offf")
    with pytest.raises(ValueError, match="MTAUDIT_ENGINE_HELPER"):
        policy_from_env()
    assert main(["serve", "--port", "0", "--no-config", "--lang", "en"]) == 2  # before any server starts
    err = capsys.readouterr().err
    assert "MTAUDIT_ENGINE_HELPER must be auto, always or off, not 'offf'" in err and "Traceback" not in err
