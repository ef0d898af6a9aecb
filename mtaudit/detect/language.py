"""Article-level language identification with langdetect, seeded so results are deterministic."""
from __future__ import annotations

import threading

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
            langs = detect_langs(text[:20000])
        except LangDetectException:
            return {"code": "und", "confidence": 0.0, "engine": "langdetect"}
    best = langs[0]
    return {"code": best.lang, "confidence": round(best.prob, 3), "engine": "langdetect"}
