"""Values derived from installed data, built once and kept on disk for later processes (cold start).

load_or_build(name, key, build) returns build()'s value, stored with marshal in the cache folder of
mtaudit.recache (MTAUDIT_CACHE_DIR; "off" disables it) under a file named after `name` and a digest
of `key`. The key must name everything the value depends on (library versions, digests of the code
and of the data that build it). A file holds a header, a SHA-256 of its body, then the marshalled
(key, value): a damaged file (bad checksum, truncated, not marshal) or one written for another key
is ignored and rebuilt; a folder that cannot be written (read-only, missing, a file) only means the
value is built again next time. encode/decode turn a value that marshal cannot store (objects) into
one it can (tuples, frozensets) and back; a decode that raises also means a rebuild.

Old values do not pile up: a read marks its file as used (its modification time, at most once an
hour), and each write removes the files of the same name that no process has used for MAX_AGE (values
of older code or data; another checkout in use keeps its own) and temporary files left by a process
that died while writing.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import time
from pathlib import Path

MAGIC = b"mtaudit-memo/2\n"
MAX_AGE = 14 * 86400.0  # seconds unused after which a value's file is removed
STALE_TMP = 3600.0  # seconds after which a left-over temporary file is removed
_FILE = re.compile(r"(?P<name>.+)-[0-9a-f]{16}\.marshal(?P<tmp>\.\d+\.tmp)?")
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
    if stored_key != full_key:
        return _MISSING
    _mark_used(path)
    return value


def _mark_used(path: Path) -> None:
    try:
        now = time.time()
        if now - path.stat().st_mtime > 3600:
            os.utime(path, (now, now))
    except OSError:  # a read-only cache still serves its values
        pass


def prune(folder: Path, name: str, max_age: float = MAX_AGE) -> list[Path]:
    """Remove the files of `name` unused for max_age seconds and its temporary files left for
    STALE_TMP; returns what was removed. Files of other names are not touched."""
    now = time.time()
    gone = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return gone
    for f in entries:
        m = _FILE.fullmatch(f.name)
        if not m or m["name"] != name:
            continue
        try:
            age = now - f.stat().st_mtime
            if age > (STALE_TMP if m["tmp"] else max_age):
                f.unlink()
                gone.append(f)
        except OSError:
            pass
    return gone


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
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass
        return False
    prune(path.parent, path.name.rsplit("-", 1)[0])
    return True
