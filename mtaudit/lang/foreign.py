"""Paragraphs written in a language other than French or English (a wrong file, a source paragraph
left as it was, a machine that answered in a third language). English is the untranslated-English
rules' business; this module finds the rest, line by line:

* another script: at least SCRIPT_LETTERS letters on the line, and at least SCRIPT_SHARE of its
  letters, outside the Latin script (Greek, Cyrillic, Arabic, Hebrew, CJK, Hangul...);
* the Latin script: at least MIN_LOWER lower-case words (capitalised words are left out: names),
  at least UNKNOWN_SHARE of them unknown to the French dictionary, and langdetect, on the line
  alone, sure (LANGDETECT_MIN) that it is neither French nor English.

A French sentence full of names ("Thorsten Margis (SV Halle), Candy Bauer et...") has few
lower-case words and those are French; a French sentence with a short quotation keeps most of its
lower-case words French. HTML entities are read as they render (« R&eacute;sum&eacute; » is French
written for an HTML page). Technical tokens (lang/technical.py: commands' options, paths, identifiers,
TeX) and web and e-mail addresses (lang/addresses.py) are no language: a line is read without them
(« $ dpkg-deb -x libtruc1_1.1-1.deb », « David Engel <david@ods.com> et … »)."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .addresses import url_matches
from .technical import technical_spans

SCRIPT_LETTERS = 8
SCRIPT_SHARE = 0.5
MIN_LOWER = 5
UNKNOWN_SHARE = 0.6
LANGDETECT_MIN = 0.9
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class ForeignLine:
    start: int
    end: int
    language: str  # langdetect's code, "und" when it is unsure
    probability: float
    script: bool  # True: found by its script; False: by its words
    unknown: int  # lower-case words unknown to French (Latin script), or letters outside Latin
    counted: int  # lower-case words (Latin script), or letters
    letters: int  # letters on the line


def latin(c: str) -> bool:
    o = ord(c)
    return o < 0x250 or 0x1E00 <= o <= 0x1EFF or 0xFB00 <= o <= 0xFB06


def foreign_lines(text: str, known) -> list[ForeignLine]:
    """The lines of text in another language than French or English. known(word) -> bool: is the
    word French (the spelling engine's dictionary)."""
    from ..detect.language import detect_language
    from ..read.fold import masked
    from ..read.segment import split_lines

    out = []
    for start, end in split_lines(text):
        line = text[start:end]
        if "&" in line:  # « R&eacute;sum&eacute; » is French written for HTML: read it as it renders
            line = html.unescape(line)
        letters = [c for c in line if c.isalpha()]
        other = sum(1 for c in letters if not latin(c))
        if other >= SCRIPT_LETTERS and other >= SCRIPT_SHARE * len(letters):
            lang = detect_language(line)
            code = lang["code"] if lang["confidence"] >= 0.5 else "und"
            out.append(ForeignLine(start, end, code, lang["confidence"], True, other, len(letters), len(letters)))
            continue
        lower = [w for w in WORD.findall(line) if w[0].islower()]
        if len(lower) < MIN_LOWER:
            continue
        unknown = sum(1 for w in lower if not known(w))
        if unknown < UNKNOWN_SHARE * len(lower):
            continue
        code = technical_spans(line) + [m.span() for m in url_matches(line)]
        if code:  # commands, paths, options, TeX and addresses are no language: the line without them
            line = masked(line, code)
            lower = [w for w in WORD.findall(line) if w[0].islower()]
            unknown = sum(1 for w in lower if not known(w))
            if len(lower) < MIN_LOWER or unknown < UNKNOWN_SHARE * len(lower):
                continue
        lang = detect_language(line)
        if lang["code"] in ("fr", "en") or lang["confidence"] < LANGDETECT_MIN:
            continue
        out.append(ForeignLine(start, end, lang["code"], lang["confidence"], False, unknown, len(lower), len(letters)))
    return out


def language_name(code: str, lang: str = "en") -> str | None:
    """The language's name in the messages' language (Babel), None when unknown."""
    if code in ("", "und"):
        return None
    try:
        from babel import Locale

        return Locale.parse(lang).languages.get(code.replace("-", "_").split("_")[0])
    except Exception:
        return None
