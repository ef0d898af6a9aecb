"""HTML tags and entities left in plain text."""
import html

from ...detect.rule import Rule, bad, good
from .patterns import documents_code, patterns
from ...i18n import _, quote, data_text


class HtmlInText(Rule):
    id = "MTA104"
    slug = "html-in-text"
    name = "HTML in plain text"
    category = "markup"
    mqm = "Design/Markup"
    severity = "major"
    what = """Finds HTML elements (<br>, <p>, <a href=…>) and HTML entities (&nbsp;, &amp;, &#39;)
    that were not rendered or decoded, in plain-text and Markdown articles. HTML comments are left
    alone (mtaudit uses them for suppressions)."""
    why = """Raw tags and entities are conversion debris: the reader sees "&nbsp;" or "<br>" instead
    of a space or a line break, and the text looks broken. In a text that writes code besides (three
    options, paths or settings or more: a manual, a program's help), and in a manual's page (HTML a
    documentation tool rendered, a man page), a tag is more often one the text documents (« la balise
    <td> », « <span> » in a markup example): minor there."""
    example = "Paris&nbsp;: le sommet → Paris : le sommet"
    examples_bad = [
        bad("Le sommet s'est tenu à Paris&nbsp;: trente pays étaient présents.", "&nbsp;", suggestion="\u00a0"),
        bad("Première ligne<br>seconde ligne.", "<br>"),
        bad("Lire <a href=\"https://exemple.fr\">l'article</a> complet.", "<a href=\"https://exemple.fr\">", "</a>"),
        bad("L&#39;OTAN a réagi.", "&#39;", suggestion="'"),
    ]
    examples_good = [
        good("Si x < 3 et y > 5, alors la condition est remplie."),
        good("Marks & Spencer a fermé ses magasins."),
        good("<!-- mtaudit-disable MTA301 --> Texte normal."),
    ]

    def check(self, ctx):
        for kind in ("html_tag", "html_entity"):
            for rx, severity, note in patterns(ctx, kind):
                for m in rx.finditer(ctx.text):
                    suggestion = html.unescape(m.group()) if kind == "html_entity" else ""
                    sev, msg = severity, _("{note}: {text}").format(
                        note=data_text(note)[:1].upper() + data_text(note)[1:], text=quote(m.group()))
                    if kind == "html_tag" and sev == "major" and documents_code(ctx):
                        sev = "minor"
                        msg += _("; the text is a manual's page or writes code (options, paths, settings), "
                                 "where a tag is often one it documents")
                    yield self.finding(ctx, m.start(), m.end(), msg + ".", suggestion=suggestion, severity=sev)
