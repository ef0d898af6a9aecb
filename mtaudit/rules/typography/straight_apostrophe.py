"""MTA659 straight-apostrophe (press style): ' inside words where print sets ’."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...i18n import _
from .common import in_url, word_around


STRAIGHT_IN_WORD = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


class StraightApostrophe(Rule):
    id = "MTA659"
    slug = "straight-apostrophe"
    name = "Straight apostrophe (press style)"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    styles = ("press",)
    what = """Press style only. Finds the straight apostrophe (') inside French words where printed
    French uses the typographic one (’). One finding per article, on the first, with the count.
    Web French uses the straight apostrophe everywhere, so the web style does not report it."""
    why = """The Imprimerie nationale (and most publishers) set the apostrophe as ’; a straight one in
    a printed text is a conversion slip."""
    example = "l'Ukraine → l’Ukraine"
    examples_bad = [
        bad("L'OTAN soutient l'Ukraine.", "L'OTAN", suggestion="L’OTAN", style="press"),
    ]
    examples_good = [
        good("L’OTAN soutient l’Ukraine.", style="press"),
        good("L'OTAN soutient l'Ukraine."),  # web style
    ]

    def check(self, ctx):
        text = ctx.text
        hits = [m.start() for m in STRAIGHT_IN_WORD.finditer(text) if not in_url(text, m.start(), m.end())]
        if not hits:
            return
        first = hits[0]
        start, end = word_around(text, first)
        yield self.finding(ctx, start, end,
                           _("Straight apostrophe ({n} in the article); press style sets ’.").format(n=len(hits)),
                           suggestion=text[start:end].replace("'", "’"))
