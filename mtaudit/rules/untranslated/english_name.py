"""MTA402 english-name-with-french-form: English names of places and bodies that French writes
differently, found by the family's shared analysis (analysis.py: name hits from the name tables)."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from .analysis import analyse


class EnglishNameWithFrenchForm(Rule):
    id = "MTA402"
    slug = "english-name-with-french-form"
    name = "English name that has a French form"
    category = "untranslated"
    mqm = "Accuracy/Untranslated"
    severity = "minor"
    what = """Finds English names of places, organisations and institutions that French writes
    differently: London → Londres, Brussels → Bruxelles, NATO → OTAN, EU → UE, HQ → QG, Air Force →
    armée de l'air. Names come from places.tsv, orgs.tsv and english_terms.tsv; a form French shares
    (Washington) or that only differs by accents is never reported. The finding takes in the
    construction the name sits in: a hyphenated compound ("Paris-London" → "Paris-Londres"), a
    dateline ("BRUSSELS –" → "BRUXELLES –"), an English "non-" compound ("missions non NATO" →
    "missions hors OTAN") and English word order ("l'OTAN HQ" → "QG de l'OTAN")."""
    why = """French has its own names for these places and bodies; the English one is a trace of
    the source text. Readers understand it, so the error is minor, but it marks the text as an
    unedited machine translation, and acronyms such as NATO or EU look like spelling mistakes."""
    example = "La coalition dirigée par Paris-London → La coalition dirigée par Paris et Londres"
    examples_bad = [
        bad("Le sommet de Warsaw s'ouvre demain.", "Warsaw", suggestion="Varsovie"),
        bad("Selon lui, le Pentagon a confirmé l'envoi.", "Pentagon", suggestion="Pentagone"),
        bad("La coalition dirigée par Paris-London se réunit.", "Paris-London", suggestion="Paris-Londres"),
        bad("BRUSSELS – Les alliés se réunissent jeudi.", "BRUSSELS –", suggestion="BRUXELLES –"),
        bad("Le sommet s'est tenu à l'OTAN HQ jeudi.", "l'OTAN HQ", suggestion="QG de l'OTAN"),
        bad("Ces structures peuvent servir aux missions non NATO.", "missions non NATO",
            suggestion="missions hors OTAN"),
        bad("Il a demandé le soutien de l'Air Force et de la marine.", "Air Force", suggestion="armée de l'air"),
        bad("Les pays de l'EU ont voté.", "EU", suggestion="UE"),
    ]
    examples_good = [
        good("Le sommet de Varsovie et la réunion de Londres ont eu lieu."),
        good("La Royal Air Force et l'US Navy participent à l'exercice."),
        good("L'OTAN et l'UE ont salué l'accord conclu sous l'égide de l'ONU."),
        good("UN SOMMET DE L'OTAN À BRUXELLES"),
        good("Le quotidien Washington Post cite le Pentagone."),
        good("Le siège de l'OTAN à Bruxelles accueille les ministres."),
        good("Les missions hors OTAN restent rares, a-t-il dit à Washington."),
    ]

    def check(self, ctx):
        a = analyse(ctx)
        ctx.engines.setdefault("untranslated", a.engine)
        said = set()
        for h in a.names:
            s, e = h.span
            conf = 0.85 if h.entry.kind == "acronym" else 0.9
            # Each name of a hyphenated compound covers the whole compound ("London-Paris-…"). Of
            # findings on one span the merge keeps the first of the highest severity and
            # confidence: a later one with the same severity and confidence never shows, and is
            # not built (thousands of names in one compound, each finding holding its text).
            key = (s, e, h.entry.severity, conf)
            if key in said:
                continue
            said.add(key)
            yield self.finding(ctx, s, e, h.message, suggestion=h.suggestion, severity=h.entry.severity,
                               confidence=conf, engine="names-kb")
