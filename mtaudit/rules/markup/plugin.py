"""Translation-plugin tag lines: the plugin marker itself and the separators it leaves between tags."""
from __future__ import annotations

import re
from functools import lru_cache

from ...detect.rule import Rule, bad, good
from .patterns import patterns
from ...i18n import _, quote, data_text

# A bracketed single token: candidates for a glued plugin marker such as "(Tagstotranslate)".
BRACKETED = re.compile(r"[(\[]\s*([A-Za-z][A-Za-z_-]{5,40})\s*[)\]]")
# A short bracketed separator such as "(T)" or "[x]".
SEPARATOR = re.compile(r"[(\[]\s*([A-Za-z]{1,2}|[|/•·*+-])\s*[)\]]")
MARKER_WORDS = {"tag", "tags", "translate", "translated", "translation", "translator", "notranslate",
                "locale", "lang", "language", "auto", "machine", "keywords", "keyword"}


@lru_cache(maxsize=4096)
def split_glued_english(token: str) -> tuple[str, ...] | None:
    """Split a glued lower-case token into 2-4 common English words, or None ("tagstotranslate")."""
    from wordfreq import zipf_frequency

    word = token.lower().replace("_", "").replace("-", "")
    if zipf_frequency(word, "fr") >= 2.5 or zipf_frequency(word, "en") >= 3.0:
        return None  # a real word on its own

    @lru_cache(maxsize=None)
    def best(i: int, parts: int):
        if i == len(word):
            return ()
        if parts == 4:
            return None
        out = None
        for j in range(len(word), i + 1, -1):
            piece = word[i:j]
            if zipf_frequency(piece, "en") < (3.5 if len(piece) <= 3 else 3.0):
                continue
            rest = best(j, parts + 1)
            if rest is not None:
                out = (piece,) + rest
                break
        return out

    result = best(0, 0)
    return result if result and len(result) >= 2 else None


class PluginTag(Rule):
    id = "MTA101"
    slug = "translation-plugin-tag"
    name = "Translation plugin tag"
    category = "markup"
    mqm = "Design/Markup"
    severity = "critical"
    what = """Finds markers that auto-translation and CMS plugins print into the page, such as
    "(Tagstotranslate)" at the head of a tag list, "(notranslate)" or "(Translated by Google)":
    known plugin patterns from data/markup.tsv, plus any bracketed token made of English words glued
    together that speaks about tags or translation."""
    why = """The marker is machine output, not article text: a reader sees at once that the page was
    run through a plugin without review. It usually heads a tag list that was scraped into the body."""
    example = "(Tagstotranslate) Défense aérienne (T) Finlande → remove the tag line from the body"
    examples_bad = [
        bad("(Tagstotranslate) Défense aérienne (T) Finlande (T) OTAN", "(Tagstotranslate)"),
        bad("Mots-clés : (TagsToTranslate) Économie (T) Bourse", "(TagsToTranslate)"),
        bad("Le texte se termine ici. (Translated by Google)", "(Translated by Google)"),
        bad("[gtranslate] Bienvenue sur notre site", "[gtranslate]"),
        bad("Sujets : (autotranslatedtags) Politique", "(autotranslatedtags)"),
    ]
    examples_good = [
        good("Le traducteur (translator) est un métier ancien."),
        good("La société (Microsoft) a publié ses résultats."),
        good("Le sommet (Bruxelles) a réuni trente pays."),
        good("Il a cité le Financial Times (FT) et Reuters."),
    ]

    def check(self, ctx):
        seen = set()
        for rx, severity, note in patterns(ctx, "plugin_tag"):
            for m in rx.finditer(ctx.text):
                seen.add(m.start())
                yield self.finding(ctx, m.start(), m.end(),
                                   _("Translation/CMS plugin marker left in the text ({note}).").format(note=data_text(note)),
                                   suggestion="", severity=severity)
        for m in BRACKETED.finditer(ctx.text):
            if m.start() in seen:
                continue
            token = m.group(1)
            parts = split_glued_english(token)
            if parts and MARKER_WORDS.intersection(parts):
                yield self.finding(ctx, m.start(), m.end(),
                                   _("Plugin marker made of glued English words ({words}) left in the text.").format(
                                       words=" ".join(parts)),
                                   suggestion="", confidence=0.9)


class TagSeparator(Rule):
    id = "MTA102"
    slug = "tag-list-separator"
    name = "Tag-list separator"
    category = "markup"
    mqm = "Design/Markup"
    severity = "minor"
    what = """Finds the short bracketed separators, such as "(T)", that a plugin puts between the
    items of a scraped tag list: the same bracketed marker repeated on one line between items, or
    following a plugin marker on the same line. Every occurrence is a finding."""
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
    ]

    def check(self, ctx):
        plugin_lines = set()
        for f in PluginTag(self.config).check(ctx):
            plugin_lines.add(ctx.text.count("\n", 0, f.start))
        for line in ctx.article.lines:
            hits = list(SEPARATOR.finditer(ctx.text, line.start, line.end))
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
