"""MTA311 false-friend: French words used in the sense of their English look-alike (data/calques.tsv)."""
from ...detect.rule import bad, good
from .calques import CalqueRule


FALSE_FRIEND = "Accuracy/Mistranslation"


class FalseFriend(CalqueRule):
    id = "MTA311"
    slug = "false-friend"
    name = "False friend (English sense given to a French word)"
    category = "calque"
    mqm = FALSE_FRIEND
    severity = "major"
    what = """Finds French words used in the sense of their English look-alike: "intelligence" for
    intelligence services, "actifs" for military assets, "support" for military or political
    support, "membre principal" for a think tank's senior fellow, "le meilleur diplomate" for the top
    diplomat, "adresser un problème", "éventuellement" for "eventually". Each entry carries the
    context that separates the wrong sense from the right one ("actifs" near military words and
    away from finance words). Lexicon: mtaudit/data/calques.tsv (rows with mqm
    Accuracy/Mistranslation)."""
    why = """The French word exists with another meaning, so the sentence silently says something else:
    "actifs" are financial holdings, "l'intelligence" is cleverness, "le meilleur diplomate" is the
    most skilful one rather than the head of diplomacy."""
    example = "sans l'intelligence, la surveillance et la reconnaissance → sans le renseignement, la surveillance et la reconnaissance"
    examples_bad = [
        bad("Sans l'intelligence, la surveillance et la reconnaissance des États-Unis, la force est vulnérable.",
            "intelligence", suggestion="renseignement"),
        bad("Si nous pouvons profiter des actifs et des mécanismes de l'OTAN, ce sera plus simple.", "actifs"),
        bad("Il a été repris par Kaja Kallas, la meilleure diplomate de l'UE.", "meilleure diplomate"),
        bad("L'air et le support maritime sont maintenant sur la table.", "support"),
        bad("Le gouvernement doit adresser ces problèmes rapidement.", "adresser"),
        bad("Selon Ben Barry, membre principal de l'Institut d'études stratégiques.", "membre principal"),
    ]
    examples_good = [
        good("Les actifs russes gelés dans les banques européennes atteignent 200 milliards d'euros."),
        good("L'intelligence artificielle transforme les rédactions."),
        good("Le support technique de l'armée répond aux appels."),
        good("Elle a adressé une lettre au ministre de la Défense."),
        good("Le renseignement américain partage ses informations avec l'OTAN."),
        good("Un éventuel déploiement de forces pourrait éventuellement être discuté."),
    ]
