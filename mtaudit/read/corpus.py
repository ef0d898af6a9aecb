"""Corpus inputs: rows of .jsonl, .csv and .parquet files and Hugging Face datasets saved to disk.

Rows are streamed with the `datasets` library (never loaded whole) and become Sources like files
do. A row without usable text becomes a Source whose load() raises an InputError naming the file
and the row, so the other rows are still audited. Local files only: nothing touches the network.
"""
from __future__ import annotations

import codecs
import csv
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .article import Article
from .loader import MAX_BYTES, InputError, Source, nul_problem, surrogate_problem
from ..i18n import _

CORPUS_SUFFIXES = {".jsonl": "json", ".ndjson": "json", ".csv": "csv", ".parquet": "parquet"}
_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass
class Columns:
    text: str = "text"
    id: str = "id"
    source: str | None = None
    date: str = "date"  # optional: the article's date, when the column is there


def corpus_kind(path: str | os.PathLike) -> str | None:
    """'json' | 'csv' | 'parquet' | 'saved' for corpus inputs, None for anything else."""
    p = Path(path)
    if p.is_file():
        return CORPUS_SUFFIXES.get(p.suffix.lower())
    if p.is_dir() and ((p / "dataset_info.json").is_file() and (p / "state.json").is_file()
                       or (p / "dataset_dict.json").is_file()):
        return "saved"
    return None


ID_BYTES = 150  # a report's file name (id + ".mtaudit.xlf") stays under the 255 bytes a file system allows


def safe_id(value) -> str:
    """An article id usable as a file name: word characters, dots and dashes, at most ID_BYTES bytes
    in UTF-8 (fit_id)."""
    s = _UNSAFE.sub("_", str(value).strip()).strip("._")
    return fit_id(s)


def fit_id(s: str, limit: int = ID_BYTES) -> str:
    """s when it fits in `limit` bytes of UTF-8; else cut, with "-" and 8 hex digits of the whole
    id's digest after it, so that ids that begin alike stay apart."""
    data = s.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return s
    import hashlib

    return fit_bytes(s, limit - 9).rstrip("._-") + "-" + hashlib.sha256(data).hexdigest()[:8]


def fit_bytes(s: str, limit: int = ID_BYTES) -> str:
    """s cut to at most `limit` bytes of UTF-8, on a character boundary."""
    data = s.encode("utf-8")
    return s if len(data) <= limit else data[:limit].decode("utf-8", "ignore")


def _datasets():
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    import datasets

    logging.getLogger("datasets").setLevel(logging.CRITICAL)
    try:
        datasets.disable_progress_bars()
    except AttributeError:  # pragma: no cover - older datasets
        pass
    return datasets


def count_rows(path: str | os.PathLike) -> int | None:
    """How many rows (for progress and ETA), when it is cheap to know; None otherwise."""
    p = Path(path)
    kind = corpus_kind(p)
    try:
        if kind == "json":
            with open(p, "rb") as fh:
                return sum(1 for line in fh if line.strip())
        if kind == "csv":
            with open(p, encoding="utf-8-sig", newline="") as fh:
                return max(0, sum(1 for _ in csv.reader(fh)) - 1)
        if kind == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(p).metadata.num_rows
        if kind == "saved":  # memory-mapped: the length is known without reading rows
            obj = _datasets().load_from_disk(str(p))
            return sum(len(d) for d in obj.values()) if isinstance(obj, dict) else len(obj)
    except Exception:  # counting is only a nicety
        return None
    return None


# -- row streams ------------------------------------------------------------------------------

def _stream(path: Path, kind: str) -> Iterator[tuple[str | None, dict]]:
    """(split, row) pairs from the datasets library."""
    datasets = _datasets()
    if kind == "saved":
        obj = datasets.load_from_disk(str(path))
        if isinstance(obj, datasets.DatasetDict):
            for split in obj:
                for row in obj[split]:
                    yield split, row
        else:
            for row in obj:
                yield None, row
        return
    kwargs = {}
    if kind == "csv":
        with open(path, encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh), [])
        if header:  # every column as a string: "123" stays text, "NA" is not a missing value
            kwargs["features"] = datasets.Features({c: datasets.Value("string") for c in header})
            kwargs["keep_default_na"] = False
    ds = datasets.load_dataset(kind, data_files=str(path), split="train", streaming=True, **kwargs)
    for row in ds:
        yield None, row


def _plain_rows(path: Path, kind: str, skip: int) -> Iterator[tuple]:
    """Fallback readers for .jsonl/.csv after the datasets reader gave up on a malformed row:
    continue from row `skip`, turning each bad row into an InputError instead of losing the file.
    (split, row, the row's first line in the file) for a row, (split, InputError) for a bad one."""
    if kind == "json":
        n = line_no = 0
        with open(path, "rb") as fh:  # decoded line by line: a line that is not UTF-8 is that row's error
            for raw in fh:
                if line_no == 0 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8):]
                try:
                    lines = _LINE_BREAK.split(raw.decode("utf-8"))
                except UnicodeDecodeError as e:
                    line_no += 1
                    if not raw.strip():
                        continue
                    n += 1
                    if n > skip:
                        yield None, InputError(f"{path} row {n}", _bad_utf8(raw[e.start], line_no, e.start + 1), str(path), line_no)
                    continue
                if lines[-1] == "":  # the line's own break
                    lines.pop()
                for line in lines:
                    line_no += 1
                    if not line.strip():
                        continue
                    n += 1
                    if n <= skip:
                        continue
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as e:
                        yield None, InputError(f"{path} row {n}", _("not valid JSON (line {line}: {problem})").format(
                            line=line_no, problem=f"{e.msg} column {e.colno}"), str(path), line_no)  # json's msg ends "... at"
                        continue
                    if not isinstance(row, dict):
                        yield None, InputError(f"{path} row {n}", _("expected a JSON object (line {line})").format(
                            line=line_no), str(path), line_no)
                        continue
                    yield None, row, line_no
    elif kind == "csv":
        # bytes that are not UTF-8 become lone surrogates here, and their row an error
        with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, [])
            bad = _escaped(header)
            if bad:
                raise InputError(str(path), _("the header is not valid UTF-8 (byte {byte})").format(byte=bad))
            end = reader.line_num
            for n, cells in enumerate(reader, 1):
                start, end = end + 1, reader.line_num  # the record's first line (a quoted cell may span lines)
                if n <= skip:
                    continue
                bad = _escaped(cells)
                if bad:
                    yield None, InputError(f"{path} row {n}", _("not valid UTF-8 (byte {byte}, line {line})").format(
                        byte=bad, line=reader.line_num), str(path), start)
                    continue
                if len(cells) != len(header):
                    if not any(c.strip() for c in cells):
                        continue
                    yield None, InputError(f"{path} row {n}",
                                           _("{n} fields, header has {expected} (line {line})").format(
                                               n=len(cells), expected=len(header), line=reader.line_num),
                                           str(path), start)
                    continue
                yield None, dict(zip(header, cells)), start
    else:
        raise InputError(str(path), _("cannot be read"))


_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # as text mode reads lines
_ESCAPED = re.compile("[\udc80-\udcff]")


def _bad_utf8(byte: int, line: int, column: int) -> str:
    return _("not valid UTF-8 (line {line}: byte {byte} at column {column})").format(
        line=line, byte=f"0x{byte:02x}", column=column)


def _escaped(cells) -> str | None:
    """The first byte that was not UTF-8 (surrogateescape) in cells, as 0x.., or None."""
    for c in cells:
        m = _ESCAPED.search(c)
        if m:
            return f"0x{ord(m.group()) - 0xdc00:02x}"
    return None


def iter_rows(path: Path, kind: str, text_column: str | None = None) -> Iterator[tuple]:
    """(split, row, line) for each row, line being the row's first line in the file (None where the
    format has no lines: parquet, saved datasets); (split, InputError) for a row that cannot be read."""
    done = 0
    if kind == "json":  # line by line with Python's json: values keep the types they are written with
        # (pyarrow's inference made an id "2024-01-02" a timestamp, and 1 beside 2.5 the float 1.0)
        try:
            yield from _plain_rows(path, kind, 0)
        except UnicodeDecodeError:
            raise InputError(str(path), _("not valid UTF-8")) from None
        return
    lines = _csv_lines(path, text_column) if kind == "csv" else None
    try:
        for split, row in _stream(path, kind):
            done += 1
            yield split, row, _line_of(lines, row, text_column)
        return
    except InputError:
        raise
    except UnicodeDecodeError:  # .csv: read on by the plain reader, bad rows as errors
        if kind != "csv":
            raise InputError(str(path), _("not valid UTF-8")) from None
    except Exception as e:
        if kind not in ("json", "csv"):
            raise InputError(str(path), _("cannot read {kind} data ({problem})").format(kind=kind, problem=f"{type(e).__name__}: {e}")) from None
    try:
        yield from _plain_rows(path, kind, done)
    except UnicodeDecodeError:
        raise InputError(str(path), _("not valid UTF-8 (after row {n})").format(n=done)) from None


def _csv_lines(path: Path, text_column: str | None) -> Iterator[tuple[int, str | None]]:
    """(first line, text cell) of each record of a CSV file but blank lines, which the datasets
    reader skips too: what numbers its rows' lines."""
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        k = header.index(text_column) if text_column in header else None
        end = reader.line_num
        for cells in reader:
            start, end = end + 1, reader.line_num
            if cells:
                yield start, cells[k] if k is not None and k < len(cells) else None


def _line_of(lines, row: dict, text_column: str | None) -> int | None:
    """The next record's first line, when that record is this row (its text cell is the row's text);
    else None, and None for every later row (the two readers no longer walk together)."""
    if lines is None:
        return None
    got = next(lines, None)
    if got is None or text_column is None or got[1] != row.get(text_column):
        lines.close()  # closes the file; next() now gives None for every later row
        return None
    return got[0]


# -- sources ----------------------------------------------------------------------------------

def iter_sources(path: str | os.PathLike, columns: Columns | None = None, stem: str | None = None) -> Iterator[Source]:
    """One Source per row. File-level problems raise InputError; row problems are Sources whose
    load() raises. stem: what numbered row ids start with (default: the file's stem; a run gives
    same-named files of different folders their path, "news__rows")."""
    cols = columns or Columns()
    p = Path(path)
    kind = corpus_kind(p)
    if kind is None and not p.exists():
        raise InputError(str(path), _("no such file or folder"))
    if kind is None:
        raise InputError(str(path), _("not a corpus file (.jsonl, .csv, .parquet or a saved dataset folder)"))
    stem = stem or safe_id(p.stem if kind != "saved" else p.name) or "row"
    counters: dict = {}
    checked = False
    for split, row, *line in iter_rows(p, kind, cols.text):
        counters[split] = counters.get(split, 0) + 1
        n = counters[split]
        where = f"{path} row {n}" if split is None else f"{path} [{split}] row {n}"
        if isinstance(row, InputError):
            err = row
            yield Source(id=f"{stem}-{n}", path=where, load=_raiser(err))
            continue
        if not checked:
            checked = True
            missing = [c for c in (cols.text, cols.source) if c and c not in row]
            if missing:
                raise InputError(str(path), _("no column {column} (columns: {columns}); choose with {option}").format(
                    column=repr(missing[0]), columns=", ".join(map(str, row)),
                    option="--text-column" if missing[0] == cols.text else "--source-column"))
        raw_id = row.get(cols.id) if cols.id else None
        ident = safe_id(raw_id) if raw_id not in (None, "") else ""
        if not ident:
            ident = f"{stem}-{n}" if split is None else f"{stem}-{split}-{n}"
        text = row.get(cols.text)
        src = row.get(cols.source) if cols.source else None
        # the id as written, and the file name it became when that differs ("x/y" -> "x_y")
        label = f"{where} (id {ident!r})" if raw_id in (None, "") or str(raw_id) == ident \
            else f"{where} (id {str(raw_id)!r} -> {ident!r})"
        problem = None
        if text is None:
            problem = f"no text (column {cols.text!r} is missing or null)"
        elif not isinstance(text, str):
            problem = f"text is not a string (column {cols.text!r} holds {type(text).__name__})"
        elif not text.strip():
            problem = f"empty text (column {cols.text!r})"
        else:
            problem = nul_problem(text) or surrogate_problem(text) \
                or (surrogate_problem(src) if isinstance(src, str) else None) \
                or _too_large(text, cols.text) or (_too_large(src, cols.source) if isinstance(src, str) else None)
        if problem:
            yield Source(id=ident, path=label, load=_raiser(InputError(label, problem, str(path), line[0] if line else None)))
            continue
        meta = {"format": "corpus", "corpus": str(path), "row": n}
        if split is not None:
            meta["split"] = split
        if line and line[0] is not None:  # the row's first line in the file (SARIF, GitHub, JUnit)
            meta["line"] = line[0]
        if row.get(cols.date) not in (None, ""):
            from .dates import DateError, parse_date

            try:
                meta["date"] = parse_date(row[cols.date])
                meta["date_source"] = f"column {cols.date!r}"
            except DateError as e:
                yield Source(id=ident, path=label, load=_raiser(InputError(label, f"column {cols.date!r}: {e}", str(path),
                                                                           line[0] if line else None)))
                continue
        article = Article(id=ident, text=text, path=f"{path}#row={n}" if split is None else f"{path}#{split}:{n}",
                          meta=meta, source=src if isinstance(src, str) and src.strip() else None)
        yield Source(id=ident, path=label, load=_returner(article))
    if not counters:  # an empty file, blank lines, a header alone
        raise InputError(str(path), _("no rows (nothing to audit)"))


def _too_large(text: str, column: str) -> str | None:
    """Why a row's text is refused for its size (the limit a file has), or None."""
    if len(text) * 4 <= MAX_BYTES:  # at most 4 bytes a character: no need to count
        return None
    size = len(text.encode("utf-8"))
    if size <= MAX_BYTES:
        return None
    return _("text too large ({size} bytes, limit {limit}; column {column}); split it into articles").format(
        size=size, limit=MAX_BYTES, column=repr(column))


def _raiser(err: InputError):
    def load():
        raise err
    return load


def _returner(article: Article):
    return lambda: article
