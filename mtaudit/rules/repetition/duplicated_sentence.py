"""MTA704 duplicated-sentence: a sentence written twice."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...read.article import WORD_RE
from ...i18n import _


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


class DuplicatedSentence(Rule):
    id = "MTA704"
    slug = "duplicated-sentence"
    name = "Duplicated sentence"
    category = "repetition"
    mqm = "Accuracy/Addition"
    severity = "minor"
    what = """Finds a sentence of six words or more that already appeared, word for word, earlier in
    the article (case, spacing and apostrophe style ignored). The later copy is reported."""
    why = """A sentence printed twice comes from a scraped pull-quote, a repeated segment or a joined
    translation; the reader notices it and the article looks unedited."""
    example = "Le sommet s'ouvre jeudi à Bruxelles. … Le sommet s'ouvre jeudi à Bruxelles. → keep one"
    examples_bad = [
        bad("Le sommet s'ouvre jeudi à Bruxelles avec trente pays. Les ministres arrivent.\n"
            "Le sommet s'ouvre jeudi à Bruxelles avec trente pays.", "Le sommet s'ouvre jeudi à Bruxelles avec trente pays."),
    ]
    examples_good = [
        good("Le sommet s'ouvre jeudi. Les ministres arrivent. Le sommet s'ouvre jeudi."),
        good("Le sommet s'ouvre jeudi à Bruxelles avec trente pays. Le sommet s'ouvre vendredi à Bruxelles avec trente pays."),
    ]

    def check(self, ctx):
        seen = set()
        for s in ctx.article.sentences:
            if len(WORD_RE.findall(s.text)) < 6:
                continue
            key = _norm(s.text)
            if key in seen:
                yield self.finding(ctx, s.start, s.end, _("This sentence already appeared earlier in the article."),
                                   suggestion="")
            seen.add(key)
