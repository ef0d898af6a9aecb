"""MTA656 mixed-apostrophes: ' and ’ mixed in one article."""
from __future__ import annotations

import re
from collections import Counter

from ...detect.rule import Rule, bad, good
from ...i18n import _, quote
from .common import word_around


APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")


class MixedApostrophes(Rule):
    id = "MTA656"
    slug = "mixed-apostrophes"
    name = "Mixed apostrophe styles"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds articles that mix the straight apostrophe (') and the typographic one (’) inside
    words. One finding per article, on the first word written in the less frequent style (the
    straight one on a tie); the message gives both counts."""
    why = """Either apostrophe is acceptable, but mixing them shows text assembled from different
    sources or edited in patches, and it breaks searches for a word."""
    example = "l'OTAN … l’Ukraine → l’OTAN … l’Ukraine"
    examples_bad = [
        bad("L’OTAN soutient l’Ukraine. L'Alliance a confirmé l’engagement.", "L'Alliance", suggestion="L’Alliance"),
        bad("L'OTAN soutient l'Ukraine et l'Alliance, qui a confirmé l’engagement.", "l’engagement",
            suggestion="l'engagement"),
    ]
    examples_good = [
        good("L’OTAN soutient l’Ukraine. L’Alliance a confirmé l’engagement."),
        good("L'OTAN soutient l'Ukraine. L'Alliance a confirmé l'engagement."),
        good("L’OTAN a cité le mot 'peace' en anglais."),
    ]

    def check(self, ctx):
        text = ctx.text
        marks = [m.start() for m in APOSTROPHE.finditer(text)]
        counts = Counter(text[p] for p in marks)
        if len(counts) < 2:
            return
        minority = "'" if counts["'"] <= counts["’"] else "’"
        majority = "’" if minority == "'" else "'"
        first = next(p for p in marks if text[p] == minority)
        start, end = word_around(text, first)
        yield self.finding(ctx, start, end,
                           _("Apostrophe styles are mixed ({curly} × ’, {straight} × '); this is the first {mark} of "
                             "the less frequent style.").format(curly=counts["’"], straight=counts["'"],
                                                                 mark=quote(minority)),
                           suggestion=text[start:end].replace(minority, majority))
