"""The Rule base class: every rule declares its identity, docs and examples, and finds spans."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from ..i18n import doc
from .finding import CATEGORIES, SEVERITIES, Finding

if TYPE_CHECKING:
    from .context import Context

RULE_ID = re.compile(r"^MTA\d{3}$")


@dataclass
class Example:
    """An example the test suite runs.

    Incorrect examples (Rule.examples_bad) must produce a finding; every string in `flags` must
    be exactly the text of one finding. Correct examples (Rule.examples_good) must produce none.
    `context` passes extra inputs some rules need (e.g. round-trip records, the English source).
    The source-against-target rules of bilingual files (stage "l10n") read the example text as a
    unit's target and `source=` as its source: bad("Supprimer les éléments ?", source="Delete {0}
    items?"); `memory=` (units of the batch) and `glossary=` (rows) feed the consistency and
    terminology rules.
    """

    text: str
    flags: list[str] = field(default_factory=list)
    suggestion: str | None = None
    context: dict = field(default_factory=dict)


def bad(text: str, *flags: str, suggestion: str | None = None, **context) -> Example:
    return Example(text, list(flags), suggestion, context)


def good(text: str, **context) -> Example:
    return Example(text, [], None, context)


class Rule:
    """Subclass, set the class attributes and implement check()."""

    id: str = ""
    slug: str = ""
    name: str = ""
    category: str = ""
    mqm: str = ""
    severity: str = "minor"
    stage: str = "detect"  # detect | roundtrip | bilingual (per article) | l10n (per translation unit) | batch (see BatchRule)
    styles: tuple = ()  # typography house styles the rule runs in ("press",); empty: every style
    locked_units = False  # l10n rules: True runs on units marked translate="no" only, False never on them
    what: str = ""
    why: str = ""
    example: str = ""  # the docs example: "bad → good"
    examples_bad: list[Example] = []
    examples_good: list[Example] = []

    def __init__(self, config=None):
        from ..config import Config

        self.config = config or Config()
        override = self.config.severity_overrides.get(self.id)
        self.severity = override or type(self).severity

    # -- to implement ---------------------------------------------------------------
    def check(self, ctx: "Context") -> Iterable[Finding]:
        raise NotImplementedError

    # -- helpers for rules ------------------------------------------------------------
    def finding(self, ctx: "Context", start: int, end: int, message: str, suggestion: str | None = None,
                severity: str | None = None, confidence: float = 1.0, engine: str = "rules",
                category: str | None = None) -> Finding:
        sev = severity or self.severity
        # a user override of the rule's severity wins over what the rule computed
        if self.config.severity_overrides.get(self.id):
            sev = self.config.severity_overrides[self.id]
        else:  # a rule demoted by default on measured false alarms (mtaudit/data/rule_precision.tsv)
            from ..score.precision import capped

            sev = capped(self.id, sev)
        return Finding(
            rule=self.id, slug=self.slug, category=category or self.category, mqm=self.mqm,
            severity=sev, start=start, end=end, text=ctx.text[start:end], message=message,
            suggestion=suggestion, confidence=confidence, engine=engine,
        )

    @classmethod
    def describe(cls) -> dict:
        out = {
            "id": cls.id, "slug": cls.slug, "name": doc(cls.name) or cls.slug.replace("-", " "),
            "category": cls.category, "mqm": cls.mqm, "severity": cls.severity, "stage": cls.stage,
            "what": doc(cls.what).strip(), "why": doc(cls.why).strip(), "example": doc(cls.example).strip(),
        }
        if cls.styles:
            out["styles"] = list(cls.styles)
        return out

    @classmethod
    def validate(cls) -> list[str]:
        """Problems with the declaration itself (checked by the test suite and the registry)."""
        problems = []
        if not RULE_ID.match(cls.id or ""):
            problems.append(f"id {cls.id!r} is not MTA + 3 digits")
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", cls.slug or ""):
            problems.append(f"slug {cls.slug!r} is not kebab-case")
        if cls.category not in CATEGORIES:
            problems.append(f"category {cls.category!r} not in {CATEGORIES}")
        if cls.severity not in SEVERITIES:
            problems.append(f"severity {cls.severity!r} not in {SEVERITIES}")
        if "/" not in (cls.mqm or ""):
            problems.append(f"mqm {cls.mqm!r} should look like 'Accuracy/Untranslated'")
        for part in ("what", "why", "example"):
            if not getattr(cls, part).strip():
                problems.append(f"docs part {part!r} is empty")
        if not cls.examples_bad or not cls.examples_good:
            problems.append("needs at least one incorrect and one correct example")
        return problems



class BatchRule(Rule):
    """A rule over a whole batch (the "batch" stage, run by runner.run_batch after the articles):
    collect() gathers what it needs from each article, combine() compares the articles and returns
    rows for the batch outputs (consistency.csv, index.html). check() runs the rule on one text whose
    articles are separated by form feeds (\\f): that is how its examples are written and tested."""

    stage = "batch"
    ARTICLE_BREAK = "\f"

    def collect(self, ctx: "Context"):
        raise NotImplementedError

    def combine(self, collected: dict) -> list[dict]:
        """collected: {article id: what collect() returned}, in input order."""
        raise NotImplementedError
