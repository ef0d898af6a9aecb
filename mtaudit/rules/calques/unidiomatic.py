"""MTA310 calque-idiom: English idioms and constructions rendered word for word (data/calques.tsv)."""
from ...detect.rule import bad, good
from .calques import UNIDIOMATIC, CalqueRule


class UnidiomaticCalque(CalqueRule):
    id = "MTA310"
    slug = "calque-idiom"
    name = "Literal calque of an English idiom or construction"
    category = "calque"
    mqm = UNIDIOMATIC
    severity = "minor"
    what = """Finds English idioms and constructions rendered word for word ("bottes sur le sol" for
    "boots on the ground", "garder les États-Unis à bord" for "keep on board", "faire du sens",
    "sur une base quotidienne", "prendre place" for an event), matched on lemmas so inflected forms
    and small insertions hit; context conditions keep literal uses quiet. Usage that strict guides
    condemn but ordinary French uses as much as MT does ("en termes de") is reported in the press
    style only (the table's style column). Lexicon: mtaudit/data/calques.tsv (rows with mqm
    Style/Unidiomatic)."""
    why = """A calque reads as translated: French readers stumble on it or, for idioms, miss the meaning
    (boots on a floor instead of troops)."""
    example = "des bottes sur le sol → des troupes au sol"
    examples_bad = [
        bad("La proposition concernait principalement des bottes sur le sol.", "bottes sur le sol",
            suggestion="troupes au sol"),
        bad("La coalition « essaie de garder les États-Unis à bord », a-t-elle déclaré.",
            "garder les États-Unis à bord"),
        bad("Le sommet prendra place à Bruxelles la semaine prochaine.", "prendra place"),
        bad("Cette réforme ne fait pas vraiment du sens.", "fait pas vraiment du sens"),
        bad("Les chiffres sont publiés sur une base hebdomadaire.", "sur une base hebdomadaire"),
        bad("Ce modèle est le plus léger en termes de poids.", "en termes de", style="press"),
    ]
    examples_good = [
        good("Les invités ont pris place autour de la table."),
        good("Les troupes au sol ont progressé vers le nord."),
        good("L'équipage est resté à bord du navire pendant la tempête et a gardé les passagers à bord."),
        good("La prise en charge des blessés a été rapide."),
        good("Cette réforme a du sens."),
        good("Ce modèle est le plus léger en termes de poids."),  # web style: ordinary usage
    ]
