"""Two different sources translated the same way (in the file, or across the batch)."""
import re

from ...detect.rule import Rule, bad, good
from ...l10n import body, source_of, unit_finding
from ...l10n.memory import memory_of, where
from ...i18n import _, quote

_MEM = [("ui", "3", "Close the window", "Fermer la fenêtre")]
MIN_WORDS = 2


class InconsistentSource(Rule):
    id = "MTA913"
    slug = "same-translation-different-sources"
    name = "Different sources, same translation"
    category = "consistency"
    mqm = "Terminology/Inconsistent use of terminology"
    severity = "minor"
    stage = "l10n"
    what = f"""A unit whose target is the target of another unit (file or batch) whose source differs
    by more than case, punctuation and codes. Targets of fewer than {MIN_WORDS} words are left
    alone (one French word often serves several English ones)."""
    why = """Two different English strings translated alike usually mean one translation was pasted
    on the wrong unit, or a distinction the product makes (Close / Quit) is lost."""
    example = "Close the window → Fermer la fenêtre; Quit the application → Fermer la fenêtre"
    examples_bad = [bad("Fermer la fenêtre", "Fermer la fenêtre", source="Quit the application", memory=_MEM)]
    examples_good = [good("Fermer la fenêtre", source="Close the window.", memory=_MEM),
                     good("Fermer", source="Quit", memory=[("ui", "3", "Close", "Fermer")])]

    def check(self, ctx):
        src, tm = source_of(ctx), memory_of(ctx)
        if src is None or tm is None or len(re.findall(r"\w+", ctx.text)) < MIN_WORDS:
            return
        doc, unit = ctx.extras.get("doc"), ctx.extras.get("unit")
        others = tm.other_sources(src, ctx.text, doc, unit)
        if others:
            e = others[0]
            s, t = body(ctx.text)
            yield unit_finding(self, ctx, s, t, _("The same translation serves the source {source} in {where}.").format(
                source=quote(e.source), where=where(e, doc)), source_span=body(src))
