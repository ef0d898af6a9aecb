"""Untranslated software placeholders and template variables."""
from ...detect.rule import Rule, bad, good
from .patterns import patterns
from ...i18n import _, data_text


class Placeholder(Rule):
    id = "MTA103"
    slug = "template-placeholder"
    name = "Template placeholder"
    category = "markup"
    mqm = "Design/Markup"
    severity = "major"
    what = """Finds template variables and format placeholders left in the text: {0}, {{name}},
    ${name}, %s, %d, %(name)s, [[name]], __TITLE__ (patterns in data/markup.tsv)."""
    why = """A placeholder means a value was never filled in: the reader sees code instead of a name,
    a number or a date, and the sentence usually makes no sense without it."""
    example = "Bienvenue, {{name}} ! → Bienvenue, Marie !"
    examples_bad = [
        bad("Bienvenue, {{name}} ! Votre abonnement expire le {0}.", "{{name}}", "{0}"),
        bad("Le ministre %s a annoncé %d mesures.", "%s", "%d"),
        bad("Article publié par ${author} hier.", "${author}"),
        bad("Titre : __TITLE__", "__TITLE__"),
    ]
    examples_good = [
        good("Le taux est passé à 5 % en mars."),
        good("Les accolades { et } servent en mathématiques."),
        good("Il a obtenu 100 %, un record."),
    ]

    def check(self, ctx):
        for rx, severity, note in patterns(ctx, "placeholder"):
            for m in rx.finditer(ctx.text):
                yield self.finding(ctx, m.start(), m.end(), _("Unfilled placeholder: {note}.").format(note=data_text(note)), severity=severity)
