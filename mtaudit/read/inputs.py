"""One reader for every input kind: each kind turns a path (or bytes) into Articles.

Kinds are declared in KINDS, by file suffix:
  text      .txt (and any unknown suffix)   the file's text as is
  markdown  .md .markdown                  as is (Markdown syntax is left to the markup rules)
  html      .html .htm                     tags stripped; Article.html maps offsets back to the HTML
  corpus    .jsonl .ndjson .csv .parquet, saved datasets   one Article per row (see corpus.py)
  bilingual XLIFF, TMX, PO, and .csv/.tsv/.xml whose content says so   one Article per file, one
            segment per unit (read/bilingual.py); the files of a run are read together, so the
            consistency rules see one translation memory across them (l10n/batch.py)

`audit`, `check` and the service all read through here, so `audit x.html` and `check x.html`
audit the same text. A new kind plugs in with `register(InputKind(...))`: give it `read` for one
article per file, `rows` for several (like a corpus), or `batch` for files read together; `claims`
lets a kind take a file by its content (a .csv with a target column is bilingual, not a corpus).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .article import Article
from .loader import WIDE_BOMS, InputError, Source, decode, read_bytes
from ..i18n import _


@dataclass(frozen=True)
class InputKind:
    name: str
    suffixes: tuple[str, ...]
    read: Callable[[str, str, str | None], Article] | None = None  # (text, name, id) -> Article
    rows: Callable[..., Iterator[Source]] | None = None  # (path, columns) -> Sources, for many per file
    in_folders: bool = False  # found when a folder is searched
    # (path, target_column, named) -> bool: the file is of this kind by its content; a kind with `claims`
    # gets a file only when it claims it (checked before the suffixes of the other kinds). `named`: the
    # file was named (on the command line), not found in a folder
    claims: Callable[[Path, str, bool], bool] | None = None
    # (files, columns, target_column, ids) -> a reader with .article(path): the files of a run read together
    batch: Callable[..., object] | None = None
    folder_suffixes: tuple[str, ...] | None = None  # searched in folders (default: all its suffixes)


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


def _corpus_rows(path, columns=None, stem=None) -> Iterator[Source]:
    from .corpus import iter_sources

    return iter_sources(path, columns, stem=stem)


def _bilingual_claims(path: Path, target_column: str = "target", named: bool = True) -> bool:
    from .bilingual import bilingual_kind

    return bilingual_kind(path, target_column, named) is not None


def _bilingual_batch(files, columns=None, target_column: str = "target", ids=None):
    from ..l10n.batch import BilingualBatch

    return BilingualBatch(files, columns, target_column, ids)


def _bilingual() -> InputKind:
    from .bilingual import BILINGUAL_SUFFIXES

    suffixes = tuple(BILINGUAL_SUFFIXES) + (".xml",)
    # .csv only when named (a folder's .csv may be a corpus); .tsv/.xml found in a folder only when claimed
    return InputKind("bilingual", suffixes, in_folders=True, claims=_bilingual_claims, batch=_bilingual_batch,
                     folder_suffixes=tuple(s for s in suffixes if s != ".csv"))


TEXT = InputKind("text", (".txt",), read=_text, in_folders=True)
KINDS: dict[str, InputKind] = {}


def register(kind: InputKind) -> None:
    """Add (or replace) an input kind; its suffixes then route files to it."""
    KINDS[kind.name] = kind


for _k in (TEXT, InputKind("markdown", (".md", ".markdown"), read=_markdown, in_folders=True),
           InputKind("html", (".html", ".htm"), read=_html),
           InputKind("corpus", (".jsonl", ".ndjson", ".csv", ".parquet"), rows=_corpus_rows),
           _bilingual()):
    register(_k)


def kind_for(path: str | os.PathLike, target_column: str = "target", named: bool = True) -> InputKind:
    """The kind of a path: a kind that claims it by content, else by suffix; a saved dataset folder
    is a corpus, anything else is text. `named` (the default): the path was named, not found in a
    folder; a named .tsv that is plainly a table is bilingual even when its header names no known
    column (reading it is then an error naming its columns)."""
    p = Path(path)
    if p.is_dir():
        from .corpus import corpus_kind

        return KINDS["corpus"] if corpus_kind(p) else TEXT
    suffix = p.suffix.lower()
    for kind in KINDS.values():
        if kind.claims is not None and suffix in kind.suffixes and kind.claims(p, target_column, named):
            return kind
    for kind in KINDS.values():
        if kind.claims is None and suffix in kind.suffixes:
            return kind
    return TEXT


def folder_suffixes() -> tuple[str, ...]:
    """The suffixes a folder search looks for, kind by kind."""
    return tuple(s for k in KINDS.values() if k.in_folders
                 for s in (k.folder_suffixes if k.folder_suffixes is not None else k.suffixes))


def keep_found(path: Path, target_column: str = "target") -> bool:
    """Is a file found in a folder an input? One whose suffix only kinds with `claims` have (.tsv,
    .xml) is one when such a kind claims it."""
    suffix = path.suffix.lower()
    if any(k.claims is None and suffix in k.suffixes for k in KINDS.values()):
        return True
    return kind_for(path, target_column, named=False).claims is not None


def read_file(path: str | os.PathLike, id: str | None = None, target_column: str = "target",
              columns=None) -> Article:
    """One article from a file of a one-article kind (text, Markdown, HTML, one bilingual file...).
    columns: a bilingual table's source and id columns (read.corpus.Columns), None for the defaults."""
    name = str(path)
    kind = kind_for(path, target_column)
    if kind.batch is not None:  # read alone: a batch of one file
        return kind.batch([path], columns, target_column).article(path, id=id)
    if kind.read is None:
        raise InputError(name, _("a {kind} file holds several articles; audit it with `mtaudit audit`").format(kind=kind.name))
    data = read_bytes(path)
    return kind.read(decode_html(data, name) if kind.name == "html" else decode(data, name), name, id)


def decode_html(data: bytes, name: str) -> str:
    """HTML bytes as text: as decode() reads them (UTF-8, or a byte-order mark's codec); bytes that are
    not UTF-8 are read in the charset the document declares in its head (<meta charset>, or
    http-equiv Content-Type), as browsers do."""
    from .html_input import declared_charset

    try:
        return decode(data, name)
    except InputError as e:
        charset = declared_charset(data)
        if charset is None or b"\x00" in data or data.startswith(tuple(b for b, _c in WIDE_BOMS)):
            raise
        try:
            text = data.decode(charset)
        except UnicodeDecodeError as bad:
            raise InputError(name, _("not valid {charset} as its <meta> declares (bad byte at offset {offset})").format(
                charset=charset.upper(), offset=bad.start)) from None
        except LookupError:
            raise e from None
        return decode(text.encode("utf-8"), name)


def read_data(data: bytes, name: str, id: str | None = None, suffix: str = ".txt") -> Article:
    """One article from bytes (stdin, a request body) read as the kind of `suffix`."""
    kind = next((k for k in KINDS.values() if suffix in k.suffixes and k.read), TEXT)
    return kind.read(decode_html(data, name) if kind.name == "html" else decode(data, name), name, id)


def read_html_str(html: str, name: str, id: str | None = None) -> Article:
    """One article from HTML given as a str (the API, a request). A leading byte-order mark counts as
    a character of what was sent: it is read as a space, so that html_start/html_end count it too."""
    if html.startswith("\ufeff"):
        html = " " + html[1:]
    article = read_data(html.encode("utf-8"), name, id=id, suffix=".html")
    article.path = None
    return article
