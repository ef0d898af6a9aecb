"""Measured per-rule precision (mtaudit/data/rule_precision.tsv, written by bench/rule_precision.py).

A finding's confidence is its rule's measured confidence when the rule had enough findings to
measure (MIN_FINDINGS); otherwise the rule's own confidence stays. The table's `confidence` is the
precision, or for the rules that mark a whole sentence (MTA8xx) the precision beyond chance (a long
span overlaps an annotated error by chance alone); an older table without that column gives the precision.
"""
from __future__ import annotations

from functools import lru_cache

MIN_FINDINGS = 20


@lru_cache(maxsize=1)
def table() -> dict:
    """rule id -> row (dict of the table's columns); empty when the table is missing."""
    from ..detect.resources import data_path, load_table

    try:
        rows = load_table(data_path("rule_precision.tsv"))
    except Exception:  # the table is optional data: without it every rule keeps its own confidence
        return {}
    return {r["rule"]: r for r in rows}


def measured(rule: str) -> float | None:
    row = table().get(rule)
    value = row and (row.get("confidence") or row.get("precision"))
    if not value:
        return None
    try:
        if int(row.get("findings") or 0) < MIN_FINDINGS:
            return None
        return float(value)
    except ValueError:
        return None


def apply_precision(findings: list) -> None:
    """Set each finding's (dict) confidence to its rule's measured precision where there is one."""
    for f in findings:
        p = measured(f["rule"])
        if p is not None:
            f["confidence"] = round(p, 3)


def default_severity(rule: str) -> str | None:
    """The severity a rule is demoted to by default (the table's default_severity), or None."""
    row = table().get(rule)
    return (row.get("default_severity") or None) if row else None


def capped(rule: str, severity: str) -> str:
    """A finding's severity after the rule's default demotion, if any."""
    from ..detect.finding import SEVERITY_RANK

    cap = default_severity(rule)
    if cap in SEVERITY_RANK and SEVERITY_RANK[severity] > SEVERITY_RANK[cap]:
        return cap
    return severity
