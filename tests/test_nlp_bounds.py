"""spaCy's tokenizer is quadratic on a long whitespace-free span that splits into many tokens
("[" * 16000 took 39 s holding the GIL): detect/nlp.py hands such spans to it in bounded pieces,
with every offset unchanged. Other patterns bounded the same way are tested here too."""
from __future__ import annotations

import re

import pytest

from mtaudit.detect import nlp


@pytest.fixture
def seen():
    """The strings spaCy's tokenizer is given."""
    pipeline, _name = nlp.load_spacy()
    if pipeline is None:
        pytest.skip("spaCy's French model is not installed")
    real, got = pipeline.tokenizer, []

    def spy(text):
        got.append(text)
        return real(text)
    pipeline.tokenizer = spy
    try:
        yield got
    finally:
        pipeline.tokenizer = real


def test_long_punctuation_runs_reach_the_tokenizer_in_bounded_pieces(seen):
    text = "Le maire a parlé [" + "[" * 1500 + "] hier.\n\nPuis " + "(l'" * 400 + " fin. " + "https://exemple.fr/" + "a" * 30
    toks, ents, _name = nlp.analyse(text)
    longest = max(len(s) for t in seen for s in re.findall(r"\S+", t))
    assert longest <= 256  # nlp.LONG_SPAN
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert all(text[e.start:e.end] == e.text for e in ents)
    assert sum(t.text == "[" for t in toks) >= 1500
    assert [t.text for t in toks[:4]] == ["Le", "maire", "a", "parlé"]


def test_ordinary_text_is_tokenized_whole(seen):
    text = "Le conseil a voté (https://exemple.fr/" + "x" * 150 + ") le budget... [sic]"
    nlp.analyse(text)
    assert seen == [text]


def test_web_addresses_are_found_run_by_run_as_the_pattern_finds_them():
    import random

    from mtaudit.lang.addresses import URL_RUN_MAX, URL_RX, url_matches

    rng = random.Random(7)
    pieces = ["a", "b", ".", "-", "@", "/", ":", " ", "\n", "«", "é", "www.", "http://", ".com", ".fr", "_"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 24)))
        assert [m.span() for m in url_matches(text)] == [m.span() for m in URL_RX.finditer(text)], text
    # a run the pattern is quadratic on (seconds at 16,000 characters) is taken whole, at once
    long = "@" + "a-" * URL_RUN_MAX
    assert [m.span() for m in url_matches("Voir " + long + " ici")] == [(5, 5 + len(long))]
    assert list(url_matches("a-" * 5000)) == []  # no cue: no address
