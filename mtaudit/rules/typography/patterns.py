"""The pattern rules' base: the regexes of mtaudit/data/typography.tsv, one list per rule id."""
from __future__ import annotations

import re

from ...detect.rule import Rule
from ...i18n import data_text
from .common import NBSP, in_url


def typo_patterns(ctx, rule_id):
    def build():
        out = {}
        for row in ctx.resources.table("typography"):
            template = row["suggestion"].replace("{sp}", " ").replace("{nbsp}", NBSP)
            out.setdefault(row["rule"], []).append((re.compile(row["pattern"], re.MULTILINE), template, row["note"]))
        return out
    return ctx.resources.memo(("typography", "patterns"), build).get(rule_id, [])


class PatternRule(Rule):
    message = ""

    def check(self, ctx):
        text = ctx.text
        seen = set()
        for rx, template, note in typo_patterns(ctx, self.id):
            for m in rx.finditer(text):
                if (m.start(), m.end()) in seen or in_url(text, m.start(), m.end()):
                    continue
                seen.add((m.start(), m.end()))
                shown = data_text(note)
                yield self.finding(ctx, m.start(), m.end(), f"{shown[0].upper()}{shown[1:]}.",
                                   suggestion=m.expand(template))
