"""Audit configuration: what runs, how findings weigh, where extra data comes from."""
from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_WEIGHTS = {"minor": 1.0, "major": 5.0, "critical": 25.0}
DEFAULT_THRESHOLDS = {"pass": 90.0, "review": 70.0}
STYLES = ("web", "press")  # typography house styles (see mtaudit/rules/typography/)


def _file_digest(path: str) -> str:
    import hashlib
    from pathlib import Path

    try:
        return f"{path}:{hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]}"
    except OSError:
        return f"{path}:missing"


@dataclass
class Config:
    # MQM penalty points per severity and verdict thresholds on the quality score
    weights: dict = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    thresholds: dict = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    # rule selection: ids (MTA101), id prefixes (MTA1, MTA10, MTA: all) or categories (markup);
    # `select` empty means all; the more specific selector wins (mtaudit/selectors.py)
    select: list = field(default_factory=list)
    ignore: list = field(default_factory=list)
    severity_overrides: dict = field(default_factory=dict)  # {"MTA101": "major"}
    # extra data files by table name: {"people": ["my_people.tsv"], "allow": ["words.txt"]}
    data_files: dict = field(default_factory=dict)
    # round trip: engine auto|ctranslate2|marian|apertium|none, plus engine options
    roundtrip: dict = field(default_factory=lambda: {"engine": "none"})
    # paths (glob patterns) skipped when auditing folders
    exclude: list = field(default_factory=list)
    # typography house style: "web" (ordinary web French) or "press" (Imprimerie nationale)
    style: str = "web"
    # the articles' date (--date; an article's own date metadata wins), ISO at its precision
    date: str | None = None
    # bilingual files: glossaries (TBX, CSV/TSV) and do-not-translate lists (mtaudit/glossary.py)
    glossary: list = field(default_factory=list)
    dnt: list = field(default_factory=list)
    # language of messages and sheets: "en" | "fr"; None: the environment's locale, then English
    lang: str | None = None
    # where each value came from (for `mtaudit config show`)
    origins: dict = field(default_factory=dict)

    def rule_enabled(self, rule_id: str, category: str) -> bool:
        from .selectors import enabled

        return enabled(rule_id, category, self.select, self.ignore)

    def fingerprint(self) -> str:
        """A stable hash of everything in the configuration that changes an audit's result; a batch
        report's run.config adds the version, the data files' contents and the baseline
        (runner.run_fingerprint, which `config show` prints)."""
        import hashlib
        import json

        from .i18n import resolve

        payload = {k: v for k, v in self.__dict__.items()
                   if k != "origins" and not (k in ("glossary", "dnt") and not v)}
        # the messages are in the report: the language they are in, however it was chosen (the
        # default English is --lang en; LANG=fr is --lang fr)
        payload["lang"] = resolve(self.lang)
        if self.select or self.ignore:  # the rules they run: a prefix names new rules, the precedence changed
            from .detect.registry import all_rules

            payload["rules"] = [r.id for r in all_rules().values() if self.rule_enabled(r.id, r.category)]
        for k in ("glossary", "dnt"):  # the files' contents change findings, not only their names
            if payload.get(k):
                payload[k] = [_file_digest(p) for p in payload[k]]
        return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()[:16]
