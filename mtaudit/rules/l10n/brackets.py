"""Brackets and quotes that balance in the source and not in the target."""
from ...detect.rule import Rule, bad, good
from ...l10n import CODE_RE, PLACEHOLDER_RE, URL_RE, source_of, unit_finding
from ...i18n import _, quote

PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("«", "»"), ("“", "”"))


def _clean(text: str) -> str:
    for rx in (CODE_RE, PLACEHOLDER_RE, URL_RE):
        text = rx.sub(lambda m: " " * len(m.group()), text)
    return text


def unmatched(text: str, o: str, c: str) -> list[int]:
    """Offsets of unmatched openers and closers."""
    stack, bad = [], []
    for i, ch in enumerate(text):
        if ch == o:
            stack.append(i)
        elif ch == c:
            if stack:
                stack.pop()
            else:
                bad.append(i)
    return sorted(bad + stack)


class UnbalancedBrackets(Rule):
    id = "MTA910"
    slug = "unbalanced-brackets"
    name = "Unbalanced brackets or quotes"
    category = "punctuation"
    mqm = "Fluency/Punctuation"
    severity = "minor"
    stage = "l10n"
    what = """In a unit whose source balances its brackets and quotes, finds an opening ( [ { « “ with
    no closing one in the target, a closing one with no opening one, and an odd number of straight
    double quotes. Codes, placeholders and URLs are left out; a source that is itself unbalanced
    (a list item "a)") is not compared."""
    why = """A lost closing bracket or quote makes the reader lose where an aside or a quotation
    ends, and a stray one in a UI string often comes from a broken placeholder."""
    example = "EN: (optional) → FR: (facultatif"
    examples_bad = [bad("Nom (facultatif", "(", source="Name (optional)"),
                    bad("Il a dit « oui.", "«", source="He said “yes.”"),
                    bad('Le mot "oui.', '"', source='The word "yes".')]
    examples_good = [good("Nom (facultatif)", source="Name (optional)"), good("a) Nom", source="a) Name"),
                     good("« Oui », dit-il.", source='"Yes," he said.')]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None:
            return
        s, t = _clean(src), _clean(ctx.text)
        src_ok = all(not unmatched(s, o, c) for o, c in PAIRS) and s.count('"') % 2 == 0
        if not src_ok:
            return
        for o, c in PAIRS:
            for i in unmatched(t, o, c):
                yield unit_finding(self, ctx, i, i + 1, _("{char} has no matching {other}.").format(
                    char=quote(ctx.text[i]), other=quote(c if ctx.text[i] == o else o)))
        if t.count('"') % 2:
            i = t.rindex('"')
            yield unit_finding(self, ctx, i, i + 1, _("Odd number of straight double quotes."))
