"""Bilingual sentence alignment: English source sentences to French target sentences.

Monotone dynamic programming over beads 1-1, 1-2, 2-1, 1-0 (source with no target: an omission)
and 0-1 (target with no source: an addition). A bead that pairs sentences scores
cosine(source, target) - `tau` - length penalty (- a merge penalty for 1-2/2-1); a skip scores 0,
so sentences are paired only where their similarity clears `tau`. The length penalty is
`length_weight * |log(len_fr / (len_en * ratio))|`, `ratio` being the document's own French/English
character ratio kept within RATIO (French runs ~1.15 times as long as English; a source much longer
or shorter than its translation, with whole paragraphs left out or added, would otherwise make the
length penalty outweigh similarity and pair correct translations wrongly). Afterwards an omission directly next to an addition is re-paired as one 1-1 bead
when their similarity is at least `floor`: that is a badly translated sentence, not two accidents.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

TAU = 0.40
FLOOR = 0.20
MERGE_PENALTY = 0.05
LENGTH_WEIGHT = 0.10
RATIO = (0.9, 1.4)  # bounds of the French/English character ratio


@dataclass
class Bead:
    kind: str  # "1-1", "1-2", "2-1", "1-0", "0-1"
    source: tuple[int, ...]  # indices into the source sentences
    target: tuple[int, ...]  # indices into the target sentences
    similarity: float | None = None  # cross-lingual cosine of the joined sides


def align(source: list[str], target: list[str], embed: Callable | None = None, tau: float = TAU,
          floor: float = FLOOR, merge_penalty: float = MERGE_PENALTY,
          length_weight: float = LENGTH_WEIGHT) -> list[Bead]:
    """Beads covering every source and target sentence once, in order."""
    if embed is None:
        from .encoder import embed
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return [Bead("1-0", (i,), ()) for i in range(n)] + [Bead("0-1", (), (j,)) for j in range(m)]
    s2 = [source[i] + " " + source[i + 1] for i in range(n - 1)]
    t2 = [target[j] + " " + target[j + 1] for j in range(m - 1)]
    vectors = embed(source + s2 + target + t2)
    es, es2 = vectors[:n], vectors[n:n + len(s2)]
    et, et2 = vectors[n + len(s2):n + len(s2) + m], vectors[n + len(s2) + m:]
    sim11 = es @ et.T
    sim12 = es @ et2.T if len(t2) else None  # source i with targets j, j+1
    sim21 = es2 @ et.T if len(s2) else None  # sources i, i+1 with target j
    ls = [max(1, len(s)) for s in source]
    lt = [max(1, len(t)) for t in target]
    ratio = min(max(sum(lt) / sum(ls), RATIO[0]), RATIO[1])

    def length_cost(a: int, b: int) -> float:
        return length_weight * abs(math.log(b / (a * ratio)))

    neg = -1e9
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = best[i][j]
            if here == neg:
                continue
            moves = []
            if i < n:
                moves.append((1, 0, 0.0))
            if j < m:
                moves.append((0, 1, 0.0))
            if i < n and j < m:
                moves.append((1, 1, float(sim11[i, j]) - tau - length_cost(ls[i], lt[j])))
            if i < n and j + 1 < m:
                moves.append((1, 2, float(sim12[i, j]) - tau - merge_penalty - length_cost(ls[i], lt[j] + lt[j + 1])))
            if i + 1 < n and j < m:
                moves.append((2, 1, float(sim21[i, j]) - tau - merge_penalty - length_cost(ls[i] + ls[i + 1], lt[j])))
            for di, dj, gain in moves:
                if here + gain > best[i + di][j + dj]:
                    best[i + di][j + dj] = here + gain
                    back[i + di][j + dj] = (di, dj)
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        i, j = i - di, j - dj
        src, tgt = tuple(range(i, i + di)), tuple(range(j, j + dj))
        sim = None
        if di == 1 and dj == 1:
            sim = float(sim11[i, j])
        elif di == 1 and dj == 2:
            sim = float(sim12[i, j])
        elif di == 2 and dj == 1:
            sim = float(sim21[i, j])
        beads.append(Bead(f"{di}-{dj}", src, tgt, sim))
    beads.reverse()
    return _pair_neighbours(beads, sim11, floor)


def _pair_neighbours(beads: list[Bead], sim11, floor: float) -> list[Bead]:
    out: list[Bead] = []
    for bead in beads:
        prev = out[-1] if out else None
        if prev is not None and {prev.kind, bead.kind} == {"1-0", "0-1"}:
            i = (prev.source or bead.source)[0]
            j = (prev.target or bead.target)[0]
            if float(sim11[i, j]) >= floor:
                out[-1] = Bead("1-1", (i,), (j,), float(sim11[i, j]))
                continue
        out.append(bead)
    return out
