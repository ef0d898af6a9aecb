"""Localisation QA: what the source-against-target rules (rules/l10n/) share.

A unit's rules read a Context whose text is the unit's target and whose extras carry
`source` (the unit's source text), optionally `source_language` (default "en"), `memory`
(a TranslationMemory for consistency checks), `glossary` and `dnt`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.technical import technical_spans
from ..read.bilingual import CODE_RE

# software placeholders and markup that must survive translation unchanged
PLACEHOLDER_RE = re.compile(
    r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[sdifxXeEgGcr%]"       # %(name)s
    r"|(?<![\d%])%(?:\d+\$)?[-#0+]*\d*(?:\.\d+)?(?:l|ll|h|z)?[sdifuxXeEgGcp@](?![A-Za-z])"  # %s %1$s %.2f
    r"|\{\{\s*[\w.]+\s*\}\}"                                 # {{name}}
    r"|\$\{\s*[\w.]+\s*\}"                                   # ${name}
    r"|\{\d+(?:,[^{}]*)?\}"                                  # {0} {0,number}
    r"|\{[A-Za-z_][\w.]*(?::[^{}]*)?\}"                      # {name} {name:.2f}
    r"|</?[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>"  # HTML/XML tags
)
# HTML entities (&amp; &nbsp;) are not codes: a target may write the character itself
ENTITY_RE = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
URL_RE = re.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"'«»]+[^\s<>\"'«».,;:!?)\]]", re.IGNORECASE)
EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")


@dataclass(frozen=True)
class Item:
    """A placeholder, code, URL or number found in a string."""

    start: int
    end: int
    text: str
    key: str  # what must match between source and target


def codes(text: str) -> list[Item]:
    """Inline codes (rendered XLIFF/TMX codes) and software placeholders, in order."""
    found = [Item(m.start(), m.end(), m.group(), m.group()) for m in CODE_RE.finditer(text)]
    taken = [(i.start, i.end) for i in found]
    for m in PLACEHOLDER_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if m.group() == "%" or _percent_sign(text, m):
            continue
        found.append(Item(m.start(), m.end(), m.group(), m.group()))
    return sorted(found, key=lambda i: i.start)


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


def mask_items(text: str) -> str:
    """The text with codes, placeholders, entities, URLs and e-mail addresses blanked (same length)."""
    chars = list(text)
    for i in codes(text) + links(text):
        chars[i.start:i.end] = " " * (i.end - i.start)
    for m in ENTITY_RE.finditer(text):
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def protected_spans(source: str, target: str) -> list[tuple[int, int]]:
    """Spans of the target that are not language: inline codes, placeholders, tags, URLs and
    e-mail addresses (MTA903/MTA904 compare them with the source), technical tokens (options,
    paths, identifiers) and quoted literals copied from the source. French rules never report
    inside them."""
    spans = [(i.start, i.end) for i in codes(target)] + [(i.start, i.end) for i in links(target)]
    spans += technical_spans(target) + quoted_literals(source, target)
    return sorted(set(spans))


OPENING_QUOTES, CLOSING_QUOTES = "'\"`‘“«", "'\"’”»"
_QUOTED = re.compile(r"(?:«\s*|[\"“‘'`])([^\s«»\"“”‘’'`][^«»\"“”‘’'`\n]{0,80}?)\s*(?:»|[\"”’'])")
_CODE_CHARS = re.compile(r"[-_/.=$%:]")


def quoted_literals(source: str, target: str) -> list[tuple[int, int]]:
    """Quoted stretches of the target copied from the source, where the source quotes them too:
    a keyword, a value or a command the string mentions ("LTYPE is 'old', 'new', or 'unchanged'" ->
    « old », « new », « unchanged »), not words it uses. One word, or several with a code
    character in them (« apt-get install perl »)."""
    out = []
    for m in _QUOTED.finditer(target):
        literal = m.group(1)
        if " " in literal and not _CODE_CHARS.search(literal):
            continue
        for q in re.finditer(r"(?<!\w)" + re.escape(literal) + r"(?!\w)", source):
            before, after = source[:q.start()].rstrip()[-1:], source[q.end():].lstrip()[:1]
            if before and after and before in OPENING_QUOTES and after in CLOSING_QUOTES:
                out.append((m.start(1), m.end(1)))
                break
    return out


def body(text: str) -> tuple[int, int]:
    """The target without its leading and trailing spaces: where a finding about the whole
    unit points (an empty target gives 0, 0)."""
    s = len(text) - len(text.lstrip())
    e = len(text.rstrip())
    return (s, e) if s < e else (0, len(text))


def source_of(ctx) -> str | None:
    src = ctx.extras.get("source")
    return src if isinstance(src, str) else None


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
