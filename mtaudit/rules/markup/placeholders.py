"""Untranslated software placeholders and template variables."""
from ...detect.rule import Rule, bad, good
from .patterns import documents_code, patterns
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
    a number or a date, and the sentence usually makes no sense without it. In a text that writes code
    besides (three options, paths or settings or more: a manual, a program's help), and in a manual's page
    (HTML a documentation tool rendered, a man page), a placeholder is more often one the text documents
    (« au format %d[%s] », « system.${wm}rc », « %D - une liste de dossiers »): minor there."""
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
                sev, msg = severity, _("Unfilled placeholder: {note}").format(note=data_text(note))
                if sev == "major" and documents_code(ctx):
                    sev = "minor"
                    msg += _("; the text is a manual's page or writes code (options, paths, settings), where a "
                             "placeholder is often one it documents")
                yield self.finding(ctx, m.start(), m.end(), msg + ".", severity=sev)
