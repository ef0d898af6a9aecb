"""What the boilerplate rules share: every line's score as web-page chrome, once per article.

Every line is scored against the patterns of data/boilerplate.tsv: the weights of the rows that
match are combined (noisy-or), then scaled by position (the first and last lines of an article are
where scrapers leave chrome) and by shape (short lines without a final full stop look like labels).

Chrome is a sign of a scraped page. In a translation unit with a source (XLIFF, PO, TMX, tables),
the target translates the source's own words: "Partager" for "Share" is a button label, not chrome
left by a scraper. Such lines score 0 (`translated`), so none of the family's rules reports them.
"""
from __future__ import annotations

import re

from ...read.article import WORD_RE
from ...lang.text import fold_in_place as fold  # offsets stay valid


THRESHOLD = 0.5      # a line scoring at least this is reported
EDGE_LINES = 3       # lines counted as "start" or "end" of the article
NEIGHBOUR_BOOST = 0.15
SENTENCE_END = re.compile(r"[.!?…»\"”]\s*$")
QUESTION_END = re.compile(r"\?\s*$")
ADDRESS = re.compile(r"\b(?:vous|votre|vos|tu|ton|ta|tes|you|your)\b", re.IGNORECASE)


def _keywords(spec: str) -> re.Pattern:
    looks = []
    for group in spec.split(","):
        alts = []
        for word in (w.strip() for w in group.split("|")):
            if not word:
                continue
            star = word.endswith("*")
            word = fold(word.rstrip("*")).lower()
            body = r"\s+".join(re.escape(p) for p in word.split())
            alts.append(r"\b" + body + (r"\w*" if star else r"\b"))
        if alts:
            looks.append("(?=.*(?:" + "|".join(alts) + "))")
    return re.compile("^" + "".join(looks), re.IGNORECASE)


def patterns(ctx):
    """[(kind, compiled, how, weight, note)] from data/boilerplate.tsv, built once per config."""
    def build():
        out = []
        for row in ctx.resources.table("boilerplate"):
            how = row["match"]
            if how == "keywords":
                rx = _keywords(row["pattern"])
            elif how in ("line", "start", "search"):
                rx = re.compile(fold(row["pattern"]), re.IGNORECASE)
            else:
                raise ValueError(f"{row['_source']}: unknown match type {how!r}")
            out.append((row["kind"], rx, how, float(row["weight"] or 0), row["note"]))
        return out
    return ctx.resources.memo(("boilerplate", "patterns"), build)


def _matches(rx, how, folded, bare) -> bool:
    if how == "line":
        return rx.fullmatch(bare) is not None
    if how == "start":
        return rx.match(folded) is not None
    return rx.search(folded) is not None


def _shape(text: str) -> float:
    n = sum(1 for _w in WORD_RE.finditer(text))
    size = 1.0 if n <= 8 else 0.9 if n <= 15 else 0.75 if n <= 25 else 0.5 if n <= 40 else 0.25
    if QUESTION_END.search(text) and not ADDRESS.search(text):
        size *= 0.6  # a question that does not address the reader is someone asking, not a promo
    elif SENTENCE_END.search(text):
        size *= 0.6 if n >= 6 else 1.0  # a full sentence is more likely article text than a label
    return size


def score_lines(ctx):
    """Per line: (line span, score, kinds, notes); computed once per article and shared by the rules."""
    return ctx.memo("boilerplate.lines", lambda: _score_lines(ctx))


def translated(ctx, line) -> bool:
    """Whether the line is (in) the target of a translation unit whose source is not empty."""
    unit = ctx.unit_at(line.start)
    return unit is not None and bool(unit.source.strip())


def _score_lines(ctx):
    table = [p for p in patterns(ctx) if p[0] != "site"]
    lines = ctx.article.lines
    n = len(lines)
    raw = []
    for i, line in enumerate(lines):
        edge = i < EDGE_LINES or i >= n - EDGE_LINES
        scale = (1.0 if edge else 0.7) * _shape(line.text)
        if scale + NEIGHBOUR_BOOST < THRESHOLD or translated(ctx, line):  # too long to be chrome, or a translation
            raw.append((0.0, [], [], edge))
            continue
        folded = fold(line.text).strip()
        bare = re.sub(r"[\s:.»]+$", "", folded)
        miss = 1.0
        kinds, notes = [], []
        for kind, rx, how, weight, note in table:
            if _matches(rx, how, folded, bare):
                miss *= 1.0 - weight
                kinds.append(kind)
                notes.append(note)
        raw.append(((1.0 - miss) * scale, kinds, notes, edge))
    out = []
    for i, (s, kinds, notes, edge) in enumerate(raw):
        if kinds and edge:
            near = [raw[j][0] for j in (i - 1, i + 1) if 0 <= j < n and raw[j][3]]
            if any(x >= THRESHOLD for x in near):
                s += NEIGHBOUR_BOOST
        out.append((lines[i], min(s, 1.0), kinds, notes))
    return out
