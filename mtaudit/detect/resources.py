"""Data files (lexicons, name lists, patterns) shipped in mtaudit/data/ plus the user's own.

Tables are TSV: lines starting with '#' document the columns, the first other line names the
columns, every following line is one row. A user's file for the same table uses the same columns
(extra columns are ignored, missing ones are empty). Plain word lists (.txt) have one entry per line.
"""
from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

from ..errors import MtauditError
from ..i18n import _


class DataFileError(MtauditError, ValueError):
    pass


def data_path(name: str) -> Path:
    return Path(str(importlib_resources.files("mtaudit") / "data" / name))


def parse_table(text: str, source: str = "<table>") -> list[dict]:
    header = None
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise DataFileError(_("{where}: {n} columns, header has {expected}").format(
                where=f"{source}:{n}", n=len(cells), expected=len(header)))
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        row["_source"] = f"{source}:{n}"
        rows.append(row)
    if header is None:
        raise DataFileError(_("{path}: no header line").format(path=source))
    return rows


def parse_list(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def file_stamp(path: str | os.PathLike) -> tuple:
    """(absolute path, mtime_ns, size) of a file: what tells that it was edited (or, for a relative
    path, that another folder's file of that name is meant). mtime and size None when it cannot be read."""
    full = os.path.abspath(path)
    try:
        st = os.stat(full)
    except (OSError, ValueError):
        return full, None, None
    return full, st.st_mtime_ns, st.st_size


def files_stamp(paths) -> tuple:
    return tuple(file_stamp(p) for p in paths)


@lru_cache(maxsize=256)
def _read_cached(path: str, mtime_ns: int, size: int) -> str:
    return Path(path).read_text(encoding="utf-8-sig")


def read_text(path: str | os.PathLike) -> str:
    p = Path(path)
    try:
        st = p.stat()
        return _read_cached(str(p), st.st_mtime_ns, st.st_size)
    except FileNotFoundError:
        raise DataFileError(_("{path}: data file not found").format(path=p)) from None
    except UnicodeDecodeError:
        raise DataFileError(_("{path}: data file is not UTF-8").format(path=p)) from None


@lru_cache(maxsize=128)
def _table_cached(path: str, mtime_ns: int, size: int) -> tuple:
    return tuple(parse_table(read_text(path), path))


def load_table(path: str | os.PathLike) -> list[dict]:
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise DataFileError(_("{path}: data file not found").format(path=p)) from None
    return list(_table_cached(str(p), st.st_mtime_ns, st.st_size))


def data_stamp(data_files: dict | None) -> tuple:
    """The user's data files ({table: [paths]}) as they are now: a Resources built from them holds
    while this stays the same (see pipeline.resources_for)."""
    return tuple((name, files_stamp(paths)) for name, paths in sorted((data_files or {}).items()))


class Resources:
    """Tables by name: the packaged `<name>.tsv` (if any) followed by the user's files.

    What it reads and builds is kept for its life: a long-lived process (the service, the worker)
    gets a fresh one from pipeline.resources_for() once a user's file changes (`stamp`)."""

    def __init__(self, data_files: dict | None = None, stamp: tuple | None = None):
        self.data_files = {k: list(v) for k, v in (data_files or {}).items()}
        self.stamp = stamp if stamp is not None else data_stamp(self.data_files)
        self._cache: dict = {}

    def table(self, name: str) -> list[dict]:
        key = ("table", name)
        if key not in self._cache:
            rows = []
            builtin = data_path(f"{name}.tsv")
            if builtin.exists():
                rows.extend(load_table(builtin))
            for extra in self.data_files.get(name, []):
                rows.extend(load_table(extra))
            self._cache[key] = rows
        return self._cache[key]

    def words(self, name: str) -> frozenset:
        """A word list: packaged `<name>.txt` plus user files (.txt lists or TSV first column)."""
        key = ("words", name)
        if key not in self._cache:
            out = set()
            builtin = data_path(f"{name}.txt")
            if builtin.exists():
                out.update(parse_list(read_text(builtin)))
            for extra in self.data_files.get(name, []):
                if str(extra).endswith(".tsv"):
                    out.update(next(iter(r.values())) for r in load_table(extra))
                else:
                    out.update(parse_list(read_text(extra)))
            self._cache[key] = frozenset(out)
        return self._cache[key]

    def memo(self, key, build, files: tuple | None = None):
        """Cache a structure derived from tables (indexes, compiled patterns) for this config.
        files: other files it is built from (a glossary): rebuilt when one of them changes."""
        if files is None:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]
        stamp = files_stamp(files)
        got = self._cache.get(key)
        if got is None or got[0] != stamp:
            got = self._cache[key] = (stamp, build())
        return got[1]
