"""Calques and anglicisms: English idioms, constructions and false friends copied into French."""
from ...detect.phrases import PhraseMatcher
from ...detect.rule import bad, good
from .lexicon import LexiconRule
from ...i18n import _, data_text

UNIDIOMATIC = "Style/Unidiomatic"
FALSE_FRIEND = "Accuracy/Mistranslation"


class _CalqueRule(LexiconRule):
    table = "calques"

    def keep_row(self, row):
        return (row.get("mqm") or UNIDIOMATIC).strip() == self.mqm

    def message(self, ctx, m):
        r = m.row
        msg = _('"{text}" copies English "{english}"; use "{use}": {why}.') if r.get("why") \
            else _('"{text}" copies English "{english}"; use "{use}".')
        return msg.format(text=ctx.text[m.start:m.end], english=r["english"], use=r["use"], why=data_text(r.get("why") or ""))

    def suggestion(self, m):
        return m.row.get("use") or None


class UnidiomaticCalque(_CalqueRule):
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


class FalseFriend(_CalqueRule):
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


class PassiveCalque(LexiconRule):
    id = "MTA320"
    slug = "passive-calque"
    name = "Impossible passive copied from English"
    category = "calque"
    mqm = "Fluency/Grammar"
    severity = "major"
    table = "passive_calques"
    column = "pattern"
    default_gap = 2
    what = """Finds English passives with an agent put into French with verbs that have no passive in
    that sense: verbs taking "à" (répondre, succéder, survivre, participer, nuire) and pronominal
    verbs (s'opposer): "Il est opposé par d'autres", "la question a été répondue par le ministre",
    "il est survécu par sa femme". Matches "être" + participle + "par" with up to two adverbs between;
    the verbs are listed in mtaudit/data/passive_calques.tsv."""
    why = """French only passivises verbs with a direct object; the calque is ungrammatical and often
    reverses who does what ("être opposé par" reads as "be pitted against by")."""
    example = "Il est opposé par d'autres → D'autres s'y opposent"
    examples_bad = [
        bad("Il est opposé par d'autres qui se méfient de la Russie.", "est opposé par"),
        bad("La question a été répondue par le porte-parole du gouvernement.", "été répondue par"),
        bad("Il est survécu par sa femme et ses deux enfants.", "est survécu par"),
        bad("Le sommet a été largement participé par des dirigeants africains.", "été largement participé par"),
    ]
    examples_good = [
        good("D'autres s'y opposent, car ils se méfient de la Russie."),
        good("Le projet est soutenu par la France et l'Allemagne."),
        good("Il a été répondu par la négative à la demande de l'Ukraine."),
        good("Elle a été assistée par un avocat pendant l'audition."),
        good("Le ministre est opposé à cette réforme."),
    ]

    def matcher(self, ctx):
        def build():
            rows = []
            for r in ctx.resources.table(self.table):
                row = dict(r)
                row["pattern"] = f"être {r['verb']}:VERB,ADJ par"
                rows.append(row)
            return PhraseMatcher.from_rows(rows, "pattern", self.default_gap, self.table)
        return ctx.resources.memo(("lexicon", self.id, self.table), build)

    def message(self, ctx, m):
        r = m.row
        return _('"{text}" copies the English passive "{english}"; French uses the active voice: "{active}" '
                 '({note}).').format(text=ctx.text[m.start:m.end], english=r["english"], active=r["active"],
                                     note=data_text(r["note"]))

    def suggestion(self, m):
        return m.row.get("active") or None
