"""The source ends with . ! ? : … and the target with something else (or the reverse)."""
from ...detect.rule import Rule, bad, good
from ...l10n import CODE_RE, source_of, unit_finding
from ...i18n import _, quote

CLOSERS = "\"'”’»)]} \u00a0\u202f\t\n"
ENDS = {".": ".", "!": "!", "?": "?", ":": ":", ";": ";", "…": "…"}


def final(text: str) -> tuple[str, int]:
    """(the final punctuation mark or '', its offset) after codes, closing quotes and brackets."""
    t = CODE_RE.sub(lambda m: "\x00" * len(m.group()), text)
    i = len(t)
    while i > 0 and (t[i - 1] in CLOSERS or t[i - 1] == "\x00"):
        i -= 1
    if i >= 3 and t[i - 3:i] == "...":
        return "…", i - 3
    if i > 0 and t[i - 1] in ENDS:
        return ENDS[t[i - 1]], i - 1
    return "", i


class FinalPunctuation(Rule):
    id = "MTA908"
    slug = "final-punctuation"
    name = "Final punctuation differs"
    category = "punctuation"
    mqm = "Fluency/Punctuation"
    severity = "minor"
    stage = "l10n"
    what = """Compares the last punctuation mark of a unit's source and target (. ! ? : ; …, after
    closing quotes, brackets and codes): a question that becomes a statement, a label that gains
    a full stop, a colon before a value that is lost. "..." and "…" are the same mark."""
    why = """UI strings are joined to others: a lost colon or an added full stop shows in the product;
    a question mark that disappears changes the meaning."""
    example = "EN: Delete {0} items? → FR: Supprimer {0} éléments."
    examples_bad = [bad("Supprimer les éléments.", ".", source="Delete the items?"),
                    bad("Nom", "m", source="Name:")]
    examples_good = [good("Supprimer les éléments ?", source="Delete the items?"),
                     good("Chargement…", source="Loading..."), good("« Bonjour. »", source="“Hello.”"),
                     good("Nom", source="Name")]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None or not src.strip() or not ctx.text.strip():
            return
        (ps, os_), (pt, ot) = final(src), final(ctx.text)
        if ps == pt:
            return
        if pt:
            s, e = ot, ot + (1 if pt != "…" or ctx.text[ot] == "…" else 3)
        else:
            s, e = max(0, ot - 1), max(ot, 1)
        src_span = (os_, os_ + (3 if ps == "…" and src[os_] == "." else 1)) if ps else None
        none = _("no punctuation")
        yield unit_finding(self, ctx, s, e, _("The source ends with {source}, the target with {target}.").format(
            source=quote(ps or none), target=quote(pt or none)), source_span=src_span)
