"""The text the rules read, when the input writes the same French in another way: accents typed as
a letter and a combining mark ("e" + U+0301, as macOS and some PDF copies give them) composed into
one character (NFC), soft hyphens (U+00AD, `&shy;`, a hint where a browser may break a word) left
out, and a carriage return alone (old Mac line ends) read as a line break.

Code is not French either: fenced code blocks and inline code in any text, a Markdown file's
front matter and raw HTML tags, and an HTML file's code elements (<pre>, <code>, <kbd>, <samp>, <tt>:
html_input.py) unless they sit in a line of text (`inline`), are blanked (same length) for the rules,
and findings on them (blanked or not) are dropped before the score (`code_spans`, `fold_article`,
`off_code`; one over prose that holds a little code is kept, and an English-left one on just a name the text
sets as code elsewhere is dropped: `code_names`). So are the suppression directives (`<!-- mtaudit-disable … -->`, in any text and in
HTML input) and, in a Markdown file, every HTML comment (`note_spans`): notes to the reader, not
the article's French, they must not move the score; the suppressions are read from the text before
blanking (`Folded.plain`).

`fold(text)` gives None when there is nothing to fold (nearly always), else a `Folded`: the folded
text and, for each of its characters, where it starts in the input, so every offset found in the
folded text maps back to the exact span of the input (`Folded.span`). The pipeline audits the
folded text and maps the report back (`unfold_report`): findings keep code-point offsets into the
text that was sent, and their `text` is that text's own span.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SOFT_HYPHEN = "\u00ad"


@dataclass
class Folded:
    text: str
    starts: list  # starts[i]: offset in the input of folded character i; starts[len(text)] = len(input)
    plain: str | None = None  # the text before code and notes were blanked (same offsets): where the
    #                           suppression directives are read; None when nothing was blanked

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The input's [start, end) for the folded text's [start, end); a span never ends inside a
        composed character: it takes the marks that follow its last letter."""
        return self.starts[start], self.starts[end]

    def within(self, start: int, end: int) -> tuple[int, int]:
        """The folded text's [start, end) for the input's [start, end) (span()'s inverse)."""
        import bisect

        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)


def _needs(text: str) -> bool:
    if SOFT_HYPHEN in text:
        return True
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return True
    return not unicodedata.is_normalized("NFC", text)


def fold(text: str) -> Folded | None:
    if not _needs(text):
        return None
    out: list[str] = []
    starts: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == SOFT_HYPHEN:
            i += 1
            continue
        if c == "\r" and (i + 1 >= n or text[i + 1] != "\n"):
            out.append("\n")
            starts.append(i)
            i += 1
            continue
        j = i + 1  # a letter and the combining marks after it compose together
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        composed = unicodedata.normalize("NFC", cluster) if j - i > 1 or not cluster.isascii() else cluster
        out.append(composed)
        if len(composed) == len(cluster):
            starts.extend(range(i, j))
        else:  # fewer characters: each one maps to the cluster's start, the next cluster starts at j
            starts.extend([i] * len(composed))
        i = j
    starts.append(n)
    folded = "".join(out)
    if folded == text:
        return None
    return Folded(folded, starts)


# Markdown's code is not French: fenced blocks, inline code spans, a front matter block at the top
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
# not glued to a letter: "l`homme", a backtick typed for an apostrophe, is no code
_INLINE = re.compile(r"(?<![`\w])(`+)(?!`)[^\n]*?(?<!`)\1(?![`\w])")
_FRONT = re.compile(r"\A---[ \t]*\n(?:.*\n)*?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")  # comments: note_spans (suppress reads directives first)


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the HTML or XML tags of a text (<br>, <span style='…'>, </b>; not a comment)."""
    return [m.span() for m in _TAG.finditer(text)] if "<" in text else []


def code_spans(text: str, markdown: bool) -> list[tuple[int, int]]:
    """Spans of code the rules must not read as French: Markdown's fenced blocks and inline code
    anywhere (backticks are not French punctuation); in a Markdown file also its front matter and
    raw HTML tags (an HTML tag in plain text is a leak the markup rules report)."""
    spans = _fenced(text)
    if markdown:
        spans += [m.span() for m in _FRONT.finditer(text)]
    inside = lambda a: any(s <= a < e for s, e in spans)  # noqa: E731
    spans += [m.span() for m in _INLINE.finditer(text) if not inside(m.start())]
    if markdown:
        spans += [m.span() for m in _TAG.finditer(text) if not inside(m.start())]
    return sorted(spans)


def note_spans(text: str, markdown: bool, code=()) -> list[tuple[int, int]]:
    """Spans of comments the rules and the score must not read: mtaudit's suppression directives in
    any text, and in a Markdown file every closed HTML comment (`<!-- … -->`; an unclosed one is
    text). `code`: sorted spans already blanked (code_spans), where no comment starts."""
    import bisect

    ends = [e for _s, e in code]

    def in_code(a: int) -> int | None:  # the end of the code span holding a, or None
        i = bisect.bisect_right(ends, a)
        return code[i][1] if i < len(code) and code[i][0] <= a else None

    spans = []
    if not markdown:
        if "mtaudit-" in text.lower():
            from ..detect.suppress import DIRECTIVE

            spans = [m.span() for m in DIRECTIVE.finditer(text) if in_code(m.start()) is None]
        return spans
    pos = text.find("<!--")
    while pos >= 0:  # one pass: each comment's close is searched once, from its opening
        skip = in_code(pos)
        if skip is not None:
            pos = text.find("<!--", skip)
            continue
        end = text.find("-->", pos + 4)
        if end < 0:
            break
        spans.append((pos, end + 3))
        pos = text.find("<!--", end + 3)
    return spans


def _fenced(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks, one pass over the lines: from a line opening with 3+ backticks or tildes to
    the line that closes it with as many of the same (CommonMark: an unclosed fence runs to the end)."""
    spans, pos, opened = [], 0, None  # opened: (start offset, fence characters)
    for line in text.splitlines(keepends=True):
        m = _FENCE.match(line)
        if opened is None:
            if m and not (m.group(1)[0] == "`" and "`" in line[m.end():]):
                opened = (pos, m.group(1))
        elif m and m.group(1)[0] == opened[1][0] and len(m.group(1)) >= len(opened[1]) \
                and not line[m.end():].strip():
            spans.append((opened[0], pos + len(line)))
            opened = None
        pos += len(line)
    if opened is not None:
        spans.append((opened[0], len(text)))
    return spans


def merged(spans) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping ones joined."""
    out: list = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def masked(text: str, spans) -> str:
    """text with the spans blanked, same length; line breaks kept so lines stay where they are."""
    out = list(text)
    for s, e in spans:
        for k in range(s, e):
            if out[k] != "\n":
                out[k] = " "
    return "".join(out)


def fold_article(article) -> tuple[Folded, list] | None:
    """(fold, code spans in the folded text) for an article the rules should not read as given, or None."""
    if article.meta.get("bilingual") is not None:
        return None
    folded = fold(article.text)
    base = folded.text if folded else article.text
    markdown = article.meta.get("format") == "md"
    kept = []
    if article.html is not None:  # the HTML reader's code elements, in the folded text where it folds
        spans = [folded.within(s, e) if folded else (s, e) for s, e in article.html.code]
        kept = [span for span in spans if inline(base, span)]
        spans = [span for span in spans if not inline(base, span)]
    else:
        spans = code_spans(base, markdown)
    spans = sorted(spans + note_spans(base, markdown and article.html is None, merged(spans + kept)))
    if folded is None and not spans and not kept:
        return None
    starts = folded.starts if folded else list(range(len(base) + 1))
    folded = Folded(masked(base, spans), starts, plain=base)
    return folded, sorted(spans + kept)


def inline(text: str, span: tuple[int, int]) -> bool:
    """Whether a code span sits in a line of text (« lancez apt-get pour… »): one line, with a letter
    outside it. Such code is left for the rules to read as the word it stands for in the sentence (a
    blank in its place would break the sentence's grammar); findings on it are still dropped."""
    s, e = span
    if "\n" in text[s:e]:
        return False
    a, b = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    b = len(text) if b < 0 else b
    return any(c.isalpha() for c in text[a:s]) or any(c.isalpha() for c in text[e:b])


def folded_article(article, folded: Folded):
    """The article to audit: the folded text, the same id, path, meta and source; an HTML input's map
    to its markup composed with the fold's."""
    import dataclasses

    html = article.html
    if html is not None:
        starts, ends = folded.starts, folded.starts[1:]
        html = dataclasses.replace(html, text=folded.text, starts=[html.starts[k] for k in starts[:-1]],
                                   ends=[html.ends[k - 1] for k in ends],
                                   code=[folded.within(s, e) for s, e in html.code],
                                   furniture=[folded.within(s, e) for s, e in html.furniture])
    return dataclasses.replace(article, text=folded.text, html=html, meta=dict(article.meta))


def _remap(node, folded: Folded, original: str) -> None:
    """Offsets into the folded text, wherever the report has them (findings, suppressed findings,
    round-trip sentences and pairs), mapped back into the input; a `text` beside them is the input's."""
    if isinstance(node, list):
        for x in node:
            _remap(x, folded, original)
        return
    if not isinstance(node, dict):
        return
    for a, b in (("start", "end"), ("anchor_start", "anchor_end")):
        s, e = node.get(a), node.get(b)
        if isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool):
            node[a], node[b] = folded.span(s, e)
            if a == "start" and isinstance(node.get("text"), str):
                node["text"] = original[node[a]:node[b]]
    for k, v in node.items():
        if isinstance(v, (dict, list)) and k not in ("score", "tool", "engines"):
            _remap(v, folded, original)


PROSE_WORDS = 3  # words outside code a finding that holds code needs, to be about the prose around it
PROSE_SENTENCE = 5  # words outside code, each standing alone, that make a sentence however much code it holds
_WORD = re.compile(r"[(\[«\"'“‘]*[^\W\d_]{2,}(?:['’-][^\W\d_]+)*[)\]»\"'”’.,;:!?]*")  # not « fat16|fat32|ext2 »


def off_code(findings: list, code, text: str | None = None) -> list:
    """The findings (Finding objects) that touch no code span: one on code (or on the blanks it left)
    is not about French. The pipeline drops them before scoring. With the text, a finding over prose
    that holds some code is kept (an English sentence naming a command: « See also apt-secure(8) for
    details »): PROSE_WORDS words or more outside code, and twice as many letters there as in it, or
    PROSE_SENTENCE words standing alone outside code, however long the code (« Then run ldapadd -ZD '…' -W -f
    ipxe.ldif to apply the changes »: an English sentence around a command); and an
    "English left" finding on just a name or a command line the document sets as code elsewhere is dropped too
    (code_names: a man page sets « faked » in bold in its synopsis, then names the daemon in plain text)."""
    if not code:
        return findings
    names = code_names(text, code) if text is not None else set()
    kept = []
    for f in findings:
        touched = [(s, e) for s, e in code if s < max(f.end, f.start + 1) and f.start < e]
        if touched and not (text is not None and _mostly_prose(text, f.start, f.end, touched)):
            continue
        if not touched and names and f.category == "untranslated" and " ".join(text[f.start:f.end].split()) in names:
            continue  # English left? no: the name the page sets as code (a grammar finding is about the grammar)
        kept.append(f)
    return kept


NAME = re.compile(r"[^\W\d_][\w.+-]*\w")  # a command, a file, an option's or a program's name: one token
NAME_MIN = 3  # characters, so that a one- or two-character code (« -a », « ls ») names nothing else
COMMAND_WORDS = 4  # a command line the page sets as code whole: a name and up to three arguments (« cvs update »)
_NAME_EDGES = " \t\n()[]'\"«»“”‘’.,;:"


def code_names(text: str, code) -> set:
    """The names the document sets as code: each line of a code span that is one token, without the
    brackets and quotes around it (« <b>faked</b> », « <b>apt-get</b>(8) »; a man page's « <i>apt-get</i> »
    at the end of a line runs on into the option in bold that opens the next), or a command line of up to
    COMMAND_WORDS tokens starting with a name in lower case (« <span class="command">cvs update</span> »; not a
    man page's « <b>SYSTEM FILE PRECEDENCE</b> », a section's title left in English). The same
    token, or the same command, elsewhere in its prose is that name, not English left in the page."""
    names = set()
    for s, e in code:
        for line in text[s:e].split("\n"):  # a run of code may go on past a line's end (« apt-get⏎--apt-cache »)
            words = line.strip(_NAME_EDGES).split()
            if len(words) == 1 and len(words[0]) >= NAME_MIN and NAME.fullmatch(words[0]):
                names.add(words[0])
            elif 1 < len(words) <= COMMAND_WORDS and NAME.fullmatch(words[0]) and words[0].islower():
                names.add(" ".join(words))  # a command's name is in lower case: « SYSTEM FILE PRECEDENCE » is a title
    return names


def _mostly_prose(text: str, start: int, end: int, code) -> bool:
    outside, inside, pos = [], 0, start
    for s, e in sorted(code):
        outside.append(text[pos:max(pos, s)])
        inside += sum(c.isalpha() for c in text[max(s, start):min(e, end)])
        pos = max(pos, e)
    outside.append(text[pos:end])
    prose = " ".join(outside)
    words = len(re.findall(r"[^\W\d_]{2,}", prose))
    if words >= PROSE_WORDS and sum(c.isalpha() for c in prose) >= 2 * inside:
        return True
    return sum(1 for token in prose.split() if _WORD.fullmatch(token)) >= PROSE_SENTENCE


def unfold_report(report: dict, folded: Folded, original: str) -> dict:
    _remap(report.get("findings"), folded, original)
    _remap(report.get("suppressed"), folded, original)
    _remap(report.get("notes"), folded, original)
    _remap(report.get("roundtrip"), folded, original)
    report["article"]["chars"] = len(original)
    return report


def unfold_source(report: dict, folded: Folded, original: str) -> None:
    """The source's offsets in the report (the alignment's pairs, findings' source spans), taken in
    the folded source, mapped back into the source as given; the `source` text beside them is its own."""
    pairs = (((report.get("roundtrip") or {}).get("bilingual") or {}).get("pairs")) or []
    for node in [*pairs, *report.get("findings", ()), *report.get("suppressed", ())]:
        s, e = node.get("source_start"), node.get("source_end")
        if isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool):
            node["source_start"], node["source_end"] = folded.span(s, e)
            for k in ("source", "source_text"):
                if isinstance(node.get(k), str):
                    node[k] = original[node["source_start"]:node["source_end"]]
