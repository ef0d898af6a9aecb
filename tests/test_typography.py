"""Typography and punctuation (MTA650-MTA658): seeds, unseen errors and correct French that looks close."""

import pytest
from conftest import family_ids, read_seed, run_rules_on

from mtaudit.config import Config

IDS = family_ids("typography")


def audit(text, ids=IDS, style="web"):
    findings, _ctx = run_rules_on(text, ids, Config(style=style))
    assert all(f.category in ("punctuation", "typography") for f in findings)
    return findings


def seed(prefix, style="web"):
    text = read_seed(prefix)
    return text, audit(text, style=style)


def covering(text, found, needle, rule=None):
    pos = text.replace("\u00a0", " ").replace("\u202f", " ").index(needle)  # same length
    return [f for f in found if f.start < pos + len(needle) and pos < f.end and (rule is None or f.rule == rule)]


def test_rules_exist():
    assert {"MTA650", "MTA651", "MTA652", "MTA653", "MTA654", "MTA655", "MTA656", "MTA657", "MTA658"} <= set(IDS)


def test_seed_001_doubled_closing_guillemet():
    text, found = seed("001")
    hits = covering(text, found, "durable » »", "MTA650")
    assert hits and hits[0].text == "» »" and hits[0].category == "punctuation" and hits[0].suggestion == "»"


def test_seed_002_and_004_glued_guillemets():
    text, found = seed("002", style="press")
    assert [f.text for f in covering(text, found, "«Coalition»", "MTA653")] == ["«Coalition»"]
    text, found = seed("004", style="press")
    assert [f.text for f in covering(text, found, "«Pour le moment", "MTA653")] == ["«Pour"]
    # web French often glues guillemets: the web style (the default) does not report it
    text, found = seed("002")
    assert not covering(text, found, "«Coalition»", "MTA653")


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_clean_seeds_have_at_most_one_minor(prefix):
    _, found = seed(prefix)
    assert all(f.severity == "minor" for f in found)
    assert len(found) <= 1
    # seeds 000 and 003 mix ' and ’: that one finding is the mixed-apostrophe note
    assert all(f.rule == "MTA656" for f in found)


def test_all_severities_are_minor():
    _, found = seed("002", style="press")
    assert found and all(f.severity == "minor" for f in found)


@pytest.mark.parametrize("text,flag,rule", [
    ("Le ministre a dénoncé une décision » injuste ».", "»", "MTA650"),
    ("Il a parlé d'une « paix juste. Les discussions continuent demain.\nLe texte reprend ici.", "«", "MTA650"),
    ("La réunion,, qui a duré trois heures, s'est bien passée.", ",,", "MTA651"),
    ("Les ministres sont partis.. Le sommet est clos.", "..", "MTA651"),
    ("Les dirigeants de Paris , Londres et Berlin se sont réunis.", " ,", "MTA652"),
    ("Il a qualifié la réunion de “productive” jeudi.", "“productive”", "MTA654"),
    ("Il a parlé d'une \"étape importante\" pour l'Alliance.", "\"étape importante\"", "MTA654"),
    ("Les  alliés se sont réunis.", "  ", "MTA655"),
    ("Les dirigeants de Paris,Londres et Berlin se sont réunis.", ",", "MTA657"),
    ("Le ministre a refusé.Le secrétaire général a réagi.", ".", "MTA657"),
    ("Mais il a dit:« Nous verrons. »", ":", "MTA657"),
])
def test_unseen_errors(text, flag, rule):
    assert flag in [f.text for f in audit(text, (rule,))], [(f.rule, f.text) for f in audit(text)]


@pytest.mark.parametrize("text,flag,rule", [
    ("Ils ont énuméré quatre objectifs clés: un ciel sûr et une paix durable.", ":", "MTA658"),
    ("Qu'en pensez-vous ? Rien.", " ?", "MTA660"),
    ("Selon lui, « rien n'est joué ».", "« ", "MTA660"),
    ("Selon lui, c'est joué.", "c'est", "MTA659"),
    ("Le plan de la «coalition» a été présenté.", "«coalition»", "MTA653"),
])
def test_press_style_errors_are_quiet_in_web_style(text, flag, rule):
    assert flag in [f.text for f in audit(text, (rule,), style="press")]
    assert audit(text, (rule,), style="web") == []


def test_web_style_reports_nothing_on_ordinary_web_french():
    text = ("L'article dit : « La réunion a eu lieu ». Pourquoi ? Parce qu'il le fallait ; c'est tout !\n"
            "Les chiffres: 3 pays.")
    assert audit(text) == []
    press = {f.rule for f in audit(text, style="press")}
    assert {"MTA658", "MTA659", "MTA660"} <= press


def test_mixed_apostrophes_is_one_finding_on_the_minority_style():
    text = "L’OTAN soutient l’Ukraine. L'Alliance a confirmé l’engagement et l'aide d’urgence."
    found = audit(text, ("MTA656",))
    assert len(found) == 1 and found[0].text == "L'Alliance" and found[0].suggestion == "L’Alliance"


CORRECT = [
    "« Nous avons besoin de quelque chose de durable », a déclaré un diplomate européen.",
    "La source a noté que « les discussions ont souligné qu’une forme de « soutien tacite » est cruciale ».",
    "« Premier paragraphe de la citation.\n« Deuxième paragraphe, toujours cité. »\nLe texte reprend.",
    "Il a déclaré\u00a0: «\u00a0Nous partirons demain.\u00a0» Puis il est parti.",
    "Il a déclaré : « Le mot “productive” ne convient pas », jeudi.",
    "La réunion s’est bien passée... Les ministres sont partis ; la suite est prévue à 10:30.",
    "Les États-Unis, le Royaume-Uni, etc., ont signé ; le taux est de 3,5 % selon M.Dupont.",
    "Voir https://www.nato.int/cps/fr/natohq/news.htm?selectedLocale=fr,en pour les détails.",
    "Garanties de sécurité : une ligne rouge pour Moscou",
    "L’écran mesure 27\" et le rapport compte 12 pages.",
    "Vraiment ?! Personne ne l’attendait.",
]


@pytest.mark.parametrize("text", CORRECT)
def test_correct_french_is_quiet(text):
    assert audit(text) == [], [(f.rule, f.text) for f in audit(text)]


def test_nbsp_and_plain_spaces_are_equivalent():
    for space in (" ", "\u00a0", "\u202f"):
        assert audit(f"La «{space}coalition{space}» a tenu sa réunion{space}: tout est prêt.") == []


def test_pattern_notes_stay_french_after_the_first_match():
    """A pattern rule matching twice: every message in French (the note was translated again,
    already translated, and labelled "(en anglais)" from the second match on)."""
    from mtaudit.i18n import using

    text = "Les  gens sont là.  Les  chats aussi,des chiens,des oiseaux."
    with using("fr"):
        found = audit(text, ids=["MTA655", "MTA657"])
    assert sum(f.rule == "MTA655" for f in found) >= 2 and sum(f.rule == "MTA657" for f in found) >= 2
    assert not [f.message for f in found if "anglais" in f.message]
    by_rule = {}
    for f in found:
        by_rule.setdefault(f.rule, set()).add(f.message)
    assert all(len(msgs) == 1 for msgs in by_rule.values()), by_rule


def test_the_word_around_an_apostrophe_keeps_its_last_letter_whole():
    # found by tests/test_fuzz.py: a letter with a combining accent that has no precomposed form
    # ("x" + U+0323) ended the word for \w, so MTA656's span cut the accent off its letter
    import unicodedata

    text = "L’OTAN soutient l’Ukraine. Il viendra aujourd'hui’x\u0323."
    (f,), _ = run_rules_on(text, ["MTA656"])
    assert f.text == "aujourd'hui’x\u0323" and not unicodedata.combining(text[f.end])
