"""Shared helpers for the round-trip and bilingual rules: reading the records safely, and building
example records for the rules' own examples (offsets computed from the example text)."""
from __future__ import annotations

import re

DEFAULT_SIMILARITY = {"similarity_minor": 0.50, "similarity_major": 0.35}


def roundtrip(ctx) -> dict | None:
    rt = ctx.extras.get("roundtrip")
    return rt if isinstance(rt, dict) else None


def sentence_records(ctx) -> list[dict]:
    """Round-trip records whose span really is that text in this article (stale records are skipped)."""
    rt = roundtrip(ctx)
    if not rt or not rt.get("available"):
        return []
    return [r for r in rt.get("sentences") or [] if _span_ok(ctx, r.get("start"), r.get("end"), r.get("text"))]


def pairs(ctx) -> list[dict]:
    rt = roundtrip(ctx)
    bi = (rt or {}).get("bilingual") or {}
    if not bi.get("available"):
        return []
    out = []
    for p in bi.get("pairs") or []:
        if p.get("start") is not None and not _span_ok(ctx, p["start"], p["end"], p.get("text")):
            continue
        out.append(p)
    return out


def _span_ok(ctx, start, end, text) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(ctx.text) \
        and (text is None or ctx.text[start:end] == text)


def option(ctx, key: str, default: float) -> float:
    """A threshold from the round-trip dict, else the configuration, else the default."""
    rt = roundtrip(ctx) or {}
    for source in (rt.get("thresholds") or {}, (ctx.config.roundtrip or {}).get("thresholds") or {}):
        if key in source:
            return float(source[key])
    return default


def quote(text: str, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return f"« {text[:limit]}{'…' if len(text) > limit else ''} »"


def words(text: str) -> int:
    return len(re.findall(r"\w+", text or ""))


# -- example records ---------------------------------------------------------------------

def ex_sentence(text: str, sentence: str, pivot: str, back: str, chrf: float, semantic: float | None,
                **more) -> dict:
    start = text.index(sentence)
    rec = {"start": start, "end": start + len(sentence), "text": sentence, "pivot": pivot, "back": back,
           "chrf": chrf, "bleu": more.pop("bleu", None), "ter": more.pop("ter", None), "semantic": semantic}
    rec.update(more)
    return rec


def ex_roundtrip(*sentences: dict, engine: str = "apertium", bilingual: list | None = None) -> dict:
    rt = {"available": True, "engine": engine, "models": {}, "metrics": {}, "signatures": {},
          "sentences": list(sentences)}
    if bilingual is not None:
        rt["bilingual"] = {"available": True, "pairs": bilingual}
    return rt


def ex_pair(text: str, target: str | None, source: str | None, similarity: float | None = None,
            pivot: str | None = None, anchor: str | None = None) -> dict:
    """A bilingual pair: target (a sentence of `text`) with its English source; None for a missing side."""
    kind = "1-1" if target and source else ("1-0" if source else "0-1")
    rec = {"kind": kind, "source": source or "", "source_start": 0 if source else None,
           "source_end": len(source) if source else None, "similarity": similarity, "pivot": pivot,
           "start": None, "end": None, "text": ""}
    if target:
        s = text.index(target)
        rec.update(start=s, end=s + len(target), text=target)
    where = target or anchor
    if where:
        s = text.index(where)
        rec.update(anchor_start=s, anchor_end=s + len(where), anchor_side="self" if target else "before")
    return rec


def ex_bilingual(*pairs: dict) -> dict:
    return ex_roundtrip(bilingual=list(pairs))


def on_source(finding, ctx, p: dict, a: int | None = None, b: int | None = None, last: dict | None = None):
    """The finding also points into the English source: at [a, b) of pair p's source sentence, or at
    the whole sentence; with `last`, from p's source sentence to the end of last's. Returns it."""
    s0, src = p.get("source_start"), p.get("source") or ""
    if not isinstance(s0, int) or not src:
        return finding
    start, end = s0 + (a or 0), s0 + (len(src) if b is None else b)
    text = src[start - s0:end - s0]
    whole = ctx.extras.get("source")
    if last is not None and isinstance(last.get("source_end"), int) and last["source_end"] > end \
            and isinstance(whole, str) and whole[start:end] == text:
        end, text = last["source_end"], whole[start:last["source_end"]]
    finding.source_start, finding.source_end, finding.source_text = start, end, text
    return finding


def bilingual_engine(ctx) -> str:
    """The engine the bilingual rules name in their findings."""
    rt = roundtrip(ctx) or {}
    return f"bilingual:{rt.get('engine') or 'encoder'}"
