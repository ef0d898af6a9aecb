"""MTA502 noun-phrase-agreement: gender or number clashes inside a noun phrase, from the lexicon."""
from __future__ import annotations

import re

from ...detect.rule import bad, good
from ...i18n import _, data_text
from .analysis import (COMPLEMENT, COORD, Candidate, GrammarRule, Lexicon, _doubtful, _is_participle, _norm,
                       _rebuild, classifier_noun, register_usage, sentences)


class NounPhraseAgreement(GrammarRule):
    id = "MTA502"
    slug = "noun-phrase-agreement"
    name = "Gender or number clash inside a noun phrase"
    severity = "major"
    what = """Reads each noun phrase (a determiner, then adjectives, one noun, adjectives and past
    participles) and looks up the genders and numbers every word can carry in Grammalecte's
    dictionary (spaCy's morphology without it). When no gender or no number fits all the words, the
    words that break the majority are reported, with the inflected form when the dictionary has it.
    A post-nominal adjective that may agree with a governing noun ("la force de la coalition
    déployée", up a chain of complements with « de » or « à »: "le chiffre d'affaires des filiales
    publié", "la mise à jour du système terminée"; a complement opening with « à » and a determiner,
    "Tableau à une dimension attendu", or past « tous », "Réenregistrement de tous les documents forcé"; a past
    participle followed by its complement's preposition, after a phrase opened by « pour », may agree with the noun
    right before « pour »: « un cadriciel pour les objets concurrents basé sur les acteurs ») or with
    coordinated nouns ("un ciel et une mer sûrs", or nouns the parse coordinates) is left alone, and
    so is a participle the parse reads as the verb ("a une nouvelle fois été prolongé"); "une fois"
    followed by a participle is "once" ("une fois élu"), "à la fois" is "both" ("à la fois beau et
    utile"), and after a number of times the adjective is the noun's before ("une force plusieurs fois
    supérieure"). Singular adjectives coordinated to name one
    each of a plural noun are left alone: after a definite or possessive determiner (« des » after a noun is
    « de les »: "l'emplacement des ancien et nouveau noms"; "les armées
    française et britannique", "les canaux rouge, vert et bleu", "vos ancienne et nouvelle instances"), or with a determiner each
    ("l'ancien et le nouveau règlements"), and so are singular nouns coordinated after a plural
    determiner, one each, the last maybe a plural noun (« les nom et prénom », « aux largeur et hauteur
    spécifiées », « vos nom et prénoms »), a noun maybe with its complement (« vos nom d'utilisateur et mot de
    passe »); so is a word
    repeated after "à" ("des applications
    pair à pair", "des tubes bout à bout"), a locution that does not inflect; quotes and the
    placeholder they hold are read past on the way to the governing noun ("Commande « %s » du menu
    inconnue"), a label's first word is its noun when the dictionary has one, though the parse reads
    a participle ("Identifiant de l'entité envoyé au fournisseur"), and so is a list item's (« — arithmétique des
    entiers exacte »), a kind before the capitalised name set after it
    heads the chain (« le menu Options des fichiers situé »), a word the dictionary has as a participle and,
    apart, as a noun, before a noun of another number, is that noun with a noun modifier (« ces raccourcis
    clavier »), and « au moins », « au plus » are
    adverbs, no phrase, as is « le plus » after a verb before an
    adjective with no noun (« où elles sont le plus larges »: a thing compared with itself, « le » invariable); after
    « avoir l'air » (« sembler ») the adjective may agree with the subject (« elles ont l'air fatiguées »); « tel que »
    names examples of a noun that may stand further back in the sentence, and agrees with it (« les données qui
    concernent l'état du matériel telles que la température »). A noun that data/gender_usage.tsv says a
    register writes with the other gender, in a text of that register (technical French: « à partir du même
    source »), is minor, with the register's note."""
    why = """Machine translation assembles French noun phrases word by word from English, where
    adjectives do not inflect: "a strong Ukrainian military" becomes "une forte militaire
    ukrainien". A grammar checker that expects a well-formed phrase can miss such clashes."""
    example = "une forte militaire ukrainien → (une armée ukrainienne forte)"
    examples_bad = [
        bad("Ils veulent une paix durable et une forte militaire ukrainien.", "une forte militaire ukrainien"),
        bad("Ils réclament une paix sur terre et une aide militaire américain.",
            "une aide militaire américain"),
        bad("Ils ont promis des livraisons d'armes et une aide financier.", "une aide financier"),
        # coordinated singular adjectives name one each only after a definite or possessive determiner
        bad("Nous vendons des chaussures confortable et élégante.", "des chaussures confortable"),
        bad("Nous vendons des chaussures confortable, belle et élégante.", "des chaussures confortable"),
        bad("La liste de tous les fichiers ouvert.", "les fichiers ouvert"),  # no noun up the chain agrees
        bad("Ce sont le plus grands arbres du parc.", "le plus grands arbres"),  # a noun after: « le » is its determiner
        # the label's noun is singular too
        bad("Identifiant de l’entité envoyées au fournisseur.", "l’entité envoyées"),
        # an adjective that agrees with none of the nouns it may depend on
        bad("Les résultats des élections législatives anticipée sont attendus.",
            "des élections législatives anticipée"),
        bad("L’air froids entre par la fenêtre.", "L’air froids"),  # no « avoir l'air »
        # a list item's first word is its noun: « arithmétique », feminine singular, agrees with neither
        bad("Fonctions :\n — arithmétique des entiers exact ;\n — pile apparente.", "des entiers exact"),
        bad("Il lit le fichier qui concerne l’état du matériel telles que la température.",
            "du matériel telles"),  # « telles que » with no noun before that it agrees with
    ]
    examples_good = [
        good("Les alliés veulent une armée ukrainienne forte."),
        good("Ils réclament une paix sur terre et une aide militaire américaine."),
        good("Ils ont promis des livraisons d'armes et une aide financière."),
        good("La force de la coalition déployée en Ukraine reste modeste."),
        good("Le chiffre d'affaires des filiales européennes publié hier est en baisse."),
        good("Tableau à une dimension attendu."),  # a complement with « à »
        good("Cette option affecte les canaux rouge, vert et bleu."),  # one each, in a list
        good("Réenregistrement de tous les documents forcé par l'administrateur."),  # past « tous »
        good("La mise à jour du système terminée, l'ordinateur redémarre."),  # « mise à jour »: a noun with « à »
        good("Une fois élu, le président a nommé son gouvernement."),
        good("Le texte, une fois adopté par le Sénat, entrera en vigueur."),
        good("Ce téléphone est à la fois beau et utile."),  # "both"
        good("Une attaque peut paralyser une force plusieurs fois supérieure."),  # "several times" stronger
        good("Ils veulent un ciel et une mer sûrs."),
        good("Son armée et son histoire sont anciennes."),
        good("Le président Macron a reçu les ministres européens."),
        good("Le délai a une nouvelle fois été prolongé."),
        good("Le rendu est d'une netteté et d'une précision étonnantes."),
        # singular adjectives coordinated to qualify a plural noun, one each
        good("Les armées française et britannique ont participé aux exercices."),
        good("Les premier et second tours ont eu lieu en mai."),
        good("Il compare l'ancien et le nouveau règlements."),
        good("Il inverse l'emplacement des ancien et nouveau noms."),  # « des »: « de les »
        good("Saisissez les nom et prénom du candidat."),  # singular nouns after a plural determiner, one each
        good("La fenêtre est redimensionnée aux largeur et hauteur spécifiées."),
        good("Les bords haut et bas de la fenêtre sont fixes."),
        good("Ajoutez des règles pour vos applications pair à pair."),  # a reduplicated locution
        good("Commande « %s » du menu inconnue"),  # the quotes and their placeholder read past
        good("%sDate du serveur inconnue"),  # a word glued to a placeholder is still the noun
        good("La valeur du champ est au moins égale à la valeur minimale."),  # « au moins »: an adverb
        good("Mesurer les hanches là où elles sont le plus larges."),  # « le plus »: invariable after a verb
        good("Identifiant de l’entité envoyé au fournisseur d’identité."),  # a label's first word is its noun
        good("Fonctions :\n — arithmétique des entiers exacte ;\n — pile apparente."),  # a list item's noun
        good("Mes photos et vidéos n’ont pas l’air normales."),  # « avoir l'air »: the subject's adjective
        good("Il lit les données qui concernent l’état du matériel telles que la température."),  # « telles que »
    ]

    @staticmethod
    def candidates(ctx, engine) -> list[Candidate]:
        return noun_phrase_checks(ctx, engine)


TIMES = {"une", "plusieurs", "maintes", "quelques", "deux", "trois", "dix", "cent", "mille"}  # ... fois + adjective
INTENSIFIERS = {"très", "plus", "moins", "si", "aussi", "trop", "assez", "bien", "tout", "toute",
                "fort", "particulièrement", "extrêmement", "relativement", "vraiment", "encore"}
CLITICS = {"le", "la", "l'", "les", "leur"}
LOCUTION_ADVERBS = {"moins", "plus", "mieux", "pire"}  # « au moins », « du moins », « au plus », « au mieux »
def noun_phrase_checks(ctx, engine) -> list[Candidate]:
    lex = Lexicon(ctx, engine)
    name = f"lexicon:{engine.name}" if engine else "spacy-agreement"
    register = register_usage(ctx)
    out = []
    for _, toks in sentences(ctx):
        i = 0
        while i < len(toks):
            chunk = _chunk(toks, i, lex, ctx.text)
            if chunk:
                cand = _check_chunk(ctx, toks, i, chunk, lex, engine, name, register)
                if cand:
                    out.append(cand)
                i += len(chunk[0])
            else:
                i += 1
    return out


def _chunk(toks, i, lex, text):
    """Members of the noun phrase opened by the determiner toks[i]: (tokens, roles, features)."""
    t = toks[i]
    if t.pos not in ("DET", "ADP") or _norm(t.text) not in lex.dets:
        return None
    if t.start > 0 and text[t.start - 1] in "-‑":
        return None  # the end of a compound ("bande-son")
    if _norm(t.text) in ("au", "du") and i + 1 < len(toks) and toks[i + 1].text.lower() in LOCUTION_ADVERBS:
        return None  # "au moins égale", "du moins": an adverb, no noun phrase
    if _adverbial_superlative(toks, i):
        return None  # « là où elles sont le plus larges »: « le plus » is an adverb, invariable
    feats = [lex.det(t, toks[i + 1] if i + 1 < len(toks) else None)]
    members, roles = [t], ["det"]
    nouns = 0
    j = i + 1
    while j < len(toks):
        u = toks[j]
        low = u.text.lower()
        if u.text[:1].isupper() or not u.text.isalpha() and "-" not in u.text:
            break
        if u.end < len(text) and text[u.end] == "-":
            break  # a piece of a compound spaCy split ("soi-disant")
        if u.pos == "ADV" and low in INTENSIFIERS and j + 1 < len(toks) and toks[j + 1].pos == "ADJ":
            j += 1
            continue
        if u.pos == "NOUN" and nouns == 0:
            if len(members) > 1 and members[-1].i == toks[j - 1].i and j + 1 < len(toks) \
                    and classifier_noun(lex, toks[j - 2], toks[j - 1], u, toks[j + 1]):
                break  # "les gays genre clichés": « genre » is used invariably, the phrase ends before it
            if len(members) == 2 and roles[-1] == "adj" and _participle_or_noun(lex, members[-1]) \
                    and feats[-1] and feats[0] and feats[-1][1] & feats[0][1] \
                    and (f := lex.word(u)) and not f[1] & feats[-1][1]:
                break  # « ces raccourcis clavier »: the participle the parse read is the noun, « clavier » its modifier
            role = "noun"
        elif u.pos == "ADJ" or (_is_participle(u) and (nouns or roles[-1] == "adj")):
            role = "adj"
        else:
            break
        if nouns and low in SUCH and _such_as(toks, j, lex, i):
            break  # « des méthodes basées sur une table telles que Wubi »: examples of a noun before the phrase
        if nouns and role == "adj" and _avoir_l_air(toks, i, members):
            break  # « elles ont l'air fatiguées »: « avoir l'air » is « sembler », the adjective the subject's
        if nouns and _norm(members[-1].text) == "fois" and (_norm(members[0].text) in TIMES or members[0].pos == "NUM" or (
                _norm(members[0].text) == "la" and i > 0 and _norm(toks[i - 1].text) == "à")):
            break  # "une fois élu" ("once elected"), "à la fois beau et utile" ("both"), "plusieurs fois supérieure"
            # (the adjective is the noun's before): not the phrase's
        if _is_participle(u) and _verbal(toks, u, members):
            break  # "a une nouvelle fois été prolongé": the participle is the verb, not in the phrase
        f = lex.word(u)
        if f is False:
            break
        if nouns and (low in lex.invariable or low[:-1] in lex.invariable):
            break  # apposition noun or invariable adjective ("un acteur clé", "une vie chic")
        if nouns and f and not lex.adjective(u):
            break  # a noun in apposition ("un acteur clé"), not an adjective
        if nouns and lex.engine is not None and lex.verb(u):
            break  # "le ciment sèche", "ce processus dure": more likely the verb than an adjective
        if j + 1 < len(toks) and toks[j + 1].pos == "DET":
            break  # "tout le temps": a predeterminer, not part of this phrase
        if nouns and j + 2 < len(toks) and toks[j + 1].text.lower() == "à" and toks[j + 2].text.lower() == low:
            break  # "des applications pair à pair", "des tubes bout à bout": a locution, invariable
        if nouns and j + 1 < len(toks) and toks[j + 1].pos == "NOUN" and not toks[j + 1].text[:1].isupper():
            break  # an adjective opening a locution ("des images haute résolution")
        members.append(u)
        roles.append(role if role == "noun" or nouns == 0 else "post")
        feats.append(f)
        if role == "noun":
            nouns += 1
        j += 1
    if len(members) < 2:
        return None
    return members, roles, feats


AVOIR_ADVERBS = {"pas", "plus", "jamais", "guère", "point", "bien", "vraiment", "toujours", "encore", "tout", "déjà",
                 "parfois", "souvent", "aussi", "même", "ne", "n'"}


SUCH = frozenset({"tel", "telle", "tels", "telles"})


def _such_as(toks, j, lex, opens) -> bool:
    """Is toks[j] « tel(le)(s) » before « que », agreeing with a noun of the sentence (toks) before the phrase
    that opens at toks[opens] (« des méthodes … basées sur une table telles que Wubi »)? « tel que » introduces
    examples of that noun, which may stand far before; with no such noun, the phrase's own is read."""
    if j + 1 >= len(toks) or _norm(toks[j + 1].text) not in ("que", "qu'"):
        return False
    mine = lex.word(toks[j])
    if not mine:
        return False
    for t in reversed(toks[max(0, opens - 30):opens]):
        if t.text == ";":
            break
        if t.pos == "NOUN" and (f := lex.word(t)) and f[0] & mine[0] and f[1] & mine[1]:
            return True
    return False


def _avoir_l_air(toks, i, members) -> bool:
    """Is the phrase « l'air » after a form of « avoir », adverbs between (« n'ont pas l'air »)? « Avoir l'air »
    then means « sembler », and the adjective after may agree with the subject (« elles ont l'air
    fatiguées »), not with « air »."""
    if len(members) != 2 or _norm(members[1].text) != "air" or _norm(members[0].text) not in ("l'", "le"):
        return False
    j = i - 1
    while j >= 0 and _norm(toks[j].text) in AVOIR_ADVERBS:
        j -= 1
    return j >= 0 and toks[j].lemma == "avoir" and toks[j].pos in ("VERB", "AUX")


def _participle_or_noun(lex, t) -> bool:
    """Does the dictionary read the word as a past participle and, apart, as a noun of its own
    (« raccourcis »: raccourcir's participle, and the noun « raccourci »)? Not an adjective that is
    also a noun (« les grandes »)."""
    readings = lex.readings(t.text)
    return any("Q" in r for r in readings) and any("N" in r and not r & {"Q", "A"} for r in readings)


def _adverbial_superlative(toks, i) -> bool:
    """« le plus », « le moins » after a verb and before an adjective with no noun after it: the
    superlative of a thing compared with itself, whose « le » does not inflect (« elles sont le plus
    larges ici »)."""
    if _norm(toks[i].text) != "le" or i == 0 or toks[i - 1].pos not in ("VERB", "AUX") or i + 2 >= len(toks):
        return False
    if toks[i + 1].text.lower() not in ("plus", "moins") or toks[i + 2].pos != "ADJ":
        return False
    return i + 3 >= len(toks) or toks[i + 3].pos != "NOUN"


def _verbal(toks, u, members) -> bool:
    """Does the parse read the participle u as a verb: with an auxiliary of its own, or governing
    the phrase's words ("une nouvelle fois" as an adverbial of "a ... dû")?"""
    near = {t.i: t for t in toks}
    if any(t.head == u.i and t.dep.startswith("aux") for t in toks if t.i < u.i):
        return True
    return any(m.head == u.i and m.dep.split(":")[0] in ("obl", "obj", "nsubj", "advmod") for m in members
               if m.i in near and m.pos == "NOUN")


def _conjoined_genders(toks, noun, lex) -> set:
    """Genders of the nouns coordinated with noun in the parse ("d'une netteté et d'une
    précision"), noun included; empty when it is not coordinated."""
    near = {t.i: t for t in toks}
    group = [t for t in toks if t.pos == "NOUN" and ((t.head == noun.i and t.dep == "conj")
                                                     or (noun.dep == "conj" and t.i == noun.head))]
    if noun.dep == "conj" and noun.head in near:
        group += [t for t in toks if t.head == noun.head and t.dep == "conj" and t.pos == "NOUN"]
    if not group:
        return set()
    genders = set()
    for t in [noun, *group]:
        f = lex.word(t)
        if f:
            genders |= f[0]
    return genders


DEFINITE_PLURAL = {"les", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "aux"}


def _singular_adjective(lex, t, genders) -> bool:
    """A singular adjective whose gender fits one of genders (or one the same in both numbers: "bas")."""
    f = lex.word(t) if t.pos in ("ADJ", "NOUN", "VERB") else None
    return bool(f) and "s" in f[1] and bool(f[0] & genders) and (t.pos == "ADJ" or lex.adjective(t))


def _singular_word(lex, t) -> bool:
    f = lex.word(t) if t.pos in ("NOUN", "ADJ") else None
    return bool(f) and f[1] == {"s"}


def coordinated_singulars(lex, toks, at: int) -> bool:
    """Is the singular word at `at` (an index into toks) the first of singular nouns or adjectives
    coordinated after a plural determiner, one each (« les nom et prénom », « aux largeur et hauteur
    spécifiées », « les position, rotation et échelle »)? The last may be a plural noun, several of it
    for each (« vos nom et prénoms »). A noun may take a complement with « de » and no determiner (« vos nom
    d'utilisateur et mot de passe »)."""
    j = _past_complement(toks, at + 1)
    while j + 1 < len(toks) and toks[j].text == "," and _singular_word(lex, toks[j + 1]):
        j = _past_complement(toks, j + 2)
    if j + 1 >= len(toks) or _norm(toks[j].text) not in COORD:
        return False
    last = toks[j + 1]
    return _singular_word(lex, last) or (last.pos == "NOUN" and bool(f := lex.word(last)) and f[1] == {"p"})


def _past_complement(toks, j: int) -> int:
    """The index after a complement with « de » and a noun with no determiner that starts at j (« d'utilisateur »,
    « de passe »); j when none does."""
    if j + 1 < len(toks) and _norm(toks[j].text) in ("de", "d'") and toks[j + 1].pos == "NOUN" \
            and not toks[j + 1].text[:1].isupper():
        return j + 2
    return j


def _distributive(toks, i, members, roles, feats, lex) -> list | None:
    """feats, with the number of the singular words freed where singular adjectives are coordinated
    to name one each of a plural noun: "les armées française et britannique" (or a list, "les canaux
    rouge, vert et bleu"), "vos ancienne et
    nouvelle instances" (a definite or possessive plural determiner, adjectives of the noun's
    gender), "l'ancien et le nouveau répertoires" (a determiner each). None when the phrase is the
    first half of such a pair, with no noun of its own. Not "des chaussures confortable et élégant"."""
    at = members[-1].i - toks[0].i  # toks: the sentence's tokens, in a row
    free = [(f[0], {"s", "p"}) if f else f for f in feats]
    last_singular = bool(feats[-1]) and feats[-1][1] == {"s"}
    definite = _norm(members[0].text) in DEFINITE_PLURAL or (  # « des » for « de les » after a noun
        _norm(members[0].text) == "des" and i > 0 and _complement(members[0], toks[i - 1]))
    if last_singular and definite and roles[-1] == "post" and "noun" in roles:
        # "les armées française | et britannique", "les canaux rouge | , vert et bleu": a list of them
        noun = feats[roles.index("noun")]
        j = at + 1
        while noun and j + 2 < len(toks) and toks[j].text == "," and _singular_adjective(lex, toks[j + 1], noun[0]):
            j += 2
        if noun and noun[1] == {"p"} and feats[-1][0] & noun[0] and j + 1 < len(toks) \
                and _norm(toks[j].text) in COORD and _singular_adjective(lex, toks[j + 1], noun[0]):
            return feats[:-1] + free[-1:]
    if last_singular and definite and roles[-1] == "adj" and "noun" not in roles and at + 3 < len(toks) \
            and _norm(toks[at + 1].text) in COORD:  # "vos ancienne | et nouvelle instances"
        noun = lex.word(toks[at + 3]) if toks[at + 3].pos == "NOUN" else None
        if noun and noun[1] == {"p"} and feats[-1][0] & noun[0] and _singular_adjective(lex, toks[at + 2], noun[0]):
            return None
    if last_singular and definite and len(members) == 2 and roles[-1] in ("noun", "adj") \
            and coordinated_singulars(lex, toks, at):  # « les nom | et prénom », « aux largeur | et hauteur »
        return free
    if "noun" in roles and i >= 2 and _norm(toks[i - 1].text) in COORD:  # "l'ancien et | le nouveau répertoires"
        n = roles.index("noun")
        noun = feats[n]
        if noun and noun[1] == {"p"} and roles[0] == "det" and feats[0] and feats[0][1] == {"s"} \
                and _singular_adjective(lex, toks[i - 2], noun[0]):
            return free[:n] + feats[n:]
    return feats


def _check_chunk(ctx, toks, i, chunk, lex, engine, engine_name, register):
    members, roles, feats = chunk
    if sum(1 for f in feats[1:] if f) == 0:
        return None
    feats = _distributive(toks, i, members, roles, feats, lex)
    if feats is None:
        return None
    prev = toks[i - 1] if i > 0 else None
    prev_low = _norm(prev.text) if prev else ""
    other_conjunct = _governor(toks, i - 1, lex) if prev_low in COORD else None
    opens = i  # « de tous les documents »: the complement opens before the predeterminer
    if prev_low in PREDETERMINERS and i > 1:
        opens, prev = i - 1, toks[i - 2]
    governors = _governors(toks, opens, lex) if _complement(members[0], prev, toks[opens - 2] if opens > 1 else None) else []
    purpose = _purpose_governor(toks, opens, lex) if prev_low == "pour" else None
    active = []
    for m, role, f in zip(members, roles, feats):
        if not f:
            continue
        if role == "post" and purpose and f[0] & purpose[0] and f[1] & purpose[1] \
                and _participle_with_complement(m, _word_after(toks, m), lex):
            continue  # « un cadriciel pour les objets concurrents basé sur les acteurs »: the participle is the noun's before
        if role == "post" and other_conjunct and "p" in f[1] and f[0] & other_conjunct[0]:
            continue  # may agree with coordinated nouns ("un ciel et une mer sûrs")
        if role == "post" and any(f[0] & g[0] and f[1] & g[1] for g in governors):
            continue  # may agree with a governing noun ("la force de la coalition déployée")
        if role == "post" and "p" in f[1] and any(r == "noun" and f[0] & _conjoined_genders(toks, x, lex)
                                                   for x, r in zip(members, roles)):
            continue  # may agree with nouns coordinated in the parse ("d'une netteté et d'une précision étonnantes")
        active.append((m, role, f))
    if len(active) < 2:
        return None
    if _norm(members[0].text) in CLITICS and len(members) > 1 and lex.verb(members[1]):
        return None  # "la ceinture les garde": a pronoun before a verb, not a determiner
    genders = set.intersection(*(f[0] for _, _, f in active))
    numbers = set.intersection(*(f[1] for _, _, f in active))
    if genders and numbers:
        return None
    start, end = members[0].start, members[-1].end
    # the value most of the phrase (the noun first) agrees on, and the words that break it
    target_g = _target(active, 0) if not genders else None
    target_n = _target(active, 1) if not numbers else None
    phrase_g = next(iter(genders)) if len(genders) == 1 else target_g
    phrase_n = next(iter(numbers)) if len(numbers) == 1 else target_n
    wrong = [(m, role) for m, role, f in active
             if (target_g and target_g not in f[0]) or (target_n and target_n not in f[1])]
    if len(wrong) == len(active):
        return None
    gname = {"m": _("masculine"), "f": _("feminine")}
    nname = {"s": _("singular"), "p": _("plural")}
    if wrong and (target_g or target_n):
        what = " ".join(x for x in (gname.get(target_g), nname.get(target_n)) if x)
        message = _("Agreement in the noun phrase: {words} does not agree with the rest of the phrase, which is "
                    "{what}.").format(words=", ".join("« " + m.text + " »" for m, _w in wrong), what=what)
    elif not genders and not numbers:
        message = _("Agreement in the noun phrase: its words do not agree in gender and number.")
    elif not genders:
        message = _("Agreement in the noun phrase: its words do not agree in gender.")
    else:
        message = _("Agreement in the noun phrase: its words do not agree in number.")
    suggestion = None
    if engine is not None and wrong and all(role != "det" for _, role in wrong):
        replace = {}
        for m, _f in wrong:
            forms = engine.inflect(m.text, phrase_g, phrase_n or "s") if phrase_g else \
                engine.inflect(m.text, None, phrase_n) if phrase_n else []
            if not forms:
                replace = None
                break
            replace[m.i] = forms[0]
        if replace:
            suggestion = _rebuild(ctx, members, replace)
    doubt = _register_doubt(active, genders, numbers, register)
    if doubt:
        return Candidate("MTA502", start, end, _doubtful(message, doubt), suggestion, "minor", engine_name)
    return Candidate("MTA502", start, end, message, suggestion, None, engine_name)


GENDERS = {"masculin": "m", "féminin": "f"}


def _register_doubt(active, genders, numbers, register) -> str | None:
    """The note of data/gender_usage.tsv when the phrase's noun is one its register writes with the other gender
    and, so read, the phrase agrees (« à partir du même source », technical French): else None."""
    if genders or not numbers:
        return None
    for m, role, _f in active:
        if role == "noun" and _norm(m.text) in register:
            gender, note = register[_norm(m.text)]
            fits = set.intersection(*({GENDERS[gender]} if x is m else f[0] for x, _r, f in active))
            return data_text(note) if fits else None
    return None


def _target(active, k):
    """The gender (k=0) or number (k=1) the phrase agrees on: the noun's, else the majority's."""
    for _, role, f in active:
        if role == "noun" and len(f[k]) == 1:
            return next(iter(f[k]))
    votes: dict = {}
    for _, role, f in active:
        if len(f[k]) == 1:
            v = next(iter(f[k]))
            votes[v] = votes.get(v, 0) + (1.5 if role == "det" else 1)
    if not votes:
        return None
    best = sorted(votes.items(), key=lambda kv: -kv[1])
    if len(best) > 1 and best[0][1] == best[1][1]:
        return None
    return best[0][0]


def _complement(det, prev, before=None) -> bool:
    """Does the phrase opened by det complement a noun before it: "de", "du", "des" after a noun
    ("Déchiffrement des données", where the parse may call « des » a determiner), "au", "aux", « à » and
    a determiner right after a noun (« Tableau à une dimension attendu »)."""
    low = _norm(det.text)
    if low in ("du", "des", "au", "aux") and det.pos == "ADP":
        return True
    if prev is None:
        return False
    if _norm(prev.text) == "à" and before is not None and before.pos == "NOUN":
        return True
    return _norm(prev.text) in ("de", "d'") or low in ("du", "des") and prev.pos in ("NOUN", "PROPN")


PREDETERMINERS = frozenset({"tous", "toutes"})  # « de tous les documents »


def _governors(toks, i, lex, depth: int = 3) -> list:
    """Features of the nouns a "de" complement opening at toks[i] may depend on: the nearest noun
    before it, and up the chain of complements ("Informations d'identification de l'utilisateur
    expirées": « identification », then « Informations »; « mise à jour du système terminée »:
    « jour », then « mise »)."""
    out = []
    while depth:
        j = _noun_before(toks, i, lex)
        if j is None:
            break
        out.append(_noun_features(lex, toks[j]) if toks[j].pos in ("NOUN", "PROPN") else _label_features(lex, toks[j]))
        if j > 0 and toks[j].text[:1].isupper() and toks[j - 1].pos == "NOUN" and toks[j - 1].text[:1].islower():
            j -= 1  # a name set after its kind (« le menu Options des fichiers situé »): the kind is the head
            out.append(_noun_features(lex, toks[j]))
        k = j  # back over the noun's determiner and adjectives, to the word that opens its phrase
        while k > 0 and toks[k - 1].pos in ("DET", "ADJ") and _norm(toks[k - 1].text) not in ("du", "des"):
            k -= 1
        if k == 0 or not (_norm(toks[k - 1].text) in ("de", "d'", "à")  # « mise à jour », « machine à laver »
                          or _complement(toks[k - 1], toks[k - 2] if k > 1 else None)):
            break
        i, depth = k - 1, depth - 1
    return out


def _purpose_governor(toks, i, lex):
    """Features of the noun right before « pour » (toks[i - 1]) whose complement opens at toks[i] (« un cadriciel pour
    les objets »), or None."""
    j = _noun_before(toks, i - 1, lex)
    return None if j is None or j != i - 2 else _noun_features(lex, toks[j])


PARTICIPLE_COMPLEMENTS = frozenset({"sur", "par", "en", "pour", "avec", "dans", "à"})


def _participle_with_complement(m, after, lex) -> bool:
    """Is m a past participle (by the parse or the dictionary) followed (after) by the preposition of its complement
    (« basé sur », « piloté par »)?"""
    participle = ("VerbForm=Part" in m.morph and "Tense=Past" in m.morph) or any("Q" in r for r in lex.readings(m.text))
    return participle and after is not None and _norm(after.text) in PARTICIPLE_COMPLEMENTS


def _word_after(toks, m):
    """The token after m in toks (a sentence's tokens: m.i counts from the text's start)."""
    return next((toks[k + 1] for k in range(len(toks) - 1) if toks[k] is m), None)


def _governor(toks, i, lex):
    """Features of the nearest noun before toks[i] (the noun a "de" complement depends on, or the
    other conjunct of a coordination)."""
    j = _noun_before(toks, i, lex)
    return None if j is None else _noun_features(lex, toks[j])


_QUOTED_CODE = re.compile(r"[«»\"“”‘’]|%(?:\d+\$?)?[A-Za-z]?|\{\w*\}?|\w*\}")  # not "%sDate": a word glued


def _placeholder_token(toks, j) -> bool:
    """Is toks[j] a quote or a placeholder, or a piece of one the parse split ("%" and "s" of "%s"; not
    "%" before a glued word, "%sDate")?"""
    t = toks[j]
    glued_after = j + 1 < len(toks) and toks[j + 1].start == t.end and toks[j + 1].text.isalpha()
    if t.text == "%":
        return not glued_after or len(toks[j + 1].text) <= 2
    if j and toks[j - 1].text == "%" and toks[j - 1].end == t.start:
        return len(t.text) <= 2  # printf's conversion letters ("s", "ld")
    return bool(_QUOTED_CODE.fullmatch(t.text))


def _noun_before(toks, i, lex=None) -> int | None:
    """Index of the nearest noun or proper noun within 5 tokens before toks[i]; the search stops at
    a verb, punctuation, a conjunction or a pronoun. Quotes and the placeholder they hold are read
    past ("Commande « %s » du menu inconnue": « Commande »). A label's first word, which the parse
    may read as a participle, is its noun when the dictionary has one (_label_head)."""
    seen, j = 0, i - 1
    while j >= 0 and seen < 5:
        if _placeholder_token(toks, j):
            j -= 1  # a quote, a placeholder ("%s", which the parse may split)
            continue
        if toks[j].pos in ("NOUN", "PROPN") or _label_head(toks, j, lex):
            return j
        if toks[j].pos in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"):
            return None
        seen, j = seen + 1, j - 1
    return None


LIST_MARKERS = frozenset("-–—•*·")  # a list item's mark, before its first word


def _label_head(toks, j, lex) -> bool:
    """Does toks[j] open its line or its list item, before « de » (« du », « des »), with a reading as a noun in
    the dictionary, though the parse read it as a verb or an adjective? A label or an item has no determiner
    (« Identifiant de l'entité envoyé au fournisseur »: the identifier is sent; « — arithmétique des entiers
    exacte »), and its first word may be a present participle too."""
    if lex is None or lex.engine is None or toks[j].pos not in ("VERB", "ADJ"):
        return False
    if j + 1 >= len(toks) or _norm(toks[j + 1].text) not in COMPLEMENT:
        return False
    k = j - 1 if j and toks[j - 1].text in LIST_MARKERS else j
    if k and "\n" not in toks[k - 1].text:
        return False
    return any("N" in r for r in lex.readings(toks[j].text))


def _label_features(lex, t):
    """A label's first word read as the noun (« arithmétique »: the feminine noun, not the adjective of either gender)."""
    nouns = [r for r in lex.readings(t.text) if "N" in r]
    genders = {g for r in nouns for g in ("m", "f") if g in r or "e" in r}
    numbers = {n for r in nouns for n in ("s", "p") if n in r or "i" in r}
    return (genders or {"m", "f"}), (numbers or {"s", "p"})


def _noun_features(lex, t):
    """A noun's genders and numbers from the lexicon; any, for a proper noun or an unknown word."""
    return (lex.word(t) if t.pos in ("NOUN", "VERB", "ADJ") else None) or ({"m", "f"}, {"s", "p"})


# -- subject-verb (spaCy) -------------------------------------------------------------------------
