"""MTA657 missing-space-after-punctuation: punctuation glued to the next word (data/typography.tsv)."""
from __future__ import annotations

from ...detect.rule import bad, good
from .patterns import PatternRule


class MissingSpaceAfterPunctuation(PatternRule):
    id = "MTA657"
    slug = "missing-space-after-punctuation"
    name = "No space after punctuation"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds punctuation glued to the next word: "Paris,Londres", "forme.Le secrétaire",
    "dit:« Si", "quoi?Il", "»a déclaré", "dit«". Numbers (3,5 ; 10:30), web addresses and
    abbreviations with a single capital ("M.Dupont") are left alone."""
    why = """A missing space glues two words or two sentences together; it usually comes from joined
    segments or from an English source that spaced punctuation differently."""
    example = "Paris,Londres → Paris, Londres"
    examples_bad = [
        bad("Les dirigeants de Paris,Londres et Berlin se sont réunis.", ",", suggestion=", "),
        bad("Il a refusé sous aucune forme.Le secrétaire général a réagi.", ".", suggestion=". "),
        bad("Mais il a dit:« Si nous pouvons le faire, ce sera simple. »", ":", suggestion="\u00a0: "),
    ]
    examples_good = [
        good("Le taux est de 3,5 % et le sommet commence à 10:30."),
        good("Voir le site https://www.otan.int/fr,accueil pour les détails."),
        good("M.Dupont et J.-C. Martin ont signé."),
        good("Les dirigeants de Paris, Londres et Berlin se sont réunis. Le sommet a duré."),
    ]
