"""Name rules (MTA201-203: corrupted person names; MTA250-251: name consistency) and their data."""
import re

import pytest
from conftest import read_seed, run_rules_on

from mtaudit.detect.resources import Resources
from mtaudit.rules.names.consistency import collect_mentions, cross_article_variants

RES = Resources()
NAME_IDS = ("MTA201", "MTA202", "MTA203")
CONSISTENCY_IDS = ("MTA250", "MTA251")


def run(text, ids=NAME_IDS + CONSISTENCY_IDS):
    return run_rules_on(text, ids, resources=RES)[0]


def names(text):
    return [f for f in run(text, NAME_IDS) if f.category == "name"]


seed = read_seed


# -- seeds ------------------------------------------------------------------------------------------

def test_seed_002_mark_latte_is_mark_rutte():
    hits = names(seed("002"))
    assert [(f.text, f.suggestion) for f in hits] == [("Mark Latte", "Mark Rutte")]
    assert hits[0].severity == "major" and hits[0].confidence >= 0.7


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_clean_or_correct_names_seeds_have_no_name_finding(prefix):
    assert names(seed(prefix)) == []


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_seeds_without_variants_have_no_consistency_finding(prefix):
    assert run(seed(prefix), CONSISTENCY_IDS) == []


def test_seed_004_lecornu_and_kyiv_variants():
    found = {(f.text, f.suggestion) for f in run(seed("004"), CONSISTENCY_IDS)}
    assert ("LeCornu", "Lecornu") in found
    assert ("Kyiv", "Kiev") in found
    assert len(found) == 2
    assert names(seed("004")) == []


# -- corrupted names, unseen ------------------------------------------------------------------------

@pytest.mark.parametrize("text,flag,suggestion", [
    ("Le président français, Emmanuel Macaron, a appelé au calme.", "Emmanuel Macaron", "Emmanuel Macron"),
    ("La présidente de la Commission européenne, Ursula von der Leyden, était là.", "Ursula von der Leyden",
     "Ursula von der Leyen"),
    ("Le chancelier allemand Olaf Scholtz a défendu son budget.", "Olaf Scholtz", "Olaf Scholz"),
    ("Le ministre russe des Affaires étrangères, Sergueï Lavrok, a répondu.", "Sergueï Lavrok", "Sergueï Lavrov"),
    ("Le président ukrainien Volodymyr Zelenksy a parlé.", "Volodymyr Zelenksy", "Volodymyr Zelensky"),
    ("Il a parlé au Premier ministre britannique Keir Starmen.", "Keir Starmen", "Keir Starmer"),
    ("Le ministre des Affaires étrangères, Jean-Noël Barreau, a parlé.", "Jean-Noël Barreau", "Jean-Noël Barrot"),
    ("La cheffe de la diplomatie européenne, Kaja Kalas, a répondu.", "Kaja Kalas", "Kaja Kallas"),
    ("Mark Latte, secrétaire général de l'OTAN, a parlé.", "Mark Latte", "Mark Rutte"),
    ("Le président russe Poutin a menacé l'Europe.", "Poutin", "Poutine"),
    ("Hier, Emmanuel Macaron a reçu les dirigeants européens.", "Emmanuel Macaron", "Emmanuel Macron"),
    ("Hier, Donald Trompe a signé un décret.", "Donald Trompe", "Donald Trump"),
    ("Emanuel Macron s'est exprimé hier soir.", "Emanuel Macron", "Emmanuel Macron"),
])
def test_corrupted_name_is_flagged_with_the_right_person(text, flag, suggestion):
    hits = names(text)
    assert (flag, suggestion) in [(f.text, f.suggestion) for f in hits], [(f.text, f.suggestion) for f in hits]


def test_corrupted_surname_repeated_alone_is_flagged_too():
    text = "Le secrétaire général de l'OTAN, Mark Latte, est arrivé. Selon lui, Latte veut aller vite."
    hits = names(text)
    assert [f.text for f in hits] == ["Mark Latte", "Latte"]
    assert hits[1].suggestion == "Rutte"


@pytest.mark.parametrize("text", [
    "Le ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré que...",
    "Sergei Lavrov et Volodymyr Zelenskyy ont réagi, puis Vladimir Zelensky a répondu.",
    "Le président américain Joe Biden et son successeur Donald Trump se sont parlé.",
    "Le Premier ministre britannique Keir Starmer et la Première ministre italienne Giorgia Meloni.",
    "Le secrétaire d'État américain Marco Rubio a vu le ministre polonais des Affaires étrangères, "
    "Radosław Sikorski.",
    "Le ministre français des Armées, Sébastien Lecornu, a reçu le président turc Recep Tayyip Erdogan.",
    "Le président du Conseil européen, António Costa, et le porte-parole du Kremlin, Dmitri Peskov.",
    "Le patron de l'OTAN, Jens Stoltenberg, puis Mark Rutte ; le chef de l'OTAN, Mark Rutte.",
    # unknown people, near nobody famous
    "Selon Ben Barry, chercheur à l'IISS. Rapport de Richard Milne d'Oslo.",
    "Le ministre lituanien de la Défense, Robertas Kaunas, a parlé.",
    "Le porte-parole du département d'État, Matthew Miller, a répondu.",
    "Le président de la fédération, Jean Dupont, a démissionné.",
    "John Kelly, ancien chef de cabinet, a témoigné.",
    "Franklin est un leader en Articles de sport depuis 1946.",
])
def test_correct_or_unknown_names_are_not_flagged(text):
    assert names(text) == []


def test_spelling_only_difference_is_consistency_not_name():
    text = "Son homologue Sébastien LeCornu a parlé. Lecornu a conclu."
    assert names(text) == []
    assert [f.text for f in run(text, CONSISTENCY_IDS)] == ["LeCornu"]


# -- consistency ------------------------------------------------------------------------------------

def test_listed_variant_minority_is_flagged():
    text = "Kiev a été frappée. À Kyiv, les sirènes ont retenti. Kyiv reste debout."
    hits = run(text, ("MTA251",))
    assert [(f.text, f.suggestion) for f in hits] == [("Kiev", "Kyiv")]


def test_person_first_name_variants_are_flagged():
    text = "Vladimir Zelensky a parlé. Plus tard, Volodymyr Zelensky a répondu. Vladimir Zelensky a conclu."
    hits = run(text, ("MTA251",))
    assert [(f.text, f.suggestion) for f in hits] == [("Volodymyr", "Vladimir")]


@pytest.mark.parametrize("text", [
    "L'OTAN se réunit. Selon l'Otan, le sommet aura lieu à Bruxelles.",
    "Anders Fogh Rasmussen a parlé ; Rasmussen a ensuite quitté l'OTAN.",
    "La bande de Gaza est sous blocus ; à Gaza, la population manque de tout.",
    "Donald Trump et Donald J. Trump sont la même personne.",
    "Le Royaume-Uni et la Grande-Bretagne sont souvent confondus.",
    "Ou bien il part. Où va-t-il ? La chose est là. Là, il attend. Marche arrière. Marché commun.",
])
def test_consistent_or_normal_alternations_are_quiet(text):
    assert run(text, CONSISTENCY_IDS) == []


def test_nested_runs_flag_only_the_inner_variant():
    text = "La Thule Sidekick est petite. Le Thule Side Kick se fixe vite. Le Thule Sidekick est noir."
    hits = run(text, ("MTA250",))
    assert [f.text for f in hits] == ["Side Kick"]


def test_cross_article_variants_from_mentions_and_texts():
    texts = {"a": "Les troupes ont quitté Kiev hier.", "b": "Kiev a été frappée.",
             "c": "Les troupes sont entrées dans Kyiv.", "d": "Sébastien LeCornu est arrivé.",
             "e": "Sébastien Lecornu est reparti."}
    mentions = {k: collect_mentions(v, RES) for k, v in texts.items()}
    report = cross_article_variants(mentions)
    by_pref = {r["preferred"]: r for r in report}
    assert by_pref["Kiev"]["articles"] == {"Kiev": ["a", "b"], "Kyiv": ["c"]}
    assert by_pref["Kiev"]["counts"] == {"Kiev": 2, "Kyiv": 1}
    assert "Lecornu" in by_pref and by_pref["Lecornu"]["articles"]["LeCornu"] == ["d"]
    assert cross_article_variants(texts, RES) == report


# -- data -------------------------------------------------------------------------------------------

def test_people_table_is_consistent():
    people = RES.table("people")
    roles = {r["role"] for r in RES.table("roles")}
    codes = {r["code"] for r in RES.table("places")} | {r["code"] for r in RES.table("orgs")}
    assert len(people) >= 300
    for r in people:
        assert r["role"] in roles, r
        assert r["where"] in codes, r
        for d in (r["start"], r["end"]):
            assert d == "" or re.fullmatch(r"\d{4}(-\d{2})?", d), r
        if r["start"] and r["end"]:
            assert r["start"] <= r["end"], r
    holders = {(r["name"], r["role"], r["where"]) for r in people}
    for must in [("Mark Rutte", "secretary_general", "NATO"), ("Emmanuel Macron", "president", "FR"),
                 ("Ursula von der Leyen", "president", "EC"), ("Olaf Scholz", "chancellor", "DE"),
                 ("Sergueï Lavrov", "foreign_minister", "RU"), ("António Guterres", "secretary_general", "UN"),
                 ("Kaja Kallas", "high_representative", "EU"), ("Volodymyr Zelensky", "president", "UA")]:
        assert must in holders, must


def test_places_and_orgs_give_clean_english_to_french_names():
    places = RES.table("places")
    countries = [r for r in places if r["kind"] == "country"]
    assert len(countries) >= 120
    for r in countries:
        assert len(r["adj_fr"].split("|")) == 4, r
    en_fr = {r["name_en"]: r["name_fr"] for r in places if r["kind"] == "city"}
    for en, fr in [("London", "Londres"), ("Brussels", "Bruxelles"), ("Moscow", "Moscou"), ("Warsaw", "Varsovie"),
                   ("Vienna", "Vienne"), ("Geneva", "Genève"), ("The Hague", "La Haye"), ("Kyiv", "Kiev")]:
        assert en_fr[en] == fr
    orgs = {r["acronym_en"]: r["acronym_fr"] for r in RES.table("orgs") if r["acronym_en"]}
    assert orgs["NATO"] == "OTAN" and orgs["EU"] == "UE" and orgs["IAEA"] == "AIEA" and orgs["IMF"] == "FMI"


def test_cross_article_variants_leave_one_articles_variants_to_mta251():
    texts = {"a": "Les ministres ont visité Kiev hier. Healey a annoncé un nouveau soutien à Kyiv.",
             "b": "Le conseil municipal a voté le budget annuel hier soir."}
    assert cross_article_variants(texts, RES) == []
    texts["c"] = "Les troupes sont entrées dans Kyiv."
    (row,) = [r for r in cross_article_variants(texts, RES) if r["group"].startswith("place:")]
    assert row["articles"] == {"Kiev": ["a"], "Kyiv": ["a", "c"]}


def test_cross_article_variants_tie_goes_to_the_form_met_first_in_input_order():
    a, b = "Pierre-Alain Vercambre a parlé.", "Le maire, Pierre Alain Vercambre, a parlé longuement."
    assert [r["preferred"] for r in cross_article_variants({"x": a, "y": b}, RES)] == ["Pierre-Alain"]
    assert [r["preferred"] for r in cross_article_variants({"y": b, "x": a}, RES)] == ["Pierre Alain"]
