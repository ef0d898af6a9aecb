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
