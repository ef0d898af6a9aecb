"""Lexical coverage of the English source through bilingual dictionaries (score.features src_cov_*).

mtaudit/data/bilex.tsv (bench/build_bilex.py: Apertium and FreeDict) maps English content-word lemmas to
the French lemmas they can translate to. A source content word (a word the lexicon knows: no function
word, number or name) is covered when one of its translations is among the article's French lemmas
(spaCy's, when the audit has tokens) or word forms; a French content word (one the lexicon has as a
translation of something) is explained when it translates one of the source's words. Deterministic and
cheap: dictionary look-ups only.
"""
from __future__ import annotations

import bisect
import functools
import re
from pathlib import Path

from ..lang.frequency import zipf_fr_en as _zipf
from .features import _TOKEN as _WORD  # the score's word pattern (letters, inner apostrophes and hyphens)

LEXICON = Path(__file__).resolve().parent.parent / "data" / "bilex.tsv"

# English inflection -> lemma candidates, tried in order after the word itself
_EN_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ves", "f"), ("es", ""), ("s", ""),
                ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("er", ""), ("est", ""), ("ly", ""))


@functools.lru_cache(maxsize=4)
def load(path: str | None = None) -> tuple[dict, frozenset]:
    """(English lemma -> tuple of French lemmas, every French lemma). Empty when the file is missing."""
    p = Path(path) if path else LEXICON
    lex = {}
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#") or line.startswith("english\t"):
                continue
            en, _, fr = line.partition("\t")
            lex[en] = tuple(_fold(w) for w in fr.split())
    return lex, frozenset(w for v in lex.values() for w in v)


def _fold(w: str) -> str:
    return w.lower().replace("’", "'").replace("œ", "oe").replace("æ", "ae")


def english_lemma(word: str, lex: dict) -> str | None:
    """The lexicon's entry for an English word form: itself, or a lemma reached by removing an inflection
    (a doubled final consonant undone: "stopped" -> "stop"). None when the lexicon knows neither."""
    w = word.lower()
    if w in lex:
        return w
    for suffix, repl in _EN_SUFFIXES:
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            stem = w[: -len(suffix)] + repl
            if stem in lex:
                return stem
            if not repl and len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in lex:
                return stem[:-1]
    return None


def translations(word: str, lex: dict) -> tuple:
    lemma = english_lemma(word, lex)
    return lex[lemma] if lemma else ()


def french_keys(word: str) -> set[str]:
    """A French word form and the lemmas it may have without an analysis: the form, its singular,
    and the infinitive of a past participle in -é(e)(s)."""
    w = _fold(word)
    out = {w}
    if len(w) > 3 and w[-1] in "sx":
        out.add(w[:-1])
    base = re.sub(r"é(?:e|s|es)?$", "", w)
    if base != w and len(base) > 2:
        out.add(base + "er")
    return out


def target_keys(text: str, tokens=None, start: int = 0, end: int | None = None, starts=None) -> set[str]:
    """French keys of text[start:end]: its word forms' keys and, with the language layer's tokens, their lemmas.
    starts: the tokens' start offsets (in order), so that only the tokens from start on are read."""
    end = len(text) if end is None else end
    keys = set()
    for m in _WORD.finditer(text, start, end):
        keys |= french_keys(m.group())
    if tokens:
        first = bisect.bisect_left(starts if starts is not None else [t.start for t in tokens], start)
        for t in tokens[first:]:
            if t.start >= end:
                break
            if t.end <= end and t.lemma:
                keys.add(_fold(t.lemma))
    return keys


def source_words(source: str, target: str, lex: dict, start: int = 0, end: int | None = None):
    """(word, French translations, weight) per content word of source[start:end] the lexicon knows. A
    capitalised word that the article has as is counts as a name and is left out, as are all-capital
    words; the weight grows with rarity (1 for the most frequent words, up to 4)."""
    end = len(source) if end is None else end
    for m in _WORD.finditer(source, start, end):
        w = m.group()
        if len(w) < 3 or (w.isupper() and len(w) > 1):
            continue
        if w[0].isupper() and w in target:
            continue
        tr = translations(w, lex)
        if tr:
            yield w, tr, min(4.0, max(1.0, 7.0 - _zipf(w.lower())[1]))


def _share(words, keys, weighted: bool) -> tuple[float, float]:
    """(covered weight, total weight) of source words whose translations meet keys."""
    cov = tot = 0.0
    for _w, tr, wt in words:
        wt = wt if weighted else 1.0
        tot += wt
        if any(t in keys for t in tr):
            cov += wt
    return cov, tot


def coverage_features(text: str, source: str, roundtrip: dict | None = None, tokens=None,
                      lexicon: str | None = None) -> dict:
    """src_cov: the rarity-weighted share of the source's content words with a translation in the article;
    src_cov_plain: the same, unweighted; tgt_cov: the share of the article's content words (lemmas the
    lexicon has as translations) that translate a source word; src_cov_low: the low decile of the
    sentence pairs' unweighted coverage (bilingual block; pairs with 3 or more known source words), the
    document's own without such pairs. 1.0 where nothing can be looked up (no evidence of a gap)."""
    lex, french = load(lexicon)
    words = list(source_words(source, text, lex))
    keys = target_keys(text, tokens)
    cw, tw = _share(words, keys, True)
    cp, tp = _share(words, keys, False)
    offered = {t for _w, tr, _wt in words for t in tr}
    # the article's content words: with tokens their lemmas, else their forms' keys
    if tokens:
        content = [_fold(t.lemma) for t in tokens if _fold(t.lemma) in french]
    else:
        content = [k for m in _WORD.finditer(text) for k in sorted(french_keys(m.group()))[:1] if k in french]
    explained = sum(1 for c in content if c in offered)
    lows = []
    starts = [t.start for t in tokens] if tokens else None
    for p in ((roundtrip or {}).get("bilingual") or {}).get("pairs") or ():
        if p.get("source_start") is None or p.get("start") is None:
            continue
        pw = list(source_words(source, text, lex, p["source_start"], p["source_end"]))
        if len(pw) >= 3:
            c, t = _share(pw, target_keys(text, tokens, p["start"], p["end"], starts), False)
            lows.append(c / t)
    lows.sort()
    plain = cp / tp if tp else 1.0
    return {
        "src_cov": round(cw / tw if tw else 1.0, 4),
        "src_cov_plain": round(plain, 4),
        "tgt_cov": round(explained / len(content) if content else 1.0, 4),
        "src_cov_low": round(lows[len(lows) // 10] if lows else plain, 4),
    }
