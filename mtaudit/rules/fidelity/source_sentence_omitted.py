"""MTA810 source-sentence-omitted: an English sentence with no French counterpart (stage "bilingual": the article against its --source, after alignment; records from mtaudit.roundtrip)."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...i18n import _
from .common import bilingual_engine, ex_bilingual, ex_pair, on_source, pairs, quote, words


def _anchor(p: dict) -> tuple[int, int] | None:
    s, e = p.get("anchor_start"), p.get("anchor_end")
    return (s, e) if isinstance(s, int) and isinstance(e, int) and s < e else None


# -- omissions -------------------------------------------------------------------------

_S1 = "Le gouvernement a présenté lundi son budget. Les syndicats appellent à la grève."
_S1_EN_1 = "The government presented its budget on Monday."
_S1_EN_2 = "It includes three billion euros for hospitals."
_S1_EN_3 = "Unions are calling for a strike."


class SourceSentenceOmitted(Rule):
    id = "MTA810"
    slug = "source-sentence-omitted"
    name = "Source sentence omitted"
    category = "omission"
    mqm = "Accuracy/Omission"
    severity = "major"
    stage = "bilingual"
    what = """With the English source given (--source), finds source sentences that no French
    sentence translates: after aligning the two texts (1-1, 1-2, 2-1, 1-0, 0-1 by sentence
    similarity and length), a source sentence aligned to nothing. The finding sits on the French
    sentence just before the gap and quotes the missing source sentence. Very short source lines
    (under four words: credits, tags) give a minor finding."""
    why = """A dropped sentence is invisible in the French text alone: the article still reads well,
    but a fact, a quote or a caveat of the original is gone."""
    example = "EN: « It includes three billion euros for hospitals. » → nothing in the French"
    examples_bad = [
        bad(_S1, "budget.", roundtrip=ex_bilingual(
            ex_pair(_S1, "Le gouvernement a présenté lundi son budget.", _S1_EN_1, 0.88),
            ex_pair(_S1, None, _S1_EN_2, anchor="Le gouvernement a présenté lundi son budget."),
            ex_pair(_S1, "Les syndicats appellent à la grève.", _S1_EN_3, 0.84))),
    ]
    examples_good = [
        good(_S1, roundtrip=ex_bilingual(
            ex_pair(_S1, "Le gouvernement a présenté lundi son budget.", _S1_EN_1, 0.88),
            ex_pair(_S1, "Les syndicats appellent à la grève.", _S1_EN_3, 0.84))),
        good(_S1, roundtrip={"available": True, "engine": "apertium", "sentences": []}),
        good(_S1),
    ]

    def check(self, ctx):
        group: list[dict] = []
        for p in pairs(ctx) + [{}]:
            if p.get("kind") == "1-0" and _anchor(p) and (not group or _anchor(group[-1]) == _anchor(p)):
                group.append(p)
                continue
            if group:
                yield self._report(ctx, group)
            group = [p] if p.get("kind") == "1-0" and _anchor(p) else []

    def _report(self, ctx, group: list[dict]):
        start, end = _anchor(group[0])
        s, e = _edge(ctx.text, start, end, at_end=group[0].get("anchor_side", "before") == "before")
        source = " ".join(p.get("source") or "" for p in group)
        short = words(source) < 4
        after = group[0].get("anchor_side", "before") == "before"
        if len(group) > 1:
            msg = _("The source has {n} sentences after this point that the French leaves out: {source}.") if after \
                else _("The source has {n} sentences before this point that the French leaves out: {source}.")
        else:
            msg = _("The source has a sentence after this point that the French leaves out: {source}.") if after \
                else _("The source has a sentence before this point that the French leaves out: {source}.")
        return on_source(self.finding(
            ctx, s, e, msg.format(n=len(group), source=quote(source, 300)),
            severity="minor" if short else None, confidence=0.7, engine=bilingual_engine(ctx)),
            ctx, group[0], last=group[-1] if len(group) > 1 else None)


def _edge(text: str, start: int, end: int, at_end: bool) -> tuple[int, int]:
    """The last word (with its closing punctuation) of a sentence, or its first word: where an
    omission is shown, distinct from findings on the whole sentence."""
    if at_end:
        i = end
        while i > start and not text[i - 1].isalnum():
            i -= 1
        while i > start and (text[i - 1].isalnum() or text[i - 1] in "'’-"):
            i -= 1
        return (i, end) if i < end else (start, end)
    m = re.compile(r"\W*[\w'’-]+").match(text, start, end)
    return (start, m.end()) if m else (start, end)
