"""The bilingual lexicon (mtaudit/data/bilex.tsv, bench/build_bilex.py: Apertium and FreeDict): English
content-word lemmas and the French lemmas they can translate to. Read by the score's source coverage
(score/coverage.py) and by MTA401's check of an English term glossed in French (« read-execute
(lecture-exécution) »)."""
from __future__ import annotations

import functools
import re
from pathlib import Path

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
            lex[en] = tuple(lexicon_key(w) for w in fr.split())
    return lex, frozenset(w for v in lex.values() for w in v)


def lexicon_key(w: str) -> str:
    """A word as the lexicon writes it: lower case, one apostrophe, « œ » and « æ » spelt out (accents kept,
    unlike lang.text.fold)."""
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
    w = lexicon_key(word)
    out = {w}
    if len(w) > 3 and w[-1] in "sx":
        out.add(w[:-1])
    base = re.sub(r"é(?:e|s|es)?$", "", w)
    if base != w and len(base) > 2:
        out.add(base + "er")
    return out
