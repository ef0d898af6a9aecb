"""Atomic file writes: a reader never sees a half-written report."""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path


def file_mode() -> int:
    """0666 less the process umask: what open() would give (mkstemp alone gives 0600)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: str | os.PathLike, text: str | Iterable[str]) -> None:
    """Write text, or the pieces of one (json_pieces: a large report is never one string), to a
    temporary file in the same folder, then rename it to path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # a short temporary name: the final one may be near the file system's 255 bytes already
    fd, tmp = tempfile.mkstemp(prefix=".mtaudit-", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            if isinstance(text, str):
                fh.write(text)
            else:
                for piece in text:
                    fh.write(piece)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def to_json(report: dict) -> str:
    """Deterministic JSON: same input and configuration give byte-identical output."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


PIECE_CHARS = 1 << 16


def json_pieces(obj) -> Iterator[str]:
    """to_json(obj) in pieces of about PIECE_CHARS characters: the same text once joined, without
    holding it whole. json.dumps with an indent builds the list of every small piece of the text,
    then joins them: for a report of 50,000 findings (a 69 MB SARIF log) several times the text's
    size at once."""
    batch, size = [], 0
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(obj):
        batch.append(chunk)
        size += len(chunk)
        if size >= PIECE_CHARS:
            yield "".join(batch)
            batch, size = [], 0
    batch.append("\n")
    yield "".join(batch)


def line_of(text: str):
    """A function giving the 1-based line of a code-point offset in text (bisect, not a rescan); lines
    end as SARIF and the text format count them (LF, CRLF, a lone CR)."""
    from ..read.article import line_col, line_starts

    starts = line_starts(text)
    return lambda offset: line_col(starts, offset)[0]
