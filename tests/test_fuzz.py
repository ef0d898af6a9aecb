"""Property-based fuzzing of the pipeline's invariants on hostile French-like text nobody tuned for.

For any text (French words and rule examples mixed with emoji and astral characters, decomposed
accents, zero-width and bidi characters, soft hyphens, no-break spaces, every kind of line break,
HTML-ish fragments, placeholders, quotes, digits, currency, English), with the default config:
no exception and no rule failure; every finding's offsets are valid and its `text` is the span;
the report validates against the shipped schema; auditing again gives the same JSON; the HTML
sheet shows the text exactly and highlights exactly the findings' spans; the Markdown, SARIF,
JUnit and GitHub renderings parse and carry no unescaped markup from the input (SARIF regions and
snippets are the findings' spans). The same through the other doors: HTML input (html_start/html_end),
an English source (source offsets), batches (audit_many equals one by one), tiny analysis pieces,
files of every encoding through the CLI's runner, service requests with hostile ids and options, and
baselines (one of part of the findings drops exactly those). Bilingual files (XLIFF 1.2 with inline
codes, TSV, PO) written from generated pairs go through the runner with the same checks per unit
(target offsets, source_start/source_end into the unit's source, the HTML table's highlights), and
the annotated XLIFF copy audited again gives the same findings and the same copy.

CI runs a small, derandomized number of examples; hunt with more:
    MTAUDIT_FUZZ_EXAMPLES=2000 python -m pytest -q tests/test_fuzz.py
(random examples then, a new draw each run; MTAUDIT_FUZZ_SEED=<n> repeats one draw).
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from html import escape as html_escape
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
jsonschema = pytest.importorskip("jsonschema")

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from conftest import ROOT  # noqa: E402
from mtaudit.report.html import no_controls  # noqa: E402  (the sheets show a control character as its symbol)

EXAMPLES = int(os.environ.get("MTAUDIT_FUZZ_EXAMPLES", "0") or 0)
HUNT = EXAMPLES > 0
SEED = os.environ.get("MTAUDIT_FUZZ_SEED")


def fuzz_settings(ci_examples: int):
    """CI: a few derandomized examples; hunting: MTAUDIT_FUZZ_EXAMPLES random ones (printed seeds)."""
    return settings(max_examples=EXAMPLES if HUNT else ci_examples, deadline=None, derandomize=not HUNT,
                    suppress_health_check=list(HealthCheck), print_blob=True, database=None)


def fuzz(ci_examples: int):
    def wrap(fn):
        fn = fuzz_settings(ci_examples)(fn)
        if HUNT and SEED is not None:
            fn = seed(int(SEED))(fn)
        return fn
    return wrap


# -- strategies ---------------------------------------------------------------------------------

FRENCH = ("le la les un une des du de à au aux et ou où mais donc car ni que qui quoi dont il elle ils elles nous "
          "vous on ce cette ces son sa ses leur leurs conseil municipal a voté budget mardi soir élus ont adopté "
          "texte être été déjà naïve cœur Œuvre ça aujourd'hui qu'il l'homme c'est-à-dire président Emmanuel "
          "Macron Paris Bruxelles Union européenne ministre coalition conférences sommet réunion Élysée "
          "gouvernement années État français Française île hôpital forêt Noël août garçon fenêtre "
          "s'est tenu trente pays étaient présents sécurité Europe jeu OTAN Kyiv Kiev Ukraine "
          "M. Mme Dr 1er XXe siècle etc. cf. p. ex. vis-à-vis peut-être là-bas").split()
ENGLISH = ("the meeting was held on Tuesday", "click here", "breaking news", "coalition of the willing",
           "Read more", "Share on Facebook", "boots on the ground", "at the end of the day", "Mark Rutte",
           "Joe Biden", "it makes sense", "Subscribe to our newsletter", "Hello world", "and", "of the")
PHRASES = ("coalition des conférences", "(Tagstotranslate)", "(T)", "Mark Latte", "faire sens", "prendre place",
           "en charge de", "basé sur", "Cliquez ici", "Lire la suite", "Partager sur Facebook", "le le",
           "Les élus a voté", "il sont", "La sÃ©curitÃ©", "Emmanuel Macaron", "Bru\u200bxelles", "&nbsp;", "Sujets :")
MARKUP = ("<b>", "</b>", "<i>gras</i>", "&amp;", "&lt;", "&#233;", "&shy;", "<!-- note -->", "<!--", "-->",
          "{{placeholder}}", "{{ prenom }}", "{0}", "{nom}", "%s", "%d", "%(name)s", "$1", "${var}", "[[lien]]",
          "<br/>", "<p>", "</p>", "<a href=\"https://exemple.fr/x?a=1&b=2\">lien</a>", "`code`", "```",
          "<script>alert(1)</script>", "<SCRIPT src=x>", "<img src=x onerror=alert(1)>", "]]>", "<![CDATA[",
          "https://exemple.fr/chemin_(x)", "www.exemple.com", "contact@exemple.fr", "# Titre", "**gras**", "_x_",
          "| cellule |", "> citation", "- item", "1. item", "\\", "\\n", "%0A::error::x", "::warning::y", "=SUM(A1)")
QUOTES = tuple("«»“”„‟‘’‚‛‹›\"'`´″′") + ("« ", " »", "«\u00a0", "\u202f»", "''", '""')
NUMBERS = ("0", "7", "42", "1 234", "1\u00a0234,56", "1\u202f000", "1,000.5", "10,000", "3.14", "12,5 %", "25%",
           "10 €", "€10", "$5", "5 $", "£3", "¥100", "−3", "-4", "+33 6 12 34 56 78", "12h30", "8 pm", "20 h",
           "1er", "2e", "XXIe", "½", "²", "٣", "１２", "2026-12-03", "03/12/2026", "1e10", "0x1F", "∞")
ODD = ("😀", "🎉", "👩\u200d💻", "🇫🇷", "👍🏽", "𝕏", "𝒜", "🀄", "\U0001F9D1\u200d\U0001F91D\u200d\U0001F9D1", "\U000E0041",
       "\u0301", "\u0308\u0301", "e\u0301", "E\u0301", "c\u0327", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
       "\u00ad", "\u00a0", "\u202f", "\u2009", "\u3000", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069",
       "\u061c", "\ufe0f", "\ufffd", "\uffff", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",
       "İ", "ı", "ß", "ẞ", "ﬁ", "ﬂ", "ŉ", "ǅ", "Σ", "ς", "ΐ", "Å", "K", "Ω", "ﬀ", "ᾳ", "ǰ", "ﬆ",
       "\u0344", "\u0f73", "\ufb1d", "\U0001D15E", "\u2adc", "\u0958", "\u1112\u1161\u11ab", "x\u0301\u0323",
       "שלום", "مرحبا", "中文", "日本語", "한국어", "Ελληνικά", "русский", "ﷺ", "ꙮ", "𒀱")
BREAKS = (" ", " ", " ", "", "\u00a0", "\u202f", "\t", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\u2029",
          "  ", ", ", ". ", " ; ", " : ", "\u00a0:", " ! ", " ? ", "…", "...", " – ", " — ", "-", "/", "’")


@st.composite
def long_word(draw):
    return draw(st.sampled_from(FRENCH)) * draw(st.integers(5, 60))


def _examples() -> tuple:
    import mtaudit

    out = []
    for r in mtaudit.rules():
        out += r["examples"]["incorrect"] + r["examples"]["correct"]
    return tuple(sorted(set(out)))


EXAMPLE_TEXTS = _examples()


def nfd_some(draw, s: str) -> str:
    return unicodedata.normalize("NFD", s) if draw(st.booleans()) else s


token = st.one_of(
    st.sampled_from(FRENCH), st.sampled_from(FRENCH), st.sampled_from(FRENCH).map(str.capitalize),
    st.sampled_from(FRENCH).map(str.upper), st.sampled_from(ENGLISH), st.sampled_from(PHRASES),
    st.sampled_from(MARKUP), st.sampled_from(QUOTES), st.sampled_from(NUMBERS), st.sampled_from(ODD),
    st.sampled_from(EXAMPLE_TEXTS), long_word(),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1, max_size=4),
)


@st.composite
def hostile_text(draw, max_tokens: int = 40) -> str:
    """French-like text with hostile characters between and inside tokens."""
    parts = []
    for tok in draw(st.lists(token, min_size=1, max_size=max_tokens)):
        if draw(st.integers(0, 9)) == 0 and len(tok) > 1:  # something inside a word
            at = draw(st.integers(1, len(tok) - 1))
            tok = tok[:at] + draw(st.sampled_from(ODD + QUOTES)) + tok[at:]
        parts.append(nfd_some(draw, tok) if draw(st.integers(0, 4)) == 0 else tok)
        parts.append(draw(st.sampled_from(BREAKS)))
    text = "".join(parts)
    if draw(st.integers(0, 5)) == 0:
        text = unicodedata.normalize("NFD", text)
    return text if text.strip() else text + "Le texte."


TRANSFORMS = (
    lambda s: s, lambda s: s, lambda s: unicodedata.normalize("NFD", s), lambda s: s.replace("\n", "\r\n"),
    lambda s: s.replace("\n", "\r"), lambda s: s.replace("\n", "\u2028"), lambda s: s.replace(" ", "\u00a0"),
    lambda s: s.replace(" ", "\u202f"), lambda s: s.replace(" ", "\t"), lambda s: s.replace(" ", "  "),
    lambda s: s.replace("e", "e\u00ad"), lambda s: s.replace("a", "a\u200b"), lambda s: s.upper(),
    lambda s: s.replace("'", "’"), lambda s: s.replace('"', "«"), lambda s: "\ufeff" + s, lambda s: s + "\u200d",
    lambda s: s.replace("é", "e\u0301"), lambda s: s.replace(". ", ".\n\n"), lambda s: s.replace(" ", "😀"),
)


@st.composite
def example_text(draw) -> str:
    """Rule examples (which have findings) joined, then written another way and salted with odd characters."""
    parts = draw(st.lists(st.sampled_from(EXAMPLE_TEXTS), min_size=1, max_size=6))
    seps = [draw(st.sampled_from(BREAKS)) for _ in parts]
    text = "".join(p + s for p, s in zip(parts, seps))
    for _ in range(draw(st.integers(0, 2))):
        text = draw(st.sampled_from(TRANSFORMS))(text)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(ODD + QUOTES + MARKUP + NUMBERS)) + text[at:]
    return text if text.strip() else text + "Le texte."


english_source = st.lists(st.one_of(st.sampled_from(ENGLISH), st.sampled_from(NUMBERS), st.sampled_from(MARKUP),
                                    st.sampled_from(ODD)), min_size=1, max_size=12).map(" ".join)


# -- shared resources -------------------------------------------------------------------------

_STATE: dict = {}


def auditor():
    """One Auditor for every example (the models load once)."""
    if "auditor" not in _STATE:
        import mtaudit

        _STATE["auditor"] = mtaudit.Auditor()
    return _STATE["auditor"]


def schema_validator():
    if "schema" not in _STATE:
        schema = json.loads((ROOT / "mtaudit/report/report.schema.json").read_text(encoding="utf-8"))
        _STATE["schema"] = jsonschema.Draft202012Validator(schema)
    return _STATE["schema"]


# -- checks -----------------------------------------------------------------------------------

def check_span(text: str, start, end, got: str, what: str) -> None:
    assert isinstance(start, int) and isinstance(end, int), (what, start, end)
    assert 0 <= start <= end <= len(text), (what, start, end, len(text))
    assert text[start:end] == got, (what, start, end, text[start:end], got)


def check_letter_whole(text: str, start: int, end: int, what: str) -> None:
    """A span never cuts a Latin letter from its combining accents (a decomposed "é" is one letter).
    Known exception left: words of other scripts whose marks do not compose (Hebrew points) end
    before their marks for \\w (MTA510)."""
    if end < len(text) and end > start:
        assert not (unicodedata.combining(text[end]) and not unicodedata.combining(text[end - 1])
                    and text[end - 1].isalpha() and unicodedata.name(text[end - 1], "").startswith("LATIN")), \
            (what, "ends inside a decomposed letter", text[start:end + 1])


def check_report(report: dict, text: str, source: str | None = None) -> None:
    assert not report.get("failures"), report.get("failures")
    schema_validator().validate(report)
    assert report["article"]["chars"] == len(text)
    starts = []
    for f in report["findings"]:
        check_span(text, f["start"], f["end"], f["text"], f["rule"])
        check_letter_whole(text, f["start"], f["end"], f["rule"])
        starts.append(f["start"])
        if f.get("source_start") is not None:
            assert source is not None, f
            check_span(source, f["source_start"], f["source_end"], f["source_text"], f["rule"] + " source")
    assert starts == sorted(starts)
    rt = report.get("roundtrip") or {}
    for s in rt.get("sentences") or []:
        if s.get("start") is not None:
            assert 0 <= s["start"] <= s["end"] <= len(text), s
    for p in ((rt.get("bilingual") or {}).get("pairs") or []):
        if p.get("start") is not None:
            check_span(text, p["start"], p["end"], p["text"], "pair " + p["kind"])
        if p.get("source_start") is not None:
            check_span(source, p["source_start"], p["source_end"], p["source"], "pair source " + p["kind"])


class _Sheet(HTMLParser):
    """The <article>'s text, each piece with whether a <mark> covers it; every tag seen."""

    def __init__(self, container: str):
        super().__init__(convert_charrefs=True)
        self.container, self.depth, self.marks = container, 0, 0
        self.pieces: list[tuple[str, bool]] = []
        self.tags: list[str] = []
        self.sup = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == self.container:
            self.depth += 1
        elif self.depth and tag == "mark":
            self.marks += 1
        elif self.depth and tag == "sup":
            self.sup += 1

    def handle_endtag(self, tag):
        if tag == self.container:
            self.depth -= 1
        elif self.depth and tag == "mark":
            self.marks -= 1
        elif self.depth and tag == "sup":
            self.sup -= 1

    def handle_data(self, data):
        if self.depth and not self.sup:
            self.pieces.append((data, self.marks > 0))


ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "div", "span", "p",
                "main", "article", "mark", "sup", "a", "table", "tr", "th", "td", "ul", "li", "i", "b", "script",
                "code", "details", "summary", "small", "em", "strong", "br", "section", "nav", "footer", "caption"}


def covered(text: str, spans) -> list[bool]:
    out = [False] * len(text)
    for s, e in spans:
        for i in range(s, e):
            out[i] = True
    return out


def check_article_html(page: str, text: str, findings: list[dict]) -> None:
    p = _Sheet("article")
    p.feed(page)
    p.close()
    shown = "".join(d for d, _ in p.pieces)
    assert shown == no_controls(text), "the sheet's article is not the text as sent"
    flags = [m for d, m in p.pieces for _ in d]
    assert flags == covered(text, [(f["start"], f["end"]) for f in findings]), "highlights are not the findings' spans"
    assert set(p.tags) <= ALLOWED_TAGS, set(p.tags) - ALLOWED_TAGS


def no_markup_from_input(rendered: str, what: str) -> None:
    low = rendered.lower()
    for bad in ("<script>alert", "<script src", "<img", "<!-- note", "<i>gras", '<a href="https'):
        assert bad not in low, (what, bad)


def check_renderings(report: dict, text: str, sent: str | None = None) -> None:
    """sent: the HTML sent, for HTML input (the CI formats locate findings by html_start/html_end)."""
    from mtaudit.outputs import render_run
    from mtaudit.report import render_html, render_markdown
    from mtaudit.report.ci import CiItem

    page = render_html(report, text)
    check_article_html(page, text, report["findings"])
    no_markup_from_input(page, "html")
    md = render_markdown(report, text)
    assert "<" not in re.sub(r"</?code>", "", md), "raw markup in the Markdown sheet"
    item = CiItem(report, sent if sent is not None else text, "fuzz/article.txt")
    sarif = json.loads(render_run("sarif", [item], [], failed=lambda r: True))
    results = sarif["runs"][0]["results"]
    assert len(results) == len(report["findings"])
    spans = {(f["html_start"], f["html_end"]) if sent is not None and "html_start" in f else (f["start"], f["end"])
             for f in report["findings"]}
    for res in results:
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region_span(item.text, region) in spans, (region, spans)
        at = region["charOffset"]
        assert region["snippet"]["text"] == item.text[at:at + region["charLength"]], region
    junit = render_run("junit", [item], [], failed=lambda r: True)
    ET.fromstring(junit.encode("utf-8"))
    no_markup_from_input(junit, "junit")
    gh = render_run("github", [item], [], failed=lambda r: True)
    for line in gh.splitlines():
        assert line.startswith("::"), line


def region_span(text: str, region: dict) -> tuple[int, int]:
    """Offsets of a SARIF region (1-based lines and code-point columns; LF, CRLF or a lone CR ends a line)."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n?|\n", text)]
    start = starts[region["startLine"] - 1] + region["startColumn"] - 1
    end = starts[region.get("endLine", region["startLine"]) - 1] + region["endColumn"] - 1
    return start, end


def audit_checked(text: str, source: str | None = None, html: bool = False) -> dict:
    from mtaudit import InputError

    a = auditor()
    try:
        report = a.audit(text, source=source, html=html)
    except InputError:
        blank = not text.lstrip("\ufeff").strip()  # a leading U+FEFF is read as a byte-order mark
        assert blank or (source is not None and not source.strip()), "InputError on auditable text"
        return None
    return report


# -- properties -------------------------------------------------------------------------------

@fuzz(40)
@given(st.one_of(hostile_text(), example_text()))
def test_any_text_gives_a_valid_exact_report(text):
    from mtaudit.report import to_json

    report = audit_checked(text)
    if report is None:
        return
    check_report(report, text)
    first = to_json(report)
    auditor().audit("Le conseil municipal a voté le budget. Cliquez ici {{x}}.")  # something else in between
    assert to_json(auditor().audit(text)) == first, "auditing twice gave different JSON"
    check_renderings(report, text)


@fuzz(6)
@given(st.lists(hostile_text(max_tokens=15), min_size=2, max_size=4))
def test_batched_audits_equal_audits_one_by_one(texts):
    from mtaudit.report import to_json

    texts = [t for t in texts if t.strip()]
    if len(texts) < 2:
        return
    together = auditor().audit_many(texts)
    for n, (t, r) in enumerate(zip(texts, together)):
        assert to_json(r) == to_json(auditor().audit(t, id=str(n))), f"text {n} batched differs"


@fuzz(10)
@given(hostile_text(max_tokens=30), st.integers(8, 120))
def test_any_text_cut_in_small_pieces_gives_a_valid_exact_report(text, limit):
    """Long paragraphs are analysed in pieces (detect/nlp.py PIECE_CHARS): cut small, any text still
    gives exact offsets and no rule failure."""
    from mtaudit.detect import nlp

    old = nlp.PIECE_CHARS
    nlp.PIECE_CHARS = limit
    try:
        report = audit_checked(text)
    finally:
        nlp.PIECE_CHARS = old
    if report is not None:
        check_report(report, text)


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-32")


@fuzz(8)
@given(hostile_text(max_tokens=30), st.sampled_from(["txt", "md"]), st.sampled_from(ENCODINGS))
def test_any_file_through_the_runner_gives_offsets_into_its_text(text, suffix, encoding):
    from mtaudit.config import Config
    from mtaudit.runner import BatchOptions, run_batch

    if text.startswith("\ufeff") and encoding == "utf-8":
        text = "Le " + text  # a leading U+FEFF in a UTF-8 file is its byte-order mark (after one, it is text)
    data = (b"\xff\xfe" + text.encode("utf-16-le")) if encoding == "utf-16-le-bom" else text.encode(encoding)
    with tempfile.TemporaryDirectory(prefix="mtaudit-fuzz-") as tmp:
        path = Path(tmp) / f"article.{suffix}"
        path.write_bytes(data)
        out = Path(tmp) / "out"
        result = run_batch([str(path)], Config(), BatchOptions(out=out, formats=["json", "md", "html"], quiet=True,
                                                                progress=False, force=True))
        if not text.strip():
            return
        assert not result.errors, [str(e) for e in result.errors]
        report = json.loads((out / "article.json").read_text(encoding="utf-8"))
        page = (out / "article.html").read_bytes().decode("utf-8")
        md = (out / "article.md").read_bytes().decode("utf-8")
    check_report(report, text)
    check_article_html(page, text, report["findings"])
    no_markup_from_input(page, "html")
    assert "<" not in re.sub(r"</?code>", "", md), "raw markup in the Markdown sheet"


one_line_id = st.one_of(st.sampled_from(("a", "<script>alert(1)</script>", "../../etc/passwd", "x\u2028y", "&amp;",
                                          "\" onload=\"x", "😀", "id\u202e.txt", "a\x1bb\x0b", "=cmd|' /C calc'!A0"))
                        , hostile_text(max_tokens=4).map(lambda s: re.sub(r"[\r\n]", " ", s)[:200]))


@fuzz(10)
@given(hostile_text(max_tokens=25), one_line_id, st.one_of(st.none(), hostile_text(max_tokens=6)),
       st.sampled_from(["web", "press"]), st.sampled_from(["en", "fr"]), st.booleans())
def test_any_request_gives_a_valid_exact_report(text, art_id, title, style, lang, html):
    """The service's and `check`'s request path (mtaudit/request.py), with options and hostile ids."""
    from mtaudit.config import Config
    from mtaudit.request import AuditorCache, RequestError, audit_request, parse_request

    if "requests" not in _STATE:
        _STATE["requests"] = AuditorCache(Config())
    body = {"id": art_id, "title": title, "options": {"style": style, "lang": lang, "fail_on": "major"},
            ("html" if html else "text"): html_escape(text, quote=False) if html else text}
    try:
        req = parse_request(body)
    except RequestError as e:
        assert e.code == "missing_text" and not text.strip() or "id" in e.message, e.message
        return
    report = audit_request(req, _STATE["requests"])
    schema_validator().validate(report)
    assert not report.get("failures"), report.get("failures")
    assert report["lang"] == lang
    sent = body.get("html")
    if html:
        text = req.article.text
    check_report(report, text)
    check_renderings(report, text, sent)
    from mtaudit.outputs import render_run
    from mtaudit.report.ci import CiItem

    item = CiItem(report, sent if sent is not None else text, None)  # no file: the CI formats name it by its id
    for fmt in ("junit", "sarif", "github", "text"):
        out = render_run(fmt, [item], [], failed=lambda r: True)
        if fmt == "junit":
            ET.fromstring(out.encode("utf-8"))
        elif fmt == "sarif":
            json.loads(out)
        elif fmt == "github":
            assert all(line.startswith("::") for line in out.splitlines()), out


@fuzz(6)
@given(hostile_text(max_tokens=25), english_source)
def test_any_text_with_a_source_gives_valid_offsets(text, source):
    report = audit_checked(text, source=source)
    if report is None:
        return
    check_report(report, text, source)
    check_renderings(report, text)


HTML_SPACE = re.compile("[ \t\n\f\r\v]+")  # as mtaudit/read/html_input.py collapses them


@fuzz(6)
@given(hostile_text(max_tokens=25))
def test_any_html_gives_offsets_into_the_html(text):
    page = "<p>" + html_escape(text, quote=False).replace("\n\n", "</p><p>") + "</p>"
    report = audit_checked(page, html=True)
    if report is None:
        return
    assert not report.get("failures"), report.get("failures")
    schema_validator().validate(report)
    for f in report["findings"]:
        hs, he = f["html_start"], f["html_end"]
        assert 0 <= hs <= he <= len(page), (f, len(page))
        piece = page[hs:he]
        if "<" not in piece and ">" not in piece:  # HTML collapses runs of ASCII whitespace
            assert HTML_SPACE.sub(" ", unescape(piece)) == HTML_SPACE.sub(" ", f["text"]), (piece, f["text"])
    from mtaudit.read.inputs import read_html_str

    shown = read_html_str(page, "fuzz").text  # the text audited
    check_report(report, shown)
    check_renderings(report, shown, page)


# -- bilingual files through the runner -------------------------------------------------------

XML_OK = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _pairs():
    import mtaudit

    out = []
    for r in mtaudit.rules():
        srcs = r.get("example_sources")
        if srcs:
            out += [(s, t) for s, t in zip(srcs["incorrect"] + srcs["correct"],
                                           r["examples"]["incorrect"] + r["examples"]["correct"]) if s]
    return tuple(sorted(set(out)))


EXAMPLE_PAIRS = _pairs()

unit_pair = st.one_of(
    st.sampled_from(EXAMPLE_PAIRS),
    st.tuples(english_source, hostile_text(max_tokens=12)),
    st.tuples(english_source, st.sampled_from(EXAMPLE_TEXTS)),
)


INLINE = ('<x id="1"/>', '<g id="2">gras</g>', '<g id="b">mot <x id="d"/>é</g>', '<g id="e"></g>', '<ph id="3">{0}</ph>', '<ph id="4">&lt;br/&gt;</ph>',
          '<bpt id="5">&lt;b&gt;</bpt>', '<ept id="5">&lt;/b&gt;</ept>', '<bx id="6"/>', '<ex id="6"/>',
          '<it id="7" pos="open">&lt;i&gt;</it>', '<mrk mtype="term">mot</mrk>', '<x id="8"/><x id="9"/>')


def _esc(s: str) -> str:
    return html_escape(XML_OK.sub("", s), quote=False)


@st.composite
def xliff_side(draw, text: str) -> tuple[str, bool]:
    """(the XML of a <source>/<target>'s content, whether it holds inline codes)."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=3)))
    if not cuts:
        return _esc(text), False
    codes = [draw(st.sampled_from(INLINE)) for _ in cuts]
    out, pos = [], 0
    for at, code in zip(cuts, codes):
        out.append(_esc(text[pos:at]))
        out.append(code)
        pos = at
    out.append(_esc(text[pos:]))
    return "".join(out), True


@st.composite
def xliff_units(draw):
    pairs = draw(st.lists(unit_pair, min_size=1, max_size=6))
    inline = draw(st.booleans())
    units = []
    for s, t in pairs:
        if inline:
            (sx, coded_s), (tx, coded_t) = draw(xliff_side(s)), draw(xliff_side(t))
            coded = coded_s or coded_t
        else:
            sx, tx, coded = _esc(s), _esc(t), False
        units.append((s, t, sx, tx, coded))
    return units


def xml_text(s: str) -> str:
    """What an XML parser reads of text: XML-illegal characters gone (we dropped them), line ends as LF."""
    return XML_OK.sub("", s).replace("\r\n", "\n").replace("\r", "\n")


def xliff(units) -> str:
    body = "\n".join(f'<trans-unit id="u{n}"><source>{sx}</source><target>{tx}</target></trans-unit>'
                     for n, (_s, _t, sx, tx, _c) in enumerate(units, 1))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            '<file original="f.txt" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
            f"{body}\n</body></file>\n</xliff>\n")


def tsv_cell(s: str) -> str:
    return re.sub(r"[\t\r\n]", " ", s)


def tsv(pairs) -> str:
    return "id\ten\tfr\n" + "".join(f"k{n}\t{tsv_cell(s)}\t{tsv_cell(t)}\n" for n, (s, t) in enumerate(pairs, 1))


def po_str(s: str) -> str:
    s = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", s)
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") \
        .replace("\r", "\\r") + '"'


def po(pairs) -> str:
    head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n\n'
    seen, out = set(), []
    for n, (s, t) in enumerate(pairs, 1):
        s = s if s.strip() else f"unit {n}"
        if s in seen:
            s = f"{s} ({n})"
        seen.add(s)
        out.append(f"msgid {po_str(s)}\nmsgstr {po_str(t)}\n")
    return head + "\n".join(out)


@fuzz(8)
@given(xliff_units(), st.sampled_from(["xlf", "tsv", "po"]))
def test_bilingual_files_give_offsets_into_each_unit(units, kind):
    from mtaudit.config import Config
    from mtaudit.runner import BatchOptions, run_batch

    pairs = [(s, t) for s, t, *_ in units]
    content = xliff(units) if kind == "xlf" else tsv(pairs) if kind == "tsv" else po(pairs)
    with tempfile.TemporaryDirectory(prefix="mtaudit-fuzz-") as tmp:
        path = Path(tmp) / f"units.{kind}"
        path.write_bytes(content.encode("utf-8"))
        out = Path(tmp) / "out"
        result = run_batch([str(path)], Config(), BatchOptions(out=out, formats=["json", "md", "html", "xliff"],
                                                                quiet=True, progress=False, force=True))
        if kind == "po" and not any(t for _, t in pairs):
            return  # a PO file with no translation at all may be refused
        assert not result.errors, [str(e) for e in result.errors]
        assert not result.batch_failures, result.batch_failures
        raw = (out / "units.json").read_bytes().decode("utf-8")
        report = json.loads(raw)
        page = (out / "units.html").read_bytes().decode("utf-8")
        md = (out / "units.md").read_bytes().decode("utf-8")
        again = run_batch([str(path)], Config(), BatchOptions(out=Path(tmp) / "out2", formats=["json"], quiet=True,
                                                               progress=False, force=True))
        assert not again.errors
        raw2 = (Path(tmp) / "out2" / "units.json").read_bytes().decode("utf-8")
        if kind == "xlf":  # the annotated copy parses, and audited again gives the same report and copy
            copy = (out / "units.mtaudit.xlf").read_bytes()
            ET.fromstring(copy)
            (Path(tmp) / "in2").mkdir()
            (Path(tmp) / "in2" / "units.xlf").write_bytes(copy)
            third = run_batch([str(Path(tmp) / "in2" / "units.xlf")], Config(),
                              BatchOptions(out=Path(tmp) / "out3", formats=["json", "xliff"], quiet=True,
                                           progress=False, force=True))
            assert not third.errors, [str(e) for e in third.errors]
            rep3 = json.loads((Path(tmp) / "out3" / "units.json").read_bytes().decode("utf-8"))
            def lineless(items):  # the notes added move the units' lines
                return [{k: v for k, v in x.items() if k != "line"} for x in items]

            rep1 = json.loads(raw)
            assert lineless(rep3["findings"]) == lineless(rep1["findings"])
            assert lineless(rep3["units"]) == lineless(rep1["units"])
            assert (Path(tmp) / "out3" / "units.mtaudit.xlf").read_bytes() == copy
    assert not report.get("failures"), report.get("failures")
    rep1, rep2 = json.loads(raw), json.loads(raw2)
    rep1.pop("run", None), rep2.pop("run", None)
    rep1["article"].pop("path", None), rep2["article"].pop("path", None)
    assert rep1 == rep2, "auditing the file twice gave different reports"
    schema_validator().validate(report)
    units_by_id = {u["id"]: u for u in report["units"]}
    assert len(report["units"]) == len(units)
    for u, (s, t, _sx, _tx, coded) in zip(report["units"], units):  # the units as written
        if kind == "xlf" and not coded:
            assert (u["source"], u["target"]) == (xml_text(s), xml_text(t)), u
        elif kind == "tsv" and not any(c[:1] == '"' and c[-1:] == '"' and len(c) > 1 for c in (s, t)):
            assert (u["source"], u["target"]) == (tsv_cell(s), tsv_cell(t)), u
    for f in report["findings"]:
        if "unit" not in f:
            continue
        u = units_by_id[f["unit"]]
        check_span(u["target"], f["start"], f["end"], f["text"], f["rule"])
        check_letter_whole(u["target"], f["start"], f["end"], f["rule"])
        if f.get("source_start") is not None:
            check_span(u["source"], f["source_start"], f["source_end"], f["source_text"], f["rule"] + " source")
    no_markup_from_input(page, "units html")
    assert "<" not in re.sub(r"</?code>", "", md), "raw markup in the Markdown sheet"
    check_units_html(page, report)


def check_units_html(page: str, report: dict) -> None:
    """Each unit's target cell shows the target exactly and highlights exactly its findings' spans."""
    cells: list = []

    class Cells(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.cur = None
            self.sup = 0

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "td" and a.get("class") in ("s", "tg"):
                self.cur = [a["class"], [], 0]
                cells.append(self.cur)
            elif self.cur and tag == "mark":
                self.cur[2] += 1
            elif self.cur and tag == "sup":
                self.sup += 1

        def handle_endtag(self, tag):
            if tag == "td":
                self.cur = None
            elif self.cur and tag == "mark":
                self.cur[2] -= 1
            elif self.cur and tag == "sup":
                self.sup -= 1

        def handle_data(self, data):
            if self.cur and not self.sup:
                self.cur[1].append((data, self.cur[2] > 0))

    parser = Cells()
    parser.feed(page)
    parser.close()
    targets = [c for c in cells if c[0] == "tg"]
    sources = [c for c in cells if c[0] == "s"]
    assert len(targets) == len(report["units"]) == len(sources)
    for u, tg, sc in zip(report["units"], targets, sources):
        mine = [f for f in report["findings"] if f.get("unit") == u["id"]]
        assert "".join(d for d, _ in tg[1]) == no_controls(u["target"])
        assert [m for d, m in tg[1] for _ in d] == covered(u["target"], [(f["start"], f["end"]) for f in mine])
        assert "".join(d for d, _ in sc[1]) == no_controls(u["source"])
        src = [(f["source_start"], f["source_end"]) for f in mine if f.get("source_start") is not None]
        assert [m for d, m in sc[1] for _ in d] == covered(u["source"], src)


@fuzz(5)
@given(st.one_of(hostile_text(max_tokens=30), example_text()), st.sampled_from(["typography", "grammar", "untranslated",
                                                                               "markup", "spelling", "MTA510"]))
def test_a_baseline_of_part_of_the_findings_drops_exactly_those(text, ignored):
    """A baseline written by a run that ignored some rules, applied to a full run: the other findings
    are dropped, the ignored rules' stay (offsets exact), and the re-scored report is valid."""
    import dataclasses

    from mtaudit.baseline import entries
    from mtaudit.config import Config
    from mtaudit.runner import BatchOptions, run_batch

    if text.startswith("\ufeff"):
        text = "Le " + text  # a leading U+FEFF in a file is its byte-order mark
    if not text.strip():
        return
    with tempfile.TemporaryDirectory(prefix="mtaudit-fuzz-") as tmp:
        path = Path(tmp) / "article.txt"
        path.write_bytes(text.encode("utf-8"))
        base = Path(tmp) / "base.json"

        def run(config, out, **kw):
            result = run_batch([str(path)], config, BatchOptions(out=Path(tmp) / out, formats=["json"], quiet=True,
                                                                  progress=False, force=True, **kw))
            assert not result.errors, [str(e) for e in result.errors]
            return json.loads((Path(tmp) / out / "article.json").read_bytes().decode("utf-8"))

        run(dataclasses.replace(Config(), ignore=[ignored]), "part", write_baseline=str(base))
        full = run(Config(), "full")
        got = run(Config(), "based", baseline=str(base))
        known = {e["fingerprint"] for e in json.loads(base.read_bytes().decode("utf-8"))["findings"]}
    kept = [f for f, e in zip(full["findings"], entries(full, text)) if e["fingerprint"] not in known]
    assert got["findings"] == kept
    assert got.get("baselined", 0) == len(full["findings"]) - len(kept)
    check_report(got, text)
