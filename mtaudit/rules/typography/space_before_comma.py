"""MTA652 space-before-comma: a space before a comma or a full stop (data/typography.tsv)."""
from __future__ import annotations

from ...detect.rule import bad, good
from .patterns import PatternRule


class SpaceBeforeComma(PatternRule):
    id = "MTA652"
    slug = "space-before-comma"
    name = "Space before a comma or full stop"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds a space before a comma or a full stop ("Paris , Londres", "fin ."). The
    ellipsis is left alone."""
    why = """French puts no space before a comma or a full stop (unlike ":" ";" "!" "?"); the
    stray space is a conversion or editing slip."""
    example = "Paris , Londres → Paris, Londres"
    examples_bad = [
        bad("Les dirigeants de Paris , Londres et Berlin se sont réunis.", " ,", suggestion=","),
        bad("Les dirigeants se sont réunis jeudi .", " .", suggestion="."),
    ]
    examples_good = [
        good("Les dirigeants de Paris, Londres et Berlin se sont réunis."),
        good("Les dirigeants hésitent ... puis signent."),
        good("Le site officiel est otan .int selon la note."),
    ]
