"""Mojibake: UTF-8 text decoded as Latin-1/Windows-1252 somewhere upstream."""
import re

from ...detect.rule import Rule, bad, good
from ...i18n import _, quote

# Lead characters UTF-8 bytes become under cp1252/latin-1, followed by a continuation-byte character.
SUSPECT = re.compile(r"(?:[ÂÃÅÆÐÑ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
                     r"|â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\"]?)+")


def repair(s: str) -> str | None:
    for enc in ("cp1252", "latin-1"):
        try:
            fixed = s.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if fixed != s:
            return fixed
    return None


class Mojibake(Rule):
    id = "MTA105"
    slug = "mojibake"
    name = "Mojibake"
    category = "markup"
    mqm = "Design/Markup"
    severity = "minor"  # WMT20 annotators: character-encoding errors 18 minor, 1 major (bench/severity_evidence.py)
    what = """Finds character sequences that are UTF-8 bytes read as Windows-1252 or Latin-1
    ("Ã©" for "é", "â€™" for "’"), and proposes the repaired characters."""
    why = """Broken accents make French hard to read and show that the text went through a
    misconfigured conversion; each occurrence is a visible defect."""
    example = "la sÃ©curitÃ© → la sécurité"
    examples_bad = [
        bad("La sÃ©curitÃ© de l'Europe est en jeu.", "Ã©", suggestion="é"),
        bad("Lâ€™OTAN a rÃ©agi.", "â€™", suggestion="’"),
    ]
    examples_good = [
        good("La sécurité de l'Europe est en jeu."),
        good("La lettre Ã est rare en français, comme Å ou Æ ; São Paulo et Ñandú."),
    ]

    def check(self, ctx):
        for m in SUSPECT.finditer(ctx.text):
            fixed = repair(m.group())
            if fixed and all(ord(c) > 127 for c in fixed):
                yield self.finding(ctx, m.start(), m.end(), _("Mojibake: {text} is {fixed} decoded with the wrong encoding.").format(
                    text=quote(m.group()), fixed=quote(fixed)),
                                   suggestion=fixed)
