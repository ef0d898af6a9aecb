"""Values derived from installed data, built once and kept on disk for later processes (cold start).

load_or_build(name, key, build) returns build()'s value, stored as marshal in the cache folder of
mtaudit.recache (MTAUDIT_CACHE_DIR; "off" disables it) under a file named after `name` and a digest
of `key`, which must name everything the value depends on (library versions, the digest of the code
that builds it). Any problem reading or writing the file falls back to building the value.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path


def source_digest(path: str | Path) -> str:
    """Digest of a file (the module that builds a value), for keys."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]
    except OSError:
        return "missing"


def load_or_build(name: str, key: tuple, build):
    from .recache import cache_dir

    d = cache_dir()
    if d is None:
        return build()
    digest = hashlib.sha256(repr((sys.version, key)).encode("utf-8")).hexdigest()[:16]
    path = d / f"{name}-{digest}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        d.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass
    return value
