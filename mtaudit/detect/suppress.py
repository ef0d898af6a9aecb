"""Suppression comments in the article text (Markdown and HTML comments; plain text too).

    <!-- mtaudit-disable -->                 every rule off until the next enable
    <!-- mtaudit-disable MTA101, MTA104 -->  these rules (ids, id prefixes such as MTA1, or categories) off
    <!-- mtaudit-enable -->                  everything back on
    <!-- mtaudit-enable MTA101 -->           this rule back on
    <!-- mtaudit-disable-next-line MTA101 --> only the next line that is not blank

The selectors are select's and ignore's (mtaudit/selectors.py). A finding is dropped when its span
starts in a region where its rule is off: of the selectors turned off or back on so far that name
the rule, the most specific decides (`disable markup` then `enable MTA103`: MTA103 on), a selector
named again takes its later verb, and a bare disable is below them all. Findings inside the
directive comments themselves are dropped too.

Notes (the report's `notes`, not findings): a comment `<!-- mtaudit-… -->` with an unknown verb, an
unknown rule id or category (a slug is named with its id), and a disable comment, or one of its
ids or categories, that suppressed nothing (as Ruff's unused noqa, ESLint's unused disable).
"""
from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field

from ..i18n import _, quote
from ..selectors import is_prefix, matches, most_specific, specificity

VERBS = ("disable", "enable", "disable-next-line")
DIRECTIVE = re.compile(r"<!--\s*mtaudit-(?P<verb>[\w-]*?)(?=[\s,]|--(?:>|\s)|$)(?P<args>(?:(?!-->).)*?)\s*-->",
                       re.IGNORECASE | re.DOTALL)
_SPLIT = re.compile(r"[\s,]+")
_RULE_ID = re.compile(r"mta\d{3}", re.IGNORECASE)
COMMENT = -1  # inside a directive comment
_LOOKALIKE = str.maketrans("OQDILSZB", "00011528")


@dataclass(frozen=True)
class State:
    all_off: int | None = None  # the directive that turned every rule off
    off: tuple = ()   # (selector, (directive, selector or None)): turned off, and what a finding is dropped by
    on: tuple = ()    # selectors turned back on

    def suppresses(self, rule: str, category: str):
        """(directive, selector) that turns the rule off here, or None. The most specific selector
        that names the rule decides (an id over a prefix over a category over MTA over a bare
        disable), as select and ignore do; one selector names a rule at each specificity."""
        by, rank = ((self.all_off, None) if self.all_off is not None else None), -1
        for sel, verdict in self.off:
            if matches(sel, rule, category) and specificity(sel) > rank:
                by, rank = verdict, specificity(sel)
        for sel in self.on:
            if matches(sel, rule, category) and specificity(sel) > rank:
                by, rank = None, specificity(sel)
        return by


@dataclass
class Directive:
    start: int
    end: int
    verb: str
    selectors: tuple


@dataclass
class Suppressions:
    starts: list          # region start offsets, sorted; region i is [starts[i], starts[i+1])
    states: list          # State of each region
    lines: list           # (start, end, selectors or None, directive) for disable-next-line
    comments: list        # (start, end) of every directive comment
    directives: list = field(default_factory=list)  # Directive of each comment, in text order
    notes: list = field(default_factory=list)       # (directive, kind, message) found while parsing

    def suppresses(self, rule: str, category: str, offset: int):
        """(directive, selector or None) that drops a finding of rule at offset (directive COMMENT:
        inside a directive comment), or None."""
        for a, b in self.comments:
            if a <= offset < b:
                return COMMENT, None
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0:
            by = self.states[i].suppresses(rule, category)
            if by is not None:
                return by
        for a, b, sel, d in self.lines:
            if a <= offset < b:
                if sel is None:
                    return d, None
                s = most_specific(sel, rule, category)
                if s is not None:
                    return d, s
        return None


def _selectors(args: str) -> tuple:
    # "MTA101, MTA104 -- reason" : everything after "--" is a free comment
    args = args.split("--", 1)[0]
    return tuple(dict.fromkeys(s.upper() if s[:3].lower() == "mta" else s.lower()
                               for s in _SPLIT.split(args.strip()) if s))


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


def _known() -> tuple[dict, tuple]:
    """(rule id -> (slug, category)), categories."""
    from .finding import CATEGORIES
    from .registry import all_rules

    return {r.id: (r.slug, r.category) for r in all_rules().values()}, CATEGORIES


def _is_known(sel: str, rules: dict, categories) -> bool:
    """A rule id, an id prefix some rule's id starts with (MTA3, MTA), or a category."""
    return any(rid.startswith(sel) for rid in rules) if is_prefix(sel) else sel in categories


def _unknown(sel: str, rules: dict, categories) -> str:
    slug = next((rid for rid, (s, _c) in rules.items() if s == sel), None)
    if slug:
        return _("{name} is a rule slug: suppression comments take rule ids, id prefixes or categories; use {id}").format(
            name=quote(sel), id=slug)
    if sel[:3] == "MTA":  # an id or prefix: a letter written for a digit (MTA1O1); else no guess (MTA999)
        fixed = "MTA" + sel[3:].translate(_LOOKALIKE)
        near = [fixed] if fixed != sel and _is_known(fixed, rules, categories) else []
    else:
        near = difflib.get_close_matches(sel, categories, n=1, cutoff=0.7)
    hint = _(" (did you mean {name}?)").format(name=quote(near[0])) if near else ""
    return _("unknown rule id, id prefix or category {name} in a suppression comment{hint}; it suppresses nothing").format(
        name=quote(sel), hint=hint)


def parse(text: str) -> Suppressions | None:
    if "mtaudit-" not in text.lower():
        return None
    rules, categories = _known()
    state = State()
    starts, states, lines, comments, directives, notes = [0], [state], [], [], [], []
    for m in DIRECTIVE.finditer(text):
        d = len(directives)
        verb = m.group("verb").lower()
        sel = _selectors(m.group("args"))
        comments.append((m.start(), m.end()))
        directives.append(Directive(m.start(), m.end(), verb, sel))
        if verb not in VERBS:
            near = difflib.get_close_matches(verb, VERBS, n=1, cutoff=0.6)
            hint = _(" (did you mean {name}?)").format(name=quote("mtaudit-" + near[0])) if near else ""
            notes.append((d, "unknown-directive", _(
                "unknown suppression comment {name}{hint}; it suppresses nothing (known: {known})").format(
                name=quote("mtaudit-" + verb), hint=hint, known=", ".join("mtaudit-" + v for v in VERBS))))
            continue
        bad = [s for s in sel if not _is_known(s, rules, categories)]
        for s in bad:
            notes.append((d, "unknown-selector", _unknown(s, rules, categories)))
        sel = tuple(s for s in sel if s not in bad)
        if bad and not sel:  # only unknown names: nothing to turn off (not every rule)
            continue
        if verb == "disable-next-line":
            span = _next_line(text, m.end())
            if span is not None:
                lines.append((*span, sel or None, d))
            continue
        kept = tuple((s, v) for s, v in state.off if s not in sel)  # a selector named again: the later one
        if verb == "disable":
            if not sel:
                state = State(all_off=d)
            else:  # under a bare disable, what it turns off again is the bare disable's doing
                bare = (state.all_off, None) if state.all_off is not None else None
                state = State(state.all_off, kept + tuple((s, bare or (d, s)) for s in sel),
                              tuple(s for s in state.on if s not in sel))
        else:  # enable
            if not sel:
                state = State()
            else:
                state = State(state.all_off, kept, state.on + tuple(s for s in sel if s not in state.on))
        starts.append(m.end())
        states.append(state)
    if not comments:
        return None
    return Suppressions(starts, states, lines, comments, directives, notes)


def _runs(sel: str, config, rules: dict) -> bool:
    """Whether the configuration runs a rule sel names (an id, an id prefix or a category)."""
    if config is None:
        return True
    return any(config.rule_enabled(rid, cat) for rid, (_s, cat) in rules.items() if matches(sel, rid, cat))


def notes_of(text: str, sup: Suppressions, used: set, config=None) -> list[dict]:
    """The report's notes: directives with an unknown verb or name, and disable directives (or their
    ids and categories) that suppressed nothing, in text order."""
    rules, _categories = _known()
    found = list(sup.notes)
    for d, x in enumerate(sup.directives):
        if x.verb not in ("disable", "disable-next-line") or any(n[0] == d for n in sup.notes):
            continue
        if not x.selectors:
            if (d, None) not in used:
                found.append((d, "unused-suppression", _("this suppression comment suppressed nothing")))
            continue
        idle = [s for s in x.selectors if (d, s) not in used and _runs(s, config, rules)]
        if idle:
            found.append((d, "unused-suppression", _("{names} in this suppression comment suppressed nothing").format(
                names=", ".join(idle))))
    from ..read.article import line_col, line_starts

    out = []
    starts = line_starts(text) if found else []
    for d, kind, message in sorted(found, key=lambda n: n[0]):
        x = sup.directives[d]
        out.append({"kind": kind, "start": x.start, "end": x.end, "line": line_col(starts, x.start)[0],
                    "text": text[x.start:x.end], "message": message})
    return out


def apply(text: str, findings: list, config=None) -> tuple[list, int, list]:
    """(kept findings, number suppressed, notes on the suppression comments). Works on Finding
    objects or report dicts. config: the rules that ran (an id or category none of whose rules ran
    is not reported as unused)."""
    sup = parse(text)
    if sup is None:
        return findings, 0, []
    kept = []
    used: set = set()
    for f in findings:
        get = f.get if isinstance(f, dict) else lambda k, f=f: getattr(f, k)
        by = sup.suppresses(get("rule"), get("category"), get("start"))
        if by is None:
            kept.append(f)
        else:
            used.add(by)
    return kept, len(findings) - len(kept), notes_of(text, sup, used, config)
