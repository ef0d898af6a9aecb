"""URLs and e-mail addresses of the source that the target lost or changed."""
from ...detect.rule import Rule, bad, good
from ...l10n import body, links, source_of, unit_finding
from ...i18n import _, quote


class Links(Rule):
    id = "MTA904"
    slug = "url-email-mismatch"
    name = "URL or e-mail changed"
    category = "mistranslation"
    mqm = "Accuracy/Mistranslation"
    severity = "major"
    stage = "l10n"
    what = """Finds a URL (http://, https://, ftp://, www.) or e-mail address of the unit's source that
    the target does not have exactly (case aside), and one in the target that the source does not
    have. A localised address (example.com/fr/) is reported too: accept it with a suppression or
    by severity override if your project localises links. An address the target adds that is the
    translators' own (in a PO file, the header's Language-Team or Last-Translator: "Signalez les
    bogues de traduction à <traduc@traduc.org>", a line translation teams add) is not reported."""
    why = """A translated or mistyped link sends the reader nowhere; MT engines translate words inside
    URLs ("/help" → "/aide") and drop addresses."""
    example = "EN: https://example.com/help → FR: https://example.com/aide"
    examples_bad = [
        bad("Visitez https://example.com/aide.", "https://example.com/aide", source="Visit https://example.com/help."),
        bad("Écrivez-nous.", source="Write to help@example.com."),
    ]
    examples_good = [
        good("Visitez https://example.com/help ou écrivez à help@example.com.",
             source="Visit https://example.com/help or write to help@example.com."),
        good("Voir WWW.EXAMPLE.COM.", source="See www.example.com."),
        # the source quotes the address in backticks, the target in guillemets: no quote is part of a URL
        good("P. ex. «\u00a0LicenseRef-free=https://example.com/l.html\u00a0»",
             source="E.g. `LicenseRef-free=https://example.com/l.html`"),
    ]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None:
            return
        sl, tl = links(src), links(ctx.text)
        t_keys, s_keys = {i.key for i in tl}, {i.key for i in sl}
        s, e = body(ctx.text)
        lost = [i for i in sl if i.key not in t_keys]
        if lost and s < e:
            yield unit_finding(self, ctx, s, e, _("The target lacks {links}.").format(links=", ".join(quote(i.text) for i in lost)),
                               source_span=(lost[0].start, lost[-1].end))
        own = set(ctx.extras.get("contacts") or ())  # the translators' address, added to "report bugs" lines
        for i in tl:
            if i.key not in s_keys and i.key not in own:
                yield unit_finding(self, ctx, i.start, i.end, _("{text} is not in the source.").format(text=quote(i.text)))
