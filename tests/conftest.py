"""Shared test fixtures: the seeds, one way to audit a text, and the rule families by id range.

Rule families (the id ranges tests use to pick a family's rules) are declared once, in FAMILIES.
"""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# family -> (first id, last id), inclusive
FAMILIES = {
    "markup": ("MTA100", "MTA199"),
    "names": ("MTA200", "MTA249"),
    "consistency": ("MTA250", "MTA299"),
    "phrases": ("MTA300", "MTA399"),
    "untranslated": ("MTA400", "MTA499"),
    "grammar": ("MTA500", "MTA509"),
    "spelling": ("MTA510", "MTA599"),
    "boilerplate": ("MTA600", "MTA649"),
    "typography": ("MTA650", "MTA699"),
    "repetition": ("MTA700", "MTA749"),
    "fidelity": ("MTA800", "MTA899"),
}


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch):
    """Tests that read messages expect English whatever the machine's locale (LANGUAGE wins over
    LC_ALL, LC_MESSAGES and LANG, as in gettext); tests of the language choice pass their own."""
    monkeypatch.setenv("LANGUAGE", "en")


def family_ids(name: str) -> tuple[str, ...]:
    from mtaudit.detect.registry import all_rules

    lo, hi = FAMILIES[name]
    return tuple(i for i in all_rules() if lo <= i <= hi)


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with prefix ("002")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


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
    return lambda prefix: seed_path(prefix).read_text(encoding="utf-8")


@pytest.fixture
def audit():
    """audit(text, ids=None, config=None) -> report dict (see audit_text)."""
    return audit_text
