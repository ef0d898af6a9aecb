"""MQM linear scoring."""
import pytest

from mtaudit.detect.finding import Finding
from mtaudit.score import score, verdict_for


def f(sev, cat="markup"):
    return Finding("MTA101", "x", cat, "Design/Markup", sev, 0, 1, "x", "m")


def test_formula():
    s = score([f("minor"), f("major"), f("critical", "name")], words=620)
    assert s["penalty"] == 31
    assert s["penalty_per_1000_words"] == 50.0
    assert s["quality"] == 50.0 and s["verdict"] == "fail"
    assert s["counts"] == {"critical": 1, "major": 1, "minor": 1}
    assert s["by_category"] == {"markup": 2, "name": 1}


def test_quality_floor_and_rounding():
    assert score([f("critical")] * 10, words=100)["quality"] == 0.0
    s = score([f("minor")] * 3, words=700)
    assert s["penalty_per_1000_words"] == 4.29 and s["quality"] == 95.7 and s["verdict"] == "pass"


def test_clean_article_scores_100():
    s = score([], words=0)
    assert s["quality"] == 100.0 and s["verdict"] == "pass" and s["penalty"] == 0


def test_configurable_weights_and_thresholds():
    s = score([f("major")], words=100, weights={"minor": 1, "major": 2, "critical": 10},
              thresholds={"pass": 99, "review": 50})
    assert s["quality"] == 80.0 and s["verdict"] == "review"


@pytest.mark.parametrize("q,v", [(100, "pass"), (90, "pass"), (89.9, "review"), (70, "review"), (69.9, "fail"), (0, "fail")])
def test_verdict_thresholds(q, v):
    assert verdict_for(q) == v
