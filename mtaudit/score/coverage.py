"""Lexical coverage of the English source through bilingual dictionaries (score.features src_cov_*).

The bilingual lexicon (lang/bilex.py, mtaudit/data/bilex.tsv) maps English content-word lemmas to
the French lemmas they can translate to. A source content word (a word the lexicon knows: no function
word, number or name) is covered when one of its translations is among the article's French lemmas
(spaCy's, when the audit has tokens) or word forms; a French content word (one the lexicon has as a
translation of something) is explained when it translates one of the source's words. Deterministic and
cheap: dictionary look-ups only.
"""
from __future__ import annotations

import bisect

from ..lang.bilex import french_keys, lexicon_key, load, translations
from ..lang.frequency import zipf_fr_en as _zipf
from .features import _TOKEN as _WORD  # the score's word pattern (letters, inner apostrophes and hyphens)


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
                keys.add(lexicon_key(t.lemma))
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
        content = [lexicon_key(t.lemma) for t in tokens if lexicon_key(t.lemma) in french]
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
