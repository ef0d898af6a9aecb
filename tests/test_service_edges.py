"""Service edges found by the QA sweep: requests during warm-up, clients gone mid-body, the word and
work estimates that route and limit requests."""
import json

import pytest

httpx = pytest.importorskip("httpx")
uvicorn = pytest.importorskip("uvicorn")

from mtaudit.service.app import _size_of, _words_of  # noqa: E402


def test_html_word_estimate_reads_entities_as_characters():
    body = json.dumps({"html": "<p>" + "&eacute;t&eacute; " * 50 + "</p>"}).encode()
    assert _words_of(body) == 50


def test_long_runs_count_as_work_not_words():
    words, work = _size_of(json.dumps({"text": "[" * 5000}).encode())
    assert words == 0 and work >= 5000  # spaCy makes a token of each: routed to the heavy lane
    words, work = _size_of(json.dumps({"text": "Le maire a vu https://exemple.fr/budget-2024 hier."}).encode())
    assert words == work
