"""A cross-process cache of compiled regular expressions (for cold start).

Python compiles a regex in two steps: parse + optimise (pure Python, slow for large character
classes) and `_sre.compile` of the resulting opcode list (fast, in C). spaCy's French tokenizer
builds one pattern with hundreds of alternatives over huge Unicode classes: about 6 s of parsing at
every start. This module remembers the opcode list of each pattern compiled while it is installed,
keyed on the pattern, its flags and the exact Python and `_sre` versions, and hands it straight to
`_sre.compile` in later processes. The compiled object is the same one `re` would have built, so
behaviour is identical. The cache lives in $MTAUDIT_CACHE_DIR (default ~/.cache/mtaudit);
MTAUDIT_CACHE_DIR=off disables it. Any problem reading or writing it falls back to plain `re`.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import sys
import threading
import time
from pathlib import Path

import _sre
from re import _compiler

_VERSION = f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXREPEAT}|{_sre.MAXGROUPS}"
MIN_SECONDS = 0.002  # patterns faster than this to compile are not worth storing
MAX_ENTRIES = 5000  # a bound on the file (user data can bring new patterns)

_lock = threading.Lock()
_original = _compiler.compile
_entries: dict = {}
_dirty = False
_installed = False
_path: Path | None = None


def switched_off() -> bool:
    """True when MTAUDIT_CACHE_DIR says no cache (off, 0, none): for every cache of mtaudit."""
    return os.environ.get("MTAUDIT_CACHE_DIR", "").strip().lower() in ("off", "0", "none")


def cache_dir() -> Path | None:
    where = os.environ.get("MTAUDIT_CACHE_DIR", "")
    if switched_off():
        return None
    if where:
        return Path(where)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "mtaudit"


def _file(d: Path) -> Path:
    return d / f"re-{hashlib.sha256(_VERSION.encode()).hexdigest()[:16]}.marshal"


def _compile(p, flags=0):
    global _dirty
    if not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
        return _original(p, flags)
    flags = int(flags)
    key = (p, flags)
    hit = _entries.get(key)
    if hit is not None:
        try:
            return _sre.compile(p, *hit)
        except Exception:  # a damaged entry: forget it and compile normally
            _entries.pop(key, None)
    t = time.perf_counter()
    pat = _original(p, flags)
    if time.perf_counter() - t >= MIN_SECONDS and len(_entries) < MAX_ENTRIES:
        parsed = _compiler._parser.parse(p, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]
        groupindex = {k: int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        with _lock:
            _entries[key] = entry
            _dirty = True
    return pat


def install() -> bool:
    """Route regex compilation through the cache (idempotent). False when the cache is off."""
    global _installed, _path, _entries
    if _installed:
        return True
    d = cache_dir()
    if d is None:
        return False
    _path = _file(d)
    try:
        data = marshal.loads(_path.read_bytes())
        if isinstance(data, dict) and data.get("version") == _VERSION:
            _entries = data["entries"]
    except Exception:  # missing, unreadable or from another version: start empty
        _entries = {}
    _compiler.compile = _compile
    import re

    # re keeps 512 compiled patterns; Grammalecte alone cycles through more, recompiling each time
    re._MAXCACHE = max(getattr(re, "_MAXCACHE", 512), 8192)
    _installed = True
    atexit.register(save)
    return True


def save() -> None:
    """Write new entries (atomically; concurrent writers each write a whole file)."""
    global _dirty
    if not _installed or not _dirty or _path is None:
        return
    try:
        with _lock:
            data = marshal.dumps({"version": _VERSION, "entries": dict(_entries)})
            _dirty = False
        _path.parent.mkdir(parents=True, exist_ok=True)
        tmp = _path.with_name(f"{_path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, _path)
    except (OSError, ValueError):
        pass
