"""MTA654 english-quotes: “…” or "…" quotations in French text."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...i18n import _
from .common import NBSP, guillemets


CURLY = re.compile(r"“([^“”\n]{1,300})”")
STRAIGHT = re.compile(r"(?<![\w\"])\"(?=\S)([^\"\n]{1,300}?)(?<=\S)\"(?![\w\"])")


class EnglishQuotes(Rule):
    id = "MTA654"
    slug = "english-quotes"
    name = "English quotation marks"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds quotations marked with English quotation marks (“…” or "…") in French text,
    outside « » quotations (where “…” is the correct French mark for a quotation inside a
    quotation)."""
    why = """French quotes with guillemets « »; English marks left by the translation engine are a
    visible locale error."""
    example = "a qualifié la réunion de “productive” → a qualifié la réunion de « productive »"
    examples_bad = [
        bad("Il a qualifié la réunion de “productive” jeudi.", "“productive”", suggestion="«\u00a0productive\u00a0»"),
        bad("Le ministre a parlé d'une \"étape importante\" pour l'Alliance.", "\"étape importante\""),
    ]
    examples_good = [
        good("Il a déclaré : « Le mot “productive” ne convient pas », jeudi."),
        good("L'écran mesure 27\" et pèse 5 kg."),
        good("Il a qualifié la réunion de « productive » jeudi."),
    ]

    def check(self, ctx):
        pairs, _unmatched, _rest = guillemets(ctx)
        text = ctx.text
        for rx in (CURLY, STRAIGHT):
            for m in rx.finditer(text):
                if any(o < m.start() and m.end() <= c + 1 for o, c in pairs):
                    continue
                yield self.finding(ctx, m.start(), m.end(), _("English quotation marks in French text."),
                                   suggestion=f"«{NBSP}{m.group(1).strip()}{NBSP}»")
