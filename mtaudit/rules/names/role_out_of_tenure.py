"""MTA204 role-out-of-tenure: a person named in a role they did not hold at the article's date."""
from __future__ import annotations

from ...detect.rule import bad, good
from .people import NameRule


class RoleOutOfTenure(NameRule):
    id = "MTA204"
    slug = "role-out-of-tenure"
    name = "Office-holder named in a role they did not hold at the article's date"
    kind = "tenure"
    severity = "minor"
    what = """Only when the article's date is known: from its metadata (a corpus `date` column, a
    request's "date"), `--date`, or a dateline in the text ("PARIS, 3 mars 2019 (AFP) -", "Publié le
    12/05/2021", a leading date line). Flags a known person introduced by a role (data/roles.tsv)
    they did not hold at that date, by the tenures of data/people.tsv ("le Premier ministre Édouard
    Philippe" in a 2024 article). Not when the role is qualified in time ("l'ancien", "alors",
    "futur"...) or when a year written in the same sentence falls in their tenure. The message says
    which date was used and where it came from. Without a date nothing is checked."""
    why = """Machine translation drops "former" and "then-" ("former Prime Minister" → "le Premier
    ministre"), which turns a past office into a false present one; a wrong person for a role is a
    factual error."""
    example = "PARIS, 3 mars 2024 (AFP) - Le Premier ministre Édouard Philippe … → L'ancien Premier ministre Édouard Philippe …"
    examples_bad = [
        bad("PARIS, 3 mars 2024 (AFP) - Le Premier ministre Édouard Philippe a présenté son livre.",
            "Édouard Philippe"),
        bad("Publié le 12/05/2021\nLe président français, François Hollande, a visité l'usine.",
            "François Hollande"),
        bad("Le Premier ministre Jean Castex a annoncé un plan.", "Jean Castex", date="2024-05-01"),
    ]
    examples_good = [
        good("PARIS, 3 mars 2019 (AFP) - Le Premier ministre Édouard Philippe a présenté son plan."),
        good("PARIS, 3 mars 2024 (AFP) - L'ancien Premier ministre Édouard Philippe a présenté son livre."),
        good("PARIS, 3 mars 2024 (AFP) - En 2018, le Premier ministre Édouard Philippe avait annoncé ce plan."),
        good("Le Premier ministre Édouard Philippe a présenté son livre."),  # no date: nothing checked
        good("Le Premier ministre Jean Castex a annoncé un plan.", date="2021-01-15"),
    ]
