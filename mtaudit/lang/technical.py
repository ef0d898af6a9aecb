"""Technical tokens: stretches of text that are not language in either French or English, however
English they look: command-line options (`--data-only`, `--[no-]graph`, `-depth`), file paths
(`/usr/share/doc`, `debian/source/format`), and identifiers written as programs write them
(`pr_datasz`, `Free_list::allocate`, `.note.gnu.property`). Software strings are full of them and a
translator keeps them as they are; the untranslated-English and French rules leave them alone.

    technical_spans("utilisez --data-only dans /etc/apt")  -> [(10, 21), (27, 35)]
"""
from __future__ import annotations

import re

from .frequency import zipf_fr_en

# an option: two hyphens and a lower-case word (an optional "[no-]" inside), or one hyphen and a lower-case
# letter run that starts a token (after a space, an opening bracket or quote, a comma, "|" or "/"), with
# its "=VALUE"; hyphens before a word more French than English are a dash, not an option ("--comme")
_OPTION = (r"(?<![\w-])--(?:\[[\w-]+\])?(?P<long>[a-z0-9][\w-]*)(?:\[?=[^\s\]\[,;)»\"']*\]?)?"
           r"|(?:(?<=[\s(\[{|,/«\"'`])|^)-(?P<short>[a-z][\w-]*)(?:=[^\s\]\[,;)»\"']*)?(?=[\s)\]}|,.;:»\"'`]|$)")
# a path: rooted (/, ~/, ./, ../) with at least two parts, or relative with at least three, one of them a
# file name with its extension ("lib/x86_64/libc.so"; "cliquer/spécifier/remplir" is a list of words)
_PATH = (r"(?<![\w/.])(?:~|\.\.?)?/[\w.+-]+(?:/[\w.+*-]*)+"
         r"|(?<![\w/.+-])[\w.+-]+/[\w.+-]+/[\w.+*-]*(?:/[\w.+*-]*)*\.[A-Za-z0-9]+")
# an identifier: an underscore inside a word, "::" between words, or a name that starts with a dot
_IDENTIFIER = (r"\b\w+(?:::\w+)+"
               r"|(?<!\w)[0-9]*[A-Za-z][A-Za-z0-9]*_\w*[A-Za-z0-9]\w*"
               r"|(?<!\w)_\w*[A-Za-z]\w*"
               r"|(?<![\w.])\.[a-z][\w-]*(?:\.[\w-]+)+")
# a manual page: a lower-case name and its section ("apt-secure(8)", "printf(3p)")
_MANPAGE = r"(?<![\w.+-])[a-z][\w.+-]*\([1-9][a-z]*\)(?!\w)"
# each alternative has one way to split a run it fails on, and starts only where a run starts: linear time
TECHNICAL_RE = re.compile(f"{_OPTION}|{_PATH}|{_IDENTIFIER}|{_MANPAGE}", re.MULTILINE)
_EMPHASIS = re.compile(r"_[^\W_]+_")  # Markdown's _word_ is emphasis, not a name


def _french(word: str) -> bool:
    fr, en = zipf_fr_en(word)
    return fr > 0 and fr >= en


def technical_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every technical token of text, in order, apart."""
    out: list[tuple[int, int]] = []
    for m in TECHNICAL_RE.finditer(text):
        s, e = m.start(), m.end()
        name = "long" if m.group("long") else "short" if m.group("short") else None
        word = m.group(name) if name else ""
        if len(word) > 1 and "-" not in word and m.end(name) == e and _french(word):
            continue  # "--comporte", "-prismes": a dash before a French word
        while e > s and text[e - 1] in ".,:;":  # sentence punctuation after a path or option
            e -= 1
        if e - s >= 2 and not _EMPHASIS.fullmatch(text, s, e):
            out.append((s, e))
    return out
