"""Batch stage: one name spelt differently in different articles of a batch (listed in consistency.csv)."""
from __future__ import annotations

import dataclasses

from ...detect.rule import BatchRule, bad, good
from ...i18n import _, quote
from .index import collect_mentions, cross_article_variants, variant_groups


def _shift(m, offset: int):
    span = (m.span[0] + offset, m.span[1] + offset) if m.span else None
    return dataclasses.replace(m, start=m.start + offset, end=m.end + offset, span=span)


class NameVariantAcrossArticles(BatchRule):
    id = "MTA252"
    slug = "name-variant-across-articles"
    name = "Name spelt differently across the articles of a batch"
    category = "consistency"
    mqm = "Fluency/Inconsistency"
    severity = "minor"
    what = """Across the articles of one `mtaudit audit` run, finds a person or place written in
    more than one way ("Kiev" in one article, "Kyiv" in another; "Lecornu" and "LeCornu"). The
    knowledge base's spelling wins, else the most frequent one. Listed per name and form with the
    articles that use it in `consistency.csv` and `index.html`, not as per-article findings."""
    why = """A publication should spell a name one way everywhere; articles translated separately
    drift apart, and no single article shows it."""
    example = "article 1: visité Kiev; article 2: un soutien à Kyiv → Kiev in both"
    examples_bad = [
        bad("Les ministres ont visité Kiev hier.\fHealey a annoncé un nouveau soutien à Kyiv.", "Kyiv"),
        bad("Le ministre Sébastien Lecornu était présent.\fSébastien LeCornu a parlé aux journalistes.",
            "LeCornu", suggestion="Lecornu"),
    ]
    examples_good = [
        good("Les ministres ont visité Kiev hier.\fHealey a annoncé un nouveau soutien à Kiev."),
        good("Le conseil municipal a voté le budget.\fLe maire de Lyon a inauguré la médiathèque."),
    ]

    def collect(self, ctx):
        return collect_mentions(ctx.text, ctx.resources)

    def combine(self, collected: dict) -> list[dict]:
        return cross_article_variants(collected) if len(collected) > 1 else []

    def check(self, ctx):
        pooled, part_of, offset = [], {}, 0
        for n, part in enumerate(ctx.text.split(self.ARTICLE_BREAK)):
            for m in collect_mentions(part, ctx.resources):
                m = _shift(m, offset)
                pooled.append(m)
                part_of[(m.start, m.end)] = n
            offset += len(part) + len(self.ARTICLE_BREAK)
        for g in variant_groups(pooled):
            parts = {part_of[(m.start, m.end)] for m in pooled if m.group == g["group"]}
            if len(parts) < 2:
                continue  # within one article: MTA250/MTA251
            for m in g["flag"]:
                start, end = m.span or (m.start, m.end)
                yield self.finding(ctx, start, end, _("{form} is written {preferred} in another article.").format(
                    form=quote(m.form), preferred=quote(g["preferred"])),
                                   suggestion=g["preferred"], engine="names-kb")
