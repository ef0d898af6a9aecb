"""Localisation QA: what the source-against-target rules (rules/l10n/) share.

A unit's rules read a Context whose text is the unit's target and whose extras carry
`source` (the unit's source text), optionally `source_language` (default "en"), `memory`
(a TranslationMemory for consistency checks), `glossary`, `dnt` and `plural_form` (k for a PO
plural entry's msgstr[k]).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang.technical import technical_spans, template_expressions
from ..read.bilingual import CODE_RE

# software placeholders and markup that must survive translation unchanged
PLACEHOLDER_RE = re.compile(
    r"%\(\w+\)(?! [^\W\d_]{2})[-#0 +]*\d*(?:\.\d+)?(?:l|ll|h|z)?[sdifuxXeEgGcr%]"  # %(name)s %(count)li
    r"|%\(\w+\)(?= [^\W\d_]{2})"  # "%(name) must": no conversion, its space no flag of the next word
    r"|(?<![\d%])%(?:\d+\$)?[-#0+]*(?:\*(?:\d+\$)?|\d*)(?:\.(?:\*(?:\d+\$)?|\d+))?(?:l|ll|h|z)?[sdifuxXeEgGcp@]"
    r"(?![A-Za-z])"  # %s %1$s %.2f %.*s %3$.*2$s
    r"|(?<![\d%])%(?!0\d)\d{1,2}(?![\d$])"                   # %1 %2: Qt's and KDE's numbered arguments (%02i is printf's)
    r"|\{\{\s*[\w.]+\s*\}\}"                                 # {{name}}
    r"|\$\{\s*[\w.]+\s*\}"                                   # ${name}
    r"|\{\d+(?:,[^{}]*)?\}"                                  # {0} {0,number}
    r"|\{[A-Za-z_][\w.]*(?::[^{}]*)?\}"                      # {name} {name:.2f}
    r"|</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>"  # HTML/XML tags
)
# HTML entities (&amp; &nbsp;) are not codes: a target may write the character itself
ENTITY_RE = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
# no quote of any kind inside or at the end (`https://example.com/l.html`)
URL_RE = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"'«»`“”‘’]+[^\s<>\"'«»`“”‘’.,;:!?)\]]", re.IGNORECASE)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")


@dataclass(frozen=True)
class Item:
    """A placeholder, code, URL or number found in a string."""

    start: int
    end: int
    text: str
    key: str  # what must match between source and target


# A printf directive as C and gettext read it: %s, %1$s, %-9.9s, %ld, %'d, and a width or precision
# read from an argument, %*d, %.*s, %3$.*2$s (the star reads an int: that argument, or the next one).
# PLACEHOLDER_RE leaves out one glued to a letter ("%dkB", "%sB", binutils' "%pB") lest prose
# ("%success") be read as code; such a directive counts when the other side of the unit has a
# directive of its type (codes(text, other)).
PRINTF_RE = re.compile(r"(?<![\d%])%(?:(?P<pos>\d+)\$)?[-#0+']*(?:(?P<wstar>\*(?P<wpos>\d+\$)?)|\d*)"
                       r"(?:\.(?:(?P<pstar>\*(?P<ppos>\d+\$)?)|\d+))?(?P<len>ll|l|h|z)?(?P<conv>[sdifuxXeEgGcp@])")
# argument types, as msgfmt --check-format compares them: %d and %i read the same argument, so do
# %u, %x, %X and %o, and every floating conversion
_PRINTF_TYPES = {"i": "d", "x": "u", "X": "u", "o": "u", "E": "f", "e": "f", "g": "f", "G": "f"}
# markup element names that a lone <name> is taken for (help texts write metavariables in angle
# brackets: <command>, <number>, <executable>; translators translate them)
MARKUP_ELEMENTS = frozenset(
    "a abbr b big blockquote br center cite dd div dl dt em h1 h2 h3 h4 h5 h6 hr i img kbd li ol p pre s small "
    "span strike strong sub sup tt u ul wbr".split())
_TAG_NAME = re.compile(r"</?([A-Za-z][\w:-]*)")


def printf_type(m) -> str:
    """The argument type a PRINTF_RE match reads ("ld", "u", "s"): what must agree between source and target."""
    return (m.group("len") or "") + _PRINTF_TYPES.get(m.group("conv"), m.group("conv"))


def is_markup(text: str, m) -> bool:
    """Is the tag PLACEHOLDER_RE matched at m markup, or a metavariable of a help text (<command>,
    <nombre>, <standard output>, <HW>) that the translator translates? Markup: a closing tag, a tag
    closed by itself (<br/>) or with an attribute value (<a href="...">), a tag whose closing tag
    follows in the same string, or a common HTML element name (<b>, <br>, <p>). XLIFF and TMX inline
    codes (<g1>, <x2/>) are codes whatever this says."""
    tag = m.group()
    if tag.startswith("</") or tag.endswith("/>") or "=" in tag:
        return True
    name = _TAG_NAME.match(tag).group(1)
    if name.lower() in MARKUP_ELEMENTS and re.fullmatch(r"<[\w:-]+\s*>", tag):
        return True
    return _last_closing(text).get(name, -1) >= m.end()


# HTML elements that never close: <br>, <br/> and <br /> are one tag
VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                           "source", "track", "wbr"})
# attributes whose value is text for the reader, which the translator translates
TEXT_ATTRIBUTES = frozenset({"title", "alt", "aria-label", "placeholder", "label", "summary"})
# an <input> of these types shows its value as the button's label
_BUTTON_TYPE = re.compile(r"\btype\s*=\s*[\"']?(?:submit|button|reset)\b", re.I)
_TAG_PARTS = re.compile(r"<(/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*(/?)>")
_ATTRIBUTE = re.compile(r"([\w:-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\s>]+))?")


_CSS_SPACE = re.compile(r"[ \t\n\r\f]*([:;])[ \t\n\r\f]*")  # ASCII spaces only: a no-break space breaks CSS
_ASCII_SPACES = re.compile(r"[ \t\n\r\f]+")


def tag_key(tag: str) -> str:
    """What must match between a tag of the source and one of the target: its name (case aside), and
    its attributes with their values, spaces aside (at the ends, runs of them, and around a style's
    colons and semicolons); a void element's closing slash (<br/> = <br>), the
    text of title and alt attributes and a button's value (translated) and link addresses (MTA904 compares those: a changed
    address is one finding, not two) are left out."""
    m = _TAG_PARTS.fullmatch(tag)
    if m is None:
        return URL_RE.sub("URL", tag)
    closing, name, attributes, self_closing = m.groups()
    name = name.lower()
    if name == "link" and (closing or re.search(r"\burl\s*=", attributes)):
        # KDE's KUIT <link url='…'>…</link> renders as <a href='…'>…</a>: a translator may write either
        name, attributes = "a", re.sub(r"\burl(\s*=)", r"href\1", attributes)
    parts = []
    text = TEXT_ATTRIBUTES
    if name == "input" and _BUTTON_TYPE.search(attributes):
        text = TEXT_ATTRIBUTES | {"value"}
    for a in _ATTRIBUTE.finditer(attributes):
        if a.group(2) is None or a.group(1).lower() in text:
            parts.append(a.group(1).lower())
        else:
            value = _ASCII_SPACES.sub(" ", a.group(2).strip(chr(34) + chr(39))).strip(" ")
            if a.group(1).lower() == "style":  # CSS: "font-size: 9pt;" is "font-size:9pt"
                value = _CSS_SPACE.sub(r"\1", value).rstrip(";")
            # a value that opens with an address is that address, whatever follows the address's end
            # ("…/wiki/Croche_(musique)": the closing bracket the address pattern leaves out)
            parts.append(f"{a.group(1).lower()}=" + ("URL" if URL_RE.match(value) else URL_RE.sub("URL", value)))
    if name in VOID_ELEMENTS:
        self_closing = ""
    return "<" + closing + " ".join([name] + parts) + ("/" if self_closing else "") + ">"


_CLOSING_TAG = re.compile(r"</([\w:-]+)\s*>")


@lru_cache(maxsize=64)
def _last_closing(text: str) -> dict:
    """Where the last closing tag of each name starts in text (one pass, not one search per tag)."""
    return {m.group(1): m.start() for m in _CLOSING_TAG.finditer(text)}


# a help-text metavariable whose French name has an apostrophe, which no tag has: <fichier-d'override>
_ELIDED_METAVARIABLE = re.compile(r"<[^\W\d_][\w-]*['’][\w'’-]*>")


def metavariables(text: str) -> list[Item]:
    """Angle-bracket words that is_markup() says are not markup: <command>, <exécutable>,
    <nom-d'utilisateur>."""
    found = [Item(m.start(), m.end(), m.group(), m.group()) for m in PLACEHOLDER_RE.finditer(text)
             if m.group().startswith("<") and not is_markup(text, m)]
    if "<" in text and ("'" in text or "’" in text):
        found += [Item(m.start(), m.end(), m.group(), m.group()) for m in _ELIDED_METAVARIABLE.finditer(text)]
        found.sort(key=lambda i: i.start)
    return found


QT_ARG = re.compile(r"%\d{1,2}")  # %1, %2: Qt's and KDE's numbered arguments, in any order
_QT_BARE = re.compile(r"(?<![\d%])%(?!0\d)\d{1,2}(?![\d$A-Za-z]|\.\d+[A-Za-z])")  # not printf's %6.2f
_QT_GLUED = re.compile(r"%\d{1,2}[A-Za-z]")


def codes(text: str, other: str | None = None) -> list[Item]:
    """Inline codes (rendered XLIFF/TMX codes) and software placeholders, in order. Help-text
    metavariables (<command>, Texinfo's @var{start}) are not codes (metavariables()). With other (the unit's other side),
    printf directives glued to a letter ("%dkB") count when other has a directive of their type. What lies
    inside a template expression is part of its code, not a placeholder of the message: `${'%s, ' % x.name}`
    has no %s of its own (an expression that is one placeholder, ${name}, {{name}}, stays one)."""
    found = [Item(m.start(), m.end(), m.group(), m.group()) for m in CODE_RE.finditer(text)]
    taken = [(i.start, i.end) for i in found]
    inside = [(s, e) for s, e, _ in template_expressions(text)]

    def in_expression(m) -> bool:
        return any(s <= m.start() and m.end() <= e and (s, e) != m.span() for s, e in inside)
    # a string with Qt's numbered arguments (%1, %2) is Qt's format: "%1x%2" is %1, "x", %2, not printf's %1x
    qt = "%" in text and (_QT_BARE.search(text) is not None or (other is not None and _QT_BARE.search(other) is not None))
    for m in PLACEHOLDER_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or (inside and in_expression(m)):
            continue
        if m.group() == "%" or _percent_sign(text, m):
            continue
        if m.group().startswith("<") and not is_markup(text, m):
            continue
        if m.group().startswith("{") and text.endswith("@var", 0, m.start()):
            continue  # Texinfo's @var{start}: a metavariable the translator translates (@var{début})
        if qt and _QT_GLUED.fullmatch(m.group()):
            found.append(Item(m.start(), m.end() - 1, m.group()[:-1], m.group()[:-1]))
            continue
        if other is not None and QT_ARG.fullmatch(m.group()) and (glued := _glued_printf(text, m.start())) \
                and (not qt or "." in glued.group()):
            continue  # "%2im", "%6.2fV": printf's %2i, %6.2f glued to a unit, not Qt's %2, %6 (the pass below reads it)
        key = tag_key(m.group()) if m.group().startswith("<") else m.group()
        found.append(Item(m.start(), m.end(), m.group(), key))
    if other is not None:
        taken = [(i.start, i.end) for i in found]
        types = None
        for m in PRINTF_RE.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken) or not _glued(text, m) \
                    or (inside and in_expression(m)):
                continue
            if types is None:
                types = {printf_type(o) for o in PRINTF_RE.finditer(other)}
            if printf_type(m) in types or "." in m.group():  # a precision (%6.2fV) is no prose's
                found.append(Item(m.start(), m.end(), m.group(), m.group()))
    return sorted(found, key=lambda i: i.start)


def _glued(text: str, m) -> bool:
    """Is the printf directive m glued to a letter ("%dkB", "%2im")?"""
    return text[m.end():m.end() + 1].isalpha()


def _glued_printf(text: str, start: int):
    """The printf directive at start when it is glued to a letter ("%2im", "%02ih"), else None."""
    p = PRINTF_RE.match(text, start)
    return p if p is not None and _glued(text, p) else None


def _percent_sign(text: str, m) -> bool:
    """'25 %s' is not a placeholder when the % follows a number (French 25 % suivi de s...)."""
    if not m.group().startswith("%"):
        return False
    before = text[:m.start()].rstrip(" \u00a0\u202f")
    return bool(before) and before[-1].isdigit() and m.group()[1:2].isalpha() and m.end() < len(text) \
        and text[m.end()].isalpha()


def links(text: str) -> list[Item]:
    found = [Item(m.start(), m.end(), m.group(), m.group().lower()) for m in URL_RE.finditer(text)]
    for m in EMAIL_RE.finditer(text):
        if not any(i.start <= m.start() < i.end for i in found):
            found.append(Item(m.start(), m.end(), m.group(), m.group().lower()))
    return sorted(found, key=lambda i: i.start)


@lru_cache(maxsize=256)  # MTA901 and MTA902 mask the same unit's source and target
def mask_items(text: str) -> str:
    """The text with codes, placeholders (printf directives glued to a letter too: "%1$pB", "%dkB"),
    help-text metavariables (<FILE1>), entities, URLs and e-mail addresses blanked (same length)."""
    chars = list(text)
    for i in codes(text) + links(text) + metavariables(text):
        chars[i.start:i.end] = " " * (i.end - i.start)
    for m in ENTITY_RE.finditer(text):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    for m in PRINTF_RE.finditer(text):
        if _glued(text, m):
            chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def protected_spans(source: str, target: str) -> list[tuple[int, int]]:
    """Spans of the target that are not language: inline codes, placeholders, tags, help-text
    metavariables (<commande>), URLs and e-mail addresses (MTA903/MTA904 compare them with the
    source), technical tokens (options, paths, identifiers), quoted literals copied from the
    source, the translator's glosses of source terms and the source terms it explains, command lines
    copied from the source, the keywords of usage lines, upper-case constants and camel-case
    identifiers the source has, and code copied from it (paths, backslash commands, function names),
    the files its paths name, lists of values it enumerates, the words of a command it shows with
    its argument ("help COMMAND" -> "help COMMANDE", "help <command>" -> "help <commande>"), the
    words of its code elements kept in the target's (<code>each …</code>), its variables ($number), and code
    in backquotes where the source has some (``children``). French rules never report inside them."""
    spans = [(i.start, i.end) for i in codes(target) + metavariables(target) + links(target)]
    spans += technical_spans(target) + quoted_literals(source, target) + glosses(source, target)
    spans += explained_terms(source, target) + path_names(source, target)
    spans += code_lines(source, target) + usage_words(source, target) + constants(source, target)
    spans += camel_identifiers(source, target) + copied_code(source, target) + value_lists(source, target)
    spans += command_words(source, target) + metavariable_commands(source, target) + code_elements(source, target)
    spans += copied_variables(source, target) + quoted_mentions(source, target) + backquoted(source, target)
    return sorted(set(spans))


# code in backquotes, as reStructuredText (``name``) and Markdown (`name`) write it: not glued to a letter
_BACKQUOTED = re.compile(r"(?<![`\w])(`+)(?!`)[^`\n]+?(?<!`)\1(?![`\w])")


def backquoted(source: str, target: str) -> list[tuple[int, int]]:
    """Code the target sets in backquotes where the source writes code so too (an Odoo module's
    description in reStructuredText: ``children``, ``nom_module.installed`` for ``module_name.installed``)."""
    if "`" not in target or not _BACKQUOTED.search(source):
        return []
    return [m.span() for m in _BACKQUOTED.finditer(target)]


# a variable as shells and Wesnoth write them: $number, $unit.name; not lftp's plural forms, "$file|files$"
_VARIABLE = re.compile(r"(?<![\w$\\])\$[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*(?![^$\n]*\|[^$\n]*\$)")


def copied_variables(source: str, target: str) -> list[tuple[int, int]]:
    """Variables the target keeps as the source writes them ("$number strikes" -> "$number attaques"; a name
    after a percent sign, KMail's "%from", "%bcc"). They are not compared as placeholders: help texts name
    values so too ("$line $filename"), which a translator may translate."""
    spans = []
    for rx, mark in ((_VARIABLE, "$"), (_PERCENT_NAME, "%")):
        if mark in source and mark in target:
            names = {m.group() for m in rx.finditer(source)}
            spans += [m.span() for m in rx.finditer(target) if m.group() in names]
    return spans


# a name after a percent sign, as template languages write a variable: %from, %fullsubject (not "50 %")
_PERCENT_NAME = re.compile(r"(?<![\w%])%[A-Za-z]{3,}\b")


_CODE_ELEMENT = re.compile(r"<(code|tt|kbd|samp|pre)(?:\s[^<>]*)?>(.*?)</\1\s*>", re.S | re.I)
_CODE_WORD = re.compile(r"[A-Za-z_][\w-]*")


def code_elements(source: str, target: str) -> list[tuple[int, int]]:
    """Words inside the target's code elements (<code>, <tt>, <kbd>, <samp>, <pre>) that the source's code
    elements have too: the program's names, kept where the translator translated the rest ("<code>each
    'lines.join(", ")'</code>" -> "<code>each 'lignes.join(", ")'</code>": « each »)."""
    if "<" not in source or "<" not in target:
        return []
    words = {w.group() for m in _CODE_ELEMENT.finditer(source) for w in _CODE_WORD.finditer(m.group(2))}
    if not words:
        return []
    return [(m.start(2) + w.start(), m.start(2) + w.end()) for m in _CODE_ELEMENT.finditer(target)
            for w in _CODE_WORD.finditer(m.group(2)) if w.group() in words]


# a command's words before its argument, on an indented line or after a bracket, colon or quote: an upper-case
# metavariable ("help COMMAND") or a file name ("book add file.pgn")
_COMMAND_WORDS = re.compile(r"(?:^[ \t]+|(?<=[(:«\"“'])[ \t]*)((?:[a-z][a-z0-9_-]*[ \t]+){1,3}?)"
                            r"([A-ZÀ-Ý][A-ZÀ-Ý0-9_]{2,}\b|[\w-]+\.[a-z0-9]{1,4}\b)", re.MULTILINE)


def command_words(source: str, target: str) -> list[tuple[int, int]]:
    """The words of a command the source shows with its argument, on an indented line (a command line a
    help text displays) or after a bracket or colon, kept as they are before the translated argument: an
    upper-case metavariable ("(help COMMAND to get more help)" -> "(help COMMANDE pour obtenir de
    l'aide)") or a file name of the same extension (" book add file.pgn" -> " book add fichier.pgn").
    Not English function words ("the FILE"), nor words before an argument the target writes as the
    source does ("unsupported BFD"), nor words that open a message ("unrecognized GET DIAGNOSTICS item",
    Apertium's "unrecognized REÇOIT élément")."""
    def commands(text):
        for m in _COMMAND_WORDS.finditer(text):
            words = tuple(m.group(1).split())
            if words and not any(w in ENGLISH_FUNCTION for w in words):
                arg = m.group(2)
                yield words, ("." + arg.rsplit(".", 1)[1]) if "." in arg else "NAME", arg, \
                    (m.start(1), m.start(1) + len(m.group(1).rstrip()))
    theirs = {(w, kind): arg for w, kind, arg, _ in commands(source)} if re.search(r"[A-Z]{3}|\.\w", source) else {}
    # the argument translated, so that the words before it stand apart from it ("unsupported BFD", both
    # sides alike, is English left before an acronym)
    return [span for w, kind, arg, span in commands(target) if theirs.get((w, kind), arg) != arg] if theirs else []


# one or two command words right before a help-text metavariable: "help <command>", "tracker3 help <command>"
_WORDS_BEFORE = re.compile(r"(?<![\w.-])((?:[a-z][a-z0-9_-]*[ \t]+){1,2})$")
_NON_SPACE = re.compile(r"\S+")


def metavariable_commands(source: str, target: str) -> list[tuple[int, int]]:
    """The words of a command shown before a help-text metavariable that the target translates, kept
    as the source has them ("(specify help <command> for details)" -> "(spécifiez help <commande> pour
    plus de détails)": « help »): the last words before the source's metavariable, one or two, that the
    target has before its own; not English function words, nor words before a metavariable the target
    leaves as it is (an English label kept before it is still English left)."""
    def before(text):  # (metavariable, [the words before it, as matches in text])
        for item in metavariables(text):
            m = _WORDS_BEFORE.search(text, max(0, item.start - 60), item.start)
            if m:
                yield item.text, list(_NON_SPACE.finditer(text, m.start(1), m.end(1)))
    theirs = [(arg, [w.group() for w in words]) for arg, words in before(source)]
    spans = []
    for arg, words in (before(target) if theirs else ()):
        for their_arg, their_words in theirs:
            if their_arg == arg:
                continue
            n = 0
            while n < min(len(words), len(their_words)) and words[-1 - n].group() == their_words[-1 - n] \
                    and their_words[-1 - n] not in ENGLISH_FUNCTION:
                n += 1
            if n:
                spans.append((words[-n].start(), words[-1].end()))
                break
    return spans


# words or values separated by commas, spaces or a wrapped line allowed after each comma: "full, source,
# binary, any, all", "[sysv,gnu,both]"
_LIST = re.compile(r"(?<![\w.+-])[\w+-]+(?:\.[\w+-]+)*(?:,[ \t]*(?:\n[ \t]*)?[\w+-]+(?:\.[\w+-]+)*)+")
_ITEM_SEP = re.compile(r",\s*")
# the last item may follow a conjunction ("Exit for, while, or until loops"; "for, while, ou until")
_CONJUNCTIONS = {"or", "and", "ou", "et"}
_NOT_ITEMS = _CONJUNCTIONS | {"etc"}  # words that join or close a list (« …, preview, etc. »)
_LAST_ITEM = re.compile(r",?[ \t]+(?:or|and)[ \t]+([\w+-]+(?:\.[\w+-]+)*)(?![\w.+-])")
_AFTER_CONJUNCTION = re.compile(r"[ \t]+([\w+-]+(?:\.[\w+-]+)*)(?![\w.+-])")


def value_lists(source: str, target: str) -> list[tuple[int, int]]:
    """Comma lists of single words whose every item is an item of one list of three or more in the
    source: the values or names a string enumerates ("specify the build <type>: full, source, binary,
    any, all" -> "… : full (par défaut), source, binary, any, all", "valid names are main, fsm, vm,
    init" -> "les noms valides sont main, fsm, vm, init", "Exit for, while, or until loops" -> "Sort
    des boucles for, while, ou until"; "etc." closing a list is no item), not words the translator left in
    English."""
    found = list(_LIST.finditer(target))
    if not found:
        return []
    lists = []
    for m in _LIST.finditer(source):
        items = _ITEM_SEP.split(m.group())
        last = (_AFTER_CONJUNCTION if items[-1] in _CONJUNCTIONS else _LAST_ITEM).match(source, m.end())
        lists.append(set(items) - _NOT_ITEMS | ({last.group(1)} if last else set()))
    lists = [items for items in lists if len(items) >= 3]
    out = []
    for m in found:
        items = set(_ITEM_SEP.split(m.group())) - _NOT_ITEMS
        if len(items) >= 2 and any(items <= theirs for theirs in lists):
            out.append(m.span())
    return out


# a run of non-spaces with a code mark inside: a slash, backslash, bar or plus between word characters
# ("debian/rules", "C:\\temp", "source|sources|variables", "lost+found"), a backslash before a word
# ("\\restrict", a psql command), "=" between two words, a name right before an opening bracket ("rename(",
# "length("), an "@", a dot, a hash or a colon opening it ("@include", the assembler's ".literal", the C
# preprocessor's "#else", Vim's ":finally"), or a dot
# between letters (a file name, "vendors.list"; a dotted name, "notify_peers.count"), or a named
# argument as GNU aspell writes them ("%accepted:2")
_RUN = re.compile(r"[^\s«»\"“”‘’'`]+")
_CODE_MARK = re.compile(r"\w[/\\=|+]\w|(?<![\w\\])\\[A-Za-z]|[A-Za-z_]\(|^[@.#/:][A-Za-z]|^\[[a-z_][\w-]*\]|[A-Za-z]{2}\.[A-Za-z]{2}"
                        r"|^%[A-Za-z]\w*:\d")
_OPTION_VALUE = re.compile(r"(?<!\S)(--?[A-Za-z][\w-]*)[ =]([A-Za-z][\w.-]*)")  # "-f grayscale"
_BACKSLASH_COMMAND = re.compile(r"(?<![\w\\])\\[A-Za-z]+")
_SETTING_LINE = re.compile(r"[\w.-]+ = [\w.-]+")  # "core.fsyncMethod = batch"
_CALL = re.compile(r"(?<![\w.])[A-Za-z_][\w.]*\(")
_LEADING_NAME = re.compile(r"\s*([a-z_][\w-]*)[ \u00a0\u202f]?:(?!:)")
# "   left: jump to the left window", "  unpack - unpacks the tarballs", " unpack        dépaquette"
# (or a single space before the argument it takes: "  disable name/project", "  list --enabled")
_INDENTED_NAME = re.compile(r"[ \t]+([a-z_][\w-]*)(?:[ \u00a0\u202f]?:(?!:)|[ \t]+[-–][ \t]|[ \t]{2,}(?=\S)"
                            r"|[ \t](?=--?[A-Za-z]|[\w.-]*[/=|<\[]))")
# a value a sentence of the list defines before a dash: "scope: none - No users. some - Listed users."
_DEFINED_NAME = re.compile(r"(?:^|[.:;!?][ \t]+|\n[ \t]*)([a-z][\w-]*)[ \t]+[-–][ \t]")
# a field the program prints before its value: "(entropy=%.3g)", "[output path='%s']"
_FIELD = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z_ -]{0,30}?)=(?=['\"]?(?:%|\{|\$))")
# a keyword after a metavariable and a colon: "-l PROVIDER:help" -> « -l FOURNISSEUR:help »
_METAVARIABLE_KEYWORD = re.compile(r"(?<![\w-])[^\W\d_a-zß-ÿ]{2,}[0-9]*:([a-z][\w-]*)")
# alternatives between bars, in brackets: an option's values ("--parity <odd | even>")
_ALTERNATIVES = re.compile(r"[<\[{][^<>\[\]{}\n|]{1,30}(?:\|[^<>\[\]{}\n|]{1,30})+[>\]}]")
# a lower-case name after a bullet, then a dash, a colon or a wide space: an item of a list of values or commands
# ("* extend - Creates a virtual monitor", "* help       list subcommands")
_BULLET_NAME = re.compile(r"(?:^|(?<=\s))[*•][ \t]+([a-z][\w-]*)(?=[ \t]+[-–][ \t]|[ \t\u00a0\u202f]*:(?!:)|[ \t]{2})", re.M)


def _trimmed(run: str) -> str:
    """The run without the sentence punctuation after it, nor a closing bracket it does not open."""
    end, extra = len(run), run.count(")") - run.count("(")
    while end:
        c = run[end - 1]
        if c in ".,;:!?" or (c == ")" and extra > 0):
            extra -= c == ")"
            end -= 1
        else:
            break
    return run[:end]


def copied_code(source: str, target: str) -> list[tuple[int, int]]:
    """Code the source has as it is, kept by the translator in running text: a relative path or a
    command written with a slash or backslash ("fichier rules (par défaut : debian/rules)", "clé
    pour \\restrict de psql"; a backslash command the source has, TeX's "\\paragraph{Titre}"), a directive
    ("@include est une extension gawk"), or the name of a function called with brackets ("échec de
    rename('%s', '%s')", "« length(tableau) »": the name, whatever the translator did inside; "write()"
    for the source's "write:", empty brackets the translator added to a name of the source),
    alternatives between bars ("source|sources|functions"), a setting as the source writes it
    ("core.fsyncMethod = batch"), and the lower-case name that opens the message before a colon, as
    the source opens it: the function or command speaking ("and: called with less than two arguments"
    -> "and : appelé avec moins de 2 arguments"), or an indented line of a help text that lists two or
    more such names ("     left: jump to the left window" -> "     left : sauter à la fenêtre à
    gauche": the argument a command takes; "  unpack - unpacks the tarballs" -> " unpack        dépaquette
    les archives", the name before a dash or a wide space), and the lower-case name a bulleted item of the source
    defines, kept after the same bullet ("* extend - Creates a new monitor" -> "* extend - Crée un nouveau
    moniteur"; a command written with a slash, "/help", and a section or tag name in square brackets,
    "[campaign]", are copied runs), and the value an option takes in a command line the source shows ("-f
    grayscale"), the alternatives between bars of a bracket the source has ("--parity <odd | even>"),
    the values a list of sentences defines before a dash, two or more as the source lists them ("none -
    No users are recorded. some - ..." -> "none - Aucun utilisateur n'est enregistré. some - ..."), and
    the commands an indented help list names before their argument ("  disable name/project"), and the
    name of a field the program prints before its value ("(entropy=%.3g)", "[output path='%s']"), and a
    keyword after a metavariable and a colon, the metavariable translated ("-l PROVIDER:help" -> « -l
    FOURNISSEUR:help »)."""
    out = []
    lead, head = _LEADING_NAME.match(target), _LEADING_NAME.match(source)
    if lead and head and lead.group(1) == head.group(1):
        out.append(lead.span(1))
    if "\n" in source:
        heads = {m.group(1) for line in source.splitlines() if (m := _INDENTED_NAME.match(line))}
        if len(heads) >= 2:
            pos = 0
            for line in target.splitlines(keepends=True):
                m = _INDENTED_NAME.match(line)
                if m and m.group(1) in heads:
                    out.append((pos + m.start(1), pos + m.end(1)))
                pos += len(line)
    items = set(_BULLET_NAME.findall(source))
    out += [m.span(1) for m in _BULLET_NAME.finditer(target) if m.group(1) in items] if items else []
    defined = set(_DEFINED_NAME.findall(source))
    if len(defined) >= 2:
        out += [m.span(1) for m in _DEFINED_NAME.finditer(target) if m.group(1) in defined]
    if "|" in source:
        out += [m.span() for m in _ALTERNATIVES.finditer(target) if m.group() in source]
    if ":" in source:
        keywords = set(_METAVARIABLE_KEYWORD.findall(source))
        out += [m.span(1) for m in _METAVARIABLE_KEYWORD.finditer(target) if m.group(1) in keywords] if keywords else []
    if "=" in source:
        fields = {m.group(1).strip() for m in _FIELD.finditer(source)}
        out += [m.span(1) for m in _FIELD.finditer(target) if m.group(1).strip() in fields] if fields else []
    settings = set(_SETTING_LINE.findall(source))
    out += [m.span() for m in _SETTING_LINE.finditer(target) if m.group() in settings] if settings else []
    runs = [m for m in _RUN.finditer(target) if _CODE_MARK.search(m.group())]
    if runs:
        copied = {_trimmed(m.group()) for m in _RUN.finditer(source)}
        calls = {m.group() for m in _CALL.finditer(source)}
        names = set(re.findall(r"[A-Za-z_][\w.]*", source))  # "write()": a name of the source, called
        for m in runs:
            run = _trimmed(m.group())
            if run in copied:
                out.append((m.start(), m.start() + len(run)))
                continue
            for c in _CALL.finditer(run):
                if c.group() in calls or (run[c.end():c.end() + 1] == ")" and c.group()[:-1] in names):
                    out.append((m.start() + c.start(), m.start() + c.end() - 1))
    if "-" in source:  # an option's value as the source gives it ("-f grayscale", "--mode=fast")
        given = {m.group() for m in _OPTION_VALUE.finditer(source)}
        out += [m.span(2) for m in _OPTION_VALUE.finditer(target) if m.group() in given] if given else []
    if "\\" in source:  # a backslash command the source has (TeX's \paragraph), where no copied run holds it
        commands = set(_BACKSLASH_COMMAND.findall(source))
        out += [m.span() for m in _BACKSLASH_COMMAND.finditer(target) if m.group() in commands
                and not any(a <= m.start() and m.end() <= b for a, b in out)]
    return out


_PATH = re.compile(r"(?<![\w./-])[\w.-]+(?:/[\w.-]+)+")


def path_names(source: str, target: str) -> list[tuple[int, int]]:
    """A file named by the last part of a path the source gives, as a word of the target: "fichier
    rules à exécuter (par défaut : debian/rules)" for "rules file to execute (default: debian/rules)"."""
    names = {m.group().rstrip(".").rsplit("/", 1)[1] for m in _PATH.finditer(source)}
    names = {n for n in names if len(n) >= 3 and re.fullmatch(r"[A-Za-z][\w.-]*", n)}
    if not names:
        return []
    words = re.finditer(r"(?<![\w./-])[A-Za-z][\w.-]*(?<!\.)(?![\w/-])", target)
    return [m.span() for m in words if m.group() in names]


# two lower-case letters or more, then a capital inside the word ("asyncStatus"; not "iPhone", "McDonald")
_CAMEL = re.compile(r"(?<![\w.'’-])[a-z]{2}[a-z0-9]*[A-Z][A-Za-z0-9]*(?![\w-])(?!['’](?!s\b))")  # "oldestMulti's" too


def camel_identifiers(source: str, target: str) -> list[tuple[int, int]]:
    """Camel-case identifiers the source has as they are ("impossible d'obtenir authorityInfoAccess",
    "asyncStatus inattendu"). Only in units: in running text, a capital inside a word is more often two
    words glued together ("handlesIncludes" in a product listing whose lines were joined), English the
    untranslated rule should see."""
    found = list(_CAMEL.finditer(target))
    if not found:
        return []
    copied = {m.group() for m in _CAMEL.finditer(source)}
    return [m.span() for m in found if m.group() in copied]


_CONSTANT = re.compile(r"(?<![\w-])[A-Z][A-Z0-9_]*[A-Z0-9](?:[ ][A-Z][A-Z0-9_]*[A-Z0-9])*(?![\w-])")


def constants(source: str, target: str) -> list[tuple[int, int]]:
    """Upper-case words in the middle of a line (after a lower-case word) that the source has as they
    are: the names of constants, states and keywords the string mentions ("setting pipeline to
    PAUSED" -> "définition du pipeline à PAUSED", "ACCESS SHARE lock" -> "verrou ACCESS SHARE"). A
    word that opens its line ("WARNING:") is not one."""
    out, words = [], None
    for m in _CONSTANT.finditer(target):
        lo = max(0, m.start() - 200)
        before = target[target.rfind("\n", lo, m.start()) + 1 or lo:m.start()]  # its line, up to 200 characters
        if not any(c.islower() for c in before):
            continue
        if words is None:
            words = {w for c in _CONSTANT.finditer(source) for w in c.group().split()}
        if all(w in words for w in m.group().split()):
            out.append(m.span())
    return out


OPENING_QUOTES, CLOSING_QUOTES = "'\"`‘“«", "'\"’”»"
# a straight or curly single quote between letters is an apostrophe (d'un), not a quote mark
_QUOTED = re.compile(r"(?:«\s*|(?<!\w)[\"“‘'`])([^\s«»\"“”‘’'`][^«»\"“”‘’'`\n]{0,80}?)\s*(?:»|[\"”’'](?!\w))")
_CODE_CHARS = re.compile(r"[-_/.=$%:]")


def quoted_literals(source: str, target: str) -> list[tuple[int, int]]:
    """Quoted stretches of the target copied from the source, where the source quotes them too:
    a keyword, a value or a command the string mentions ("LTYPE is 'old', 'new', or 'unchanged'" ->
    « old », « new », « unchanged »), not words it uses. One word, or several with a code
    character in them (« apt-get install perl ») or in GNU's `code' quotes (`help declare'; the command
    alone when the translator translated its argument: `help name' -> « help nom »). A word the
    source quotes is a literal in the target without quotes too ("display an "inconsistent" state" ->
    "afficher un état inconsistent")."""
    if not any(c in OPENING_QUOTES or c in CLOSING_QUOTES for c in source):
        return []
    marks = [i for i, c in enumerate(source) if c in OPENING_QUOTES or c in CLOSING_QUOTES]
    pairs, i = [], 0
    while i < len(marks) - 1:
        a, b = marks[i], marks[i + 1]
        markdown = source[a] == source[b] == "`"  # `code` as Markdown writes it: the next backtick closes it
        if b - a <= 82 and source[a] in OPENING_QUOTES and (source[b] in CLOSING_QUOTES or markdown):
            pairs.append((a, b))
        i += 2 if markdown else 1
    quoted = {source[a + 1:b].strip() for a, b in pairs}  # every stretch between two quote marks, spaces off
    code = {source[a + 1:b].strip() for a, b in pairs if source[a] == "`"}
    out = []
    commands = {tuple(c.split()) for c in code if " " in c}
    for m in _QUOTED.finditer(target):
        literal = m.group(1)
        if literal in quoted and (" " not in literal or _CODE_CHARS.search(literal) or literal in code):
            out.append((m.start(1), m.end(1)))
        elif commands and " " in literal:  # `help name' -> « help nom »: the command, its argument translated
            words = literal.split()
            if any(len(c) == len(words) and c[0] == words[0] for c in commands):
                out.append((m.start(1), m.start(1) + len(words[0])))
    words = {q for q in quoted if _QUOTED_WORD.fullmatch(q)}
    if words:
        inside, k = sorted(out), 0
        for m in _QUOTED_WORD.finditer(target):
            while k < len(inside) and inside[k][1] <= m.start():
                k += 1
            if m.group() in words and not (k < len(inside) and inside[k][0] <= m.start()):
                out.append(m.span())
    return sorted(out)


# French quotation marks and straight double quotes, a name or value of up to MENTION_WORDS words between them
_MENTION = re.compile(r'(?:«[ \u00a0\u202f]*|“|(?<![\w"])")([^\s«»“”"][^«»“”"\n]{0,60}?)[ \u00a0\u202f]*(?:»|”|"(?![\w"]))')
MENTION_WORDS = 4
# the word before the quotation makes it a word the sentence uses, not a name it mentions: a copula, a verb of
# saying, a degree ("c'est « awesome »", "il a dit « no comment »", "très « cool »")
_USED_AFTER = frozenset("""est sont était étaient sera seront serait être été devient deviennent devenu semble semblent
reste restent paraît dit dite dits disent dire répond répondu déclare déclaré écrit crie très trop si plus moins
vraiment assez tellement aussi""".split())
_LETTERS = re.compile(r"[^\W_]+")


def quoted_mentions(source: str, target: str) -> list[tuple[int, int]]:
    """Words of the source that the target quotes, whether the source quotes them or not: the name of a
    command, an option, a value or a setting the string mentions (« remove », « package-root » for
    "packageroot", « Priority: required » for 'Priority required', « override redirect »), up to
    MENTION_WORDS words, compared letters and digits only, whole source words. Not after a copula, a verb
    of saying or a degree word, where the sentence uses the English word ("c'est « awesome »"): that is
    English left in the French."""
    if not any(c in target for c in "«“\""):
        return []
    words = [w.lower() for w in _LETTERS.findall(source)]
    if not words:
        return []
    runs = set()  # every run of up to MENTION_WORDS consecutive source words, joined
    for i in range(len(words)):
        for j in range(i + 1, min(i + MENTION_WORDS, len(words)) + 1):
            runs.add("".join(words[i:j]))
    out = []
    for m in _MENTION.finditer(target):
        inner = [w.lower() for w in _LETTERS.findall(m.group(1))]
        if not inner or len(inner) > MENTION_WORDS or not any(c.isalpha() for w in inner for c in w):
            continue
        before = _LETTERS.findall(target[max(0, m.start() - 30):m.start()])
        if before and before[-1].lower() in _USED_AFTER:
            continue
        if "".join(inner) in runs:
            out.append(m.span(1))
    return out


_QUOTED_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w-]*(?![\w'’-])")


GLOSSES_PER_UNIT = 50  # distinct bracketed stretches looked up in the source (each reads the source once)
_GLOSS_QUOTES = "«»\"“”‘’' \u00a0\u202f"
_GLOSS = re.compile(r"(?<=[\w»\"”'’])(?:\s*\(\s*([^()]{1,60}?)\s*\)|\s*«\s*([^«»]{1,60}?)\s*»|\s*\"([^\"\n]{1,60}?)\""
                    r"|\s+'([^'\n]{1,60}?)'(?!\w)|\s*`([^`'\n]{1,60}?)')")  # 'x' after a space (not an elision), GNU's `x'


def glosses(source: str, target: str) -> list[tuple[int, int]]:
    """The source's own term, in brackets or quotes the source does not put around it, right after
    the French for it: the translator's gloss ("trampoline (veneer)", "mots de passe cachés « shadow
    password »" for "shadow passwords"). Machine translation keeps the source's punctuation; it does
    not add a bracket around a term it left in English."""
    out, seen = [], {}
    for m in _GLOSS.finditer(target):
        k = next(i for i in (1, 2, 3, 4, 5) if m.group(i) is not None)
        term = " ".join(m.group(k).strip(_GLOSS_QUOTES).split())  # "zone (« area »)": quotes inside the bracket
        if (term, k == 1) not in seen:
            if len(seen) >= GLOSSES_PER_UNIT or not re.search(r"[^\W\d_]{2}", term):
                seen[term, k == 1] = False
            else:
                seen[term, k == 1] = _gloss_of(term, source, bracket=k == 1)
        if seen[term, k == 1]:
            out.append((m.start(k), m.end(k)))
    return out


# a word, bare or in quotes, then a bracket after it
_EXPLAINED = re.compile(r"(?<![\w-])(?:([A-Za-z][\w-]*)|«[ \u00a0\u202f]*([A-Za-z][\w-]*)[ \u00a0\u202f]*»"
                        r"|\"([A-Za-z][\w-]*)\")[ \u00a0]?\(\s*([^()\n]{2,60}?)\s*\)")


def explained_terms(source: str, target: str) -> list[tuple[int, int]]:
    """A word of the source kept as it is, followed by a bracket the source does not have that
    explains it in French: a value or name the translator kept on purpose ("[={ascending
    (croissant),descending (décroissant)}]" for "[={ascending,descending}]", "« centered » (centré)").
    The reverse of a gloss; machine translation adds no bracket either."""
    found = list(_EXPLAINED.finditer(target))
    if not found:
        return []
    words = set(re.findall(r"[\w-]+", source))
    bracketed = set(re.findall(r"([\w-]+)\s*\(", source))
    folded, notes, out = source.casefold(), {}, []
    for m in found:
        k = next(i for i in (1, 2, 3) if m.group(i) is not None)
        term, note = m.group(k), m.group(4)
        if term not in words or term in bracketed or not re.search(r"[^\W\d_]{2}", note):
            continue
        if note not in notes:  # each distinct note read against the source once, GLOSSES_PER_UNIT at most
            notes[note] = len(notes) < GLOSSES_PER_UNIT and note.casefold() not in folded
        if notes[note]:
            out.append(m.span(k))
    return out


def _gloss_of(term: str, source: str, bracket: bool = True) -> bool:
    # words apart or hyphenated ("large-object"), the last one singular or plural in either
    words = term.split()
    if len(words[-1]) > 3 and words[-1][-1] in "sS" and words[-1][-2:-1].isalpha():
        words[-1] = words[-1][:-1]
    at = re.search(r"(?<!\w)" + r"[\s-]+".join(map(re.escape, words)) + r"(?:e?s)?(?!\w)", source, re.IGNORECASE)
    if at is None:
        return False
    before, after = source[max(0, at.start() - 80):at.start()].rstrip()[-1:], source[at.end():at.end() + 80].lstrip()[:1]
    # the source brackets it as the target does (or quotes it, when the target quotes it): the
    # source's own punctuation copied, not the translator's gloss ("The 'cut line'" -> "(cut line)" is one)
    opening, closing = ("(", ")") if bracket else (OPENING_QUOTES, CLOSING_QUOTES)
    return not (before and before in opening or after and after in closing)


_CODE_TOKEN = re.compile(r"^-{1,2}\w|[_/=;{}\[\]()<>|$%\\]|\.\.\.|\w\.\w")
_COLUMN = re.compile(r"[ \t]+(\S(?:\S| (?! ))*)[ \t]{2,}\S")  # an indented help line: its first column


# a metavariable of a help line, in capitals (accents included: the translator's CHAÎNE for STRING)
_CAPITALS = re.compile(r"(?<![\w-])[^\W\d_a-zß-ÿ]{2,}[0-9]*(?![\w-])")


def _masked(column: str) -> str:
    """A help line's first column with its metavariables blanked: "length STRING" = "length CHAÎNE"."""
    return _CAPITALS.sub("\x00", column)


def code_lines(source: str, target: str) -> list[tuple[int, int]]:
    """Lines of the target that are a line of the source, copied whole, where at least a third of the
    words are code (options, paths, identifiers, SQL with its ;): a command line or a statement the
    string shows ("pg_upgrade -d oldCluster/data -D newCluster/data", "ALTER TABLE ... SET WITHOUT
    OIDS;"); and the first column of an indented help line that a help line of the source has too,
    its metavariables aside, the values or options the line explains ("  none, off       never make
    backups" -> "  none, off       Ne jamais faire de sauvegarde"; "  length STRING    length of STRING" ->
    "  length CHAÎNE    longueur de CHAÎNE"); a line of three keywords or more, lower-case words none of which
    is an English function word and one of which English does not commonly use ("init preclean source
    build binary buildinfo", "g - grap, r - refer, v - vgrind": the names a help text lists, commas and
    dashes between them). An English sentence copied whole is not one
    (MTA401 reports it)."""
    lines = {line.strip() for line in source.splitlines() if line.strip()}
    columns = {_masked(m.group(1)) for m in map(_COLUMN.match, source.splitlines()) if m}
    out, pos = [], 0
    for line in target.splitlines(keepends=True):
        text = line.strip()
        if text in lines:
            words = text.split()
            if len(words) >= 2 and 3 * sum(1 for w in words if _CODE_TOKEN.search(w)) >= len(words) \
                    or keyword_line(_list_words(words)):
                start = pos + line.index(text)
                out.append((start, start + len(text)))
        elif columns:
            m = _COLUMN.match(line)
            if m and _masked(m.group(1)) in columns:
                out.append((pos + m.start(1), pos + m.end(1)))
        pos += len(line)
    return out


# words that open an English noun phrase or join two (a line without any is a list of names, not prose)
ENGLISH_FUNCTION = frozenset(
    "a an the this that these those its their your our my his her no not all any each every some of to in "
    "for on with and or by from at as is are be was were".split())
_KEYWORD = re.compile(r"[a-z][a-z0-9_-]*")


def _list_words(words: list[str]) -> list[str]:
    """The words of a line, without the separators of a list ("g - grap, r - refer, v - vgrind")."""
    return [w.rstrip(",;") for w in words if w.rstrip(",;") and not _SEPARATOR.fullmatch(w)]


_SEPARATOR = re.compile(r"[-–—|=:,;]+")


def keyword_line(words: list[str]) -> bool:
    """Three lower-case keywords or more, no English function word and one word English does not
    commonly use (wordfreq): a list of names ("preclean"), not a line of prose left in English."""
    from ..lang.frequency import COMMON_EN, zipf

    return len(words) >= 3 and all(_KEYWORD.fullmatch(w) for w in words) \
        and not any(w in ENGLISH_FUNCTION for w in words) and any(zipf(w, "en") < COMMON_EN for w in words)


_SYNTAX = re.compile(r"[\[\]{}|;<>]|\.\.\.")
_METAVARIABLE = re.compile(r"[A-Z][A-Z0-9_]+[;,]?")
_COMMAND = re.compile(r"[a-z][a-z0-9_.-]*|%prog|%\(prog\)s")  # optparse and argparse write the name %prog
_HEAD_END = re.compile(r"\s+-\s+|\s{2,}")
_WORD = re.compile(r"[^\W\d_]+")


_LABEL = re.compile(r"^[^\W\d_]+[ \u00a0\u202f]?:\s+")  # "Usage: ", "Syntaxe : " before the syntax
# the labels that say the line is a usage line, so that one argument in brackets is syntax enough
_USAGE_LABEL = re.compile(r"^(?:usage|utilisation|syntaxe?|synopsis|emploi)[ \u00a0\u202f]?:", re.IGNORECASE)


def _usage_head(line: str) -> str | None:
    """A usage line's syntax (before " - " or a column gap; after a label such as "Usage:"): a command
    name first, then arguments in brackets, braces or bars, NAME metavariables or a semicolon in a third
    of its tokens or more; after a usage label, one such token is enough ("Usage: %prog [options] path
    query", whose lower-case metavariables are the program's words)."""
    line = line.strip()
    head = _HEAD_END.split(_LABEL.sub("", line, count=1), maxsplit=1)[0]
    tokens = head.split()
    if len(tokens) < 2 or not _COMMAND.fullmatch(tokens[0]) or not _SYNTAX.search(head):
        return None
    syntax = sum(1 for t in tokens if _SYNTAX.search(t) or _METAVARIABLE.fullmatch(t))
    return head if 3 * syntax >= len(tokens) or _USAGE_LABEL.match(line) else None


def usage_words(source: str, target: str) -> list[tuple[int, int]]:
    """Words of a usage line of the target that the source's usage line for the same command has too:
    the keywords and subcommands the syntax shows, kept as they are while the metavariables are
    translated ("select NAME [in WORDS ... ;] do COMMANDS; done" -> "select NOM [in MOTS ... ;] do
    COMMANDES; done"; "commands [num] - starts a list" -> "commands [no] - débute une liste")."""
    heads: dict[str, set] = {}
    for line in source.splitlines():
        head = _usage_head(line)
        if head:
            heads.setdefault(head.split()[0], set()).update(_WORD.findall(head))
    out, pos = [], 0
    for line in target.splitlines(keepends=True) if heads else ():
        head = _usage_head(line)
        words = heads.get(head.split()[0]) if head else None
        if words:
            at = pos + line.index(head)
            out += [(at + m.start(), at + m.end()) for m in _WORD.finditer(head) if m.group() in words]
        pos += len(line)
    return out


# the entry where translators list themselves (GNOME's "translator-credits", KDE's "Your names" and
# "Your emails" in the contexts NAME OF TRANSLATORS / EMAIL OF TRANSLATORS): names and addresses, no text
CREDITS_SOURCES = frozenset({"translator-credits", "translator_credits", "translators-credits", "translator credits"})
CREDITS_CONTEXTS = frozenset({"NAME OF TRANSLATORS", "EMAIL OF TRANSLATORS"})


def credits_unit(unit) -> bool:
    """Is the unit the translators' credits, whose target lists their names and e-mail addresses?"""
    return unit.source.strip().lower() in CREDITS_SOURCES or (unit.context or "").strip().upper() in CREDITS_CONTEXTS


def same_text(target: str, source: str) -> bool:
    """The target is the source, spaces and case aside: MTA906 judges such a target whole."""
    return " ".join(target.split()).casefold() == " ".join(source.split()).casefold()


def body(text: str) -> tuple[int, int]:
    """The target without its leading and trailing spaces: where a finding about the whole
    unit points (an empty target gives 0, 0)."""
    s = len(text) - len(text.lstrip())
    e = len(text.rstrip())
    return (s, e) if s < e else (0, len(text))


def source_of(ctx) -> str | None:
    """The unit's source, None when there is none to compare with: none given, or a source that is the
    program's key, not text (see source_key)."""
    src = ctx.extras.get("source")
    return src if isinstance(src, str) and not source_key(src, ctx.text) else None


# an identifier: words joined by underscores ("__PlaylistItem__", "config_preamble", a numbered one:
# "01_title"), or two humps of camel case or more ("Banjo5GTablatureString"); a letter somewhere
_KEY_SOURCE = re.compile(r"(?=[\w-]*[A-Za-z])_*[A-Za-z0-9]+(?:[_-]+[A-Za-z0-9]+)*_*")
_KEY_HUMP = re.compile(r"[a-z0-9][A-Z]")
# a template's file ("help.txt") or a path of three names or more ("list:admin:action:post.txt"), no digit-only part
_BRACED_KEY = re.compile(r"\{[A-Za-z][\w-]*(?::[A-Za-z][\w-]*){2,}\}")
_FILE_KEY = re.compile(r"[A-Za-z][\w-]*(?::[A-Za-z][\w-]*){2,}(?:\.[a-z]{2,4})?|[A-Za-z][\w-]*\.[a-z]{2,4}")


def source_key(source: str, target: str) -> bool:
    """Is the source the program's key rather than English text: one identifier with underscores or
    camel case (songwrite's "__PlaylistItem__", "Banjo5GTablatureString"), which the catalogue
    translates into French words? The program looks the key up; the French is the only text there
    is, and nothing of the key (numbers, codes, words) is to be kept. A key between double
    underscores may stand for any value (silverjuke's "__DATE_EDITABLE__" → « %d.%m.%Y »). A label's
    mnemonic inside a word ("Pa_use") is no key. So is a file name or a path of three names or more with no
    space in it, translated into three words or more (mailman's templates: "help.txt", "list:admin:action:post.txt"),
    and such a path in braces, translated into any words (simplesamlphp's "{core:no_cookie:header}"). So is
    Zope's and Plone's message id: lower-case words joined by hyphens translated into a text of
    KEY_TEXT_WORDS words or more ("front-text", the page's text), and an identifier with underscores whose
    French is a format of two placeholders or more and no word ("date_format_short" → « ${d}/${m}/${Y} »)."""
    source = source.strip()
    if _FILE_KEY.fullmatch(source) and len(target.split()) >= 3 and _LETTERS.search(target):
        return True  # a template's file or path as its key (mailman's "help.txt", "list:admin:action:post.txt")
    if _BRACED_KEY.fullmatch(source) and source not in target and _LETTERS.search(target):
        return True  # a path in braces (simplesamlphp's "{core:no_cookie:header}"), translated
    if not _KEY_SOURCE.fullmatch(source) or not target.strip() or source == target.strip():
        return False
    if source.startswith("__") and source.endswith("__") and len(source) > 4:
        return True  # whatever the French: a value (silverjuke's "__DATE_EDITABLE__" → « %d.%m.%Y »)
    if _HYPHEN_KEY.fullmatch(source) and len(target.split()) >= KEY_TEXT_WORDS:
        return True  # Zope's and Plone's message ids: "front-text" for the page's text, no English compound's
    if _JOINED.search(source) and len(_CODES_ONLY.findall(target)) >= 2 \
            and not _LETTERS.search(_CODES_ONLY.sub("", target)):
        return _key_word(source)  # a format as the key's value: Plone's "date_format_short" → « ${d}/${m}/${Y} »
    if not _SPACED.search(target.strip()) or _LETTERS.search(target) is None:
        return False
    if len(_KEY_HUMP.findall(source)) >= 2:
        return True
    if not _JOINED.search(source):
        return False
    return _key_word(source)


def _key_word(source: str) -> bool:
    """Is an identifier with underscores no English word with a label's mnemonic in it ("Pa_use")?"""
    from ..lang.frequency import zipf_fr_en

    return zipf_fr_en(source.replace("_", "").lower())[1] < KEY_WORD_ZIPF


# lower-case words joined by hyphens ("front-text"), a key when its French is a text no compound's translation is
_HYPHEN_KEY = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")
KEY_TEXT_WORDS = 8
# placeholders ("${d}/${m}/${Y}", "%d.%m.%Y"): a format key's French is two or more of them and no word
_CODES_ONLY = re.compile(r"\$\{\w+\}|%[A-Za-z]|\{\w+\}")
_SPACED = re.compile(r"\S\s+\S")
_JOINED = re.compile(r"[A-Za-z0-9]_+[A-Za-z0-9]")
KEY_WORD_ZIPF = 2.0  # an English word this common, an underscore inside it, is a label's mnemonic


_COUNT = re.compile(r"%(?:\d|L?n|l?[diu])|\{0\}")  # %1 (KDE, Qt), %n, %d, {0}: a count
_ONE = re.compile(r"(?<![\w.,%$&#])(?:1|[Oo]ne)(?![\w%]|[.,]\d)")


def singular_count(ctx, source: str, target: str) -> list[str]:
    """The count placeholders a plural entry's singular form writes where its source writes the
    digit 1 or the word "one": KDE's msgid "1 command being processed" is translated « %1 commande en
    cours » ("Found one error." « %1 erreur a été trouvée »), as French uses that form for 0 and 1
    too and the program passes the count."""
    if ctx.extras.get("plural_form") != 0 or not _ONE.search(source) or _ONE.search(target):
        return []
    return [m.group() for m in _COUNT.finditer(target) if m.group() not in source]


def source_language(ctx) -> str:
    return (ctx.extras.get("source_language") or "en").split("-")[0].split("_")[0].lower()


def unit_finding(rule, ctx, start: int, end: int, message: str, source_span: tuple[int, int] | None = None,
                 **kw):
    """A finding on the unit's target at start:end, pointing at source_span in the source too."""
    f = rule.finding(ctx, start, end, message, **kw)
    if source_span is not None:
        src = source_of(ctx) or ""
        f.source_start, f.source_end = source_span
        f.source_text = src[source_span[0]:source_span[1]]
    return f


PAIR_LIMIT = 10_000


def pair_changed(lost: list, added: list, source: str, target: str, kind=lambda item: None,
                 in_order: bool = False) -> tuple[list, list, list]:
    """Items of the source the target lacks and items the target adds that the source lacks, paired where
    one of each, of the same kind, stands at about the same place of its text: one item changed ("30" ->
    "14", one address for another), which is one error to report, not two. Closest relative places
    first; with in_order, a kind with as many items lost as added pairs them in the order of their texts
    (a stale translation's "%s … %s" for "{partner} … {reference}"). Returns ([(added item, lost item)],
    lost items left, added items left). Past PAIR_LIMIT candidate pairs (a unit with thousands of numbers)
    nothing is paired: each is reported as it is."""
    if len(lost) * len(added) > PAIR_LIMIT:
        return [], list(lost), list(added)
    kind_a, kind_b = [kind(a) for a in added], [kind(b) for b in lost]
    taken_a, taken_b, pairs = set(), set(), []
    if in_order:
        for k in set(kind_a):
            mine_a = sorted((i for i, x in enumerate(kind_a) if x == k), key=lambda i: added[i].start)
            mine_b = sorted((j for j, x in enumerate(kind_b) if x == k), key=lambda j: lost[j].start)
            if len(mine_a) == len(mine_b):
                pairs += [(added[i], lost[j]) for i, j in zip(mine_a, mine_b)]
                taken_a.update(mine_a)
                taken_b.update(mine_b)
    where = lambda item, text: item.start / max(1, len(text))
    options = sorted((abs(where(a, target) - where(b, source)), i, j) for i, a in enumerate(added)
                     for j, b in enumerate(lost) if kind_a[i] == kind_b[j] and i not in taken_a and j not in taken_b)
    for _, i, j in options:
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            pairs.append((added[i], lost[j]))
    pairs.sort(key=lambda p: p[0].start)
    return pairs, [b for j, b in enumerate(lost) if j not in taken_b], [a for i, a in enumerate(added) if i not in taken_a]
