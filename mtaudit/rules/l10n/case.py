"""The first letter of source and target differ in case."""
import re

from ...detect.rule import Rule, bad, good
from ...l10n import CODE_RE, PLACEHOLDER_RE, source_of, unit_finding
from ...i18n import _

LETTER = re.compile(r"[^\W\d_]")


def first_letter(text: str):
    masked = PLACEHOLDER_RE.sub(lambda m: "0" * len(m.group()), CODE_RE.sub(lambda m: "0" * len(m.group()), text))
    m = LETTER.search(masked)
    if not m or masked[:m.start()].strip(" \t\n\u00a0\"'«“(¿¡-–—•*"):
        return None  # a number or a placeholder opens the string: nothing to compare
    return m


class FirstLetterCase(Rule):
    id = "MTA909"
    slug = "first-letter-case"
    name = "First letter case differs"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    stage = "l10n"
    what = """Compares the case of the first letter of a unit's source and target (after opening
    quotes, brackets and codes; a string that opens with a number or a placeholder is left
    alone)."""
    why = """A capital lost at the start of a sentence or one added to a fragment that continues
    another string shows in the product."""
    example = "EN: Open the file → FR: ouvrez le fichier"
    examples_bad = [bad("ouvrez le fichier", "o", source="Open the file"),
                    bad("Du fichier", "D", source="of the file")]
    examples_good = [good("Ouvrez le fichier", source="Open the file"), good("« Ouvrez »", source="“Open”"),
                     good("3 fichiers", source="3 files"), good("iPhone", source="iPhone")]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None:
            return
        ms, mt = first_letter(src), first_letter(ctx.text)
        if not ms or not mt:
            return
        a, b = ms.group(), mt.group()
        if a.isupper() == b.isupper() or not (a.isupper() or a.islower()) or not (b.isupper() or b.islower()):
            return
        # a word the source keeps in lower case on purpose (iPhone, eBay) is not a sentence start
        if a.islower() and re.match(r"[a-z]+[A-Z]", src[ms.start():]):
            return
        yield unit_finding(self, ctx, mt.start(), mt.end(),
                           _("The source starts with a capital, the target with a small letter.") if a.isupper()
                           else _("The source starts with a small letter, the target with a capital."),
                           source_span=(ms.start(), ms.end()))
