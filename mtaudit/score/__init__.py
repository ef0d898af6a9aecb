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
                 remember: bool = False, unit_starts: dict | None = None) -> dict:
    """Compute report["score"] from its findings (dicts) and roundtrip block; returns the score.
    tokens: the language layer's tokens of text (the audit's spaCy analysis), which the word-level
    error model reads; without them its features count as neutral (the model's training mean).
    remember: keep the word model's tree scores of the rows seen (the service's edited drafts).
    unit_starts: a bilingual file's unit id -> where its target starts in text (its findings count in
    their unit; the word model places them on text's tokens)."""
    from . import features as F

    weights = getattr(config, "weights", None)
    thresholds = getattr(config, "thresholds", None)
    findings = report["findings"]
    apply_precision(findings)
    words = report["article"]["words"]
    s = score(findings, words, weights, thresholds)
    placed = findings if not unit_starts else [
        dict(f, start=f["start"] + unit_starts[f["unit"]], end=f["end"] + unit_starts[f["unit"]])
        if f.get("unit") in unit_starts else f for f in findings]
    kind, feats = F.compute(text, placed, words, report.get("roundtrip"), source_text, tokens=tokens,
                            remember=remember)
    report["score"] = _assemble(report, s, kind, feats, thresholds, units=unit_starts is not None)
    return report["score"]


def _assemble(report: dict, s: dict, kind: str, feats: dict, thresholds, units: bool = False) -> dict:
    from .estimate import estimate

    units = units or bool(report["article"].get("units"))  # a file of translation units (rescore: a baseline)
    est = estimate(kind, feats, engine=(report.get("roundtrip") or {}).get("engine"),
                   domain="units" if units else None)
    out = {"quality": est["quality"], "verdict": verdict_for(est["quality"], thresholds)}
    out.update({k: v for k, v in s.items() if k not in ("quality", "verdict")})
    out["mqm_quality"] = s["quality"]
    out["features"] = feats
    out["estimate"] = {k: v for k, v in est.items() if k != "quality"}
    return out


def rescore(report: dict, config=None, text: str | None = None, tokens=None, findings=None) -> dict:
    """The score of a report whose findings changed (a baseline removed some), with the model the audit
    used: the MQM penalty and the finding features from the report's findings; the word-level error
    model's sums again when tokens (of text, the text the audit scored) are given, else as they were;
    the other features (text, round trip, source) as they were. findings: the report's findings with
    offsets into text, when they differ (a folded text). Returns the score; the report is not changed."""
    from . import features as F

    weights = getattr(config, "weights", None)
    thresholds = getattr(config, "thresholds", None)
    words = report["article"]["words"]
    s = score(report["findings"], words, weights, thresholds)
    feats = dict((report.get("score") or {}).get("features") or {})
    feats.update(F.finding_features(report["findings"], words))
    if tokens is not None and text is not None and "word_errors" in feats:
        from .words import word_features

        wf = word_features(text, tokens, report["findings"] if findings is None else findings)
        if wf is not None:
            feats.update(wf)
    return _assemble(report, s, F.kind_of(feats), feats, thresholds)


__all__ = ["apply_precision", "crosses", "rescore", "score", "score_report", "verdict_for"]
