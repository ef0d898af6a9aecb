"""Fluency evidence for the word-level error model (mtaudit/score/words.py), token by token, from the language
layer's analysis (spaCy, already run for the rules); no word identity:

- how likely the token's part of speech is after the two before it in ordinary French prose, under a
  part-of-speech trigram model (tags with verb form and number; mtaudit/data/pos_trigrams.json: counts of tag sequences only, built by
  bench/build_pos_ngrams.py from the French documentation Debian ships). Garbled machine translation
  strings tags together that prose does not ("les VCR commencer fois": an infinitive after a noun);
- where the parser opens a new sentence inside a line right after a word (no punctuation ends the one
  before): it does that where it cannot attach the words that follow.

A few numpy passes per article (the tags' table is loaded once).
"""
from __future__ import annotations

import json
import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "pos_trigrams.json"
UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X")
FORMS = ("Inf", "Part")  # verbs and auxiliaries split by form: VERB:Inf, VERB:Part, VERB (finite or unknown)
# ... and determiners, nouns, adjectives, pronouns, finite verbs and participles split by number (":Sing",
# ":Plur") when the analysis gives one: "les VCR commencer", "la pratique vidéo sommaires"
NUMBERED = ("DET", "NOUN", "ADJ", "PRON", "VERB", "AUX", "VERB:Part", "AUX:Part")
TAGS = ("<s>", "</s>") + UPOS + tuple(f"{p}:{f}" for p in ("VERB", "AUX") for f in FORMS) \
    + tuple(f"{p}:{n}" for p in NUMBERED for n in ("Sing", "Plur"))
_TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
# interpolation of the trigram, bigram and unigram estimates (fixed, not tuned)
LAMBDAS = (0.6, 0.3, 0.1)

# the word model's token columns (mtaudit/score/words.py)
TOKEN_FEATURES = ("pos_bits", "next_pos_bits", "pos_bits_window", "parse_break")

# a sentence may end after one of these (a new sentence after anything else is a break the parser made)
ENDS = frozenset(".!?…:;»\"”)]")
_NEWLINE = re.compile("\n")


def tag_of(token) -> str:
    """The trigram model's tag of a language-layer token."""
    return _tag(token.pos, token.morph)


@lru_cache(maxsize=4096)
def _tag(pos: str, morph: str) -> str:
    pos = pos if pos in UPOS else "X"
    if pos in ("VERB", "AUX"):
        for f in FORMS:
            if f"VerbForm={f}" in morph:
                pos = f"{pos}:{f}"
                break
    if pos in NUMBERED:
        for nb in ("Sing", "Plur"):
            if f"Number={nb}" in morph:
                return f"{pos}:{nb}"
    return pos


@lru_cache(maxsize=4096)
def _tag_index(pos: str, morph: str) -> int:
    return _TAG_INDEX[_tag(pos, morph)]


_lock = threading.Lock()
_models: dict = {}


def load(path: str | Path | None = None) -> np.ndarray | None:
    """The model's surprisal table: bits[a, b, c] = -log2 P(c | a b) (None without the file)."""
    p = Path(path or MODEL_FILE)
    with _lock:
        if p not in _models:
            _models[p] = _table(json.loads(p.read_text(encoding="utf-8"))["trigrams"]) if p.exists() else None
        return _models[p]


def _table(trigrams: dict) -> np.ndarray:
    n = len(TAGS)
    c3 = np.zeros((n, n, n))
    for key, c in trigrams.items():
        a, b, t = (_TAG_INDEX.get(x, _TAG_INDEX["X"]) for x in key.split(" "))
        c3[a, b, t] += c
    c2 = c3.sum(axis=0)  # (b, c)
    c1 = c2.sum(axis=0)  # (c,)
    p1 = (c1 + 1.0) / (c1.sum() + n)
    p2 = np.where(c2.sum(axis=1, keepdims=True) > 0, c2 / np.maximum(c2.sum(axis=1, keepdims=True), 1), p1)
    ctx = c3.sum(axis=2, keepdims=True)
    p3 = np.where(ctx > 0, c3 / np.maximum(ctx, 1), p2[None, :, :])
    p = LAMBDAS[0] * p3 + LAMBDAS[1] * p2[None, :, :] + LAMBDAS[2] * p1[None, None, :]
    return -np.log2(p)


def surprisal(text: str, tokens, table: np.ndarray, line: np.ndarray | None = None) -> np.ndarray:
    """Bits of each token's tag after the two before it in its line (a line starts with <s> <s>)."""
    n = len(tokens)
    tags = np.fromiter((_tag_index(t.pos, t.morph) for t in tokens), dtype=np.int64, count=n)
    line = lines_of(text, tokens) if line is None else line
    first = np.ones(n, dtype=bool)
    first[1:] = line[1:] != line[:-1]
    second = np.zeros(n, dtype=bool)
    second[1:] = first[:-1] & ~first[1:]
    start = _TAG_INDEX["<s>"]
    b = np.where(first, start, np.r_[start, tags[:-1]])
    a = np.where(first | second, start, np.r_[start, start, tags[:-2]][:n])
    return table[a, b, tags]


def token_columns(text: str, tokens, line_of: np.ndarray | None = None) -> np.ndarray:
    """(tokens x TOKEN_FEATURES) float32: the bits of the token's tag after the two before it (over 8), the
    bits of the next tag in the line (an unlikely tag after this token points at it too), the larger of
    the token's and its neighbours' bits, and 1 where the parser opens a sentence at the token inside a
    line after a word (no punctuation ends the sentence before it). Zeros for the bits without the model
    file; zeros for the break without a parse."""
    n = len(tokens)
    out = np.zeros((n, len(TOKEN_FEATURES)), dtype=np.float32)
    if n == 0:
        return out
    line = lines_of(text, tokens) if line_of is None else line_of
    same_next = np.zeros(n, dtype=bool)
    same_next[:-1] = line[1:] == line[:-1]
    table = load()
    if table is not None and any(t.pos for t in tokens):
        b = surprisal(text, tokens, table, line) / 8.0
        nxt = np.where(same_next, np.r_[b[1:], 0.0], 0.0)
        prev = np.where(np.r_[False, same_next[:-1]], np.r_[0.0, b[:-1]], 0.0)
        out[:, 0], out[:, 1], out[:, 2] = b, nxt, np.maximum(b, np.maximum(prev, nxt))
    if any(t.dep for t in tokens):
        idx = np.arange(n)
        heads = np.fromiter((t.head if 0 <= t.head < n else t.i for t in tokens), dtype=np.int64, count=n)
        heads = np.where((heads >= 0) & (heads < n), heads, idx)
        roots = _roots(heads)
        brk = np.zeros(n, dtype=bool)
        brk[1:] = (roots[1:] != roots[:-1]) & same_next[:-1]
        ends = np.fromiter((t.text[-1:] in ENDS for t in tokens), dtype=bool, count=n)
        brk[1:] &= ~ends[:-1]
        out[:, 3] = brk
    return out


def lines_of(text: str, tokens) -> np.ndarray:
    """The line (0, 1, ...) of each token."""
    starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    return np.searchsorted(np.asarray(starts), np.fromiter((t.start for t in tokens), dtype=np.int64,
                                                           count=len(tokens)), side="right") - 1


def _roots(heads: np.ndarray) -> np.ndarray:
    """The root of each token's tree (pointer jumping: every chain of heads ends at a token that is its own
    head; a cycle, which a parser should not produce, stops at whatever it reaches)."""
    r = heads.copy()
    for _ in range(12):  # 2**12 hops: deeper than any sentence
        nxt = r[r]
        if np.array_equal(nxt, r):
            break
        r = nxt
    return r
