"""MTA658 missing-space-before-colon (press style): a colon glued to the word before it (data/typography.tsv)."""
from __future__ import annotations

from ...detect.rule import bad, good
from .patterns import PatternRule


class MissingSpaceBeforeColon(PatternRule):
    id = "MTA658"
    slug = "missing-space-before-colon"
    name = "No space before a colon"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    styles = ("press",)
    what = """Press style only. Finds a colon glued to the word before it ("objectifs clés: un ciel
    sûr"). Only the colon is checked here (MTA660 checks the kind of space): Swiss and Quebec usage
    differ for ";" "!" "?", but all printed French spaces the colon. Times (10:30) and web addresses
    are left alone. Web French often glues the colon, so the web style does not report it."""
    why = """French puts a (non-breaking) space before a colon; the glued colon is the English
    convention carried over by the translation."""
    example = "quatre objectifs clés: un ciel sûr → quatre objectifs clés : un ciel sûr"
    examples_bad = [
        bad("Les alliés ont énuméré quatre objectifs clés: un ciel sûr et une paix durable.", ":",
            suggestion="\u00a0:", style="press"),
    ]
    examples_good = [
        good("Les alliés ont énuméré quatre objectifs clés : un ciel sûr et une paix durable.", style="press"),
        good("Les alliés ont énuméré quatre objectifs clés\u00a0: un ciel sûr.", style="press"),
        good("La réunion commence à 10:30 et le site est https://otan.int.", style="press"),
        good("Les alliés ont énuméré quatre objectifs clés: un ciel sûr et une paix durable."),  # web style
    ]
