"""The audit pipeline: read -> detect -> round-trip -> score -> report (a JSON-ready dict)."""
from __future__ import annotations

import threading

from . import __version__
from .config import Config
from .detect.context import Context
from .detect.engine import merge, run_rules
from .detect.registry import enabled_rules
from .detect.suppress import apply as suppress
from .detect.resources import Resources
from .read.article import Article
from .score import score_report

SCHEMA = "mtaudit.report/1"

_resources_lock = threading.Lock()
_resources: dict = {}


def resources_for(config: Config) -> Resources:
    """One Resources (and its derived indexes) per distinct set of data files, shared across audits."""
    key = repr(sorted((k, tuple(v)) for k, v in config.data_files.items()))
    with _resources_lock:
        if key not in _resources:
            _resources[key] = Resources(config.data_files)
        return _resources[key]


class Auditor:
    """Holds configuration, rules and loaded resources; audit() is safe to call repeatedly."""

    def __init__(self, config: Config | None = None, rules=None):
        self.config = config or Config()
        self.rules = rules if rules is not None else enabled_rules(self.config, stage="detect")
        self.later_rules = [r for r in enabled_rules(self.config, stage=None) if r.stage != "detect"] \
            if rules is None else []
        self.resources = resources_for(self.config)

    def audit(self, article: Article, source_text: str | None = None) -> dict:
        ctx = Context(article, self.config, self.resources)
        findings, failures = run_rules(ctx, self.rules)
        roundtrip = None
        engine = self.config.roundtrip.get("engine", "none")
        if engine != "none" or source_text:
            from .roundtrip import run_roundtrip  # optional heavy stack, imported only when asked

            roundtrip = run_roundtrip(article, self.config, source_text=source_text)
            ctx.extras["roundtrip"] = roundtrip
            more, failed = run_rules(ctx, self.later_rules)
            findings = merge(findings + more)
            failures += failed
        findings, suppressed = suppress(article.text, findings)  # <!-- mtaudit-disable --> comments
        report = build_report(article, ctx, findings, failures, roundtrip, self.config, source_text)
        if suppressed:
            report["suppressed"] = suppressed
        return report


def build_report(article: Article, ctx: Context, findings, failures, roundtrip, config: Config,
                 source_text: str | None = None) -> dict:
    report = {
        "schema": SCHEMA,
        "tool": {"name": "mtaudit", "version": __version__},
        "article": {
            "id": article.id,
            "path": article.path,
            "chars": len(article.text),
            "words": article.words,
            "language": {k: ctx.language[k] for k in ("code", "confidence")},
        },
        "score": None,
        "findings": [f.to_dict() for f in findings],
        "roundtrip": roundtrip,
    }
    score_report(report, article.text, config, source_text)
    report["engines"] = dict(sorted(ctx.engines.items()))
    if failures:
        report["failures"] = [{"rule": f["rule"], "error": f["error"]} for f in failures]
    return report


def audit_text(text: str, config: Config | None = None, id: str = "stdin", **kw) -> dict:
    return Auditor(config).audit(Article.from_text(text, id=id), **kw)
