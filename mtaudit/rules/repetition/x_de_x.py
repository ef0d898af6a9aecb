"""MTA702 x-de-x: degenerate "X de X" phrases."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...i18n import _, quote
from .common import words


class XDeX(Rule):
    id = "MTA702"
    slug = "x-de-x"
    name = "Degenerate \"X de X\" phrase"
    category = "repetition"
    mqm = "Style/Unidiomatic"
    severity = "minor"
    what = """Finds a noun followed by "de"/"des"/"du" and the same noun again ("la force des forces
    ukrainiennes"), a pattern machine translation produces when it renders "the strength of the
    forces" word for word. Established phrases ("le roi des rois", "le saint des saints", "au cas
    par cas") are listed in data/repetition.tsv and left alone."""
    why = """The repeated noun reads as a stutter and usually hides a lost distinction in the source
    (strength/forces); a French writer would choose another word ("la puissance des forces")."""
    example = "la force des forces ukrainiennes → la puissance des forces ukrainiennes"
    examples_bad = [
        bad("La meilleure façon de cimenter un cessez-le-feu est la force des forces ukrainiennes.", "force des forces"),
        bad("Le soutien du soutien américain reste incertain.", "soutien du soutien"),
    ]
    examples_good = [
        good("Il se présentait comme le roi des rois et entrait dans le saint des saints."),
        good("La force des troupes ukrainiennes reste intacte."),
        good("Les décisions seront prises au cas par cas, de temps en temps."),
    ]

    def check(self, ctx):
        allow = words(ctx, "allow_x_de_x")
        toks = ctx.tokens
        for i, t in enumerate(toks[:-2]):
            if t.pos not in ("NOUN", "") or not t.text.isalpha() or t.text[0].isupper():
                continue
            j = i + 1
            if toks[j].lower not in ("de", "des", "du", "d'", "d’"):
                continue
            j += 1
            if j < len(toks) and toks[j].lower in ("la", "le", "les", "l'", "l’") and toks[j].pos == "DET":
                j += 1
            if j >= len(toks):
                continue
            u = toks[j]
            if u.pos not in ("NOUN", "") or u.text[0].isupper():
                continue
            same = t.lemma == u.lemma or t.lower.rstrip("sx") == u.lower.rstrip("sx")
            if not same or t.lemma in allow or t.lower in allow:
                continue
            yield self.finding(ctx, t.start, u.end, _("{word} is followed by itself ({text}).").format(
                word=quote(t.text), text=quote(ctx.text[t.start:u.end])))
