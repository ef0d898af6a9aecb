"""MTA821 source-meaning-mismatch: a French sentence far in meaning from its English source."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...i18n import _
from .common import DEFAULT_SIMILARITY, bilingual_engine, ex_bilingual, ex_pair, on_source, option, pairs, quote


_S8 = "Les forces de l'OTAN seront utilisées pour déployer la mission. Le sommet a eu lieu à Paris."


class SourceMeaningMismatch(Rule):
    id = "MTA821"
    slug = "source-meaning-mismatch"
    name = "Translation far from its source"
    category = "mistranslation"
    mqm = "Accuracy/Mistranslation"
    severity = "major"
    stage = "bilingual"
    what = """With the English source given, flags aligned pairs whose cross-lingual similarity
    (multilingual sentence encoder, source vs French) is low: below 0.50 minor, below 0.35 major
    (overridable: roundtrip.thresholds.similarity_minor / similarity_major). Measured on the seeds,
    a sentence and its faithful translation score 0.52-0.92 (0.71 and up beyond two-word lines),
    while two different sentences of the same article score 0.30-0.43 (90th percentile)."""
    why = """A translation that the encoder cannot match with its source says something else:
    a mistranslated clause, a sentence from elsewhere, or garbled machine output."""
    example = "EN « NATO will support the mission » → FR « Les forces de l'OTAN seront utilisées pour déployer… » (0.31)"
    examples_bad = [
        bad(_S8, "Les forces de l'OTAN seront utilisées pour déployer la mission.", roundtrip=ex_bilingual(
            ex_pair(_S8, "Les forces de l'OTAN seront utilisées pour déployer la mission.",
                    "NATO's backing would reassure reluctant allies.", 0.31),
            ex_pair(_S8, "Le sommet a eu lieu à Paris.", "The summit took place in Paris.", 0.9))),
        bad(_S8, "Le sommet a eu lieu à Paris.", roundtrip=ex_bilingual(
            ex_pair(_S8, "Le sommet a eu lieu à Paris.", "The summit, held in Paris, ended without a deal.", 0.46))),
    ]
    examples_good = [
        good(_S8, roundtrip=ex_bilingual(
            ex_pair(_S8, "Les forces de l'OTAN seront utilisées pour déployer la mission.",
                    "NATO forces will be used to deploy the mission.", 0.81),
            ex_pair(_S8, "Le sommet a eu lieu à Paris.", "The summit took place in Paris.", 0.9))),
        good(_S8, roundtrip=ex_bilingual(
            ex_pair(_S8, "Le sommet a eu lieu à Paris.", "Paris hosted the summit.", 0.52))),
    ]

    def check(self, ctx):
        minor = option(ctx, "similarity_minor", DEFAULT_SIMILARITY["similarity_minor"])
        major = option(ctx, "similarity_major", DEFAULT_SIMILARITY["similarity_major"])
        for p in pairs(ctx):
            sim = p.get("similarity")
            if sim is None or p.get("start") is None or not p.get("source") or sim >= minor:
                continue
            msg = _("This translation is far from its source (similarity {similarity}): source {source}. Its English "
                    "back-translation: {pivot}.") if p.get("pivot") \
                else _("This translation is far from its source (similarity {similarity}): source {source}.")
            yield on_source(self.finding(
                ctx, p["start"], p["end"],
                msg.format(similarity=f"{sim:.2f}", source=quote(p["source"]), pivot=quote(p.get("pivot") or "")),
                severity="major" if sim < major else "minor", confidence=0.6, engine=bilingual_engine(ctx)), ctx, p)
