"""MTA202 name-wrong-for-role: a name that does not fit the role written next to it."""
from __future__ import annotations

from ...detect.rule import bad, good
from .people import NameRule


class RoleHolderName(NameRule):
    id = "MTA202"
    slug = "name-wrong-for-role"
    name = "Name does not fit the role next to it"
    kind = "role"
    what = """Reads the role written next to a name ("le président français", "le secrétaire général de
    l'OTAN", "la présidente de la Commission européenne", "le chancelier allemand") and flags the name
    when it is not a known holder of that role but is close to one (data/roles.tsv, people.tsv)."""
    why = """The role tells who is meant: "le secrétaire général de l'OTAN, Mark Latte" can only be Mark
    Rutte. A corrupted name in that position is a factual error the reader cannot repair."""
    example = "le secrétaire général de l'OTAN, Mark Latte → le secrétaire général de l'OTAN, Mark Rutte"
    examples_bad = [
        bad("Le secrétaire général de l'OTAN, Mark Latte, a assisté aux consultations.", "Mark Latte",
            suggestion="Mark Rutte"),
        bad("Le président français, Emmanuel Macaron, a appelé au calme.", "Emmanuel Macaron",
            suggestion="Emmanuel Macron"),
        bad("La présidente de la Commission européenne, Ursula von der Leyden, était présente.",
            "Ursula von der Leyden", suggestion="Ursula von der Leyen"),
        bad("Le chancelier allemand Olaf Scholtz a défendu son budget.", "Olaf Scholtz",
            suggestion="Olaf Scholz"),
        bad("Le ministre russe des Affaires étrangères, Sergueï Lavrok, a répondu.", "Sergueï Lavrok",
            suggestion="Sergueï Lavrov"),
    ]
    examples_good = [
        good("Le secrétaire général de l'OTAN, Mark Rutte, a assisté aux consultations."),
        good("Le ministre russe des Affaires étrangères, Sergueï Lavrov, a déclaré le 12 mars que..."),
        good("Le ministre finlandais de la Défense, Jussi Niinistö, était présent en 2016."),
        good("Le président de la fédération, Jean Dupont, a démissionné."),
        good("Le président élu des États-Unis, Donald Trump, a réagi."),
        good("Le secrétaire britannique à la Défense, John Healey, a dirigé le sommet."),
    ]
