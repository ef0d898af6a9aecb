"""Translator backends behind one interface, and the `auto` choice between them.

auto: the first usable of ctranslate2 (converted models in models/) -> marian (a model already on
disk: models/ or the Hugging Face cache) -> apertium (Debian packages). Probing imports nothing heavy.
"""
from __future__ import annotations

import threading

from ..options import Options
from ...i18n import N_, _
from .base import DIRECTIONS, Backend, BackendUnavailable

ORDER = ("ctranslate2", "marian", "apertium")

HOW_TO_ENABLE = N_("install the round-trip extra (pip install 'mtaudit[roundtrip]') and run "
                 "`mtaudit models pull` for MarianMT/CTranslate2, or install apertium, apertium-fr-es and "
                    "apertium-eng-spa (Debian); then audit with --roundtrip auto")  # _(HOW_TO_ENABLE) where shown


def backend_class(name: str) -> type[Backend]:
    if name == "ctranslate2":
        from .ctranslate2 import CTranslate2Backend as cls
    elif name == "marian":
        from .marian import MarianBackend as cls
    elif name == "apertium":
        from .apertium import ApertiumBackend as cls
    else:
        raise ValueError(_("unknown backend {name}; choose from {valid}").format(name=repr(name), valid=", ".join(ORDER)))
    return cls


_instances: dict = {}
_lock = threading.Lock()


def candidates(options: Options, shared: bool = True) -> tuple[list[Backend], list[str]]:
    """Backends to try in order (auto: every usable one; else the named one), and why others were skipped.

    shared: reuse one backend object per engine and options in this process, so a model loads once
    for every article audited, not once per article."""
    names = ORDER if options.engine == "auto" else (options.engine,)
    found, reasons = [], []
    for name in names:
        cls = backend_class(name)
        reason = cls.probe(options, strict=options.engine != "auto")
        if reason:
            reasons.append(f"{name}: {reason}")
            continue
        key = (name, repr(options))
        try:
            with _lock:
                backend = _instances.get(key) if shared else None
                if backend is None:
                    backend = cls(options)
                    if shared:
                        _instances[key] = backend
            found.append(backend)
        except BackendUnavailable as e:
            reasons.append(f"{name}: {e.reason}")
    return found, reasons


def available(options: Options | None = None) -> dict[str, str | None]:
    """{backend: None if usable else the reason} (auto rules: no downloads)."""
    options = options or Options()
    return {name: backend_class(name).probe(options) for name in ORDER}


__all__ = ["DIRECTIONS", "ORDER", "Backend", "BackendUnavailable", "backend_class", "candidates", "available",
           "HOW_TO_ENABLE"]
