"""The source's lexical coverage through bilingual dictionaries (mtaudit/score/coverage.py, lang/bilex.py,
data/bilex.tsv)."""
from mtaudit.lang import bilex as B
from mtaudit.score import coverage as V
from mtaudit.score import features as F

SOURCE = "The council voted the budget on Tuesday.\nThe 45 councillors debated for three hours."
FAITHFUL = "Le conseil a voté le budget mardi.\nLes 45 conseillers ont débattu pendant trois heures.\n"
UNFAITHFUL = "Le chat a mangé la souris hier soir.\nLes 45 enfants ont joué dans le jardin.\n"


def test_lexicon_lookup():
    lex, french = B.load()
    assert "maison" in lex["house"]
    assert "heure" in B.translations("hours", lex)  # an inflected form reaches its lemma
    assert B.english_lemma("stopped", lex) == "stop"
    assert B.english_lemma("the", lex) is None  # function words are not in the lexicon
    assert "maison" in french


def test_lexicon_header_names_its_sources():
    head = [ln for ln in B.LEXICON.read_text(encoding="utf-8").splitlines()[:8] if ln.startswith("#")]
    assert any("bench/build_bilex.py" in ln for ln in head)
    assert any("GPL" in ln for ln in head)


def test_faithful_translation_is_covered_more():
    good = V.coverage_features(FAITHFUL, SOURCE)
    bad = V.coverage_features(UNFAITHFUL, SOURCE)
    for name in ("src_cov", "src_cov_plain", "tgt_cov", "src_cov_low"):
        assert good[name] > bad[name], name
    assert good["src_cov_plain"] >= 0.8 and bad["src_cov_plain"] <= 0.3


def test_lemmas_of_the_language_layer_count():
    # "débattu" reaches "débattre" only through a lemma; without tokens the form does not match
    from mtaudit.detect.nlp import Token

    text = "Ils ont débattu."
    tokens = [Token(0, 0, 3, "Ils", "il"), Token(1, 4, 7, "ont", "avoir"), Token(2, 8, 15, "débattu", "débattre")]
    assert V.coverage_features(text, "They debated.")["src_cov"] == 0.0
    assert V.coverage_features(text, "They debated.", tokens=tokens)["src_cov"] == 1.0


def test_names_and_numbers_are_left_out():
    # a name kept as is and a number are not content words to translate: nothing to look up reads 1.0
    feats = V.coverage_features("Apple 2024", "Apple 2024")
    assert feats["src_cov"] == 1.0 and feats["tgt_cov"] == 1.0


def test_sentence_pairs_give_the_low_decile():
    text = FAITHFUL.split("\n")[0] + "\n" + UNFAITHFUL.split("\n")[1] + "\n"
    src_a = SOURCE.split("\n")[0]
    rt = {"bilingual": {"pairs": [
        {"source_start": 0, "source_end": len(src_a), "start": 0, "end": text.index("\n")},
        {"source_start": len(src_a) + 1, "source_end": len(SOURCE), "start": text.index("\n") + 1, "end": len(text)},
    ]}}
    feats = V.coverage_features(text, SOURCE, rt)
    assert feats["src_cov_low"] < feats["src_cov_plain"]


def test_source_features_carry_the_coverage():
    rt = {"bilingual": {"available": True, "metrics": {}, "pairs": []}}
    feats = F.source_features(FAITHFUL, SOURCE, rt)
    assert {"src_cov", "src_cov_plain", "tgt_cov", "src_cov_low"} <= set(feats)
