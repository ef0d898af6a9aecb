"""The calibrated quality estimate: a linear model over score.features, fitted to human MQM.

mtaudit/data/quality_model.json (written by bench/train_quality.py) holds one model per feature set
(base, roundtrip, source): feature means and scales, non-negative weights on features oriented so
that higher reads better, the intercept, a map onto 0-100, and a cap: quality is at most 100 -
severe_penalty (the confidence-weighted MQM points of major and critical findings per 1,000 words),
so serious findings always count. The raw prediction is the document MQM
that WMT20 QE annotators would give (0-100); a logistic map puts it on the quality scale so that the
pass line (90) sits where measured on professional human translations (see the model's `calibration`). Each
feature's contribution (weight x standardised value, in quality points) is kept for the report.
"""
from __future__ import annotations

import json
import math
import threading
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "quality_model.json"

_lock = threading.Lock()
_models: dict = {}


def load(path: str | Path | None = None) -> dict:
    p = Path(path or MODEL_FILE)
    with _lock:
        if p not in _models:
            _models[p] = json.loads(p.read_text(encoding="utf-8"))
        return _models[p]


def to_quality(raw: float, model: dict) -> float:
    """The predicted MQM on the 0-100 quality scale. With a `map` (logistic: 100 / (1 + exp(-(raw -
    center) / scale))), the map is strictly increasing, so no two predictions tie at 0 or 100 and the
    ranking of the fit is kept; without one, the older additive offset clipped to 0-100."""
    m = model.get("map")
    if m:
        z = (raw - float(m["center"])) / float(m["scale"])
        return 100.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
    return min(100.0, max(0.0, raw + model["offset"]))


def predict(model: dict, features: dict) -> tuple[float, float, dict]:
    """(quality 0-100, raw predicted MQM, contributions by feature) for one feature set's model."""
    contributions = {}
    raw = model["intercept"]
    for name, mean, scale, weight, sign in zip(model["features"], model["mean"], model["scale"],
                                               model["weights"], model["signs"]):
        c = weight * sign * (float(features.get(name, 0.0)) - mean) / scale
        contributions[name] = c
        raw += c
    quality = to_quality(raw, model)
    if model.get("cap"):  # serious findings cap the estimate: quality <= 100 - severe_penalty
        ceiling = max(0.0, 100.0 - float(features.get(model["cap"], 0.0)))
        if ceiling < quality:
            contributions[model["cap"]] = ceiling - quality
            quality = ceiling
    return round(quality, 1), round(raw, 2), {k: round(v, 2) for k, v in contributions.items()}


def estimate(kind: str, features: dict, model_file: str | Path | None = None) -> dict:
    """The estimate for the feature set that ran (falls back to the base model)."""
    data = load(model_file)
    models = data["models"]
    kind = kind if kind in models else "base"
    quality, raw, contributions = predict(models[kind], features)
    top = sorted(contributions.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
    return {
        "quality": quality,
        "model": f"{data['version']}/{kind}",
        "predicted_mqm": raw,
        "contributions": {k: v for k, v in top if v != 0.0},
    }
