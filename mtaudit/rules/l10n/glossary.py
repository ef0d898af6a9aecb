"""A glossary term of the source whose required translation the target does not use."""
from ...detect.rule import Rule, bad, good
from ...glossary import glossary_of
from ...l10n import body, source_language, source_of, unit_finding
from ...i18n import _, quote

_G = [{"source": "file", "target": "fichier", "forbidden": "dossier"},
      {"source": "sign in", "target": "se connecter|connexion", "forbidden": "s'identifier"}]


class GlossaryTerm(Rule):
    id = "MTA914"
    slug = "glossary-term"
    name = "Glossary term not used"
    category = "terminology"
    mqm = "Terminology/Wrong term"
    severity = "major"
    stage = "l10n"
    what = """With a glossary (--glossary FILE, TBX or CSV/TSV), finds units whose English source
    uses a glossary term (case aside, plural included) and whose French target uses none of the
    term's required translations (matched on lemmas: case, plural and gender inflections count).
    Runs only when the source is English."""
    why = """Product terminology is a contract: a UI that says "dossier" where the documentation says
    "fichier" sends users looking for something that does not exist."""
    example = "glossary file → fichier; EN: Open the file → FR: Ouvrez le document"
    examples_bad = [bad("Ouvrez le document.", "Ouvrez le document.", source="Open the file.", glossary=_G)]
    examples_good = [good("Ouvrez les Fichiers.", source="Open the files.", glossary=_G),
                     good("Connexion", source="Sign in", glossary=_G),
                     good("Ouvrez le document.", source="Open the document.", glossary=_G)]

    def check(self, ctx):
        src, g = source_of(ctx), glossary_of(ctx)
        if src is None or not g or not ctx.text.strip() or source_language(ctx) != "en":
            return
        wanted = [(t, spans) for t in g.required if (spans := t.in_source(src))]
        if not wanted:
            return
        used = {id(term) for term, kind, *_ in g.find_in_target(ctx) if kind == "target"}
        s, e = body(ctx.text)
        for term, spans in wanted:
            if id(term) in used:
                continue
            expected = _(" or ").join(quote(x) for x in term.targets)
            msg = _("Glossary: {term} should be translated {expected} ({note}).") if term.note \
                else _("Glossary: {term} should be translated {expected}.")
            yield unit_finding(self, ctx, s, e, msg.format(term=quote(term.source), expected=expected, note=term.note),
                               source_span=spans[0], suggestion=term.targets[0])
