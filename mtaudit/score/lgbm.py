"""LightGBM trees scored through LightGBM's C API (ctypes), without its Python package: importing
`lightgbm` imports scikit-learn and pandas (about 3 s), which a one-article `mtaudit check` cannot pay.
The library is the one the `lightgbm` wheel installs (a dependency); the calls are those of its
c_api.h: load a model, count its features, predict raw scores for a row-major float32 matrix."""
from __future__ import annotations

import ctypes
import importlib.util
import sys
import threading
from pathlib import Path

import numpy as np

_DTYPE_FLOAT32 = 0
_ROW_MAJOR = 1
_PREDICT_RAW_SCORE = 1
_lib = None
_lib_lock = threading.Lock()


def _library():
    global _lib
    with _lib_lock:
        if _lib is None:
            from ..i18n import _

            spec = importlib.util.find_spec("lightgbm")
            if spec is None or not spec.submodule_search_locations:
                raise RuntimeError(_("LightGBM is not installed (pip install lightgbm): the word model needs it"))
            name = {"win32": "lib_lightgbm.dll", "darwin": "lib_lightgbm.dylib"}.get(sys.platform, "lib_lightgbm.so")
            here = Path(next(iter(spec.submodule_search_locations)))
            found = [p for p in (here / "lib" / name, here / "bin" / name, here.parent / name) if p.is_file()]
            if not found:
                raise RuntimeError(_("LightGBM's library {name} is not in {path}").format(name=name, path=str(here)))
            lib = ctypes.cdll.LoadLibrary(str(found[0]))
            lib.LGBM_GetLastError.restype = ctypes.c_char_p
            _lib = lib
        return _lib


def _check(code: int) -> None:
    if code != 0:
        raise RuntimeError("LightGBM: " + _library().LGBM_GetLastError().decode("utf-8", "replace"))


class Trees:
    """A LightGBM model read from its text form; raw(X) is the sum of its trees' leaves for each row."""

    def __init__(self, text: str):
        self._lib = lib = _library()
        self._handle = ctypes.c_void_p()
        iterations = ctypes.c_int(0)
        _check(lib.LGBM_BoosterLoadModelFromString(ctypes.c_char_p(text.encode("utf-8")), ctypes.byref(iterations),
                                                   ctypes.byref(self._handle)))
        n = ctypes.c_int(0)
        _check(lib.LGBM_BoosterGetNumFeature(self._handle, ctypes.byref(n)))
        self.num_features = n.value

    @classmethod
    def from_file(cls, path: str | Path) -> "Trees":
        return cls(Path(path).read_text(encoding="utf-8"))

    def raw(self, X: np.ndarray, threads: int = 1) -> np.ndarray:
        """threads: LightGBM's own threads over the rows (the same scores with any number)."""
        X = np.ascontiguousarray(X, dtype=np.float32)
        if X.ndim != 2 or X.shape[1] != self.num_features:
            from ..i18n import _

            raise ValueError(_("LightGBM trees over {n} features cannot score rows of shape {shape}").format(
                n=self.num_features, shape=str(X.shape)))
        out = np.zeros(len(X), dtype=np.float64)
        if not len(X):
            return out
        got = ctypes.c_int64(0)
        _check(self._lib.LGBM_BoosterPredictForMat(
            self._handle, X.ctypes.data_as(ctypes.c_void_p), ctypes.c_int(_DTYPE_FLOAT32), ctypes.c_int32(X.shape[0]),
            ctypes.c_int32(X.shape[1]), ctypes.c_int(_ROW_MAJOR), ctypes.c_int(_PREDICT_RAW_SCORE), ctypes.c_int(0),
            ctypes.c_int(-1), ctypes.c_char_p(f"num_threads={max(1, int(threads))}".encode()), ctypes.byref(got),
            out.ctypes.data_as(ctypes.POINTER(ctypes.c_double))))
        if got.value != len(X):
            from ..i18n import _

            raise RuntimeError(_("LightGBM returned {got} scores for {rows} rows").format(got=got.value, rows=len(X)))
        return out

    def __del__(self):
        handle = getattr(self, "_handle", None)
        if handle:
            self._lib.LGBM_BoosterFree(handle)
