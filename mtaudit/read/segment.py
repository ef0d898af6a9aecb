"""Lines, paragraphs and sentences as (start, end) offsets; the text itself is never changed.

Sentences never cross a line break (titles and tag lines have no final stop). Inside a line, a
sentence ends at . ! ? or … (with any closing quotes/brackets after it) when the next word starts
a new sentence, except after a known abbreviation or a single initial, and never inside « … »
unless the guillemets are unbalanced.
"""
from __future__ import annotations

import re

# Lower-cased abbreviations that take a final dot and do not end a sentence.
ABBREVIATIONS = frozenset(
    """
    m mm mme mmes mlle mlles dr pr me mgr st ste sts vve
    av apr j.-c jc env cf etc vol no nº n° p pp ch chap art al éd ed coll fig tab
    ex p.ex janv févr fév avr juil sept oct nov déc
    mr mrs ms jr sr gen gén col lt cpt sgt gov sen rep prof inc ltd co corp vs
    min max approx tél tel hab km
    """.split()
)

_END = re.compile(r"(?:\.{3}|…|[.!?])+[»”\"')\]]*")
_LINE = re.compile(r"[^\n]*\n?")


def split_lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines, without their line break and outer whitespace."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        if s == e:
            break
        e = e - 1 if text[e - 1 : e] == "\n" else e
        s2, e2 = _strip(text, s, e)
        if s2 < e2:
            out.append((s2, e2))
    return out


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Blocks separated by blank lines (or single lines when the text uses no blank lines)."""
    out = []
    start = None
    last_end = None
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        if s == e:
            break
        if text[s:e].strip():
            if start is None:
                start = s
            last_end = e
        elif start is not None:
            out.append(_strip(text, start, last_end))
            start = None
    if start is not None:
        out.append(_strip(text, start, last_end))
    return [p for p in out if p[0] < p[1]]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _word_before(text: str, pos: int, floor: int) -> str:
    """The token (letters, dots, hyphens) that ends right before pos."""
    i = pos
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in ".-'’"):
        i -= 1
    return text[i:pos]


def _starts_sentence(text: str, pos: int, end: int) -> bool:
    """Does a new sentence plausibly start at pos (after the whitespace)?"""
    while pos < end and text[pos] in "«“\"'(—–-[ \u00a0\u202f":
        pos += 1
    if pos >= end:
        return False
    ch = text[pos]
    return ch.isupper() or ch.isdigit()


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    word = _word_before(text, dot, floor)
    if not word:
        return False
    bare = word.rstrip(".").lower()
    if bare in ABBREVIATIONS:
        return True
    # a single initial ("J. Biden") or an initialism with dots ("U.S.", "É.-U.")
    if len(bare) == 1 and bare.isalpha():
        return True
    if re.fullmatch(r"(?:\w\.-?)+\w?", word + "."):
        return len(bare.replace(".", "").replace("-", "")) <= 4 and "." in bare
    return False


def _sentences_in_line(text: str, s: int, e: int, track_quotes: bool) -> list[tuple[int, int]]:
    out = []
    start = s
    depth = 0
    i = s
    while i < e:
        ch = text[i]
        if track_quotes and ch == "«":
            depth += 1
        elif track_quotes and ch == "»":
            depth = max(0, depth - 1)
        m = _END.match(text, i) if ch in ".!?…" else None
        if m:
            stop = m.end()
            closing = text[m.start() : stop]
            if track_quotes:
                depth = max(0, depth - closing.count("»"))
            j = stop
            while j < e and text[j] in " \t\u00a0\u202f":
                j += 1
            # a closing guillemet after a space belongs to the sentence: « … fin. »
            if track_quotes and depth > 0 and j < e and text[j] == "»":
                depth = max(0, depth - 1)
                stop = j + 1
                j = stop
                while j < e and text[j] in " \t\u00a0\u202f":
                    j += 1
            boundary = (
                j > stop
                and depth == 0
                and _starts_sentence(text, j, e)
                and not (ch == "." and m.end() - m.start() == 1 and _is_abbreviation(text, i, start))
            )
            if boundary:
                out.append(_strip(text, start, stop))
                start = j
            i = max(stop, i + 1)
            continue
        i += 1
    if start < e:
        out.append(_strip(text, start, e))
    return [x for x in out if x[0] < x[1]]


def split_sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in split_lines(text):
        line = text[s:e]
        balanced = line.count("«") == line.count("»")
        out.extend(_sentences_in_line(text, s, e, track_quotes=balanced))
    return out
