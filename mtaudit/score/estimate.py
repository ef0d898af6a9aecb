"""The calibrated quality estimate: a linear model over score.features, blended with small regression
trees over the same features (model q4), fitted to human MQM.

mtaudit/data/quality_model.json (written by bench/train_quality.py) holds one model per feature set
(base, roundtrip, source): feature means and scales, optional bounds (a feature is clipped to its
range before it counts: the length counts only between two bounds, so a short clean text is not
pushed down for being short), non-negative weights on features oriented so that higher reads
better, the intercept, and a map onto 0-100. The raw prediction is the document MQM that WMT20 QE
annotators would give (0-100); a logistic map puts it on the quality scale so that the pass line
(90) sits where measured on professional human translations (see the model's `calibration`).

Serious findings enter twice: as a model input (severe_penalty, weighted as the data says) and
through a ceiling that is policy, not fit: quality <= 100 - (severe_evidence - tolerance), where
severe_evidence is the confidence-weighted MQM points of major and critical findings per
(words + 200), or severe_certain (the same points of near-certain findings per 1,000 words, not
shrunk) when larger. A few doubtful majors in a long text do not move the ceiling; a text dense with
confident serious findings, or a short one with a certain one, cannot pass. A second, gentler line
(`review_at`, 10: the MQM penalty of the pass line, 10 points per 1,000 words) holds the estimate just
under the pass line (`review_below`) when the serious findings alone are worth that much: the text goes
to review rather than pass, however fluent the rest of it reads. The hold keeps the estimate's order
(`band`, 1 point): instead of cutting every estimate above the ceiling to the ceiling itself (where
they would tie), the last point under the ceiling takes them in their order (hold()).
A third line, for every model (MINOR_FLOOD), bounds the estimate by the minor findings when they come in a
flood no training or reference text came near: from 50 confidence-weighted points per (words + 200) x 1,000
(a minor finding every 20 words or so; the most any wmt22 human reference had is 7, any WMT20 or wmt22 MT
document 35), the text goes to review, and each point beyond takes a point off its ceiling. The serious
findings count in the flood too, each at a minor finding's weight, so that moving a finding from major to
minor (a second opinion's doubt) never lowers the estimate.
Each feature's contribution (weight x standardised value, in quality points) is kept for the report.
With a `target` (q5: {"kind": "log", "offset": c}), the model was fitted on log(MQM + c), which spreads the
low end where most documents lie (a third of WMT20's are at 0); the prediction is taken back to MQM points
(exp(x) - c) before the map, and the contributions are scaled by the same secant so that they still add up.
With `trees` (q4), the raw prediction is (1 - share) x the linear model + share x the trees (LightGBM's,
written out as node lists and walked here: no LightGBM at audit time); the trees are monotone in every
feature whose direction is fixed, like the linear weights, and each split's change of value is its
feature's contribution, so the contributions still add up to the prediction.
"""
from __future__ import annotations

import json
import math
import threading
from pathlib import Path

from ..config import DEFAULT_WEIGHTS

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "quality_model.json"

# minor findings in a flood (policy, not fit; see above): {"feature", "tolerance", "review_at"}, and
# "severe_share": the serious findings' points count too, at a minor finding's weight (1 of a major's 5),
# so that a finding demoted from major to minor never lowers the estimate
MINOR_FLOOD = {"feature": "minor_evidence", "tolerance": 50.0, "review_at": 50.0,
               "severe_share": DEFAULT_WEIGHTS["minor"] / DEFAULT_WEIGHTS["major"]}

_lock = threading.Lock()
_models: dict = {}


def load(path: str | Path | None = None) -> dict:
    p = Path(path or MODEL_FILE)
    with _lock:
        if p not in _models:
            _models[p] = json.loads(p.read_text(encoding="utf-8"))
        return _models[p]


def to_quality(raw: float, model: dict, shift: float = 0.0) -> float:
    """The predicted MQM on the 0-100 quality scale. With a `map` (logistic: 100 / (1 + exp(-(raw -
    center) / scale))), the map is strictly increasing, so no two predictions tie at 0 or 100 and the
    ranking of the fit is kept; without one, the older additive offset clipped to 0-100. shift: a
    domain's calibration (raw points added before the map: see estimate())."""
    m = model.get("map")
    if m:
        z = (raw + shift - float(m["center"])) / float(m["scale"])
        return 100.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))
    return min(100.0, max(0.0, raw + shift + model["offset"]))


def ceiling(model: dict, features: dict) -> float | None:
    """The most quality the findings allow (None: no ceiling in this model)."""
    found = ceiling_of(model, features)
    return None if found is None else found[0]


def ceiling_of(model: dict, features: dict) -> tuple[float, str] | None:
    """(the most quality the findings allow, the feature that sets it), None without a ceiling.
    `ceiling`: {"feature": name, "tolerance": t, "certain": name2} -> 100 - max(0, max(feature,
    name2) - t), and at most `review_below` once that value reaches `review_at`; the older `cap` (a
    feature name) is the same with tolerance 0. The minor findings' flood line (MINOR_FLOOD) is the same
    with its own feature, tolerance and review_at. (`band`: how predict() holds the estimate under it.)"""
    spec = model.get("ceiling")
    if spec is None and model.get("cap"):
        spec = {"feature": model["cap"], "tolerance": 0.0}
    if not spec:
        return None
    value = max(float(features.get(spec["feature"], 0.0)),
                float(features.get(spec["certain"], 0.0)) if spec.get("certain") else 0.0)
    top, name = _line(value, spec, spec.get("review_below")), spec["feature"]
    flood = _line(float(features.get(MINOR_FLOOD["feature"], 0.0))
                  + MINOR_FLOOD["severe_share"] * float(features.get("severe_evidence", 0.0)),
                  MINOR_FLOOD, spec.get("review_below"))
    if flood < top:
        top, name = flood, MINOR_FLOOD["feature"]
    return top, name


def _line(value: float, spec: dict, review_below) -> float:
    top = max(0.0, 100.0 - max(0.0, value - float(spec.get("tolerance", 0.0))))
    if spec.get("review_at") is not None and review_below is not None and value >= float(spec["review_at"]):
        top = min(top, float(review_below))
    return top


def hold(quality: float, top: float, band: float = 0.0) -> float:
    """quality held under the ceiling `top`, keeping its order. Unchanged below top - band; above, squeezed
    into the band: top - band^2 / (quality - top + 2 band), which is continuous with the estimate, rises
    with it (slope 1 where the band starts) and never reaches the ceiling. The band narrows when the ceiling
    is within it of 0 or 100, so that the hold stays continuous in the ceiling too; band 0 is min()."""
    w = min(float(band), top, 100.0 - top)
    if w <= 0.0:
        return min(quality, top)
    if quality <= top - w:
        return quality
    return top - w * w / (quality - top + 2.0 * w)


def _value(features: dict, name: str, bound, neutral: float) -> float:
    # a word-level feature the audit could not compute (no spaCy analysis) counts as neutral
    x = float(features.get(name, neutral if name.startswith("word_") else 0.0))
    if bound:
        x = min(max(x, float(bound[0])), float(bound[1]))
    return x


def from_target(x: float, target: dict | None) -> float:
    """A prediction on the model's fitted scale, back in MQM points (identity without a target)."""
    if not target:
        return x
    if target.get("kind") == "log":
        return math.exp(min(x, 700.0)) - float(target["offset"])
    from ..i18n import _

    raise ValueError(_("unknown target kind in the quality model: {kind}").format(kind=repr(target.get("kind"))))


def walk_trees(spec: dict, features: dict) -> tuple[float, dict]:
    """(prediction, contributions) of the model's regression trees (`trees`, written by
    bench/train_quality.py from LightGBM): each tree is walked from its root (x <= threshold: left) to a
    leaf, and the prediction is the sum of the leaves reached. Each split moves the tree's value from the
    node's to the child's; that change is its feature's contribution, so the roots' values plus the
    contributions give the prediction."""
    names = spec["features"]
    bounds = spec.get("bounds") or [None] * len(names)
    x = [_value(features, n, b, float(spec.get("fill", {}).get(n, 0.0))) for n, b in zip(names, bounds)]
    total, contributions = 0.0, {}
    for tree in spec["trees"]:
        f, t, left, right, v = tree["f"], tree["t"], tree["l"], tree["r"], tree["v"]
        k = 0
        total += v[0]
        while f[k] >= 0:
            nxt = left[k] if x[f[k]] <= t[k] else right[k]
            contributions[names[f[k]]] = contributions.get(names[f[k]], 0.0) + v[nxt] - v[k]
            k = nxt
    return total + sum(contributions.values()), contributions


def predict(model: dict, features: dict, shift: float = 0.0) -> tuple[float, float, dict]:
    """(quality 0-100, raw predicted MQM, contributions by feature) for one feature set's model: the
    ridge's weights, blended with the regression trees' walk when the model has `trees` (their `share`).
    shift: the domain's calibration, added before the map onto 0-100."""
    contributions = {}
    raw = model["intercept"]
    bounds = model.get("bounds") or [None] * len(model["features"])
    for name, mean, scale, weight, sign, bound in zip(model["features"], model["mean"], model["scale"],
                                                      model["weights"], model["signs"], bounds):
        x = _value(features, name, bound, mean)
        c = weight * sign * (x - mean) / scale
        contributions[name] = c
        raw += c
    if model.get("trees"):
        share = float(model["trees"]["share"])
        tree_raw, tree_contributions = walk_trees(model["trees"], features)
        contributions = {k: (1.0 - share) * v for k, v in contributions.items()}
        for k, v in tree_contributions.items():
            contributions[k] = contributions.get(k, 0.0) + share * v
        raw = (1.0 - share) * raw + share * tree_raw
    if model.get("target"):  # back to MQM points; the contributions keep adding up (scaled by the secant)
        start = raw - sum(contributions.values())
        mqm, mqm_start = from_target(raw, model["target"]), from_target(start, model["target"])
        k = (mqm - mqm_start) / (raw - start) if abs(raw - start) > 1e-9 else mqm + float(model["target"]["offset"])
        contributions = {n: c * k for n, c in contributions.items()}
        raw = mqm
    quality = to_quality(raw, model, shift)
    found = ceiling_of(model, features)
    if found is not None:  # serious findings, or a flood of minor ones, hold the estimate down
        top, name = found
        held = hold(quality, top, float((model.get("ceiling") or {}).get("band", 0.0)))
        if held < quality:
            contributions[name] = contributions.get(name, 0.0) + held - quality
            quality = held
    return round(quality, 1), round(raw, 2), {k: round(v, 2) for k, v in contributions.items()}


def estimate(kind: str, features: dict, model_file: str | Path | None = None, engine: str | None = None,
             domain: str | None = None) -> dict:
    """The estimate for the feature set that ran. Falls back to the base model when the file has no
    model for that set, or when the set's model was fitted on another translation engine's round trip
    (its chrF and similarities are not on the same scale); `fallback` then says why.
    domain: "units" for a file of translation units. The models were fitted on documents of running
    text, and the pass line set on human news; strings of software read differently to the word model
    (short lines without final punctuation are where WMT20's machine translation erred most). The
    file's `domains` table holds, per domain, a shift of the raw prediction that puts the pass line
    where measured on human translations of that domain (bench/l10n_human.py --calibrate). It is
    measured on the base model and applied to whichever set runs: the round-trip and source models'
    maps are aligned to the base model's on WMT20 (see the file's `calibration`), so a shift of the
    raw prediction carries over; with --roundtrip or a source on units it is not measured."""
    data = load(model_file)
    calibrated = (data.get("domains") or {}).get(domain) if domain else None
    shift = float(calibrated["shift"]) if calibrated else 0.0
    models = data["models"]
    fallback = None
    if kind not in models:
        if kind != "base":
            fallback = f"no {kind} model"
        kind = "base"
    elif models[kind].get("engine") and engine and engine != models[kind]["engine"]:
        fallback = f"the {kind} model was fitted on the {models[kind]['engine']} round trip, not {engine}"
        kind = "base"
    quality, raw, contributions = predict(models[kind], features, shift)
    top = sorted(contributions.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
    out = {
        "quality": quality,
        "model": f"{data['version']}/{kind}",
        "predicted_mqm": raw,
        "contributions": {k: v for k, v in top if v != 0.0},
    }
    if fallback:
        out["fallback"] = fallback
    if calibrated:
        out["domain"] = domain
    return out
