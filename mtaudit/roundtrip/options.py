"""Round-trip options: `Config.roundtrip` (a plain dict) read into one typed object with defaults.

See the package docstring (mtaudit/roundtrip/__init__.py) for every key.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import _

ENGINES = ("auto", "ctranslate2", "marian", "apertium", "none")
DEFAULT_MODELS = {"fr-en": "Helsinki-NLP/opus-mt-fr-en", "en-fr": "Helsinki-NLP/opus-mt-en-fr"}
DEFAULT_APERTIUM = {"fr-en": ["fr-es", "spa-eng"], "en-fr": ["eng-spa", "es-fr"]}


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


@dataclass
class Options:
    engine: str = "auto"
    models: dict = field(default_factory=lambda: dict(DEFAULT_MODELS))
    ct2_models: dict = field(default_factory=dict)  # direction -> converted folder (default: models_dir/<name>-ct2)
    models_dir: str | None = None
    beam_size: int = 4
    batch_size: int = 16
    max_length: int = 256
    threads: int = 0  # 0: min(4, cpu count)
    device: str = "auto"  # auto | cpu | cuda
    compute_type: str = "auto"  # ctranslate2: int8 on CPU, int8_float16 on GPU
    local_only: bool | None = None  # None: follow HF_HUB_OFFLINE / TRANSFORMERS_OFFLINE
    apertium: dict = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_APERTIUM.items()})
    apertium_timeout: float = 300.0
    cache: bool = True
    cache_dir: str | None = None
    semantic: bool = True
    thresholds: dict = field(default_factory=dict)  # overrides of the calibrated table

    @classmethod
    def from_config(cls, config) -> "Options":
        raw = dict(getattr(config, "roundtrip", None) or {})
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: dict) -> "Options":
        opts = cls()
        raw = dict(raw)
        engine = str(raw.pop("engine", "auto") or "auto").lower()
        if engine not in ENGINES:
            raise ValueError(_("unknown round-trip engine {engine}; choose from {valid}").format(engine=repr(engine), valid=", ".join(ENGINES)))
        opts.engine = engine
        for key, direction in (("fr_en", "fr-en"), ("en_fr", "en-fr")):
            value = raw.pop(key, None)
            if value:
                opts.models[direction] = str(value)
            value = raw.pop(f"ct2_{key}", None)
            if value:
                opts.ct2_models[direction] = str(value)
            value = raw.pop(f"apertium_{key}", None)
            if value:
                opts.apertium[direction] = value.split("|") if isinstance(value, str) else list(value)
        for name in ("models_dir", "cache_dir", "device", "compute_type"):
            if raw.get(name) is not None:
                setattr(opts, name, str(raw.pop(name)))
        for name in ("beam_size", "batch_size", "max_length", "threads"):
            if raw.get(name) is not None:
                value = int(raw.pop(name))
                if value < (0 if name == "threads" else 1):
                    raise ValueError(_("roundtrip.{name} must be positive, got {value}").format(name=name, value=value))
                setattr(opts, name, value)
        if raw.get("apertium_timeout") is not None:
            opts.apertium_timeout = float(raw.pop("apertium_timeout"))
        for name in ("cache", "semantic", "local_only"):
            if name in raw:
                value = raw.pop(name)
                setattr(opts, name, _truthy(value) if isinstance(value, str) else (None if value is None else bool(value)))
        opts.thresholds = dict(raw.pop("thresholds", None) or {})
        if raw:
            raise ValueError(_("unknown round-trip option(s): {names}").format(names=", ".join(sorted(raw))))
        return opts

    # -- resolved values -------------------------------------------------------------
    @property
    def offline(self) -> bool:
        if self.local_only is not None:
            return self.local_only
        return _truthy(os.environ.get("HF_HUB_OFFLINE")) or _truthy(os.environ.get("TRANSFORMERS_OFFLINE"))

    @property
    def n_threads(self) -> int:
        return self.threads or max(1, min(4, os.cpu_count() or 1))

    def models_path(self) -> Path:
        return models_dir(self.models_dir)


def models_dir(explicit: str | None = None) -> Path:
    """Where `mtaudit models pull` puts models: option, $MTAUDIT_MODELS_DIR, else ./models."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("MTAUDIT_MODELS_DIR")
    if env:
        return Path(env).expanduser()
    return Path("models")
