"""Grammar and agreement (MTA501-MTA504): Grammalecte when installed, spaCy agreement otherwise,
plus lexicon checks for what machine translation typically breaks. See _grammar.py."""
from __future__ import annotations

from ..detect.rule import Rule, bad, good
from ._grammar import analyse, prefetch


class _GrammarRule(Rule):
    category = "grammar"
    mqm = "Fluency/Grammar"

    def prefetch(self, ctx):
        """Work that needs no spaCy analysis (Grammalecte's parse), run ahead beside it."""
        prefetch(ctx)

    def check(self, ctx):
        for c in analyse(ctx):
            if c.rule == self.id:
                yield self.finding(ctx, c.start, c.end, c.message, suggestion=c.suggestion,
                                   severity=c.severity, confidence=c.confidence, engine=c.engine)


class GrammarChecker(_GrammarRule):
    id = "MTA501"
    slug = "grammar-checker"
    name = "Grammar and agreement (Grammalecte)"
    severity = "major"
    what = """Runs the French grammar checker Grammalecte on every line and reports its grammar
    findings: agreement in gender and number, subject-verb agreement, past participles,
    infinitive/participle confusions (major), and homophone confusions, moods, elision and set
    phrases (minor). Its typographic rules (non-breaking spaces, apostrophes, capitals...) are off
    for plain text and its noisy rules are dropped, as listed in data/grammalecte.tsv. The message
    and suggestions are Grammalecte's. Agreement findings get a second opinion from spaCy's parse:
    when the word they agree with is a code, a letter, a number, a date word, an acronym or a name
    ("la E 94"), they are dropped; when the flagged word is a noun beside a noun (apposition), or an
    adjective that can agree with the head noun of the phrase instead of its complement ("des
    visseuses sans fil industrielles"), or spaCy finds another subject that agrees, or an
    "infinitive expected" finding falls on a word the parse reads as an adjective or a participle of
    a noun ("quelque chose de cassé"), they are kept as minor with the doubt in the message. When Grammalecte is not installed, a spaCy fallback checks
    subject-verb number agreement (engine "spacy-agreement"); the report's engines say which ran."""
    why = """Machine translation carries English agreement into French: an adjective keeps the
    gender of the English word's usual translation, a verb agrees with the nearest noun. Readers
    see these slips at once, and they mark the text as unrevised."""
    example = "Les ministres a déclaré que la guerre continuait. → Les ministres ont déclaré…"
    examples_bad = [
        bad("Les ministres a déclaré que la guerre continuait.", suggestion=None),
        bad("Les soldats ukrainiens était épuisés après la bataille."),
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
        good("Le groupe TF1 a dit que la chaîne BFM DE ne pouvait pas diffuser le match."),
    ]


class NounPhraseAgreement(_GrammarRule):
    id = "MTA502"
    slug = "noun-phrase-agreement"
    name = "Gender or number clash inside a noun phrase"
    severity = "major"
    what = """Reads each noun phrase (a determiner, then adjectives, one noun, adjectives and past
    participles) and looks up the genders and numbers every word can carry in Grammalecte's
    dictionary (spaCy's morphology without it). When no gender or no number fits all the words, the
    words that break the majority are reported, with the inflected form when the dictionary has it.
    A post-nominal adjective that may agree with a governing noun ("la force de la coalition
    déployée") or with coordinated nouns ("un ciel et une mer sûrs", or nouns the parse coordinates)
    is left alone, and so is a participle the parse reads as the verb ("a une nouvelle fois été
    prolongé")."""
    why = """Machine translation assembles French noun phrases word by word from English, where
    adjectives do not inflect: "a strong Ukrainian military" becomes "une forte militaire
    ukrainien". A grammar checker that expects a well-formed phrase can miss such clashes."""
    example = "une forte militaire ukrainien → (une armée ukrainienne forte)"
    examples_bad = [
        bad("Ils veulent une paix durable et une forte militaire ukrainien.", "une forte militaire ukrainien"),
        bad("Ils réclament une paix sur terre et une aide militaire américain.",
            "une aide militaire américain"),
        bad("Ils ont promis des livraisons d'armes et une aide financier.", "une aide financier"),
    ]
    examples_good = [
        good("Les alliés veulent une armée ukrainienne forte."),
        good("Ils réclament une paix sur terre et une aide militaire américaine."),
        good("Ils ont promis des livraisons d'armes et une aide financière."),
        good("La force de la coalition déployée en Ukraine reste modeste."),
        good("Ils veulent un ciel et une mer sûrs."),
        good("Son armée et son histoire sont anciennes."),
        good("Le président Macron a reçu les ministres européens."),
        good("Le délai a une nouvelle fois été prolongé."),
        good("Le rendu est d'une netteté et d'une précision étonnantes."),
    ]


class InvertedSubjectAgreement(_GrammarRule):
    id = "MTA503"
    slug = "inverted-subject-agreement"
    name = "Verb of an incise does not agree with its inverted subject"
    severity = "major"
    what = """Finds reporting incises (« … », a déclaré X / …, ont ajouté les responsables) where
    the subject follows the verb, and checks their numbers: "l'un des responsables", "chacun des
    ministres", a name or a singular noun phrase takes a singular verb; a plural determiner takes a
    plural one. Coordinated subjects and collective nouns are left alone, and so is a verb whose
    subject the dependency parse finds on its left ("Le patron, un ancien ministre, a expliqué les
    raisons": an apposition between commas, then a plain object). Verbs of saying are listed
    in data/reporting_verbs.txt."""
    why = """The English "said one of the officials" ends with a plural noun, and machine translation
    agrees the French verb with it: "ont déclaré l'un des responsables". Grammar checkers rarely look
    for the subject after the verb."""
    example = "», ont déclaré l’un des responsables. → », a déclaré l’un des responsables."
    examples_bad = [
        bad("« Rien n'est décidé », ont déclaré l'un des responsables.",
            "ont déclaré l'un des responsables", suggestion="a déclaré l'un des responsables"),
        bad("« Nous sommes prêts », a ajouté les ministres européens.",
            suggestion="ont ajouté les ministres européens"),
        bad("La guerre continuera, ont affirmé le porte-parole du gouvernement.",
            "ont affirmé le porte-parole"),
    ]
    examples_good = [
        good("« Rien n'est décidé », a déclaré l'un des responsables."),
        good("« Nous sommes prêts », ont ajouté les ministres européens."),
        good("« Nous sommes prêts », ont déclaré le ministre et son homologue."),
        good("« C'est une étape importante », a-t-il déclaré."),
        good("« Nous verrons », a déclaré Kaja Kallas aux journalistes."),
        good("Le patron de l'entreprise, un ancien ministre, a expliqué les raisons de son départ."),
    ]


class AuxiliaryOrReflexive(_GrammarRule):
    id = "MTA504"
    slug = "wrong-auxiliary-or-reflexive"
    name = "Wrong auxiliary or needless reflexive"
    severity = "major"
    what = """Finds verbs built with an auxiliary or a reflexive pronoun they do not take, from the
    lexicon data/verb_usage.tsv matched on lemmas: "se sont convenues de" (convenir de is not
    pronominal), "sont démissionné" (takes avoir), "a décédé" (takes être). The suggestion rewrites
    the verb group with the right auxiliary."""
    why = """Machine translation maps "have agreed", "have resigned" word for word and guesses the
    auxiliary or adds a reflexive by analogy with nearby verbs; the result is ungrammatical French."""
    example = "les deux parties ne se sont pas officiellement convenues des conditions → n’ont pas officiellement convenu"
    examples_bad = [
        bad("Les deux parties ne se sont pas officiellement convenues des conditions.",
            "ne se sont pas officiellement convenues", suggestion="n'ont pas officiellement convenu"),
        bad("Le ministre est démissionné la semaine dernière.", "est démissionné",
            suggestion="a démissionné"),
        bad("Le président a décédé hier.", "a décédé", suggestion="est décédé"),
    ]
    examples_good = [
        good("Les deux parties n'ont pas officiellement convenu des conditions."),
        good("Les deux parties sont convenues de se revoir."),
        good("Ces deux couleurs se sont toujours bien convenu."),
        good("Le ministre a démissionné la semaine dernière."),
        good("Le président est décédé hier."),
        good("Les combats se sont poursuivis."),
    ]
