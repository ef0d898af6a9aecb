"""A unit marked not to be translated whose target is not its source."""
from ...detect.rule import Rule, bad, good
from ...l10n import body, source_of, unit_finding
from ...i18n import _, quote


class LockedUnitChanged(Rule):
    id = "MTA917"
    slug = "locked-unit-changed"
    name = "Unit not to be translated was changed"
    category = "terminology"
    mqm = "Terminology/Wrong term"
    severity = "major"
    stage = "l10n"
    locked_units = True  # runs on the units marked translate="no", and only on them
    what = """In an XLIFF file, finds a unit marked not to be translated (translate="no" on the unit,
    its group or its file) whose target is not its source, spaces aside. An empty target is left
    alone: many tools fill it from the source when they write the file back."""
    why = """A unit is locked because it must ship as written (a brand line, a legal notice, a code
    sample); MT and hurried translators translate it anyway, and nothing else checks it, since the
    other rules skip locked units."""
    example = "translate=\"no\"; EN: Dropbox Smart Sync → FR: Synchronisation intelligente Dropbox"
    examples_bad = [bad("Synchronisation intelligente Dropbox", source="Dropbox Smart Sync", translate=False),
                    bad("Copyright 2024 Acme Inc", source="© 2024 Acme Inc.", translate=False)]
    examples_good = [good("Dropbox Smart Sync", source="Dropbox Smart Sync", translate=False),
                     good("", source="Dropbox Smart Sync", translate=False),
                     good(" Dropbox  Smart Sync\n", source="Dropbox Smart Sync", translate=False),
                     good("Synchronisation intelligente", source="Smart Sync")]

    def check(self, ctx):
        src = source_of(ctx)
        if ctx.extras.get("translate") is not False or src is None or not ctx.text.strip():
            return
        if " ".join(ctx.text.split()) == " ".join(src.split()):
            return
        s, e = body(ctx.text)
        yield unit_finding(self, ctx, s, e, _("This unit is marked not to be translated, but its target is not "
                                              "its source {source}.").format(source=quote(src.strip())),
                           source_span=body(src), suggestion=src.strip())
