"""Score: the explainable MQM penalty from findings, and the calibrated quality estimate.

score_report() fills a report's `score`: quality (the calibrated estimate, 0-100, higher = better)
and verdict from it; penalty, penalty_per_1000_words, counts, by_category and mqm_quality (100 minus
the penalty per 1,000 words) from the MQM penalty; features (the estimate's inputs, among them the
word-level error model's sums) and estimate (model, predicted MQM, contributions of each feature in
quality points).
"""
from .mqm import crosses, score, verdict_for
from .precision import apply_precision


def score_report(report: dict, text: str, config=None, source_text: str | None = None, tokens=None,
                 remember: bool = False) -> dict:
    """Compute report["score"] from its findings (dicts) and roundtrip block; returns the score.
    tokens: the language layer's tokens of text (the audit's spaCy analysis), which the word-level
    error model reads; without them its features count as neutral (the model's training mean).
    remember: keep the word model's tree scores of the rows seen (the service's edited drafts)."""
    from . import features as F
    from .estimate import estimate

    weights = getattr(config, "weights", None)
    thresholds = getattr(config, "thresholds", None)
    findings = report["findings"]
    apply_precision(findings)
    words = report["article"]["words"]
    s = score(findings, words, weights, thresholds)
    kind, feats = F.compute(text, findings, words, report.get("roundtrip"), source_text, tokens=tokens,
                            remember=remember)
    est = estimate(kind, feats, engine=(report.get("roundtrip") or {}).get("engine"))
    out = {"quality": est["quality"], "verdict": verdict_for(est["quality"], thresholds)}
    out.update({k: v for k, v in s.items() if k not in ("quality", "verdict")})
    out["mqm_quality"] = s["quality"]
    out["features"] = feats
    out["estimate"] = {k: v for k, v in est.items() if k != "quality"}
    report["score"] = out
    return out


__all__ = ["apply_precision", "crosses", "score", "score_report", "verdict_for"]
