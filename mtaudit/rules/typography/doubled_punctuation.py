"""MTA651 doubled-punctuation: two punctuation marks in a row where one is meant (data/typography.tsv)."""
from __future__ import annotations

from ...detect.rule import bad, good
from .patterns import PatternRule


class DoubledPunctuation(PatternRule):
    id = "MTA651"
    slug = "doubled-punctuation"
    name = "Doubled punctuation"
    category = "punctuation"
    mqm = "Fluency/Punctuation"
    severity = "minor"
    what = """Finds two punctuation marks in a row where one is meant: ",," ";;" ",." ", ," and two
    full stops ("fin.."), but never the three-dot ellipsis "..." or "?!" (patterns in
    data/typography.tsv)."""
    why = """Doubled marks are left when a translation engine or an editor joins two segments; they
    look careless and can hide a missing word."""
    example = "la réunion,, qui → la réunion, qui"
    examples_bad = [
        bad("La réunion,, qui a duré trois heures, s'est bien passée.", ",,", suggestion=","),
        bad("La réunion s'est bien passée.. Les ministres sont partis.", "..", suggestion="."),
        bad("La réunion a duré trois heures,. Les ministres sont partis.", ",.", suggestion="."),
    ]
    examples_good = [
        good("La réunion s'est bien passée... Les ministres sont partis."),
        good("Les États-Unis, le Royaume-Uni, etc., ont signé."),
        good("Vraiment ?! Le sommet commence à 10:30."),
    ]
