"""Renderings in French: numbers as French writes them, labels translated, quoted text in guillemets."""
import re

import pytest

import mtaudit
from mtaudit.i18n import using

TEXT = ("Le le ministre a présenté le projet {{prenom}} jeudi à Paris.\n\n"
        "Il a salué le soutien de la de la France. Il faut que que l'Europe agisse.\n")


@pytest.fixture(scope="module")
def report_fr():
    return mtaudit.audit(TEXT, config={"lang": "fr"})


def test_html_estimate_line_writes_numbers_the_french_way(report_fr):
    from mtaudit.report.html import _estimate_line, render_html

    est = dict(report_fr["score"], mqm_quality=61.5,
               estimate={"model": "q4/base", "contributions": {"severe_penalty": -64.4, "log_words": 2.3}})
    with using("fr"):
        line = _estimate_line(est)
    assert "pénalité MQM seule\u00a0: 61,5" in line or "seule : 61,5" in line, line
    assert "-64,4" in line and "+2,3" in line, line
    assert not re.search(r"\d\.\d", line), line
    with using("en"):
        assert "-64.4" in _estimate_line(est) and "alone: 61.5" in _estimate_line(est)
    page = render_html(report_fr, TEXT)
    note = re.search(r'<div class="note">(La qualité[^<]*)</div>', page).group(1)
    assert not re.search(r"\d\.\d", note), note


def test_markdown_round_trip_line_has_labels_and_french_numbers(report_fr):
    from mtaudit.report.markdown import render_markdown

    rt = {"available": True, "engine": "apertium", "models": {"fr-en": "fr-en", "en-fr": "en-fr"},
          "metrics": {"chrf": 73.69, "bleu": 55.42, "ter": 25.0, "semantic": 0.811, "semantic_low_decile": 0.661}}
    md = render_markdown(dict(report_fr, roundtrip=rt), TEXT)
    line = next(ln for ln in md.splitlines() if ln.startswith("Moteur apertium"))
    assert "semantic_low_decile" not in line and "bleu" not in line, line
    assert "chrF++ 73,7" in line and "0,811" in line and "0,661" in line and "TER 25,0" in line, line
    md_en = render_markdown(dict(report_fr, roundtrip=rt, lang="en"), TEXT)
    assert "Article: chrF++ 73.7, BLEU 55.4, TER 25.0, semantic 0.811 (lowest decile 0.661)." in md_en
