"""MTA501 grammar-checker: Grammalecte's grammar findings, filtered by data/grammalecte.tsv and given a
second opinion from spaCy's parse; without Grammalecte, a spaCy check of subject-verb number agreement."""
from __future__ import annotations

import dataclasses
import re

from ...detect.rule import bad, good
from ...i18n import N_, _, data_text
from ...lang import grammalecte
from ...lang.frequency import zipf
from ...lang.technical import technical_spans
from .analysis import (COLLECTIVE, COMPLEMENT, COORD, Candidate, GrammarRule, Lexicon, SINGULAR_HEADS,
                       SPACY_NUMBER, _doubtful, _norm, _rebuild, auxiliaries, classifier_noun, determiners,
                       register_usage, sentences)
from .noun_phrase import DEFINITE_PLURAL, coordinated_singulars


class GrammarChecker(GrammarRule):
    id = "MTA501"
    slug = "grammar-checker"
    name = "Grammar and agreement (Grammalecte)"
    severity = "major"
    what = """Runs the French grammar checker Grammalecte on every line and reports its grammar
    findings: agreement in gender and number, subject-verb agreement, past participles,
    infinitive/participle confusions (major), and homophone confusions, moods, elision and set
    phrases (minor). Its typographic rules (non-breaking spaces, apostrophes, capitals...) are off
    for plain text and its noisy rules are dropped, as listed in data/grammalecte.tsv, and so are
    findings on code (an option, a path, a dotted module name: « le module collective.googlenews »), and
    findings inside a sentence left in English, which MTA401 reports (« Clear the record of a user »). The
    message and suggestions are Grammalecte's. Agreement findings get a second opinion from spaCy's parse:
    when the word they agree with is a code, a letter, a number, a date word, an acronym (with dots or not:
    « le U.S. Government Printing Office ») or a name ("la E 94") or a web address (« consultez le http://… »), they are dropped; when the flagged word
    is a noun beside a noun (apposition), or an
    adjective that can agree with the head noun of the phrase instead of its complement ("des
    visseuses sans fil industrielles"), or with a noun further up a chain of complements, an
    acronym there or a word the dictionary does not know ("Chiffrement de la clef publique échoué",
    "LSN de début manquante", « un métapaquet de tâche maintenu »; past a participle that agrees with the noun
    before it, whose complement it takes: « le code écrit à la main défini »), or an adjective after « et » that
    opens the next clause's noun phrase and agrees with its noun (« délaissé et seuls quelques paquets »), or a plural that can agree with
    nouns « et » or « ou » joins, the last of which it was read against (« au réseau IRC et au canal
    sélectionnés »; a feminine plural needs two feminine nouns), or spaCy
    finds another subject that agrees, or an "infinitive expected" finding falls on a word the parse
    reads as an adjective or a participle of a noun ("quelque chose de cassé"), they are kept as
    minor with the doubt in the message; a finding Grammalecte's own rule already makes minor is
    dropped when the parse doubts it too ("Bonjour
    chers collègues"). A unit after a number ("35 mm située") does not carry the agreement, and a
    letter before a degree sign is the abbreviation « n° » (« Couleur personnalisée n° 5 »), not a
    word. An "infinitive expected" finding on a past participle right after a conjunction that opens
    its clause (« Quand activé, … », « …, quand lancés manuellement, … ») or ending the clause that
    conjunction opens (« … les performances quand fenêtré ») is dropped: the clause is elliptical, and
    French puts no infinitive there. One on a past participle that ends its clause after « de » and a
    noun that a number or a counting word determines (« aucun compte de configuré », « dix fichiers de
    listés », spoken French's partitive predicate) is minor with the doubt; so is an agreement finding
    on the word the parse makes the clause's verb, with its subject, and the dictionary knows as a
    finite verb (« Le mouvement continue en utilisant… »: « continue », not « continu »), and one that
    names no word, on a word right after a noun that is the complement of a noun it agrees with
    (« Enregistrement de la configuration de la sauvegarde réussi »), or that flags that complement
    against the adjective after it (« Conflit(s) de touche détecté(s) »: forms written for both numbers
    agree with either; « à » before a bare noun makes a compound, « Mises à jour de script trouvées »), or
    that reads a word in capitals inside a line in lower case as a determiner (« Chiffrement DES simple »:
    the cipher), or that flags a capitalised word opening its sentence or line right before « est » and an
    indefinite noun phrase, a word the dictionary has as a noun (« Terminal est une application »: the
    subject, not an attribute put first). A word used invariably has
    nothing to agree: an agreement finding is dropped when the parse reads the
    word as an adverb, interjection or conjunction and the dictionary has that reading, or when it
    is a bare noun (a noun only, by the dictionary) between the noun it is said to agree with and a
    word that agrees with that noun and not with it: colloquial "genre" or "style" = "such as"
    ("des amis genre artistes"); "des jeunes fille heureuses", where the parse makes « jeunes »
    modify « fille », is still reported. A conjugation finding on a word the parse reads as a
    modifier of the noun just before it, the clause's verb found elsewhere ("les instances source
    et cible sont…") or, for a noun (by the parse or by the dictionary: « Les codes barres lus »), no
    verb in the words at all (« Tous les fichiers image et vidéo »),
    or on a noun the parse makes the object of the infinitive that opens the line, right
    before it (« Conserver pistes originales »: a label without its article), is kept as minor with the
    doubt. So is a number finding on a singular word after a plural determiner that opens a list of
    singular words, one each (« les position, rotation et échelle », as « les nom et prénom », « vos nom
    d'utilisateur et mot de passe »), and a
    gender finding on a masculine word right after a feminine noun when the word is
    mostly a noun: the dictionary gives it a noun reading and no participle one, and its feminine is
    ten times rarer (wordfreq: « la coupure logiciel », « une variable utilisateur », a noun as
    modifier, which keeps its own number after a plural noun, « vos préférences utilisateur »; not
    « la fenêtre principal »), the noun right before counting when the message names
    no other word (« l'identité utilisateur »), and one that names the first word of an English name
    (two capitalised words or more, one of them far more English than French by wordfreq: « un Active
    Directory », whose gender French usage gives the product; « un Fenêtre Principale » is French and
    stays). So is a finding on a word in quotes (« … », “ … ”, or
    "…" where its line pairs every straight quote) that names or gives the value of what comes before
    it, the word it should agree with outside the quotes: a quotation that opens with a capital
    (« le dialogue « Bienvenue dans GNOME » »), or of
    a few words right after a noun or a verb or in a list of quotations (« la commande « blanc » »,
    « les choix sont « centré » ou « aligné à gauche » »); not one in a slot of the phrase, after a
    determiner or an adjective (« une plus grande « air volume » »). A verb
    "without a subject" is not reported when the parse coordinates it with a verb whose subject has
    the expected person, or when Grammalecte finds the subject once the previous line is joined (a
    sentence split over two lines: "je supprimerai ma commande… ⏎ … et commanderai ailleurs"), and an
    agreement finding on a line that goes on from the one before it (which ends no sentence; this one opens in
    lower case) is not reported
    when Grammalecte, reading the two lines joined, reports no agreement over its words (« les canaux d'entrée
    et⏎ de sortie séquentielles »: both nouns).
    The printf directives (%s), command-line options (-a) and backslash escapes (\\C) of software
    strings are read as values, not words ("'%s' fini" is not the pronoun « s' » before a verb),
    and a word with a keyboard accelerator inside (« l&uminance ») is read without it; a word the
    dictionary does not know is read as the word it spells with the accent its capital lacks or with
    « œ » for « oe » (« Elément de métadonnées introuvable », « noeuds d'aide disponibles »: the head
    noun then has its gender and number). An agreement
    finding across two words that the dictionary lists joined by a hyphen, or after a prefix French
    hyphenates (« le presse papier », « une demi page »), or as one word (« la pré commande »), is kept
    as minor: the slip is the hyphen or the space; so is
    a conjugation finding on an infinitive after a question's verb and pronoun written apart, its object
    pronouns between or not (« Que souhaites tu acheter ? », « Puis je l'enregistrer ? »), and a finding
    that takes « son » before an adjective, no noun after it, for the determiner (« Carte son désactivée »:
    the noun, sound), or an adjective that agrees with the noun before « son » for one that should agree with
    « son » (« des fichiers son standards », up a chain of complements: « les périphériques de son suivants »; not a
    participle: « vos images son stockées » is « sont »). A
    determiner's gender finding on a noun the document writes with that gender three times or more, and never
    with the gender the dictionary gives it, is minor with the doubt: the writer's usage (« le source », Debian's source
    package), or one slip repeated. So is one on a noun data/gender_usage.tsv lists for the text's
    register, even once: in technical French (a text that writes code, or a manual's page: HTML a
    documentation tool rendered, a man page, or a program's translation file, PO or Qt TS), « du source »
    (source code).
    When Grammalecte is not installed, a spaCy fallback checks
    subject-verb number agreement (engine "spacy-agreement"); the report's engines say which ran."""
    why = """Machine translation carries English agreement into French: an adjective keeps the
    gender of the English word's usual translation, a verb agrees with the nearest noun. Readers
    see these slips at once, and they mark the text as unrevised."""
    example = "Les ministres a déclaré que la guerre continuait. → Les ministres ont déclaré…"
    examples_bad = [
        bad("Les ministres a déclaré que la guerre continuait.", suggestion=None),
        bad("Les soldats ukrainiens était épuisés après la bataille."),
        bad("Le prochaine réunion aura lieu lundi.", "Le prochaine"),
        bad("Il y avait des jeunes fille heureuses.", "fille"),
        bad("Les enfant malades sont restés chez eux.", "enfant"),
        bad("Il faut savoir quand réglé le problème.", "réglé"),  # « quand » inside its clause: « quand régler »
        bad("Un fois fait, cliquez sur les marqueurs.", "Un fois"),  # « fois » agrees with its own determiner
        bad("Il a oublié de réglé la facture.", "réglé"),  # « de » after a verb: « régler »
    ]
    examples_good = [
        good("Les ministres ont déclaré que la guerre continuait."),
        good("Les soldats ukrainiens étaient épuisés après la bataille."),
        good("Le ministre, qui avait rencontré les ambassadeurs, a déclaré que rien n'était décidé."),
        good("L'idée aurait été évoquée lors d'une réunion à laquelle participaient le dirigeant "
             "ukrainien et plusieurs ministres."),
        good("La plupart des pays ont annoncé leur participation."),
        # agreement findings checked against spaCy: a code is not a noun with a gender
        good("Le nombre de révisions de la E 94 a atteint sa limite."),
        good("Elément de métadonnées introuvable."),  # « Élément », its capital's accent left off
        good("Le groupe TF1 a dit que la chaîne BFM DE ne pouvait pas diffuser le match."),
        good("Bonjour chers voisins, la fête aura lieu samedi."),
        good("On en a vu plusieurs fois revêtus d'armures."),  # « fois » counts the times: no agreement
        good("MATE est un environnement de bureau libre, stable et cohérent."),  # a name in capitals
        good("Je rendrai le colis de mon\nvoisin et commanderai un autre modèle."),
        good("J'annulerai ma commande d'une valeur d'env.\n40 € et commanderai ailleurs."),
        good("Branchez le câble dans la prise de 12 mm située à l'arrière."),
        good("Couleur personnalisée n° 5"),  # « n° »: numéro abbreviated
        good("Vous pouvez configurer le module collective.googlenews"),  # a module's dotted name is code
        good("Quand activé, le rappel sonne à l'heure dite."),  # an elliptical clause
        good("Désactiver pour améliorer les performances quand fenêtré"),  # an elliptical clause ending the line
        # a word used invariably: colloquial "genre" (= "such as") between a noun and its description
        good("Il invite des amis genre artistes."),
        good("Je ne veux pas parler des amis genre artistes exagérément snobs."),
    ]

    @staticmethod
    def candidates(ctx, engine) -> list[Candidate]:
        return grammalecte_checks(ctx, engine) if engine else subject_verb_checks(ctx)


PRON_NUMBER = {"il": "s", "elle": "s", "on": "s", "ils": "p", "elles": "p", "cela": "s", "ceci": "s",
               "ça": "s"}  # not "ce": "ce sont" is right
def grammalecte_policy(ctx):
    def build():
        options, rules = {}, {}
        for r in ctx.resources.table("grammalecte"):
            (options if r["kind"] == "option" else rules)[r["name"]] = r["action"]
        return options, rules
    return ctx.resources.memo(("mta5", "grammalecte"), build)


def _rule_name(rule_id: str) -> str:
    parts = rule_id.split("__")
    return parts[1] if len(parts) >= 3 else rule_id


def grammalecte_options(ctx, engine) -> dict:
    """Grammalecte's options for this configuration: its defaults, with data/grammalecte.tsv's off."""
    opt_actions, _rules = grammalecte_policy(ctx)
    options = dict(engine.default_options)
    for name, action in opt_actions.items():
        if name in options:
            options[name] = action != "off"
    return options


def prefetch(ctx) -> None:
    """Parse the article's prose lines with Grammalecte ahead of the rules (the engine remembers each
    line's parse), e.g. in a thread while spaCy analyses the article; the rules then find them."""
    engine = grammalecte.load()
    if engine is None:
        return
    options = grammalecte_options(ctx, engine)
    for line in ctx.article.lines:
        if _prose(line.text):
            engine.parse(line.text, options, copy=False)


def remote_jobs(ctx) -> list:
    """prefetch()'s work as jobs for the engine helper process (lang/helper.py): the prose lines
    this process has not parsed yet with these options."""
    from ...lang.helper import line_jobs

    engine = grammalecte.load()
    if engine is None:
        return []
    options = grammalecte_options(ctx, engine)
    return line_jobs(ctx.article.lines, "grammalecte.parse", (options,),
                     lambda text: not _prose(text) or engine.has_parsed(text, options),
                     lambda text, errors: engine.keep_parsed(text, options, errors))


def grammalecte_checks(ctx, engine) -> list[Candidate]:
    opt_actions, rule_actions = grammalecte_policy(ctx)
    options = grammalecte_options(ctx, engine)
    out = []
    lex = Lexicon(ctx, engine)
    lines = ctx.article.lines
    per_line = []
    for li, line in enumerate(lines):
        if not _prose(line.text):
            continue
        errors = []
        code = None
        for e in engine.parse(line.text, options):
            name = _rule_name(e.get("sRuleId", ""))
            action = rule_actions.get(name) or rule_actions.get(e.get("sRuleId", ""))
            if not action and (e.get("sType") or "notype") == "notype":
                # a rule without an option belongs to the option its id starts with
                # ("eepi_écriture_épicène_singulier", "nbsp_avant_…"): it takes that option's action
                action = opt_actions.get(name.split("_")[0]) if name.split("_")[0] in options else None
            action = action or opt_actions.get(e.get("sType") or "notype", "off")
            if action == "off":
                continue
            start, end = line.start + e["nStart"], line.start + e["nEnd"]
            if start >= end:
                continue
            if _names_in(line.text, e["nStart"], e["nEnd"]):
                continue  # a capitalised word inside a sentence: a name or English, not French agreement
            if code is None:
                code = technical_spans(line.text)
            if any(a < e["nEnd"] and e["nStart"] < b for a, b in code):
                continue  # code (an option, a path, a dotted module name: « le module collective.googlenews »)
            if _accent_only(line.text[e["nStart"]:e["nEnd"]], (e.get("aSuggestions") or [""])[0]):
                continue  # "A partir" -> "À partir": a capital accent is typography
            if action == "coordinated":
                if _coordinated_after(ctx.text, end):
                    continue
                action = "minor"
            if "sans_sujet" in name and (_shared_subject(ctx, start, name)
                                         or _gone_with_previous_line(engine, options, lines, li, e, name)):
                continue  # "je supprimerai … et commanderai": the subject of the verb it is coordinated with
            if e.get("sType") in AGREEMENT_TYPES and _continues(lines, li) \
                    and _agreement_gone_with_previous_line(engine, options, lines, li, e):
                continue  # « les canaux d'entrée et⏎ de sortie séquentielles »: a phrase wrapped onto this line
            if action == "major" and e.get("sType") == "conj":
                doubt = conjugation_doubt(ctx, start, end, lex)
                if doubt:
                    action = "minor"
                    e = dict(e, sMessage=_doubtful(e.get("sMessage", ""), doubt), doubt=doubt)
            if action in ("major", "minor") and e.get("sType") in AGREEMENT_TYPES:
                doubt = agreement_doubt(ctx, lex, start, end, e)
                if doubt == "invariable":
                    continue  # the word is used invariably ("les gays genre clichés"): nothing to agree
                if doubt == "drop" and action == "minor":
                    doubt = None  # Grammalecte's minor rules (a number before a noun: "3 brûleur") stay
                if doubt == "drop" or (doubt and action == "minor"):
                    continue  # a rule already kept as minor, and the parse disagrees: two weak signals
                if doubt:
                    action = "minor"
                    e = dict(e, sMessage=_doubtful(e.get("sMessage", ""), doubt), doubt=doubt)
            errors.append((start, end, e, action))
        per_line.append(errors)
    usage, register = _gender_usage(ctx.text, per_line), register_usage(ctx)
    for errors in per_line:
        if usage or register:
            errors[:] = [_usage_doubt(err, usage, register) for err in errors]
        out.extend(_merge_pairs(ctx, errors, engine.name))
    return out


# -- a gender the document gives a noun every time -------------------------------------------------

GENDER_USES = 3  # a noun the document writes with the other gender's determiner this many times, never its own
_DETERMINER_RULE = re.compile(r"__gn_[^_]+_1[mf]?__")  # a determiner and its noun (« la commande su »: gn_la_2m, not)
_GENDER_OF = re.compile(r"[«“]\s*([^\W\d_][\w'’-]*)\s*[»”]\s+est\s+(masculin|féminin)")  # « du »'s, “au”'s rules
_DETERMINERS = {"féminin": "la|une|cette|ma|ta|sa", "masculin": "le|un|ce|cet|du|au|mon|ton|son"}
_USAGE_DOUBT = N_("the document gives « {word} » this gender every time ({n} times) and never the "
                  "dictionary's: the writer's usage (« le source », Debian's source package), or a slip repeated")


def _gender_of(e: dict):
    """(noun, its gender in the dictionary) for a determiner's gender finding; else None."""
    if e.get("sType") != "gn" or not _DETERMINER_RULE.search(e.get("sRuleId", "")):
        return None
    m = _GENDER_OF.search(e.get("sMessage", ""))
    return (m.group(1).lower(), m.group(2)) if m else None


def _gender_usage(text: str, per_line) -> dict:
    """The nouns the document writes GENDER_USES times or more with a determiner of the other gender
    and never with one of the gender the dictionary gives them: {noun: times}."""
    counts: dict = {}
    for errors in per_line:
        for _s, _e, e, action in errors:
            got = _gender_of(e)
            if got and action == "major":
                counts[got] = counts.get(got, 0) + 1
    usage = {}
    for (noun, gender), n in counts.items():
        if n >= GENDER_USES and not re.search(rf"(?<![\w-])(?:{_DETERMINERS[gender]})\s+{re.escape(noun)}(?![\w-])",
                                              text, re.IGNORECASE):
            usage[noun] = n
    return usage


def _usage_doubt(err, usage: dict, register: dict):
    """A determiner's gender finding on a noun the document always writes so (usage: _gender_usage), or that
    its register writes with the other gender (register: analysis.register_usage, read first): minor, with the doubt."""
    start, end, e, action = err
    got = _gender_of(e)
    if action != "major" or not got:
        return err
    if got[0] in register:  # a register's usage: only where the dictionary gives the other gender
        gender, note = register[got[0]]
        if gender == got[1]:
            return err
        doubt = data_text(note)
    elif got[0] in usage:
        doubt = _(_USAGE_DOUBT).format(word=got[0], n=usage[got[0]])
    else:
        return err
    return start, end, dict(e, sMessage=_doubtful(e.get("sMessage", ""), doubt), doubt=doubt), "minor"


# -- second opinion on Grammalecte's agreement findings -------------------------------------------

AGREEMENT_TYPES = {"gn", "ppas", "infi"}  # agreement, and infinitive/participle after a word
QUOTED = re.compile(r"[«“]\s*([^»”]{1,60}?)\s*[»”]")
MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
# read through analysis._norm (« d’ » is « d' »)
PREPOSITIONS = {"de", "d'", "du", "des", "à", "au", "aux", "en", "pour", "par", "sans", "avec", "sous", "sur"}


def _unreadable_gender(tok, nxt=None) -> bool:
    """A word whose gender or number cannot be read from its spelling: a code, a letter, a number,
    an acronym, a date word, a name, or a designation followed by a number ("la St 2179")."""
    w = tok.text
    return (any(c.isdigit() for c in w) or len(w) == 1 or (len(w) > 1 and w.isupper())
            or w.lower() in MONTHS or tok.pos == "PROPN" or tok.pos == "NUM"
            or (w[:1].isupper() and nxt is not None and nxt.text[:1].isdigit()))


_WEB_ADDRESS = re.compile(r"(?:https?|ftp)://|www\.", re.I)


def _unit(tok, prev) -> bool:
    """A unit symbol (a short word without a vowel) after a number: "35 mm" is the measure of the
    noun before it, and what follows agrees with that noun."""
    w = tok.text
    return (len(w) <= 3 and w.isalpha() and not re.search(r"[aeiouyàâéèêîôû]", w.lower())
            and prev is not None and any(c.isdigit() for c in prev.text))


INVARIABLE_POS = {"ADV", "INTJ", "CCONJ", "SCONJ"}  # parts of speech that never inflect
INVARIABLE_TAGS = {"W", "J", "C"}  # Grammalecte's adverb, interjection and conjunction readings


def _invariable_reading(lex, tok) -> bool:
    """Does the dictionary give the word an adverb, interjection or conjunction reading, and no
    determiner reading ("au", "du" inflect)?"""
    tags = lex.readings(tok.text)
    return any(t & INVARIABLE_TAGS for t in tags) and not any("D" in t for t in tags)


def _noun_only(lex, tok) -> bool:
    """Does the dictionary know the word, and only as a noun (no adjective, verb or other reading)?"""
    tags = lex.readings(tok.text)
    return bool(tags) and all("N" in t and not t & {"A", "V", "W", "D", "R", "G"} for t in tags)


NOUN_USE_GAP = 1.0  # zipf: a masculine form ten times as common as its feminine is mostly a noun


def _mostly_noun(lex, tok, feminine: str) -> bool:
    """Is the masculine word flagged after a feminine noun mostly a noun, so a noun used as a modifier
    (« une variable utilisateur », « la coupure logiciel »)? The dictionary gives it a noun reading and no
    participle one, and its feminine, Grammalecte's suggestion, is ten times rarer (wordfreq): the
    masculine's frequency is the noun's. Not « la fenêtre principal » (principale is as common)."""
    tags = lex.readings(tok.text)
    if not any("N" in t for t in tags) or any("Q" in t for t in tags):
        return False
    word, fem = tok.text.lower(), feminine.strip().lower()
    if not fem or " " in fem or fem == word:
        return False
    return zipf(word, "fr") - zipf(fem, "fr") >= NOUN_USE_GAP


# a word of an English name reads English by its frequencies: "Directory" (3.9 in English, 2.7 in French)
ENGLISH_NAME_GAP = 1.0


def _english_name(toks, targets, e) -> str | None:
    """The English name (two capitalised words or more, one of them far more English than French: « un
    Active Directory », « une Google Drive ») that the word a gender finding names opens, right after
    the words flagged, or None. Its gender is the product's, which French usage gives; « un Fenêtre
    Principale » is French."""
    names = [m.group(1) for m in QUOTED.finditer(e.get("sMessage", ""))]
    if not names:
        return None
    after = targets[-1].i + 1
    if after >= len(toks) or toks[after].text != names[-1]:
        return None
    run = []
    for t in toks[after:after + 4]:
        if not (t.text[:1].isupper() and t.text.isalpha()) or (run and t.start > run[-1].end + 1):
            break
        run.append(t)
    words = [t.text.lower() for t in run]
    if len(run) < 2 or any(not w.isascii() for w in words):
        return None
    if not any(zipf(w, "en") - zipf(w, "fr") >= ENGLISH_NAME_GAP for w in words):
        return None
    return " ".join(t.text for t in run)


def _noun_modifier(lex, target, nouns, targets, e) -> bool:
    """A masculine word flagged right after the feminine noun it was read against, of one number with it or
    singular after a plural (a noun as modifier keeps its own number: « vos préférences utilisateur », « les
    commandes brouillon »), that is mostly a noun (_mostly_noun, with Grammalecte's feminine suggestion).
    nouns: that noun, then the nouns slashes join to it (_alternatives), any of them the one modified
    (« une facture/avoir client »: « facture »)."""
    if e.get("sType") != "gn" or target.i != nouns[0].i + 1 or len(targets) != 1:
        return False
    mine = lex.word(target)  # (genders, numbers) by the dictionary
    if not mine or mine[0] != {"m"}:
        return False
    for noun in nouns:
        its = lex.word(noun)
        if its and "f" in its[0] and (mine[1] == its[1] or (mine[1] == {"s"} and its[1] == {"p"})):
            return _mostly_noun(lex, target, (e.get("aSuggestions") or [""])[0])
    return False


def _alternatives(toks, last) -> list:
    """The word and, when slashes join it to words before it with no space (« facture/avoir »), those too."""
    out, i = [last], last.i
    while i >= 2 and toks[i - 1].text == "/" and toks[i - 1].start == toks[i - 2].end \
            and toks[i].start == toks[i - 1].end and toks[i - 2].text[:1].isalpha():
        i -= 2
        out.append(toks[i])
    return out


def _same_number(lex, tok, other) -> bool:
    """Do the two words have one number, by the dictionary?"""
    a, b = lex.word(tok), lex.word(other)
    return bool(a and b and a[1] == b[1])


_OPEN_QUOTE, _CLOSE_QUOTE = "«“", "»”"


def _quotation_at(text: str, i: int) -> tuple[int, int] | None:
    """The quotation (« … », “ … ”, or "…" where its line pairs every straight quote) offset i stands in:
    its opening and closing marks."""
    lo = max(text.rfind(q, max(0, i - 120), i) for q in _OPEN_QUOTE)
    if lo >= 0 and not any(text.find(q, lo, i) >= 0 for q in _CLOSE_QUOTE):
        hi = [j for j in (text.find(q, i, i + 120) for q in _CLOSE_QUOTE) if j >= 0]
        if hi:
            return lo, min(hi)
    return _straight_quotation_at(text, i)


def _straight_quotation_at(text: str, i: int) -> tuple[int, int] | None:
    """The straight quotation ("…", as web and software French often writes it) offset i stands in: the
    quotes of its line taken in pairs, first with second, third with fourth; none when the line has an
    odd number of them (an inch mark, a quote left open: no telling which pairs)."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    marks = [start + m.start() for m in re.finditer('"', text[start:end])]
    if len(marks) % 2:
        return None
    return next(((lo, hi) for lo, hi in zip(marks[::2], marks[1::2]) if lo < i < hi and hi - lo <= 120), None)


def _quoted_apart(ctx, a: int, b: int) -> bool:
    """Is one of the two offsets inside a quotation and the other outside it, the quotation being a
    mention (a title, a label, a value) rather than words of the sentence? It is one when it opens
    with a capital (« le dialogue « Bienvenue dans GNOME » », « le bouton « Nouvelle fenêtre » »), or
    when its few words stand right after a noun or a verb, or after another quotation of a list: the
    name or value given to what comes before (« la commande « blanc » », « les choix sont « centré »
    ou « aligné à gauche » »). Not in a slot of a noun phrase, after a determiner or an adjective:
    machine French's « une plus grande « air volume » » keeps its finding."""
    text = ctx.text
    qa, qb = _quotation_at(text, a), _quotation_at(text, b)
    if qa == qb or (qa is not None and qb is not None):
        return False
    return _mention(ctx, qa or qb)


def _mention(ctx, quotation: tuple[int, int]) -> bool:
    """Is the quotation a title, a label or a value rather than words of the sentence?"""
    lo, hi = quotation
    inner = ctx.text[lo + 1:hi].strip()
    if inner[:1].isupper():
        return True
    return len(re.findall(r"\w+", inner)) <= 4 and _names_what_precedes(ctx, lo)


def _names_what_precedes(ctx, lo: int) -> bool:
    """Does the quotation opening at lo follow a noun or a verb, or close a list of quotations
    (« … », « … » ou « … »)?"""
    at = max(0, lo - 40)
    before = ctx.text[at:lo].rstrip()
    if re.search(r"[»”]\s*(?:,|\bou|\bet)$", before):
        return True
    prev = [t for t in ctx.tokens_in(at, lo) if t.text[:1].isalnum()]
    return bool(prev) and prev[-1].end >= at + len(before) and prev[-1].pos in ("NOUN", "PROPN", "VERB", "AUX")


def _used_invariably(lex, target, ctrl, toks) -> bool:
    """Is the word Grammalecte wants to agree used invariably, so that it has nothing to agree?
    Either the parse reads it as a word class that never inflects (an adverb or a discourse marker)
    and the dictionary has that reading ("ils parlent fort"), or the syntax shows a classifier noun
    right after the word Grammalecte names (analysis.classifier_noun: "les gays genre clichés")."""
    if target.pos in INVARIABLE_POS and _invariable_reading(lex, target):
        return True
    return ctrl.i == target.i - 1 and target.i + 1 < len(toks) \
        and classifier_noun(lex, toks[ctrl.i - 1] if ctrl.i > 0 else None, ctrl, target, toks[target.i + 1])


def _continues(lines, li) -> bool:
    """Does line li go on from the line before it: that line has text and does not end a sentence, and this one
    opens in lower case (a paragraph or a list item wrapped onto the next line, « … d'entrée et⏎   de sortie
    séquentielles »; not « B.m.p.⏎les bandes … sont parfaits », a sentence after a line of its own)?"""
    prev = lines[li - 1].text.rstrip() if li > 0 else ""
    return bool(prev) and prev[-1] not in ".!?:;…" and lines[li].text.lstrip()[:1].islower()


def _with_previous_line(engine, options, lines, li) -> tuple[int, list[dict]]:
    """Grammalecte's errors on line li read after the line before it (joined by a space), and where line li
    starts in that joined text; the engine keeps the parse, so each joined line is parsed once."""
    prev = lines[li - 1].text
    return len(prev) + 1, engine.parse(prev + " " + lines[li].text, options)


def _agreement_gone_with_previous_line(engine, options, lines, li, e) -> bool:
    """Grammalecte reads one line at a time; a phrase wrapped onto the next line hides what a word agrees with
    (« les canaux d'entrée et⏎ de sortie séquentielles »: both nouns). Read the line again after the previous
    one: if Grammalecte then reports no agreement over the words, the finding goes (« vu la⏎ maisons
    blanches » stays: the joined line still has one there)."""
    shift, errors = _with_previous_line(engine, options, lines, li)
    a, b = shift + e["nStart"], shift + e["nEnd"]
    return not any(x.get("sType") in AGREEMENT_TYPES and x["nStart"] < b and a < x["nEnd"] for x in errors)


def _gone_with_previous_line(engine, options, lines, li, e, name) -> bool:
    """Grammalecte reads one line at a time; a sentence split over two lines ("… d'une valeur
    d'env.⏎30 € de mon panier et commanderai ailleurs") hides the subject. Read the verb again with
    the previous line joined: if Grammalecte then finds its subject, the finding goes."""
    if li == 0 or not lines[li - 1].text.strip():
        return False
    shift, errors = _with_previous_line(engine, options, lines, li)
    at = shift + e["nStart"]
    return not any(_rule_name(x.get("sRuleId", "")) == name and x["nStart"] == at for x in errors)


def _shared_subject(ctx, start: int, name: str) -> bool:
    """Grammalecte finds no subject for a verb (it reads one line at a time): does the parse make
    the verb a conjunct of a verb whose subject has the person Grammalecte expects?"""
    tok = ctx.token_at(start)
    toks = ctx.tokens
    if tok is None or tok.dep != "conj":
        return False
    want = re.findall(r"_([123])([sp])(?=_)", name)
    head, seen = tok, set()
    while head.dep == "conj" and 0 <= head.head < len(toks) and head.head not in seen:
        seen.add(head.i)
        head = toks[head.head]
    subj = next((t for t in toks[max(0, head.i - 30):head.i + 10]
                 if t.head == head.i and t.dep.startswith("nsubj")), None)
    if subj is None:
        return False
    person = subj.feat("Person") or "3"
    number = {"Sing": "s", "Plur": "p"}.get(subj.feat("Number"), "")
    return not want or any(p == person and (not number or n == number) for p, n in want)


def _agrees(lex, tok, other) -> bool:
    """Can tok (an adjective or participle) agree with the noun other, by the dictionary?"""
    a, b = _inclusive_word(lex, tok), _inclusive_word(lex, other)
    if not a or not b:
        return False
    return bool(a[0] & b[0]) and bool(a[1] & b[1])


# a word written for both numbers or genders, the parse's token ending in the open bracket's part:
# « Conflit(s », « détecté(e)s », « sélectionnée(s »
_INCLUSIVE = re.compile(r"\((?:e|e?s|x)\)?(?:s)?$")


def _plain(tok):
    """The token without its inclusive ending (« Conflit(s » → « Conflit »), or the token itself."""
    m = _INCLUSIVE.search(tok.text)
    return tok if m is None or m.start() < 2 else dataclasses.replace(tok, text=tok.text[:m.start()])


def _inclusive_word(lex, tok):
    """lex.word, for a word written with its plural or feminine in brackets too (« Conflit(s) »): the
    word before the bracket, which may then be either number (or gender); a capitalised word the
    dictionary reads only as a name is read in lower case too (« Mises à jour »: the economist aside)."""
    plain = _plain(tok)
    found = lex.word(plain)
    if found is None and tok.text[:1].isupper() and not tok.text.isupper():
        found = lex.word(_plain(dataclasses.replace(tok, text=tok.text.lower())))  # « Mises », not von Mises
    if plain is tok or not found:
        return found
    genders, numbers = found
    ending = tok.text[len(plain.text):]  # « (s », « (e)s »
    if "e" in ending.replace("es", "e"):
        genders = genders | {"f"}
    if "s" in ending or "x" in ending:
        numbers = numbers | {"p"}
    return genders, numbers


def agreement_doubt(ctx, lex, start: int, end: int, e: dict) -> str | None:
    """_parse_doubt, and when the parse has nothing against the finding, a compound written without
    its hyphen across the words it reads (« le presse papier »)."""
    doubt = _parse_doubt(ctx, lex, start, end, e)
    if doubt is None and (targets := [t for t in ctx.tokens_in(start, end) if t.text[:1].isalnum()]):
        found = _hyphenless_compound(ctx, ctx.tokens, targets, lex)
        if found and "-" in found[1]:
            return _("« {words} » may be the compound « {compound} » written without its hyphen").format(
                words=found[0], compound=found[1])
        if found:
            return _("« {words} » may be the word « {compound} » written in two").format(words=found[0], compound=found[1])
        if e.get("sType") == "gn" and (name := _english_name(ctx.tokens, targets, e)):
            return _("« {name} » is an English name: its gender is the product's, not the dictionary's").format(
                name=name)
    return doubt


def _opens_phrase(lex, toks, target):
    """The noun of the phrase an adjective right after « et », « ou » or « mais » opens, before its determiner,
    when it agrees with it (« délaissé et seuls quelques paquets »); else None."""
    i = target.i
    if i < 1 or _norm(toks[i - 1].text) not in ("et", "ou", "mais") or target.pos != "ADJ":
        return None
    j = i + 1
    if j + 1 >= len(toks) or toks[j].pos != "DET":
        return None
    j += 1
    while j < len(toks) and toks[j].pos == "ADJ":
        j += 1
    return toks[j] if j < len(toks) and toks[j].pos == "NOUN" and _agrees(lex, target, toks[j]) else None


def _parse_doubt(ctx, lex, start: int, end: int, e: dict) -> str | None:
    """Check a Grammalecte agreement finding against spaCy's analysis.

    Returns None when nothing speaks against it, "drop" when the word it agrees with is one whose
    gender cannot be read (a code, a letter, a number, a date, an acronym, a name: "la E 94"), or a
    short reason when the finding is doubtful (a unit after a number, "35 mm située", is one): the flagged word is a noun in apposition ("les gays
    genre clichés"), or the adjective can agree with the head noun of the phrase instead of its
    complement ("des visseuses sans fil industrielles"), or spaCy finds another subject that agrees.
    """
    if end - start == 1 and ctx.text[start].isalpha() and ctx.text[end:end + 1] in ("°", "º"):
        return "invariable"  # « n° », the abbreviation of « numéro »: no word to agree
    targets = [t for t in ctx.tokens_in(start, end) if t.text[:1].isalnum()]
    if not targets:
        return None
    target = targets[-1]
    toks = ctx.tokens
    if e.get("sType") == "ppas" and len(targets) == 1 and (noun := _opens_phrase(lex, toks, target)):
        return _("« {word} » opens the noun phrase after it and agrees with « {noun} »: « {conj} » joins two clauses, "
                 "not two adjectives").format(word=target.text, noun=noun.text, conj=toks[target.i - 1].text)
    if e.get("sType") == "infi" and (target.pos == "ADJ" or (
            "VerbForm=Part" in target.morph and target.dep in ("amod", "acl")
            and 0 <= target.head < len(toks) and toks[target.head].pos in ("NOUN", "PRON"))):
        return _("the parse reads it as an adjective or participle of a noun (« quelque chose de cassé »)")
    if e.get("sType") == "infi" and _noun_after_determiner(toks, target):
        return _(_NOUN_DOUBT).format(word=target.text)
    if e.get("sType") == "infi" and _elliptical_clause(ctx, lex, target):
        return "drop"  # « Quand activé, l'overlay… »: no infinitive can stand there
    if e.get("sType") == "infi" and _counted_de_participle(ctx, lex, toks, target):
        return _("a participle after « de » and a counted noun (« aucun compte de configuré »)")
    sound = next((t for t in targets if t.lower == "son" and t.i + 1 < len(toks)
                  and (toks[t.i + 1].pos in ("ADJ", "VERB") or bool(lex.adjective(toks[t.i + 1])))
                  and "Number=Plur" not in toks[t.i + 1].morph and not toks[t.i + 1].text.endswith(("s", "x"))
                  and not (t.i + 2 < len(toks) and toks[t.i + 2].pos == "NOUN")), None)
    # (not before a plural: « vos images son stockées » is « sont »)
    if sound is not None:  # « Carte son désactivée »: a determiner is followed by its noun
        return _("« son » before « {word} » may be the noun (sound), not the determiner").format(word=toks[sound.i + 1].text)
    son = toks[target.i - 1] if len(targets) == 1 and target.i > 1 and toks[target.i - 1].lower == "son" else None
    if son is not None and lex.adjective(target) and not _participle_reading(lex, target):
        # « des fichiers son standards », « les périphériques de son suivants »: « son » after a noun or « de » is
        # the noun (sound), and the adjective after it agrees with the noun before (not « vos images son stockées »,
        # a participle: « sont »)
        noun = toks[son.i - 1]
        if noun.pos == "NOUN" and _agrees(lex, target, noun):
            return _("« son » after « {noun} » may be the noun (sound) qualifying it; « {word} » agrees with "
                     "« {noun} »").format(noun=noun.text, word=target.text)
        doubt = _up_the_chain(lex, toks, target, son)
        if doubt:
            return doubt
    det = toks[target.i - 1] if target.i > 0 and len(targets) == 1 else None
    if e.get("sType") == "gn" and det is not None and target.pos in ("NOUN", "ADJ") \
            and (lex.det(det, target) or (None, ()))[1] == {"p"} and coordinated_singulars(lex, toks, target.i):
        return _("singular words coordinated after a plural determiner, one for each (« les nom et prénom »)")
    own = {t.text.lower() for t in targets}
    names = [m.group(1) for m in QUOTED.finditer(e.get("sMessage", ""))]
    names = [n for n in names if n.lower() not in own]
    named = {n.lower() for n in names}
    if e.get("sType") in ("gn", "ppas") and (("fois" in named and target.pos != "DET") or (
            own == {"fois"} and named and target.i + 1 < len(toks) and named == {toks[target.i + 1].lower})):
        return "drop"  # « plusieurs fois revêtus »: « fois » counts the times, no adjective agrees with it
        # (its own determiner does: « Un fois fait » stays)
    shout = toks[targets[0].i - 1] if targets[0].i > 0 else None
    if e.get("sType") == "gn" and shout is not None and len(shout.text) > 1 and shout.text.isupper() \
            and lex.det(shout, targets[0]) is not None \
            and any(c.islower() for c in ctx.text[max(0, start - 80):start]):
        # a determiner in capitals inside a line in lower case is an acronym (« Chiffrement DES simple »)
        return _("« {word} » in capitals may be an acronym, not the determiner").format(word=shout.text)
    if e.get("sType") == "gn" and _clause_verb(lex, toks, target):
        return _("the parse reads « {word} » as the verb of the clause").format(word=target.text)
    if e.get("sType") == "gn" and target.pos == "NOUN" and len(targets) == 1 and names:
        # the complement noun flagged against the adjective after it (« Conflit(s) de touche détecté(s) »):
        # the adjective may agree with a noun up the chain
        after = _next_word(toks, target)
        if after is not None and _bare(after.text) == _bare(names[-1]) and (
                after.pos in ("ADJ", "VERB") or bool(lex.adjective(_plain(after)))):
            doubt = _up_the_chain(lex, toks, after, target)
            if doubt:
                return doubt
    prev = toks[target.i - 1] if target.i > 0 and len(targets) == 1 else None  # the word right before
    if not names:
        # no word named: the noun right before may be the complement of a noun the word agrees with
        # (« Enregistrement de la configuration de la sauvegarde réussi »)
        if e.get("sType") in ("gn", "ppas") and prev is not None and prev.pos == "NOUN" \
                and target.pos in ("ADJ", "VERB"):
            return _up_the_chain(lex, toks, target, prev)
        if e.get("sType") == "gn" and len(targets) == 2 and targets[0].pos == "NOUN" \
                and target.i == targets[0].i + 1 and target.pos in ("ADJ", "VERB"):
            # the complement and the adjective after it flagged together (« un métapaquet de tâche
            # maintenu »): the adjective may agree with a noun up the chain
            doubt = _up_the_chain(lex, toks, target, targets[0])
            if doubt:
                return doubt
        if prev is not None and prev.pos == "NOUN" \
                and _noun_modifier(lex, target, _alternatives(toks, prev), targets, e):
            # the message names no other word: the noun right before is the one (« l'identité utilisateur »)
            return _("« {word} » is mostly a noun: a noun as modifier, not an adjective").format(word=target.text)
        return None
    if len(names) > 1 and prev is not None and prev.pos == "NOUN" and prev.text.lower() in named \
            and _noun_modifier(lex, target, _alternatives(toks, prev), targets, e):
        # one of the words named is the noun right before (« la fonction objectif »: “fonction” ou “variables”)
        return _("« {word} » is mostly a noun: a noun as modifier, not an adjective").format(word=target.text)
    after = toks[targets[-1].i + 1] if targets[-1].i + 1 < len(toks) else None
    if names[-1] == "URL" and after is not None and _WEB_ADDRESS.match(after.text):
        return "drop"  # « consultez le http://… »: the address has no gender; the word it stands for has
    # the controller: the nearest occurrence in the sentence of the word named (whole, as "8.8",
    # else its last word)
    sent = ctx.sentence_of(start)
    lo, hi = (sent.start, sent.end) if sent else (max(0, start - 200), end + 200)
    word = re.findall(r"[\w'’-]+", names[-1])
    if not word:
        return None
    own_i = {x.i for x in targets}
    span = ctx.tokens_in(lo, hi)
    # the word whole, its last word, an identifier it opens (NOM_VAR), or an abbreviation with dots (« U.S. », named « US »)
    cands = [t for t in span if t.text.lower() == names[-1].lower() and t.i not in own_i] \
        or [t for t in span if t.text.lower() == word[-1].lower() and t.i not in own_i] \
        or [t for t in span if t.text.lower().startswith(word[-1].lower() + "_") and t.i not in own_i] \
        or [t for t in span if "." in t.text and t.text.replace(".", "").lower() == word[-1].lower() and t.i not in own_i]
    if not cands:
        return None
    ctrl = min(cands, key=lambda t: abs(t.start - start))
    if e.get("sType") in ("gn", "ppas") and _used_invariably(lex, target, ctrl, toks):
        return "invariable"
    if _quoted_apart(ctx, target.start, ctrl.start):
        return _(_QUOTED_DOUBT)
    if _unit(ctrl, toks[ctrl.i - 1] if ctrl.i > 0 else None):
        return _("the measure « {word} » does not carry the agreement").format(word=ctrl.text)
    if _unreadable_gender(ctrl, toks[ctrl.i + 1] if ctrl.i + 1 < len(toks) else None):
        return "drop"
    if e.get("sType") == "infi":
        return None
    if e.get("sType") in ("gn", "ppas") and len(targets) == 1 and (first := _coordinated_before(lex, toks, target, ctrl)):
        return _("it may agree with « {first} » and « {word} », coordinated").format(first=first.text, word=ctrl.text)
    if e.get("sType") in ("gn", "ppas") and len(targets) == 1 and _subject_of_copula(ctx, lex, toks, target, ctrl):
        return _("« {word} » opens the sentence as the subject of « {verb} »: a name or a noun, not an "
                 "attribute put first").format(word=target.text, verb=toks[target.i + 1].text)
    # the word named is an adjective the parse attaches to another noun, which it agrees with
    # ("Bonjour chers collègues": « chers » goes with « collègues », not with « Bonjour »)
    if target.pos in ("NOUN", "PROPN") and ctrl.pos == "ADJ" and ctrl.dep == "amod" \
            and 0 <= ctrl.head < len(toks) and ctrl.head not in own_i:
        other = toks[ctrl.head]
        if other.pos == "NOUN" and _agrees(lex, ctrl, other):
            return _("« {word} » may agree with « {other} »").format(word=ctrl.text, other=other.text)
    if ctrl.pos == "ADJ" and len(word) > 1 and target.pos in ("ADJ", "VERB", "AUX"):
        # a phrase named whole ("la clef publique"): up the chain of complements from its noun
        named = {w.lower() for w in word[:-1]}
        nouns = [t for t in span if t.pos == "NOUN" and t.i not in own_i and t.i < target.i
                 and t.text.lower() in named]
        doubt = _up_the_chain(lex, toks, target, max(nouns, key=lambda t: t.i)) if nouns else None
        if doubt:
            return doubt
    if e.get("sType") == "gn" and len(targets) == 1 and target.i == ctrl.i + 1 and ctrl.i > 0 \
            and toks[ctrl.i - 1].pos in ("NOUN", "PROPN") and _participle_reading(lex, ctrl) \
            and _noun_only(lex, target):
        # a word the dictionary knows only as a noun, right after a participle that follows its noun: the
        # participle's complement (« une API orientée objet »), not an adjective that agrees
        return _("« {word} » is only a noun: the complement of « {other} », not its adjective").format(
            word=target.text, other=ctrl.text)
    nouns = _alternatives(toks, ctrl)
    lead = nouns[-1]  # the first of nouns joined by slashes (« facture/avoir »), or ctrl
    if (ctrl.pos == "NOUN" or lead.pos == "NOUN" or (lead.i > 0 and toks[lead.i - 1].pos == "DET")) \
            and _noun_modifier(lex, target, nouns, targets, e):
        return _("« {word} » is mostly a noun: a noun as modifier, not an adjective").format(word=target.text)
    if ctrl.pos not in ("NOUN", "PROPN", "PRON"):
        return None
    # a noun flagged against a noun: two nouns side by side (apposition, noun-noun compound); the
    # parse may miss the second noun when the dictionary knows it only as a noun and it has the
    # first's number ("une paire champ et valeur", "aucun autre mot clé": spaCy reads « champ » as an
    # adjective, « clé » as a pronoun; not machine French's "les meilleures jumelles raccord")
    if ctrl.pos == "NOUN" and e.get("sType") == "gn" and (
            target.pos in ("NOUN", "PROPN") or (target.i == ctrl.i + 1 and len(targets) == 1 and _noun_only(lex, target)
                                                and _same_number(lex, target, ctrl))):
        return _("nouns in apposition, not noun and adjective")
    if target.pos not in ("ADJ", "VERB", "AUX"):
        return None
    if _one_each(lex, toks, target, ctrl):
        return _("singular adjectives coordinated after a plural noun, one for each (« les armées française et britannique »)")
    doubt = _up_the_chain(lex, toks, target, ctrl) if ctrl.i < target.i else None
    if doubt:
        return doubt
    # the noun right before the word agrees with it: the word may qualify that noun, French's usual
    # place for an adjective (« si la date n'est pas un jour ouvré »: « ouvré » goes with « jour »)
    nxt = toks[target.i + 1] if target.i + 1 < len(toks) else None
    if nxt is not None and nxt.pos == "DET":
        prev = None  # « retour tout les nœuds »: a predeterminer of what follows, no adjective of the noun before
    if prev is not None and prev.i != ctrl.i and prev.pos == "NOUN" and prev.end <= target.start \
            and not ctx.text[prev.end:target.start].strip() and _agrees(lex, target, prev):
        return _("it may agree with « {word} » right before it").format(word=prev.text)
    # spaCy's own head or subject for the word agrees, and it is not the word Grammalecte named
    head = toks[target.head] if 0 <= target.head < len(toks) else None
    if target.dep in ("amod", "acl") and head is not None and head.i != ctrl.i and head.pos == "NOUN" \
            and _agrees(lex, target, head):
        return _("it may agree with « {word} »").format(word=head.text)
    verb = head if target.dep in ("cop", "aux", "aux:pass") and head is not None else target
    subj = next((t for t in toks[max(0, verb.i - 30):verb.i + 10]
                 if t.head == verb.i and t.dep.startswith("nsubj")), None)
    if subj is not None and subj.i != ctrl.i and subj.pos == "NOUN" and _agrees(lex, target, subj):
        return _("its subject may be « {word} »").format(word=subj.text)
    return None


# a subordinating conjunction that may open a clause whose verb is left out (« quand activé, », « si
# nécessaire »): a past participle after it is that clause's predicate; longest first
ELLIPSIS_OPENERS = ("bien que", "même si", "dès que", "une fois", "lorsque", "quoique", "quand", "sitôt", "si")
_CLAUSE_EDGE = re.compile(r"[.;:,!?()«“\"]\s*$")


def _coordinated_before(lex, toks, target, ctrl):
    """A plural word right after a singular noun that « et » or « ou » joins to a noun before it (« au réseau IRC
    et au canal sélectionnés », « l'orientation et la position indiquées »): it agrees with both, as French
    wants; Grammalecte read the last alone. The noun before, or None. A feminine plural needs two feminine nouns."""
    if ctrl.pos not in ("NOUN", "PROPN") or not 0 < target.i - ctrl.i <= 2:
        return None
    mine, its = lex.word(target), lex.word(ctrl)
    if not mine or mine[1] != {"p"} or not its or "s" not in its[1]:
        return None
    cc = next((t for t in toks[max(0, ctrl.i - 4):ctrl.i] if t.head == ctrl.i and t.dep == "cc"
               and t.lower in ("et", "ou")), None)
    if cc is None or any(t.pos not in ("DET", "ADP") for t in toks[cc.i + 1:ctrl.i]):
        return None  # « et » right before the noun's phrase (« et au canal »), not a clause's (« et est un tiers »)
    first = next((t for t in reversed(toks[max(0, cc.i - 4):cc.i]) if t.pos in ("NOUN", "PROPN")), None)
    if first is None:
        return None
    while first.dep.split(":")[0] in ("nmod", "flat", "appos", "compound") and 0 <= first.head < first.i \
            and toks[first.head].pos == "NOUN" and first.i - first.head <= 2:
        first = toks[first.head]  # « réseau IRC »: the noun « IRC » names
    if mine[0] == {"f"}:
        other = lex.word(first)
        if not other or "f" not in other[0] or "f" not in its[0]:
            return None
    return first


COPULA = {"est", "sont", "était", "étaient", "sera", "seront", "fut", "furent", "reste", "restent", "devient",
          "deviennent"}
INDEFINITE = {"un", "une", "des"}


def _subject_of_copula(ctx, lex, toks, target, ctrl) -> bool:
    """The flagged word opens its sentence or line, capitalised, right before « est » and an indefinite noun
    phrase whose noun is the one named (« Terminal est une application », « Vidéos est un lecteur »),
    and the dictionary has it as a noun: it is the subject, a program's name or a noun. An attribute put
    before its verb, which would agree with that noun (« Rares sont les… »), has a definite subject."""
    i = target.i
    if i + 3 >= len(toks) or ctrl.i < i + 3 or not target.text[:1].isupper():
        return False
    if toks[i + 1].lower not in COPULA or toks[i + 2].lower not in INDEFINITE:
        return False
    if any(t.pos not in ("ADJ", "NOUN", "PROPN", "ADV") for t in toks[i + 3:ctrl.i]):
        return False  # the noun named heads the phrase after the determiner
    opens = _sentence_start(ctx.text, target.start) or _line_start(ctx.text, target.start)
    return opens and any("N" in t for t in lex.readings(target.text))


def _elliptical_clause(ctx, lex, target) -> bool:
    """Is the word a past participle right after a conjunction that opens its clause (at the start of the
    line or after a punctuation mark), « Quand réglé sur Minimiser, … », « …, quand lancés manuellement,
    … », or that ends the clause it opens (« … les performances quand fenêtré »)? Grammalecte asks for an
    infinitive, which French never puts there; the clause is elliptical."""
    lo = max(0, target.start - 40)
    before = ctx.text[lo:target.start].rstrip(" \u00a0").lower()
    for opener in ELLIPSIS_OPENERS:
        at = lo + len(before) - len(opener)
        if before.endswith(opener) and (at == 0 or not ctx.text[at - 1].isalnum()):
            prefix = ctx.text[ctx.text.rfind("\n", 0, at) + 1:at]
            if not prefix.strip() or _CLAUSE_EDGE.search(prefix) is not None or _clause_ends(ctx.text, target.end):
                return _participle_reading(lex, target)
    return False


def _participle_reading(lex, tok) -> bool:
    """Does the dictionary give the word a past participle reading?"""
    return any("Q" in tags for tags in lex.readings(tok.text))


_CLAUSE_END = re.compile(r"[ \u00a0\u202f]*(?:$|\n|[.,;:!?)…])")


def _clause_ends(text: str, end: int) -> bool:
    """Does the clause end right after offset end (the line's end or a punctuation mark)?"""
    return _CLAUSE_END.match(text, end) is not None


# words that count the noun before « de » + participle: « aucun compte de configuré », « dix fichiers de listés »
COUNTING = frozenset("aucun aucune nul nulle plusieurs combien beaucoup peu trop assez tant autant plus moins".split())


def _counted_de_participle(ctx, lex, toks, target) -> bool:
    """Is the word a past participle ending its clause after « de » and a noun that a number or a counting
    word determines (« aucun compte de configuré », « plus de 10 000 fichiers ou répertoires de listés »)?
    Spoken French's partitive predicate; Grammalecte asks for an infinitive. Not after a verb (« oublié de
    réglé », where « régler » is meant)."""
    i = target.i
    if i < 3 or toks[i - 1].lower not in ("de", "d'", "d’") or toks[i - 2].pos != "NOUN" \
            or not _clause_ends(ctx.text, target.end) or not _participle_reading(lex, target):
        return False

    def counts(t):
        return t.pos == "NUM" or t.text[:1].isdigit() or t.lower in COUNTING

    j = i - 2
    while j > 0 and i - j <= 8 and (toks[j - 1].pos in ("NOUN", "ADJ", "CCONJ") or counts(toks[j - 1])
                                     or toks[j - 1].lower == "de"):
        j -= 1
        if counts(toks[j]):
            return True
    return False


# the finite forms of Grammalecte's verb tags: indicative, conditional, subjunctive, imperative
FINITE = {"Ip", "Iq", "Is", "If", "K", "Sp", "Sq", "E"}


def _clause_verb(lex, toks, target) -> bool:
    """Does the parse make the word the clause's verb, with its subject (« Le mouvement continue en
    utilisant… »), and the dictionary give it a finite verb reading? An agreement finding that reads it as an
    adjective (« continue » for « continu ») is then doubtful."""
    if target.pos != "VERB" or target.dep != "ROOT":
        return False
    if not any(t.head == target.i and t.dep.startswith("nsubj") for t in toks[max(0, target.i - 12):target.i]):
        return False
    return any(tags & FINITE for tags in lex.readings(target.text))


def _next_word(toks, tok):
    """The token after tok, past the closing bracket of an inclusive form (« Conflit(s ) »)."""
    j = tok.i + 1
    if j < len(toks) and toks[j].text == ")" and "(" in tok.text:
        j += 1
    return toks[j] if j < len(toks) else None


def _bare(word: str) -> str:
    """A word without its inclusive ending, as the parse cuts it or as Grammalecte writes it
    (« détecté(s », « détecté·s »): « détecté »."""
    return _INCLUSIVE.sub("", re.sub(r"·e?s?$", "", word.lower()))


def _one_each(lex, toks, target, noun) -> bool:
    """Is the word a singular adjective right after a plural noun with a definite or possessive determiner,
    coordinated with another singular adjective that follows it, each naming one of the things (« les
    mondes terrestre et arcanique », « les vues hebdomadaire ou quotidienne »; « des » the parse reads as a
    preposition is « de les »: « à partir des côtés droit ou gauche »)? MTA502 reads these so too."""
    j = target.i
    if noun.i != j - 1 or j + 2 >= len(toks) or toks[j + 1].lower not in COORD:
        return False
    det = toks[noun.i - 1] if noun.i > 0 else None
    other = toks[j + 2]
    a, n, b = lex.word(target), lex.word(noun), lex.word(other)
    if not b and other.pos == "ADJ" and other.feat("Number") == "Sing":  # a word the dictionary lacks: the parse's
        b = (a[0] if a else set(), {"s"})
    definite = det is not None and (det.lower in DEFINITE_PLURAL or det.lower == "des" and det.pos == "ADP")  # « de les »
    return definite and bool(a and n and b) and a[1] == {"s"} \
        and n[1] == {"p"} and b[1] == {"s"} and bool(a[0] & n[0]) and bool(b[0] & n[0]) \
        and (other.pos == "ADJ" or bool(lex.adjective(other)))  # the parse may call « gauche » a noun


def _number_fits(lex, word, noun) -> bool:
    """Can word have the number noun's spelling allows (Lexicon._number_by_spelling)?"""
    mine = lex.word(word)
    return not mine or bool(mine[1] & Lexicon._number_by_spelling(noun))


def _up_the_chain(lex, toks, target, noun) -> str | None:
    """An adjective after "N1 prep (det) N2" may agree with N1, or with a noun further up a chain of
    complements ("Chiffrement de la clef publique échoué"), or with an acronym there, whose gender
    cannot be read ("LSN de début manquante"), or with a noun the dictionary does not know (« un
    métapaquet de tâche maintenu »): the complement N2 is not the only reading. Past the
    first noun, and for an acronym, only complements of nouns (de, du, des) lead up: not "en toute
    sécurité à l'aide des pièces", "convertit RPM en pouces"."""
    for level in range(3):
        j = noun.i - 1
        while j >= 0 and toks[j].pos == "DET":
            j -= 1
        if j < 1 or _norm(toks[j].text) not in PREPOSITIONS:
            return None
        complement = _norm(toks[j].text) in COMPLEMENT
        if level and not complement and not (toks[j].lower == "à" and j == noun.i - 1):
            return None  # (« à » before a bare noun makes a compound: « Mises à jour de script trouvées »)
        k = j - 1
        while k >= 0 and (toks[k].pos == "ADJ" or _tagged_participle(lex, toks[k])):
            k -= 1
        if k > 0 and _participle_of(lex, toks[k], toks[k - 1]):
            k -= 1  # « le code écrit à la main défini »: the complement is the participle's, the noun before heads it
        if k > 0 and toks[k].text == ")" and "(" in toks[k - 1].text:
            k -= 1  # « Conflit(s ) de touche »
        if k < 0:
            return None
        noun = toks[k]
        if complement and len(noun.text) > 1 and noun.text.isupper():
            return _("it may agree with « {word} », whose gender cannot be read").format(word=noun.text)
        if complement and noun.pos == "NOUN" and noun.text.isalpha() and noun.text.islower() \
                and lex.engine is not None and lex.word(noun) is None and _number_fits(lex, target, noun):
            # a common noun the dictionary lacks (not a product's name: « le système PerfectFlow »)
            return _("it may agree with « {word} », which the dictionary does not know").format(word=noun.text)
        plain = _plain(noun)
        if noun.pos != "NOUN" and not (plain is not noun and lex.word(plain)):
            return None  # (the parse may not call « Conflit(s » a noun)
        if _agrees(lex, target, noun):
            return _("it may agree with « {word} »").format(word=noun.text + (")" if "(" in noun.text else ""))
    return None


def _participle_of(lex, tok, noun) -> bool:
    """Is tok a past participle right after the noun, agreeing with it (« le code écrit », « les fichiers créés »)?
    The complement after it is the participle's (« écrit à la main »), and the chain goes on to the noun."""
    return "VerbForm=Part" in tok.morph and "Tense=Past" in tok.morph and noun.pos == "NOUN" \
        and _agrees(lex, tok, noun)


def _tagged_participle(lex, tok) -> bool:
    """A word the parse calls a past participle that the dictionary has as an adjective, not a verb's
    participle (« les index alphabétiques »): an adjective of the noun before it, as far as the chain goes."""
    if "VerbForm=Part" not in tok.morph or lex.engine is None:
        return False
    readings = lex.readings(tok.text)
    return any("A" in r for r in readings) and not any("Q" in r for r in readings)


# prefixes French joins to a noun with a hyphen (« demi-page », « non-définition », « mini-icônes »)
HYPHEN_PREFIXES = frozenset({"demi", "semi", "mi", "non", "quasi", "mini", "maxi", "ex", "vice"})


def _hyphenless_compound(ctx, toks, targets, lex=None) -> tuple[str, str] | None:
    """Two words side by side, one of them flagged or right before the flagged words, that the
    dictionary lists joined by a hyphen (« le presse papier », « un marque page »; none ending in « être »,
    whose verb reading stands: « Peut être utiliser »), or a prefix French hyphenates before a noun, after its
    determiner (« une demi page »;
    not « une formule non tachant », where « non » goes with an adjective): the slip is the
    missing hyphen, and the agreement Grammalecte reads across the two words is not one. So is a word
    written in two after a determiner, before a noun, that the dictionary lists as a noun (« la pré commande »:
    précommande; not « une long temps »: longtemps is an adverb).
    Returns (the words as written, the word the dictionary lists)."""
    from ...lang import hunspell

    first, last = targets[0].i, targets[-1].i
    for k in range(max(0, first - 2), min(len(toks) - 1, last + 2)):
        a, b = toks[k], toks[k + 1]
        if not (a.text.isalpha() and b.text.isalpha()) or ctx.text[a.end:b.start] != " " or k > last + 1 \
                or a.pos in ("VERB", "AUX") and b.pos in ("VERB", "AUX") \
                or _norm(a.text) in PREPOSITIONS and not (k and toks[k - 1].pos == "DET") or b.lower == "être":
            continue  # two verbs (« il peut être activé », « Peut être utiliser »), a preposition (« sans fil »;
            # « un sous répertoire » after a determiner is one word): no compound
        low = f"{a.text.lower()}-{b.text.lower()}"
        if a.text.lower() in HYPHEN_PREFIXES and b.pos == "NOUN" and k and toks[k - 1].pos == "DET" or any(
                hunspell.lists(w) for w in (low, low + "s", low[:-1] if low.endswith("s") else low + "x")):
            return low.replace("-", " "), low
        solid = low.replace("-", "")  # « la pré commande », « les méta caractères »: one word written in two
        listed = [w for w in (solid, solid[:-1] if solid.endswith(("s", "x")) else "") if w and hunspell.lists(w)]
        if len(a.text) >= 3 and b.pos == "NOUN" and k and toks[k - 1].pos == "DET" and listed \
                and (lex is None or lex.engine is None or any("N" in t for t in lex.readings(listed[0]))):
            return low.replace("-", " "), solid  # (a noun: « une long temps » is no « longtemps »)
    return None


_QUOTED_DOUBT = N_("a title, label or value in quotes does not agree with the words outside them")
_NOUN_DOUBT = N_("the parse reads « {word} » as a noun after its determiner")


def _noun_after_determiner(toks, target) -> bool:
    """A word the parse makes a noun, right after a determiner ("de la mappe", "tous les patches",
    "plusieurs patches"): a noun the dictionary lacks and knows only as a verb form. Not after a
    subject pronoun, where le/la/les is an object pronoun the parse took for an article ("jusqu'à ce
    qu'il les chiffres": a verb)."""
    if target.pos != "NOUN" or target.i == 0 or toks[target.i - 1].pos != "DET":
        return False
    return not (toks[target.i - 1].lower in _CLITICS and target.i > 1 and toks[target.i - 2].pos == "PRON")


_CLITICS = {"le", "la", "les", "l'", "l’"}


def conjugation_doubt(ctx, start: int, end: int, lex=None) -> str | None:
    """Check a Grammalecte conjugation finding ("the verb should agree with « les instances »")
    against spaCy's analysis: doubtful when the parse reads the word as a modifier of the noun just
    before it (a noun adjunct: "les instances source et cible sont…") and finds the clause's verb
    elsewhere, or no verb at all when the word is a noun by the parse or by the dictionary (« Les
    codes barres lus… »: the parse reads « barres » as an adjective). "Les gens pense que…" (the word
    is the parse's verb) stays major."""
    targets = [t for t in ctx.tokens_in(start, end) if t.text[:1].isalnum()]
    if len(targets) != 1:
        return None
    target, toks = targets[0], ctx.tokens
    if _noun_after_determiner(toks, target):
        return _(_NOUN_DOUBT).format(word=target.text)
    if _object_of_opening_infinitive(ctx, toks, target):
        return _("the parse reads « {word} » as the object of « {verb} », a label without article").format(
            word=target.text, verb=toks[target.i - 1].text)
    quotation = _quotation_at(ctx.text, target.start)
    if quotation and _mention(ctx, quotation):
        return _(_QUOTED_DOUBT)
    if inverted := _inverted_without_hyphen(ctx, toks, target):
        verb, pronoun = inverted
        return _("« {verb} {pronoun} » may be the question « {verb}-{pronoun} » written without its hyphen, the "
                 "infinitive after it right").format(verb=verb.text, pronoun=pronoun.text)
    prev = toks[target.i - 1] if target.i > 0 else None
    if prev is None or prev.pos != "NOUN" or target.head != prev.i \
            or target.dep.split(":")[0] not in ("nmod", "amod", "appos", "compound", "flat"):
        return None
    sent = ctx.sentence_of(start)
    span = ctx.tokens_in(sent.start, sent.end) if sent else toks[max(0, target.i - 30):target.i + 30]
    with_subject = {x.head for x in span if x.dep.startswith("nsubj")}
    verbs = [t for t in span if t.i != target.i and t.pos in ("VERB", "AUX")]
    if not verbs and (target.pos == "NOUN" or (target.pos == "ADJ" and lex is not None
                                               and any("N" in t for t in lex.readings(target.text)))):
        # a label without a verb: « Tous les fichiers image et vidéo », « Les codes barres lus »
        return _("the parse reads « {word} » as a noun of the noun « {noun} », in words without a verb").format(
            word=target.text, noun=prev.text)
    if not any(t.dep in ("ROOT", "cop") or t.i in with_subject for t in verbs):
        return None
    return _("the parse reads « {word} » as a word of the noun « {noun} », and the verb elsewhere").format(
        word=target.text, noun=prev.text)


def _object_of_opening_infinitive(ctx, toks, target) -> bool:
    """Is the word a noun the parse makes the object of the infinitive that opens its line or sentence,
    right before it (« Conserver pistes originales », « Créer classes à partir… »: a label without its
    article)? Grammalecte reads the infinitive as the subject and the noun as its verb."""
    if target.i == 0 or target.pos != "NOUN" or target.dep not in ("obj", "nmod"):
        return False
    verb = toks[target.i - 1]
    if target.head != verb.i or not verb.lower.endswith(("er", "ir", "re")) or not verb.text[:1].isupper():
        return False
    sent = ctx.sentence_of(verb.start)
    if sent is not None and sent.start == verb.start:
        return True
    i = verb.start  # or only spaces and tabs between it and the line's start (no copy of the text before it)
    while i > 0 and ctx.text[i - 1] in " \t":
        i -= 1
    return i == 0 or ctx.text[i - 1] == "\n"


SUBJECT_PRONOUNS = frozenset({"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"})
OBJECT_PRONOUNS = frozenset({"le", "la", "les", "l'", "l’", "me", "m'", "m’", "te", "t'", "t’", "se", "s'", "s’", "lui",
                             "leur", "y", "en"})


def _inverted_without_hyphen(ctx, toks, target):
    """An infinitive right after a verb and its subject pronoun, apart, in a question, its object pronouns
    between (« Que souhaites tu acheter ? », « Que faut il enregistrer ? », « Puis je l'enregistrer ? »):
    the question's inversion without its hyphen, which Grammalecte reads as « tu acheter ». (verb, pronoun) or None."""
    if target.i < 2 or "VerbForm=Inf" not in target.morph:
        return None
    i = target.i - 1
    while i > 1 and toks[i].lower in OBJECT_PRONOUNS:  # « je l'enregistrer », « on les y mettre »
        i -= 1
    verb, pronoun = toks[i - 1], toks[i]
    if pronoun.text.lower() in SUBJECT_PRONOUNS and verb.text.isalpha() and verb.pos not in ("ADP", "DET", "PRON") \
            and ctx.text[verb.end:pronoun.start] == " " and "?" in ctx.text[target.end:target.end + 200].split("\n")[0]:
        return verb, pronoun
    return None


def _prose(line: str) -> bool:
    """Worth a grammar check: not a tag list, a title in capitals or a stray fragment."""
    words = re.findall(r"\w+", line)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return not (len(words) >= 4 and caps > len(words) / 2)


def _names_in(text: str, start: int, end: int) -> bool:
    """Does the span hold a capitalised word inside a sentence, or a word in capitals anywhere (an
    acronym or a name: « MATE est un environnement… », read as the adjective « mate »)?"""
    caps = [m for m in re.finditer(r"\w+", text[start:end]) if m.group()[0].isupper()]
    if not caps:
        return False
    if any(len(m.group()) > 1 and m.group().isupper() for m in caps):
        return True
    return not (len(caps) == 1 and caps[0].start() == 0 and _sentence_start(text, start))


def _sentence_start(text: str, pos: int) -> bool:
    """Only spaces before pos, or a sentence's end or an opening quote before them (read back over the
    spaces only, not the whole text)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos == 0 or text[pos - 1] in ".!?:«\"“"


def _line_start(text: str, pos: int) -> bool:
    """A line break before pos, and only spaces, tabs or no-break spaces between."""
    while pos and text[pos - 1] in " \t\u00a0":
        pos -= 1
    return pos > 0 and text[pos - 1] == "\n"


def _accent_only(found: str, suggestion: str) -> bool:
    import unicodedata

    def bare(x):
        return "".join(c for c in unicodedata.normalize("NFD", x) if not unicodedata.combining(c))
    return bool(suggestion) and found != suggestion and found[:1].isupper() and bare(found) == bare(suggestion)


def _coordinated_after(text: str, pos: int) -> bool:
    """Is there a coordination (et/ou/ni) before the end of the clause that follows pos?"""
    m = re.match(r"[^,;:.!?»«()]*", text[pos:pos + 200])
    return bool(re.search(r"\b(et|ou|ni)\b", m.group(0)))


def _merge_pairs(ctx, errors, engine_name) -> list[Candidate]:
    """Grammalecte reports an agreement error on both words ("mers" and "sûrs"); make it one."""
    errors.sort(key=lambda x: x[0])
    groups: list[list] = []
    for err in errors:
        last = groups[-1][-1] if groups else None
        if last and last[2].get("sLineId") == err[2].get("sLineId") and 0 <= err[0] - last[1] <= 40 \
                and "\n" not in ctx.text[last[1]:err[0]]:
            groups[-1].append(err)
        else:
            groups.append([err])
    out = []
    for g in groups:
        start, end = g[0][0], g[-1][1]
        # each piece's suggestion is an alternative fix; apply one: the last word's (the
        # adjective or participle agreeing with the noun), else the first word that has one
        fix = next((x for x in reversed(g) if x[2].get("aSuggestions")), None) if len(g) > 1 \
            else (g[0] if g[0][2].get("aSuggestions") else None)
        suggestion = None
        if fix is not None:
            suggestion = ctx.text[start:fix[0]] + fix[2]["aSuggestions"][0] + ctx.text[fix[1]:end]
        main = (fix or g[0])[2]
        message = main.get("sMessage", "").strip()
        others = (main.get("aSuggestions") or [])[1:4]
        if len(g) == 1 and others:
            message += " (autres : " + ", ".join(others) + ")"
        # a pair is one error seen from both words: a doubt on either side demotes it
        doubt = next((x[2]["doubt"] for x in g if x[2].get("doubt")), None)
        if doubt and not main.get("doubt"):  # (a word with a doubt of its own has it in its message)
            message = _doubtful(message, doubt)
        severity = "major" if any(a == "major" for *_, a in g) and not doubt else "minor"
        out.append(Candidate("MTA501", start, end, message, suggestion, severity, engine_name))
    return out


# -- lexicon features -----------------------------------------------------------------------------

def _children(toks):
    kids: dict = {}
    for t in toks:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    return kids


def _subject_number(tok, kids, dets):
    low = _norm(tok.text)
    if tok.pos == "PRON":
        if low in SINGULAR_HEADS:
            return "s"
        return PRON_NUMBER.get(low)
    if tok.lemma in COLLECTIVE or low in COLLECTIVE:
        return None
    mine = kids.get(tok.i, [])
    if any(k.dep == "conj" for k in mine) or any(k.dep == "cc" for k in mine):
        return None
    det_n = None
    for k in mine:
        if k.dep == "det" and _norm(k.text) in dets:
            det_n = dets[_norm(k.text)]["number"]
            if det_n not in ("s", "p"):
                det_n = None
    if tok.pos == "PROPN" or tok.text[:1].isupper():
        return det_n
    noun_n = SPACY_NUMBER.get(tok.feat("Number"))
    if noun_n == "s" and tok.text.lower().endswith(("s", "x", "z")):
        noun_n = None  # pays, poids, prix: invariable, spaCy guesses
    if det_n and noun_n and det_n != noun_n:
        return None
    return det_n or noun_n


def _verb_number(verb):
    """spaCy's number for a finite verb, unless the spelling contradicts it."""
    n = SPACY_NUMBER.get(verb.feat("Number"))
    low = verb.text.lower()
    plural_form = low.endswith(("ent", "ont")) and not low.endswith(("ient", "ment"))
    if n == "p" and not low.endswith("nt") and not low.endswith(("ons", "ez", "mes", "tes")):
        return None
    if n == "s" and plural_form:
        return None
    return n


def subject_verb_checks(ctx) -> list[Candidate]:
    """Fallback engine: a subject and its finite verb with different numbers (plain order)."""
    dets = determiners(ctx)
    by_form, by_key = auxiliaries(ctx)
    out = []
    for _sent, toks in sentences(ctx):
        kids = _children(toks)
        index = {t.i: n for n, t in enumerate(toks)}
        for s in toks:
            if s.dep not in ("nsubj", "nsubj:pass") or s.head not in index or s.head <= s.i:
                continue
            head = toks[index[s.head]]
            finite = [k for k in kids.get(head.i, []) if k.dep in ("aux", "aux:tense", "aux:pass", "cop")
                      and "VerbForm=Fin" in k.morph and k.i > s.i]
            verb = finite[0] if finite else (head if "VerbForm=Fin" in head.morph else None)
            if verb is None or verb.i - s.i > 6:
                continue
            between = toks[index[s.i] + 1:index[verb.i]]
            if any(b.pos == "PUNCT" or _norm(b.text) in ("qui", "que", "qu'") for b in between):
                continue
            v_num = _verb_number(verb)
            if verb.feat("Person") in ("1", "2") and s.pos != "PRON":
                continue
            s_num = _subject_number(s, kids, dets)
            if not v_num or not s_num or v_num == s_num:
                continue
            first = min([s] + [k for k in kids.get(s.i, []) if k.dep == "det"], key=lambda t: t.i)
            before = toks[index[first.i] - 1] if index[first.i] > 0 else None
            if before is not None and (before.pos not in ("PUNCT", "CCONJ", "SCONJ", "ADV")
                                       or _norm(before.text) in COORD):
                continue  # the subject does not open its clause, or is a conjunct: the parse may be wrong
            suggestion = None
            row = by_form.get(verb.text.lower())
            if row and row["number"] in ("s", "p"):
                other = by_key.get((row["lemma"], row["person"], s_num, row["tense"]))
                if other:
                    span_toks = toks[index[first.i]:index[verb.i] + 1]
                    suggestion = _rebuild(ctx, span_toks, {verb.i: other})
            out.append(Candidate(
                "MTA501", first.start, verb.end,
                _("Subject-verb agreement: the subject « {subject} » is {subject_number} but « {verb} » is "
                  "{verb_number}.").format(subject=s.text, verb=verb.text,
                                           subject_number=_("singular") if s_num == "s" else _("plural"),
                                           verb_number=_("singular") if v_num == "s" else _("plural")),
                suggestion, "major", "spacy-agreement", 0.8))
    return out


# -- inverted subject of a reporting incise --------------------------------------------------------
