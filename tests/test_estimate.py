"""The calibrated quality estimate: features, the shipped model, the score contract, measured precision."""
import json
import math

import pytest

from mtaudit.pipeline import audit_text
from mtaudit.score import apply_precision, features as F, precision, verdict_for
from mtaudit.score.estimate import MODEL_FILE, estimate, hold, load, predict, walk_trees

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


def test_length_counts_only_between_its_bounds(tmp_path):
    model = {"features": ["log_words", "english_share"], "bounds": [[4.0, 6.0], None], "mean": [5.0, 0.0],
             "scale": [1.0, 0.1], "signs": [1, -1], "weights": [2.0, 5.0], "intercept": 50.0, "offset": 40.0}
    short, floor, long_, longer = ({"log_words": v} for v in (1.0, 4.0, 6.0, 9.0))
    assert predict(model, short) == predict(model, floor)  # a 2-line text counts as long as the floor
    assert predict(model, longer) == predict(model, long_)
    assert predict(model, short)[0] < predict(model, {"log_words": 5.0})[0] < predict(model, long_)[0]
    assert predict(model, {"log_words": 1.0, "english_share": 0.3})[0] < predict(model, short)[0]  # unbounded


def test_ceiling_tolerates_a_few_serious_findings_but_not_many():
    model = {"features": [], "mean": [], "scale": [], "signs": [], "weights": [], "intercept": 95.0,
             "offset": 0.0, "ceiling": {"feature": "severe_evidence", "tolerance": 25.0}}
    assert predict(model, {"severe_evidence": 20.0})[0] == 95.0  # under the tolerance: no effect
    q, raw, contrib = predict(model, {"severe_evidence": 60.0})
    assert q == 65.0 and raw == 95.0 and contrib == {"severe_evidence": -30.0}
    model["ceiling"]["certain"] = "severe_certain"  # a near-certain finding counts at its full rate
    assert predict(model, {"severe_evidence": 24.0, "severe_certain": 700.0})[0] == 0.0
    assert predict(model, {"severe_evidence": 24.0, "severe_certain": 0.0})[0] == 95.0
    old = dict(model, ceiling=None, cap="severe_penalty")  # the q1 form: tolerance 0
    assert predict(old, {"severe_penalty": 10.0})[0] == 90.0


def test_severe_evidence_is_shrunk_for_short_texts():
    one = [finding("major")]
    short, long_ = F.finding_features(one, 20), F.finding_features(one * 100, 2000)
    assert short["severe_penalty"] == long_["severe_penalty"] == 250.0  # the same rate per 1,000 words
    assert short["severe_evidence"] < 25.0 < long_["severe_evidence"]  # but one finding in 20 words is weak evidence
    assert short["severe_certain"] == 250.0  # finding() is confidence 1.0: certain, not shrunk
    doubtful = F.finding_features([dict(finding("major"), confidence=0.7)], 20)
    assert doubtful["severe_certain"] == 0.0 and doubtful["severe_evidence"] < 25.0
    assert long_["severe_evidence"] == round(5 * 100 * 1000 / (2000 + F.EVIDENCE_WORDS), 4)


def test_model_of_another_engine_falls_back_to_base(tmp_path):
    path = tiny_model(tmp_path)
    data = json.loads(path.read_text())
    data["models"]["source"] = dict(data["models"]["base"], intercept=10.0, engine="apertium")
    path.write_text(json.dumps(data))
    assert estimate("source", {}, path, engine="apertium")["model"] == "t1/source"
    other = estimate("source", {}, path, engine="ctranslate2")
    assert other["model"] == "t1/base" and "apertium" in other["fallback"]
    assert estimate("roundtrip", {}, path)["fallback"] == "no roundtrip model"
    assert "fallback" not in estimate("base", {}, path)


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
    for kind, m in data["models"].items():  # the ceiling of serious findings is in every shipped model
        assert m["ceiling"]["feature"] == "severe_evidence" and m["ceiling"]["tolerance"] > 0, kind
        feats = F.compute(FRENCH * 30, [finding("major")] * 60, 900)[1]
        assert estimate(kind, feats)["quality"] < 70, kind  # dense confident majors fail whatever the fit says


def test_short_clean_human_text_passes():
    """Two short clean lines of human French (a chat message) are not held down by their length."""
    chat = "Merci beaucoup pour votre réponse rapide.\nJe vous souhaite une excellente journée.\n"
    leaked = audit_text("Bonjour {{prenom}}, merci pour votre réponse rapide.\n")["score"]
    assert leaked["verdict"] == "fail"  # but a certain serious finding fails even a short text
    score = audit_text(chat)["score"]
    assert score["verdict"] == "pass"
    model = load()["models"]["base"]
    low, high = model["bounds"][model["features"].index("log_words")]
    assert low >= F.text_features("mot " * 40)["log_words"]  # the length counts from 40 words up
    feats = F.compute(chat, [], 12)[1]
    longer = dict(feats, log_words=F.compute(chat * 3, [], 36)[1]["log_words"])  # three times as long, under the floor
    assert estimate("base", longer)["predicted_mqm"] == estimate("base", feats)["predicted_mqm"]  # the same estimate


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


def test_confidence_column_wins_over_precision(monkeypatch):
    # a sentence-wide rule: its overlap with annotated spans is mostly chance, so the table's confidence
    # (its precision beyond chance) is what a finding gets; 0 is a measured value, not a missing one
    monkeypatch.setattr(precision, "table", lambda: {
        "MTA811": {"rule": "MTA811", "findings": "241", "precision": "0.975", "chance": "0.969", "confidence": "0.190"},
        "MTA820": {"rule": "MTA820", "findings": "407", "precision": "0.698", "chance": "0.782", "confidence": "0.000"},
        "MTA501": {"rule": "MTA501", "findings": "1201", "precision": "0.672"}})
    fs = [dict(finding("major", rule=r), confidence=0.8) for r in ("MTA811", "MTA820", "MTA501")]
    apply_precision(fs)
    assert [f["confidence"] for f in fs] == [0.19, 0.0, 0.672]


@pytest.mark.parametrize("seed,verdict", [("000", "pass"), ("003", "pass"), ("001", "review"), ("002", "fail"),
                                          ("004", "fail")])
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


def test_review_line_holds_serious_findings_just_under_the_pass_line():
    model = {"features": [], "mean": [], "scale": [], "signs": [], "weights": [], "intercept": 99.0,
             "offset": 0.0, "ceiling": {"feature": "severe_evidence", "tolerance": 25.0,
                                        "review_at": 10.0, "review_below": 89.9}}
    assert predict(model, {"severe_evidence": 9.9})[0] == 99.0  # below the review line: no effect
    assert predict(model, {"severe_evidence": 10.0})[0] == 89.9  # serious findings alone: review
    assert predict(model, {"severe_evidence": 40.0})[0] == 85.0  # past the tolerance the ceiling is lower still
    shipped = load()["models"]["base"]["ceiling"]
    assert shipped["review_at"] == 10.0 and shipped["review_below"] < 90.0


def test_a_flood_of_minor_findings_goes_to_review_then_fails():
    from mtaudit.score.estimate import MINOR_FLOOD

    model = {"features": [], "mean": [], "scale": [], "signs": [], "weights": [], "intercept": 99.0,
             "offset": 0.0, "ceiling": {"feature": "severe_evidence", "tolerance": 40.0,
                                        "review_at": 10.0, "review_below": 89.9}}
    at = MINOR_FLOOD["review_at"]
    assert predict(model, {"minor_evidence": at - 0.1})[0] == 99.0  # below the line: no effect
    assert predict(model, {"minor_evidence": at})[0] == 89.9  # review
    q, _raw, contrib = predict(model, {"minor_evidence": at + 30.0, "severe_evidence": 45.0})
    # the lower line holds, and is named: 80 minor points and 45 serious ones at a fifth, 100 - (89 - 50)
    assert q == 61.0 and contrib == {"minor_evidence": -38.0}
    # a major finding demoted to minor (5 points of severe evidence become 1 of minor) never lowers it
    for minor, severe in ((45.0, 20.0), (60.0, 20.0), (70.0, 60.0)):
        before = predict(model, {"minor_evidence": minor, "severe_evidence": severe})[0]
        after = predict(model, {"minor_evidence": minor + 1.0, "severe_evidence": severe - 5.0})[0]
        assert after >= before, (minor, severe, before, after)
    # the feature: minor points over (words + 200), weighted by confidence; majors do not count
    feats = F.finding_features([finding("minor")] * 90 + [dict(finding("minor"), confidence=0.5)] * 20
                               + [finding("major")], 1800)
    assert feats["minor_evidence"] == 50.0
    # a text with a doubled word and a space before a comma in every sentence fails
    report = audit_text("Le chat est noir , et le le chien dort. " * 40)
    assert report["score"]["verdict"] == "fail" and "minor_evidence" in report["score"]["estimate"]["contributions"]


def test_the_hold_keeps_the_order_of_the_estimates_it_holds_down():
    # the review line: every estimate above it stays under it (cannot pass), in the order of the estimate
    tops = [hold(q, 89.9, 1.0) for q in (70.0, 88.0, 88.9, 89.5, 90.0, 93.0, 97.0, 99.5)]
    assert tops[:3] == [70.0, 88.0, 88.9]  # below the band: untouched
    assert all(a < b for a, b in zip(tops, tops[1:])) and max(tops) < 89.9
    assert round(hold(100.0, 89.9, 1.0), 1) < 90.0  # rounded as reported, still under the pass line
    assert hold(95.0, 89.9, 0.0) == 89.9  # band 0: the older min()
    assert abs(hold(88.9 + 1e-6, 89.9, 1.0) - (88.9 + 1e-6)) < 1e-9  # continuous where the band starts
    assert hold(50.0, 0.0, 1.0) == 0.0 and hold(99.95, 100.0, 1.0) == 99.95  # the band narrows at 0 and 100
    model = {"features": [], "mean": [], "scale": [], "signs": [], "weights": [], "intercept": 95.0,
             "offset": 0.0, "ceiling": {"feature": "severe_evidence", "tolerance": 25.0, "review_at": 10.0,
                                        "review_below": 89.9, "band": 1.0}}
    q, raw, contrib = predict(model, {"severe_evidence": 12.0})
    assert 88.9 < q < 89.9 and list(contrib) == ["severe_evidence"]  # what the hold took, named
    assert abs(95.0 + contrib["severe_evidence"] - q) < 0.06  # the contributions still sum to the estimate
    assert predict(dict(model, intercept=91.0), {"severe_evidence": 12.0})[0] < q  # a worse estimate stays below
    assert load()["models"]["base"]["ceiling"]["band"] > 0


def test_trees_are_walked_and_their_contributions_add_up():
    # one tree: x <= 0.5 goes left (leaf 10), else right, where y <= 2 gives 20 and more gives 30
    trees = {"features": ["x", "y"], "bounds": [None, [0.0, 2.0]], "fill": {}, "share": 0.5,
             "trees": [{"f": [0, -1, 1, -1, -1], "t": [0.5, 0, 2.0, 0, 0], "l": [1, -1, 3, -1, -1],
                        "r": [2, -1, 4, -1, -1], "v": [18.0, 10.0, 25.0, 20.0, 30.0]}]}
    assert walk_trees(trees, {"x": 0.2, "y": 9.0}) == (10.0, {"x": -8.0})
    assert walk_trees(trees, {"x": 0.9, "y": 9.0}) == (20.0, {"x": 7.0, "y": -5.0})  # y clipped to its bound
    model = {"features": ["x"], "mean": [0.0], "scale": [1.0], "signs": [1], "weights": [4.0], "intercept": 50.0,
             "offset": 0.0, "trees": trees}
    q, raw, contrib = predict(model, {"x": 1.0, "y": 3.0})
    assert raw == 0.5 * 54.0 + 0.5 * 20.0 == q  # the mean of the ridge and the trees
    assert contrib == {"x": 0.5 * 4.0 + 0.5 * 7.0, "y": 0.5 * -5.0}
    for kind, m in load()["models"].items():  # the shipped trees: roots plus contributions give the estimate
        feats = dict.fromkeys(m["trees"]["features"], 0.3)
        total, parts = walk_trees(m["trees"], feats)
        roots = sum(t["v"][0] for t in m["trees"]["trees"])
        assert abs(roots + sum(parts.values()) - total) < 1e-6, kind
        assert all(len(t["f"]) == len(t["v"]) for t in m["trees"]["trees"])


def test_log_target_is_taken_back_to_mqm_and_contributions_still_add_up():
    model = {"features": ["x", "y"], "mean": [0.0, 0.0], "scale": [1.0, 1.0], "signs": [1, -1], "weights": [0.5, 0.2],
             "intercept": math.log(45.0), "offset": 0.0, "target": {"kind": "log", "offset": 5.0}}
    q, raw, contrib = predict(model, {"x": 1.0, "y": 2.0})
    fitted = math.log(45.0) + 0.5 - 0.4
    assert raw == round(math.exp(fitted) - 5.0, 2)
    assert abs(sum(contrib.values()) - (raw - 40.0)) < 0.02  # from the intercept's MQM (45 - 5) to the estimate's
    assert contrib["x"] > 0 > contrib["y"] and abs(contrib["x"] / contrib["y"] + 0.5 / 0.4) < 0.01
    assert predict(model, {})[1] == 40.0 and predict(model, {})[2] == {"x": 0.0, "y": 0.0}
    with pytest.raises(ValueError, match="unknown target kind"):
        predict(dict(model, target={"kind": "cube"}), {"x": 1.0})


def test_a_finding_can_only_lower_the_shipped_estimate():
    """The trees are monotone like the ridge: more findings, or more words likely in error, never raise it."""
    for kind, m in load()["models"].items():
        base = {n: 0.0 for n in m["trees"]["features"]} | {"log_words": 5.0, "word_errors": 0.2, "function_share": 0.4,
                                                          "mean_zipf": 5.0, "words_per_line": 12.0}
        for name in ("grammar_density", "major_density", "word_errors", "untranslated_density"):
            q = [predict(m, dict(base, **{name: v}))[1] for v in (0.0, 0.1, 0.3, 0.6, 1.0, 2.0)]
            assert all(a >= b for a, b in zip(q, q[1:])), (kind, name, q)


def test_source_difficulty_reads_the_source_alone():
    plain = F.source_difficulty("The cat sleeps on the sofa.\nThe dog eats.")
    hard = F.source_difficulty("Ergonomic polycarbonate USB-C hub with Thunderbolt compatibility, 4K@60Hz (2x HDMI)")
    assert set(plain) == {"src_words_per_line", "src_rare_share", "src_unknown_share", "src_mean_zipf",
                          "src_capitals_share", "src_numbers", "src_punct", "src_long_share"}
    assert hard["src_rare_share"] > plain["src_rare_share"] and hard["src_mean_zipf"] < plain["src_mean_zipf"]
    assert hard["src_capitals_share"] > plain["src_capitals_share"] == 0.0
    assert hard["src_numbers"] > plain["src_numbers"] == 0.0 and hard["src_punct"] > plain["src_punct"]
    assert hard["src_long_share"] > plain["src_long_share"] == 0.0
    assert plain["src_words_per_line"] < hard["src_words_per_line"]
    # in the source set, beside the comparison with the article
    rt = {"available": True, "metrics": {"chrf": 70.0},
          "bilingual": {"available": True, "metrics": {"pairs": 1}, "pairs": []}}
    kind, feats = F.compute("Le chat dort sur le canapé.", [], 6, rt, "The cat sleeps on the sofa.")
    assert kind == "source"
    assert {k: feats[k] for k in plain} == F.source_difficulty("The cat sleeps on the sofa.")


def test_bench_features_are_the_audits_own(tmp_path, monkeypatch):
    """bench/train_quality.py fits the roundtrip and source models on features made by the product's own
    run_roundtrip (light_reports): they equal those of a real audit with the source."""
    import shutil
    import sys
    from pathlib import Path

    from mtaudit.roundtrip import encoder

    if shutil.which("apertium") is None or not encoder.available():
        pytest.skip("needs apertium and the sentence encoder")
    monkeypatch.setenv("MTAUDIT_BENCH_CACHE", str(tmp_path))
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "bench"))
    import train_quality as T
    from mtaudit.config import Config
    from mtaudit.pipeline import Auditor
    from mtaudit.read import Article

    text = "Le conseil a voté le budget mardi.\nLes 45 élus ont débattu pendant trois heures.\n"
    source = "The council voted the budget on Tuesday.\nThe 45 councillors debated for three hours."
    doc = {"text": text, "source": source}
    light = T.light_reports([doc])[0]
    report = Auditor(Config(roundtrip={"engine": "apertium", "cache_dir": str(tmp_path / "rt")})).audit(
        Article.from_text(text, id="doc", source=source))
    assert report["roundtrip"]["bilingual"]["available"]
    assert F.roundtrip_features(light) == F.roundtrip_features(report["roundtrip"])
    assert F.source_features(text, source, light) == F.source_features(text, source, report["roundtrip"])
    assert report["score"]["estimate"]["model"].endswith("/source")
    feats = report["score"]["features"]
    bench = T.features_for([doc], [{"findings": [], "article": {"words": report["article"]["words"]}}], [light],
                           T.C.analyses([text], progress=False))
    for name in T.RT + T.SRC:
        assert bench["source"][0][name] == feats[name], name
    # the round-trip and source rules' findings (MTA8xx) enter the source model's features as in the audit
    text = "Le conseil a voté le budget mardi.\nLes élus ont débattu pendant trois heures.\n"
    doc = {"text": text, "source": source}
    light = T.light_reports([doc])[0]
    report = Auditor(Config(roundtrip={"engine": "apertium", "cache_dir": str(tmp_path / "rt")})).audit(
        Article.from_text(text, id="doc", source=source))
    later = [f for f in report["findings"] if f["rule"].startswith("MTA8")]
    assert later, "the missing number should be found"
    detectors = [f for f in report["findings"] if not f["rule"].startswith("MTA8")]
    bench = T.features_for([doc], [{"findings": detectors, "article": {"words": report["article"]["words"]}}],
                           [light], T.C.analyses([text], progress=False))["source"][0]
    feats = report["score"]["features"]
    assert bench["severe_penalty"] == feats["severe_penalty"] and bench["minor_density"] == feats["minor_density"]
    for name, value in bench.items():
        assert value == feats[name], name
    del sys.modules["train_quality"]


def test_rule_precision_chance(monkeypatch):
    """bench/rule_precision.py: the share of places a span of a given length overlaps an annotated span,
    counted against a brute force, and the precision beyond chance."""
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "bench"))
    import rule_precision as R

    doc = {"text": "x" * 40, "spans": [{"pieces": [(5, 7)]}, {"pieces": [(20, 21), (30, 33)]}]}
    cum = R.coverage(doc)
    inside = {i for s in doc["spans"] for a, b in s["pieces"] for i in range(a, b)}
    for length in (1, 3, 8, 39, 40, 60):
        places = range(max(1, 40 - length + 1))
        brute = sum(any(i in inside for i in range(p, min(p + length, 40))) for p in places) / len(places)
        assert R.chance(cum, length) == pytest.approx(brute), length
    assert R.chance(R.coverage({"text": "abc", "spans": []}), 2) == 0.0
    assert R.beyond_chance(0.975, 0.969) == pytest.approx(0.1935, abs=1e-4)
    assert R.beyond_chance(0.5, 0.7) == 0.0 and R.beyond_chance(0.9, 1.0) == 0.0
    assert R.beyond_chance(0.8, 0.0) == pytest.approx(0.8)


def test_rules_whose_docs_promise_a_demotion_are_demoted_in_the_shipped_table():
    # a refit once dropped MTA801's "minor" from the table while its docs kept promising it
    from mtaudit.detect.registry import all_rules

    promised = {rid for rid, r in all_rules().items() if "demoted to minor" in " ".join(str(r.what).split())}
    assert "MTA801" in promised
    assert {rid: precision.default_severity(rid) for rid in promised} == dict.fromkeys(promised, "minor")


def test_every_input_a_shipped_model_reads_has_a_name_on_the_sheet():
    # the sheet's one line names what moved the estimate; the source difficulty inputs had shown their keys
    from mtaudit.report.html import FEATURE_NAMES

    model = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    read = {f for m in model["models"].values() for f in m["features"] + m.get("trees", {}).get("features", [])}
    assert "src_numbers" in read
    assert sorted(read - set(FEATURE_NAMES)) == []


def test_a_domain_calibration_shifts_the_map_not_the_prediction(tmp_path):
    path = tiny_model(tmp_path)
    data = json.loads(path.read_text())
    data["domains"] = {"units": {"shift": 4.0}}
    path.write_text(json.dumps(data))
    feats = {"major_density": 0.5, "english_share": 0.0}
    text, units = estimate("base", feats, path), estimate("base", feats, path, domain="units")
    assert units["quality"] == text["quality"] + 4.0 and units["predicted_mqm"] == text["predicted_mqm"]
    assert units["domain"] == "units" and "domain" not in text
    assert estimate("base", feats, path, domain="other") == text  # a domain without calibration: as text


def test_translation_unit_files_use_the_units_calibration(tmp_path):
    from mtaudit.config import Config
    from mtaudit.l10n.audit import audit_bilingual
    from mtaudit.l10n.memory import TranslationMemory
    from mtaudit.pipeline import Auditor
    from mtaudit.read.bilingual import read_bilingual

    po = tmp_path / "ui.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Open the file"\nmsgstr "Ouvrir le fichier"\n',
                  encoding="utf-8")
    doc = read_bilingual(po)
    memory = TranslationMemory()
    memory.add_document(doc)
    report = audit_bilingual(Auditor(Config()), doc, memory)
    shipped = (load().get("domains") or {}).get("units")
    assert (report["score"]["estimate"].get("domain") == "units") == bool(shipped)
    assert audit_text(FRENCH)["score"]["estimate"].get("domain") is None


def test_train_quality_writes_the_shipped_files_only_on_a_full_run():
    """A partial or variant fit (--no-source, --limit, --fold-seed…) must not overwrite the shipped model
    files: it writes only where --out says."""
    from conftest import bench_module

    T = bench_module("train_quality")
    ap = T.parser()
    assert T.variant_options(ap.parse_args([])) == []
    assert T.variant_options(ap.parse_args(["--jobs", "1", "--out", "x.json"])) == []
    assert T.variant_options(ap.parse_args(["--no-source"])) == ["--no-source"]
    assert T.variant_options(ap.parse_args(["--limit", "40", "--fold-seed", "2"])) == ["--limit", "--fold-seed"]
    assert T.variant_options(ap.parse_args(["--source-every", "3", "--log-target"])) == ["--log-target",
                                                                                     "--source-every"]
    assert T.SHIPPED.name == "quality_model.json" and T.SHIPPED_WORDS.name == "word_model.json"
