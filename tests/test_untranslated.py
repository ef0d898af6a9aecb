"""Untranslated English (MTA401 English text, MTA402 English names with a French form)."""

import pytest
from conftest import SEEDS

from mtaudit.config import Config
from mtaudit.lang import hunspell
from mtaudit.detect import Context, run_rules
from mtaudit.pipeline import Auditor
from mtaudit.read import read_article
from mtaudit.rules.untranslated import analysis as _untranslated
from mtaudit.rules.untranslated import EnglishNameWithFrenchForm, EnglishText



def audit(text, config=None):
    config = config or Config()
    ctx = Context.from_text(text, config)
    findings, failures = run_rules(ctx, [EnglishText(config), EnglishNameWithFrenchForm(config)])
    assert not failures, failures
    for f in findings:
        assert f.text == text[f.start:f.end] and f.category == "untranslated"
    return findings


@pytest.fixture(scope="module")
def seeds():
    auditor = Auditor(Config(select=["untranslated"]))
    out = {}
    for p in sorted(SEEDS.glob("*.txt")):
        a = read_article(p)
        out[p.stem[:3]] = (a.text, auditor.audit(a))
    return out


def covering(seeds, seed, needle):
    """Untranslated findings whose span contains the first occurrence of needle."""
    text, report = seeds[seed]
    pos = text.index(needle)
    return [f for f in report["findings"]
            if f["category"] == "untranslated" and f["start"] <= pos and pos + len(needle) <= f["end"]]


def overlapping(seeds, seed, needle):
    text, report = seeds[seed]
    out = []
    pos = text.find(needle)
    while pos >= 0:
        out += [f for f in report["findings"] if f["start"] < pos + len(needle) and pos < f["end"]]
        pos = text.find(needle, pos + 1)
    return out


# -- seeds -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seed,needle", [
    ("001", "Related Post"),
    ("002", "White House Watch"),
    ("002", "Paris-London"),
    ("002", "Air Force"),
    ("002", "missions non NATO"),
    ("004", "BRUSSELS –"),
    ("004", "l’OTAN HQ"),
    ("004", "EU-US Military Fies"),
])
def test_seed_english_is_covered(seeds, seed, needle):
    assert covering(seeds, seed, needle), (seed, needle, [f["text"] for f in seeds[seed][1]["findings"]])


@pytest.mark.parametrize("seed,needle,suggestion", [
    ("002", "Paris-London", "Paris-Londres"),
    ("002", "Air Force", "armée de l'air"),
    ("002", "missions non NATO", "missions hors OTAN"),
    ("004", "BRUSSELS –", "BRUXELLES –"),
    ("004", "l’OTAN HQ", "QG de l’OTAN"),
])
def test_seed_names_get_their_french_form(seeds, seed, needle, suggestion):
    hits = covering(seeds, seed, needle)
    assert any(f["suggestion"] == suggestion and f["severity"] == "minor" for f in hits), hits


def test_seed_english_line_is_major(seeds):
    hits = covering(seeds, "001", "Related Post")
    assert hits and hits[0]["severity"] == "major" and hits[0]["rule"] == "MTA401"


@pytest.mark.parametrize("seed", ["000", "003"])
def test_clean_seeds_have_no_untranslated_finding(seeds, seed):
    assert seeds[seed][1]["findings"] == []


@pytest.mark.parametrize("seed,needle", [
    ("000", "Financial Times"), ("000", "FT"), ("000", "Sergueï Lavrov"),
    ("003", "Wall Street Journal"), ("003", "New York Times"), ("003", "Bild"), ("003", "Mark Rutte"),
    ("001", "Washington Post"), ("001", "WaPo"), ("001", "Mark Rutte"),
    ("002", "IISS"), ("002", "ISR"), ("002", "Ben Barry"), ("004", "Kyiv"), ("004", "Kaja Kallas"),
])
def test_legitimate_english_in_seeds_is_quiet(seeds, seed, needle):
    assert not overlapping(seeds, seed, needle)


def test_engine_is_reported(seeds):
    assert "wordfreq" in seeds["002"][1]["engines"]["untranslated"]


# -- unseen text ---------------------------------------------------------------------------------------

def test_english_clause_after_french():
    text = "Le ministre a salué la decision, calling it a major step forward."
    found = audit(text)
    assert [f.text for f in found] == ["calling it a major step forward"]
    assert found[0].severity == "major" and found[0].rule == "MTA401"


@pytest.mark.parametrize("text,span,suggestion", [
    ("Le sommet de Warsaw a réuni vingt pays.", "Warsaw", "Varsovie"),
    ("Selon un porte-parole, le Pentagon a confirmé l'envoi de deux navires.", "Pentagon", "Pentagone"),
    ("Les soldats de l'UN patrouillent le long de la frontière.", "UN", "ONU"),
    ("Le Conseil a reçu une délégation venue de London et de Brussels.", "London", "Londres"),
    ("La réunion au NATO HQ a duré trois heures.", "NATO HQ", "QG de l'OTAN"),
    ("Cette aide vise les pays non EU de la région.", "pays non EU", "pays hors UE"),
    ("Les forces spéciales sont déployées au Middle East depuis mars.", "Middle East", "Moyen-Orient"),
    ("LONDON (Reuters) – Le gouvernement a présenté son budget.", "LONDON (Reuters) –", "LONDRES (Reuters) –"),
    ("Le Ukraine Defense Contact Group se réunit à Ramstein.", "Ukraine Defense Contact Group",
     "Groupe de contact pour la défense de l'Ukraine"),
])
def test_english_names_with_a_french_form(text, span, suggestion):
    found = audit(text)
    hit = [f for f in found if f.text == span]
    assert hit, [(f.text, f.suggestion) for f in found]
    assert hit[0].suggestion == suggestion and hit[0].severity == "minor" and hit[0].rule == "MTA402"


def test_whole_english_sentence_is_one_finding():
    text = ("Les ministres se retrouvent lundi. The talks are expected to last two days and will focus on "
            "air defence. Un accord reste possible.")
    found = audit(text)
    assert len(found) == 1, [f.text for f in found]
    assert found[0].text == "The talks are expected to last two days and will focus on air defence"
    assert found[0].severity == "major" and "sentence" in found[0].message


def test_english_paragraph_gives_one_finding_per_sentence_not_per_word():
    text = ("Le texte suit.\nThe minister said the plan would be ready by June. "
            "He added that funding had been secured.\nLa suite est en français.")
    found = audit(text)
    assert len(found) == 2 and all(f.severity == "major" for f in found), [f.text for f in found]


def test_english_line_between_french_lines_with_crlf():
    text = "Le texte suit.\r\nRelated Post\r\nLa suite."
    found = audit(text)
    assert [f.text for f in found] == ["Related Post"] and found[0].severity == "major"


def test_short_english_sentences_are_whole():
    text = "The cat sat on the mat. Le chat dort."
    assert [f.text for f in audit(text)] == ["The cat sat on the mat"]


def test_english_quote_left_in_french_article():
    text = "Le président a déclaré : « We will never give up on our allies. »"
    assert [f.text for f in audit(text)] == ["We will never give up on our allies"]


def test_title_case_english_name_is_minor():
    text = "Abonnez-vous à la lettre Morning Defense Brief pour suivre le conflit."
    found = audit(text)
    assert [f.text for f in found] == ["Morning Defense Brief"] and found[0].severity == "minor"


def test_english_name_inside_english_span_is_reported_once():
    text = "Mots-clés : Défense (T) NATO Summit Talks (T) Finlande"
    found = audit(text)
    assert [f.text for f in found] == ["NATO Summit Talks"], [f.text for f in found]
    assert "OTAN" in found[0].message


@pytest.mark.parametrize("text", [
    # French words that look English
    "Le leader du parti a présenté un budget pour le week-end, avant le match.",
    "Le Sénat a voté une question simple sur l'union de la nation, selon l'article à la date prévue.",
    "Il est possible que la force de la coalition prenne place en mission dès juin.",
    "Le budget de la défense augmente ; le leadership français est contesté.",
    "Les fans de football ont suivi le match en streaming sur leur smartphone.",
    "Le burn-out touche les salariés du fast-food, selon un sondage.",
    # names, titles and brands
    "Selon le Washington Post et le Wall Street Journal, la Maison-Blanche hésite.",
    "Le Financial Times (FT) cite l'IISS et les avions AWACS de l'Alliance.",
    "Jordan Bardella et Theresa May ont été cités par Boris Johnson.",
    "Les missiles Storm Shadow et les chars Abrams sont arrivés, selon Bloomberg.",
    "Le Royal United Services Institute (RUSI) publie un rapport sévère.",
    "Le renseignement (ISR, pour Intelligence, Surveillance and Reconnaissance) reste décisif.",
    "Le gestionnaire de modules du noyau (« dynamic kernel module support » (DKMS)) est utile.",
    "Il surveille les CCTV (closed-circuit television) commerciales et personnelles.",  # expanded in lower case
    "L'outil TopFD (Top-down mass spectral Feature Detection) sert à la déconvolution spectrale.",  # its capitals
    # glossed in French after a dash
    "Il gère les PCRE (perl compatible regular expression – expressions rationnelles compatibles avec Perl).",
    "Son livre « The Art of the Deal » a été un best-seller.",
    "Les manifestants scandaient « No Kings » devant le Capitole.",
    "La Royal Air Force et l'US Navy participent à l'exercice, a indiqué Downing Street.",
    "Cette décision crée de facto un statu quo, obtenu in extremis.",
    # French forms and all-capital French
    "Le sommet de Varsovie et la réunion de Londres ont précédé celle de Bruxelles.",
    "L'OTAN, l'UE et l'ONU ont salué l'accord ; les missions hors OTAN restent rares.",
    "UN SOMMET DE L'OTAN À BRUXELLES",
    "Ne touchez pas ! DIRE À UN ADULTE !",
    "UN RÊVE",
    "IL A EU PEUR",
    "Selon le Related Post, tout va bien.",
    "WASHINGTON – Le président a reçu le chancelier allemand à la Maison-Blanche.",
])
def test_french_that_looks_close_is_quiet(text):
    assert audit(text) == [], [(f.rule, f.text) for f in audit(text)]


def test_english_in_brackets_after_an_acronym_it_does_not_spell_is_still_read():
    """An acronym's expansion in lower case is left alone only when its words' initials spell the acronym."""
    found = audit("Il surveille les CCTV (cameras installed at home) commerciales et personnelles.")
    assert [f.text for f in found if f.rule == "MTA401"] == ["cameras installed at home"]
    found = audit("Il gère les PCRE (cameras installed at home – des caméras posées chez soi).")
    assert [f.text for f in found if f.rule == "MTA401"] == ["cameras installed at home"]
    # a name in mixed case: its expansion's capitalised words spell its capitals
    found = audit("L'outil TopFD (the best detection tool around) sert à la déconvolution spectrale.")
    assert [f.text for f in found if f.rule == "MTA401"] == ["the best detection tool around"]


def test_user_allow_list_masks_a_name(tmp_path):
    text = "Abonnez-vous à la lettre Morning Defense Brief pour suivre le conflit."
    extra = tmp_path / "ok.tsv"
    extra.write_text("phrase\tkind\tnote\nMorning Defense Brief\tpress\tour own newsletter\n", encoding="utf-8")
    assert audit(text, Config(data_files={"english_ok": [str(extra)]})) == []


def test_works_without_lingua(monkeypatch):
    monkeypatch.setattr(_untranslated, "lingua_detector", lambda: None)
    _untranslated.english_confidence.cache_clear()
    try:
        text = "Le ministre a salué la décision, calling it a major step forward."
        ctx = Context.from_text(text)
        found, failures = run_rules(ctx, [EnglishText(ctx.config)])
        assert not failures and [f.text for f in found] == ["calling it a major step forward"]
        assert "lingua" not in ctx.engines["untranslated"]
    finally:
        _untranslated.english_confidence.cache_clear()


def test_web_addresses_are_not_english_but_glued_words_still_are():
    from mtaudit.pipeline import audit_text

    def english(text):
        return [f["text"] for f in audit_text(text)["findings"] if f["rule"] == "MTA401"]
    assert english("Le bon de garantie se remplit sur www.outils-exemple.com/warranty-registration.") == []
    assert english("Écrivez à support@exemple.fr ou passez par exemple.com/return-policy.") == []
    assert english("Sac de transport avec handleManufacturer WarrantyLifetime warrantyAmazon.com inclus.")


@pytest.mark.skipif(not hunspell.entries(), reason="hunspell-fr not installed")
@pytest.mark.parametrize("text,span", [
    ("Le joueur a mis son aftershave avant le match.", "aftershave"),  # listed: aftershave
])
def test_loanword_the_french_dictionary_lists_is_minor(text, span):
    hit = [f for f in audit(text) if f.text == span]
    assert hit and hit[0].severity == "minor"


@pytest.mark.skipif(not hunspell.entries(), reason="hunspell-fr not installed")
@pytest.mark.parametrize("text", [
    "Il est l'invité de nombreux talk-shows le dimanche.",  # talk-show/S
    "Je lis surtout des e-book le soir.",
    "Les jeunes préfèrent les camping-cars et les pop-up.",
])
def test_compound_the_french_dictionary_lists_is_not_reported(text):
    assert [f.text for f in audit(text) if f.rule == "MTA401"] == []


@pytest.mark.skipif(not hunspell.entries(), reason="hunspell-fr not installed")
@pytest.mark.parametrize("text,span", [
    ("La banque privilégie des prêts short-term pour ses clients.", "short-term"),  # lingua 0.68
    ("Le club mise sur une formation hands-on pour ses jeunes.", "hands-on"),
    ("Les élus ont voté une aide one-off aux agriculteurs.", "one-off"),  # lingua 0.65
    ("Une gestion data-driven des stocks.", "data-driven"),
])
def test_unlisted_compound_needs_lingua_only_to_lean_english(text, span):
    assert span in [f.text for f in audit(text) if f.rule == "MTA401"]


def test_without_a_french_dictionary_a_compound_needs_the_phrase_lingua(monkeypatch):
    text = "La banque privilégie des prêts short-term pour ses clients."
    monkeypatch.setattr(_untranslated, "french_lists", lambda word: None)
    assert [f.text for f in audit(text) if f.rule == "MTA401"] == []  # lingua 0.68 < 0.7
    monkeypatch.setattr(_untranslated, "french_lists", lambda word: False)
    assert [f.text for f in audit(text) if f.rule == "MTA401"] == ["short-term"]


@pytest.mark.parametrize("text,span", [
    ("Le ministre a promis un plan « back to the future » pour l'industrie.", "back to the future"),
    ("Elle a qualifié le projet de « one of a kind ».", "one of a kind"),
])
def test_english_span_inside_a_quotation_takes_the_whole_quotation(text, span):
    found = [f for f in audit(text) if f.rule == "MTA401"]
    assert [f.text for f in found] == [span]
    assert all(f.text == text[f.start:f.end] for f in found)


def test_unlisted_english_word_stays_major():
    hit = [f for f in audit("Le ministre juge la décision unfair pour les agriculteurs.") if f.text == "unfair"]
    assert hit and hit[0].severity == "major"


def test_a_span_with_no_word_common_in_english_is_minor():
    found = [f for f in audit("Les écritures newa, newar, newari, lipi du Népal sont décrites.") if f.rule == "MTA401"]
    assert found and all(f.severity == "minor" and "common in English" in f.message for f in found)
    found = [f for f in audit("Selon lui, the situation remains very difficult pour les soldats.") if f.rule == "MTA401"]
    assert [f.severity for f in found] == ["major"]


@pytest.mark.parametrize("text, span", [
    ("Il exécute l'instruction « Avancer d'une ligne » (step over) puis continue.", "step over"),
    ("Valeurs possibles : gauche [left] ou droite [right].", "left"),
    ("Donne le flag de protection sur un salon à un utilisateur (protect).", "protect"),
    ("Ils ont besoin du réveil par réseau (« wake-on-lan ») dans le BIOS.", "wake-on-lan"),
    # with its acronym after a dash
    ("Ce n’est pas un système de contrôle d'accès obligatoire (mandatory access control – MAC) tel AppArmor.",
     "mandatory access control"),
])
def test_english_term_in_brackets_after_french_is_minor(text, span):
    """The English original given beside its French term is a translator's gloss more often than English left."""
    hit = [f for f in audit(text) if f.rule == "MTA401" and f.text == span]
    assert hit and all(f.severity == "minor" and "brackets" in f.message for f in hit)
    assert all(f.text == text[f.start:f.end] for f in hit)


@pytest.mark.parametrize("text, span", [
    ("Le ministre a salué la décision (calling it a major step forward).", "calling it a major step forward"),
    ("--noblend : désactiver blending (OpenGL)", "blending"),  # outside the brackets
    ("Le Powerslide est entièrement réglable et portable(roll-up).", "roll-up"),  # no space: machine text
])
def test_longer_english_in_brackets_and_english_before_them_stay_major(text, span):
    hit = [f for f in audit(text) if f.rule == "MTA401" and f.text == span]
    assert hit and all(f.severity == "major" for f in hit)


def test_a_lone_english_word_the_article_leaves_three_times_is_minor():
    """French technical writing keeps some English words as names (« la distribution unstable »): a word
    left three times is a kept term more often than a slip; left once or twice it stays major."""
    kept = ("Si vous utilisez unstable, mettez à jour souvent. Les paquets d'unstable arrivent ensuite dans "
            "testing. La distribution unstable reçoit les nouvelles versions.")
    hits = [f for f in audit(kept) if f.rule == "MTA401" and f.text == "unstable"]
    assert len(hits) == 3 and all(f.severity == "minor" and "3 times" in f.message for f in hits)
    twice = "Si vous utilisez unstable, mettez à jour souvent. Les paquets d'unstable arrivent ensuite."
    hits = [f for f in audit(twice) if f.rule == "MTA401" and f.text == "unstable"]
    assert len(hits) == 2 and all(f.severity == "major" for f in hits)
    glued = ("Le 53-year-old roulait vite. Un 27-year-old était en face. Le 27-year-old et le 53-year-old sont "
             "blessés.")
    hits = [f for f in audit(glued) if f.rule == "MTA401" and f.text == "year-old"]
    assert hits and all(f.severity == "major" for f in hits)  # machine English inside a compound, not a term


def test_english_words_before_an_acronym_they_do_not_spell_are_still_english():
    text = "Le ministre a salué la décision, calling it a major step forward (UNHCR), hier soir."
    assert [f.text for f in audit(text) if f.rule == "MTA401"] == ["calling it a major step forward"]


def test_a_translation_file_reads_its_kept_terms_against_the_sources_not_by_count(tmp_path):
    """In a PO file, three units that leave « since » are not a term the file keeps: most units whose source
    has the word translate it (l10n/audit.py's convention decides, with the sources)."""
    from mtaudit.pipeline import Auditor
    from mtaudit.read.inputs import read_file

    units = [("Maximum size (since 1.0.2).", "Taille maximale (since 1.0.2)."),
             ("Cookie domain (since 1.2).", "Domaine du cookie (since 1.2)."),
             ("Empty fields (since 1.1).", "Champs vides (since 1.1)."),
             ("Deprecated since 1.4.", "Obsolète depuis la 1.4."),
             ("Removed since 1.5.", "Supprimé depuis la 1.5."),
             ("Renamed since 1.6.", "Renommé depuis la 1.6.")]
    po = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n' + "".join(
        f'msgid "{s}"\nmsgstr "{t}"\n\n' for s, t in units)
    p = tmp_path / "fr.po"
    p.write_text(po, encoding="utf-8")
    hits = [f for f in Auditor().audit(read_file(p))["findings"] if f["rule"] == "MTA401" and f["text"] == "since"]
    assert len(hits) == 3 and all(f["severity"] == "major" for f in hits)


def test_a_name_s_function_word_takes_the_capitalised_word_after_it():
    # "Eye of GNOME": the program's name whole, a title-case name (minor), not the English phrase "Eye of"
    found = audit("Eye of GNOME est un visionneur d’images. Grâce à lui, vous regardez des images.")
    assert [(f.text, f.severity) for f in found] == [("Eye of GNOME", "minor")]
    found = audit("Le ministre a parlé of the Union avec les élus.")  # no name: English words, as before
    assert [(f.text, f.severity) for f in found] == [("of the", "major")]


def test_a_french_noun_before_an_english_name_is_not_english():
    found = audit("Vous pouvez définir un profil qui lance une session GNU Screen.")
    assert [(f.text, f.severity) for f in found] == [("GNU Screen", "minor")]
    found = audit("La team Red Bull a gagné.")  # « team » is English, not a word French uses as much
    assert [(f.text, f.severity) for f in found] == [("team Red Bull", "major")]


def test_an_identifier_after_the_kind_it_names_is_minor():
    found = audit("Le paquet gnome-user-share doit être installé pour que le partage soit visible.")
    assert [(f.text, f.severity) for f in found] == [("gnome-user-share", "minor")]
    found = audit("La banque privilégie des prêts short-term pour ses clients.")  # no kind before it
    assert [(f.text, f.severity) for f in found] == [("short-term", "major")]
    # in quotes too: « l'attribut « print-quality » »; not after a noun that is no kind of name
    found = audit("Par exemple, l'attribut « print-quality » prend la valeur 3 pour une impression rapide.")
    assert [(f.text, f.severity) for f in found] == [("print-quality", "minor")]
    found = audit("À l'aide d'ingrédients biodégradables « reef-safe », Aqua Sport a reçu un prix.")
    assert [(f.text, f.severity) for f in found] == [("reef-safe", "major")]


def test_an_english_term_followed_by_its_french_in_brackets_is_minor():
    text = "Une entrée pour le segment de texte read-execute (lecture-exécution) et une pour read-only (lecture seulement)."
    assert [(f.text, f.severity) for f in audit(text)] == [("read-execute", "minor"), ("read-only", "minor")]
    # a remark in brackets is no gloss: the lexicon gives no word of it for the English
    found = audit("La banque privilégie des prêts short-term (voir annexe) pour ses clients.")
    assert [(f.text, f.severity) for f in found] == [("short-term", "major")]
    # or after a dash, to the end of its quotation; a remark there is no gloss either
    found = audit("Ce pilote prend en charge les clés de sécurité par « smart card – carte à puce » CoolKey.")
    assert [(f.text, f.severity) for f in found] == [("smart card", "minor")]
    found = audit("Ce pilote prend en charge les clés de sécurité par « smart card – voir plus loin » CoolKey.")
    assert [(f.text, f.severity) for f in found] == [("smart card", "major")]


def test_an_acronym_after_a_dash_must_spell_the_bracketed_words():
    found = audit("Ce n’est pas un système de contrôle (mandatory access control – ACL) tel AppArmor.")
    assert [(f.text, f.severity) for f in found if f.rule == "MTA401"] == [("mandatory access control", "major")]


def test_one_english_word_alone_in_quotes_is_minor():
    """Technical French names an option, a directive or a file in quotes (« des « overrides »
    supplémentaires », l'option 'write'): a term named, minor. Several words in quotes, a hyphenated
    compound in quotes (machine translation keeps the source's « reef-safe », which annotators mark)
    and the same word without quotes stay major; an apostrophe is no quote."""
    found = audit("Examine le fichier à la recherche d'« overrides » supplémentaires.")
    assert [(f.text, f.severity) for f in found] == [("overrides", "minor")]
    found = audit("Cette commande désactive l'option 'write' du tampon.")
    assert [(f.text, f.severity) for f in found] == [("write", "minor")]
    found = audit("Le ministre a promis un plan « back to the future » pour l'industrie.")
    assert [(f.text, f.severity) for f in found] == [("back to the future", "major")]
    found = audit("À l'aide d'ingrédients biodégradables « reef-safe », Aqua Sport a reçu un prix.")
    assert [(f.text, f.severity) for f in found] == [("reef-safe", "major")]
    found = audit("Cette commande désactive le write du tampon.")
    assert [(f.text, f.severity) for f in found] == [("write", "major")]
    # a straight quote a letter touches outside is an apostrophe, not a quote
    from types import SimpleNamespace

    from mtaudit.rules.untranslated.english_text import _quoted_term

    cases = [("l'option 'write' du tampon", "write", True), ("Lancez l'update' ensuite", "update", False),
             ("le mot ‘hosts’ seul", "hosts", True), ("le « reef-safe » ici", "reef-safe", False)]
    for text, word, quoted in cases:
        s = text.index(word)
        assert _quoted_term(text, SimpleNamespace(start=s, end=s + len(word))) is quoted, text


def test_a_hyphenated_compound_in_quotes_is_minor_only_in_a_text_that_writes_code():
    """A manual that writes options and paths names attributes and values in quotes (CUPS: « « marker-colors »,
    « marker-levels » », « la politique « stop-printer » »): minor. In prose that writes no code, or too little,
    a quoted compound is machine translation's English left (WMT20: « reef-safe »): major."""
    code = "Lancez lpadmin -p imprimante -o printer-error-policy=nom avec --verbose, voir /etc/cups/cupsd.conf.\n"
    text = ("Les propriétés suivantes peuvent être paramétrées : « marker-colors », « marker-levels ». La politique "
            "par défaut est « stop-printer ».")
    found = [f for f in audit(code + text) if f.start >= len(code)]
    assert [(f.text, f.severity) for f in found] == [("marker-colors", "minor"), ("marker-levels", "minor"),
                                                     ("stop-printer", "minor")]
    found = audit(text)
    assert found and {f.severity for f in found} == {"major"}, [(f.text, f.severity) for f in found]
    found = audit("Voir /etc/cups/cupsd.conf.\n" + text)
    assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]
    found = audit(code + "À l'aide d'ingrédients biodégradables reef-safe, Aqua Sport a reçu un prix.")
    assert [(f.text, f.severity) for f in found if f.text == "reef-safe"] == [("reef-safe", "major")]


def test_english_words_each_alone_in_quotes_are_minor_and_a_setting_is_code():
    """A manual lists values or names each in its own quotes (‘none’, ‘notice’, ‘info’ et ‘warning’): minor;
    a setting written as code (« method=stdout ») is code, not English. A phrase in one pair of quotes stays
    major; so does an English sentence that only holds a setting further on."""
    found = audit("Les niveaux valables sont ‘none’, ‘notice’, ‘info’, ‘warning’ et ‘critical’ par ordre croissant.")
    assert found and {f.severity for f in found} == {"minor"}, [(f.text, f.severity) for f in found]
    # a setting is code (lang/technical.py): no English in it at all
    found = audit("Pour définir où le flux doit aller, utilisez « method=stdout » ou « method=stderr ».")
    assert found == [], [(f.text, f.severity) for f in found]
    found = audit("Le ministre a promis un plan « back to the future » pour l'industrie.")
    assert [(f.text, f.severity) for f in found] == [("back to the future", "major")]
    found = audit("Le serveur démarre. Set the output with care, then use method=stdout for tests.")
    assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]


def test_english_words_inside_a_token_written_as_code_are_minor():
    """Part of an option, a path, a name with an extension or a setting's name (« invoke-rc.d », « sous
    etc/menu-methods/paquet », « needs="X11" »): minor. The same words standing alone, or glued by a hyphen
    to a number (machine translation's « 53-year-old »), stay major."""
    for text in ("Cette logique n'est pas utilisée parce que c'est invoke-rc.d qui effectue le redémarrage.",
                 "Le fichier de méthode est installé sous etc/menu-methods/paquet dans le paquet."):
        found = audit(text)
        assert found and {f.severity for f in found} == {"minor"}, (text, [(f.text, f.severity) for f in found])
    # a setting is code (lang/technical.py), English to no rule
    found = audit('Elle doit être utilisée avec les entrées qui déclarent le champ needs="X11" seulement.')
    assert found == [], [(f.text, f.severity) for f in found]
    found = audit("Cette logique n'est pas utilisée parce que c'est invoke-rc qui effectue le redémarrage.")
    assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]
    found = audit("Un 53-year-old a été arrêté jeudi soir à Lyon.")
    assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]
    # a wiki's italics are no path (Trac's catalogue: « (//since 1.1.2//) », the file writes « depuis » elsewhere)
    found = audit("Liste séparée par des virgules des champs qui peuvent rester vides. (//since 1.1.2//)")
    assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]
    # a listing's bullet number glued after a full stop is no extension (WMT20: « dans votre area.10 »)
    found = audit("Ce capteur vous alertera à des conditions sévères dans votre area.10 Programmable et précis.")
    assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]


def test_an_english_word_listed_beside_names_no_dictionary_knows_is_minor():
    """« avec compress ou gzip », « dump_fmap, futility, gbb_utility »: a word listed beside identifiers or words
    neither French nor English knows is a program's name among names, minor with the reason. Beside French
    or English words it stays major."""
    for text, word in (("Il compresse les sauvegardes avec compress ou gzip, puis les envoie.", "compress"),
                       ("Les programmes dump_fmap, futility, gbb_utility et vbutil_key sont regroupés.", "futility"),
                       # brackets after the items, the list going on on the next line
                       ("Il lit les fichiers compressés avec gzip (.gz), bzip2 (.bz2),\n    compress (.Z), lzip (.lz) "
                        "et xz (.xz).", "compress")):
        found = [f for f in audit(text) if f.rule == "MTA401"]
        assert [(f.text, f.severity) for f in found] == [(word, "minor")], text
        assert "beside names" in found[0].message
    for text in ("Il compresse les sauvegardes grâce à compress ou zip, puis les envoie.",  # « zip »: French knows it
                 "Les programmes futility et manager sont regroupés.",
                 "Il lit les fichiers compressés avec gzip (.gz), pears (.bz2),\n    compress (.Z), pommes (.lz).",
                 "Il calcule les sommes (md5, sha1, and/or sha256) du contenu."):  # a function word names nothing
        found = [f for f in audit(text) if f.rule == "MTA401"]
        assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]


def test_english_named_by_a_participle_or_after_its_kind_is_minor():
    """« (parfois appelé clustering ou unsupervised learning) »: English right after « appelé », « nommé », « intitulé »
    (past names coordinated before it) is the name the text gives; « au format pileup », « en mode overwrite »: one
    word right after its kind (data/name_kinds.tsv) is a name. Both minor with the reason; without the cue, or
    after a kind in the plural, major."""
    cases = (("Il découvre des classes (parfois appelé clustering ou unsupervised learning) dans les données.",
              "unsupervised learning", "« appelé »"),
             ("Il lit les fichiers au format pileup produits par le séquençage.", "pileup", "kind of thing"),
             ("Il indique si l’utilisateur est en mode overwrite.", "overwrite", "kind of thing"))
    for text, span, reason in cases:
        found = [f for f in audit(text) if f.rule == "MTA401"]
        assert [(f.text, f.severity) for f in found] == [(span, "minor")] and reason in found[0].message, text
    for text in ("Il découvre des classes (parfois clustering ou unsupervised learning) dans les données.",
                 "Il indique les modes overwrite et insert.",
                 "Elle était si impliquée, dit le 74-year-old avec un rire.",  # « dit »: the incise's verb
                 "Il a reçu un message appelé le weekly report du service.",  # an article: a noun phrase
                 "Il a un moteur powerful et rapide."):
        found = [f for f in audit(text) if f.rule == "MTA401"]
        assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]


def test_a_bare_english_word_after_based_on_is_a_name():
    """« basé sur curses »: French writes a common noun after « basé sur » with its determiner, so a lower-case
    English word there without one is a name (a library's), minor with the reason; with a determiner, or after
    another verb, major."""
    for text in ("Saidar est une application basée sur curses qui affiche les statistiques du système.",
                 "C'est un outil fondé sur\u00a0curses, simple et rapide."):
        found = [f for f in audit(text) if f.rule == "MTA401"]
        assert [(f.text, f.severity) for f in found] == [("curses", "minor")] and "basé sur" in found[0].message, text
    for text in ("Saidar est une application basée sur les curses du système.",
                 "Saidar est une application qui affiche curses du système."):
        found = [f for f in audit(text) if f.rule == "MTA401"]
        assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]


def test_an_english_word_heading_a_list_item_among_names_is_minor():
    """« — gzip : …⏎ — compress : …⏎ — uudecode : … »: a word heading a list item between items headed by names no
    dictionary knows is a name among them, minor with the reason; between items headed by words, major."""
    text = ("Les formats pris en charge :\n — gzip : lecture et écriture, en utilisant zlib ;\n — bzip2 : lecture et "
            "écriture ;\n — compress : lecture et écriture en utilisant une implémentation interne ;\n — uudecode : "
            "lecture seule ;")
    found = [f for f in audit(text) if f.rule == "MTA401"]
    assert [(f.text, f.severity) for f in found] == [("compress", "minor")] and "list item" in found[0].message
    text = "Les modes :\n — read : lecture seule ;\n — compress : lecture et écriture ;\n — write : écriture seule ;"
    found = [(f.text, f.severity) for f in audit(text) if f.rule == "MTA401"]
    assert ("compress", "major") in found, found


def test_an_english_verb_alone_after_a_preposition_is_a_command():
    """« la sortie de make », « sans make », « avec compress »: a word that is mostly an English verb
    (data/english_verbs.txt) where French puts a noun with no determiner is a command's name, minor with the
    reason; after a determiner, with an object after it, or after « de » that follows a verb or an adjective
    (an infinitive's place), and a word that is mostly a noun, major."""
    for text, span in (("Ce paquet analyse la sortie de make pour en colorer la syntaxe.", "make"),
                       ("Il construit les systèmes sans make.", "make"),
                       ("Il archive les anciens journaux avec compress.", "compress")):
        found = [f for f in audit(text) if f.rule == "MTA401"]
        assert [(f.text, f.severity) for f in found] == [(span, "minor")] and "preposition" in found[0].message, text
    for text, span in (("Le paquet permet de remove facilement les fichiers.", "remove"),  # after a verb
                       ("Il est capable de remove.", "remove"),  # after an adjective
                       ("Le programme est livré sans remove les fichiers.", "remove"),  # its object after it
                       ("Une densité moyenne et une densité de feelMedium pour le dos.", "feel"),  # glued to the next word
                       ("Cette commande désactive le write du tampon.", "write"),  # a determiner
                       ("Exemples pour bowtie, l'aligneur de lectures.", "bowtie")):  # mostly a noun
        found = [(f.text, f.severity) for f in audit(text) if f.rule == "MTA401"]
        assert (span, "major") in found, (text, found)


def test_english_words_that_spell_an_identifier_close_by_are_a_name():
    """« parallel nuke (parallel-nuke, …) »: the words of an identifier the text writes beside them are the program's
    name written out, and the identifier is its name too: both minor with the reason; the same words with no such
    identifier near them, major."""
    text = ("Il fournit :\n – parallel nuke (parallel-nuke, appelé par l'amont pnuke), tue des processus sur "
            "plusieurs hôtes en parallèle ;")
    found = [(f.text, f.severity, "identifier" in f.message) for f in audit(text) if f.rule == "MTA401"]
    assert found == [("parallel nuke", "minor", True), ("parallel-nuke", "minor", True)], found
    found = [f for f in audit("Le mode parallel nuke tue des processus sur plusieurs hôtes en parallèle.")
             if f.rule == "MTA401"]
    assert [(f.text, f.severity) for f in found] == [("parallel nuke", "major")]
    # a clause the command's name repeats: English left (a capital, or an English function word)
    for text, span in (('Vérifier si le service « $unit » is active "systemctl is-active $unit"', "is active"),
                       ('Réinitialiser : Reset failed "$unit" "systemctl reset-failed $unit"', "Reset failed")):
        found = [(f.text, f.severity) for f in audit(text) if f.rule == "MTA401" and f.text == span]
        assert found == [(span, "major")], (text, found)
    # three words or more whose initials are a name close by: its expansion
    text = "Ce terminal virtuel à deux colonnes (two column virtual terminal, raccourci en tcvt) scinde un terminal."
    found = [(f.text, f.severity) for f in audit(text) if f.rule == "MTA401"]
    assert found == [("two column virtual terminal", "minor")], found
    found = [(f.text, f.severity) for f in audit(text.replace(", raccourci en tcvt", "")) if f.rule == "MTA401"]
    assert found == [("two column virtual terminal", "major")], found


def test_lower_case_english_words_listed_with_commas_are_minor():
    """A manual enumerates values or names (« soit emerg, alert, crit, err, warning »): minor. A list inside
    an English sentence is the sentence's, major; so is one word or two alone."""
    found = audit("La priorité est soit emerg, alert, crit, err, warning, notice, soit debug.")
    assert found and {f.severity for f in found} == {"minor"}, [(f.text, f.severity) for f in found]
    found = audit("Le programme redémarre. Force immediate halt, power-off, reboot of the machine.")
    assert "major" in {f.severity for f in found}, [(f.text, f.severity) for f in found]
    found = audit("Cette commande désactive le write du tampon.")
    assert [(f.text, f.severity) for f in found] == [("write", "major")]
