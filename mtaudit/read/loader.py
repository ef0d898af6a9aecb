"""Finding and reading article files; every problem becomes an InputError naming the file."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .article import Article

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
MAX_BYTES = 20 * 1024 * 1024
# Files an mtaudit run writes beside the per-article reports (see runner.run_batch).
BATCH_OUTPUT_NAMES = frozenset({"index.html", "summary.csv", "consistency.csv", "mtaudit.sarif", "junit.xml"})


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


def is_mtaudit_output(path: str | os.PathLike) -> bool:
    """True for a file an mtaudit run wrote: a report (JSON, Markdown or HTML sheet), or a batch file.
    Recognised by content, so the outputs of an earlier run with another --out are skipped too."""
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            head = fh.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    suffix = p.suffix.lower()
    if p.name.lower().endswith(".mtaudit.xlf"):  # --format xliff: an annotated copy of an XLIFF input
        return True
    if suffix in (".md", ".markdown"):
        lines = head.splitlines()
        return len(lines) >= 3 and lines[0].startswith("# Quality sheet — ") and lines[2].startswith("**Quality ")
    if suffix == ".json":
        return '"schema": "mtaudit.report/' in head
    if suffix in (".html", ".htm"):
        return "<title>mtaudit — " in head
    if p.name in BATCH_OUTPUT_NAMES:
        return "mtaudit" in head or head.startswith("id,words,quality,verdict")
    return False


def inside(path: Path, folders) -> bool:
    """True when path is in one of the folders (resolved, so ./reports and reports agree)."""
    try:
        rp = path.resolve()
    except OSError:
        return False
    return any(rp == f or f in rp.parents for f in folders)


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


def output_problem(path: str | os.PathLike, outputs=()) -> str | None:
    """Why a file given as input must not be audited (it is mtaudit's own output), or None."""
    folders = [Path(o).resolve() for o in outputs]
    if folders and inside(Path(path), folders):
        return "is inside the output folder; mtaudit does not audit its own reports"
    if is_mtaudit_output(path):
        return "is a report written by mtaudit, not an article"
    return None


def discover(paths: list[str], suffixes=TEXT_SUFFIXES, exclude=None,
             outputs=()) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders (recursively) into article files, sorted; bad paths become errors.
    `exclude`: glob patterns for files found inside folders (see excluded()). `outputs`: output
    folders; nothing inside them, and no file mtaudit wrote, is ever read as an article."""
    files: list[Path] = []
    errors: list[InputError] = []
    folders = [Path(o).resolve() for o in outputs]
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            errors.append(InputError(raw, "no such file or folder"))
        elif p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes and not _hidden(f, p))
            found = [f for f in found if not inside(f, folders) and not is_mtaudit_output(f)]
            everything = found
            if exclude:
                found = [f for f in found if not excluded(f, p, exclude)]
            if not everything:
                errors.append(InputError(raw, f"folder has no {'/'.join(suffixes)} files"))
            files.extend(found)
        else:
            problem = output_problem(p, outputs)
            if problem:
                errors.append(InputError(raw, problem))
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
