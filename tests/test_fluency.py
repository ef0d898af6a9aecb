"""Fluency evidence for the word model (mtaudit/score/fluency.py): part-of-speech trigram surprisal under the
shipped prose model, and the parser's sentence breaks where no punctuation ends a sentence."""
import json

import numpy as np

from mtaudit.detect.nlp import Token
from mtaudit.score import fluency as FL, words as W


def tok(i, start, text, pos, morph="", dep="", head=None):
    return Token(i, start, start + len(text), text, text.lower(), pos, morph, dep, i if head is None else head)


def sentence(spec, text_sep=" "):
    """Tokens from [(text, pos, morph, dep, head)] laid out with single spaces (or text_sep)."""
    toks, pos = [], 0
    parts = []
    for k, (t, p, m, d, h) in enumerate(spec):
        toks.append(tok(k, pos, t, p, m, d, h))
        parts.append(t)
        pos += len(t) + len(text_sep)
    return text_sep.join(parts), toks


S, P = "Number=Sing", "Number=Plur"
FLUENT = [("Le", "DET", S, "det", 1), ("conseil", "NOUN", S, "nsubj", 3),
          ("a", "AUX", "Mood=Ind|Number=Sing|Person=3|VerbForm=Fin", "aux:tense", 3),
          ("voté", "VERB", "Gender=Masc|Number=Sing|VerbForm=Part", "ROOT", 3), ("le", "DET", S, "det", 5),
          ("budget", "NOUN", S, "obj", 3), (".", "PUNCT", "", "punct", 3)]
GARBLED = [("les", "DET", P, "det", 1), ("VCR", "NOUN", P, "nsubj", 2), ("commencer", "VERB", "VerbForm=Inf", "ROOT", 2),
           ("fois", "NOUN", P, "obj", 2), ("donc", "ADV", "", "advmod", 2), ("le", "DET", S, "det", 6),
           ("de", "ADP", "", "case", 6), (".", "PUNCT", "", "punct", 2)]


def test_tags_split_verbs_by_form():
    assert FL.tag_of(tok(0, 0, "commencer", "VERB", "VerbForm=Inf")) == "VERB:Inf"
    assert FL.tag_of(tok(0, 0, "voté", "VERB", "Gender=Masc|VerbForm=Part")) == "VERB:Part"
    assert FL.tag_of(tok(0, 0, "votées", "VERB", "Gender=Fem|Number=Plur|VerbForm=Part")) == "VERB:Part:Plur"
    assert FL.tag_of(tok(0, 0, "a", "AUX", "Mood=Ind|Number=Sing|Person=3|VerbForm=Fin")) == "AUX:Sing"
    assert FL.tag_of(tok(0, 0, "les", "DET", "Definite=Def|Number=Plur|PronType=Art")) == "DET:Plur"
    assert FL.tag_of(tok(0, 0, "vite", "ADV", "")) == "ADV"
    assert FL.tag_of(tok(0, 0, "zz", "WEIRD")) == "X"
    assert set(map(FL.tag_of, [tok(0, 0, "x", p, m) for p in FL.UPOS for m in ("", "Number=Sing", "VerbForm=Inf")])) <= set(FL.TAGS)


def test_shipped_model_counts_tag_sequences_only():
    data = json.loads(FL.MODEL_FILE.read_text(encoding="utf-8"))
    tags = set(FL.TAGS)
    assert data["trigrams"] and all(set(k.split(" ")) <= tags for k in data["trigrams"])
    assert all(isinstance(v, int) and v > 0 for v in data["trigrams"].values())
    table = FL.load()
    assert table.shape == (len(FL.TAGS),) * 3 and np.isfinite(table).all() and (table > 0).all()
    # every context is a distribution over the next tag
    assert np.allclose(np.exp2(-table).sum(axis=2), 1.0)


def test_garbled_tag_sequence_is_more_surprising():
    table = FL.load()
    text, toks = sentence(FLUENT)
    fluent = FL.surprisal(text, toks, table)
    text, toks = sentence(GARBLED)
    garbled = FL.surprisal(text, toks, table)
    assert garbled.mean() > fluent.mean() + 0.5
    # an infinitive right after a noun is rare in prose
    assert garbled[2] > 6.0


def test_surprisal_restarts_at_each_line():
    table = FL.load()
    text = "Le conseil\nLe conseil"
    toks = [tok(0, 0, "Le", "DET"), tok(1, 3, "conseil", "NOUN"), tok(2, 11, "Le", "DET"), tok(3, 14, "conseil", "NOUN")]
    bits = FL.surprisal(text, toks, table)
    s, det, noun = FL.TAGS.index("<s>"), FL.TAGS.index("DET"), FL.TAGS.index("NOUN")
    assert np.allclose(bits, [table[s, s, det], table[s, det, noun]] * 2)


def test_parser_breaks_only_inside_a_line_after_a_word():
    # two trees on one line, the second opening after a word: a break; after a full stop: none
    spec = [("Prix", "NOUN", "", "ROOT", 0), ("bas", "ADJ", "", "amod", 0),
            ("livraison", "NOUN", "", "ROOT", 2), ("rapide", "ADJ", "", "amod", 2), (".", "PUNCT", "", "punct", 2),
            ("Merci", "NOUN", "", "ROOT", 5)]
    text, toks = sentence(spec)
    cols = FL.token_columns(text, toks)
    assert cols[:, FL.TOKEN_FEATURES.index("parse_break")].tolist() == [0, 0, 1, 0, 0, 0]
    # the same trees on separate lines: no break
    text, toks = sentence(spec, text_sep="\n")
    assert FL.token_columns(text, toks)[:, 3].sum() == 0
    # without a parse (regex tokens) and without tokens: zeros
    bare = [tok(k, t.start, t.text, "") for k, t in enumerate(toks)]
    assert not FL.token_columns(text, bare).any()
    assert FL.token_columns("", []).shape == (0, len(FL.TOKEN_FEATURES))


def test_word_model_reads_the_fluency_columns():
    names = W.feature_names()
    i = names.index(FL.TOKEN_FEATURES[0])
    assert names[i:i + len(FL.TOKEN_FEATURES)] == list(FL.TOKEN_FEATURES)
    text, toks = sentence(GARBLED)
    X = W.token_matrix(text, toks, [])
    assert np.allclose(X[:, names.index("pos_bits")], FL.surprisal(text, toks, FL.load()) / 8.0, atol=1e-6)
    # the next tag's bits point back at the token before it, within the line
    assert np.allclose(X[:-1, names.index("next_pos_bits")], X[1:, names.index("pos_bits")])
    assert X[-1, names.index("next_pos_bits")] == 0.0


def test_one_and_two_token_texts():
    for text, toks in (("123", [tok(0, 0, "123", "NUM", dep="ROOT")]),
                       ("Oui .", [tok(0, 0, "Oui", "INTJ", dep="ROOT"), tok(1, 4, ".", "PUNCT", dep="punct", head=0)])):
        cols = FL.token_columns(text, toks)
        assert cols.shape == (len(toks), len(FL.TOKEN_FEATURES)) and np.isfinite(cols).all()
        assert W.token_matrix(text, toks, []).shape == (len(toks), len(W.feature_names()))
