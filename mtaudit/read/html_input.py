"""HTML input: the plain text to audit, with a map from each text offset back to the HTML.

Tags and comments are dropped (mtaudit's own <!-- mtaudit-… --> directives are kept, for
suppressions), entities decoded, block elements become line breaks, a table's cells are apart by a tab (a row
is a line, not a phrase), runs of whitespace collapse to one space (except in <pre>/<textarea>), and
script/style/head content is skipped, as is
an element the page hides (the `hidden` attribute, an inline style `display: none` or `visibility:
hidden`: LibreOffice's help writes each system's variant of a key or menu, the others hidden; Sphinx's
search box waits hidden for its script).
For every code point of the plain text we keep the [start, end) span of the HTML it came from,
so a finding at text[s:e] is html[starts[s]:ends[e-1]] in the original.

Code is not French: the text of <pre>, <code>, <kbd>, <samp>, <tt> and <var> elements, and of elements whose
class names code in the documentation tools' markup (DocBook's `command`, `filename`, `screen`…,
Sphinx's `literal`, Pandoc's `sourceCode`, highlighters' `language-*`), is listed in `HtmlText.code`:
commands, a terminal's output, file names in a manual; so is a program's or a package's name that
DocBook marks (`application`, `package`: « installer adept », « (snort, … ) »), and, in a man page
as mandoc writes it (its body is `<div class="manual-text">`), the bold and italic text: in a man page
bold is what is typed as shown and italic an argument or a file name (man-pages(7)); and the programs' names
its NAME section gives before the dash (« sensible-editor, sensible-pager - lance … »). The pipeline blanks
it for the rules as it blanks a Markdown file's code, or leaves it in place where it sits in a sentence, and drops the
findings on it either way (read/fold.py).

The page's own furniture is listed in `HtmlText.furniture`: its navigation (<nav>, role="navigation",
links with an access key: the previous, next and contents links documentation tools write), its
footers (<footer>, role="contentinfo": credits, copyright, licence) and the section headings that link
to themselves (a heading holding a link to the id of the heading or of a section around it: the
permalinks mandoc, Sphinx and other documentation tools write: « VOIR AUSSI »), the titles of DocBook's
sections (a heading in the `titlepage` or `refsect1`… element DocBook wraps a section's title in), and the
whole of a man page's body as mandoc writes it: rendered from the manual's own source, it holds no web
page's chrome, and its COPYRIGHT, BUGS and AUTHORS sections are the manual's; so are the cells mandoc writes
above and below the body from the page's .TH line (its name and section, manual, date and source: « (c)
1997-2002 Gerd Knorr »), and the labels of a program's interface the manual names, which DocBook and Sphinx
mark (`guibutton`, `guilabel`, `guimenuitem`, `menuselection`…: a button « Ok », a field « Commentaire : »). It is
the page's,
marked so by its author or its tool, not chrome scraped into an article, so MTA600 leaves it; the other
rules read it (a label left in English there is still one).

`HtmlText.manual` says the page is a manual's: a documentation tool rendered it from the manual's source, as its
generator <meta> says (DocBook's stylesheets, Docutils and Sphinx, Texinfo, LaTeX2HTML, TeX4ht, SiSU, Doxygen,
Asciidoctor: `MANUAL_TOOLS`; a tool that converts any page, Pandoc, or writes a site, a CMS, is not one), or the
script it links says (yelp-xsl, which renders GNOME's Mallard help and writes no generator: `MANUAL_SCRIPTS`), or it
is a man page as mandoc writes it. The rules read a manual's credits, copyright, « Voir aussi » and sources as its own
(MTA600) and its French as technical (MTA501's register, the placeholders and tags MTA103 and MTA104 find).
"""
from __future__ import annotations

import _markupbase
import html as htmllib
import itertools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# paragraph breaks (two newlines) around these elements
BLOCK = frozenset("""
address article aside blockquote body caption center details dialog dir div dl fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hgroup hr html main menu nav ol p pre section summary table tbody
thead tfoot ul
""".split())
# a single line break
LINE = frozenset("br li tr dt dd option legend".split())
# a space between cells
CELL = frozenset("td th".split())
# content not shown as article text
SKIP = frozenset("script style template noscript head title textarea select svg math iframe object".split())
PRESERVE = frozenset("pre".split())
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# elements whose text is code, and class names that mark an element as code (compared in lower case),
# or as the name of a program or a package, which is no French either (DocBook's application, package)
CODE = frozenset("pre code kbd samp tt var".split())
MAN_CODE = frozenset("b i".split())  # code in a man page's body (MAN_BODY): typed as shown, or an argument
MAN_BODY = "manual-text"  # the class of mandoc's man page body
# the classes of the cells mandoc writes above and below a man page's body, from its .TH line: the page's name
# and section, its manual's title, its date and source (« XAWTV(1) », « net-tools », « (c) 1997-2002 … »)
MAN_HEAD_FOOT = frozenset("head-ltitle head-vol head-rtitle foot-date foot-os".split())
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# the classes of a program's interface labels a manual names (DocBook's gui* elements, KDE's guiitem, Sphinx's roles)
UI_CLASSES = frozenset("guibutton guilabel guimenu guimenuitem guisubmenu guiicon guiitem menuselection".split())
DOCBOOK_TITLES = frozenset("titlepage refnamediv refsynopsisdiv refsect1 refsect2 refsect3 refsection".split())
CODE_CLASSES = frozenset("""
command literal filename option userinput computeroutput programlisting screen synopsis cmdsynopsis
funcsynopsis function varname envar parameter prompt sgmltag classname methodname constant systemitem
code sourcecode highlight hljs application package
""".split())
CODE_CLASS_PREFIXES = ("language-", "lang-", "highlight-")
# the generator <meta> of the tools that render a manual from its source (compared in lower case): a manual's page
MANUAL_TOOLS = re.compile(r"\b(?:docbook xsl|docutils|sphinx|texi2html|texi2any|makeinfo|latex2html|tex4ht|"
                          r"sisu|doxygen|asciidoctor)\b")
# the script a documentation tool that writes no generator <meta> links from every page it renders: yelp-xsl's, for
# Mallard and DocBook help (GNOME's and MATE's help, as Yelp and help.gnome.org show it)
MANUAL_SCRIPTS = frozenset({"yelp.js"})

_WS = re.compile(r"[ \t\n\r\f\v]+")


def _is_code(tag: str, attrs) -> bool:
    if tag in CODE:
        return True
    for name, value in attrs:
        if name == "class" and value:
            for c in value.lower().split():
                if c in CODE_CLASSES or c.startswith(CODE_CLASS_PREFIXES):
                    return True
    return False


_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I)


def _is_hidden(attrs) -> bool:
    """Does the element's own markup hide it: the `hidden` attribute (but « until-found », which a
    reader's search reveals), or an inline style that does not display it? Not aria-hidden (shown,
    only not read aloud), nor a class a stylesheet hides (the page's styles are not read)."""
    for name, value in attrs:
        if name == "hidden" and (value or "").strip().lower() != "until-found":
            return True
        if name == "style" and value and _HIDING_STYLE.search(value):
            return True
    return False


FURNITURE_ROLES = frozenset({"navigation", "contentinfo"})


def _is_furniture(tag: str, attrs) -> bool:
    """The page's own furniture: <nav> and <footer>, an element whose role is navigation or contentinfo,
    and a link with an access key (the previous, next, up and home links DocBook, Publican and Sphinx
    write)."""
    if tag in ("nav", "footer"):
        return True
    return any((name == "role" and (value or "").strip().lower() in FURNITURE_ROLES)
               or (name == "accesskey" and tag == "a") for name, value in attrs)


_CHARREF = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+);?")
_ENTITYREF = re.compile(r"&[a-zA-Z][-.a-zA-Z0-9]*;?")


@dataclass
class HtmlText:
    """Plain text of an HTML document and the offset map back to it."""

    html: str
    text: str
    starts: list[int]  # starts[i]: HTML offset where text[i] begins
    ends: list[int]  # ends[i]: HTML offset just after text[i]'s source
    code: list = field(default_factory=list)  # [start, end) spans of text inside code elements
    furniture: list = field(default_factory=list)  # [start, end) spans of the page's own furniture (above)
    manual: bool = False  # a manual's page: a documentation tool rendered it (MANUAL_TOOLS, MANUAL_SCRIPTS), or
    # mandoc a man page

    def html_span(self, start: int, end: int) -> tuple[int, int]:
        """The HTML [start, end) covering text[start:end]."""
        if end <= start:  # empty span: a point in the HTML
            pos = self.starts[start] if start < len(self.starts) else len(self.html)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


class _Parser(HTMLParser):
    """Python 3.11's HTMLParser with its two pathologies mended (both readers of HTML use it)."""

    def __init__(self, convert_charrefs: bool):
        super().__init__(convert_charrefs=convert_charrefs)
        self._close_of = None  # the parser's buffer that _last_close is for
        self._last_close = -1
        self.hidden_tag = None  # the hidden element being skipped (its tag), None when none
        self.hidden_inside: dict[str, int] = {}  # elements opened inside it and not yet closed, per tag

    def _hide_open(self, tag: str, attrs, void: bool) -> bool:
        """Is this start tag inside a hidden element, or one's start? Either way it is skipped."""
        void = void or tag in VOID
        if self.hidden_tag is not None:
            if not void:
                self.hidden_inside[tag] = self.hidden_inside.get(tag, 0) + 1
            return True
        if _is_hidden(attrs):
            if not void:  # a void element (« <br hidden> ») has nothing inside to skip
                self.hidden_tag, self.hidden_inside = tag, {}
            return True
        return False

    def _hide_close(self, tag: str) -> bool:
        """Is this end tag inside a hidden element, or its end? Either way it is skipped. Any other end
        tag (an element opened before it: a hidden <p> the page leaves open) ends it too, and is read:
        where the markup is unclear, text is shown rather than lost."""
        if self.hidden_tag is None:
            return False
        if self.hidden_inside.get(tag):
            self.hidden_inside[tag] -= 1
            return True
        if tag == self.hidden_tag:
            self.hidden_tag = None
            return True
        self.hidden_tag = None
        return False

    def parse_comment(self, i, report=1):
        """The parser's own, but a comment that no "--" ">" closes after it is told at once. Python
        3.11's parser searches the rest of the input for the close from each "<!--" (then, at the
        end, takes the comment as text up to the next ">"): quadratic on thousands of unclosed
        comments ("<!-- a >" x 8,000: 1 s). Where the last close of the input starts is found once
        per buffer; a "<!--" after it cannot be closed, whatever the parser would search."""
        raw = self.rawdata
        if _CLOSE_SEARCH and raw.startswith("<!--", i):
            if raw is not self._close_of:
                self._close_of, self._last_close = raw, _last_close(raw)
            if i + 4 > self._last_close:
                return -1  # what the search would have found: no close
        return super().parse_comment(i, report)

    def parse_marked_section(self, i, report=1):
        """The parser's own; but "<![" without a name, or with a keyword it does not know
        ("<![foo]>"), made Python 3.11's parser raise AssertionError, and the file could not be read
        at all. Later Pythons, like browsers, read it as a bogus comment up to the next ">": dropped
        here (as the known sections, <![if IE]>, are), the parser's position put back where it was."""
        pos = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = pos
            end = self.rawdata.find(">", i + 3)
            return end + 1 if end >= 0 else -1  # no ">": unclosed, text as the parser makes it at the end


class _Converter(_Parser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.out: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.skip = 0  # depth inside SKIP elements
        self.pre = 0  # depth inside <pre>
        self.opened: dict[str, list[int]] = {}  # elements open, per tag: the order in which each opened
        self.seq = 0  # elements opened so far
        self.code_open: list[int] = []  # the order of the code elements open
        self.in_code: list[bool] = []  # per character of out: written inside a CODE element
        self.fur_open: list[int] = []  # the order of the furniture elements open
        self.in_fur: list[bool] = []  # per character of out: written inside one
        self.man_open: list[int] = []  # the order of the man page bodies open (MAN_BODY)
        self.man_start: int | None = None  # where the first man page body's text starts
        self.titles_open: list[int] = []  # the order of DocBook's section title wrappers open (DOCBOOK_TITLES)
        self.ids_open: list[tuple[int, str]] = []  # the order and id of the elements open that have one
        self.heading_open: list[tuple[int, int]] = []  # the order of the headings open, and where their text starts
        self.pending = 0  # line breaks owed before the next text (0, 1 or 2)
        self.pending_at = (0, 0)  # HTML span the owed breaks map to
        self.space_owed = ""  # the separator owed before the next text: a space, or a tab between table cells
        self.space_at = (0, 0)
        self.generators: list[str] = []  # the content of each generator <meta>
        self.scripts: list[str] = []  # the file name of each script a <script src> loads

    # -- positions ---------------------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _tag_end(self, pos: int) -> int:
        end = self.source.find(">", pos)
        return len(self.source) if end < 0 else end + 1

    # -- output ------------------------------------------------------------------------
    def _emit(self, ch: str, start: int, end: int) -> None:
        self.out.append(ch)
        self.starts.append(start)
        self.ends.append(end)
        self.in_code.append(bool(self.code_open))
        self.in_fur.append(bool(self.fur_open))

    def _pop(self) -> None:
        self.out.pop(), self.starts.pop(), self.ends.pop(), self.in_code.pop(), self.in_fur.pop()

    def _break(self, n: int, start: int, end: int) -> None:
        if n > self.pending:
            self.pending, self.pending_at = n, (start, end)
        self.space_owed = ""

    def _flush_breaks(self) -> None:
        if self.pending and self.out:
            while self.out and self.out[-1] == " ":  # no trailing space before a break
                self._pop()
            have = 0
            for ch in reversed(self.out[-2:]):
                if ch != "\n":
                    break
                have += 1
            for _ in range(self.pending - have):
                self._emit("\n", *self.pending_at)
        self.pending = 0

    def _text(self, text: str, start: int, raw_len: int | None = None) -> None:
        """Add decoded text; raw_len set means it all came from one HTML span (an entity)."""
        if self.skip or self.hidden_tag is not None or not text:
            return
        if raw_len is not None:
            if not self.pre and not text.strip(" \t\n\r\f\v"):
                self._space(start, start + raw_len)  # an entity that decodes to ASCII whitespace
                return
            self._flush_owed()
            for ch in text:
                self._emit(ch, start, start + raw_len)
            return
        if self.pre:
            self._flush_owed()
            for k, ch in enumerate(text):
                self._emit(ch, start + k, start + k + 1)
            return
        pos = 0
        for m in _WS.finditer(text):
            self._plain(text, start, pos, m.start())
            self._space(start + m.start(), start + m.end())
            pos = m.end()
        self._plain(text, start, pos, len(text))

    def _space(self, start: int, end: int) -> None:
        """Whitespace in the HTML: one space, unless at the start of a line or before a break."""
        if self.pending or not self.out or self.out[-1] in " \t\n" or self.space_owed:
            return
        self.space_owed, self.space_at = " ", (start, end)

    def _flush_owed(self) -> None:
        if self.pending:
            self._flush_breaks()
            self.space_owed = ""
        elif self.space_owed:
            if self.out and self.out[-1] not in " \t\n":
                self._emit(self.space_owed, *self.space_at)
            self.space_owed = ""

    def _plain(self, text: str, base: int, a: int, b: int) -> None:
        if a >= b:
            return
        self._flush_owed()
        for k in range(a, b):
            self._emit(text[k], base + k, base + k + 1)

    # -- parser callbacks ------------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        pos = self._pos()
        raw = self.get_starttag_text() or ""
        end = pos + len(raw) if raw else self._tag_end(pos)
        self._open(tag, pos, end, void=tag in VOID or raw.endswith("/>"), attrs=attrs)

    def handle_startendtag(self, tag, attrs):
        pos = self._pos()
        raw = self.get_starttag_text() or ""
        self._open(tag, pos, pos + len(raw) if raw else self._tag_end(pos), void=True, attrs=attrs)

    def _open(self, tag: str, pos: int, end: int, void: bool, attrs=()) -> None:
        if tag == "meta" and any(k == "name" and (v or "").strip().lower() == "generator" for k, v in attrs):
            self.generators.append(next((v or "" for k, v in attrs if k == "content"), ""))
        if tag == "script":
            src = next((v or "" for k, v in attrs if k == "src"), "")
            self.scripts.append(src.split("?")[0].rsplit("/", 1)[-1].lower())
        if not self.skip and self._hide_open(tag, attrs, void):
            return
        if tag in SKIP:
            if not void:
                self.skip += 1
            return
        if self.skip:
            return
        if tag in BLOCK:
            self._break(2, pos, end)
        elif tag in LINE:
            self._break(1, pos, end)
        elif tag in CELL and self.out and self.out[-1] != "\n":
            self.space_owed, self.space_at = "\t", (pos, end)  # cells apart: a row is not one phrase
        if tag in PRESERVE and not void:
            self.pre += 1
        if not void:
            self.seq += 1
            self.opened.setdefault(tag, []).append(self.seq)
            if _is_code(tag, attrs) or (tag in MAN_CODE and self.man_open):
                self.code_open.append(self.seq)
            classes = next((v or "" for k, v in attrs if k == "class"), "").split()
            head_foot = tag in CELL and not MAN_HEAD_FOOT.isdisjoint(classes)  # mandoc's .TH cells
            if _is_furniture(tag, attrs) or MAN_BODY in classes or (tag in HEADINGS and self.titles_open) or head_foot \
                    or not UI_CLASSES.isdisjoint(classes):
                self.fur_open.append(self.seq)
            if MAN_BODY in classes:
                self.man_open.append(self.seq)
                if self.man_start is None:
                    self.man_start = len(self.out)
            if DOCBOOK_TITLES.intersection(classes):
                self.titles_open.append(self.seq)
            ident = next((v for k, v in attrs if k == "id" and v), None)
            if ident:
                self.ids_open.append((self.seq, ident))
            if tag in HEADINGS:
                self.heading_open.append((self.seq, len(self.out)))
            elif tag == "a" and self.heading_open and self._links_to_open_id(attrs):
                self._heading_is_furniture()

    def _links_to_open_id(self, attrs) -> bool:
        """Is the link a permalink: to the id of an element it stands in (the heading, a section around it)?"""
        href = next((v for k, v in attrs if k == "href" and v), "")
        return href.startswith("#") and any(href[1:] == ident for _, ident in self.ids_open)

    def _heading_is_furniture(self) -> None:
        """The innermost open heading links to itself: its text so far and to come is the page's own."""
        seq, start = self.heading_open[-1]
        if seq not in self.fur_open:
            self.fur_open.append(seq)
            self.fur_open.sort()
            for k in range(start, len(self.out)):
                self.in_fur[k] = True

    def handle_endtag(self, tag):
        pos = self._pos()
        end = self._tag_end(pos)
        if not self.skip and self._hide_close(tag):
            return
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag in PRESERVE:
            self.pre = max(0, self.pre - 1)
        if self.opened.get(tag):
            closed = self.opened[tag].pop()  # and every code element opened inside it: a </p> ends the
            while self.code_open and self.code_open[-1] >= closed:  # <span class="literal"> left open
                self.code_open.pop()
            while self.fur_open and self.fur_open[-1] >= closed:
                self.fur_open.pop()
            for order in (self.man_open, self.titles_open):
                while order and order[-1] >= closed:
                    order.pop()
            for stack in (self.ids_open, self.heading_open):
                while stack and stack[-1][0] >= closed:
                    stack.pop()
        if tag in BLOCK:
            self._break(2, pos, end)
        elif tag in LINE and tag != "br":
            self._break(1, pos, end)

    def handle_data(self, data):
        pos = self._pos()
        if self.source.startswith(data, pos):
            self._text(data, pos)
        else:  # should not happen; keep offsets honest by locating the data
            found = self.source.find(data, pos)
            self._text(data, found if found >= 0 else pos)

    def handle_entityref(self, name):
        self._ref(_ENTITYREF)

    def handle_charref(self, name):
        self._ref(_CHARREF)

    def _ref(self, pattern: re.Pattern) -> None:
        pos = self._pos()
        m = pattern.match(self.source, pos)
        raw = m.group() if m else "&"
        decoded = htmllib.unescape(raw)
        if decoded == raw:  # unknown entity: keep it as written
            self._text(raw, pos)
        else:
            self._text(decoded, pos, raw_len=len(raw))

    def handle_comment(self, data):
        # mtaudit's own directives (<!-- mtaudit-disable MTA101 -->) stay in the text for suppressions
        if self.skip or self.hidden_tag is not None or not data.strip().lower().startswith("mtaudit-"):
            return
        pos = self._pos()
        raw = f"<!--{data}-->"
        if not self.source.startswith(raw, pos):
            return
        self._flush_owed()
        for k, ch in enumerate(raw):
            self._emit(ch, pos + k, pos + k + 1)

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass


# The comment close ParserBase.parse_comment searches for (Python 3.11's "--", spaces, ">"); where the
# parser searches otherwise (later Pythons parse comments as HTML5 does), parse_comment is left alone.
_CLOSE_SEARCH = (HTMLParser.parse_comment is _markupbase.ParserBase.parse_comment
                 and getattr(_markupbase, "_commentclose", None) is not None
                 and _markupbase._commentclose.pattern == r"--\s*>")


def _last_close(raw: str) -> int:
    """Where the last match of "--\\s*>" in raw starts (-1: none): parse_comment's search from p finds
    one exactly when p is at most that."""
    end = len(raw)
    while True:  # from the last ">" backwards
        gt = raw.rfind(">", 0, end)
        if gt < 0:
            return -1
        j = gt
        while j > 0 and raw[j - 1].isspace():  # the characters re's \s matches in a str
            j -= 1
        # the one match that can end at this ">" starts at the "--" right before its spaces; a match
        # ending at a later ">" starts later
        if j >= 2 and raw[j - 2:j] == "--":
            return j - 2
        end = gt


# Python 3.11's html.parser rescans to the end of the input from every "<" that opens a tag never
# closed (no ">" after it): quadratic on thousands of them (fixed in later Pythons, gh-135462).
UNCLOSED_TAGS = 100
_TAG_OPEN = re.compile(r"<[a-zA-Z/!?]")


def _parsed_length(source: str) -> int:
    """How much of source to parse: all of it, unless more than UNCLOSED_TAGS tags open after its
    last ">"; then up to the first of them (as HTML5 does, an unclosed tag runs to the end of the
    input and is dropped). A few unclosed tags at the end stay text, as the parser gives them."""
    tail = source.rfind(">") + 1
    opens = _TAG_OPEN.finditer(source, tail)
    first = next(opens, None)
    if first is None or sum(1 for _ in itertools.islice(opens, UNCLOSED_TAGS)) < UNCLOSED_TAGS:
        return len(source)
    return first.start()


def html_to_text(source: str) -> HtmlText:
    conv = _Converter(source)
    conv.feed(source[:_parsed_length(source)])
    conv.close()
    while conv.out and conv.out[-1] in " \n":
        conv._pop()
    text = "".join(conv.out)
    if conv.man_start is not None:
        name = _MAN_NAME.match(text, conv.man_start)
        if name:  # the names a man page's NAME line gives before its dash are programs' names, code
            conv.in_code[name.start("names"):name.end("names")] = [True] * len(name.group("names"))
    tool = any(MANUAL_TOOLS.search(g.lower()) for g in conv.generators) or bool(MANUAL_SCRIPTS & set(conv.scripts))
    return HtmlText(source, text, conv.starts, conv.ends, _runs(text, conv.in_code), _runs(text, conv.in_fur),
                    manual=tool or conv.man_start is not None)


# a man page's NAME section, first in its body: « NOM », then « sensible-editor, sensible-pager - lance … »
_MAN_NAME = re.compile(r"\s*(?:NOM|NAME)[ \t]*\n\s*(?P<names>[\w.+:@-]+(?:,[ \t]*[\w.+:@-]+)*)[ \t]+(?:\\-|-|—|–)[ \t]")


def _runs(text: str, flags: list[bool]) -> list[tuple[int, int]]:
    """The [start, end) spans where flags are true, less the whitespace at their ends (the space or
    line break written before a code element is the text's)."""
    spans, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            a, b = start, i
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                spans.append((a, b))
            start = None
    return spans


class _Words(_Parser):
    """The text html_to_text gives, without its offset map or whitespace rules: cheap enough to count
    an article's words before auditing it (the service's limits)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if not self.skip and self._hide_open(tag, attrs, False):
            return
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK or tag in LINE or tag in CELL:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if self.skip or self._hide_open(tag, attrs, True):
            return
        if tag not in SKIP and (tag in BLOCK or tag in LINE or tag in CELL):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if not self.skip and self._hide_close(tag):
            return
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK or tag in LINE:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip and self.hidden_tag is None:
            self.parts.append(data)


def html_plain_text(source: str) -> str:
    """The words of an HTML document as html_to_text reads them (script, style, head..., hidden
    elements and comments skipped, entities decoded), without the offsets: for counting, about 5x faster."""
    conv = _Words()
    conv.feed(source[:_parsed_length(source)])
    conv.close()
    return "".join(conv.parts)


_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in its first 1024 bytes, as browsers look for it
    (<meta charset="iso-8859-1">, or <meta http-equiv="Content-Type" content="text/html; charset=...">),
    as a Python codec name; None when it declares none, or one Python does not know."""
    import codecs

    m = _META_CHARSET.search(data[:1024])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
