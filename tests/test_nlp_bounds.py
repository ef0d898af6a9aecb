"""spaCy's tokenizer is quadratic on a long whitespace-free span that splits into many tokens
("[" * 16000 took 39 s holding the GIL): detect/nlp.py hands such spans to it in bounded pieces,
with every offset unchanged."""
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
