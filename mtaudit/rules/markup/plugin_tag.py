"""MTA101 translation-plugin-tag: the marker a translation plugin prints at the head of a tag list
("(Tagstotranslate)"): a known pattern, or English words glued together."""
from __future__ import annotations

import re
from functools import lru_cache

from ...detect.rule import Rule, bad, good
from ...i18n import _, data_text
from ...lang.frequency import COMMON_EN, COMMON_EN_SHORT, FR_WORD, zipf
from .patterns import patterns


# A bracketed single token: candidates for a glued plugin marker such as "(Tagstotranslate)".
BRACKETED = re.compile(r"[(\[]\s*([A-Za-z][A-Za-z_-]{5,40})\s*[)\]]")
MARKER_WORDS = {"tag", "tags", "translate", "translated", "translation", "translator", "notranslate",
                "locale", "lang", "language", "auto", "machine", "keywords", "keyword"}


@lru_cache(maxsize=4096)
def split_glued_english(token: str) -> tuple[str, ...] | None:
    """Split a glued lower-case token into 2-4 common English words, or None ("tagstotranslate")."""
    word = token.lower().replace("_", "").replace("-", "")
    if zipf(word, "fr") >= FR_WORD or zipf(word, "en") >= COMMON_EN:
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
            if zipf(piece, "en") < (COMMON_EN_SHORT if len(piece) <= 3 else COMMON_EN):
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
