"""The calibrated quality estimate: features, the shipped model, the score contract, measured precision."""
import json

import pytest

from mtaudit.pipeline import audit_text
from mtaudit.score import apply_precision, features as F, precision, verdict_for
from mtaudit.score.estimate import MODEL_FILE, estimate, load, predict

FRENCH = ("Le conseil municipal a voté mardi le budget de l'année prochaine. Les élus ont débattu pendant "
          "trois heures avant d'adopter le texte à une large majorité.\n")
ENGLISH = ("Le conseil municipal a voted the budget for next year. The councillors debated for three hours "
           "before adopting the text with a large majority.\n")


def finding(sev, cat="grammar", rule="MTA999"):
    return {"rule": rule, "severity": sev, "category": cat, "confidence": 1.0}


def test_text_features_see_english_and_unknown_words():
    fr, en = F.text_features(FRENCH), F.text_features(ENGLISH)
    assert fr["english_share"] < 0.1 < en["english_share"]
    assert F.text_features("Le zorglubage des vrombiquets est fini.")["unknown_share"] > 0.3
    assert set(F.text_features("").values()) == {0.0}
    assert F.text_features("Un titre sans point\nUne phrase qui finit.")["unended_lines"] == 0.5


def test_finding_densities_by_severity_and_group():
    feats = F.finding_features([finding("major"), finding("minor", "typography"), finding("minor", "punctuation")],
                               words=100)
    assert feats["major_density"] > 0 and feats["critical_density"] == 0
    assert feats["typography_density"] > feats["grammar_density"] > 0
    assert F.finding_features([], 0)["minor_density"] == 0


def test_feature_sets_follow_what_ran():
    kind, feats = F.compute(FRENCH, [], 30)
    assert kind == "base" and "rt_chrf" not in feats
    rt = {"available": True, "metrics": {"chrf": 71.5, "semantic": 0.9, "semantic_low_decile": 0.8}}
    kind, feats = F.compute(FRENCH, [], 30, rt)
    assert kind == "roundtrip" and feats["rt_chrf"] == 0.715
    rt["bilingual"] = {"available": True, "metrics": {"pairs": 2, "omitted": 1, "added": 0, "crosslingual": 0.8,
                                                      "chrf": 50.0, "pseudo_chrf": 40.0},
                       "pairs": [{"similarity": 0.9}, {"similarity": 0.7}]}
    source = "The city council voted on Tuesday the budget for 2027. The 45 councillors debated."
    kind, feats = F.compute("Le conseil a voté le budget.", [], 6, rt, source)
    assert kind == "source"
    assert feats["numbers_missing"] == 1.0 and feats["bi_gaps"] == 0.5 and feats["xling_low"] == 0.7
    kind, feats = F.compute("Le conseil a voté le budget pour 2027. Les 45 élus ont débattu.", [], 12, rt, source)
    assert feats["numbers_missing"] == 0.0


def tiny_model(tmp_path):
    model = {"version": "t1", "models": {"base": {
        "features": ["major_density", "english_share"], "mean": [0.0, 0.0], "scale": [1.0, 0.1],
        "signs": [-1, -1], "weights": [10.0, 5.0], "intercept": 50.0, "offset": 40.0}}}
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model))
    return path


def test_prediction_is_the_sum_of_its_contributions(tmp_path):
    path = tiny_model(tmp_path)
    q, raw, contrib = predict(load(path)["models"]["base"], {"major_density": 0.5, "english_share": 0.2})
    assert contrib == {"major_density": -5.0, "english_share": -10.0}
    assert raw == 35.0 and q == 75.0
    est = estimate("source", {"major_density": 0.0, "english_share": 0.0}, path)  # unknown set -> base
    assert est["model"] == "t1/base" and est["quality"] == 90.0 and est["contributions"] == {}
    assert estimate("base", {"major_density": 20.0}, path)["quality"] == 0.0  # clipped to 0..100


def test_shipped_model_is_monotone_in_findings():
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert set(data["models"]) >= {"base"}
    for kind, m in data["models"].items():
        assert len(m["features"]) == len(m["weights"]) == len(m["mean"]) == len(m["scale"]) == len(m["signs"])
        assert all(w >= 0 for w in m["weights"]), kind
        for name, sign in zip(m["features"], m["signs"]):
            if name.endswith("_density"):
                assert sign == -1, (kind, name)  # a finding can only lower the estimate
    base = F.compute(FRENCH, [], 30)[1]
    worse = F.compute(FRENCH, [finding("critical", "markup"), finding("major")], 30)[1]
    assert estimate("base", worse)["quality"] < estimate("base", base)["quality"]


def test_report_score_contract():
    report = audit_text(FRENCH)
    s = report["score"]
    assert 0 <= s["quality"] <= 100 and s["verdict"] == verdict_for(s["quality"])
    assert s["mqm_quality"] == round(max(0.0, 100 - s["penalty_per_1000_words"]), 1)
    assert s["estimate"]["model"].endswith("/base")
    assert set(s["features"]) >= {"major_density", "english_share", "unknown_share"}
    assert s["quality"] == estimate("base", s["features"])["quality"]
    again = audit_text(FRENCH)
    assert json.dumps(again["score"], sort_keys=True) == json.dumps(s, sort_keys=True)


def test_english_article_scores_lower_than_french():
    assert audit_text(ENGLISH)["score"]["quality"] < audit_text(FRENCH)["score"]["quality"]


def test_measured_precision_sets_confidence(monkeypatch):
    monkeypatch.setattr(precision, "table", lambda: {
        "MTA001": {"rule": "MTA001", "findings": "50", "precision": "0.25", "default_severity": "minor"},
        "MTA002": {"rule": "MTA002", "findings": "3", "precision": "0.9", "default_severity": ""}})
    fs = [dict(finding("major", rule="MTA001"), confidence=0.8), dict(finding("major", rule="MTA002"), confidence=0.8),
          dict(finding("major", rule="MTA003"), confidence=0.7)]
    apply_precision(fs)
    assert [f["confidence"] for f in fs] == [0.25, 0.8, 0.7]  # too few findings / unmeasured keep their own
    assert precision.capped("MTA001", "critical") == "minor" and precision.capped("MTA001", "minor") == "minor"
    assert precision.capped("MTA002", "major") == "major"


@pytest.mark.parametrize("seed,verdict", [("000", "pass"), ("003", "pass"), ("002", "fail"), ("004", "fail")])
def test_seed_verdicts(seed, verdict):
    from pathlib import Path

    path = next((Path(__file__).resolve().parent.parent / "seeds").glob(f"{seed}_*.txt"))
    assert audit_text(path.read_text(encoding="utf-8"))["score"]["verdict"] == verdict


def test_html_sheet_explains_the_estimate():
    from mtaudit.report.html import render_html

    report = audit_text(ENGLISH)
    html = render_html(report, ENGLISH)
    assert "Quality is an estimate fitted to human MQM judgements" in html
    assert f"MQM penalty alone: {report['score']['mqm_quality']}" in html
    top = next(iter(report["score"]["estimate"]["contributions"]))
    assert "Moved most by:" in html and top  # the largest contribution is named
