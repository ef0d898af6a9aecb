"""The word-level error model: token features, their sums per document, the shipped model."""
import numpy as np
import pytest

from mtaudit.detect.nlp import Token
from mtaudit.score import words as W
from mtaudit.score.estimate import load as load_quality, predict

COL = {n: i for i, n in enumerate(W.feature_names())}


def toks(text, pos=None, morph=None, dep=None, heads=None):
    """Tokens of text split on spaces and newlines (punctuation as separate words in the text)."""
    out, i = [], 0
    for k, w in enumerate(text.split()):
        start = text.index(w, i)
        out.append(Token(k, start, start + len(w), w, w.lower(), (pos or {}).get(k, ""), (morph or {}).get(k, ""),
                         (dep or {}).get(k, ""), (heads or {}).get(k, k)))
        i = start + len(w)
    return out


def test_matrix_has_one_row_per_token_and_named_columns():
    text = "Le chat dort .\nUn titre sans point"
    X = W.token_matrix(text, toks(text), [])
    assert X.shape == (8, len(W.feature_names()))
    assert W.token_matrix("", [], []).shape == (0, len(W.feature_names()))


@pytest.mark.parametrize("text", ["123", "Bonjour", "Oui\n"])
def test_a_one_token_text_has_one_row(text):
    X = W.token_matrix(text, toks(text), [])
    assert X.shape == (1, len(W.feature_names())) and np.isfinite(X).all()


def test_findings_cover_exactly_their_tokens_and_neighbours_see_them():
    text = "le chat dort bien ici"
    t = toks(text)
    f = {"start": 3, "end": 7, "severity": "major", "category": "grammar", "confidence": 0.8}  # "chat"
    X = W.token_matrix(text, t, [f])
    assert X[:, COL["found"]].tolist() == [0, 1, 0, 0, 0]
    assert X[1, COL["found_major"]] == 1 and X[1, COL["found_grammar"]] == 1 and X[1, COL["found_spelling"]] == 0
    assert X[1, COL["found_conf"]] == pytest.approx(0.8)
    assert X[0, COL["next_found"]] == 1 and X[2, COL["prev_found"]] == 1 and X[3, COL["prev_found"]] == 0
    # a finding that ends where a token starts does not cover it
    g = {"start": 0, "end": 2, "severity": "minor", "category": "typography", "confidence": 0.5}
    assert W.token_matrix(text, t, [g])[:, COL["found"]].tolist() == [1, 0, 0, 0, 0]


def test_lines_position_and_ending():
    text = "Une phrase finie .\nUn titre sans point"
    X = W.token_matrix(text, toks(text), [])
    assert X[:, COL["line_first"]].tolist() == [1, 0, 0, 0, 1, 0, 0, 0]
    assert X[:, COL["line_last"]].tolist() == [0, 0, 0, 1, 0, 0, 0, 1]
    assert X[:4, COL["line_unended"]].sum() == 0 and X[4:, COL["line_unended"]].min() == 1
    assert X[4, COL["line_pos"]] == 0 and X[7, COL["line_pos"]] == 1
    # neighbours' part of speech stops at the line break
    pos = {3: "PUNCT", 4: "DET"}
    X = W.token_matrix(text, toks(text, pos=pos), [])
    assert X[4, COL["prev_pos_PUNCT"]] == 0 and X[2, COL["next_pos_PUNCT"]] == 1


def test_agreement_clash_with_the_head():
    text = "la chat"
    t = toks(text, pos={0: "DET", 1: "NOUN"}, morph={0: "Gender=Fem|Number=Sing", 1: "Gender=Masc|Number=Sing"},
             dep={0: "det", 1: "ROOT"}, heads={0: 1, 1: 1})
    X = W.token_matrix(text, t, [])
    assert X[0, COL["gender_clash"]] == 1 and X[0, COL["number_clash"]] == 0
    assert X[1, COL["gender_clash"]] == 0  # the root is its own head
    assert X[0, COL["dep_det"]] == 1 and X[0, COL["pos_DET"]] == 1


def test_syntax_cues():
    # subject and object without a determiner
    text = "utilisateur règle température ."
    X = W.token_matrix(text, toks(text, pos={0: "NOUN", 1: "VERB", 2: "NOUN", 3: "PUNCT"},
                                  dep={0: "nsubj", 1: "ROOT", 2: "obj", 3: "punct"}, heads={0: 1, 2: 1, 3: 1}), [])
    assert X[:, COL["bare_noun"]].tolist() == [1, 0, 1, 0]
    text = "le utilisateur règle la température ."
    X = W.token_matrix(text, toks(text, pos={0: "DET", 1: "NOUN", 2: "VERB", 3: "DET", 4: "NOUN", 5: "PUNCT"},
                                  dep={0: "det", 1: "nsubj", 2: "ROOT", 3: "det", 4: "obj", 5: "punct"},
                                  heads={0: 1, 1: 2, 3: 4, 4: 2, 5: 2}), [])
    assert X[:, COL["bare_noun"]].sum() == 0
    # an adjective before its noun (and its length), two nouns side by side
    text = "une excellente machine café"
    X = W.token_matrix(text, toks(text, pos={0: "DET", 1: "ADJ", 2: "NOUN", 3: "NOUN"},
                                  dep={0: "det", 1: "amod", 2: "ROOT", 3: "nmod"}, heads={0: 2, 1: 2, 3: 2}), [])
    assert X[:, COL["adj_before_noun"]].tolist() == [0, 1, 0, 0]
    assert X[1, COL["adj_before_noun_long"]] == pytest.approx(np.log1p(len("excellente")))
    assert X[:, COL["noun_noun"]].tolist() == [0, 0, 1, 0]
    # an infinitive hanging on a noun with no "à" / "de", not one with it
    text = "la machine laver le linge"
    spec = dict(pos={0: "DET", 1: "NOUN", 2: "VERB", 3: "DET", 4: "NOUN"}, morph={2: "VerbForm=Inf"},
                dep={0: "det", 1: "ROOT", 2: "acl", 3: "det", 4: "obj"}, heads={0: 1, 2: 1, 3: 4, 4: 2})
    assert W.token_matrix(text, toks(text, **spec), [])[:, COL["bare_infinitive"]].tolist() == [0, 0, 1, 0, 0]
    text = "la machine à laver le linge"
    spec = dict(pos={0: "DET", 1: "NOUN", 2: "ADP", 3: "VERB", 4: "DET", 5: "NOUN"}, morph={3: "VerbForm=Inf"},
                dep={0: "det", 1: "ROOT", 2: "mark", 3: "acl", 4: "det", 5: "obj"}, heads={0: 1, 2: 3, 3: 1, 4: 5, 5: 3})
    assert W.token_matrix(text, toks(text, **spec), [])[:, COL["bare_infinitive"]].sum() == 0


def test_frequency_and_dictionary_features():
    pytest.importorskip("wordfreq")
    text = "maison zorglubique the"
    X = W.token_matrix(text, toks(text), [])
    assert X[0, COL["zipf_fr"]] > 0.5 and X[1, COL["fr_unknown"]] == 1 and X[0, COL["fr_unknown"]] == 0
    assert X[2, COL["en_over_fr"]] > 0 > X[0, COL["en_over_fr"]]


def test_aggregate_counts_words_only_and_shrinks_short_texts():
    text = "un deux trois .\nquatre cinq"
    t = toks(text)
    p = np.array([0.2, 0.4, 0.9, 0.99, 0.6, 0.0])
    words = W.word_mask(t)
    assert words.tolist() == [True, True, True, False, True, True]
    agg = W.aggregate(p, words, W.lines_of(text, t))
    assert agg["word_errors"] == pytest.approx(np.mean([0.2, 0.4, 0.9, 0.6, 0.0]), abs=1e-4)
    assert agg["word_flagged"] == pytest.approx(2 / 5)
    assert agg["word_errors_shrunk"] == pytest.approx(2.1 / (5 + W.PRIOR_WORDS), abs=1e-4)
    assert agg["word_worst_line"] == pytest.approx(0.5, abs=1e-4)  # the 2-word line is too short to count
    assert W.aggregate(np.array([]), np.array([], dtype=bool))["word_errors"] == 0.0


def test_shipped_word_model_matches_the_features_and_reads_findings_as_errors():
    m = W.load()
    assert m is not None and m["features"] == W.feature_names()
    assert len(m["weights"]) == len(m["mean"]) == len(m["scale"]) == len(W.feature_names())
    text = "Le produit est livré avec une notice claire et complète ."
    t = toks(text)
    plain = W.probabilities(W.token_matrix(text, t, []), m)
    f = {"start": 3, "end": 10, "severity": "major", "category": "grammar", "confidence": 0.9}
    found = W.probabilities(W.token_matrix(text, t, [f]), m)
    assert found[1] > plain[1]
    assert ((plain > 0) & (plain < 1)).all()
    # every feature a finding raises has a weight >= 0: a finding never lowers an error probability
    finding_features = [n for n in W.feature_names() if "found" in n or n == "line_findings"]
    assert set(m["nonnegative"]) == set(finding_features)
    assert all(w >= 0 for n, w in zip(m["features"], m["weights"]) if n in finding_features)


def test_shipped_quality_falls_as_the_word_model_expects_more_errors():
    model = load_quality()["models"]["base"]
    assert "word_errors" in model["features"]
    feats = {n: m for n, m in zip(model["features"], model["mean"])}
    qs = [predict(model, dict(feats, word_errors=v))[0] for v in (0.05, 0.15, 0.3, 0.5)]
    assert qs == sorted(qs, reverse=True) and qs[0] > qs[-1]
    # without the word features (no spaCy analysis) they count as the model's mean: neutral
    missing = {k: v for k, v in feats.items() if not k.startswith("word_")}
    assert predict(model, missing)[1] == predict(model, feats)[1]


def test_audit_reports_the_word_features():
    from mtaudit.pipeline import audit_text

    rep = audit_text("Le conseil municipal a voté le budget. Les élus ont adopté le texte.\n")
    if not rep["engines"].get("nlp", "").startswith("spacy"):
        pytest.skip("no spaCy model")
    feats = rep["score"]["features"]
    assert 0 < feats["word_errors"] < 1 and 0 <= feats["word_flagged"] <= 1


def test_a_model_file_out_of_step_with_the_code_is_a_clear_error(tmp_path):
    import json

    m = {k: v for k, v in W.load().items() if not k.startswith("_") and k != "trees"}
    m["features"] = m["features"][:-1]
    path = tmp_path / "word_model.json"
    path.write_text(json.dumps(m), encoding="utf-8")
    text = "le chat dort"
    with pytest.raises(ValueError, match="word model"):
        W.word_features(text, toks(text), [], path)


def test_missing_or_mismatched_trees_are_a_clear_error(tmp_path):
    import json

    m = {k: v for k, v in W.load().items() if not k.startswith("_")}
    assert m.get("trees"), "the shipped word model has trees"
    path = tmp_path / "word_model.json"
    path.write_text(json.dumps(m), encoding="utf-8")
    text = "le chat dort"
    for _ in range(2):  # and again: no model without its trees was kept
        with pytest.raises(FileNotFoundError, match="trees"):
            W.word_features(text, toks(text), [], path)
    # trees fitted on fewer features than the code computes
    import lightgbm as lgb

    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 3))
    booster = lgb.train({"objective": "binary", "verbose": -1, "num_leaves": 3}, lgb.Dataset(X, X[:, 0] > 0), 2)
    (tmp_path / m["trees"]["file"]).write_text(booster.model_to_string(), encoding="utf-8")
    path2 = tmp_path / "other.json"
    path2.write_text(json.dumps(m), encoding="utf-8")
    with pytest.raises(ValueError, match="word model"):
        W.word_features(text, toks(text), [], path2)


def test_a_finding_never_lowers_a_token_error_probability():
    """The trees are monotone in the finding features and the linear weights on them are >= 0: on
    every seed article, giving every token a confident major finding raises or keeps each probability."""
    from itertools import cycle
    from pathlib import Path

    from mtaudit.detect.nlp import analyse

    m = W.load()
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    assert seeds
    for seed in seeds:
        text = seed.read_text(encoding="utf-8")
        tokens = analyse(text)[0]
        if not tokens:
            pytest.skip("no spaCy model")
        plain = W.probabilities(W.token_matrix(text, tokens, []), m)
        every = [{"start": t.start, "end": t.end, "severity": "major", "category": g, "confidence": 0.9}
                 for t, g in zip(tokens, cycle(W.GROUPS))]
        found = W.probabilities(W.token_matrix(text, tokens, every), m)
        assert (found >= plain - 1e-12).all(), seed.name
        assert found.mean() > plain.mean()


@pytest.mark.parametrize("text", ["123", ".", "a", "\n\n", "Bonjour\n\n\nmerci", "« Oui »", "1 2"])
def test_tiny_and_odd_texts(text):
    t = toks(text)
    X = W.token_matrix(text, t, [])
    assert X.shape == (len(t), len(W.feature_names())) and np.isfinite(X).all()
    agg = W.aggregate(W.probabilities(X, W.load()), W.word_mask(t), W.lines_of(text, t))
    assert all(0 <= v <= 1 for v in agg.values())


def test_remembered_tree_scores_are_the_same_and_an_edited_draft_scores_only_new_rows():
    from pathlib import Path

    from mtaudit.detect.nlp import analyse

    m = W.load()
    text = (Path(__file__).resolve().parent.parent / "seeds" / "000_61c0142607882218.txt").read_text(encoding="utf-8")
    tokens = analyse(text)[0]
    if not tokens:
        pytest.skip("no spaCy model")
    W.forget_rows()
    X = W.token_matrix(text, tokens, [])
    assert np.array_equal(W.probabilities(X, m, remember=True), W.probabilities(X, m))
    first = dict(W.row_stats)
    assert first["scored"] > 0
    assert np.array_equal(W.probabilities(X, m, remember=True), W.probabilities(X, m))
    assert W.row_stats["scored"] == first["scored"]  # every row remembered
    # the draft again with its last line rewritten: only that line's rows are new
    lines = text.rstrip("\n").split("\n")
    edited = "\n".join(lines[:-1] + ["Le ministre a répondu aux questions des élus pendant une heure."]) + "\n"
    t2 = analyse(edited)[0]
    X2 = W.token_matrix(edited, t2, [])
    before = W.row_stats["scored"]
    assert np.array_equal(W.probabilities(X2, m, remember=True), W.probabilities(X2, m))
    assert 0 < W.row_stats["scored"] - before < len(X2) / 2
    W.forget_rows()
    assert W.row_stats == {"hits": 0, "scored": 0}


def test_the_row_memory_keeps_at_most_its_rows(monkeypatch):
    text = "Le produit est livré avec une notice claire et complète .\nUn câble de charge est fourni ."
    X = W.token_matrix(text, toks(text), [])
    monkeypatch.setattr(W, "ROW_MEMORY", 5)
    W.forget_rows()
    p = W.probabilities(X, W.load(), remember=True)
    assert len(W._rows) == 5 and np.array_equal(p, W.probabilities(X, W.load()))
    W.forget_rows()
