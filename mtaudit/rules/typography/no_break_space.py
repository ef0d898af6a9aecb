"""MTA660 no-break-space (press style): a normal space, or none, where print puts a no-break space."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...i18n import _
from .common import NBSP, in_url


NO_BREAK = "\u00a0\u202f"


class NoBreakSpace(Rule):
    id = "MTA660"
    slug = "no-break-space"
    name = "No-break space before high punctuation (press style)"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    styles = ("press",)
    what = """Press style only. Finds a normal space, or no space, where printed French puts a
    no-break space (U+00A0, or the narrow U+202F): before : ; ! ? and », and after «. Times
    (10:30), web addresses, "?!" and marks at the start of a line are left alone. Web French
    rarely carries no-break spaces, so the web style does not report them."""
    why = """Without a no-break space the mark can be thrown to the start of the next line
    ("Il a dit\n: non"); the Imprimerie nationale rules ask for one before the two-part marks and
    inside guillemets."""
    example = "Il a dit : « Non » → Il a dit\u00a0: «\u00a0Non\u00a0»"
    examples_bad = [
        bad("Il a dit : non.", " :", suggestion="\u00a0:", style="press"),
        bad("Vraiment? Oui.", "?", suggestion="\u00a0?", style="press"),
        bad("Il a dit\u00a0: « Non\u00a0».", "« ", suggestion="«\u00a0", style="press"),
    ]
    examples_good = [
        good("Il a dit\u00a0: «\u00a0Non\u00a0». Vraiment\u202f? Oui\u202f!", style="press"),
        good("La réunion commence à 10:30\u00a0; voir https://otan.int/fr?lang=fr.", style="press"),
        good("Il a dit : non. Vraiment? « Oui ».", ),  # web style
    ]

    def check(self, ctx):
        text = ctx.text
        for m in re.finditer(r"([ ]?)([:;!?»])", text):
            sp, mark = m.group(1), m.group(2)
            i = m.start()
            prev = text[i - 1] if i > 0 else "\n"
            if prev in NO_BREAK or prev == "\n" or (not sp and prev in " \t!?"):
                continue
            if sp and (i == 0 or text[i - 1] in " \t\n"):
                continue  # a space after a space: the doubled-space rule's business
            if mark == ":" and prev.isdigit() and text[m.end():m.end() + 1].isdigit():
                continue  # 10:30
            if mark in "!?" and prev in "!?":
                continue
            if in_url(text, m.start(), m.end()):
                continue
            if not sp and mark in ":;" and not (prev.isalnum() or prev in ")»\"”’"):
                continue
            yield self.finding(ctx, m.start(), m.end(), _("Press style: a no-break space goes before « {mark} ».").format(mark=mark),
                               suggestion=f"{NBSP}{mark}")
        for m in re.finditer(r"«([ ]?)(?=[^\s\u00a0\u202f])", text):
            if in_url(text, m.start(), m.end()):
                continue
            yield self.finding(ctx, m.start(), m.end(), _("Press style: a no-break space goes after « « »."),
                               suggestion=f"«{NBSP}")
