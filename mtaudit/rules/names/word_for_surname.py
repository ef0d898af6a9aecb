"""MTA203 name-surname-is-common-word: a surname replaced by an ordinary French word."""
from __future__ import annotations

from ...detect.rule import bad, good
from .people import NameRule


class WordForSurname(NameRule):
    id = "MTA203"
    slug = "name-surname-is-common-word"
    name = "Surname replaced by an ordinary word"
    kind = "word"
    what = """Flags a First Last name whose surname is an ordinary French word (wordfreq frequency,
    Hunspell lower-case entry when installed) resembling the surname of a known person with the
    same first name ("Mark Latte" for Mark Rutte)."""
    why = """Translation engines sometimes "translate" a surname into a common word that looks like it;
    the result reads as a real but wrong name."""
    example = "Mark Latte a assisté aux réunions. → Mark Rutte a assisté aux réunions."
    examples_bad = [
        bad("Mark Latte a assisté à des consultations en leadership.", "Mark Latte", suggestion="Mark Rutte"),
        bad("Hier, Donald Trompe a signé un décret.", "Donald Trompe", suggestion="Donald Trump"),
    ]
    examples_good = [
        good("Mark Rutte a assisté à des consultations en leadership."),
        good("Le chef Marc Veyrat a ouvert un restaurant."),
        good("Donald Tusk a rencontré Donald Trump."),
    ]
