"""Finding and reading article files; every problem becomes an InputError naming the file."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .article import Article

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
MAX_BYTES = 20 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be audited; str() is a one-line message naming the input."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass
class Source:
    """One input to audit: a file, or a record from a corpus/stdin."""

    id: str
    path: str
    load: object  # callable returning Article (may raise InputError)


def decode(data: bytes, name: str) -> str:
    """Strict UTF-8 with a leading BOM removed; clear errors for binary and invalid bytes."""
    if b"\x00" in data[:8192]:
        raise InputError(name, "looks like a binary file (contains NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(name, f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}, line {line})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(name, "empty file (no text to audit)")
    return text


def read_article(path: str | os.PathLike, id: str | None = None) -> Article:
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, "no such file or folder")
    if p.is_dir():
        raise InputError(name, "is a folder, expected a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, f"file too large ({size} bytes, limit {MAX_BYTES})")
        data = p.read_bytes()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as e:
        raise InputError(name, f"cannot read ({e.strerror or e})") from None
    text = decode(data, name)
    return Article(id=id or p.stem, text=text, path=name, meta={"format": "md" if p.suffix.lower() in (".md", ".markdown") else "txt"})


def discover(paths: list[str], suffixes=TEXT_SUFFIXES, exclude=None) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders (recursively) into article files, sorted; bad paths become errors.
    `exclude`: glob patterns for files found inside folders (see excluded())."""
    files: list[Path] = []
    errors: list[InputError] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            errors.append(InputError(raw, "no such file or folder"))
        elif p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes and not _hidden(f, p))
            everything = found
            if exclude:
                found = [f for f in found if not excluded(f, p, exclude)]
            if not everything:
                errors.append(InputError(raw, f"folder has no {'/'.join(suffixes)} files"))
            files.extend(found)
        else:
            files.append(p)
    seen = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, errors


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


def excluded(f: Path, root: Path, patterns) -> bool:
    """A pattern without '/' matches the file name or any folder name ("drafts", "*.bak.md");
    one with '/' matches the path relative to the folder given, or as given ("drafts/**")."""
    from fnmatch import fnmatchcase

    rel = f.relative_to(root).as_posix()
    full = f.as_posix()
    parts = rel.split("/")
    for pat in patterns:
        pat = pat.strip().rstrip("/")
        if not pat:
            continue
        if "/" not in pat:
            if any(fnmatchcase(part, pat) for part in parts):
                return True
        elif any(fnmatchcase(path, pat) or fnmatchcase(path, pat + "/*") for path in (rel, full)):
            return True
    return False
