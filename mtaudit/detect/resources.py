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


@lru_cache(maxsize=256)
def _read_cached(path: str, mtime: float) -> str:
    return Path(path).read_text(encoding="utf-8-sig")


def read_text(path: str | os.PathLike) -> str:
    p = Path(path)
    try:
        return _read_cached(str(p), p.stat().st_mtime)
    except FileNotFoundError:
        raise DataFileError(_("{path}: data file not found").format(path=p)) from None
    except UnicodeDecodeError:
        raise DataFileError(_("{path}: data file is not UTF-8").format(path=p)) from None


@lru_cache(maxsize=128)
def _table_cached(path: str, mtime: float) -> tuple:
    return tuple(parse_table(read_text(path), path))


def load_table(path: str | os.PathLike) -> list[dict]:
    p = Path(path)
    if not p.exists():
        raise DataFileError(_("{path}: data file not found").format(path=p))
    return list(_table_cached(str(p), p.stat().st_mtime))


class Resources:
    """Tables by name: the packaged `<name>.tsv` (if any) followed by the user's files."""

    def __init__(self, data_files: dict | None = None):
        self.data_files = {k: list(v) for k, v in (data_files or {}).items()}
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

    def memo(self, key, build):
        """Cache a structure derived from tables (indexes, compiled patterns) for this config."""
        if key not in self._cache:
            self._cache[key] = build()
        return self._cache[key]
