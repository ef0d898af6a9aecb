"""The language layer (mtaudit/lang/): one text-folding module with named variants, one word
frequency wrapper, one Hunspell loader."""
import pytest

from mtaudit.lang import frequency, hunspell
from mtaudit.lang.text import (cells, collapse_spaces, fold, fold_accents, fold_in_place, fold_name, light_stem,
                               squash, squash_name, strip_accents)


def test_fold_variants_say_what_they_keep():
    assert strip_accents("Décision’s") == "Decision’s"
    assert fold_accents("Décision’s") == "decision’s"
    assert fold("Décision’s") == "decision's"
    assert fold_name("Wałęsa’s œuvre") == "walesa's oeuvre"
    assert fold("Wałęsa") == "wałesa"  # ł has no combining mark: only the name key spells it l
    assert squash("Jean-Marc d’Arc.") == "jeanmarcdarc"
    assert squash_name("Łukasz O'Neill") == "lukaszoneill"


def test_fold_in_place_keeps_offsets_and_case():
    text = "L’État «  Démocratie  » ‘x´"
    folded = fold_in_place(text)
    assert folded == "L'Etat «  Democratie  » 'x'"
    assert len(folded) == len(text)


def test_spaces_cells_and_stems():
    assert collapse_spaces(" a \u00a0\n b ") == "a b"
    assert cells(" a | b || ") == ["a", "b"] and cells(None) == [] and cells("") == []
    assert light_stem("opposées") == "opposé" and light_stem("coupe") == "coupe"


def test_frequency_thresholds_are_ordered_and_words_have_frequencies():
    assert frequency.KNOWN < frequency.COMMON_FR < frequency.FR_WORD < frequency.COMMON_EN <= frequency.COMMON_EN_SHORT
    if frequency.version() is None:
        pytest.skip("wordfreq not installed")
    fr, en = frequency.zipf_fr_en("pourquoi")
    assert fr > frequency.FREQUENT_FR and en < frequency.COMMON_EN
    assert frequency.zipf("the", "en") > frequency.COMMON_EN
    assert frequency.zipf("xqzvkw", "fr") == 0.0
    assert frequency.top_words("fr", 3)[0] == "de"


@pytest.mark.skipif(hunspell.path() is None, reason="hunspell-fr not installed")
def test_hunspell_lists_words_with_their_case():
    assert hunspell.path().name in hunspell.NAMES
    assert hunspell.lists("maison") is True
    assert hunspell.lists("Paris") is True and hunspell.lists("paris") is False  # the case tells a name
    assert "paris" in hunspell.lower_entries()


@pytest.mark.skipif(hunspell.path() is None, reason="hunspell-fr not installed")
def test_hunspell_common_words_and_their_plurals():
    assert hunspell.lists_common("maisons") is True and hunspell.lists_common("talk-shows") is True
    assert hunspell.lists_common("kelly") is False  # listed only as a name (Kelly)
    assert hunspell.lists_common("bijoux") is False and hunspell.lists_common("bijoux", plural="sx") is True


def test_name_base_views_come_from_the_name_tables(tmp_path):
    from mtaudit.detect.resources import DataFileError, Resources
    from mtaudit.lang.names import name_base

    res = Resources()
    base = name_base(res)
    assert base is name_base(res)  # one per configuration
    places = base.single_word_places()
    assert places.get("varsovie") == "Varsovie"
    assert "varsovie" in base.name_words() and "warsaw" in base.name_words()
    assert "Macron" in base.person_words()
    broken = tmp_path / "people.tsv"
    broken.write_text("name\tvariants\nA\tB\tC\n", encoding="utf-8")  # a row with three cells
    base = name_base(Resources({"people": [str(broken)]}))
    assert base.rows("people") == [] and base.person_words() == frozenset()  # quiet rules stay quiet
    with pytest.raises(DataFileError):
        base.rows("people", strict=True)  # the name rules fail loudly
