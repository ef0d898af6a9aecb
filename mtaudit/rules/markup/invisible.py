"""Invisible and control characters inside the text."""
import re
import unicodedata

from ...detect.rule import Rule, bad, good
from ...i18n import _

# soft hyphens (U+00AD) are not here: a hint where a browser may break a word, folded away before
# the rules read the text (mtaudit/read/fold.py)
INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")


def _pictographic(c: str) -> bool:
    return unicodedata.category(c) == "So" or c == "\ufe0f" or "\U0001f3fb" <= c <= "\U0001f3ff"


def _emoji_joiner(text: str, start: int, end: int) -> bool:
    """A zero-width joiner inside an emoji sequence (👨‍👩‍👧): how such emoji are written, not a defect."""
    return (text[start:end] == "\u200d" and 0 < start and end < len(text)
            and _pictographic(text[start - 1]) and _pictographic(text[end]))


class InvisibleCharacters(Rule):
    id = "MTA106"
    slug = "invisible-characters"
    name = "Invisible or control characters"
    category = "markup"
    mqm = "Design/Markup"
    severity = "minor"
    what = """Finds zero-width characters, bidirectional controls, C0/C1 control characters and the
    replacement character U+FFFD inside the text. A zero-width joiner inside an emoji sequence is
    how such emoji are written and is left alone; soft hyphens (U+00AD) are hyphenation hints, read
    as nothing (a word they split is still one word)."""
    why = """They are invisible in most editors but break search, hyphenation and word counts, and
    U+FFFD marks text that was already lost in a bad conversion."""
    example = "Bru\u200bxelles → Bruxelles"
    examples_bad = [
        bad("Le sommet de Bru\u200bxelles.", "\u200b"),
        bad("Le prix a baissé de 5\ufffd%.", "\ufffd"),
        bad("Ligne\x07 avec une cloche.", "\x07"),
    ]
    examples_good = [
        good("Le sommet de Bruxelles.\nDeuxième ligne.\tTabulation."),
        good("La famille \U0001f468\u200d\U0001f469\u200d\U0001f467 a posté une photo."),
        good("Une espace fine\u202finsécable avant le point-virgule\u202f;"),
    ]

    def check(self, ctx):
        for m in INVISIBLE.finditer(ctx.text):
            if _emoji_joiner(ctx.text, m.start(), m.end()):
                continue
            names = ", ".join(sorted({unicodedata.name(c, f"U+{ord(c):04X}") for c in m.group()}))
            severity = "major" if "\ufffd" in m.group() else None
            yield self.finding(ctx, m.start(), m.end(), _("Invisible or control character in the text ({names}).").format(names=names),
                               suggestion="", severity=severity)
