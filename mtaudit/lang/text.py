"""Text folding the rules share: one function a variant. Where rules compare text differently, each
way has its own name here and says what it keeps, so a rule picks one knowingly.

    strip_accents("Décision’s")   -> "Decision’s"   marks off, nothing else
    fold_accents("Décision’s")    -> "decision’s"   + lower case (round-trip comparisons)
    fold("Décision’s")            -> "decision's"   + one apostrophe (English/French word keys)
    fold_name("Łódź’s œuvre")     -> "lodz's oeuvre" + letters without a mark (ł ø ß đ ı æ œ): name keys
    squash(s), squash_name(s)     fold / fold_name without spaces, hyphens, dots, apostrophes
    fold_in_place("L’État")       -> "L'Etat"        one character for one, case kept (offsets stay valid)
    collapse_spaces(" a \\n b ")   -> "a b"
    cells("a | b |")              -> ["a", "b"]     a table cell's |-separated values
    light_stem("opposées")        -> "opposé"       plural s/x and feminine -ée off (phrase matching)
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "’‘ʼ`´"  # written for ' in running text
# letters NFKD leaves whole, written as their plain Latin form in name keys
_NAME_LETTERS = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "đ": "d", "Đ": "d",
                               "ı": "i", "æ": "ae", "œ": "oe", "’": "'"})
_SQUASH = re.compile(r"[\s'.\-]+")


def strip_accents(s: str) -> str:
    """Compatibility-decompose (NFKD) and drop the combining marks."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fold_accents(s: str) -> str:
    """Lower case without accents; apostrophes as written."""
    return strip_accents(s).lower()


def fold(s: str) -> str:
    """Lower case without accents, ’ written '."""
    return strip_accents(s.replace("’", "'")).lower()


@lru_cache(maxsize=65536)
def fold_name(s: str) -> str:
    """fold(), and letters without a combining mark (ł, ø, ß, đ, ı, æ, œ) as plain Latin: the key of a
    name ("Sébastien" -> "sebastien", "Wałęsa" -> "walesa")."""
    return strip_accents(s.translate(_NAME_LETTERS)).lower()


def squash(s: str) -> str:
    """fold() without spaces, hyphens, dots and apostrophes."""
    return _SQUASH.sub("", fold(s))


def squash_name(s: str) -> str:
    """fold_name() without spaces, hyphens, dots and apostrophes: the key for spelling variants of a name."""
    return _SQUASH.sub("", fold_name(s))


def fold_in_place(s: str) -> str:
    """Accents off and apostrophes unified, one character for one (offsets into s stay valid); case kept."""
    out = []
    for ch in s:
        if ch in APOSTROPHES:
            out.append("'")
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append(d[0] if len(d) > 1 and all(unicodedata.combining(c) for c in d[1:]) else ch)
    return "".join(out)


def collapse_spaces(s: str) -> str:
    """Runs of white space (any, non-breaking included) as one space, none at the ends."""
    return " ".join(s.split())


def cells(value: str | None) -> list[str]:
    """The values of a table cell, separated by |, stripped, empty ones dropped."""
    return [x.strip() for x in (value or "").split("|") if x.strip()]


# a word a menu label's keyboard accelerator splits (KDE and Qt mark the letter with &: « réc&ents »; GTK
# with _: « caté_gories », « info-_bulles »; ELinks and LibreOffice with ~: « so~us »): its two pieces;
# lang/grammalecte.py reads the same shape
ACCELERATED = r"([^\W\d_]+-?)[&_~]([^\W\d_]+)(?![\w&~])"
_ACCELERATED_WORD = re.compile(ACCELERATED)


def accelerated_word(text: str, start: int, end: int) -> str | None:
    """The word around start:end when a keyboard accelerator splits it (« réc&ents », « Affic&her »,
    « caté_gories », « so~us », the mark kept), or None."""
    lo = start
    while lo > 0 and (text[lo - 1].isalpha() or text[lo - 1] in "&_~-"):
        lo -= 1
    m = _ACCELERATED_WORD.match(text, lo)
    return m.group() if m and m.end() >= end else None


def light_stem(word: str) -> str:
    """Drop a final plural s/x, and the e of a feminine "-ée": "opposées" -> "opposé", "actifs" -> "actif".

    Kept this narrow on purpose (spaCy lemmas do the rest): dropping every final e would make
    "coupe" a "coup" and "pointe" a "point"."""
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if len(word) > 3 and word.endswith("ée"):
        word = word[:-1]
    return word
