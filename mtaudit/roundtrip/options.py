"""Round-trip options: `Config.roundtrip` (a plain dict) read into one typed object with defaults.

See the package docstring (mtaudit/roundtrip/__init__.py) for every key.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import _

ENGINES = ("auto", "ctranslate2", "marian", "apertium", "none")
DEFAULT_MODELS = {"fr-en": "Helsinki-NLP/opus-mt-fr-en", "en-fr": "Helsinki-NLP/opus-mt-en-fr"}
DEFAULT_APERTIUM = {"fr-en": ["fr-es", "spa-eng"], "en-fr": ["eng-spa", "es-fr"]}
DEVICES = ("auto", "cpu", "cuda")
KEYS = ("engine", "fr_en", "en_fr", "ct2_fr_en", "ct2_en_fr", "apertium_fr_en", "apertium_en_fr", "models_dir",
        "beam_size", "batch_size", "max_length", "threads", "device", "compute_type", "local_only",
        "apertium_timeout", "cache", "cache_dir", "semantic", "thresholds")
THRESHOLDS = {"minor": (0.0, 1.0), "major": (0.0, 1.0), "chrf_minor": (0.0, 100.0), "chrf_major": (0.0, 100.0),
              "similarity_minor": (0.0, 1.0), "similarity_major": (0.0, 1.0)}  # key -> allowed range
_YES, _NO = ("1", "true", "yes", "on"), ("0", "false", "no", "off")
_LANG = {"fr-en": (("fr", "fra"), ("en", "eng")), "en-fr": (("en", "eng"), ("fr", "fra"))}


class OptionError(ValueError):
    """A bad round-trip option: `key` (e.g. "thresholds.minor") and what is wrong with it."""

    def __init__(self, key: str, problem: str):
        super().__init__(f"roundtrip.{key}: {problem}")
        self.key, self.problem = key, problem


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in _YES


def _flag(key: str, value) -> bool:
    if isinstance(value, bool) or value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _YES + _NO:
        return _truthy(value)
    raise OptionError(key, _("expected true or false, got {value!r}").format(value=value))


def _text(key: str, value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise OptionError(key, _("expected a non-empty string, got {value!r}").format(value=value))
    return value.strip()


def _number(value) -> float | None:
    """value as a float, None when it is not a finite number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _chain(key: str, value, direction: str) -> list[str]:
    """Apertium modes "a|b" (or a list) that go from the direction's first language to its second."""
    modes = value.split("|") if isinstance(value, str) else value
    ok = isinstance(modes, list) and modes and all(isinstance(m, str) and m.strip() for m in modes)
    if ok:
        modes = [m.strip() for m in modes]
        src, dst = _LANG[direction]
        last = modes[-1].split("_")[0].split("-")  # "spa-eng" -> spa, eng (a "_variant" aside)
        ok = modes[0].split("-")[0] in src and len(last) > 1 and last[1] in dst
    if not ok:
        example = "|".join(DEFAULT_APERTIUM[direction])
        raise OptionError(key, _("expected apertium modes from {source} to {target} joined by |, such as {example}; "
                                 "got {value!r}").format(source=direction[:2], target=direction[3:], example=example,
                                                         value=value))
    return modes


def check_thresholds(raw, engine: str = "auto") -> dict:
    """The thresholds table checked: known keys, numbers in range, each major not above its minor
    (a key left out takes the calibrated value: mtaudit/data/roundtrip_thresholds.tsv)."""
    if not isinstance(raw, dict):
        raise OptionError("thresholds", _("expected a table with keys {keys}").format(keys=", ".join(THRESHOLDS)))
    out = {}
    for k, v in raw.items():
        if k not in THRESHOLDS:
            raise OptionError(f"thresholds.{k}", _("unknown key; valid keys: {keys}").format(keys=", ".join(THRESHOLDS)))
        low, high = THRESHOLDS[k]
        number = _number(v)
        if number is None or not low <= number <= high:
            raise OptionError(f"thresholds.{k}", _("expected a number from {low} to {high}, got {value!r}").format(
                low=f"{low:g}", high=f"{high:g}", value=v))
        out[k] = number
    if not out:  # nothing overridden: the calibrated values stand (no table to read on each audit)
        return out
    for rows in _defaults(engine):
        for minor in ("minor", "chrf_minor", "similarity_minor"):
            major = minor.replace("minor", "major")
            lo, hi = {**rows, **out}[major], {**rows, **out}[minor]
            if (major in out or minor in out) and lo > hi:
                problem = _("{major} ({low}) must not be above {minor} ({high})").format(
                    major=major, low=f"{lo:g}", minor=minor, high=f"{hi:g}")
                if not (major in out and minor in out):
                    problem += "; " + _("a threshold left out keeps its calibrated value")
                raise OptionError("thresholds", problem)
    return out


def _defaults(engine: str) -> list[dict]:
    """The calibrated thresholds an engine may use (every row when the engine is chosen at run time)."""
    from ..detect.resources import data_path, load_table
    from ..rules.fidelity.common import DEFAULT_SIMILARITY

    rows = {r["engine"]: r for r in load_table(data_path("roundtrip_thresholds.tsv"))}
    chosen = [rows[engine]] if engine in rows else list(rows.values())
    return [{**{k: float(r[k]) for k in ("minor", "major", "chrf_minor", "chrf_major")}, **DEFAULT_SIMILARITY}
            for r in chosen]


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
        """Options from the [roundtrip] table; a bad key or value raises OptionError naming it."""
        opts = cls()
        raw = {k: v for k, v in raw.items() if v is not None}  # None: the default (TOML has none)
        engine = raw.pop("engine", "auto")
        engine = engine.strip().lower() if isinstance(engine, str) else engine
        if engine not in ENGINES:
            raise OptionError("engine", _("unknown round-trip engine {engine}; choose from {valid}").format(
                engine=repr(engine), valid=", ".join(ENGINES)))
        opts.engine = engine
        for key, direction in (("fr_en", "fr-en"), ("en_fr", "en-fr")):
            if key in raw:
                opts.models[direction] = _text(key, raw.pop(key))
            if f"ct2_{key}" in raw:
                opts.ct2_models[direction] = _text(f"ct2_{key}", raw.pop(f"ct2_{key}"))
            if f"apertium_{key}" in raw:
                opts.apertium[direction] = _chain(f"apertium_{key}", raw.pop(f"apertium_{key}"), direction)
        for name in ("models_dir", "cache_dir", "compute_type"):
            if name in raw:
                setattr(opts, name, _text(name, raw.pop(name)))
        if "device" in raw:
            opts.device = _text("device", raw.pop("device")).lower()
            if opts.device not in DEVICES:
                raise OptionError("device", _("unknown device {value!r}; choose from {valid}").format(
                    value=opts.device, valid=", ".join(DEVICES)))
        for name in ("beam_size", "batch_size", "max_length", "threads"):
            if name in raw:
                value, low = raw.pop(name), 0 if name == "threads" else 1
                if isinstance(value, bool) or not isinstance(value, int) or value < low:
                    raise OptionError(name, _("expected a whole number ≥ {low}, got {value!r}").format(low=low, value=value))
                setattr(opts, name, value)
        if "apertium_timeout" in raw:
            value = raw.pop("apertium_timeout")
            number = _number(value)
            if number is None or number <= 0:
                raise OptionError("apertium_timeout", _("expected a number of seconds above 0, got {value!r}").format(
                    value=value))
            opts.apertium_timeout = number
        for name in ("cache", "semantic", "local_only"):
            if name in raw:
                setattr(opts, name, _flag(name, raw.pop(name)))
        opts.thresholds = check_thresholds(raw.pop("thresholds", None) or {}, opts.engine)
        if raw:
            raise OptionError(sorted(raw)[0], _("unknown round-trip option; valid options: {names}").format(
                names=", ".join(KEYS)))
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
