"""MTA602 headline-site-suffix: a site name left after the headline."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...read.article import WORD_RE
from ...i18n import _, quote
from ...lang.text import fold_in_place as fold  # offsets stay valid
from .line_scores import EDGE_LINES, SENTENCE_END, THRESHOLD, patterns, score_lines, translated


SUFFIX = re.compile(r"\s+[—–|-]\s+([^—–|\n]{2,40})$")


class HeadlineSiteSuffix(Rule):
    id = "MTA602"
    slug = "headline-site-suffix"
    name = "Site name after the headline"
    category = "boilerplate"
    mqm = "Design/Other"
    severity = "minor"
    what = """Finds a site or publication name appended to the headline after a dash or a bar
    ("… en Ukraine — RT World News", "… | Le Monde.fr"), in the first lines of the article. The last
    segment must look like a site name (data/boilerplate.tsv, kind "site") and the headline before it
    must have at least four words. Not reported in a translation unit whose source is not empty (a
    page title translated as such)."""
    why = """Browsers and feeds show the page title with the site's name; copied into the article it
    is not part of the headline and is usually left in English."""
    example = "Les États européens déploient des troupes — RT World News → Les États européens déploient des troupes"
    examples_bad = [
        bad("Les États européens de l'OTAN travaillent au déploiement de troupes — RT World News\n\nLe texte.",
            "— RT World News", suggestion=""),
        bad("Le sommet de l'OTAN s'ouvre à Bruxelles | Euronews\nLe texte.", "| Euronews"),
    ]
    examples_good = [
        good("Les États européens de l'OTAN travaillent au déploiement de troupes\n\nLe texte."),
        good("Le sommet de l'OTAN s'ouvre à Bruxelles – Jean-Pierre Dupont\nLe texte."),
        good("Premier paragraphe du texte.\nDeuxième paragraphe.\nTroisième.\nUn long titre au milieu de "
             "l'article — France Info"),
    ]

    def check(self, ctx):
        sites = [p[1] for p in patterns(ctx) if p[0] == "site"]
        for line, s, kinds, _notes in score_lines(ctx)[:EDGE_LINES]:
            if s >= THRESHOLD or SENTENCE_END.search(line.text) or translated(ctx, line):
                continue
            m = SUFFIX.search(line.text)
            if not m or len(WORD_RE.findall(line.text[:m.start()])) < 4:
                continue
            tail = fold(m.group(1))
            if len(tail.split()) > 5 or not any(rx.search(tail) for rx in sites):
                continue
            start = line.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            yield self.finding(ctx, start, line.end,
                               _("Site name {site} after the headline, copied from the page title.").format(
                                   site=quote(m.group(1).strip())),
                               suggestion="")
