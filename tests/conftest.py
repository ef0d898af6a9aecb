"""Shared test fixtures: the seeds, one way to audit a text (the whole pipeline: audit_text), one way
to run some rules on a text (run_rules_on), and the rules of a family (family_ids).

Rule families are declared once, by the rules themselves: mtaudit/rules/<family>/ lists its RULES.
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

@pytest.fixture(autouse=True)
def _english_messages(monkeypatch):
    """Tests that read messages expect English whatever the machine's locale (LANGUAGE wins over
    LC_ALL, LC_MESSAGES and LANG, as in gettext); tests of the language choice pass their own."""
    monkeypatch.setenv("LANGUAGE", "en")


def family_ids(name: str) -> tuple[str, ...]:
    """The ids of a rule family's rules ("grammar": MTA501-MTA504), from mtaudit/rules/<name>/."""
    import importlib

    return tuple(sorted(rule.id for rule in importlib.import_module(f"mtaudit.rules.{name}").RULES))


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with prefix ("002")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def read_seed(prefix: str) -> str:
    """The text of the seed whose name starts with prefix."""
    return seed_path(prefix).read_text(encoding="utf-8")


def bench_module(name: str):
    """A script of bench/ loaded as a module by its path ("build_idioms"): its functions, for tests."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_rules_on(text: str, ids, config=None, resources=None):
    """(findings, context) of the rules `ids` alone on text (no scoring, no report). No rule may fail,
    and every finding's text is the text at its offsets."""
    from mtaudit.config import Config
    from mtaudit.detect import Context, all_rules, run_rules

    cfg = config or Config()
    ctx = Context.from_text(text, cfg, resources)
    findings, failures = run_rules(ctx, [all_rules()[i](cfg) for i in ids])
    assert not failures, failures
    for f in findings:
        assert f.text == text[f.start:f.end]
    return findings, ctx


def audit_text(text: str, ids=None, config=None, id: str = "t", source: str | None = None) -> dict:
    """The report of one text, with only the rules `ids` (or all enabled by `config`)."""
    import dataclasses

    from mtaudit.config import Config
    from mtaudit.pipeline import Auditor
    from mtaudit.read.article import Article

    cfg = config or Config()
    if ids is not None:
        cfg = dataclasses.replace(cfg, select=list(ids))
    return Auditor(cfg).audit(Article.from_text(text, id=id, source=source))


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def seed_text():
    """seed_text("002") -> the text of that seed."""
    return read_seed


@pytest.fixture
def audit():
    """audit(text, ids=None, config=None) -> report dict (see audit_text)."""
    return audit_text


def echo_backend():
    """A round-trip backend that gives each text back as its translation (no engine needed)."""
    from mtaudit.roundtrip.backends.base import Backend

    class Echo(Backend):
        name = "echo"

        def model(self, direction):
            return "e"

        def _translate(self, texts, direction):
            return list(texts)

    return Echo


def interrupt_second_batch(monkeypatch):
    """The runner audits one article a batch and meets Ctrl-C at its second batch."""
    from mtaudit import runner

    real, calls = runner.audit_batch, []

    def interrupted(auditor, articles):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(auditor, articles)

    monkeypatch.setattr(runner, "BATCH", 1)
    monkeypatch.setattr(runner, "audit_batch", interrupted)
