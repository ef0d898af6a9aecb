"""CI outputs: SARIF 2.1.0 (validated against the official schema), JUnit XML, GitHub annotations."""
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mtaudit.cli import main
from mtaudit.report.ci import CiItem
from mtaudit.report.github import command, render_github

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
LEVEL = {"critical": "error", "major": "warning", "minor": "note"}
GH_LEVEL = {"critical": "error", "major": "warning", "minor": "notice"}
GH_LINE = re.compile(r"^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),"
                     r"endColumn=(\d+),title=([^,:]+)::(.+)$")

# unseen articles: an emoji before a finding (code points vs UTF-16), findings on later lines
ARTICLES = {
    "emoji.txt": "Titre 😀 du jour\n\nLa réunion 🎉 a lieu : {{lieu}} à 18 heures.\n",
    "mixed.md": "# Compte rendu\n\nLe conseil a voté.\n\nSujets : (Tagstotranslate) Budget (T) Écoles (T) Voirie\n",
    "clean.txt": "Le sommet a eu lieu à Paris. Les ministres ont discuté de la sécurité européenne.\n",
}


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "articles"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def run_audit(corpus, out, *extra, capsys=None):
    code = main(["--no-config", "audit", str(corpus), "--out", str(out), "--quiet",
                 "--format", "json,sarif,junit,github", *extra])
    printed = capsys.readouterr().out if capsys else ""
    return code, printed


def region_text(text: str, region: dict) -> str:
    lines = text.split("\n")
    sl, sc, el, ec = region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]
    start = sum(len(x) + 1 for x in lines[: sl - 1]) + sc - 1
    end = sum(len(x) + 1 for x in lines[: el - 1]) + ec - 1
    return text[start:end]


def test_sarif_is_valid_and_locates_findings(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code, _ = run_audit(corpus, tmp_path / "out", capsys=capsys)
    assert code == 1  # a dirty article fails the default gate
    log = json.loads((tmp_path / "out" / "mtaudit.sarif").read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]

    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted(set(ids)) and "MTA101" in ids and "MTA103" in ids
    for r in rules:
        assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
        assert r["defaultConfiguration"]["level"] == LEVEL[r["properties"]["severity"]]

    results = run["results"]
    assert {r["ruleId"] for r in results} >= {"MTA101", "MTA103"}
    fps = [r["partialFingerprints"]["mtaudit/v1"] for r in results]
    assert len(set(fps)) == len(fps)
    for res in results:
        assert ids[res["ruleIndex"]] == res["ruleId"]
        assert res["level"] == LEVEL[res["properties"]["severity"]]
        loc = res["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        assert uri.startswith("articles/") and not uri.startswith("/")
        text = (tmp_path / uri).read_text(encoding="utf-8")
        assert region_text(text, loc["region"]) == loc["region"]["snippet"]["text"]
        assert text[loc["region"]["charOffset"]:][: loc["region"]["charLength"]] == loc["region"]["snippet"]["text"]
    hole = next(r for r in results if r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "{{lieu}}")
    region = hole["locations"][0]["physicalLocation"]["region"]
    # "La réunion 🎉 a lieu : " is 22 code points (23 UTF-16 units): the placeholder starts at column 23
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (3, 23, 31)


def test_outputs_are_deterministic_and_fingerprints_survive_edits(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run_audit(corpus, tmp_path / "a")
    run_audit(corpus, tmp_path / "b")
    for name in ("mtaudit.sarif", "junit.xml", "emoji.json", "mixed.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name

    def fingerprints(out):
        log = json.loads((out / "mtaudit.sarif").read_text(encoding="utf-8"))
        return {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"],
                 r["locations"][0]["physicalLocation"]["region"]["startLine"]): r["partialFingerprints"]["mtaudit/v1"]
                for r in log["runs"][0]["results"] if "mixed" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]}

    before = fingerprints(tmp_path / "a")
    p = corpus / "mixed.md"
    p.write_text("Un paragraphe ajouté en tête.\n\nEncore un.\n\n" + p.read_text(encoding="utf-8"), encoding="utf-8")
    run_audit(corpus, tmp_path / "c", "--force")
    after = fingerprints(tmp_path / "c")
    assert before and len(after) == len(before)
    assert sorted(before.values()) == sorted(after.values())  # same ids although every line moved
    assert {k[2] for k in before} != {k[2] for k in after}


def test_junit_one_case_per_article(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (corpus / "broken.txt").write_bytes(b"\xff\xfe caf\xe9")
    code, _ = run_audit(corpus, tmp_path / "out")
    assert code == 2  # an unreadable input
    root = ET.parse(tmp_path / "out" / "junit.xml").getroot()
    suites = root.findall("testsuite")
    assert len(suites) == 1
    cases = {c.get("name"): c for c in suites[0].findall("testcase")}
    assert set(cases) == {"articles/clean.txt", "articles/emoji.txt", "articles/mixed.md", "articles/broken.txt"}
    assert suites[0].get("tests") == "4" and suites[0].get("errors") == "1"
    reports = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").glob("*.json")}
    failing = {n for n, r in reports.items() if r["score"]["verdict"] == "fail"}
    assert "mixed" in failing and "clean" not in failing
    for name, case in cases.items():
        stem = Path(name).stem
        fail = case.find("failure")
        if stem == "broken":
            assert case.find("error") is not None
        elif stem in failing:
            assert fail is not None and "fail" in fail.get("message")
            for f in reports[stem]["findings"]:
                assert f"{f['rule']} [{f['severity']}]" in fail.text and f["text"] in fail.text
        else:
            assert fail is None
    assert suites[0].get("failures") == str(len(failing))


def test_junit_gate_follows_fail_on(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _ = run_audit(corpus, tmp_path / "out", "--fail-on", "major")
    root = ET.parse(tmp_path / "out" / "junit.xml").getroot()
    failed = {c.get("name") for c in root.iter("testcase") if c.find("failure") is not None}
    assert "articles/emoji.txt" in failed and "articles/mixed.md" in failed and code == 1


def test_github_annotations(corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    _, printed = run_audit(corpus, tmp_path / "out", capsys=capsys)
    lines = [x for x in printed.splitlines() if x.startswith("::")]
    assert lines
    reports = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").glob("*.json")}
    by_rule_text = {(f["rule"], f["text"]): f for r in reports.values() for f in r["findings"]}
    for line in lines:
        m = GH_LINE.match(line)
        assert m, line
        kind, file, ln, col, eln, ecol, title, msg = m.groups()
        assert file.startswith("articles/")
        rule = title.split()[0]
        if ln != eln:
            continue
        text = (tmp_path / file).read_text(encoding="utf-8").split("\n")[int(ln) - 1][int(col) - 1:int(ecol) - 1]
        f = by_rule_text[(rule, text)]
        assert kind == GH_LEVEL[f["severity"]]
        assert "%0A" not in msg or "\n" not in msg


def test_github_caps_and_escapes(tmp_path):
    text = "Bonjour " + " ".join(f"{{{{v{i}}}}}" for i in range(70)) + "\n"
    findings = [{"rule": "MTA103", "slug": "template-placeholder", "severity": "major", "start": m.start(),
                 "end": m.end(), "text": m.group(), "message": "Unfilled placeholder", "suggestion": None}
                for m in re.finditer(r"\{\{v\d+\}\}", text)]
    report = {"article": {"id": "a"}, "findings": findings, "score": {"verdict": "fail"}}
    items = [CiItem(report, text, "a.txt"), CiItem(dict(report, article={"id": "b"}), text, "b.txt")]
    out = render_github(items, per_article=50, total=80).splitlines()
    assert sum(1 for x in out if "file=a.txt" in x) == 50
    assert sum(1 for x in out if "file=b.txt" in x) == 30
    assert out[-1].startswith("::notice") and "60 more" in out[-1]
    assert command("error", "50% done\nnext", file="a,b:c.txt", title="T") == \
        "::error file=a%2Cb%3Ac.txt,title=T::50%25 done%0Anext"


def test_check_formats_on_stdin_json(monkeypatch, capsys):
    import io
    import sys

    body = json.dumps({"id": "cms-1", "html": "<p>Bonjour <b>{{nom}}</b>&nbsp;!</p>"}).encode()
    for fmt in ("sarif", "junit", "github", "text"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(body), encoding="utf-8"))
        code = main(["--no-config", "check", "-", "--format", fmt])
        out = capsys.readouterr().out
        assert code == 1
        if fmt == "sarif":
            log = json.loads(out)
            region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
            assert region["snippet"]["text"] == "{{nom}}" and region["startColumn"] == 15  # column in the HTML
            assert not list(jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).iter_errors(log))
        elif fmt == "junit":
            assert ET.fromstring(out).find("testsuite/testcase/failure") is not None
        elif fmt == "github":
            assert "::warning title=MTA103 template-placeholder::" in out  # stdin: no file
        else:
            assert "cms-1:1:15: MTA103 [major]" in out


def test_compact_items_render_byte_identical(tmp_path, monkeypatch):
    """`audit` keeps compact items (no text) for its run outputs: every rendering is unchanged."""
    import shutil

    from mtaudit.outputs import render_run
    from mtaudit.report.junit import verdict_fails

    d = tmp_path / "in"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    (d / "page.html").write_text("<html><body><h1>Titre</h1><p>La r&eacute;union a lieu : {{lieu}}. "
                                 "Les boots on the ground sont là.</p></body></html>", encoding="utf-8")
    shutil.copy(Path(__file__).parent / "data" / "l10n" / "app.xlf", d / "app.xlf")
    for seed in sorted((Path(__file__).parent.parent / "seeds").glob("*"))[:2]:
        shutil.copy(seed, d / seed.name)
    monkeypatch.chdir(tmp_path)
    main(["--no-config", "audit", "in", "in/page.html", "--out", "out", "--quiet", "--format", "json"])  # .html: only named
    items = []
    for path in sorted((tmp_path / "out").glob("*.json")):
        rep = json.loads(path.read_text(encoding="utf-8"))
        if "article" not in rep or "findings" not in rep:
            continue  # index / summaries
        src = rep["article"].get("path")
        text = None
        if src and rep["article"].get("format") == "html":
            text = Path(src).read_text(encoding="utf-8")
        elif src and Path(src).suffix in (".txt", ".md"):
            text = Path(src).read_text(encoding="utf-8")
        from mtaudit.report.ci import make_item

        items.append(make_item(rep, text) if text is not None else make_item(rep))
    assert len(items) >= 7 and any(i.report.get("units") for i in items)
    assert any(i.report["article"].get("format") == "html" for i in items)
    compact = [i.compact() for i in items]
    assert all(c.text is None and "features" not in c.report["score"] for c in compact)
    errors = [("bad.txt", "cannot be read")]
    for fmt in ("text", "sarif", "junit", "github"):
        assert render_run(fmt, compact, errors, failed=verdict_fails) == \
            render_run(fmt, items, errors, failed=verdict_fails), fmt


def _unit_item():
    """A bilingual report (x12.xlf from QA): u1 on line 7 of the file, u9 with no known line, and an
    article finding beside them to show plain text keeps its exact columns."""
    target = "Cliquez sur <g1>Enregistrer</g1> pour enregistrer 12 fichiers."
    base = {"category": "mistranslation", "mqm": "Accuracy/Mistranslation", "severity": "major",
            "suggestion": None, "confidence": 1.0, "engine": "rules"}
    findings = [dict(base, rule="MTA901", slug="number-mismatch", start=50, end=52, text="12",
                     message="The number '12' is not in the source.", unit="u1", line=7),
                dict(base, rule="MTA905", slug="empty-target", start=0, end=0, text="",
                     message="The target is empty.", unit="u9")]
    report = {"lang": "en", "article": {"id": "x12", "path": "x12.xlf", "words": 9, "format": "xliff1"},
              "score": {"quality": 0.0, "verdict": "fail", "counts": {"critical": 0, "major": 2, "minor": 0}},
              "units": [{"id": "u1", "source": "Save 10 files.", "target": target, "line": 7},
                        {"id": "u9", "source": "Empty", "target": ""}],
              "findings": findings}
    return CiItem(report, None, "x12.xlf"), target


def test_github_cap_keeps_the_most_severe_findings_of_the_whole_run():
    def item(name, n, severity):
        text = "Bonjour " + " ".join(f"{{{{v{i}}}}}" for i in range(n)) + "\n"
        findings = [{"rule": "MTA103", "slug": "template-placeholder", "severity": severity, "start": m.start(),
                     "end": m.end(), "text": m.group(), "message": "Unfilled placeholder", "suggestion": None}
                    for m in re.finditer(r"\{\{v\d+\}\}", text)]
        return CiItem({"article": {"id": name}, "findings": findings, "score": {"verdict": "fail"}}, text, name)

    items = [item("a.txt", 40, "minor"), item("b.txt", 30, "major"), item("c.txt", 5, "critical")]
    out = render_github(items, per_article=50, total=20).splitlines()
    kinds = [x.split(" ", 1)[0] for x in out[:-1]]
    assert kinds == ["::warning"] * 15 + ["::error"] * 5  # input order kept; c's critical ones not cut
    assert sum(1 for x in out if "file=c.txt" in x) == 5
    assert not any("file=a.txt" in x for x in out)
    assert out[-1].startswith("::notice") and "20 findings annotated, 55 more" in out[-1]
    assert sum(1 for x in out if x.startswith("::notice")) == 1


def test_unit_findings_have_the_unit_line_and_no_file_columns():
    from mtaudit.report.sarif import render_sarif

    item, target = _unit_item()
    log = json.loads(render_sarif([item], rules={}))
    assert not list(jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).iter_errors(log))
    r12, empty = log["runs"][0]["results"]
    loc = r12["locations"][0]
    assert loc["physicalLocation"]["region"] == {"startLine": 7}  # no column or charOffset into the file
    assert loc["logicalLocations"] == [{"name": "u1"}]
    p = r12["properties"]
    assert (p["unit"], p["unitText"]) == ("u1", "12") and target[p["unitStart"]:p["unitEnd"]] == "12"
    assert "region" not in empty["locations"][0]["physicalLocation"]  # line unknown: no made-up line 1
    assert empty["properties"]["unit"] == "u9"

    gh = render_github([item]).splitlines()  # by line: u9 (no line) first
    assert gh[1].startswith("::warning file=x12.xlf,line=7,title=MTA901") and "col=" not in gh[1]
    assert "unit 'u1'" in gh[1]
    assert gh[0].startswith("::warning file=x12.xlf,title=MTA905")

    from mtaudit.report.ci import render_text
    from mtaudit.report.junit import render_junit

    text = render_text([item])
    assert "x12.xlf:7: unit 'u1': MTA901" in text and "x12.xlf: unit 'u9': MTA905" in text
    assert ":7:51" not in text
    fail = ET.fromstring(render_junit([item])).find("testsuite/testcase/failure")
    assert "x12.xlf:7: unit 'u1': MTA901" in fail.text


def test_article_findings_keep_exact_columns_beside_unit_ones():
    from mtaudit.report.sarif import render_sarif

    text = "Titre\n\nLa réunion a lieu : {{lieu}}.\n"
    f = {"rule": "MTA103", "slug": "template-placeholder", "category": "markup", "mqm": "Design/Markup",
         "severity": "major", "start": text.index("{"), "end": text.index("}") + 2, "text": "{{lieu}}",
         "message": "Unfilled placeholder", "suggestion": None}
    report = {"article": {"id": "a", "words": 5}, "findings": [f],
              "score": {"quality": 50.0, "verdict": "fail", "counts": {"critical": 0, "major": 1, "minor": 0}}}
    unit_item, _target = _unit_item()
    log = json.loads(render_sarif([CiItem(report, text, "a.txt"), unit_item], rules={}))
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"], region["charOffset"]) == \
        (3, 21, 29, text.index("{"))
    assert "::warning file=a.txt,line=3,col=21,endLine=3,endColumn=29," in render_github([CiItem(report, text, "a.txt")])


def test_junit_is_well_formed_with_control_characters_in_names():
    """An article id, a file name and an unreadable input's path holding C0 controls: the XML still
    parses (they are written \\uXXXX, as in the other attributes)."""
    from mtaudit.report.junit import render_junit

    report = {"lang": "en", "article": {"id": "x\x01y", "path": None, "words": 3},
              "score": {"quality": 10.0, "verdict": "fail", "counts": {"critical": 1, "major": 0, "minor": 0}},
              "findings": []}
    items = [CiItem(report, "Le le chat.", None), CiItem(dict(report), "Le le chat.", "a\x02b.txt")]
    xml = render_junit(items, errors=[("bad\x1bname.txt", "unreadable")])
    root = ET.fromstring(xml)
    cases = root.findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == ["x\\u0001y", "a\\u0002b.txt", "bad\\u001bname.txt"]
    assert cases[1].get("file") == "a\\u0002b.txt"


def _hostile_item():
    """A locked unit whose source holds a newline then a GitHub workflow command, and an article
    text with ESC and BEL (t9/inj.xlf of the QA sweep)."""
    base = {"category": "fidelity", "mqm": "Accuracy", "severity": "major", "suggestion": "ACME\n::error::x",
            "confidence": 1.0, "engine": "rules", "slug": "s"}
    findings = [dict(base, rule="MTA917", start=0, end=5, text="Nuage", unit="k\n::warning::u", line=5,
                     message="Its target is not its source 'ACME\n::error file=evil.py,line=1::pwned'."),
                dict(base, rule="MTA101", start=0, end=2, text="\x1b[31m", message="Bell \x07 and \x1b[2J here\r\n::notice::z")]
    report = {"lang": "en", "article": {"id": "inj", "path": "in\nj.xlf", "words": 3, "format": "xliff1"},
              "score": {"quality": 0.0, "verdict": "fail", "counts": {"critical": 0, "major": 2, "minor": 0}},
              "findings": findings, "failures": [{"rule": "MTA1", "error": "boom\n::error::y"}]}
    return CiItem(report, None, "in\nj.xlf")


def test_text_and_github_lines_cannot_be_split_or_carry_controls():
    from mtaudit.report.ci import render_text
    from mtaudit.report.junit import render_junit

    item = _hostile_item()
    text = render_text([item], errors=[("e\n::error::v.txt", "bad\nline\x1b")])
    lines = text.splitlines()
    assert len(lines) == 5, lines  # two findings, the failure, the summary, the error
    assert not [ln for ln in lines if ln.startswith("::")]
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", text.replace("\n", ""))
    assert "\u241b[31m" in text and "\u2407" in text  # visible, not run by the terminal
    fail = ET.fromstring(render_junit([item])).find("testsuite/testcase/failure")
    assert len(fail.text.splitlines()) == 2
    gh = render_github([item], errors=[("e\x1b.txt", "bad\x07")])
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", gh.replace("\n", ""))
    assert all(ln.startswith("::") for ln in gh.splitlines())


def test_summary_table_keeps_one_line_per_article(capsys):
    import io

    from mtaudit.cli import print_summary

    report = {"article": {"id": "a\nb\x1b", "words": 3},
              "score": {"quality": 40.0, "verdict": "fail", "counts": {"critical": 1, "major": 0, "minor": 0}}}
    out = io.StringIO()
    print_summary([report], Path("out"), out, errors=["x\ny.txt: unreadable"])
    lines = out.getvalue().splitlines()
    assert len(lines) == 5, lines  # head, the article, the counts, the unaudited header and its input
    assert lines[1].startswith("a b\u241b ") and "\x1b" not in out.getvalue()


def test_sarif_snippet_is_the_file_text_of_the_region_for_html_input(tmp_path, monkeypatch):
    """HTML input: the region covers `&lt;b&gt;` in the file; the snippet is that text, not the
    stripped `<b>` (also from a compact item, which keeps no text)."""
    from mtaudit.report.ci import make_item
    from mtaudit.report.sarif import render_sarif

    monkeypatch.chdir(tmp_path)
    page = tmp_path / "p.html"
    page.write_text("<html><body>\n<h1>Titre &amp; &lt;b&gt; 😀</h1>\n<p>Le le chat est l&agrave;,ici.</p>\n"
                    "</body></html>\n", encoding="utf-8")
    main(["--no-config", "audit", "p.html", "--out", "out", "--quiet", "--format", "json"])
    rep = json.loads((tmp_path / "out" / "p.json").read_text(encoding="utf-8"))
    html = page.read_text(encoding="utf-8")
    item = make_item(rep, html=html)
    for it in (item, item.compact()):
        log = json.loads(render_sarif([it], rules={}))
        regions = [r["locations"][0]["physicalLocation"]["region"] for r in log["runs"][0]["results"]]
        assert any(r["snippet"]["text"] == "&lt;b&gt;" for r in regions), regions
        for r in regions:
            assert r["snippet"]["text"] == html[r["charOffset"]:r["charOffset"] + r["charLength"]]
            assert r["snippet"]["text"] == region_text(html, r)


def test_sarif_reports_notes_and_rule_failures_as_notifications(tmp_path, monkeypatch):
    """The report's notes (suppression comments, sources) are toolExecutionNotifications with their
    line; a rule that failed makes the execution unsuccessful. A compact item renders the same."""
    from mtaudit.report.ci import make_item
    from mtaudit.report.sarif import render_sarif

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Titre\n\n<!-- mtaudit-disable MTA1O3 -->\nUn {{a}}.\n", encoding="utf-8")
    main(["--no-config", "audit", "a.md", "--out", "out", "--quiet", "--format", "json", "--select", "markup"])
    rep = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert rep["notes"]
    item = make_item(rep)
    log = json.loads(render_sarif([item], rules={}))
    assert not list(jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).iter_errors(log))
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is True
    notes = inv["toolExecutionNotifications"]
    assert len(notes) == 1 and notes[0]["level"] == "warning" and "MTA1O3" in notes[0]["message"]["text"]
    loc = notes[0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "a.md" and loc["region"]["startLine"] == 3
    assert render_sarif([item.compact()], rules={}) == render_sarif([item], rules={})
    rep["failures"] = [{"rule": "MTA103", "error": "ValueError: boom"}]
    inv = json.loads(render_sarif([make_item(rep)], rules={}))["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False and len(inv["toolExecutionNotifications"]) == 2


def test_stderr_lines_of_rule_failures_and_notes_are_one_line_each():
    from mtaudit.outputs import rule_failures, suppression_notes

    rep = {"article": {"id": "a", "path": "a\n::error::x.txt"},
           "failures": [{"rule": "MTA1", "error": "ValueError: boom\n::error file=e.py::pwned\x1b[2J"}],
           "notes": [{"kind": "unknown-selector", "line": 3, "message": "m"},
                     {"kind": "source-language", "message": "s"}]}
    lines = rule_failures([rep]) + suppression_notes([rep])
    assert len(lines) == 3 and not [ln for ln in lines if "\n" in ln or "\x1b" in ln], lines


def test_sarif_snippet_of_html_input_is_the_html_at_its_region():
    # found by tests/test_fuzz.py: the region points into the HTML sent (html_start/html_end) but the
    # snippet was the audited text, so a span holding an entity or a tag did not match its region
    from mtaudit import Auditor
    from mtaudit.outputs import render_run

    page = "<p>Les alli&eacute;s forment la coalition des conf&eacute;rences pour aider l'Ukraine.</p>"
    report = Auditor().audit(page, html=True)
    f = next(f for f in report["findings"] if f["rule"] == "MTA301")
    assert f["text"] == "coalition des conférences"
    item = CiItem(report, page, "page.html")
    for it in (item, item.compact()):
        log = json.loads(render_run("sarif", [it], [], failed=lambda r: True))
        region = next(r["locations"][0]["physicalLocation"]["region"] for r in log["runs"][0]["results"]
                      if r["ruleId"] == "MTA301")
        assert region["snippet"]["text"] == "coalition des conf&eacute;rences" == \
            page[region["charOffset"]:region["charOffset"] + region["charLength"]]


def test_junit_is_well_formed_xml_whatever_the_article_id_and_paths_hold():
    # found by tests/test_fuzz.py: a request id (or a file name) with a control character went into
    # the testcase's name unescaped, and XML 1.0 cannot carry it: the JUnit file did not parse
    from mtaudit import Auditor
    from mtaudit.report.junit import render_junit

    report = Auditor().audit("Bonjour {{nom}} !")
    report["article"]["id"] = "cms\x1b-1\x0b"  # the API refuses such an id now; a report may still carry one
    xml = render_junit([CiItem(report, "Bonjour {{nom}} !", None), CiItem(report, "Bonjour {{nom}} !", "a\x0cb.txt")],
                       [("bad\x01.txt", "cannot be read")])
    cases = ET.fromstring(xml).findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == ["cms\\u001b-1\\u000b", "a\\u000cb.txt", "bad\\u0001.txt"]
    assert cases[1].get("file") == "a\\u000cb.txt"


def test_an_interrupted_run_says_so_in_sarif_junit_and_github(corpus, tmp_path, monkeypatch, capsys):
    from conftest import interrupt_second_batch

    interrupt_second_batch(monkeypatch)
    monkeypatch.chdir(tmp_path)
    code, printed = run_audit(corpus, tmp_path / "out", capsys=capsys)
    assert code == 130
    log = json.loads((tmp_path / "out" / "mtaudit.sarif").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).iter_errors(log))
    inv = log["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert any("interrupted" in n["message"]["text"] and "2 inputs not audited" in n["message"]["text"]
               for n in inv["toolExecutionNotifications"])
    suite = ET.fromstring((tmp_path / "out" / "junit.xml").read_text(encoding="utf-8")).find("testsuite")
    assert "2 inputs not audited" in suite.find("properties/property[@name='interrupted']").get("value")
    assert "interrupted" in suite.find("system-err").text
    case = suite.find("testcase[@name='interrupted']")
    assert case.find("error").get("type") == "mtaudit.interrupted" and suite.get("errors") == "1"
    assert [x for x in printed.splitlines() if x.startswith("::error title=mtaudit::")][-1].endswith(
        "2 inputs not audited; run again to audit the rest")


def test_corpus_row_findings_point_at_the_rows_line_in_the_file(tmp_path, monkeypatch, capsys):
    """A .jsonl row is one line of the file: SARIF, GitHub, JUnit and text give that line (no column:
    the offsets count in the row's text, not in its JSON line), the file's own path, and the row."""
    from mtaudit.report.ci import render_text

    monkeypatch.chdir(tmp_path)
    rows = ["Le chat dort.", "Le chien dort.", "Il a dit que le le chat dort."]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps({"id": f"a{i}", "text": t}) for i, t in enumerate(rows))
                                      + "\n", encoding="utf-8")
    main(["--no-config", "audit", "c.jsonl", "--out", "out", "--quiet", "--format", "json,sarif,junit,github"])
    gh = [ln for ln in capsys.readouterr().out.splitlines() if "MTA700" in ln]
    assert len(gh) == 1 and gh[0].startswith("::notice file=c.jsonl,line=3,title=MTA700") and "col=" not in gh[0]
    assert "::row 3: " in gh[0]
    log = json.loads((tmp_path / "out" / "mtaudit.sarif").read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).iter_errors(log))
    (r,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "MTA700"]
    loc = r["locations"][0]
    assert loc["physicalLocation"]["artifactLocation"]["uri"] == "c.jsonl"
    assert loc["physicalLocation"]["region"] == {"startLine": 3}
    assert loc["logicalLocations"] == [{"name": "row=3"}]
    p = r["properties"]
    assert p["row"] == "3" and rows[2][p["rowStart"]:p["rowEnd"]] == p["rowText"] == "le le"
    case = next(c for c in ET.parse(tmp_path / "out" / "junit.xml").iter("testcase") if c.get("name") == "c.jsonl#row=3")
    assert case.get("file") == "c.jsonl"
    report = json.loads((tmp_path / "out" / "a2.json").read_text(encoding="utf-8"))
    item = CiItem(report, rows[2], "c.jsonl", "row=3", 3)
    assert "c.jsonl:3: row 3: MTA700 [minor]" in render_text([item])


def test_sarif_encodes_a_hash_in_a_file_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes#1.txt").write_text("Il a dit que le le chat dort.\n", encoding="utf-8")
    main(["--no-config", "audit", "in", "--out", "out", "--quiet", "--format", "json,sarif"])
    log = json.loads((tmp_path / "out" / "mtaudit.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {"in/notes%231.txt"}
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] > 1


def test_quoted_spans_keep_their_whitespace_visible():
    """A span that is whitespace, or starts or ends with it, shows it: «··» for a doubled space, «·,»
    for a space before a comma; other spans keep one space for each run."""
    from mtaudit import audit
    from mtaudit.report.ci import one_line, render_text

    text = "Le chien  dort , puis il mange.\n"
    item = CiItem(audit(text), text, "a.txt")
    lines = render_text([item]) + render_github([item])
    assert "MTA655" in lines and "«··» → ·" in lines and "«·,» → ," in lines
    assert "«»" not in lines
    assert one_line("\u00a0:") == "⍽:" and one_line("fin\n") == "fin↵" and one_line("a  b\nc") == "a b c"


def _many_findings_item(n=5000):
    text = "le le chat. " * n
    base = {"rule": "MTA701", "slug": "doubled-word", "category": "repetition", "mqm": "Fluency/Grammar",
            "severity": "minor", "confidence": 0.95, "engine": "rules"}
    findings = [dict(base, start=12 * k, end=12 * k + 5, text="le le", suggestion="le",
                     message="Doubled word « le » : supprimer la répétition.") for k in range(n)]
    report = {"lang": "fr", "article": {"id": "doubled", "path": "doubled.txt", "words": 3 * n},
              "score": {"quality": 0.0, "verdict": "fail", "counts": {"critical": 0, "major": 0, "minor": n}},
              "findings": findings}
    return CiItem(report, text, "doubled.txt")


def test_a_large_sarif_log_is_written_piece_by_piece(tmp_path):
    """json.dumps with an indent holds a list of every small piece of the text, then the text, then
    its bytes: for 50,000 findings a 69 MB log cost 585 MB on top of the log's structure. run_pieces
    encodes it piece by piece: the same bytes, and the text is never held whole."""
    import tracemalloc

    from mtaudit.outputs import render_run, run_pieces
    from mtaudit.report import write_atomic

    item = _many_findings_item()
    whole = render_run("sarif", [item], [], failed=lambda r: True)
    pieces = run_pieces("sarif", [item], [], failed=lambda r: True)
    assert not isinstance(pieces, str)
    tracemalloc.start()
    write_atomic(tmp_path / "run.sarif", pieces)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert (tmp_path / "run.sarif").read_text(encoding="utf-8") == whole
    assert peak < len(whole.encode()) // 5, (peak, len(whole))  # pieces of 64 K, not the text (it was 8x it)
    # the other run formats come whole, as one piece
    assert list(run_pieces("junit", [item], [], failed=lambda r: True)) == \
        [render_run("junit", [item], [], failed=lambda r: True)]


def test_github_annotates_a_bad_corpus_row_on_its_file_and_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("rows.jsonl").write_text('{"id": "a", "text": "Le maire a parlé."}\n\n{"id": "b", "text": ""}\nnot json\n',
                                  encoding="utf-8")
    assert main(["audit", "rows.jsonl", "--out", "o", "--format", "github", "--select", "markup", "--quiet"]) == 2
    lines = [x for x in capsys.readouterr().out.splitlines() if x.startswith("::error")]
    assert lines == ["::error file=rows.jsonl,line=3,title=mtaudit input error::row 2 (id 'b'): empty text (column 'text')",
                     "::error file=rows.jsonl,line=4,title=mtaudit input error::row 3: not valid JSON (line 4: "
                     "Expecting value column 1)"]



def test_a_bad_corpus_row_is_located_on_its_file_in_sarif_and_junit(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    Path("rows.jsonl").write_text('{"id": "a", "text": "Le maire a parlé."}\n\n{"id": "b", "text": ""}\n',
                                  encoding="utf-8")
    assert main(["audit", "rows.jsonl", "--out", "o", "--format", "json,sarif,junit", "--select", "markup",
                 "--quiet"]) == 2
    note = json.loads(Path("o/mtaudit.sarif").read_text(encoding="utf-8"))["runs"][0]["invocations"][0][
        "toolExecutionNotifications"][0]
    assert note["locations"] == [{"physicalLocation": {"artifactLocation": {"uri": "rows.jsonl"},
                                                       "region": {"startLine": 3}}}]
    assert note["message"]["text"].startswith("rows.jsonl row 2")
    case = next(c for c in ET.parse("o/junit.xml").iter("testcase") if c.find("error") is not None)
    assert (case.get("file"), case.get("line")) == ("rows.jsonl", "3") and case.get("name").startswith("rows.jsonl row 2")
