"""MTA102 tag-list-separator: the bracketed separators ("(T)") a translation plugin leaves between the
items of a tag list."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...i18n import _, quote
from .plugin_tag import PluginTag


# A short bracketed separator such as "(T)" or "[x]".
SEPARATOR = re.compile(r"[(\[]\s*([A-Za-z]{1,2}|[|/•·*+-])\s*[)\]]")
# French writes optional endings in brackets after the word: "fichier(s)", "candidat(e)s"
ENDINGS = {"s", "e", "es", "x"}


class TagSeparator(Rule):
    id = "MTA102"
    slug = "tag-list-separator"
    name = "Tag-list separator"
    category = "markup"
    mqm = "Design/Markup"
    severity = "minor"
    what = """Finds the short bracketed separators, such as "(T)", that a plugin puts between the
    items of a scraped tag list: the same bracketed marker repeated on one line between items, or
    following a plugin marker on the same line. Every occurrence is a finding. An optional ending
    right after a word ("fichier(s)", "candidat(e)s") is not a separator."""
    why = """These separators are what remains of the page's tag widget; published in the article
    they read as noise and show that the text was not reviewed."""
    example = "Guerre en Ukraine (T) Finlande (T) France → remove the tag line"
    examples_bad = [
        bad("Sujets : Défense (T) Finlande (T) France", "(T)"),
        bad("Économie [x] Bourse [x] Banques [x] Emploi", "[x]"),
        bad("(Tagstotranslate) Défense aérienne (T) OTAN", "(T)"),
    ]
    examples_good = [
        good("Les options sont (a) la paix, (b) la guerre et (c) le statu quo."),
        good("Le sigle (T) désigne la tonne dans ce tableau."),
        good("Voir les annexes (A) et (B) du traité."),
        good("Indiquez le(s) fichier(s) et la personne(s) responsable(s)."),
        good("Les candidat(e)s inscrit(e)s recevront un courriel."),
    ]

    def check(self, ctx):
        plugin_lines = set()
        for f in PluginTag(self.config).check(ctx):
            plugin_lines.add(ctx.text.count("\n", 0, f.start))
        for line in ctx.article.lines:
            hits = [m for m in SEPARATOR.finditer(ctx.text, line.start, line.end) if not _ending(ctx.text, m)]
            if not hits:
                continue
            counts: dict[str, int] = {}
            for m in hits:
                counts[m.group(1).lower()] = counts.get(m.group(1).lower(), 0) + 1
            on_plugin_line = ctx.text.count("\n", 0, line.start) in plugin_lines
            for m in hits:
                if counts[m.group(1).lower()] >= 2 or on_plugin_line:
                    yield self.finding(ctx, m.start(), m.end(),
                                       _("Separator {separator} from a scraped tag list.").format(
                                           separator=quote(m.group(0))), suggestion="",
                                       confidence=0.95 if on_plugin_line else 0.8)


def _ending(text: str, m) -> bool:
    """An optional French ending glued to the word before it: "fichier(s)"."""
    return m.group(0)[0] == "(" and m.group(1) in ENDINGS and m.start() > 0 and text[m.start() - 1].isalpha()
