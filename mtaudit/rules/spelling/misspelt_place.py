"""MTA511 misspelt-place-name: a place name one letter off (analysis.py finds it)."""
from __future__ import annotations

from ...detect.rule import bad, good
from .analysis import SpellingRule


class MisspeltPlace(SpellingRule):
    id = "MTA511"
    slug = "misspelt-place-name"
    name = "Misspelt place name"
    what = """Reports a capitalised word that no dictionary or name list knows and that is one
    letter away (insertion, deletion, substitution or swap) from a known place name: a country,
    region or city of the knowledge base (data/places.tsv) or of Grammalecte's dictionary. Other
    unknown capitalised words are taken for names and left alone, as are words that are part of a
    multi-word name, people tagged by the entity recogniser, and names in common use on the web."""
    why = """A one-letter slip in a country name ("Lattonie" for Lettonie) is a spelling error that
    spell checkers skip because the word is capitalised; in news it is also a visible slip on an
    entity."""
    example = "Lattonie → Lettonie"
    examples_bad = [
        bad("Les ministres de la Lattonie et de la Pologne se sont réunis.", "Lattonie", suggestion="Lettonie"),
        bad("Le sommet aura lieu en Rouamnie la semaine prochaine.", "Rouamnie", suggestion="Roumanie"),
    ]
    examples_good = [
        good("Les ministres de la Lettonie et de la Pologne se sont réunis."),
        good("« Nous verrons », a déclaré Kaja Kallas à Tallinn."),
        good("Le ministre finlandais Antti Häkkänen était présent."),
        good("Le journal Bild cite le Financial Times."),
    ]
