"""MTA701 repeated-word-nearby: a word that comes back too soon."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...i18n import _, ngettext, quote
from .common import words


ADVERB_WINDOW = 10   # tokens between two occurrences of an adverb
CONTENT_WINDOW = 1   # tokens between two occurrences of a noun or verb
STOP_POS = {"PUNCT", "CCONJ", "SCONJ"}
STOP_WORDS = {"et", "ou", "ni", "mais", "que", "qu'", "comme", "puis", "soit"}


class RepeatedWordNearby(Rule):
    id = "MTA701"
    slug = "repeated-word-nearby"
    name = "Word repeated within a few words"
    category = "repetition"
    mqm = "Fluency/Duplication"
    severity = "minor"
    what = """Finds a word that comes back a few words later in the same clause: an adverb within
    ten words ("Verrouiller gratuitement la newsletter … gratuitement"), a noun or a verb with one
    word between ("la mission militaire mission"); adjectives are left alone ("la politique
    européenne de l'Union européenne"). A comma, a conjunction or a quotation mark between the two ends the search (parallel
    structures), expressions such as "peu à peu" and "de temps en temps" (only prepositions and
    articles between) are left alone, and so are the words listed as skip_nearby in
    data/repetition.tsv ("plus", "soit", "tantôt"…). The span runs from the first occurrence to the
    second."""
    why = """Machine translation sometimes renders one source word twice, once in place and once
    where the English word order put it; the doubled word reads as a stutter."""
    example = "Verrouiller gratuitement la newsletter gratuitement → Recevez gratuitement la newsletter"
    examples_bad = [
        bad("Verrouiller gratuitement la newsletter de la montre White House Watch gratuitement",
            "gratuitement la newsletter de la montre White House Watch gratuitement"),
        bad("Les troupes ont rapidement quitté rapidement la ville hier.", "rapidement quitté rapidement"),
        bad("Le sommet a confirmé la mission militaire mission de paix.", "mission militaire mission"),
    ]
    examples_good = [
        good("Les discussions avancent peu à peu, de temps en temps, jour après jour."),
        good("Il faut agir rapidement, très rapidement."),
        good("La politique européenne de l'Union européenne reste floue."),
        good("Soit la paix, soit la guerre : tantôt l'un, tantôt l'autre."),
        good("Les alliés se rencontrent face à face, côte à côte."),
    ]

    def check(self, ctx):
        skip = words(ctx, "skip_nearby")
        toks = ctx.tokens
        line_ends = [ln.end for ln in ctx.article.lines]
        for i, t in enumerate(toks):
            low = t.text.lower()
            if not t.text.isalpha() or len(low) < 4 or low in skip or t.ent or t.text[0].isupper():
                continue
            adverb = t.pos == "ADV" or (t.pos == "ADJ" and low.endswith("ment"))
            if not adverb and t.pos not in ("NOUN", "VERB", ""):
                continue
            window = ADVERB_WINDOW if adverb else CONTENT_WINDOW
            line_end = next((e for e in line_ends if e >= t.end), len(ctx.text))
            for j in range(i + 1, min(len(toks), i + window + 2)):
                u = toks[j]
                if u.start >= line_end:
                    break
                if u.text == t.text:
                    gap = toks[i + 1:j]
                    if gap and all(g.pos in ("ADP", "DET") for g in gap):
                        break  # "peu à peu", "face à face", "de temps en temps"
                    yield self.finding(ctx, t.start, u.end,
                                       ngettext("{word} comes back {n} word later in the same clause.",
                                                "{word} comes back {n} words later in the same clause.", j - i - 1).format(
                                           word=quote(t.text), n=j - i - 1))
                    break
                if u.pos in STOP_POS or u.lower in STOP_WORDS or u.text in "«»“”\"()—–;:":
                    break
