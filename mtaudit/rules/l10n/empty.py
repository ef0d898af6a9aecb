"""A unit with a source and no translation."""
from ...detect.rule import Rule, bad, good
from ...l10n import source_of, unit_finding
from ...i18n import _


class EmptyTarget(Rule):
    id = "MTA905"
    slug = "empty-target"
    name = "Empty target"
    category = "omission"
    mqm = "Accuracy/Omission"
    severity = "major"
    stage = "l10n"
    what = """A translation unit whose source has text and whose target is empty or blank. The
    finding has an empty span (start = end = 0, or the blank target) and points at the whole
    source."""
    why = """An untranslated unit ships as an empty string or falls back to English in the product."""
    example = "EN: Sign out → FR: (empty)"
    examples_bad = [bad("", source="Sign out"), bad("  ", source="Sign out")]
    examples_good = [good("Se déconnecter", source="Sign out"), good("", source="")]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None or not src.strip() or ctx.text.strip():
            return
        yield unit_finding(self, ctx, 0, len(ctx.text), _("The target is empty."), source_span=(0, len(src)))
