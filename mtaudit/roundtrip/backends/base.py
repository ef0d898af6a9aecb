"""The translator interface every engine implements."""
from __future__ import annotations

import threading

from ..options import Options

DIRECTIONS = ("fr-en", "en-fr")


def one_line(text, limit: int = 300) -> str:
    """A message on one line (runs of whitespace and line breaks collapsed), cut at a word with "…"
    past limit characters: reasons end up in one warning line and in the report."""
    line = " ".join(str(text).split())
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def problem(e: BaseException, limit: int = 300) -> str:
    """"TypeName: message" of an exception, on one line."""
    return one_line(f"{type(e).__name__}: {e}", limit)


class BackendUnavailable(RuntimeError):
    """The engine cannot run here; `reason` says why and `how_to_enable` what to do about it."""

    def __init__(self, reason: str, how_to_enable: str = ""):
        super().__init__(reason)
        self.reason = reason
        self.how_to_enable = how_to_enable


class Backend:
    """Translate lists of plain-text segments (one sentence each, no line breaks) in one direction.

    Subclasses set `name`, implement `probe` (cheap: no model loading) and `_translate` (a list in,
    a list of the same length out). `calls` counts the batches actually sent to the engine and
    `segments` the segments in them, so callers (and tests) can see what the cache saved.
    """

    name = ""

    def __init__(self, options: Options | None = None):
        self.options = options or Options()
        self.calls = 0
        self.segments = 0
        self._loaded: dict = {}
        self._lock = threading.Lock()

    @classmethod
    def probe(cls, options: Options, strict: bool = False) -> str | None:
        """None when usable, else the reason. strict=False (auto selection) may refuse engines
        that would need a download; strict=True (engine chosen by name) only refuses what can't work."""
        raise NotImplementedError

    def model(self, direction: str) -> str:
        """What translates in that direction, for the report (model id, folder, or mode chain)."""
        raise NotImplementedError

    def signature(self, direction: str) -> str:
        """Everything that changes the output for one direction: the translation cache key."""
        return f"{self.name}:{self.model(direction)}"

    def translate(self, texts: list[str], direction: str) -> list[str]:
        if direction not in DIRECTIONS:
            raise ValueError(f"unknown direction {direction!r}; use one of {DIRECTIONS}")
        texts = [" ".join(t.split()) for t in texts]
        if not texts:
            return []
        self.calls += 1
        self.segments += len(texts)
        out = self._translate(texts, direction)
        if len(out) != len(texts):
            raise RuntimeError(f"{self.name} returned {len(out)} segments for {len(texts)}")
        return out

    def _translate(self, texts: list[str], direction: str) -> list[str]:
        raise NotImplementedError

    def _load(self, direction: str):
        """The engine's model for `direction`, opened once (by `_open`) and shared by threads."""
        with self._lock:
            if direction not in self._loaded:
                if getattr(self, "_failed", None) is not None:  # said once: not tried again for every article
                    raise self._failed
                try:
                    self._loaded[direction] = self._open(direction)
                except BackendUnavailable as e:
                    self._failed = e
                    raise
            return self._loaded[direction]

    def _open(self, direction: str):
        raise NotImplementedError

    def close(self) -> None:
        pass


def length_batches(texts: list[str], batch_size: int):
    """Indices of texts grouped in batches of similar length (less padding), longest first."""
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    for k in range(0, len(order), batch_size):
        yield order[k:k + batch_size]
