"""Repetition and garbling (MTA700-MTA704): seeds, unseen errors and legitimate repetitions."""
import pytest
from conftest import family_ids, read_seed, run_rules_on


IDS = family_ids("repetition")


def audit(text, ids=IDS):
    findings, _ctx = run_rules_on(text, ids)
    assert all(f.category == "repetition" for f in findings)
    return findings


def seed(prefix):
    text = read_seed(prefix)
    return text, audit(text)


def test_seed_002_repeated_adverb_in_promo_line():
    text, found = seed("002")
    first = text.index("gratuitement")
    second = text.index("gratuitement", first + 1)
    hits = [f for f in found if f.rule == "MTA701"]
    assert hits and hits[0].start == first and hits[0].end == second + len("gratuitement")


def test_seed_004_degenerate_x_de_x():
    text, found = seed("004")
    assert [f.text for f in found if f.rule == "MTA702"] == ["force des forces"]


def test_seed_002_garbled_number_range_is_one_major_finding():
    text, found = seed("002")
    needle = "de petites ou 25 000 soldats, entre 10 000 et 25 000"
    pos = text.index(needle)
    hits = [f for f in found if f.rule == "MTA703"]
    assert len(hits) == 1 and hits[0].severity == "major"
    assert hits[0].start <= pos + len("de ") and hits[0].end == pos + len(needle)


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_seeds_without_repetition_are_quiet(prefix):
    assert seed(prefix)[1] == []


@pytest.mark.parametrize("text,flag,rule", [
    ("Il faut que que l'Europe agisse vite.", "que que", "MTA700"),
    ("Le le président a parlé jeudi.", "Le le", "MTA700"),
    ("Le soutien de de la France est acquis.", "de de", "MTA700"),
    ("Le soutien de la de la France est acquis.", "de la de la", "MTA700"),
    ("Les troupes se sont rapidement retirées rapidement de la ville.", "rapidement retirées rapidement", "MTA701"),
    ("La Commission a officiellement annoncé le plan officiellement hier.",
     "officiellement annoncé le plan officiellement", "MTA701"),
    ("Le soutien du soutien américain reste incertain.", "soutien du soutien", "MTA702"),
    ("La sécurité de la sécurité européenne est en jeu.", "sécurité de la sécurité", "MTA702"),
    ("Le pays peut envoyer 5 000 soldats, de 2 000 à 5 000 selon les besoins.", "5 000 soldats, de 2 000 à 5 000", "MTA703"),
    ("La mission compterait de nombreuses à 30 000 personnes.", "nombreuses à 30 000", "MTA703"),
    ("Ils mobiliseraient entre grandes et 40 000 hommes.", "grandes et 40 000", "MTA703"),
])
def test_unseen_errors(text, flag, rule):
    found = audit(text, (rule,))
    assert flag in [f.text for f in found], [(f.rule, f.text) for f in audit(text)]


def test_doubled_word_suggestion_keeps_one_copy():
    f = audit("Il faut que que l'Europe agisse.", ("MTA700",))[0]
    assert f.suggestion == "que" and f.severity == "minor"


def test_duplicated_sentence_reports_the_later_copy():
    s = "Le sommet s'ouvre jeudi à Bruxelles avec trente pays."
    text = f"{s} Les ministres arrivent.\nUn autre paragraphe suit ici.\n{s.replace(chr(39), '’')}"
    found = audit(text, ("MTA704",))
    assert len(found) == 1 and found[0].start > len(s)


CORRECT = [
    "Nous nous sommes rencontrés à Bruxelles, où vous vous êtes exprimé.",
    "On apprend beaucoup en en parlant avec les diplomates.",
    "N'importe qui qui connaît le dossier le sait.",
    "Il a cité la maison de De Gaulle et l'atoll de Bora Bora.",
    "Le budget atteint 1 000 000 euros, soit 10 10-15 % de plus.",
    "Les discussions avancent peu à peu, de temps en temps, jour après jour, face à face.",
    "Il faut agir rapidement, très rapidement.",
    "La politique européenne de l'Union européenne reste floue.",
    "Soit la paix, soit la guerre : tantôt l'un, tantôt l'autre.",
    "Il se présentait comme le roi des rois et entrait dans le saint des saints.",
    "Les décisions seront prises au cas par cas.",
    "Ils peuvent entretenir entre 10 000 et 25 000 soldats, dont 10 000 Britanniques.",
    "La mission compterait de deux à 30 000 personnes, de 10 à 20 navires et plus de 5 000 civils.",
    "De 2022 à 2024, le budget est passé de 3 000 à 5 000 euros.",
    "Le colis mesure 7,6 pouces de long et 7,2 pouces de large.",
    "Il a dit que que ce soit clair n'était pas son problème.".replace("que que", "que, que"),
    "Le refrain faisait la la la.",
    "Le sommet s'ouvre jeudi. Les ministres arrivent. Le sommet s'ouvre jeudi.",
]


@pytest.mark.parametrize("text", CORRECT)
def test_legitimate_repetition_is_quiet(text):
    assert audit(text) == [], [(f.rule, f.text) for f in audit(text)]
