"""MTA201 name-near-known-person: a name one or two letters from a known person's."""
from __future__ import annotations

from ...detect.rule import bad, good
from .people import NameRule


class NearKnownPerson(NameRule):
    id = "MTA201"
    slug = "name-near-known-person"
    name = "Name close to a known person"
    kind = "near"
    what = """Finds a First Last name that is not in the people knowledge base (data/people.tsv) but
    has the first name of a known person and a surname one or two letters away from theirs
    ("Emmanuel Macaron"), or a known surname with a misspelt first name ("Emanuel Macron")."""
    why = """Machine translation and OCR mangle proper names; a near-miss of a famous name is almost
    always a corruption, and a wrong name misinforms the reader about who said or did what."""
    example = "Emmanuel Macaron a reçu Olaf Scholz. → Emmanuel Macron a reçu Olaf Scholz."
    examples_bad = [
        bad("Lundi, Emmanuel Macaron a reçu les dirigeants européens à l'Élysée.", "Emmanuel Macaron",
            suggestion="Emmanuel Macron"),
        bad("Selon Olaf Scholtz, l'aide militaire se poursuivra.", "Olaf Scholtz", suggestion="Olaf Scholz"),
        bad("Une rencontre entre Antony Blinkin et Wang Yi est prévue.", "Antony Blinkin",
            suggestion="Antony Blinken"),
        bad("Emanuel Macron s'est exprimé hier soir.", "Emanuel Macron", suggestion="Emmanuel Macron"),
    ]
    examples_good = [
        good("Emmanuel Macron a reçu Olaf Scholz à Paris."),
        good("Sergueï Lavrov et Vladimir Zelensky ont tous deux réagi."),
        good("Selon Ben Barry, chercheur à l'IISS, la mission est faisable."),
        good("Le journaliste Richard Milne écrit depuis Oslo."),
        good("Emmanuel Todd a publié un nouvel essai."),
        good("La République de San Marin a adopté son budget."),
    ]
