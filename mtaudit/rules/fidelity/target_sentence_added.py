"""MTA820 target-sentence-added: a French sentence with no English source."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...i18n import _
from .common import bilingual_engine, ex_bilingual, ex_pair, pairs, words


_S7 = "Le sommet s'est ouvert jeudi. Voir aussi notre dossier spécial. Les dirigeants ont signé l'accord."


class TargetSentenceAdded(Rule):
    id = "MTA820"
    slug = "target-sentence-added"
    name = "Sentence with no source"
    category = "mistranslation"
    mqm = "Accuracy/Addition"
    severity = "major"
    stage = "bilingual"
    what = """With the English source given, finds French sentences that translate no source
    sentence (aligned to nothing): text added in translation or in the CMS. Short lines (under four
    words) give a minor finding."""
    why = """Additions are as unfaithful as omissions: an invented sentence, a duplicated
    paragraph, a promotional line or a leftover from another article."""
    example = "FR « Voir aussi notre dossier spécial. » — not in the English source"
    examples_bad = [
        bad(_S7, "Voir aussi notre dossier spécial.", roundtrip=ex_bilingual(
            ex_pair(_S7, "Le sommet s'est ouvert jeudi.", "The summit opened on Thursday.", 0.9),
            ex_pair(_S7, "Voir aussi notre dossier spécial.", None),
            ex_pair(_S7, "Les dirigeants ont signé l'accord.", "Leaders signed the agreement.", 0.86))),
    ]
    examples_good = [
        good(_S7, roundtrip=ex_bilingual(
            ex_pair(_S7, "Le sommet s'est ouvert jeudi.", "The summit opened on Thursday.", 0.9),
            ex_pair(_S7, "Voir aussi notre dossier spécial.", "See also our special report.", 0.8),
            ex_pair(_S7, "Les dirigeants ont signé l'accord.", "Leaders signed the agreement.", 0.86))),
    ]

    def check(self, ctx):
        for p in pairs(ctx):
            if p.get("kind") != "0-1" or p.get("start") is None:
                continue
            short = words(p.get("text")) < 4
            yield self.finding(ctx, p["start"], p["end"], _("This sentence translates nothing in the source: "
                                                             "an addition, or text that does not belong to the article."),
                               severity="minor" if short else None, confidence=0.7, engine=bilingual_engine(ctx))
