"""Rule selectors, as in Ruff: what `select`, `ignore` and the suppression comments name.

A selector is a rule id (MTA312), an id prefix (MTA3: the MTA3xx rules, MTA31: MTA310-319, MTA: every
rule) or a category (calque). When select and ignore selectors both match a rule, the more specific
one decides, and ignore wins between equals:

    id (MTA312) > 2-digit prefix (MTA31) > 1-digit prefix (MTA3) > category (calque) > MTA (all)

MTA, like Ruff's ALL, is the least specific, below the categories (select = ["MTA"] with
ignore = ["typography"] runs everything but typography). An empty select is select = ["MTA"].
Pure functions of the strings: which selectors exist is the registry's business
(mtaudit/detect/registry.py `check_selectors`).
"""
from __future__ import annotations

import re

PREFIX = re.compile(r"MTA[0-9]{0,3}")
ALL = "MTA"


def is_prefix(sel: str) -> bool:
    """An id or id prefix (MTA, MTA3, MTA31, MTA312); anything else is a category name."""
    return PREFIX.fullmatch(sel) is not None


def specificity(sel: str) -> int:
    """0 for MTA, 1 for a category, 2 to 4 for an id prefix of 1 to 3 digits (3 digits: a rule id)."""
    if is_prefix(sel):
        return 0 if sel == ALL else 1 + len(sel) - len(ALL)
    return 1


def matches(sel: str, rule_id: str, category: str) -> bool:
    return rule_id.startswith(sel) if is_prefix(sel) else sel == category


def deciding(rule_id: str, category: str, select, ignore) -> tuple[str, str] | None:
    """("select" | "ignore", selector) that decides whether the rule runs, or None when no selector
    matches it (then it does not run: an empty select is every rule)."""
    best = None
    for kind, sels in (("select", select or (ALL,)), ("ignore", ignore)):
        for s in sels:
            if matches(s, rule_id, category):
                rank = (specificity(s), kind == "ignore")  # equal specificity: ignore wins
                if best is None or rank > best[0]:
                    best = (rank, kind, s)
    return None if best is None else (best[1], best[2])


def enabled(rule_id: str, category: str, select, ignore) -> bool:
    d = deciding(rule_id, category, select, ignore)
    return d is not None and d[0] == "select"


def most_specific(sels, rule_id: str, category: str) -> str | None:
    """The most specific of sels that matches the rule (the first one between equals), or None."""
    best = None
    for s in sels:
        if matches(s, rule_id, category) and (best is None or specificity(s) > specificity(best)):
            best = s
    return best
