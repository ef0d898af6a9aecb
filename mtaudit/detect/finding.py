"""Findings: one problem at one span of the article."""
from __future__ import annotations

from dataclasses import asdict, dataclass

SEVERITIES = ("minor", "major", "critical")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}

CATEGORIES = (
    "markup", "untranslated", "boilerplate", "name", "mistranslation", "calque",
    "grammar", "spelling", "punctuation", "typography", "consistency", "repetition",
    "fidelity", "omission", "style",
)


@dataclass
class Finding:
    rule: str
    slug: str
    category: str
    mqm: str
    severity: str
    start: int
    end: int
    text: str
    message: str
    suggestion: str | None = None
    confidence: float = 1.0
    engine: str = "rules"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["confidence"] = round(float(self.confidence), 3)
        return d

    @property
    def key(self) -> tuple:
        return (self.start, self.end, self.category)
