"""Phrase matcher, set phrases (MTA301), calques and false friends (MTA310/311), passive calques (MTA320)."""
import re

import pytest
from conftest import ROOT, read_seed, run_rules_on

from mtaudit.config import Config
from mtaudit.detect import Context
from mtaudit.detect.phrases import PhraseMatcher, _tokenizer, parse_conditions, parse_pattern, text_view
from mtaudit.lang.text import light_stem
from mtaudit.detect.registry import all_rules
from mtaudit.detect.resources import DataFileError, Resources

IDS = ("MTA301", "MTA310", "MTA311", "MTA320")
RES = Resources()


seed = read_seed


def audit(text, ids=IDS, resources=RES):
    return run_rules_on(text, ids, resources=resources)[0]


def texts(findings, rule=None):
    return [f.text for f in findings if rule is None or f.rule == rule]


def match(patterns, text, gap=1, context=""):
    tok = _tokenizer()
    conds = parse_conditions(context)
    m = PhraseMatcher([parse_pattern(p, tok, gap, conds, {"p": p}) for p in patterns])
    ctx = Context.from_text(text)
    return [text[x.start:x.end] for x in m.match(text_view(ctx))]


# -- the matcher ---------------------------------------------------------------------------------

def test_lemmas_match_inflected_forms():
    assert match(["botte sur le sol"], "Il veut des bottes sur les sols ukrainiens.") == ["bottes sur les sols"]
    assert match(["garder * à bord"], "Ils ont gardé Washington à bord.") == ["gardé Washington à bord"]


def test_a_feminine_participle_matches_the_masculine_a_pattern_names():
    """spaCy may read « morte » as the verb mourir's participle: the pattern's adjective « mort » still
    matches it, as it matches « mortes »; a noun ending in e is not cut ("porte" is not "port")."""
    assert match(["chaleur mort"], "Les sondages montrent une chaleur morte entre les deux candidats.") == ["chaleur morte"]
    assert match(["chaleur mort"], "Les sondages montrent des chaleurs mortes.") == ["chaleurs mortes"]
    assert match(["port ouvert"], "Il a laissé la porte ouverte.") == []


def test_small_insertion_allowed_up_to_gap():
    text = "Le président devient un canard très politiquement estropié."
    assert match(["canard estropié"], text, gap=2) == ["canard très politiquement estropié"]
    assert match(["canard estropié"], text, gap=1) == []
    assert match(["canard estropié"], "Un canard estropié.", gap=0) == ["canard estropié"]


def test_insertion_must_be_adjective_adverb_or_number():
    # a noun or a punctuation mark between pattern words breaks the match
    assert match(["coalition des conférence"], "la coalition des pays et conférences") == []
    assert match(["prendre place"], "Il a pris, place Vendôme, un café.") == []


def test_contractions_stand_for_preposition_and_article():
    assert match(["faire face à le musique"], "Il doit faire face au musique.") == ["faire face au musique"]
    assert match(["hors de @det crochet"], "Il est hors du crochet.") == ["hors du crochet"]  # de + any article
    assert match(["pousser le enveloppe"], "Elle pousse l'enveloppe.") == ["pousse l'enveloppe"]
    # also when "de"/"à" is one of the preposition item's alternatives
    assert match(["règle de/en @det pouce"], "En règle du pouce, un pont dure cent ans.") == ["règle du pouce"]
    assert match(["retour vers/à @det case"], "Ils sont de retour au case départ.") == ["retour au case"]
    assert match(["sur/dans @det glace"], "Il marche du glace.") == []  # no "de" or "à" among them


def test_optional_determiner_and_pos_constraint():
    assert match(["payer @det? visite"], "Il a payé une visite au roi.") == ["payé une visite"]
    assert match(["payer @det? visite"], "Il a payé visite.") == ["payé visite"]
    assert match(["support:NOUN"], "Je supporte mal ce bruit.") == []


def test_sentence_start_marker():
    assert match(["^ dû à"], "Dû à la pluie, le match est reporté.") == ["Dû à"]
    assert match(["^ dû à"], "Le retard est dû à la pluie.") == []


def test_conditions_block_and_allow():
    ctx_ok = "+near:militaire,otan -near:banque,financier"
    assert match(["actif:NOUN"], "Les actifs militaires de l'OTAN.", context=ctx_ok) == ["actifs"]
    assert match(["actif:NOUN"], "Les actifs de la banque.", context=ctx_ok) == []
    assert match(["actif:NOUN"], "Les actifs militaires de la banque.", context=ctx_ok) == []
    assert match(["en charge de"], "La prise en charge des patients.", gap=0, context="-before2:prise,prendre") == []
    assert match(["en charge de"], "Il est en charge de la sécurité.", gap=0,
                 context="-before2:prise,prendre") == ["en charge de"]
    assert match(["être supposé"], "Il est supposé partir.", context="+after1:VerbForm=Inf") == ["est supposé"]
    assert match(["être supposé"], "Il est supposé coupable.", context="+after1:VerbForm=Inf") == []


def test_offsets_are_exact_code_points():
    text = "« Émoji 🙂 » puis des bottes sur le sol."
    found = audit(text)
    assert [f.text for f in found] == ["bottes sur le sol"]
    assert found[0].start == text.index("bottes")


def test_longest_leftmost_match_wins():
    assert match(["support", "support maritime"], "le support maritime") == ["support maritime"]


def test_light_stem_is_narrow():
    assert light_stem("opposées") == "opposé" and light_stem("actifs") == "actif"
    assert light_stem("coupe") == "coupe" and light_stem("pointe") == "pointe"


def test_bad_patterns_are_reported_with_their_row():
    rows = [{"wrong": "* à bord", "_source": "x.tsv:3"}]
    with pytest.raises(DataFileError, match="x.tsv:3"):
        PhraseMatcher.from_rows(rows, "wrong")
    with pytest.raises(DataFileError, match="condition"):
        PhraseMatcher.from_rows([{"wrong": "a b", "context": "near:x", "_source": "y.tsv:1"}], "wrong")


# -- seeds -----------------------------------------------------------------------------------------

def test_seed_004_coalition_des_conferences():
    found = [f for f in audit(seed("004")) if f.rule == "MTA301"]
    coal = [f for f in found if f.text == "coalition des conférences"]
    assert coal and coal[0].suggestion == "coalition des volontaires"
    assert coal[0].severity == "major" and coal[0].category == "mistranslation"
    assert "coalition of the willing" in coal[0].message


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_clean_seeds_get_nothing(prefix):
    assert audit(seed(prefix)) == []


def test_seed_004_calques():
    found = audit(seed("004"))
    got = texts(found)
    for want in ("bottes sur le sol", "meilleur diplomate", "garder les États-Unis à bord", "support"):
        assert want in got, (want, got)
    assert {f.rule for f in found if f.text == "support"} == {"MTA311"}


def test_seed_002_calques():
    text = seed("002")
    found = audit(text)
    got = texts(found)
    assert "membre principal" in got
    assert "est opposé par" in got
    intel = [f for f in found if f.text == "intelligence"]
    assert intel and intel[0].suggestion == "renseignement"
    assert "sans l’intelligence, la surveillance" in text[intel[0].start - 7:intel[0].end + 20]
    assert len([f for f in found if f.text == "actifs"]) == 3


# -- unseen cases ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text,flag,suggestion", [
    ("Deux grèves aériennes russes ont frappé Kharkiv, faisant trois morts.", "grèves aériennes", "frappe aérienne"),
    ("Selon des réservoirs de pensée américains, la Chine ralentit.", "réservoirs de pensée", None),
    ("Le Premier ministre est désormais un canard totalement estropié.", "canard totalement estropié", "canard boiteux"),
    ("La Haute Représentante a dénoncé une coalition des disposés.", "coalition des disposés", "coalition des volontaires"),
    ("Les partisans d'une force rassurante veulent l'appui de l'OTAN.", "force rassurante", "force de réassurance"),
    ("Les marchés craignent une nouvelle randonnée des taux de la BCE.", "randonnée des taux", "hausse des taux"),
    ("Il a été condamné à une phrase de vie pour ce meurtre.", "phrase de vie", None),
    ("Le Sénat a voté la facture sur l'immigration après un amendement.", "facture", "projet de loi"),
])
def test_set_phrases_unseen(text, flag, suggestion):
    found = [f for f in audit(text, ("MTA301",))]
    assert flag in texts(found), texts(found)
    if suggestion:
        assert suggestion in [f.suggestion for f in found]


@pytest.mark.parametrize("text", [
    "Les policiers et les gardiens de la paix ont dispersé les manifestants.",
    "Le syndicat des pilotes appelle à une grève aérienne lundi, avec préavis déposé.",
    "La facture d'électricité des ménages va augmenter.",
    "Une coalition des bonnes volontés a été évoquée, dit le ministre.",
    "Les chars Leopard ont franchi la rivière ; le réservoir de carburant était plein.",
])
def test_set_phrases_quiet(text):
    assert audit(text, ("MTA301",)) == []


@pytest.mark.parametrize("text,flag,rule", [
    ("Washington veut des bottes supplémentaires sur le terrain en Syrie.", "bottes supplémentaires sur le terrain", "MTA310"),
    ("Le Canada apportera un support aérien et naval à la mission.", "support", "MTA311"),
    ("Le chef de l'état-major russe est le meilleur général de Moscou.", "meilleur général", "MTA311"),
    ("Les services d'intelligence britanniques ont partagé leurs informations.", "intelligence", "MTA311"),
    ("Le déploiement des actifs navals de la Marine a commencé.", "actifs", "MTA311"),
    ("Le gouvernement doit adresser ce problème au plus vite.", "adresser", "MTA311"),
    ("Paris essaie de ramener Berlin à bord du projet.", "ramener Berlin à bord", "MTA310"),
    ("Ces données sont mises à jour sur une base quotidienne.", "sur une base quotidienne", "MTA310"),
    ("L'élection prendra place le 3 novembre.", "prendra place", "MTA310"),
    ("Il a été chargé de fraude par le procureur fédéral.", "chargé de fraude", "MTA311"),
    ("Ces chiffres sont consistants avec nos prévisions.", "consistants avec", "MTA311"),
    ("Elle est en charge des négociations commerciales.", "en charge des", "MTA310"),
    ("C'est définitivement une erreur de calcul.", "définitivement", "MTA311"),
    ("Il a été succédé par son adjoint à la tête du parti.", "été succédé par", "MTA320"),
    ("L'accord est vivement opposé par la Hongrie.", "est vivement opposé par", "MTA320"),
])
def test_calques_unseen(text, flag, rule):
    found = audit(text)
    assert flag in texts(found, rule), [(f.rule, f.text) for f in found]


@pytest.mark.parametrize("text", [
    "Les actifs russes gelés en Europe financent les prêts à l'Ukraine.",
    "L'intelligence artificielle aide les analystes militaires.",
    "Le support technique de l'armée est joignable jour et nuit.",
    "Le pilote a gardé les passagers à bord pendant deux heures.",
    "Les invités ont pris place autour de la table du sommet.",
    "La prise en charge des blessés a commencé à l'hôpital.",
    "Il a adressé une lettre au président pour dénoncer ce problème.",
    "Le texte a été définitivement adopté par le Parlement.",
    "Le projet est soutenu par la France et combattu par la Hongrie.",
    "Elle a été assistée par un avocat pendant l'audition.",
    "Le ministre est opposé à cette réforme.",
    "Il pourrait éventuellement être candidat.",
    "Il est le meilleur diplomate de sa génération.",
    "Le repas était consistant en légumes et en viande.",
    "Un plan consistant à renforcer les défenses aériennes.",
    "Les troupes au sol ont progressé, a indiqué le chef de la diplomatie de l'UE.",
])
def test_calques_quiet(text):
    assert audit(text) == [], [(f.rule, f.text) for f in audit(text)]


# -- data ------------------------------------------------------------------------------------------

def test_lexicon_sizes_and_columns():
    sets = RES.table("set_phrases")
    calques = RES.table("calques")
    assert len(sets) >= 100 and len(calques) >= 200
    for r in sets:
        assert r["english"] and r["french"] and r["wrong"] and r["note"], r["_source"]
        assert r["domain"] in {"diplomacy", "defence", "politics", "economy", "newsroom", "justice", "society",
                               "energy"}, r["_source"]
    for r in calques:
        assert r["wrong"] and r["use"] and r["english"] and r["why"], r["_source"]
        assert r["mqm"] in {"Style/Unidiomatic", "Accuracy/Mistranslation"}, r["_source"]
    for r in sets + calques:
        assert r["severity"] in {"", "minor", "major", "critical"}, r["_source"]


def test_every_pattern_parses_and_builds():
    for rid in IDS:
        rule = all_rules()[rid](Config())
        ctx = Context.from_text("Texte.", resources=RES)
        assert rule.matcher(ctx).patterns


def _plain(french):
    return [re.sub(r"\(.*?\)", "", a).replace("…", "").strip() for a in french.split(" / ")]


def test_accepted_french_is_never_flagged():
    for table, col in (("set_phrases", "french"), ("calques", "use")):
        for r in RES.table(table):
            for alt in _plain(r[col]):
                found = audit(f"Selon le journal, {alt} cette semaine.")
                assert not found, (r["_source"], alt, [(f.rule, f.text) for f in found])


def test_set_phrases_and_calques_do_not_overlap():
    """One phrase, one category: no wrong rendering is listed in both lexicons."""
    sp = {p.strip() for r in RES.table("set_phrases") for p in r["wrong"].split("|")}
    cq = {p.strip() for r in RES.table("calques") for p in r["wrong"].split("|")}
    assert not sp & cq


def test_user_lexicon_file_is_added(tmp_path):
    extra = tmp_path / "my_calques.tsv"
    extra.write_text("# mine\nwrong\tuse\tenglish\tmqm\tseverity\tgap\tcontext\twhy\n"
                     "tomber en amour\ttomber amoureux\tfall in love\tStyle/Unidiomatic\tminor\t\t\tQuebec calque\n",
                     encoding="utf-8")
    res = Resources({"calques": [str(extra)]})
    found = audit("Ils sont tombés en amour à Paris.", ("MTA310",), resources=res)
    assert texts(found) == ["tombés en amour"] and found[0].suggestion == "tomber amoureux"




def test_runs_without_spacy_on_regex_tokens():
    """Without a spaCy model the rules still load their lexicons and stay quiet on clean French."""
    import json
    import os
    import subprocess
    import sys

    code = (
        "import json,sys; from pathlib import Path\n"
        "from mtaudit.detect import Context, run_rules\n"
        "from mtaudit.detect.registry import all_rules\n"
        "out={}\n"
        "for p in sorted(Path('seeds').glob('*.txt')):\n"
        "    ctx=Context.from_text(p.read_text(encoding='utf-8-sig'))\n"
        "    f,fail=run_rules(ctx,[all_rules()[i](ctx.config) for i in %r])\n"
        "    out[p.name[:3]]=[[x.text for x in f],[x['error'] for x in fail],ctx.engines.get('nlp')]\n"
        "print(json.dumps(out))\n" % (IDS,))
    env = dict(os.environ, MTAUDIT_SPACY_MODEL="no-such-model")
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert all(v[2] == "regex" and not v[1] for v in out.values()), out
    assert out["000"][0] == [] and out["003"][0] == []
    assert "coalition des conférences" in out["004"][0] and "bottes sur le sol" in out["004"][0]


# -- groups: a verb particle before or after the object, or absent --------------------------------

def test_groups_expand_to_plain_patterns():
    from mtaudit.detect.phrases import expand_groups

    assert expand_groups("ramener {à @det? maison}~ @det? lard") == [
        "ramener à @det? maison @det? lard", "ramener @det? lard à @det? maison"]
    assert expand_groups("jeter {dans}? @det? serviette") == ["jeter dans @det? serviette", "jeter @det? serviette"]
    assert expand_groups("jeter {dans}~? @det? serviette") == [
        "jeter dans @det? serviette", "jeter @det? serviette dans", "jeter @det? serviette"]
    assert expand_groups("garder * à bord") == ["garder * à bord"]  # no group: unchanged


def test_movable_group_matches_both_orders_with_offsets():
    def grouped(pattern, text):
        m = PhraseMatcher.from_rows([{"w": pattern}], "w")
        ctx = Context.from_text(text)
        found = m.match(text_view(ctx))
        assert all(x.pattern.source == pattern for x in found)  # every variant reports the written pattern
        return [text[x.start:x.end] for x in found]

    pat = "ramener {à/chez @det? maison}~ @det? lard"
    assert grouped(pat, "C'est elle qui ramène le lard à la maison.") == ["ramène le lard à la maison"]
    assert grouped(pat, "C'est elle qui ramène à la maison le lard.") == ["ramène à la maison le lard"]
    assert grouped(pat, "C'est elle qui ramène le lard.") == []  # not optional: the particle is needed
    opt = "jeter {dans/en}~? @det? serviette"
    assert grouped(opt, "Le candidat a jeté la serviette.") == ["jeté la serviette"]
    assert grouped(opt, "Le candidat a jeté dans la serviette.") == ["jeté dans la serviette"]
    assert grouped(opt, "Le candidat a jeté l'éponge.") == []
