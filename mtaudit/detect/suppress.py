"""Suppression comments in the article text (Markdown and HTML comments; plain text too).

    <!-- mtaudit-disable -->                 every rule off until the next enable
    <!-- mtaudit-disable MTA101, MTA104 -->  these rules (ids or categories) off
    <!-- mtaudit-enable -->                  everything back on
    <!-- mtaudit-enable MTA101 -->           this rule back on
    <!-- mtaudit-disable-next-line MTA101 --> only the next line that is not blank

A finding is dropped when its span starts in a region where its rule (or category) is off.
Findings inside the directive comments themselves are dropped too.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

DIRECTIVE = re.compile(
    r"<!--\s*mtaudit-(?P<verb>disable-next-line|disable|enable)\b(?P<args>(?:(?!-->).)*?)\s*-->",
    re.IGNORECASE | re.DOTALL)
_SPLIT = re.compile(r"[\s,]+")
_RULE_ID = re.compile(r"mta\d{3}", re.IGNORECASE)


@dataclass(frozen=True)
class State:
    all_off: bool = False
    off: frozenset = frozenset()      # selectors off while all_off is False
    back_on: frozenset = frozenset()  # selectors on while all_off is True

    def suppresses(self, rule: str, category: str) -> bool:
        if self.all_off:
            return rule not in self.back_on and category not in self.back_on
        return rule in self.off or category in self.off


@dataclass
class Suppressions:
    starts: list          # region start offsets, sorted; region i is [starts[i], starts[i+1])
    states: list          # State of each region
    lines: list           # (start, end, selectors or None) for disable-next-line
    comments: list        # (start, end) of every directive comment

    def suppresses(self, rule: str, category: str, offset: int) -> bool:
        for a, b in self.comments:
            if a <= offset < b:
                return True
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.states[i].suppresses(rule, category):
            return True
        for a, b, sel in self.lines:
            if a <= offset < b and (sel is None or rule in sel or category in sel):
                return True
        return False


def _selectors(args: str) -> frozenset:
    # "MTA101, MTA104 -- reason" : everything after "--" is a free comment
    args = args.split("--", 1)[0]
    return frozenset(s.upper() if _RULE_ID.fullmatch(s) else s.lower() for s in _SPLIT.split(args.strip()) if s)


def _next_line(text: str, pos: int) -> tuple[int, int] | None:
    """[start, end) of the first line after pos's line that is not blank (HTML input: the tag
    after the comment leaves a blank line), or None."""
    nl = text.find("\n", pos)
    while nl >= 0:
        end = text.find("\n", nl + 1)
        end = len(text) if end < 0 else end
        if text[nl + 1:end].strip():
            return nl + 1, end
        nl = text.find("\n", end) if end < len(text) else -1
    return None


def parse(text: str) -> Suppressions | None:
    if "mtaudit-" not in text.lower():
        return None
    state = State()
    starts, states, lines, comments = [0], [state], [], []
    for m in DIRECTIVE.finditer(text):
        verb = m.group("verb").lower()
        sel = _selectors(m.group("args"))
        comments.append((m.start(), m.end()))
        if verb == "disable-next-line":
            span = _next_line(text, m.end())
            if span is not None:
                lines.append((*span, sel or None))
            continue
        if verb == "disable":
            if not sel:
                state = State(all_off=True)
            elif state.all_off:
                state = State(True, frozenset(), state.back_on - sel)
            else:
                state = State(False, state.off | sel, frozenset())
        else:  # enable
            if not sel:
                state = State()
            elif state.all_off:
                state = State(True, frozenset(), state.back_on | sel)
            else:
                state = State(False, state.off - sel, frozenset())
        starts.append(m.end())
        states.append(state)
    if not comments:
        return None
    return Suppressions(starts, states, lines, comments)


def apply(text: str, findings: list) -> tuple[list, int]:
    """(kept findings, number suppressed). Works on Finding objects or report dicts."""
    sup = parse(text)
    if sup is None or not findings:
        return findings, 0
    kept = []
    for f in findings:
        get = f.get if isinstance(f, dict) else lambda k, f=f: getattr(f, k)
        if not sup.suppresses(get("rule"), get("category"), get("start")):
            kept.append(f)
    return kept, len(findings) - len(kept)
