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
    """One finding per (span, category): keep the most severe, then most confident, then lowest id.
    Source-comparison findings (stage "bilingual") of different rules on one span are different
    problems (a number and a name missing from one sentence): each of those rules keeps its best."""
    best: dict[tuple, Finding] = {}
    for f in findings:
        k = f.key
        cur = best.get(k)
        if cur is None or _rank(f) > _rank(cur):
            best[k] = f
    own: dict[tuple, Finding] = {}
    source = _source_rules() if findings else set()
    for f in findings:
        if f.rule in source and best[f.key].rule != f.rule:
            k = f.key + (f.rule,)
            if k not in own or _rank(f) > _rank(own[k]):
                own[k] = f
    return sorted([*best.values(), *own.values()], key=lambda f: (f.start, f.end, f.rule))


_SOURCE: set | None = None


def _source_rules() -> set:
    """Ids of the rules that compare the French with its English source."""
    global _SOURCE
    if _SOURCE is None:
        from .registry import all_rules

        _SOURCE = {rid for rid, cls in all_rules().items() if cls.stage == "bilingual"}
    return _SOURCE


def _rank(f: Finding):
    return (SEVERITY_RANK[f.severity], f.confidence, [-ord(c) for c in f.rule])
