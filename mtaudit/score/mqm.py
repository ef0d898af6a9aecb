"""MQM linear scoring (see README, "Score"): penalty points per severity, normalised per 1,000 words."""
from __future__ import annotations

from ..config import DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS
from ..detect.finding import CATEGORIES, SEVERITIES, SEVERITY_RANK


def verdict_for(quality: float, thresholds: dict | None = None) -> str:
    t = thresholds or DEFAULT_THRESHOLDS
    if quality >= t["pass"]:
        return "pass"
    if quality >= t["review"]:
        return "review"
    return "fail"


def score(findings, words: int, weights: dict | None = None, thresholds: dict | None = None) -> dict:
    """APT = sum of severity points; per-1000 = APT*1000/words; quality = max(0, 100 - per-1000)."""
    w = weights or DEFAULT_WEIGHTS
    counts = {s: 0 for s in reversed(SEVERITIES)}
    by_category = {}
    penalty = 0.0
    for f in findings:
        sev, cat = (f["severity"], f["category"]) if isinstance(f, dict) else (f.severity, f.category)
        counts[sev] += 1
        by_category[cat] = by_category.get(cat, 0) + 1
        penalty += float(w[sev])
    per_1000 = penalty * 1000.0 / words if words > 0 else (0.0 if penalty == 0 else float(penalty) * 1000.0)
    quality = round(max(0.0, 100.0 - per_1000), 1)
    return {
        "quality": quality,
        "verdict": verdict_for(quality, thresholds),
        "penalty": int(penalty) if float(penalty).is_integer() else round(penalty, 2),
        "penalty_per_1000_words": round(per_1000, 2),
        "counts": counts,
        "by_category": {c: by_category[c] for c in CATEGORIES if c in by_category},
    }


def crosses(report: dict, fail_under: float | None, fail_on: str | None) -> bool:
    """Kept for callers of the old API: the gate lives in mtaudit/gate.py."""
    from ..gate import Gate

    return Gate(fail_under, fail_on).crosses(report)
