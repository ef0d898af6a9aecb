"""Article-level language identification with langdetect, seeded so results are deterministic.

langdetect reads its 55 language profiles (JSON) into one table of n-gram probabilities at the first
detection (about 0.4 s). The table is kept on disk by mtaudit.diskmemo (keyed on langdetect's
version and its profile files) in a sparse form: an n-gram is known to 2 languages on average, so
each n-gram keeps only its (language index, probability) pairs, packed as bytes."""
from __future__ import annotations

import struct
import threading

from .. import diskmemo

_lock = threading.Lock()


def detect_language(text: str) -> dict:
    try:
        from langdetect import DetectorFactory, detect_langs
        from langdetect.lang_detect_exception import LangDetectException
    except ImportError:
        return {"code": "und", "confidence": 0.0, "engine": "none"}
    with _lock:  # the seed is global state in langdetect
        DetectorFactory.seed = 0
        try:
            _init_factory()
            langs = detect_langs(text[:20000])
        except LangDetectException:
            return {"code": "und", "confidence": 0.0, "engine": "langdetect"}
    best = langs[0]
    return {"code": best.lang, "confidence": round(best.prob, 3), "engine": "langdetect"}


PAIR = struct.Struct("<Hd")  # language index, probability (a C double: the same float back)


class SparseRows(dict):
    """langdetect's n-gram table: n-gram -> probability per language (a list as long as the language
    list), stored as packed (language index, probability) pairs and expanded on first use."""

    def __init__(self, rows: dict, width: int):
        super().__init__(rows)
        self.width = width
        self._lists: dict = {}

    def __getitem__(self, word):
        row = self._lists.get(word)
        if row is None:
            row = [0.0] * self.width
            for i, p in PAIR.iter_unpack(dict.__getitem__(self, word)):
                row[i] = p
            self._lists[word] = row
        return row

    def get(self, word, default=None):
        return self[word] if word in self else default


def _init_factory() -> None:
    """langdetect's shared factory, from the disk memo when it holds this installation's profiles."""
    from langdetect import detector_factory

    if detector_factory._factory is not None:
        return
    try:
        key = _profiles_key(detector_factory.PROFILES_DIRECTORY)
    except (OSError, AttributeError):
        return  # langdetect loads its profiles itself
    detector_factory._factory = diskmemo.load_or_build("langdetect", key, _plain_factory, _encode, _decode)


def _profiles_key(folder) -> tuple:
    import os
    from importlib.metadata import version

    # load_profile reads the folder in os.listdir order: that order is the language order
    names = os.listdir(folder)
    stats = [os.stat(os.path.join(folder, n)) for n in names]
    from ..diskmemo import source_digest

    return (version("langdetect"), str(folder), tuple((n, s.st_size, s.st_mtime_ns) for n, s in zip(names, stats)),
            source_digest(__file__))


def _plain_factory():
    from langdetect import detector_factory

    factory = detector_factory.DetectorFactory()
    factory.load_profile(detector_factory.PROFILES_DIRECTORY)
    return factory


def _encode(factory) -> tuple:
    rows = factory.word_lang_prob_map
    width = len(next(iter(rows.values()))) if rows else 0
    return (list(factory.langlist), width,
            {w: b"".join(PAIR.pack(i, p) for i, p in enumerate(row) if p) for w, row in rows.items()})


def _decode(data):
    from langdetect import detector_factory

    langlist, width, rows = data
    if not (isinstance(langlist, list) and langlist and type(width) is int and isinstance(rows, dict)
            and all(type(v) is bytes and len(v) % PAIR.size == 0 for v in rows.values())):
        raise diskmemo.BadValue("bad stored profiles")
    factory = detector_factory.DetectorFactory()
    factory.langlist = langlist
    factory.word_lang_prob_map = SparseRows(rows, width)
    return factory
