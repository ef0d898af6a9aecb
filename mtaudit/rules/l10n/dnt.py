"""A do-not-translate term of the source that the target translated or changed."""
from ...detect.rule import Rule, bad, good
from ...glossary import glossary_of
from ...l10n import body, source_of, unit_finding
from ...i18n import _, quote

_G = [{"source": "Dropbox", "target": "Dropbox"}, {"source": "Smart Sync", "dnt": "yes"}]


class DoNotTranslate(Rule):
    id = "MTA916"
    slug = "do-not-translate"
    name = "Do-not-translate term changed"
    category = "terminology"
    mqm = "Terminology/Wrong term"
    severity = "major"
    stage = "l10n"
    what = """With a do-not-translate list (--dnt FILE, or glossary entries marked dnt or whose target is
    the source), finds units whose source has the term (case included) and whose target does not
    have it exactly."""
    why = """Product and feature names, commands and trademarks stay in English; MT translates them
    ("Smart Sync" → "Synchronisation intelligente") or changes their case."""
    example = "DNT Smart Sync; EN: Turn on Smart Sync → FR: Activez la synchronisation intelligente"
    examples_bad = [bad("Activez la synchronisation intelligente.", source="Turn on Smart Sync.", glossary=_G),
                    bad("Ouvrez DropBox.", source="Open Dropbox.", glossary=_G)]
    examples_good = [good("Activez Smart Sync dans Dropbox.", source="Turn on Smart Sync in Dropbox.", glossary=_G),
                     good("Activez la synchronisation.", source="Turn on sync.", glossary=_G)]

    def check(self, ctx):
        src, g = source_of(ctx), glossary_of(ctx)
        if src is None or not g or not ctx.text.strip():
            return
        s, e = body(ctx.text)
        for term in g.dnt:
            spans = term.in_source(src)
            if spans and not term.in_source(ctx.text):
                yield unit_finding(self, ctx, s, e, _("{term} must stay as it is (do not translate).").format(term=quote(term.source)),
                                   source_span=spans[0], suggestion=term.source)
