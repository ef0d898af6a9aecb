"""One name, one spelling: variant spellings of the same person or place within one article.

Batch use: `collect_mentions(text, resources)` gives an article's name mentions and
`cross_article_variants({article_id: mentions or text, ...}, resources)` reports names spelt in
more than one way across articles (both re-exported here from index.py).
"""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...i18n import N_, _, data_text, quote
from .index import (collect_mentions, cross_article_variants, name_index, spelling_mentions,  # noqa: F401
                     variant_groups, variant_table)


def _findings(rule, ctx, groups, what):
    for g in groups:
        pref = g["preferred"]
        n = g["counts"][pref]
        for m in g["flag"]:
            start, end = m.span or (m.start, m.end)
            others = ", ".join(f"{quote(f)} ×{c}" for f, c in g["counts"].items() if f != m.form)
            conf = 0.9 if n > g["counts"][m.form] else 0.7
            yield rule.finding(ctx, start, end,
                               _("{what}: {form} (×{n}) is also written {others} in this article; keep one "
                                 "spelling.").format(what=data_text(what), form=quote(m.form), n=g["counts"][m.form],
                                                     others=others),
                               suggestion=pref, confidence=conf, engine="names-kb")


class NameSpellingInconsistent(Rule):
    id = "MTA250"
    slug = "name-spelling-inconsistent"
    name = "Name spelt two ways (case, accents, hyphens)"
    category = "consistency"
    mqm = "Fluency/Inconsistency"
    severity = "minor"
    what = """Finds a capitalised name written in two ways in one article that differ only by case,
    accents, hyphens or spaces ("Sébastien LeCornu" and "Lecornu", "Etats-Unis" and "États-Unis").
    "Saint Martin" (the saint) and "Saint-Martin" (the feast, a place) are different names.
    The form the knowledge base knows wins, else the more frequent one; the others are flagged."""
    why = """Inconsistent spellings of a name look careless and can make the reader wonder whether two
    different people or places are meant; machine translation produces them sentence by sentence."""
    example = "Sébastien LeCornu ... a déclaré Lecornu → Sébastien Lecornu ... a déclaré Lecornu"
    examples_bad = [
        bad("Son homologue Sébastien LeCornu était présent. Plus tard, Lecornu a parlé aux journalistes.",
            "LeCornu", suggestion="Lecornu"),
        bad("Les Etats-Unis et la France ont signé. Les États-Unis ont ensuite réagi.", "Etats-Unis",
            suggestion="États-Unis"),
        bad("Jean-Yves Dupuis a parlé. Selon Jean Yves Dupuis, puis Jean-Yves Dupuis encore.", "Jean Yves",
            suggestion="Jean-Yves"),
    ]
    examples_good = [
        good("Sébastien Lecornu était présent. Plus tard, Lecornu a parlé aux journalistes."),
        good("L'OTAN se réunit. Selon l'Otan, le sommet aura lieu à Bruxelles."),
        good("LE PRÉSIDENT Macron a parlé. Le président Macron a ensuite répondu."),
        good("Le Pen a parlé, puis le pen a été posé sur la table."),
        good("Où va-t-il ? Ou bien il reste. Là, il attend. La suite est connue."),
        good("Saint Martin partagea son manteau. La Saint-Martin se fête le 11 novembre."),
    ]

    def check(self, ctx):
        index = name_index(ctx.resources)
        yield from _findings(self, ctx, variant_groups(spelling_mentions(index, ctx.text)),
                             N_("Name spelt two ways"))


class NameVariantInconsistent(Rule):
    id = "MTA251"
    slug = "name-variant-inconsistent"
    name = "Two accepted spellings of one name mixed"
    category = "consistency"
    mqm = "Fluency/Inconsistency"
    severity = "minor"
    what = """Finds two listed spellings of the same place or person used in one article ("Kiev" and
    "Kyiv", "Zelensky" and "Zelenskyy", "Vladimir Zelensky" and "Volodymyr Zelensky"), from the
    `variants` of data/places.tsv and data/people.tsv. The more frequent form wins, then the
    canonical one (name_fr / name); the others are flagged."""
    why = """Each spelling is acceptable alone, but mixing them within one text is inconsistent: it
    happens when sentences are translated separately, and a house style should pick one."""
    example = "de visiter Kiev ... un soutien à Kyiv → de visiter Kiev ... un soutien à Kiev"
    examples_bad = [
        bad("Les ministres ont visité Kiev. Healey a annoncé un nouveau soutien à Kyiv.", "Kyiv",
            suggestion="Kiev"),
        bad("Zelensky a remercié ses alliés. Plus tard, Zelenskyy a rencontré Trump. Zelensky a insisté.",
            "Zelenskyy", suggestion="Zelensky"),
        bad("Kharkiv est bombardée. À Kharkov, les habitants se terrent. Kharkiv résiste.", "Kharkov",
            suggestion="Kharkiv"),
    ]
    examples_good = [
        good("Les ministres ont visité Kiev. Healey a annoncé un nouveau soutien à Kiev."),
        good("Vladimir Zelensky a parlé. Zelensky a ensuite rencontré Donald Trump."),
        good("Anders Fogh Rasmussen a parlé ; Rasmussen a ensuite quitté l'OTAN."),
        good("La bande de Gaza est sous blocus ; à Gaza, la population manque de tout."),
    ]

    def check(self, ctx):
        yield from _findings(self, ctx, variant_groups(variant_table(ctx.resources).mentions(ctx.text)),
                             N_("Two spellings of one name"))
