"""Technical tokens: stretches of text that are not language in either French or English, however
English they look: command-line options (`--data-only`, `--[no-]graph`, `-depth`), file paths
(`/usr/share/doc`, `debian/source/format`, `~/.menu-methods`, `$PREFIX/share`), settings (`method=stdout`),
identifiers written as programs write them (`pr_datasz`, `Free_list::allocate`, `.note.gnu.property`,
`collective.googlenews`), TeX's commands (`\\begin{itemize}`, `\\subsection*{…}`), and an editor's commands
quoted after their colon (`":help syntax"`).
Software strings are full of them and a translator keeps them as they are; the untranslated-English and
French rules leave them alone.

    technical_spans("utilisez --data-only dans /etc/apt")  -> [(10, 21), (27, 35)]

Template expressions (Mako's and JavaScript's `${object.name or ''}`, Jinja's `{% if a and b %}`) and Mako's
control lines (`% if object.user_id and object.signature:`) are code too, but for their string literals that
read as messages, which the translator translates:
`${ctx.get('error') or "Impossible d'obtenir le message"}` has the message as language.
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
# a path from the home folder or a shell variable, one part or more ("~/.menu-methods", "$PREFIX/share",
# "${HOME}/bin"): prose writes neither before a slash
_HOME_PATH = r"(?<![\w/.$~])(?:~|\$\{?[A-Za-z_]\w*\}?)/[\w.+-]+(?:/[\w.+*-]*)*"
# a setting: a name, "=" and a value, no space between ("method=stdout", 'needs="X11"', "WINEDEBUG=warn+all")
_SETTING = r"(?<![\w.=/:$-])[A-Za-z_][\w.-]*=(?:\"[^\"\n]{0,80}\"|'[^'\n]{0,80}'|[^\s=,;»\"')\]]+)"
# an identifier: an underscore inside a word, "::" between words, or a name that starts with a dot
_IDENTIFIER = (r"\b\w+(?:::\w+)+"
               r"|(?<!\w)[0-9]*[A-Za-z][A-Za-z0-9]*_\w*[A-Za-z0-9]\w*"
               r"|(?<!\w)_\w*[A-Za-z]\w*"
               r"|(?<![\w.])\.[a-z][\w-]*(?:\.[\w-]+)+")
# a dotted name: a lower-case word of 3 letters or more and lower-case parts of 2 or more after it, glued by dots (a
# package, module or setting: "collective.googlenews", "supybot.plugins.requireVacuum"; not "p.ex"); technical_spans
# keeps it where it is not two words glued by a missing space ("workout.built")
_DOTTED = r"(?<![\w.@/:-])(?P<dotted>[a-z][a-z0-9]{2,}(?:\.[a-z_]\w+)+)(?![\w@/-]|\.\w)"
_CODE_PART = re.compile(r"[\d_]|[a-z][A-Z]")  # a digit, an underscore or an inner capital: no word
# a manual page: a lower-case name, or a Perl module's, and its section ("apt-secure(8)", "printf(3p)",
# "Locale::Po4a::Xml(3pm)")
_MANPAGE = r"(?<![\w.+:-])(?:[a-z][\w.+-]*|[A-Za-z]\w*(?:::\w+)+)\([1-9][a-z]*\)(?!\w)"
# a TeX or LaTeX command and its arguments in brackets or braces ("\begin{itemize}", "\subsection*{Titre}"),
# glued to a word or not ("mot\footnote{…}")
_TEX = r"(?<!\\)\\[A-Za-z]+\*?(?:\[[^\[\]\n]{0,80}\]|\{[^{}\n]{0,80}\})*"
# an editor's command typed after a colon, opening a quotation, with its arguments (vim's « :help syntax »,
# « ":set noro" »): French puts no colon right after an opening quote, nor a letter right after a colon
_EX_COMMAND = r"(?:(?<=[«\"“‘'])|(?<=«[ \u00a0\u202f])):[a-z]+(?:[ \u00a0]+[^\s\"«»“”]+){0,6}"
# each alternative has one way to split a run it fails on, and starts only where a run starts: linear time
_TOKENS = f"{_OPTION}|{_PATH}|{_HOME_PATH}|{_SETTING}|{_MANPAGE}|{_IDENTIFIER}|{_DOTTED}|{_EX_COMMAND}"
TECHNICAL_RE = re.compile(_TOKENS, re.MULTILINE)
# with TeX's commands, for a text with a backslash (most have none: the alternative costs a quarter more)
TECHNICAL_TEX_RE = re.compile(f"{_TOKENS}|{_TEX}", re.MULTILINE)
_EMPHASIS = re.compile(r"_[^\W_]+_")  # Markdown's _word_ is emphasis, not a name


# a template expression opens with "${", "{%" or "{{"; it closes at the brace that balances it
_TEMPLATE_OPEN = re.compile(r"\$\{|\{%|\{\{")
TEMPLATE_MAX = 1000  # characters: a longer "expression" is left as text


# a literal that reads as a message: two words of letters with a space between ("Impossible d'obtenir")
_MESSAGE = re.compile(r"[^\W\d_]{2,}[^\S\n]+[^\W\d_]")


def template_expressions(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, code) of every template expression of text, in order: its extent from the opening to
    the brace that balances it, and its code, that extent less the inside of each quoted literal that
    reads as a message ("Impossible d'obtenir…", which the translator translates); a literal that does
    not ('dbname', '%s, ') is code. Linear: a scan that finds no closing brace within TEMPLATE_MAX
    characters, or meets a blank line, goes on from where it stopped."""
    out: list[tuple[int, int, list[tuple[int, int]]]] = []
    if "{" not in text:  # every opening has a brace: most texts have none
        return out
    pos, n = 0, len(text)
    while True:
        m = _TEMPLATE_OPEN.search(text, pos)
        if m is None:
            return out
        i, depth, pieces, quote, lit = m.end(), 1, [], "", 0
        piece, end, limit = m.start(), -1, min(n, m.start() + TEMPLATE_MAX)
        while i < limit:
            c = text[i]
            if quote:
                if c == "\\":
                    i += 2
                    continue
                if c == quote:
                    quote = ""
                    if _MESSAGE.search(text, lit, i):  # a message: language, not code
                        pieces.append((piece, lit))
                        piece = i
            elif c in "'\"":
                quote, lit = c, i + 1
            elif m.group() == "{%" and text.startswith("%}", i):
                end = i + 2
                break
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    end = i + 1 + (m.group() == "{{" and text.startswith("}", i + 1))
                    break
            elif c == "\n" and text.startswith("\n", i + 1):
                break  # a blank line ends any expression
            i += 1
        if end < 0:
            pos = max(i, m.end())
            continue
        pieces.append((piece, end))
        out.append((m.start(), end, [(a, b) for a, b in pieces if b > a]))
        pos = end


# a Mako control line: "% if object.user_id and object.user_id.signature:", "% endif"; the whole line is code
_CONTROL_LINE = re.compile(r"^[ \t]*%[ \t]*(?:if|elif|else|endif|for|endfor|while|endwhile|try|except|finally"
                           r"|endtry|with|endwith)\b[^\n]*", re.MULTILINE)


def template_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the code of every template expression of text, and of every Mako control line, in
    order and apart (an expression on a control line is the line's)."""
    spans = [span for _, _, code in template_expressions(text) for span in code]
    lines = [m.span() for m in _CONTROL_LINE.finditer(text)] if "%" in text else []
    if not lines:
        return spans
    kept, k = [], 0
    for s, e in spans:  # both in order
        while k < len(lines) and lines[k][1] <= s:
            k += 1
        if k == len(lines) or lines[k][0] >= e:
            kept.append((s, e))
    return sorted(kept + lines)


def _dotted_code(name: str) -> bool:
    """Is a dotted name code rather than words glued by a missing space? Three parts or more, a part with
    a digit, an underscore or an inner capital, or a part neither French nor English uses ("googlenews")."""
    parts = name.split(".")
    return len(parts) >= 3 or any(_CODE_PART.search(p) or zipf_fr_en(p) == (0, 0) for p in parts)


def _french(word: str) -> bool:
    fr, en = zipf_fr_en(word)
    return fr > 0 and fr >= en


CODE_WRITING = 3  # technical tokens that make a text one writing code (a manual, a program's help)


def code_spans(ctx) -> list[tuple[int, int]]:
    """technical_spans of the article's text, computed once per article for the rules that read them."""
    return ctx.memo("technical.spans", lambda: technical_spans(ctx.text))


def writes_code(ctx) -> bool:
    """Whether the article writes code: CODE_WRITING technical tokens or more."""
    return len(code_spans(ctx)) >= CODE_WRITING


def manual_page(ctx) -> bool:
    """Whether the article is a manual's page: an HTML page a documentation tool rendered from a manual's source,
    or a man page as mandoc writes it (read/html_input.py, HtmlText.manual)."""
    html = getattr(ctx.article, "html", None)
    return html is not None and html.manual


def technical(ctx) -> bool:
    """Whether the article is technical French: it writes code, or it is a manual's page."""
    return manual_page(ctx) or writes_code(ctx)


def technical_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every technical token of text, in order, apart (template expressions' code
    included)."""
    templates = template_spans(text)
    out: list[tuple[int, int]] = []
    for m in (TECHNICAL_TEX_RE if "\\" in text else TECHNICAL_RE).finditer(text):
        s, e = m.start(), m.end()
        name = "long" if m.group("long") else "short" if m.group("short") else None
        word = m.group(name) if name else ""
        if len(word) > 1 and "-" not in word and m.end(name) == e and _french(word):
            continue  # "--comporte", "-prismes": a dash before a French word
        if m.group("dotted") and not _dotted_code(m.group()):
            continue  # "workout.built": two words, a space missing
        while e > s and text[e - 1] in ".,:;":  # sentence punctuation after a path or option
            e -= 1
        if e - s >= 2 and not _EMPHASIS.fullmatch(text, s, e):
            out.append((s, e))
    if templates:
        k = 0
        kept = []
        for s, e in out:  # both in order: a token inside an expression's code is that code
            while k < len(templates) and templates[k][1] <= s:
                k += 1
            if k == len(templates) or templates[k][0] >= e:
                kept.append((s, e))
        out = sorted(kept + templates)
    return out
