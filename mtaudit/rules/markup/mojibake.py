"""Mojibake: UTF-8 text decoded as Latin-1/Windows-1252 somewhere upstream."""
import re

from ...detect.rule import Rule, bad, good
from ...i18n import _, quote
from ...lang.grammalecte import french_lists

# Lead characters UTF-8 bytes become under cp1252/latin-1, followed by a continuation-byte character.
SUSPECT = re.compile(r"(?:[ÂÃÅÆÐÑ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
                     r"|â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\"]?)+")


# a word whose accented letters a conversion to ASCII or Latin-1 replaced with question marks (« t??che »,
# « sp??cifier »): a run of one or two "?" between two letters
LOST = re.compile(r"(?<=[^\W\d_])\?{1,2}(?=[^\W\d_])")
LOST_WORD = 40  # characters: a longer run of letters around the question marks is not a word
_ACCENTED = "éèêëàâäîïôöûùüçœ"
LOST_RUNS = 2  # a word with more runs of question marks is not tried (16 letters each)


def restore(word: str) -> str | None:
    """The French word a word with question marks for letters stands for (« t??che » -> « tâche »): each run
    of "?" read as one accented letter, the first combination a French dictionary lists; None if none does."""
    parts = re.split(r"\?{1,2}", word)
    if len(parts) - 1 > LOST_RUNS:
        return None
    candidates = [parts[0]]
    for part in parts[1:]:
        candidates = [c + a + part for c in candidates for a in _ACCENTED]
    return next((c for c in candidates if french_lists(c.lower())), None)


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
    ("Ã©" for "é", "â€™" for "’"), and proposes the repaired characters; and words whose accented
    letters a conversion replaced with question marks (« t??che », « sp??cifier »: one or two "?" between
    two letters), where reading each run as one accented letter gives a word the French dictionaries
    list (hunspell-fr, Grammalecte's lexicon), which it proposes."""
    why = """Broken accents make French hard to read and show that the text went through a
    misconfigured conversion; each occurrence is a visible defect."""
    example = "la sÃ©curitÃ© → la sécurité"
    examples_bad = [
        bad("La sÃ©curitÃ© de l'Europe est en jeu.", "Ã©", suggestion="é"),
        bad("Lâ€™OTAN a rÃ©agi.", "â€™", suggestion="’"),
        bad("Vous devez sp??cifier une t??che.", "sp??cifier", suggestion="spécifier"),
    ]
    examples_good = [
        good("La sécurité de l'Europe est en jeu."),
        good("La lettre Ã est rare en français, comme Å ou Æ ; São Paulo et Ñandú."),
        good("Vraiment?Non. Voir page?id=3 et le code ab??xz."),  # no French word behind the question marks
    ]

    def check(self, ctx):
        for m in SUSPECT.finditer(ctx.text):
            fixed = repair(m.group())
            if fixed and all(ord(c) > 127 for c in fixed):
                yield self.finding(ctx, m.start(), m.end(), _("Mojibake: {text} is {fixed} decoded with the wrong encoding.").format(
                    text=quote(m.group()), fixed=quote(fixed)),
                                   suggestion=fixed)
        if "?" not in ctx.text:
            return
        text, done = ctx.text, 0
        for m in LOST.finditer(text):
            if m.start() < done:
                continue  # in the word already read
            start, end = m.start(), m.end()
            while start > max(done, m.start() - LOST_WORD) and (text[start - 1].isalpha() or text[start - 1] == "?"):
                start -= 1
            while end < min(len(text), m.end() + LOST_WORD) and (text[end].isalpha() or text[end] == "?"):
                end += 1
            done = end
            word = text[start:end].strip("?")
            start = text.index(word, start)
            fixed = restore(word) if word.count("?") <= 2 * LOST_RUNS else None
            if fixed:
                yield self.finding(ctx, start, start + len(word), _("Letters lost in a character conversion: {text} "
                                                                    "is probably {fixed}.").format(
                    text=quote(word), fixed=quote(fixed)), suggestion=fixed)
