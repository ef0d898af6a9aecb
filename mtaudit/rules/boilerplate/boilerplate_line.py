"""MTA600 scraped-boilerplate: scraped web-page chrome (promos, share widgets, related links, bylines)."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...i18n import _, data_text
from ...lang.technical import manual_page
from .line_scores import THRESHOLD, score_lines


MAJOR = 0.6          # ... and as major from here (glyph lines stay minor)
MANUAL_OWN = frozenset({"copyright", "byline", "related", "source"})  # kinds of line a manual writes itself
class BoilerplateLine(Rule):
    id = "MTA600"
    slug = "scraped-boilerplate"
    name = "Scraped page chrome"
    category = "boilerplate"
    mqm = "Accuracy/Addition"
    severity = "major"
    what = """Finds lines that are web-page furniture rather than article text: newsletter and
    paywall promos, subscribe and sign-up prompts, share widgets, "related posts" and "read also"
    links, source links, cookie banners, credits and bylines ("additional reporting by…", "Avec
    AFP"), copyright notices, ad labels, comment prompts and navigation labels, in French or English.
    Patterns come from data/boilerplate.tsv; a line's evidence is weighed by its position (first and
    last lines count more) and its shape (short label-like lines count more; a full sentence, or a
    question that does not address the reader, counts less). The span is the line. Chrome is a sign
    of a scraped article: in a translation unit whose source is not empty (XLIFF, PO, TMX, tables),
    the target translating the source's own label ("Share" → "Partager") is not reported, and neither
    is an HTML page's own furniture: its navigation (<nav>, role="navigation", the links with an access
    key that documentation tools write: « Précédent », « Sommaire »), its footers (<footer>,
    role="contentinfo": the credits and copyright a help page ends with), its section headings that
    link to themselves (the permalinks of mandoc's man pages and Sphinx: « VOIR AUSSI ») and DocBook's
    section titles, the labels of a program's interface a manual names (DocBook's and Sphinx's gui elements: a
    button « Ok »), and the whole of a man page's body as mandoc renders it from the manual's source (its
    COPYRIGHT line, its BUGS section's address). In a page a documentation tool rendered from a manual's source,
    as its generator <meta> says (DocBook's stylesheets, Docutils and Sphinx, Texinfo, LaTeX2HTML) or the script
    it links (yelp-xsl's, which renders GNOME's help), the lines
    that are a manual's own are not reported either: its copyright, credits, « Voir aussi » and sources (a
    handbook's credits page); its navigation labels and promos still are (a theme's « Back to Top »)."""
    why = """Chrome scraped along with the article is not part of the text: translated, it turns into
    nonsense ("Verrouiller gratuitement la newsletter…" for "Unlock the newsletter for free") and
    tells the reader at once that the page was copied and machine-translated without review."""
    example = "Vous pouvez partager cette histoire sur les réseaux sociaux : → delete the line"
    examples_bad = [
        bad("Abonnez-vous à notre newsletter\nLe sommet s'est ouvert jeudi à Bruxelles.",
            "Abonnez-vous à notre newsletter", suggestion=""),
        bad("Le sommet s'est ouvert jeudi à Bruxelles.\nLes discussions continuent.\nLire aussi : le "
            "programme du sommet\nLa suite est attendue vendredi.\nLes ministres se retrouveront lundi.\n"
            "Un accord est possible.", "Lire aussi : le programme du sommet"),
        bad("Le sommet s'est ouvert jeudi à Bruxelles.\nVous pouvez partager cette histoire sur les réseaux sociaux :",
            "Vous pouvez partager cette histoire sur les réseaux sociaux :"),
        bad("Le sommet s'est ouvert jeudi à Bruxelles.\nAvec AFP", "Avec AFP"),
        bad("Accepter les cookies\nLe sommet s'est ouvert jeudi.", "Accepter les cookies"),
        bad("Le sommet s'est ouvert jeudi.\nShare this article", "Share this article"),
        bad("Le sommet s'est ouvert jeudi.\nCliquez ici pour lire la suite", "Cliquez ici pour lire la suite"),
        bad("Le sommet s'est ouvert jeudi.\nRapport supplémentaire de Jean Dupont à Oslo",
            "Rapport supplémentaire de Jean Dupont à Oslo"),
        bad("Read more:\nLe sommet s'est ouvert jeudi.", "Read more:"),
        bad("Voulez-vous vous inscrire à notre newsletter ?\nLe sommet s'est ouvert jeudi.",
            "Voulez-vous vous inscrire à notre newsletter ?"),
    ]
    examples_good = [
        good("La newsletter du quotidien compte désormais trois millions d'abonnés, selon l'entreprise qui "
             "la publie depuis 2015.\nLe sommet s'est ouvert jeudi."),
        good("Le sommet s'est ouvert jeudi.\nIl a partagé une vidéo du discours sur les réseaux sociaux, où "
             "elle a été vue des milliers de fois."),
        good("Les cookies tiers seront interdits par le navigateur à partir de 2025, ce qui inquiète les "
             "annonceurs.\nLa décision a été repoussée deux fois."),
        good("Par ailleurs, le sommet s'est ouvert jeudi.\nLes ministres ont voté."),
        good("Le gouvernement a débloqué une aide gratuite pour les familles touchées par les inondations de "
             "la semaine dernière.\nElle sera versée en mai."),
        good("L'article X du traité prévoit une clause de sortie.\nLe sommet s'est ouvert jeudi."),
        good("Faut-il s'inscrire avant lundi ?\nJe n'ai reçu aucun courriel de confirmation."),
    ]

    def check(self, ctx):
        html = getattr(ctx.article, "html", None)
        furniture = html.furniture if html is not None else []
        for line, s, kinds, notes in score_lines(ctx):
            if s < THRESHOLD or "glyph" in kinds:
                continue
            if any(a <= line.start and line.end <= b for a, b in furniture):
                continue  # the page's own navigation, footer or heading, not chrome scraped into the article
            if MANUAL_OWN.issuperset(kinds) and manual_page(ctx):
                continue  # a manual's own copyright, credits, « Voir aussi » or sources
            sev = "major" if s >= MAJOR else "minor"
            what = _("; ").join(dict.fromkeys(data_text(n) for n in notes))
            yield self.finding(ctx, line.start, line.end,
                               _("Looks like scraped page chrome, not article text ({notes}).").format(notes=what),
                               suggestion="", severity=sev, confidence=round(s, 3))
