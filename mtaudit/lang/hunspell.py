"""The system's Hunspell French dictionary (hunspell-fr), read once per process: the words it lists.
Only the word list is used (no affix rules): a listed lower-case form is a common word; the
listing's case tells a common noun ("latte") from a name ("Kelly")."""
from __future__ import annotations

import threading
from pathlib import Path

# searched in this order; the first file found is the dictionary
DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
NAMES = ("fr_FR.dic", "fr.dic")

_lock = threading.Lock()
_state: dict = {}


def path() -> Path | None:
    """The dictionary file, None when hunspell-fr is not installed."""
    with _lock:
        if "path" not in _state:
            _state["path"] = next((Path(d) / n for d in DIRS for n in NAMES if (Path(d) / n).exists()), None)
        return _state["path"]


def entries() -> frozenset:
    """Every form the dictionary lists, as written ("word/flags morph..." -> "word"); empty without it.
    Kept on disk by mtaudit.diskmemo, keyed on the file's path, size and modification time."""
    p = path()
    with _lock:
        if "entries" not in _state:
            if p is None:
                _state["entries"] = frozenset()
            else:
                from .. import diskmemo

                try:
                    st = p.stat()
                    key = (str(p), st.st_size, st.st_mtime_ns, diskmemo.source_digest(__file__))
                except OSError:
                    key = None
                _state["entries"] = read_entries(p) if key is None else \
                    diskmemo.load_or_build("hunspell", key, lambda: read_entries(p))
        return _state["entries"]


def read_entries(p: Path) -> frozenset:
    out = set()
    for line in p.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:  # line 1: count
        word = line.split("/", 1)[0].split("\t", 1)[0].split(" ", 1)[0].strip()
        if word:
            out.add(word)
    return frozenset(out)


def lower_entries() -> frozenset:
    """entries() in lower case."""
    with _lock:
        have = "lower" in _state
    if not have:
        low = frozenset(w.lower() for w in entries())
        with _lock:
            _state.setdefault("lower", low)
    return _state["lower"]


def lists(word: str) -> bool | None:
    """Is word listed exactly (case included)? None when there is no dictionary."""
    if path() is None:
        return None
    return word in entries()


def lists_common(word: str, plural: str = "s") -> bool | None:
    """Is the lower-case word listed, or, when it ends in one of the letters of `plural`, its singular
    (a common noun, adjective or verb, not just a name)? None when there is no dictionary."""
    if path() is None:
        return None
    listed = entries()
    return word in listed or (word.endswith(tuple(plural)) and word[:-1] in listed)
