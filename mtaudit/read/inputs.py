"""One reader for every input kind: each kind turns a path (or bytes) into Articles.

Kinds are declared in KINDS, by file suffix:
  text      .txt (and any unknown suffix)   the file's text as is
  markdown  .md .markdown                  as is (Markdown syntax is left to the markup rules)
  html      .html .htm                     tags stripped; Article.html maps offsets back to the HTML
  corpus    .jsonl .ndjson .csv .parquet, saved datasets   one Article per row (see corpus.py)

`audit`, `check` and the service all read through here, so `audit x.html` and `check x.html`
audit the same text. A new kind (e.g. bilingual XLIFF/TMX/PO files, whose reader sets
Article.source from the source segments) plugs in with `register(InputKind(...))`: give it
`read` for one article per file, or `rows` for several (like a corpus).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .article import Article
from .loader import InputError, Source, decode, read_bytes
from ..i18n import _


@dataclass(frozen=True)
class InputKind:
    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str, str, str | None], Article] | None = None  # (text, name, id) -> Article
    rows: Callable[..., Iterator[Source]] | None = None  # (path, columns) -> Sources, for many per file
    in_folders: bool = False  # found when a folder is searched


def _text(text: str, name: str, id: str | None) -> Article:
    return Article(id=id or Path(name).stem, text=text, path=name, meta={"format": "txt"})


def _markdown(text: str, name: str, id: str | None) -> Article:
    return Article(id=id or Path(name).stem, text=text, path=name, meta={"format": "md"})


def _html(markup: str, name: str, id: str | None) -> Article:
    from .html_input import html_to_text

    converted = html_to_text(markup)
    if not converted.text.strip():
        raise InputError(name, _("HTML with no text to audit"))
    return Article(id=id or Path(name).stem, text=converted.text, path=name, meta={"format": "html"},
                   html=converted)


def _corpus_rows(path, columns=None) -> Iterator[Source]:
    from .corpus import iter_sources

    return iter_sources(path, columns)


TEXT = InputKind("text", (".txt",), read=_text, in_folders=True)
KINDS: dict[str, InputKind] = {}


def register(kind: InputKind) -> None:
    """Add (or replace) an input kind; its suffixes then route files to it."""
    KINDS[kind.name] = kind


for _k in (TEXT, InputKind("markdown", (".md", ".markdown"), read=_markdown, in_folders=True),
           InputKind("html", (".html", ".htm"), read=_html),
           InputKind("corpus", (".jsonl", ".ndjson", ".csv", ".parquet"), rows=_corpus_rows)):
    register(_k)


def kind_for(path: str | os.PathLike) -> InputKind:
    """The kind of a path: by suffix, a saved dataset folder is a corpus, anything else is text."""
    p = Path(path)
    if p.is_dir():
        from .corpus import corpus_kind

        return KINDS["corpus"] if corpus_kind(p) else TEXT
    suffix = p.suffix.lower()
    for kind in KINDS.values():
        if suffix in kind.suffixes:
            return kind
    return TEXT


def folder_suffixes() -> tuple[str, ...]:
    return tuple(s for k in KINDS.values() if k.in_folders for s in k.suffixes)


def read_file(path: str | os.PathLike, id: str | None = None) -> Article:
    """One article from a file of a one-article kind (text, Markdown, HTML...)."""
    name = str(path)
    kind = kind_for(path)
    if kind.read is None:
        raise InputError(name, _("a {kind} file holds several articles; audit it with `mtaudit audit`").format(kind=kind.name))
    return kind.read(decode(read_bytes(path), name), name, id)


def read_data(data: bytes, name: str, id: str | None = None, suffix: str = ".txt") -> Article:
    """One article from bytes (stdin, a request body) read as the kind of `suffix`."""
    kind = next((k for k in KINDS.values() if suffix in k.suffixes and k.read), TEXT)
    return kind.read(decode(data, name), name, id)
