"""Service edges found by the QA sweep: requests during warm-up, clients gone mid-body, the word and
work estimates that route and limit requests."""
import json

import pytest

httpx = pytest.importorskip("httpx")
uvicorn = pytest.importorskip("uvicorn")

from mtaudit.service.app import _words_of  # noqa: E402


def test_html_word_estimate_reads_entities_as_characters():
    body = json.dumps({"html": "<p>" + "&eacute;t&eacute; " * 50 + "</p>"}).encode()
    assert _words_of(body) == 50
