"""MTA601 stray-glyph-line: lines of stray glyphs."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...i18n import _
from .line_scores import THRESHOLD, score_lines


class StrayGlyphLine(Rule):
    id = "MTA601"
    slug = "stray-glyph-line"
    name = "Stray glyph on its own line"
    category = "boilerplate"
    mqm = "Design/Other"
    severity = "minor"
    what = """Finds a line holding nothing but a close-button or menu glyph ("X", "×", "✕"), which a
    scraper copied from the page's pop-up or banner. Only whole lines are considered, so a letter X
    inside a sentence ("l'article X") is never reported, and neither is the target of a translation
    unit whose source is not empty (a button's glyph, kept as its source has it)."""
    why = """The glyph is not text: it shows the article was scraped with its page furniture. It is
    harmless to meaning, hence minor, but it is the first thing a reader sees when it opens the text."""
    example = "X⏎Les États européens… → Les États européens…"
    examples_bad = [
        bad("X\n\nLes États européens étudient un déploiement.", "X", suggestion=""),
        bad("Le sommet s'est ouvert jeudi.\n×", "×"),
    ]
    examples_good = [
        good("L'article X du traité prévoit une clause de sortie."),
        good("Le groupe X a publié ses résultats.\nLa société Y aussi."),
    ]

    def check(self, ctx):
        for line, s, kinds, notes in score_lines(ctx):
            if s >= THRESHOLD and "glyph" in kinds:
                yield self.finding(ctx, line.start, line.end,
                                   _("A lone glyph on its own line (a close button or icon left by the scraper)."),
                                   suggestion="", confidence=round(s, 3))
