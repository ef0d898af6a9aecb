"""Values derived from installed data, built once and kept on disk for later processes (cold start).

load_or_build(name, key, build) returns build()'s value, stored with marshal in the cache folder of
mtaudit.recache (MTAUDIT_CACHE_DIR; "off" disables it) under a file named after `name` and a digest
of `key`. The key must name everything the value depends on (library versions, digests of the code
and of the data that build it). A file holds a header, a SHA-256 of its body, then the marshalled
(key, value): a damaged file (bad checksum, truncated, not marshal) or one written for another key
is ignored and rebuilt; a folder that cannot be written (read-only, missing, a file) only means the
value is built again next time. encode/decode turn a value that marshal cannot store (objects) into
one it can (tuples, frozensets) and back; a decode that raises also means a rebuild.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path

MAGIC = b"mtaudit-memo/2\n"
_MISSING = object()


class BadValue(ValueError):
    """Raised by a decode that cannot use a stored value (internal: the value is built again)."""


def source_digest(*paths: str | Path) -> str:
    """Digest of files (the modules that build a value), for keys."""
    h = hashlib.sha256()
    for path in paths:
        try:
            h.update(Path(path).read_bytes())
        except OSError:
            h.update(b"missing")
        h.update(b"\0")
    return h.hexdigest()[:16]


def data_digest(value) -> str:
    """Digest of plain data (rows of a table: strings, numbers, tuples, lists, dicts), for keys."""
    return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def path_for(name: str, key: tuple) -> Path | None:
    """The file that holds name's value for key (None when the cache is off)."""
    from .recache import cache_dir

    d = cache_dir()
    if d is None:
        return None
    digest = hashlib.sha256(_full_key(name, key).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return d / f"{name}-{digest}.marshal"


def _full_key(name: str, key: tuple) -> str:
    return repr((sys.version, marshal.version, name, key))


def load_or_build(name: str, key: tuple, build, encode=None, decode=None):
    path = path_for(name, key)
    if path is None:
        return build()
    full = _full_key(name, key)
    stored = read(path, full)
    if stored is not _MISSING:
        try:
            return decode(stored) if decode is not None else stored
        except Exception:  # a stored value this code cannot use: build it again
            pass
    value = build()
    try:
        write(path, full, encode(value) if encode is not None else value)
    except Exception:  # a value marshal cannot store: still a good value
        pass
    return value


def read(path: Path, full_key: str):
    """The value stored in path for full_key, or _MISSING."""
    try:
        data = path.read_bytes()
    except OSError:
        return _MISSING
    head = len(MAGIC)
    if not data.startswith(MAGIC) or len(data) < head + 32:
        return _MISSING
    body = data[head + 32:]
    if hashlib.sha256(body).digest() != data[head:head + 32]:
        return _MISSING
    try:
        stored_key, value = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return _MISSING
    return value if stored_key == full_key else _MISSING


def write(path: Path, full_key: str, value) -> bool:
    """Store value atomically (a reader sees the old file or the new one); False when it cannot."""
    try:
        body = marshal.dumps((full_key, value))
    except ValueError:
        return False
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(MAGIC + hashlib.sha256(body).digest() + body)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
        return False
