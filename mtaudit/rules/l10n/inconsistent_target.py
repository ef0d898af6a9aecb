"""One source translated in two ways (in the file, or across the batch)."""
from ...detect.rule import Rule, bad, good
from ...l10n import body, source_of, unit_finding
from ...l10n.memory import memory_of, where
from ...i18n import _, quote

_MEM = [("ui", "7", "Save", "Enregistrer")]


class InconsistentTarget(Rule):
    id = "MTA912"
    slug = "inconsistent-translation"
    name = "Same source, different translations"
    category = "consistency"
    mqm = "Terminology/Inconsistent use of terminology"
    severity = "minor"
    stage = "l10n"
    what = """A unit whose source (spaces aside) is the source of another unit of the same file, or of
    another file of the batch, with a different target. The finding names the other unit and
    quotes its translation. PO units are compared only with units of the same context (msgctxt),
    which exists to let one source read two ways, and the forms of one plural message (a Qt TS
    numerus message has one source for all) are not compared with each other."""
    why = """Translation memories and CAT tools expect one source to read one way; two translations of
    the same button or message confuse users and usually mean one of them is wrong."""
    example = "unit 7: Save → Enregistrer; unit 12: Save → Sauvegarder"
    examples_bad = [bad("Sauvegarder", "Sauvegarder", source="Save", memory=_MEM)]
    examples_good = [good("Enregistrer", source="Save", memory=_MEM),
                     good("Sauvegarder", source="Save as", memory=_MEM), good("Enregistrer", source="Save")]

    def check(self, ctx):
        src, tm = source_of(ctx), memory_of(ctx)
        if src is None or tm is None or not ctx.text.strip():
            return
        doc, unit = ctx.extras.get("doc"), ctx.extras.get("unit")
        others = tm.other_targets(src, ctx.text, doc, unit)
        if others:
            e = others[0]
            s, t = body(ctx.text)
            msg = _("The same source is translated {target} in {where} (and {more} more).") if len(others) > 1 \
                else _("The same source is translated {target} in {where}.")
            yield unit_finding(self, ctx, s, t, msg.format(target=quote(e.target), where=where(e, doc),
                                                           more=len(others) - 1),
                               source_span=body(src))
