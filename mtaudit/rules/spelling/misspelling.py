"""MTA510 misspelling: lower-case words no French dictionary knows (analysis.py finds them)."""
from __future__ import annotations

from ...detect.rule import bad, good
from .analysis import SpellingRule


class Misspelling(SpellingRule):
    id = "MTA510"
    slug = "misspelling"
    name = "Misspelt word"
    what = """Reports lower-case words that the French dictionary does not know (Grammalecte's
    speller, or the hunspell French word list and wordfreq without it), with the speller's
    suggestions. Left alone: acronyms, words with digits or inner capitals, addresses and hashtags,
    English words (the untranslated rules report those), words common in French web text, prefixed
    compounds of known words (hyphenated, or glued after a productive prefix: "réélectrification"),
    quotations mostly in another language (« Guten Tag, liebes Glück »), words a menu label's keyboard
    accelerator splits that are known without it (« réc&ents »), and everything in the
    allow-lists (data/allow.txt, the user's files, the names of the knowledge base)."""
    why = """Machine translation seldom invents words, so an unknown word often marks a garbled
    source, a typo carried over or a half-translated term; a reader stops on it."""
    example = "Le gouvernemnt a démissionné. → gouvernement"
    examples_bad = [
        bad("Le gouvernemnt a présenté sa démission.", "gouvernemnt", suggestion="gouvernement"),
        bad("Une réunnion est prévue jeudi.", "réunnion", suggestion="réunion"),
        bad("Le ministre a dit « nous allons gérer la sittuation » hier.", "sittuation"),
        bad("Ouvrir les fichiers réc&entts.", "entts"),  # not a word without its accelerator either
    ]
    examples_good = [
        good("Le gouvernement a présenté sa démission."),
        good("Ouvrir les fichiers réc&ents."),  # a keyboard accelerator inside a menu label's word
        good("Les lanceurs d'alerte pro-russes dénoncent une cyberattaque."),
        good("L'OTAN et l'IISS publient leurs chiffres sur www.iiss.org et #défense."),
        good("Le mot « week-end » et le nouveau leader du marché."),
        good("Les mégabassines et la covid-19 restent au cœur du débat."),
        good("La réélectrification de la ligne et la géolocalisation des trains avancent."),
        good("Elle a chanté « Schöne Grüße aus Wien » devant un public conquis."),
    ]
