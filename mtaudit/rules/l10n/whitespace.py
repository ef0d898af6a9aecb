"""Leading or trailing whitespace that differs between source and target."""
import re

from ...detect.rule import Rule, bad, good
from ...l10n import source_of, unit_finding
from ...i18n import _

LEAD, TRAIL = re.compile(r"^\s*"), re.compile(r"\s*$")


class EdgeWhitespace(Rule):
    id = "MTA907"
    slug = "edge-whitespace"
    name = "Leading or trailing whitespace differs"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    stage = "l10n"
    what = """Compares the whitespace (spaces, tabs, line breaks) at the start and at the end of a
    unit's source and target. Software strings are often concatenated: "Total: " + value."""
    why = """A lost or added edge space glues two strings together or shifts a layout; it is
    invisible in a CAT tool and visible in the product."""
    example = "EN: «Total: » → FR: «Total :»"
    examples_bad = [bad("Total :", ":", source="Total: "), bad(" Fichier", " ", source="File")]
    examples_good = [good("Total : ", source="Total: "), good("Fichier", source="File"), good("", source=" ")]

    def check(self, ctx):
        src = source_of(ctx)
        t = ctx.text
        if src is None or not t.strip() or not src.strip():
            return
        for rx, where in ((LEAD, "start"), (TRAIL, "end")):
            ws, wt = rx.search(src).group(), rx.search(t).group()
            if ws == wt:
                continue
            m = rx.search(t)
            if wt:
                s, e = m.start(), m.end()
            else:  # the target lacks it: point at its first or last character
                s, e = (0, 1) if where == "start" else (len(t) - 1, len(t))
            sm = rx.search(src)
            yield unit_finding(self, ctx, s, e, (_("Whitespace at the start differs: source {source}, target {target}.") if where == "start" else
                                                 _("Whitespace at the end differs: source {source}, target {target}."))
                               .format(source=repr(ws), target=repr(wt)),
                               source_span=(sm.start(), sm.end()) if ws else None)
