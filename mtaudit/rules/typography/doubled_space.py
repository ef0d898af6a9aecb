"""MTA655 doubled-space: two or more spaces between two words (data/typography.tsv)."""
from __future__ import annotations

from ...detect.rule import bad, good
from .patterns import PatternRule


class DoubledSpace(PatternRule):
    id = "MTA655"
    slug = "doubled-space"
    name = "Doubled space"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds two or more spaces (of any kind) between two words, or around a comma, colon
    or guillemet, on one line. Indentation, spaces at the end of a line and the typewriter habit of
    two spaces after a full stop (or after a list number "1.") are left alone."""
    why = """Doubled spaces come from deleted words or joined segments; they show in justified text
    and can mark a place where a word was dropped."""
    example = "les  alliés → les alliés"
    examples_bad = [
        bad("Les  alliés se sont réunis.", "  ", suggestion=" "),
        bad("Les alliés se sont réunis \u00a0: ils ont signé.", " \u00a0"),
    ]
    examples_good = [
        good("Les alliés se sont réunis.\n  Ils ont signé."),
        good("Les alliés se sont réunis.  Ils ont signé : 1.   la paix ; 2.   la sécurité."),
        good("Les alliés se sont réunis\u00a0: ils ont signé."),
    ]
