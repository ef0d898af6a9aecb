"""MTA320 passive-calque: English passives with an agent calqued in French (data/passive_calques.tsv)."""
from ...detect.phrases import PhraseMatcher
from ...detect.rule import bad, good
from ...i18n import _, data_text
from .lexicon import LexiconRule


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
