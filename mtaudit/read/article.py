"""The article model: the exact text read, with paragraphs, lines and sentences as offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .segment import split_lines, split_paragraphs, split_sentences

if TYPE_CHECKING:
    from .html_input import HtmlText

# A word: a run of letters/digits, with inner apostrophes or hyphens ("aujourd'hui", "c'est-à-dire").
WORD_RE = re.compile(r"\w+(?:['’\-]\w+)*")


def count_words(text: str) -> int:
    """Words as counted everywhere in mtaudit (score, reports, benchmarks)."""
    return sum(1 for _ in WORD_RE.finditer(text))


@dataclass(frozen=True)
class Span:
    """A piece of the article: code-point offsets into Article.text."""

    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start


@dataclass
class Article:
    """What every reader produces and every stage reads.

    text: the exact text audited (offsets point into it). source: the English source, when known
    (the one way it travels: readers, corpus columns, --source and requests all set this field).
    html: for HTML input, the original markup and the map from text offsets back to it.
    meta: reader details (format, corpus file and row...)."""

    id: str
    text: str
    path: str | None = None
    meta: dict = field(default_factory=dict)
    source: str | None = None
    html: "HtmlText | None" = None

    @classmethod
    def from_text(cls, text: str, id: str = "stdin", path: str | None = None, source: str | None = None,
                  **meta) -> "Article":
        return cls(id=id, text=text, path=path, meta=dict(meta), source=source or None)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    @cached_property
    def lines(self) -> list[Span]:
        return [self.span(s, e) for s, e in split_lines(self.text)]

    @cached_property
    def paragraphs(self) -> list[Span]:
        return [self.span(s, e) for s, e in split_paragraphs(self.text)]

    @cached_property
    def sentences(self) -> list[Span]:
        return [self.span(s, e) for s, e in split_sentences(self.text)]

    @cached_property
    def words(self) -> int:
        return count_words(self.text)

    @cached_property
    def word_spans(self) -> list[Span]:
        return [self.span(m.start(), m.end()) for m in WORD_RE.finditer(self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset."""
        return line_col(line_starts(self.text), offset)


LINE_BREAK = re.compile(r"\r\n?|\n")  # as editors count lines: LF, CRLF, and a CR alone (old Mac files)


def line_starts(text: str) -> list[int]:
    """The offset where each line of text starts."""
    return [0] + [m.end() for m in LINE_BREAK.finditer(text)]


def line_col(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column (code points) of an offset, from line_starts()."""
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1
