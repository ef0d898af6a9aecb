"""What the typography rules share: the kinds of space, the guillemet pairs of an article (built
once per article), the test for a mark inside a web address, and the word around a mark."""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata

from ...read.article import WORD_RE

SPACES = " \u00a0\u202f\t"
NBSP = "\u00a0"
CROSS_LINES = 3  # a quotation may run over this many following lines (paragraphs)


def guillemets(ctx):
    """Pairs (open, close) and unmatched positions ("open"/"close", pos) of « » in the article."""
    return ctx.memo("typography.guillemets", lambda: _guillemets(ctx))


def _guillemets(ctx):
    pairs, unmatched, markers = [], [], set()
    stack: list[tuple[int, int]] = []  # (position, line index)
    for li, line in enumerate(ctx.article.lines):
        while stack and stack[0][1] < li - CROSS_LINES:
            unmatched.append(("open", stack.pop(0)[0]))
        seen_in_line = False
        for off, ch in enumerate(line.text):
            if ch not in "«»":
                continue
            pos = line.start + off
            carried = bool(stack) and stack[-1][1] < li
            if off == 0 and carried:
                markers.add(pos)  # « or » opening a paragraph that continues a quotation
                continue
            if ch == "«":
                stack.append((pos, li))
            elif stack and (stack[-1][1] == li or not seen_in_line):
                pairs.append((stack.pop()[0], pos))
            else:
                unmatched.append(("close", pos))
            seen_in_line = True
    unmatched.extend(("open", p) for p, _ in stack)
    return sorted(pairs), sorted(unmatched, key=lambda u: u[1]), markers


def skip_spaces(text, i, step):
    """The first index from i, walking by step (1 or -1), that is not a space."""
    while 0 <= i < len(text) and text[i] in SPACES:
        i += step
    return i


URLISH = re.compile(r"(?:https?://|www\.|@|\.(?:com|fr|org|net)\b)", re.IGNORECASE)
_RUN = re.compile(r"\S+")  # \s is exactly str.isspace


@functools.lru_cache(maxsize=8)
def _url_runs(text):
    """The runs of non-spaces of text: their starts, their ends and a running count of the runs that
    look like a web address, an e-mail or markup (built once per text, so in_url stays linear)."""
    starts, ends, flagged = [], [], [0]
    for m in _RUN.finditer(text):
        run = m.group()
        starts.append(m.start())
        ends.append(m.end())
        flagged.append(flagged[-1] + (bool(URLISH.search(run)) or any(c in run for c in "<>{}=")))
    return starts, ends, flagged


def in_url(text, start, end):
    """Whether text[start:end] lies in a web address, an e-mail or markup (the run of non-spaces around it)."""
    starts, ends, flagged = _url_runs(text)
    # the runs that meet text[start:end], or touch it from the left or the right
    lo = bisect.bisect_left(ends, start)
    hi = bisect.bisect_right(starts, end)
    return flagged[hi] > flagged[lo]


def word_around(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the word that holds the character at pos (an apostrophe), else of that character."""
    word = next((w for w in WORD_RE.finditer(text, max(0, pos - 40), pos + 40) if w.start() <= pos < w.end()), None)
    if not word:
        return pos, pos + 1
    end = word.end()
    while end < len(text) and unicodedata.combining(text[end]):  # an accent with no precomposed letter (x + U+0323)
        end += 1
    return word.start(), end
