"""The JSON report and the formats rendered from it."""
import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from mtaudit.pipeline import audit_text
from mtaudit.report import render_csv, render_html, render_index, render_markdown, to_json

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "mtaudit/report/report.schema.json").read_text())
TEXT = ("Titre <b>gras</b>\n(Tagstotranslate) Économie (T) Bourse (T) Banques\n"
        "Bonjour {{name}}, la sÃ©curitÃ© & le reste <script>alert(1)</script>.")


@pytest.fixture(scope="module")
def report():
    return audit_text(TEXT, id="demo")


def test_report_matches_schema_and_offsets(report):
    jsonschema.validate(report, SCHEMA)
    assert report["schema"] == "mtaudit.report/1"
    assert report["findings"], "the sample has markup artefacts"
    for f in report["findings"]:
        assert TEXT[f["start"]:f["end"]] == f["text"]
    starts = [f["start"] for f in report["findings"]]
    assert starts == sorted(starts)
    assert report["article"]["chars"] == len(TEXT)


def test_json_is_deterministic(report):
    again = audit_text(TEXT, id="demo")
    assert to_json(report) == to_json(again)
    assert json.loads(to_json(report)) == report


def test_no_duplicate_span_and_category(report):
    keys = [(f["start"], f["end"], f["category"]) for f in report["findings"]]
    assert len(keys) == len(set(keys))


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.depth, self.tags = [], 0, []
        self.in_article = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "article":
            self.in_article = True
        if tag == "mark":
            self.marks.append("")
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == "mark":
            self.depth -= 1
        if tag == "article":
            self.in_article = False

    def handle_data(self, data):
        if self.depth and self.marks:
            self.marks[-1] += data


def test_html_escapes_and_highlights_exact_spans(report):
    page = render_html(report, TEXT)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
    p = _Collect()
    p.feed(page)
    assert "script" not in p.tags
    highlighted = "".join(p.marks)
    for f in report["findings"]:
        assert f["text"] in highlighted
    # every finding is in the numbered list with its message
    for n, f in enumerate(report["findings"], 1):
        assert f'id="f{n}"' in page


def test_markdown_lists_every_finding(report):
    md = render_markdown(report, TEXT)
    assert md.startswith("# Quality sheet — demo")
    rows = [ln for ln in md.splitlines() if re.match(r"^\| \d+ \|", ln)]
    assert len(rows) == len(report["findings"])


def test_batch_csv_and_index_sorted_worst_first(report):
    clean = audit_text("Le sommet a eu lieu à Paris.", id="clean")
    rows = list(csv.DictReader(io.StringIO(render_csv([clean, report]))))
    assert [r["id"] for r in rows] == ["demo", "clean"]
    assert list(rows[0]) == ["id", "words", "quality", "verdict", "critical", "major", "minor"]
    index = render_index([clean, report], errors=["x.txt: <bad>"])
    assert index.index("demo.html") < index.index("clean.html")
    assert "&lt;bad&gt;" in index


def test_roundtrip_sentences_get_anchors_without_breaking_marks():
    text = "Première phrase (Tagstotranslate) ici. Seconde phrase."
    report = audit_text(text, id="rt")
    report["roundtrip"] = {"available": True, "engine": "test", "models": {}, "metrics": {}, "signatures": {},
                           "sentences": [{"start": 0, "end": 38, "text": text[:38], "pivot": "p", "back": "b",
                                          "chrf": 50.0, "bleu": 10.0, "ter": 60.0, "semantic": 0.5},
                                         {"start": 39, "end": 54, "text": text[39:54], "pivot": "p", "back": "b",
                                          "chrf": 90.0, "bleu": 80.0, "ter": 10.0, "semantic": 0.9}]}
    page = render_html(report, text)
    assert 'id="rt-0-38"' in page and 'id="rt-39-54"' in page
    p = _Collect()
    p.feed(page)
    assert "(Tagstotranslate)" in "".join(p.marks)


def test_source_comparison_is_shown_without_a_round_trip():
    text = "Le budget est prêt. Les syndicats appellent à la grève."
    report = audit_text(text, id="src")
    bi = {"available": True, "encoder": "e", "source_sentences": 3, "target_sentences": 2,
          "metrics": {"pairs": 2, "omitted": 1, "added": 0, "crosslingual": 0.75, "chrf": None, "bleu": None,
                      "pseudo_chrf": None},
          "pairs": [{"kind": "1-1", "similarity": 0.8, "source_start": 0, "source_end": 20, "source": "The budget is ready.",
                     "start": 0, "end": 19, "text": text[:19], "pivot": None, "chrf": None, "bleu": None, "semantic": None},
                    {"kind": "1-0", "similarity": None, "source_start": 21, "source_end": 40, "source": "It was late.",
                     "start": None, "end": None, "text": "", "pivot": None, "chrf": None, "bleu": None, "semantic": None}]}
    report["roundtrip"] = {"available": False, "reason": "no translation engine available", "how_to_enable": "x",
                           "bilingual": bi}
    page = render_html(report, text)
    assert "Source comparison" in page and "It was late." in page and "no translation engine" in page
    assert 'data-start="None"' not in page and 'data-start="0" data-end="19"' in page
    md = render_markdown(report, text)
    assert "### Source comparison" in md and "2 aligned, 1 source sentence without translation" in md
    report["roundtrip"]["bilingual"] = {"available": False, "reason": "no encoder"}
    assert "Not available: no encoder" in render_markdown(report, text)


def _bilingual_report(units, findings):
    """A hand-made report of a bilingual file (no audit): units (id, target) and findings on them."""
    base = {"slug": "repeated-word", "category": "repetition", "mqm": "Fluency", "severity": "minor",
            "message": "Repeated word.", "suggestion": None, "confidence": 1.0, "engine": "rules"}
    return {"schema": "mtaudit.report/1", "tool": {"name": "mtaudit", "version": "0"}, "lang": "en",
            "article": {"id": "x", "path": None, "chars": 0, "words": 10, "language": {"code": "fr", "confidence": 1.0},
                        "format": "po", "source_language": "en", "target_language": "fr", "units": len(units)},
            "score": {"quality": 50.0, "verdict": "review", "penalty": 1, "penalty_per_1000_words": 1.0,
                      "counts": {"critical": 0, "major": 0, "minor": len(findings)}, "by_category": {}},
            "findings": [dict(base, rule=r, unit=u, start=s, end=e, text=t) for u, r, s, e, t in findings],
            "roundtrip": None, "units": [{"id": i, "source": "src", "target": t} for i, t in units]}


def test_markdown_sheet_escapes_unit_ids():
    evil = "<img src=x onerror=alert(1)>|col\nnext"
    report = _bilingual_report([(evil, "le le"), ("<script>", "la la")],
                               [(evil, "MTA700", 0, 5, "le le"), ("<script>", "MTA700", 0, 5, "la la")])
    md = render_markdown(report)
    rows = [line for line in md.splitlines() if line.startswith("| 1 ") or line.startswith("| 2 ")]
    assert len(rows) == 2  # the newline did not break the row
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 9  # 8 columns: no extra one from the id's "|"
    assert "<img" not in md and "<script>" not in md
    assert "&lt;img src=x onerror=alert(1)&gt;&#124;col next" in rows[0]


def test_bilingual_sheet_numbers_footnotes_across_the_file():
    units = [("u1", "le le et la la"), ("u2", "un un"), ("u5", "des des")]
    findings = [("u1", "MTA700", 0, 5, "le le"), ("u1", "MTA701", 9, 14, "la la"), ("u2", "MTA700", 0, 5, "un un"),
                ("u5", "MTA700", 0, 7, "des des")]
    html = render_html(_bilingual_report(units, findings), "")
    rows = {m.group(1): m.group(0) for m in re.finditer(r'<tr class="[^"]*"><td class="t">(u\d)</td>.*?</tr>', html)}
    assert set(rows) == {"u1", "u2", "u5"}
    for unit, numbers in (("u1", ["1", "2"]), ("u2", ["3"]), ("u5", ["4"])):
        row = rows[unit]
        assert re.findall(r'<a href="#f(\d+)">', row) == numbers
        assert re.findall(r'<li id="f(\d+)">', row) == numbers
        assert re.findall(r"#(\d+) \[", row.replace("&#x27;", "'")) == numbers  # the tooltips


HTML_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")  # parse errors in HTML


def test_html_sheets_and_index_carry_no_control_characters():
    """C0/C1 controls of the article (its text, id, a finding's text) are HTML parse errors: the sheet
    shows them as visible symbols (U+2400 block), the index too."""
    text = "Le le chat\x01 dort.\x1b[31m Fin\x85.\n"
    rep = audit_text(text, id="a\x07b")
    page = render_html(rep, text)
    assert not HTML_CONTROL.findall(page)
    assert "\u2401" in page and "\u241b" in page and "\u2407" in page
    units = dict(rep, units=[{"id": "u\x01", "source": "S\x02", "target": "T\x03"}], findings=[])
    assert not HTML_CONTROL.findall(render_html(units, ""))
    index = render_index([rep], errors=["x\x02.txt: bad \x1b"])
    assert not HTML_CONTROL.findall(index)


def test_sheet_line_column_counts_cr_and_crlf_line_ends():
    """The sheets' Line column counts lines as SARIF and the text format do: LF, CRLF and a lone CR."""
    from mtaudit.report.io import line_of

    at = line_of("a\rb\r\nc\nd")
    assert [at(i) for i in (0, 2, 5, 7)] == [1, 2, 3, 4]
    text = "Titre\rUn.\rLe le chat dort.\r"
    rep = audit_text(text, id="cr")
    f = next(f for f in rep["findings"] if f["text"] == "Le le")
    row = next(ln for ln in render_markdown(rep, text).splitlines() if "Le le" in ln and ln.startswith("| "))
    assert row.split(" | ")[4] == "3"
    assert re.search(r"<td>3</td><td class=\"t\" lang=\"fr\">Le le</td>", render_html(rep, text))
    assert f["start"] > 0


MARKDOWN_HOSTILE = ["Supprimer ![x](http://evil.example/p.png) *tous* __gras__ _a_ ~~b~~ [lien](http://x.example) a_b_",
                    "Ouvrir 6 fichiers\\", "a \\| b | c `code` $x$ # fin #", "<b>g</b> &amp; www.evil.example a@b.example",
                    "- liste", "1. liste", "    bloc"]


def test_markdown_sheet_renders_file_text_as_itself_and_no_markdown():
    """Text, ids and messages from the file render as the same characters: no image, link, emphasis,
    code, strikethrough, heading or list of theirs, and a trailing backslash escapes nothing."""
    from html import unescape

    markdown_it = pytest.importorskip("markdown_it")
    units = [(f"u{i}", t) for i, t in enumerate(MARKDOWN_HOSTILE)] + [("1. *id* #", "x")]
    findings = [(f"u{i}", "MTA700", 0, len(t), t) for i, t in enumerate(MARKDOWN_HOSTILE)]
    findings.append(("1. *id* #", "MTA700", 0, 1, "x"))
    report = _bilingual_report(units, findings)
    for f, t in zip(report["findings"], MARKDOWN_HOSTILE):
        f["message"] = f["suggestion"] = t
    report["notes"] = [{"kind": "x", "message": t} for t in MARKDOWN_HOSTILE]
    report["article"]["id"] = "*x* #"
    md = render_markdown(report)
    assert "://" not in md and "www." not in md and "@" not in md  # GFM autolinks
    assert "a_b&#95;" in md  # an underscore inside a word is no emphasis: kept readable
    html = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    for tag in ("<img", "<a ", "<em>", "<del>", "<b>", "<pre>", "<ol", "<ul>\n<li>\n<ul", "<h2>#"):
        assert tag not in html
    assert html.count("<strong>") == 1  # the sheet's own: the quality line
    assert re.search(r"<h1>Quality sheet — \*x\* #</h1>", html)
    rows = re.findall(r"<tr>\n<td>\d+</td>\n((?:<td>.*?</td>\n)+)</tr>", html)
    assert len(rows) == len(findings)
    for row, (unit, _, _, _, text) in zip(rows, findings):
        cells = [unescape(c) for c in re.findall(r"<td>(.*?)</td>", row)]
        assert cells[3] == "unit " + unit
        code = re.fullmatch(r"<code>(.*)</code>", re.findall(r"<td>(.*?)</td>", row)[4]).group(1)
        assert unescape(code) == text  # the cell's HTML, decoded: the file's text exactly
        if text in MARKDOWN_HOSTILE:
            assert cells[5] == cells[6] == text
    items = [unescape(m) for m in re.findall(r"<li>(.*?)</li>", html)]
    for t in MARKDOWN_HOSTILE:
        assert t.strip() in [i.strip() for i in items]


def test_json_pieces_join_to_the_same_text(tmp_path):
    from mtaudit.report import write_atomic
    from mtaudit.report.io import PIECE_CHARS, json_pieces

    objs = [{}, [], "", "é«\u00a0»’\n\"\\", 1.5, None, {"a": [1, {"b": "c", "d": []}, "x" * 10]},
            {"findings": [{"message": f"Mot « {k} »\u202f!", "start": k, "nan": float("nan")} for k in range(5000)]}]
    for obj in objs:
        got = list(json_pieces(obj))
        assert "".join(got) == to_json(obj)
        assert all(len(p) < PIECE_CHARS + 200 for p in got)
    assert len(got) > 3  # the large one comes in several pieces
    write_atomic(tmp_path / "r.json", json_pieces(objs[-1]))
    assert (tmp_path / "r.json").read_text(encoding="utf-8") == to_json(objs[-1])
