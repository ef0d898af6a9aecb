"""Sentence and corpus metrics, each a small class with a reproducibility signature.

chrF++ (character n-grams up to 6 plus word n-grams up to 2), BLEU (effective order at sentence
level), TER (sacrebleu; sentences up to 200 words), and a semantic similarity (cosine of multilingual sentence embeddings).
Scores: chrF and BLEU 0-100 (higher is better), TER 0-100+ (edits per reference word x 100, lower
is better), semantic -1..1 (higher is better).
"""
from __future__ import annotations

from functools import cached_property


class Metric:
    name = ""
    higher_is_better = True
    digits = 2

    def sentence(self, hyp: str, ref: str) -> float:
        return self.sentences([hyp], [ref])[0]

    def sentences(self, hyps: list[str], refs: list[str]) -> list[float]:
        """One score per (hypothesis, reference) pair."""
        raise NotImplementedError

    def corpus(self, hyps: list[str], refs: list[str]) -> float:
        raise NotImplementedError

    def signature(self) -> str:
        raise NotImplementedError


class _Sacre(Metric):
    """A sacrebleu metric: one object for sentence scores, one for the corpus score."""

    def _make(self, sentence: bool):
        raise NotImplementedError

    @cached_property
    def _sent(self):
        return self._make(sentence=True)

    @cached_property
    def _corp(self):
        return self._make(sentence=False)

    def sentences(self, hyps, refs):
        return [round(float(self._sent.sentence_score(h, [r]).score), self.digits) for h, r in zip(hyps, refs)]

    def corpus(self, hyps, refs):
        if not hyps:
            return None
        return round(float(self._corp.corpus_score(list(hyps), [list(refs)]).score), self.digits)

    def signature(self) -> str:
        return _signature(self._corp)

    def sentence_signature(self) -> str:
        return _signature(self._sent)


class ChrF(_Sacre):
    name = "chrf"

    def _make(self, sentence):
        from sacrebleu.metrics import CHRF

        return CHRF(word_order=2)


class Bleu(_Sacre):
    name = "bleu"

    def _make(self, sentence):
        from sacrebleu.metrics import BLEU

        return BLEU(effective_order=sentence)


class Ter(_Sacre):
    """TER on sentences of at most MAX_WORDS words (hypothesis and reference): its shift search grows
    much faster than the length (2,000 words took over two minutes). A longer sentence scores None
    and is left out of the corpus score (None when no sentence is short enough); the signature
    says the cap (|max-words:200)."""

    name = "ter"
    higher_is_better = False
    MAX_WORDS = 200

    def _make(self, sentence):
        from sacrebleu.metrics import TER

        return TER()

    def fits(self, hyp: str, ref: str) -> bool:
        return len(hyp.split()) <= self.MAX_WORDS and len(ref.split()) <= self.MAX_WORDS

    def sentences(self, hyps, refs):
        return [round(float(self._sent.sentence_score(h, [r]).score), self.digits) if self.fits(h, r) else None
                for h, r in zip(hyps, refs)]

    def corpus(self, hyps, refs):
        kept = [(h, r) for h, r in zip(hyps, refs) if self.fits(h, r)]
        return super().corpus([h for h, _ in kept], [r for _, r in kept]) if kept else None

    def signature(self) -> str:
        return f"{super().signature()}|max-words:{self.MAX_WORDS}"


class Semantic(Metric):
    """Cosine similarity of sentence embeddings; works across languages (French vs English)."""

    name = "semantic"
    digits = 3

    def __init__(self, cache=None):
        self.cache = cache  # a TranslationCache keeps embeddings across runs

    def sentences(self, hyps, refs):
        from . import encoder

        return [round(x, self.digits) for x in encoder.cosine_pairs(list(hyps), list(refs), self.cache)]

    def corpus(self, hyps, refs):
        scores = self.sentences(hyps, refs)
        return round(sum(scores) / len(scores), self.digits) if scores else None

    def signature(self) -> str:
        from . import encoder

        return f"model:{encoder.name()}|sim:cosine|agg:mean"


def _signature(metric) -> str:
    if not hasattr(metric, "_signature_ready"):
        metric.corpus_score(["a"], [["a"]])  # sacrebleu needs one evaluation to know nrefs
        metric._signature_ready = True
    return str(metric.get_signature())


def sacre_version() -> str:
    import sacrebleu

    return sacrebleu.__version__


_shared: dict = {}


def get(name: str) -> Metric:
    """Shared metric objects (their sacrebleu state is reusable)."""
    if name not in _shared:
        _shared[name] = {"chrf": ChrF, "bleu": Bleu, "ter": Ter, "semantic": Semantic}[name]()
    return _shared[name]


def low_decile(values: list[float]) -> float | None:
    """Mean of the lowest 10 % of the values (at least one)."""
    if not values:
        return None
    ordered = sorted(values)
    k = max(1, len(ordered) // 10)
    return sum(ordered[:k]) / k
