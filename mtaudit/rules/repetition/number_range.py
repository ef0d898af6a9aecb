"""MTA703 garbled-number-range: number ranges with a word in a number's place."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...read.article import WORD_RE
from ...i18n import _
from .common import words


NUMBER = re.compile(r"(?<![\w,./-])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:,\d+)?)(?![\w/-])")
RANGE = re.compile(r"\b(?:entre\s+(?P<a1>N)\s+et\s+(?P<b1>N)|de\s+(?P<a2>N)\s+à\s+(?P<b2>N)|(?P<a3>N)\s*(?:à|-|–)\s*(?P<b3>N))"
                   .replace("N", r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:,\d+)?"))
SLOT = re.compile(r"\b(?:(?:de|d'|d’)\s+([^\W\d_]+)\s+(?:ou|à)|entre\s+([^\W\d_]+)\s+(?:et|ou))\s+(?=\d)",
                  re.IGNORECASE)


def _value(s: str) -> str:
    return re.sub(r"[ \u00a0\u202f.]", "", s)


class GarbledNumberRange(Rule):
    id = "MTA703"
    slug = "garbled-number-range"
    name = "Garbled number range"
    category = "repetition"
    mqm = "Accuracy/Mistranslation"
    severity = "major"
    what = """Finds number ranges that machine translation garbled: a word standing where a number
    should be in a range or an alternative ("de petites ou 25 000 soldats"), and a number restated
    at once by a range that contains it ("25 000 soldats, entre 10 000 et 25 000"). Overlapping
    evidence gives one finding spanning the whole garbled stretch."""
    why = """A figure in a news article must be unambiguous; a range that repeats one of its bounds or
    lost one of its numbers misinforms the reader about the quantity."""
    example = "de petites ou 25 000 soldats, entre 10 000 et 25 000 hommes → entre 10 000 et 25 000 soldats"
    examples_bad = [
        bad("Ils peuvent entretenir de petites ou 25 000 soldats, entre 10 000 et 25 000 hommes.",
            "petites ou 25 000 soldats, entre 10 000 et 25 000"),
        bad("Le pays peut envoyer 5 000 soldats, de 2 000 à 5 000 selon les besoins.", "5 000 soldats, de 2 000 à 5 000"),
        bad("La mission compterait de nombreuses à 30 000 personnes.", "nombreuses à 30 000"),
    ]
    examples_good = [
        good("Ils peuvent entretenir entre 10 000 et 25 000 soldats, dont 10 000 Britanniques."),
        good("La mission compterait de deux à 30 000 personnes, de 10 à 20 navires et plus de 5 000 civils."),
        good("De 2022 à 2024, le budget est passé de 3 000 à 5 000 euros."),
    ]

    def check(self, ctx):
        number_words = words(ctx, "number_word")
        text = ctx.text
        for sent in ctx.article.sentences:
            spans = []
            for m in SLOT.finditer(text, sent.start, sent.end):
                g = 1 if m.group(1) else 2
                tok = ctx.token_at(m.start(g))
                if m.group(g).lower() in number_words or (tok is not None and tok.pos not in ("ADJ", "")):
                    continue
                num = NUMBER.match(text, m.end())
                if num:
                    spans.append((m.start(g), num.end()))
            ranges = list(RANGE.finditer(text, sent.start, sent.end))
            for n in NUMBER.finditer(text, sent.start, sent.end):
                value = _value(n.group())
                if len(value.replace(",", "")) < 2 or _year(value) or any(r.start() <= n.start() < r.end() for r in ranges):
                    continue
                for r in ranges:
                    between = text[n.end():r.start()]
                    if r.start() < n.end() or len(between) > 40 or "," not in between \
                            or len(WORD_RE.findall(between)) > 4:
                        continue
                    if value in [_value(g) for g in r.groups() if g]:
                        spans.append((n.start(), r.end()))
            for start, end in _union(spans):
                yield self.finding(ctx, start, end, _("Garbled number range: a bound is repeated or replaced by a word."))


def _year(value: str) -> bool:
    return len(value) == 4 and value.isdigit() and 1800 <= int(value) <= 2100


def _union(spans):
    out = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
