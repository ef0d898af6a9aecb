"""MTA653 guillemet-spacing (press style): no space inside « »."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...read.article import WORD_RE
from ...i18n import _
from .common import NBSP, SPACES, guillemets


class GuillemetSpacing(Rule):
    id = "MTA653"
    slug = "guillemet-spacing"
    name = "No space inside guillemets"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    styles = ("press",)
    what = """Press style only. Finds « » quotations written without a space after « or before »
    («Coalition»). Any space counts (normal, non-breaking or narrow). A short quotation is reported
    whole; in a long one the side without the space is reported. Web French often glues guillemets
    (as it glues the colon), so the web style does not report it."""
    why = """French typography puts a (non-breaking) space inside guillemets; glued guillemets are a
    sign of text converted from English quotation marks without adjustment."""
    example = "la «Coalition» → la « Coalition »"
    examples_bad = [
        bad("La discussion de la «Coalition» a eu lieu à Paris.", "«Coalition»", suggestion="«\u00a0Coalition\u00a0»",
            style="press"),
        bad("«Pour le moment, il n'y a pas de paix à garder et rien à surveiller », a-t-elle déclaré.", "«Pour",
            style="press"),
        bad("La coalition « essaie de garder les États-Unis dans la discussion commune», a déclaré Kallas.", "commune»",
            style="press"),
    ]
    examples_good = [
        good("La discussion de la « Coalition » a eu lieu à Paris.", style="press"),
        good("La discussion de la «\u00a0Coalition\u00a0» a eu lieu à Paris.", style="press"),
        good("La discussion de la «\u202fCoalition\u202f» a eu lieu à Paris.", style="press"),
        good("Le club a présenté sa «Stratégie 2030» aux supporters."),  # web style
    ]

    def check(self, ctx):
        text = ctx.text
        _pairs, _unmatched, markers = guillemets(ctx)
        for o, c in guillemets(ctx)[0]:
            after_open = o + 1 < len(text) and text[o + 1] not in SPACES + "\n"
            before_close = c > 0 and text[c - 1] not in SPACES + "\n"
            if not (after_open or before_close):
                continue
            inner = text[o + 1:c]
            if c - o <= 40 and "\n" not in inner:
                yield self.finding(ctx, o, c + 1, _("No space inside the guillemets."),
                                   suggestion=f"«{NBSP}{inner.strip(SPACES)}{NBSP}»")
            elif after_open:
                m = WORD_RE.match(text, o + 1)
                end = m.end() if m else o + 1
                yield self.finding(ctx, o, end, _("No space after the opening guillemet."),
                                   suggestion=f"«{NBSP}{text[o + 1:end]}")
            else:
                start = c
                while start > o + 1 and text[start - 1] not in SPACES + "\n":
                    start -= 1
                yield self.finding(ctx, start, c + 1, _("No space before the closing guillemet."),
                                   suggestion=f"{text[start:c]}{NBSP}»")
