"""Findings: one problem at one span of the article."""
from __future__ import annotations

from dataclasses import asdict, dataclass

SEVERITIES = ("minor", "major", "critical")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}

CATEGORIES = (
    "markup", "untranslated", "boilerplate", "name", "mistranslation", "calque",
    "grammar", "spelling", "punctuation", "typography", "consistency", "repetition",
    "fidelity", "omission", "style", "terminology", "locale",
)
# keys a finding on a translation unit adds (a finding against an article's English source: the source ones)
UNIT_KEYS = ("unit", "source_start", "source_end", "source_text", "line")


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
    # bilingual files: the unit's id; where the finding points in the unit's (or the article's English) source
    unit: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    source_text: str | None = None
    line: int | None = None  # line of the unit in its file

    def to_dict(self) -> dict:
        d = asdict(self)
        d["confidence"] = round(float(self.confidence), 3)
        for k in UNIT_KEYS:
            if d[k] is None:
                del d[k]
        return d

    @property
    def key(self) -> tuple:
        # on a translation unit, findings that point at different parts of the source stay apart
        return (self.unit, self.start, self.end, self.category, self.source_start)
