"""MarianMT that cannot load (QA sweep 2026-12-03): no network, a download cut short, a broken
folder. Fail once per run with one clear line naming the real problem; auto notes its fallback."""
from __future__ import annotations

import importlib.util
import logging

import pytest

from mtaudit.config import Config
from mtaudit.read.article import Article
from mtaudit.roundtrip import run_roundtrip
from mtaudit.roundtrip.backends import BackendUnavailable
from mtaudit.roundtrip.backends import marian as M
from mtaudit.roundtrip.backends.base import Backend

from conftest import echo_backend
from mtaudit.roundtrip.options import Options

ARTICLE = "Le gouvernement a présenté son budget lundi. Les syndicats appellent à la grève.\n"
HAS_STACK = all(importlib.util.find_spec(m) for m in ("torch", "transformers", "sentencepiece", "huggingface_hub"))
needs_stack = pytest.mark.skipif(not HAS_STACK, reason="needs the round-trip extra")


def half_cache(root, repo: str, files=("config.json",)):
    """A Hugging Face cache holding only some files of a repo (a download cut short)."""
    snap = root / f"models--{repo.replace('/', '--')}" / "snapshots" / "abc123"
    snap.mkdir(parents=True)
    (root / f"models--{repo.replace('/', '--')}" / "refs").mkdir()
    (root / f"models--{repo.replace('/', '--')}" / "refs" / "main").write_text("abc123")
    for f in files:
        (snap / f).write_text('{"model_type": "marian"}' if f == "config.json" else "x")
    return root


@pytest.fixture
def hf_cache(tmp_path, monkeypatch):
    from huggingface_hub import constants

    root = tmp_path / "hub"
    root.mkdir()
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(root))
    return root


@needs_stack
def test_a_cache_with_config_json_alone_is_incomplete_not_ready(hf_cache, tmp_path, capsys, monkeypatch):
    repo = "Helsinki-NLP/opus-mt-fr-en"
    half_cache(hf_cache, repo)
    state, missing = M.cache_state(repo)
    assert state == "incomplete" and "source.spm" in missing and not M.in_hf_cache(repo)
    half_cache(hf_cache, "x/full", ("config.json", "model.safetensors", "tokenizer.json"))
    assert M.cache_state("x/full") == ("complete", [])
    from mtaudit.roundtrip.cli import cmd_models
    import argparse

    cmd_models(argparse.Namespace(models_command="list", dir=str(tmp_path / "models"), json=False))
    out = capsys.readouterr().out
    assert "opus-mt-fr-en: Hugging Face cache, incomplete (no " in out
    assert "marian ready" not in out and "only partly in the Hugging Face cache" in out


@needs_stack
def test_offline_reason_names_the_variable_that_is_set(monkeypatch, tmp_path):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    opts = Options.from_dict({"engine": "marian", "fr_en": "example-org/none-fr-en", "en_fr": "example-org/none-en-fr",
                              "models_dir": str(tmp_path)})
    reason = M.MarianBackend.probe(opts, strict=True)
    assert "(TRANSFORMERS_OFFLINE)" in reason and "HF_HUB_OFFLINE" not in reason


@needs_stack
def test_no_hub_fails_at_once_and_once_per_run(monkeypatch, tmp_path):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    asked = []
    monkeypatch.setattr(M, "hub_unreachable", lambda timeout=5.0: asked.append(1) or "ConnectError: no route")
    import transformers

    def never(*a, **k):
        raise AssertionError("from_pretrained must not be tried: it retries the hub for minutes")

    monkeypatch.setattr(transformers.AutoTokenizer, "from_pretrained", never)
    cfg = Config(roundtrip={"engine": "marian", "fr_en": "example-org/none-fr-en", "en_fr": "example-org/none-en-fr",
                            "models_dir": str(tmp_path)})
    for _ in range(3):
        rt = run_roundtrip(Article.from_text(ARTICLE), cfg, cache=False)
        assert rt["available"] is False
        assert "not in the local cache and the Hugging Face hub cannot be reached (ConnectError: no route)" in rt["reason"]
    assert len(asked) == 1  # the failure is remembered: not one hub attempt per article


@needs_stack
def test_a_broken_local_folder_names_the_real_problem(tmp_path, caplog):
    bad = tmp_path / "bad1"
    bad.mkdir()
    (bad / "config.json").write_text('{"model_type": "marian", "d_model": ')
    for f in ("model.safetensors", "source.spm", "target.spm", "vocab.json"):  # complete but for a broken config
        (bad / f).write_text("x")
    cfg = Config(roundtrip={"engine": "marian", "fr_en": str(bad), "en_fr": str(bad), "models_dir": str(tmp_path)})
    with caplog.at_level(logging.WARNING, logger="mtaudit"):
        rt = run_roundtrip(Article.from_text(ARTICLE), cfg, cache=False)
    assert rt["available"] is False and f"cannot load translation model from the folder {bad}" in rt["reason"]
    assert "offline" not in rt["reason"] and "HF_HUB_OFFLINE" not in rt["reason"]
    assert "Traceback" not in caplog.text


class Broken(Backend):
    name = "broken"

    def model(self, direction):
        return "b"

    def _translate(self, texts, direction):
        raise TypeError("expected str, bytes or os.PathLike object, not NoneType")


Echo = echo_backend()


def test_auto_notes_the_engine_that_failed_before_the_one_used_and_logs_no_traceback(caplog):
    with caplog.at_level(logging.DEBUG, logger="mtaudit"):
        rt = run_roundtrip(Article.from_text(ARTICLE), Config(roundtrip={"engine": "auto"}),
                           backends=[Broken(), Echo()], cache=False)
    assert rt["available"] is True and rt["engine"] == "echo"
    assert rt["reason"] == "used echo; broken: TypeError: expected str, bytes or os.PathLike object, not NoneType"
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING and r.exc_info]
    from mtaudit.roundtrip.cli import unavailable_warning

    assert unavailable_warning(Config(roundtrip={"engine": "auto"}), {"roundtrip": rt}) == (
        "round trip with auto: used echo; broken: TypeError: expected str, bytes or os.PathLike object, not NoneType")


def test_a_long_hub_message_is_cut_at_a_word():
    text = "Cannot find an appropriate cached snapshot folder " * 10
    short = M.first_line(text, limit=60)
    assert short.endswith("…") and len(short) <= 61 and short[:-1] in text and not short[:-1].endswith(" ")
    assert text.startswith(short[:-1] + " ")
