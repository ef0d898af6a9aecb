"""Grammar/agreement (MTA501-MTA504) and spelling (MTA510-MTA511): engines, fallbacks, seeds, unseen cases."""
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import family_ids, read_seed, run_rules_on

from mtaudit.config import Config
from mtaudit.detect import all_rules
from mtaudit.detect.resources import Resources
from mtaudit.read.article import Article
from mtaudit.lang import grammalecte as _grammalecte

MINE = list(family_ids("grammar") + family_ids("spelling"))
HAS_GRAMMALECTE = _grammalecte.load() is not None
needs_grammalecte = pytest.mark.skipif(not HAS_GRAMMALECTE, reason="Grammalecte not installed")


@pytest.fixture
def no_grammalecte(monkeypatch):
    monkeypatch.setenv("MTAUDIT_GRAMMALECTE", "0")


def audit(text, config=None, rules=None):
    return run_rules_on(text, rules or MINE, config)


seed = read_seed


def covering(found, text, needle, category):
    pos = text.index(needle)
    return [f for f in found if f.category == category and f.start < pos + len(needle) and pos < f.end]


# -- engines --------------------------------------------------------------------------------------

def test_rules_declared_in_my_range():
    assert set(MINE) == {"MTA501", "MTA502", "MTA503", "MTA504", "MTA510", "MTA511"}
    for rid in MINE:
        assert all_rules()[rid].validate() == []


@needs_grammalecte
def test_grammalecte_loads_once_from_the_system():
    a, b = _grammalecte.load(), _grammalecte.load()
    assert a is b and a.name.startswith("grammalecte-")
    assert a.is_valid("Lettonie") and not a.is_valid("Lattonie")


@needs_grammalecte
def test_forgotten_lines_are_checked_again_with_the_same_answers():
    engine = _grammalecte.load()
    line = "Les enfant joue dans le jardinn."
    options = dict(engine.default_options)
    parsed, spelled = engine.parse(line, options), engine.spelling_errors(line)
    assert engine.has_parsed(line, options) and engine.has_spelled(line)
    engine.forget_lines()
    assert not engine.has_parsed(line, options) and not engine.has_spelled(line)
    assert engine.parse(line, options) == parsed and engine.spelling_errors(line) == spelled
    assert parsed and spelled


def test_disabling_grammalecte(no_grammalecte):
    assert _grammalecte.load() is None


@needs_grammalecte
def test_report_names_grammalecte():
    from mtaudit.pipeline import Auditor

    report = Auditor().audit(Article.from_text("Les alliés veulent des mers sûrs et un ciel dégagé."))
    assert report["engines"]["grammar"].startswith("grammalecte-")
    assert report["engines"]["spelling"].startswith("grammalecte-")
    assert any(f["category"] == "grammar" and "sûrs" in f["text"] for f in report["findings"])


def test_fallback_engine_runs_and_is_reported(no_grammalecte):
    from mtaudit.pipeline import Auditor

    text = "Les ministres a déclaré que la guerre continuait. Ils ont promis une aide financier et un soutien durable."
    report = Auditor().audit(Article.from_text(text))
    assert report["engines"]["grammar"] == "spacy-agreement"
    assert not report["engines"]["spelling"].startswith("grammalecte")
    grammar = [f for f in report["findings"] if f["category"] == "grammar"]
    assert any(f["text"] == "Les ministres a" and f["engine"] == "spacy-agreement"
               and f["suggestion"] == "Les ministres ont" for f in grammar), grammar
    assert any(f["text"] == "une aide financier" for f in grammar), grammar


def test_fallback_spelling_still_finds_a_misspelt_country(no_grammalecte):
    text = "Les ministres de la Lattonie et de la Pologne se sont réunis à Riga."
    found, ctx = audit(text)
    assert ctx.engines["spelling"] != "grammalecte"
    assert [(f.rule, f.text, f.suggestion) for f in found] == [("MTA511", "Lattonie", "Lettonie")]


@needs_grammalecte
def test_policy_file_names_every_grammalecte_option():
    policy = {r["name"]: r for r in Resources().table("grammalecte") if r["kind"] == "option"}
    options = set(_grammalecte.load().default_options) - {"html", "latex", "md"}
    assert options <= set(policy) | {"notype"}, options - set(policy)
    assert set(policy) - {"notype"} <= options
    for row in Resources().table("grammalecte"):
        assert row["action"] in ("off", "minor", "major", "coordinated") and row["reason"]


# -- seeds ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_findings():
    return {p: audit(seed(p))[0] for p in ("000", "002", "003", "004")}


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_clean_seeds_get_nothing(seed_findings, prefix):
    assert [(f.rule, f.text) for f in seed_findings[prefix]] == []


def test_seed_004_grammar_and_spelling(seed_findings):
    text, found = seed("004"), seed_findings["004"]
    if HAS_GRAMMALECTE:  # the spaCy fallback cannot tell that "mer" is feminine
        mers = covering(found, text, "des mers sûrs", "grammar")
        assert mers and mers[0].severity == "major" and "sûres" in (mers[0].suggestion or "")
        assert mers[0].rule == "MTA501" and mers[0].engine.startswith("grammalecte")
    forte = covering(found, text, "une forte militaire ukrainien", "grammar")
    assert forte and forte[0].text == "une forte militaire ukrainien" and forte[0].rule == "MTA502"
    lattonie = [f for f in found if f.text == "Lattonie"]
    assert lattonie and lattonie[0].category == "spelling" and lattonie[0].suggestion == "Lettonie"
    convenues = covering(found, text, "se sont pas officiellement convenues", "grammar")
    assert convenues and convenues[0].suggestion == "n’ont pas officiellement convenu"


def test_seed_002_inverted_subject(seed_findings):
    text, found = seed("002"), seed_findings["002"]
    hits = covering(found, text, "ont déclaré l’un des responsables", "grammar")
    assert hits and hits[0].text == "ont déclaré l’un des responsables"
    assert hits[0].suggestion == "a déclaré l’un des responsables" and hits[0].severity == "major"


def test_seeds_names_are_not_spelling_errors(seed_findings):
    spelled = {f.text for f in seed_findings["004"] if f.category == "spelling"}
    assert spelled == {"Lattonie"}  # not Healey, Kallas, Häkkänen, LeCornu, Kyiv, HQ, BRUSSELS


# -- unseen cases: grammar ------------------------------------------------------------------------

def test_offsets_are_code_points_across_lines():
    text = ("Titre 🇺🇦 du jour\n\nPremière ligne sans faute.\n"
            "🇫🇷 « Ils réclament une paix durable et une aide militaire américain », dit-il.")
    found, _ = audit(text)
    hit = [f for f in found if "américain" in f.text]
    assert hit and text[hit[0].start:hit[0].end] == hit[0].text


def test_plain_text_typography_is_not_reported():
    text = "Le ministre l'a dit : « Nous verrons bien » ; puis il est parti... Aujourd'hui, 25 000 soldats sont prêts !"
    found, _ = audit(text)
    assert found == []


@needs_grammalecte
def test_noun_phrase_after_coordination():
    found, _ = audit("Ils exigent des garanties solides et une présence militaire français.")
    hit = [f for f in found if f.rule == "MTA502"]
    assert [f.text for f in hit] == ["une présence militaire français"]
    assert hit[0].suggestion == "une présence militaire française"


@needs_grammalecte
def test_a_participle_with_its_complement_may_agree_with_the_noun_before_pour():
    """« un cadriciel pour les objets concurrents basé sur les acteurs »: a participle followed by its complement's
    preposition, after a phrase opened by « pour », may agree with the noun before « pour »: not reported; when that
    noun does not agree, the phrase follows another preposition, or no complement follows, MTA502 stays."""
    found, _ = audit("Ce gem fournit des superviseurs. Celluloid est un cadriciel pour les objets concurrents basé sur "
                     "les acteurs pour Ruby.")  # a second sentence: its tokens counted from the sentence's start
    assert [f.text for f in found if f.rule in ("MTA501", "MTA502")] == []
    for text in ("Celluloid est une bibliothèque pour les objets concurrents basé sur les acteurs pour Ruby.",
                 "Celluloid est un cadriciel avec les objets concurrents basé sur les acteurs pour Ruby.",
                 "Celluloid est un cadriciel pour les objets concurrents basé."):  # no complement after it
        found, _ = audit(text)
        assert [f.severity for f in found if f.rule == "MTA502"] == ["major"], text


@pytest.mark.parametrize("text", [
    "Les forces de la coalition déployées en Estonie resteront sur place.",
    "Les mesures clés du plan visent les voies maritimes.",
    "Son armée et son histoire sont anciennes.",
    "Ils veulent un ciel et une mer sûrs.",
    "La ceinture les garde à portée de main.",
    "Des images haute résolution montrent les dégâts.",
    "Une centaine de soldats ont été déployés.",
    "Ce sont des questions difficiles.",
])
def test_correct_french_that_looks_close_is_quiet(text):
    found, _ = audit(text)
    assert [(f.rule, f.text) for f in found] == []


@pytest.mark.parametrize("text,span,suggestion", [
    ("« Nous tiendrons », a expliqué les deux ministres.", "a expliqué les deux ministres",
     "ont expliqué les deux ministres"),
    ("La décision, ont ajouté l'une des sources, sera connue demain.", "ont ajouté l'une des sources",
     "a ajouté l'une des sources"),
])
def test_inverted_subject_unseen(text, span, suggestion):
    found, _ = audit(text)
    hit = [f for f in found if f.rule == "MTA503"]
    assert hit and hit[0].text == span and hit[0].suggestion == suggestion


@needs_grammalecte
def test_inverted_subject_with_a_simple_verb_is_conjugated():
    found, _ = audit("« Il faut agir », estiment chacun des participants.")
    hit = [f for f in found if f.rule == "MTA503"]
    assert hit and hit[0].suggestion == "estime chacun des participants"


@pytest.mark.parametrize("text", [
    "« Nous tiendrons », ont expliqué les deux ministres.",
    "« Nous tiendrons », a expliqué le ministre, qui a parlé aux ministres.",
    "« Nous tiendrons », ont déclaré le ministre et son homologue.",
    "« Nous tiendrons », a déclaré Antti Häkkänen aux journalistes.",
    "« Nous tiendrons », ont-ils déclaré.",
])
def test_inverted_subject_correct(text):
    found, _ = audit(text)
    assert [f.text for f in found if f.rule == "MTA503"] == []


@pytest.mark.parametrize("text,span,suggestion", [
    ("Elle a intervenu devant le Parlement.", "a intervenu", "est intervenu"),
    ("Les sénateurs sont démissionné en bloc.", "sont démissionné", "ont démissionné"),
    ("Les deux pays se sont convenus d'un calendrier.", "se sont convenus", "ont convenu"),
])
def test_wrong_auxiliary_unseen(text, span, suggestion):
    found, _ = audit(text)
    hit = [f for f in found if f.rule == "MTA504"]
    assert hit and hit[0].text == span and hit[0].suggestion == suggestion


@pytest.mark.parametrize("text", [
    "Ils se sont mis d'accord sur un calendrier.",
    "La police est intervenue rapidement.",
    "Il s'est agi d'une erreur.",
    "Les deux pays sont convenus d'un calendrier.",
])
def test_right_auxiliary_is_quiet(text):
    found, _ = audit(text)
    assert [f.text for f in found if f.rule == "MTA504"] == []


# -- unseen cases: spelling -----------------------------------------------------------------------

def test_misspelt_word_with_suggestion():
    found, _ = audit("Le parlement a adopté une résolutoin sur la sécurité.")
    hit = [f for f in found if f.rule == "MTA510"]
    assert [f.text for f in hit] == ["résolutoin"]
    if HAS_GRAMMALECTE:
        assert hit[0].suggestion == "résolution" and hit[0].severity == "minor"


@pytest.mark.parametrize("text,word,place", [
    ("Les troupes stationnées en Estnie seront renforcées.", "Estnie", "Estonie"),
    ("Le sommet de Varsovei a été reporté.", "Varsovei", "Varsovie"),
])
def test_misspelt_place_unseen(text, word, place):
    found, _ = audit(text)
    hit = [f for f in found if f.rule == "MTA511"]
    assert hit and hit[0].text == word and hit[0].suggestion == place and hit[0].category == "spelling"


@pytest.mark.parametrize("text", [
    "Le chef du Pentagone, Pete Hegseth, a rencontré Kaja Kallas et Antti Häkkänen.",
    "Selon le Wall Street Journal et Bild, la NATO et l'IISS préparent un rapport.",
    "Le débat porte sur le leadership et le soft power européens.",
    "Consultez https://example.org/rapport-finalx ou écrivez à contact@exemple.fr #défense",
    "Les 27 pays de l'UE ont adopté les sanctions contre les oligarques pro-russes.",
])
def test_names_english_acronyms_addresses_are_not_misspellings(text):
    found, _ = audit(text)
    assert [f.text for f in found if f.category == "spelling"] == []


def test_user_allow_list(tmp_path):
    words = tmp_path / "mine.txt"
    words.write_text("# house words\nrésolutoin\n", encoding="utf-8")
    text = "Le parlement a adopté une résolutoin sur la sécurité."
    found, _ = audit(text, Config(data_files={"allow": [str(words)]}))
    assert [f for f in found if f.category == "spelling"] == []


def test_analysis_is_thread_safe():
    texts = [seed("004"), seed("002"), "Les alliés veulent des mers sûrs.", "Une réunnion est prévue à Varsovei."]

    def run(t):
        return sorted((f.rule, f.start, f.end, f.suggestion) for f in audit(t)[0])

    sequential = [run(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        parallel = list(pool.map(run, texts * 2))
    assert parallel == sequential * 2


# -- agreement findings checked against spaCy's analysis (sentences written for these tests) -----

@pytest.mark.parametrize("text", [
    "La rame de la Z 2300 est arrivée en gare avec du retard.",        # a code, not a masculine noun
    "Un poids lourd a pris feu sur la Rd 917 près du village.",        # a road designation
    "Le service a été une nouvelle fois interrompu ce matin.",          # participle of the verb
    "Sauver la valeur lue dans la variable NOM_VAR.",                   # an identifier, not the noun « nom »
    "Ces algorithmes viennent d'un almanach publié par le U.S. Government Printing Office.",  # « U.S. », no plural
    "Le plat est d'une finesse et d'une fraîcheur remarquables.",       # coordinated nouns
    "Le capitaine, un ancien gardien, a remporté les deux dernières finales.",  # no incise
])
def test_agreement_checked_against_the_parse_is_quiet(text):
    found, _ = audit(text)
    assert [(f.rule, f.text) for f in found if f.severity in ("major", "critical")] == []


@needs_grammalecte
def test_a_noun_adjunct_taken_for_a_verb_is_minor_and_a_real_verb_stays_major():
    found, _ = audit("Les instances source et cible sont sur la même ligne de temps.")
    hit = [f for f in found if f.rule == "MTA501" and f.text == "source"]
    assert hit and all(f.severity == "minor" and "doubtful" in f.message for f in hit)
    found, _ = audit("Les gens pense que le projet avance.")
    assert [(f.rule, f.severity) for f in found if f.text == "pense"] == [("MTA501", "major")]
    # words without a verb, a label: the noun the parse reads as a modifier is no verb either
    found, _ = audit("Tous les fichiers image et vidéo")
    hit = [f for f in found if f.rule == "MTA501" and f.text == "image"]
    assert hit and all(f.severity == "minor" and "without a verb" in f.message for f in hit), found
    # the parse reads an adjective that the dictionary also has as a noun: « codes barres » (codes-barres)
    found, _ = audit("Les codes barres lus sur les lignes de produits")
    hit = [f for f in found if f.rule == "MTA501" and f.text == "barres"]
    assert hit and all(f.severity == "minor" and "without a verb" in f.message for f in hit), found
    found, _ = audit("Les chats mange.")  # the parse reads a verb: it stays major
    assert [(f.rule, f.severity) for f in found if f.text == "mange"] == [("MTA501", "major")], found


@needs_grammalecte
def test_adjective_that_may_agree_with_the_head_noun_is_minor():
    found, _ = audit("Les perceuses sans fil professionnelles ne sont pas couvertes.")
    hit = [f for f in found if f.rule == "MTA501"]
    assert hit and all(f.severity == "minor" and "doubtful" in f.message for f in hit)


@needs_grammalecte
def test_a_compound_written_without_its_hyphen_is_no_agreement_slip():
    """« le presse papier », « une demi page »: Grammalecte reads an agreement across the two halves of a
    compound; the slip is the hyphen, so the finding is minor. Two verbs (« peut être changer ») and
    a real agreement slip stay major."""
    for text, word in (("Le lien a été copié dans le presse papier.", "presse-papier"),
                       ("Reculer d'une demi page.", "demi-page"),
                       ("Le dossier ne peut pas être un sous répertoire du point de montage.", "sous-répertoire"),
                       ("Exécution de la pré commande.", "précommande"),  # one word written in two
                       ("Les méta données sont ajoutées.", "métadonnées")):  # (its singular listed)
        found, _ = audit(text)
        hit = [f for f in found if f.rule == "MTA501"]
        assert hit and all(f.severity == "minor" and word in f.message for f in hit), hit
    for text, word in (("Cela peut être changer plus tard.", "changer"), ("Les données personnel sont perdues.", "personnel"),
                       ("Multiplie x par y.\nPeut être utiliser avec un nombre arbitraire d'arguments.", "utiliser"),
                       ("De plus, sa formule est non tachant et sans odeur.", "tachant"),
                       ("La pré verte est belle.", "La"),
                       ("Le faisceau dure une long temps.", "une")):  # longtemps is no noun
        found, _ = audit(text)
        assert [f.severity for f in found if f.rule == "MTA501" and word in f.text] == ["major"], found


@needs_grammalecte
def test_singular_adjectives_one_for_each_after_a_contracted_des():
    """« à partir des côtés droit ou gauche »: « des » is « de les », so each adjective names one side; an
    indefinite « des » (« Il a des côtés droit ou gauche ») stays a major slip."""
    found, _ = audit("Vous pouvez y accéder à partir des côtés droit ou gauche de la fenêtre.")
    assert [f.severity for f in found if f.rule in ("MTA501", "MTA502") and f.severity == "major"] == [], found
    found, _ = audit("Il a des côtés droit ou gauche.")
    assert [f.severity for f in found if f.rule == "MTA501" and f.text == "droit"] == ["major"], found


@needs_grammalecte
def test_son_before_an_adjective_is_the_noun():
    """« Carte son désactivée »: « son » before an adjective with no noun after it is the noun (sound);
    « Il a perdu son grande maison » stays a major slip."""
    found, _ = audit("Carte son désactivée")
    assert [f.severity for f in found if f.rule == "MTA501"] == ["minor"], found
    for text in ("Il a perdu son grande maison.", "Vos images son stockées sur le disque."):
        found, _ = audit(text)
        assert "major" in [f.severity for f in found if f.rule == "MTA501"], found


@needs_grammalecte
def test_an_adjective_after_son_after_a_noun_may_agree_with_that_noun():
    """« des fichiers son standards », « les périphériques de son suivants »: « son » after a noun or « de » is the
    noun (sound), and the plural adjective agrees with the noun before: minor, with the doubt; « Il vend son standards » (no noun before) and « un disque son
    standards » (the noun singular) stay major."""
    found, _ = audit("Asterisk fournit un ensemble de fichiers son standards dans divers formats.")
    assert [(f.text, f.severity) for f in found if f.rule == "MTA501"] == [("standards", "minor")], found
    assert "fichiers" in next(f.message for f in found if f.rule == "MTA501")
    found, _ = audit("Les anciens périphériques de son suivants sont émulés.")  # « de son »: up the chain
    assert [(f.text, f.severity) for f in found if f.rule == "MTA501"] == [("suivants", "minor")], found
    for text in ("Il vend son standards.", "Il vend un disque son standards.",  # no noun; not agreeing
                 "Le réglage de son suivants est perdu."):
        found, _ = audit(text)
        assert "major" in [f.severity for f in found if f.rule == "MTA501"], (text, found)


@needs_grammalecte
def test_an_agreement_finding_that_goes_when_the_wrapped_line_is_joined_goes():
    """« les canaux d'entrée et⏎   de sortie séquentielles »: Grammalecte reads the second line alone, where
    « séquentielles » has only « sortie »; read after the line before, it agrees with both nouns: no finding. A slip
    that stays when the lines are joined stays major (« La maison est⏎ grands et beau »), and a line after one that
    ends a sentence is read alone as before (« B.m.p.⏎les bandes de résistance sont parfaits »)."""
    found, _ = audit("Les canaux de réseaux abstraient les canaux d'entrée et\n   de sortie séquentielles ;")
    assert [f for f in found if f.rule == "MTA501"] == [], found
    for text in ("La maison est\n   grands et beau.",
                 "B.m.p.\nles bandes de résistance sont parfaits pour l'usage domestique."):  # a line ends before it
        found, _ = audit(text)
        assert "major" in [f.severity for f in found if f.rule == "MTA501"], (text, found)


@needs_grammalecte
def test_an_infinitive_after_a_question_without_its_hyphen_is_minor():
    """« Que souhaites tu acheter ? »: Grammalecte reads « tu acheter »; the slip is the inversion's hyphen
    (which it reports itself, minor), an object pronoun between or not. Without the question it stays major."""
    found, _ = audit("Que souhaites tu acheter ?")
    hit = [f for f in found if f.rule == "MTA501" and f.text == "acheter"]
    assert hit and all(f.severity == "minor" and "souhaites-tu" in f.message for f in hit), hit
    found, _ = audit("Tu veux tu acheter un pain.")
    assert [f.severity for f in found if f.rule == "MTA501" and f.text == "acheter"] == ["major"], found
    # its object pronoun between (KDE's games: « Puis je l'enregistrer ? »)
    found, _ = audit("Je veux quitter le jeu maintenant, mais ma partie n'est pas terminée. Puis je l'enregistrer ?")
    hit = [f for f in found if f.rule == "MTA501" and f.text == "enregistrer"]
    assert hit and all(f.severity == "minor" and "Puis-je" in f.message for f in hit), hit
    found, _ = audit("Je veux quitter le jeu maintenant. Je l'enregistrer maintenant.")
    assert [f.severity for f in found if f.rule == "MTA501" and f.text == "enregistrer"] == ["major"], found


@needs_grammalecte
def test_the_reason_for_a_doubt_is_in_the_readers_language():
    """The second opinion's note says why in the language of the audit's messages, as the rest of them."""
    from mtaudit.i18n import using
    text = "Les perceuses sans fil professionnelles ne sont pas couvertes."
    with using("fr"):
        found, _ = audit(text)
    hit = [f for f in found if f.rule == "MTA501"]
    assert hit and all("[douteux\u00a0: il peut s’accorder avec" in f.message and "doubtful" not in f.message
                       for f in hit)


def _doubtful_minor(text: str, word: str, reason: str) -> None:
    """MTA501 finds `word` in `text`, and every such finding is minor with `reason` in its message."""
    found, _ = audit(text)
    hit = [f for f in found if f.rule == "MTA501" and f.text == word]
    assert hit and all(f.severity == "minor" and reason in f.message for f in hit)


@needs_grammalecte
@pytest.mark.parametrize("text, word", [
    # the dictionary knows the second word only as a noun, which the parse misreads
    ("Remplacer ou ajouter une paire champ et valeur dans le fichier.", "champ"),
    ("Aucun autre mot clé ne doit être spécifié avec cette option.", "clé"),
])
def test_a_noun_only_word_after_a_noun_is_apposition_and_minor(text, word):
    _doubtful_minor(text, word, "apposition")


@needs_grammalecte
@pytest.mark.parametrize("text, word", [
    ("Chiffrement de la clef publique échoué.", "échoué"),  # « Chiffrement » échoué, up the complements
    ("LSN de début manquante.", "manquante"),  # an acronym whose gender cannot be read
])
def test_a_participle_that_may_agree_up_a_chain_of_complements_is_minor(text, word):
    _doubtful_minor(text, word, "doubtful")


@needs_grammalecte
def test_singular_adjectives_one_for_each_of_a_plural_noun_are_minor():
    _doubtful_minor("Sélectionnez un champ dans les vues hebdomadaire ou quotidienne.", "hebdomadaire", "one for each")
    found, _ = audit("Les voitures rouge sont garées devant la maison.")  # no second adjective: still major
    assert [(f.rule, f.severity) for f in found if f.text == "rouge"] == [("MTA501", "major")]


@needs_grammalecte
def test_an_adjective_that_agrees_with_the_noun_right_before_it_is_minor():
    _doubtful_minor("Jour ouvré suivant si la date n'est pas un jour ouvré", "ouvré", "right before it")
    found, _ = audit("Liste de retour tout les nœuds reliés à ce nœud.")  # a predeterminer: still major
    assert any(f.rule == "MTA501" and f.severity == "major" and f.text.startswith("tout") for f in found), \
        [(f.rule, f.text, f.severity) for f in found]


@needs_grammalecte
@pytest.mark.parametrize("text", [
    "Dernière connexion échoué.",
    # adjectives the dictionary also knows as nouns: not noun modifiers ("des opérateurs utilisateur")
    "Ces ajouts simple rendent l'outil pratique.",
    "Il faut des tableaux plus large pour les grands écrans.",
    "Le StrikeMaster convertit RPM en pouces percé plus vite.",  # an acronym up "en", not a complement
    # up the chain only through complements of nouns, not through "en toute sécurité à l'aide de"
    "Ils peuvent être sautés en toute sécurité à l'aide des pièces rembourrés.",
    "Le prochaine réunion aura lieu lundi.",
    "Elle est parti hier soir pour Lyon.",
    "Il y avait des jeunes fille heureuses.",  # a noun after an adjective, not after a noun
    "Il parle aux cavaliers train de la course.",  # a noun-only word of another number than the noun
    "Force la largeur, ou -1 si la requête naturel doit être utilisée.",  # « naturel » is an adjective too
    "Il lit les fichiers créés par la commande lancé hier.",  # past the participle, « fichiers » is plural
    "Il lit la liste écrite à la main défini hier.",  # the participle agrees with « liste », which does not
    "Le format est délaissé et seule quelques paquets l’utilisent.",  # « seule » agrees with neither
])
def test_real_agreement_errors_stay_major(text):
    found, _ = audit(text)
    assert any(f.rule in ("MTA501", "MTA502") and f.severity == "major" for f in found)


@needs_grammalecte
def test_a_title_in_quotes_does_not_agree_with_the_words_outside():
    _doubtful_minor("La version est affichée dans le dialogue « Bienvenue dans GNOME » au démarrage.", "Bienvenue",
                    "quotes")
    found, _ = audit("Il lit « Le prochaine livre » ce soir.")  # inside the same quotation: still major
    assert any(f.rule == "MTA501" and f.severity == "major" for f in found)
    # English words quoted in running text are no title: machine French's « une plus grande « air volume » »
    found, _ = audit("L'appareil ne produira pas une plus grande « air volume » peu importe comment.")
    assert any(f.rule == "MTA501" and f.severity == "major" and f.text == "air" for f in found)


@needs_grammalecte
@pytest.mark.parametrize("text, word", [
    # a value or a name in quotes right after the noun or verb it names, or in a list of them
    ("La commande « blanc » n'est pas prise en charge.", "blanc"),
    ("Les choix possibles sont « centré » ou « aligné à gauche ».", "centré"),
    ("Tous les indicateurs non marqués « Caché » sont affichés.", "Caché"),  # a conjugation finding
    ('Activer l\'option "confidentiel" pour ce contenu.', "confidentiel"),  # straight quotes, as web French writes them
])
def test_a_value_in_quotes_does_not_agree_with_the_words_outside(text, word):
    _doubtful_minor(text, word, "quotes")


@needs_grammalecte
def test_straight_quotes_pair_only_when_their_line_pairs_them():
    # inside one straight quotation: still major
    found, _ = audit('Il a lu "Le prochaine livre" ce soir.')
    assert any(f.rule == "MTA501" and f.severity == "major" for f in found)
    # a line with an odd number of straight quotes (an inch mark): no quotation read, the finding stays major
    found, _ = audit('Un écran de 27" et l\'option "confidentiel" pour ce contenu.')
    assert any(f.rule == "MTA501" and f.severity == "major" and f.text == "confidentiel" for f in found)


@needs_grammalecte
def test_words_in_quotes_that_fill_a_slot_of_the_phrase_still_agree():
    # after a determiner or an adjective the quotation is a word of the phrase
    found, _ = audit("Il a choisi une « blanc » chemise.")
    assert any(f.rule == "MTA501" and f.severity == "major" for f in found)
    found, _ = audit("Elle prépare les « grand » occasions de la famille.")
    assert any(f.rule == "MTA501" and f.severity == "major" for f in found)


@needs_grammalecte
@pytest.mark.parametrize("text, word", [
    # nouns the dictionary knows only as verb forms, after their determiner
    ("Affiche le nom de tous les patches de la série.", "patches"),
    ("Retire un ou plusieurs patches de la pile.", "patches"),
    ("Erreur de lecture de la mappe à partir du fichier.", "mappe"),
])
def test_a_noun_after_its_determiner_taken_for_a_verb_is_minor(text, word):
    _doubtful_minor(text, word, "determiner")
    found, _ = audit("Il faut les mangé avant ce soir.")  # a pronoun, then a participle: still major
    assert any(f.rule == "MTA501" and f.severity == "major" and f.text == "mangé" for f in found)
    # an object pronoun after the subject, which the parse took for an article: the verb is a verb
    found, _ = audit("Le petit roule jusqu'à ce qu'il les chiffres Comment équilibrer.")
    assert any(f.rule == "MTA501" and f.severity == "major" and f.text == "chiffres" for f in found)


@needs_grammalecte
def test_participle_of_a_noun_after_de_is_minor_and_real_infinitive_errors_stay_major():
    found, _ = audit("Il reste encore quelque chose de cassé dans la cuisine ?")
    assert all(f.severity == "minor" for f in found if f.rule == "MTA501")
    found, _ = audit("Il est important de noté que les prix ont augmenté.")
    assert any(f.rule == "MTA501" and f.severity == "major" and f.text == "noté" for f in found)


def test_spelling_suggestions_do_not_depend_on_the_hash_seed():
    # Grammalecte gathers word endings in a set: without mtaudit's fix, tied suggestions ("peys":
    # "pissés"/"pissée") came out in an order that changed with PYTHONHASHSEED
    import os
    import subprocess
    import sys

    from mtaudit.lang.grammalecte import load

    if load() is None:
        pytest.skip("Grammalecte is not installed")
    code = "from mtaudit.lang.grammalecte import load; g = load(); print([g.suggest(w, 8) for w in ('peys', 'ministrre', 'Rouamnie')])"
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout for seed in (1, 3, 7)}
    assert len(outs) == 1 and "pies" in outs.pop()


def test_no_edit_suggestions_for_a_very_long_word():
    """A 'word' of hundreds of letters got ~54 look-ups per letter, each of its own length: a
    2,000-letter word held an audit for 20 s. Past MAX_SUGGEST_LETTERS no neighbour is looked up."""
    from mtaudit.rules.spelling import analysis

    speller = analysis.Speller()
    calls = []
    speller.known = lambda w: calls.append(w) or False
    if speller.engine is not None:
        speller.engine = type("E", (), {"is_valid": lambda self, w: calls.append(w) or False,
                                        "suggest": lambda self, w, n: calls.append(w) or [],
                                        "name": "x"})()
    assert speller.suggestions("a" * 300, full=True) == []
    assert speller.places("A" * 300) == []
    assert calls == []
    speller.close_words("maisson" + "x" * (analysis.MAX_SUGGEST_LETTERS - 7))  # at the bound: still looked up
    assert calls


def test_no_full_suggestion_search_for_a_long_word():
    """Grammalecte's full search took seconds on a long word with a long known beginning and no
    neighbour ("constitutionnalisationxy": 7 s); past MAX_FULL_LETTERS letters only the one-edit
    neighbours are looked for. Up to it, the full search runs as before."""
    from mtaudit.rules.spelling import analysis

    speller = analysis.Speller()
    asked = []
    speller.close_words = lambda w: []  # no known word one edit away
    speller.engine = type("E", (), {"suggest": lambda self, w, n: asked.append(w) or ["x"], "name": "x"})()
    long_word = "constitutionnalisationxy"
    assert len(long_word) > analysis.MAX_FULL_LETTERS
    assert speller.suggestions(long_word, full=True) == [] and asked == []
    edge = long_word[:analysis.MAX_FULL_LETTERS]
    assert speller.suggestions(edge, full=True) == ["x"] and asked == [edge]


@needs_grammalecte
def test_an_optional_plural_determiner_agrees_with_its_optional_plural_noun():
    """Software French writes "le(s) fichier(s)": Grammalecte read "le" against "fichier·s" (a major)."""
    for text in ("Supprime le(s) fichier(s) indiqué(s).", "Impossible de lire le(s) champ(s) du paquet.",
                 "Relance ce(s) programme(s) maintenant."):
        found, _ = audit(text)
        serious = [f for f in found if f.severity in ("major", "critical")]
        assert serious == [], (text, [(f.rule, f.text, f.message) for f in serious])
        assert not [f for f in found if f.text.strip() == ""]  # nothing on the spaces that keep the length
    # the noun without its optional ending still disagrees with the plural reading
    found, _ = audit("Supprime le(s) fichier sans attendre.")
    assert [(f.rule, f.text) for f in found if f.severity == "major"] == [("MTA501", "fichier")]


@needs_grammalecte
def test_a_printf_directive_or_an_option_is_a_value_not_a_word():
    """Grammalecte read "'%s' fini" as « % » and the elided pronoun « s' » before a verb (a major on the
    participle); a printf directive is read as a value, and the agreement around it is still checked."""
    for text in ("'%s' fini comme un mot réservé", "Propriété '%s' supprimée de '%s'.",
                 "Propriété '%1$s' définie sur '%2$s'.", "Fichier '%(name)s' supprimé."):
        found, _ = audit(text)
        serious = [f for f in found if f.severity in ("major", "critical")]
        assert serious == [], (text, [(f.rule, f.text, f.message) for f in serious])
    # and so are its options and backslash escapes: "-a" is not the verb « a » before an infinitive
    for text in ("-a                     rechercher aussi dans toutes les bases miroir",
                 "l’utilisation de \\C n’est pas prise en charge dans les définitions de langage"):
        found, _ = audit(text)
        assert [f for f in found if f.severity in ("major", "critical")] == [], text
    # a keyboard accelerator inside a word: "la l&uminance" is not « la » before « l »
    found, _ = audit("Inverser la l&uminance de l'image.")
    assert [f for f in found if f.rule == "MTA501"] == []
    # and GTK's: "des caté_gories" is not « des » before « caté »
    for text in ("Taille des icônes des caté_gories :", "Afficher les info-_bulles des applications"):
        found, _ = audit(text)
        assert [f for f in found if f.rule == "MTA501"] == [], text
    found, _ = audit("Les fichiers est caté_gorisés.")  # the agreement around it is still checked
    assert ("MTA501", "est") in [(f.rule, f.text) for f in found], [(f.rule, f.text) for f in found]
    # Qt's numbered arguments: "%1 fichiers" is not one « fichiers » (a minor finding before); placeholders in
    # braces are values too
    for text in ("Supprimer %1 fichiers ?", "%1 éléments sur %2 supprimés", "Texte trouvé {1} fois sur la page {2}"):
        found, _ = audit(text)
        assert [f for f in found if f.rule == "MTA501"] == [], text
    found, _ = audit("Impossible de lire '%s' : les données est corrompues.")
    assert ("MTA501", "est") in [(f.rule, f.text) for f in found if f.severity == "major"]
    found, _ = audit("'%s' : la fichier est vide.")
    assert "MTA501" in [f.rule for f in found if f.severity == "major"]


@needs_grammalecte
@pytest.mark.parametrize("text, word, reason", [
    # no word named: up the chain of complements from the noun right before
    ("Enregistrement de la configuration de la sauvegarde réussi.", "réussi", "Enregistrement"),
    # the complement noun flagged against the adjective after it; forms written for both numbers
    ("Conflit(s) de touche détecté(s).", "touche", "Conflit(s)"),
    # « à » before a bare noun makes a compound; a capitalised noun the dictionary also knows as a name
    ("Mises à jour de script trouvées.", "script trouvées", "Mises"),
    # the complement and the adjective flagged together: up the chain, a noun the dictionary does not know
    ("Utilisez un métapaquet de tâche maintenu par votre distribution.", "tâche maintenu", "does not know"),
    # a determiner in capitals in a line in lower case: an acronym (the DES cipher)
    ("Chiffrement DES simple", "simple", "acronym"),
    # the clause's verb, which Grammalecte reads as an adjective (« continu »)
    ("Le mouvement continue en utilisant la largeur des fichiers de configuration.", "continue", "verb of the clause"),
    # spoken French's partitive predicate after a counted noun
    ("Il semble que vous n'ayez aucun compte de configuré", "configuré", "counted noun"),
    ("Désactivé s'il y a plus de 10 000 fichiers ou répertoires de listés.", "listés", "counted noun"),
    # up the chain past an adjective the parse tags as a participle (« alphabétiques »)
    ("Un script pour les index alphabétiques par section basés sur whatis.", "section basés", "« index »"),
    # the typographic apostrophe is an apostrophe (« d’arcade »)
    ("XBlast est un jeu d’arcade à plusieurs joueurs inspiré par Bomberman.", "inspiré", "« jeu »"),
    # up the chain past a participle agreeing with the noun before it, whose complement it is (« écrit à la main »)
    ("Il combine les modifications et le code écrit à la main défini dans la description.", "défini", "« code »"),
    # after « et », an adjective before a determiner opens the next clause's noun phrase and agrees with its noun
    ("Ce format est délaissé et seuls quelques paquets l’utilisent encore.", "seuls", "« paquets »"),
])
def test_a_participle_up_the_chain_a_clause_verb_and_a_counted_de_participle_are_minor(text, word, reason):
    _doubtful_minor(text, word, reason)


@needs_grammalecte
@pytest.mark.parametrize("text, word, reason", [
    # a masculine word whose feminine is ten times rarer, right after a feminine noun: a noun as modifier
    ("Erreur lors de la coupure logiciel du son.", "logiciel", "mostly a noun"),
    ("Déclarer la variable indicateur avant la requête.", "la variable indicateur", "mostly a noun"),
    # singular after a plural noun: a noun as modifier keeps its own number (a label, no final stop)
    ("Veuillez configurer votre fuseau horaire dans vos préférences utilisateur", "utilisateur", "mostly a noun"),
    ("Les lignes brouillon doivent être triées", "lignes brouillon", "mostly a noun"),
    # the message names no other word: the noun right before is the one read against
    ("Échec lors de la définition de l'identité utilisateur éphémère.", "utilisateur", "mostly a noun"),
    # after nouns joined by a slash, any of them is the noun it modifies (« facture » of « facture/avoir »)
    ("Vous importez une facture/avoir client dans le journal.", "client", "mostly a noun"),
    # the message names two words, one of them the noun right before (« “fonction” ou “variables” »)
    ("Les variables de la fonction objectif sont booléennes.", "objectif", "mostly a noun"),
    # the determiner of an English name: the product's gender, not the dictionary's
    ("Vous pouvez configurer un Active Directory pour les utilisateurs.", "un", "English name"),
    # a bare noun after the infinitive that opens a label: its object, not a verb
    ("Conserver pistes originales", "pistes", "label without article"),
    ("Créer classes à partir d'une colonne de données", "classes", "label without article"),
    # singular words coordinated after a plural determiner, one each
    ("Ramener les position, rotation et échelle de l'objet.", "position", "one for each"),
    # a noun of the list with its complement (« de » and a noun, no determiner)
    ("Renseignez vos nom d’utilisateur et mot de passe pour vous connecter.", "nom", "one for each"),
    # a word the dictionary knows only as a noun, after a participle: the participle's complement
    ("Boto fournit une API orientée objet facile à utiliser.", "objet", "only a noun"),
])
def test_a_noun_as_modifier_and_a_label_without_article_are_minor(text, word, reason):
    _doubtful_minor(text, word, reason)


@needs_grammalecte
@pytest.mark.parametrize("text, word", [
    # adjectives whose feminine is as common, participles, and a verb after an infinitive subject
    ("Ouvrir la fenêtre principal du programme.", "principal"),
    ("Supprimer la valeur sélectionné de la liste.", "sélectionné"),
    ("Les fenêtres principal sont fermées", "principal"),  # singular after a plural, its feminine as common
    ("Vous importez une facture/avoir principal dans le journal.", "principal"),  # an adjective after the slash
    ("Les variables de la fonction principal sont booléennes.", "principal"),  # two words named, its feminine as common
    ("Il a ouvert un Fenêtre Principale.", "un"),  # capitalised French words are no English name
    ("La liste complet des fichiers est affichée.", "complet"),
    ("Partir permets de réfléchir.", "permets"),
    ("Les chat mangent.", "chat"),  # no list after the plural determiner
    ("Il voit les maison et les jardins.", "maison"),  # a determiner each: no one-each list
    ("Renseignez vos nom d’utilisateur pour vous connecter.", "nom"),  # a complement, no list
    ("Il fournit les listes alphabétiques par section basés sur whatis.", "basés"),  # no noun up the chain agrees
    ("Boto fournit une API orientée complets facile à utiliser.", "complets"),  # an adjective after the participle
    ("XBlast est une partie d’arcade à plusieurs joueurs inspiré par Bomberman.", "inspiré"),  # no noun agrees
])
def test_adjectives_participles_and_verbs_after_an_infinitive_stay_major(text, word):
    found, _ = audit(text)
    assert any(f.rule == "MTA501" and f.severity == "major" and word in f.text for f in found), \
        [(f.rule, f.text, f.severity) for f in found]


@needs_grammalecte
def test_a_determiner_before_a_web_address_has_nothing_to_agree_with_and_other_nouns_up_the_chain_stand():
    found, _ = audit("Pour de plus amples renseignements, consultez le http://www.exemple.org/articles/162.")
    assert [f for f in found if f.rule == "MTA501"] == [], [(f.rule, f.text) for f in found]
    for text in ("La force de la coalition déployé en Ukraine reste modeste.",  # a known noun up the chain
                 "Le système PerfectFlow de pression réglementés offre des performances.",  # a product's name
                 "Utilisez un métapaquet de tâche maintenus par votre distribution."):  # plural: not « métapaquet »
        found, _ = audit(text)
        assert any(f.rule == "MTA501" and f.severity == "major" for f in found), [(f.rule, f.text) for f in found]


@needs_grammalecte
@pytest.mark.parametrize("text", [
    "Elément de métadonnées introuvable",  # the capital's accent left off: « Élément » heads the phrase
    "Aucuns noeuds d'aide disponibles",  # « œ » typed as two letters: « nœuds » heads it
    "Etat de la connexion inconnu",
])
def test_bare_capitals_and_oe_are_read_as_the_words_they_spell(text):
    found, _ = audit(text)
    assert [f for f in found if f.rule == "MTA501"] == [], [(f.rule, f.text) for f in found]


@needs_grammalecte
@pytest.mark.parametrize("text, word", [
    ("Les Eléments trouvé sont listés.", "trouvé"),  # read as « Éléments », still checked
    ("Les noeuds disponible sont listés.", "disponible"),  # read as « nœuds »
    ("Les noeud sont verts.", "noeud"),  # an error on the word read with « œ » spans the word as written
])
def test_words_read_with_their_accent_or_oe_are_still_checked(text, word):
    found, _ = audit(text)
    hits = [f for f in found if f.rule == "MTA501" and f.severity == "major"]
    assert any(f.text == word for f in hits), [(f.rule, f.text) for f in found]
    assert not any(w in f.message for f in hits for w in ("Éléments", "nœud")), [f.message for f in hits]


def test_written_out_keeps_every_offset():
    from mtaudit.lang.grammalecte import _written_out
    known = {"élément", "Élément", "nœuds", "cœur"}
    text = "Elément : noeuds, coeur et Ecran."
    read, padding, spelt = _written_out(text, lambda w: w in known or w.lower() in known)
    assert len(read) == len(text)
    assert read == "Élément : nœuds , cœur  et Ecran."
    assert padding == [(15, 16), (22, 23)] and spelt == {"Élément": "Elément", "nœuds": "noeuds", "cœur": "coeur"}
    assert _written_out("Rien à lire ici.", lambda w: False) == ("Rien à lire ici.", [], {})


@needs_grammalecte
@pytest.mark.parametrize("text, word", [
    ("Il a oublié de réglé la facture.", "réglé"),  # « de » after a verb
    ("Il faut savoir quand réglé le problème.", "réglé"),  # « quand » inside its clause
    ("La porte ouvert donne sur la cour.", "La porte ouvert"),
])
def test_participles_in_their_clause_stay_major(text, word):
    found, _ = audit(text)
    assert any(f.rule == "MTA501" and f.severity == "major" and f.text == word for f in found), \
        [(f.rule, f.text, f.severity) for f in found]


@needs_grammalecte
def test_a_name_opening_the_sentence_before_est_and_an_indefinite_noun_is_its_subject():
    for text in ("Terminal est une application d’émulation de terminal pour le bureau.",
                 "Introduction\nTerminal est une application d’émulation de terminal.",  # a heading's line before it
                 "Vidéos est un lecteur de films pour le bureau GNOME."):
        found, _ = audit(text)
        mine = [f for f in found if f.rule == "MTA501"]
        assert mine and all(f.severity == "minor" for f in mine), [(f.rule, f.severity, f.text) for f in found]
    found, _ = audit("Les chats est un animal.")  # the verb's agreement is not this reading's
    assert any(f.rule == "MTA501" and f.severity == "major" for f in found)


@needs_grammalecte
def test_a_participle_read_before_its_noun_modifier_and_a_name_after_its_kind():
    for text in ("Vous pouvez utiliser ces raccourcis clavier pour passer au mode binaire.",
                 "Ouvrez le menu Options des fichiers situé dans le coin supérieur droit."):
        found, _ = audit(text)
        assert [f for f in found if f.severity == "major"] == [], [(f.rule, f.text) for f in found]
    for text in ("Ouvrez la fenêtre Options des fichiers situé dans le coin.",  # the kind is feminine
                 "Les grandes maison du village sont vides."):  # « grandes » is an adjective, not a participle
        found, _ = audit(text)
        assert any(f.severity == "major" for f in found), [(f.rule, f.text) for f in found]


@needs_grammalecte
def test_a_plural_noun_may_close_words_coordinated_one_each():
    found, _ = audit("Saisissez vos nom et prénoms dans le champ Nom complet.")  # one name, first names
    assert [f for f in found if f.severity == "major"] == [], [(f.rule, f.text) for f in found]
    found, _ = audit("Saisissez vos nom dans le champ.")  # nothing coordinated
    assert any(f.severity == "major" for f in found)


def test_a_gender_the_document_gives_a_noun_every_time_is_minor():
    """Debian's man pages write « le source » (the source package) every time: three times or more
    and never « la source », the writer's usage, minor with the doubt. Twice, or beside « la source »
    in the same document, it stays major."""
    always = ("Le point d'ancrage est exécuté dans le source dépaqueté. La version du source est ancienne. "
              "Il nettoie le source avant la construction.")
    found = [f for f in audit(always)[0] if f.rule == "MTA501"]
    assert [(f.text, f.severity) for f in found] == [("le source", "minor"), ("du source", "minor"),
                                                     ("le source", "minor")]
    assert all("3 times" in f.message for f in found)
    for text in (always + " La source du fleuve est loin.", always.rsplit(" Il nettoie", 1)[0]):
        found = [f for f in audit(text)[0] if f.rule == "MTA501"]
        assert found and all(f.severity == "major" for f in found), text
    # a noun phrase's adjective is not its noun: « la commande su » (gn_la_2m names « su »), three times
    found = [f for f in audit("La commande su est lancée. La commande su attend. La commande su échoue.")[0]
             if f.rule == "MTA501"]
    assert found and all(f.severity == "major" and "times" not in f.message for f in found)


def test_a_gender_a_register_gives_a_noun_is_minor_in_its_register():
    """data/gender_usage.tsv: technical French writes « le source » (source code, a source package), so in a text
    that writes code (three technical tokens or more) a masculine determiner before « source » is minor with the
    register's note, even once and beside « une source de confiance »; in prose it stays major."""
    code = "Utilisez --build=any, --no-check et le fichier /usr/share/doc/README. "
    text = code + "L'option extrait le paquet du source dans le répertoire. Ne lancez que des scripts d'une source de confiance."
    found = [f for f in audit(text)[0] if f.rule == "MTA501"]
    assert [(f.text, f.severity) for f in found] == [("du source", "minor")]
    assert "technical French" in found[0].message
    # « au » and « aux »: Grammalecte's rule names the noun in “ ” quotes, not « »
    found = [f for f in audit(code + "Il modifie le Makefile pour ressembler au source original.")[0] if f.rule == "MTA501"]
    assert [(f.text, f.severity) for f in found] == [("au source", "minor")]
    for prose in ("Le journaliste cite un source anonyme proche du dossier.",
                  "L'option extrait le paquet du source dans le répertoire. " + code.replace("--", "")):
        found = [f for f in audit(prose)[0] if f.rule == "MTA501"]
        assert found and all(f.severity == "major" for f in found), prose


def test_a_register_s_gender_is_minor_in_the_noun_phrase_too():
    """MTA502 reads data/gender_usage.tsv as MTA501 does: « à partir du même source » in a text that writes code is
    minor with the register's note (the phrase agrees once « source » is masculine); in prose it stays major, and
    so does a clash the register does not mend (« du même sources »: the number)."""
    code = "Utilisez --build=any, --no-check et le fichier /usr/share/doc/README. "
    phrase = "Il génère des pages web à partir du même source, en utilisant des patrons."
    found = [f for f in audit(code + phrase)[0] if f.rule == "MTA502"]
    assert [(f.text, f.severity) for f in found] == [("du même source", "minor")]
    assert "technical French" in found[0].message
    for text in (phrase, code + phrase.replace("source", "sources")):
        found = [f for f in audit(text)[0] if f.rule == "MTA502"]
        assert [f.severity for f in found] == ["major"], text


@needs_grammalecte
def test_a_plural_after_coordinated_nouns_is_doubtful():
    """« au réseau IRC et au canal sélectionnés »: an adjective after nouns « et » joins agrees with them all, plural;
    Grammalecte reads the last noun alone. Minor with the doubt; a plural after one noun stays major, and so do a
    feminine plural after a masculine and a feminine noun (French wants the masculine there) and a plural after
    « et » that opens a clause."""
    found, _ = audit("Cliquez ici pour vous connecter au réseau IRC et au canal sélectionnés.")
    hit = [f for f in found if f.rule == "MTA501" and f.text == "sélectionnés"]
    assert hit and all(f.severity == "minor" and "« réseau » and « canal », coordinated" in f.message for f in hit), hit
    for text, word in (("Il faut vérifier le poids indiqués sur la boîte.", "indiqués"),
                       # « et » joins two clauses there, not two nouns (a WMT20 listing's MT)
                       ("Il est livré avec la bande en acier et est un tiers plus petits que les autres.", "petits"),
                       ("Il faut vérifier le poids et la taille indiquées sur la boîte.", "indiquées")):
        found, _ = audit(text)
        assert [f.severity for f in found if f.rule == "MTA501" and f.text == word] == ["major"], (text, found)


@needs_grammalecte
def test_a_manual_s_page_is_in_the_technical_register():
    """A manual's page is technical French even where it writes little code: an HTML page a documentation tool
    rendered from a manual's source (its generator <meta>: KDE's handbooks, « Ligne dans le source d'une fonction »)
    or a man page as mandoc writes it. The same page from a CMS, or with no generator, is prose: major."""
    from mtaudit import Auditor

    page = ('<html><head><meta name="generator" content="{tool}"></head><body><h1>Concepts</h1>'
            '<p>La vue affiche une ligne du source de la fonction active, ainsi que le coût enregistré.</p>'
            '</body></html>')
    auditor = Auditor()

    def found(html):
        return [(f["text"], f["severity"]) for f in auditor.audit(html, html=True)["findings"] if f["rule"] == "MTA501"]

    assert found(page.format(tool="DocBook XSL Stylesheets Vsnapshot")) == [("du source", "minor")]
    man = ('<div class="manual-text"><section class="Sh"><h1 class="Sh">DESCRIPTION</h1><p class="Pp">'
           'La vue affiche une ligne du source de la fonction active, ainsi que le coût enregistré.</p>'
           '</section></div>')
    assert found(man) == [("du source", "minor")]
    assert found(page.format(tool="WordPress 6.4")) == [("du source", "major")]


@needs_grammalecte
def test_no_french_grammar_inside_an_english_sentence_left_in_the_text():
    """A man page left in English (« Clear lastlog record of a user. ») is English left, MTA401's: Grammalecte's
    « a » + past participle reading of it is dropped. The same slip in French is still reported."""
    english = "Cette option efface le journal.\nClear lastlog record of a user. This option can be used only with the -u option.\n"
    found, _ = audit(english)
    assert [f for f in found if f.rule == "MTA501"] == []
    found, _ = audit("Cette option efface le journal.\nElle a manger le dossier de l'utilisateur.\n")
    assert [f.text for f in found if f.rule == "MTA501"] == ["manger"]


@needs_grammalecte
def test_such_as_agrees_with_a_noun_further_back():
    """« telles que » names examples of a noun before the phrase it follows (MTA502 reads past it); with no
    noun before that agrees, the phrase's own is read."""
    found, _ = audit("Il lit les données qui concernent l’état du matériel telles que la température.")
    assert [f.text for f in found if f.rule == "MTA502"] == []
    found, _ = audit("Il lit le fichier qui concerne l’état du matériel telles que la température.")
    assert [f.text for f in found if f.rule == "MTA502" and f.severity == "major"] == ["du matériel telles"]
