"""Run rules over a context: collect findings, isolate failures, merge duplicates, sort."""
from __future__ import annotations

import logging
import traceback

from .finding import SEVERITY_RANK, Finding

log = logging.getLogger("mtaudit")


def run_rules(ctx, rules) -> tuple[list[Finding], list[dict]]:
    """Findings from every rule; a rule that raises is reported in `failures`, never fatal."""
    findings: list[Finding] = []
    failures: list[dict] = []
    style = ctx.style
    for rule in rules:
        if rule.styles and style not in rule.styles:
            continue  # a house-style rule of another typography profile
        try:
            for f in rule.check(ctx) or ():
                # an empty span only on an empty (or blank) text: the finding is about its absence
                empty_ok = f.start == f.end and not ctx.text.strip()
                if not (0 <= f.start <= f.end <= len(ctx.text)) or (f.start == f.end and not empty_ok) \
                        or f.text != ctx.text[f.start:f.end]:
                    raise ValueError(f"rule produced a bad span {f.start}:{f.end}")
                findings.append(f)
        except Exception as e:  # one broken rule must not take the audit down
            log.warning("rule %s failed: %s", rule.id, e)
            failures.append({"rule": rule.id, "error": f"{type(e).__name__}: {e}",
                             "trace": traceback.format_exc(limit=3)})
    return merge(findings), failures


def merge(findings: list[Finding]) -> list[Finding]:
    """One finding per (span, category): keep the most severe, then most confident, then lowest id."""
    best: dict[tuple, Finding] = {}
    for f in findings:
        k = f.key
        cur = best.get(k)
        if cur is None or _rank(f) > _rank(cur):
            best[k] = f
    return sorted(best.values(), key=lambda f: (f.start, f.end, f.rule))


def _rank(f: Finding):
    return (SEVERITY_RANK[f.severity], f.confidence, [-ord(c) for c in f.rule])
