"""A French variant the glossary forbids."""
from ...detect.rule import Rule, bad, good
from ...glossary import glossary_of
from ...l10n import source_of, unit_finding
from ...i18n import _, quote

_G = [{"source": "file", "target": "fichier", "forbidden": "dossier"},
      {"source": "e-mail", "target": "courriel", "forbidden": "mail|email"},
      {"source": "save", "target": "enregistrer", "forbidden": "sauvegarder"}]


class ForbiddenTerm(Rule):
    id = "MTA915"
    slug = "forbidden-term"
    name = "Forbidden term variant"
    category = "terminology"
    mqm = "Terminology/Wrong term"
    severity = "major"
    stage = "l10n"
    what = """With a glossary that lists forbidden variants (the `forbidden` column, or TBX terms marked
    deprecatedTerm-admn / supersededTerm-admn), finds them in a unit's target (on lemmas, so
    inflected forms count) when the unit's source has the term, or anywhere for a glossary entry
    without a source term. The suggestion is the required term."""
    why = """Style guides forbid variants on purpose (a competitor's word, an outdated name, an
    anglicism); a forbidden variant slips through MT because it is a plausible translation."""
    example = "glossary e-mail → courriel, not mail; EN: Send an e-mail → FR: Envoyer un mail"
    examples_bad = [bad("Envoyez un mail.", "mail", suggestion="courriel", source="Send an e-mail.", glossary=_G),
                    bad("Ouvrez les dossiers.", "dossiers", source="Open the files.", glossary=_G),
                    bad("Sauvegardez le fichier.", "Sauvegardez", suggestion="enregistrer", source="Save the file.",
                        glossary=_G)]
    examples_good = [good("Envoyez un courriel.", source="Send an e-mail.", glossary=_G),
                     good("Enregistrez le fichier.", source="Save the file.", glossary=_G),
                     good("Ouvrez le dossier.", source="Open the folder.", glossary=_G)]

    def check(self, ctx):
        src, g = source_of(ctx), glossary_of(ctx)
        if src is None or not g or not ctx.text.strip() or not any(t.forbidden for t in g.terms):
            return
        for term, kind, value, s, e in g.find_in_target(ctx):
            if kind != "forbidden":
                continue
            spans = term.in_source(src) if term.source else [None]
            if not spans:
                continue
            if term.source:
                msg = _("Glossary forbids {value} for {term}; use {targets}.") if term.targets \
                    else _("Glossary forbids {value} for {term}.")
            else:  # an entry with no source term: forbidden anywhere
                msg = _("Glossary forbids {value}; use {targets}.") if term.targets else _("Glossary forbids {value}.")
            yield unit_finding(self, ctx, s, e, msg.format(value=quote(value), term=quote(term.source),
                                                           targets=_(" or ").join(map(quote, term.targets))),
                               source_span=spans[0], suggestion=term.targets[0] if term.targets else None)
