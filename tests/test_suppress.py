"""Suppression comments in the text, and baseline files (CI fails only on new findings)."""
import json

import pytest

from mtaudit.baseline import entries, fingerprint
from mtaudit.cli import main
from mtaudit.config import Config
from mtaudit.detect.suppress import parse
from mtaudit.pipeline import audit_text

MARKUP = Config(select=["markup"])


def found(text, rule=None):
    report = audit_text(text, MARKUP)
    for f in report["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
    return [f["text"] for f in report["findings"] if rule is None or f["rule"] == rule], report


def test_disable_one_rule_until_enable():
    text = ("Un {{a}} ici.\n<!-- mtaudit-disable MTA103 -->\nDeux {{b}} et &nbsp; là.\n"
            "<!-- mtaudit-enable -->\nTrois {{c}}.\n")
    placeholders, report = found(text, "MTA103")
    assert placeholders == ["{{a}}", "{{c}}"]
    assert "&nbsp;" in found(text, "MTA104")[0]  # other rules still run in the region
    assert report["suppressed"] == 1


def test_disable_everything_and_several_ids():
    text = ("<!-- mtaudit-disable -->\n{{a}} &amp; (Tagstotranslate)\n<!-- mtaudit-enable -->\n"
            "{{b}} &amp;\n<!-- mtaudit-disable MTA103, MTA104 -->\n{{c}} &amp; (Tagstotranslate)\n")
    texts, report = found(text)
    assert texts == ["{{b}}", "&amp;", "(Tagstotranslate)"]
    assert report["suppressed"] == 5


def test_disable_by_category_and_reenable_one_rule():
    text = ("<!-- mtaudit-disable markup -->{{a}} &amp;\n<!-- mtaudit-enable -->"
            "<!-- mtaudit-disable -->\n<!-- mtaudit-enable MTA104 -->{{b}} &amp;\n")
    texts, _ = found(text)
    assert texts == ["&amp;"] and text.rindex("&amp;") == audit_text(text, MARKUP)["findings"][0]["start"]


def test_disable_by_id_prefix_and_reenable_one_rule():
    text = ("Un {{a}} &amp;\n<!-- mtaudit-disable MTA10 -->\nDeux {{b}} &amp;\n"
            "<!-- mtaudit-enable MTA103 -->\nTrois {{c}} &amp;\n<!-- mtaudit-enable -->\nQuatre {{d}} &amp;\n")
    texts, report = found(text)
    assert texts == ["{{a}}", "&amp;", "{{c}}", "{{d}}", "&amp;"] and report["suppressed"] == 3
    # lower case as ids are; MTA is every rule; a prefix on the next line only
    assert found("<!-- mtaudit-disable mta1 -->\n{{a}} &amp;\n")[0] == []
    assert found("<!-- mtaudit-disable MTA -->\n{{a}} &amp;\n")[0] == []
    assert found("<!-- mtaudit-disable-next-line MTA10 -->\n{{a}} &amp;\n{{b}}\n")[0] == ["{{b}}"]


def test_the_more_specific_directive_wins():
    # an id turned back on after its category was turned off (it stayed off before)
    text = "<!-- mtaudit-disable markup -->\n<!-- mtaudit-enable MTA103 -->\n{{a}} &amp;\n"
    assert found(text)[0] == ["{{a}}"]
    # a shorter prefix turned off after an id was turned back on leaves the id on, as in select/ignore
    text = ("<!-- mtaudit-disable -->\n<!-- mtaudit-enable MTA103 -->\n<!-- mtaudit-disable MTA1 -->\n{{a}} &amp;\n"
            "<!-- mtaudit-disable MTA103 -->\n{{b}}\n")
    assert found(text)[0] == ["{{a}}"]
    text = "<!-- mtaudit-disable MTA1 -->\n<!-- mtaudit-enable MTA10 -->\n<!-- mtaudit-disable MTA104 -->\n{{a}} &amp;\n"
    assert found(text)[0] == ["{{a}}"]


def test_which_directive_a_suppressed_finding_is_counted_for():
    # under a bare disable, turning a rule off again is redundant: the bare disable did it (as before)
    text = "<!-- mtaudit-disable -->\n<!-- mtaudit-disable MTA103 -->\n{{a}}\n"
    report = found(text)[1]
    assert [(n["line"], n["message"]) for n in report["notes"]] == [
        (2, "MTA103 in this suppression comment suppressed nothing")]
    # two disables naming the rule: the more specific one (the later one before)
    text = "<!-- mtaudit-disable MTA103 -->\n<!-- mtaudit-disable markup -->\n{{a}}\n"
    report = found(text)[1]
    assert [(n["line"], n["message"]) for n in report["notes"]] == [
        (2, "markup in this suppression comment suppressed nothing")]


def test_prefix_notes():
    text = ("<!-- mtaudit-disable-next-line MTA1O -->\nUn {{a}}.\n"
            "<!-- mtaudit-disable-next-line MTA99 -->\nDeux {{b}}.\n"
            "<!-- mtaudit-disable-next-line MTA10, MTA103 -->\nTrois {{c}}.\n"
            "<!-- mtaudit-disable-next-line MTA3 -->\nQuatre.\n")  # no MTA3 rule ran: not reported
    texts, report = found(text, "MTA103")
    assert texts == ["{{a}}", "{{b}}"] and report["suppressed"] == 1
    assert [(n["line"], n["kind"], n["message"]) for n in report["notes"]] == [
        (1, "unknown-selector", "unknown rule id, id prefix or category 'MTA1O' in a suppression comment (did you mean 'MTA10'?); "
                                "it suppresses nothing"),
        (3, "unknown-selector", "unknown rule id, id prefix or category 'MTA99' in a suppression comment; it suppresses nothing"),
        (5, "unused-suppression", "MTA10 in this suppression comment suppressed nothing"),  # MTA103 is more specific
    ]
    everything = audit_text(text, Config())
    assert [n["line"] for n in everything["notes"]] == [1, 3, 5, 7]  # MTA3 rules ran, and found nothing


def test_disable_next_line_only():
    text = "{{a}}\n<!-- mtaudit-disable-next-line MTA103 -- generated by the CMS -->\n{{b}} &amp;\n{{c}}\n"
    texts, report = found(text)
    assert texts == ["{{a}}", "&amp;", "{{c}}"] and report["suppressed"] == 1


def test_disable_next_line_skips_blank_lines(tmp_path, capsys):
    text = "<!-- mtaudit-disable-next-line MTA103 -->\n\n  \n{{b}}\n{{c}}\n"
    assert found(text, "MTA103")[0] == ["{{c}}"]
    page = tmp_path / "s.html"  # the <p> after the comment leaves a blank line in the text read
    page.write_text("<html><body><p>Intro.</p>\n<!-- mtaudit-disable-next-line MTA101 -->\n"
                    "<p>Le préfet. (Tagstotranslate) Région</p>\n<p>Le député. (Tagstotranslate) Nation</p>"
                    "</body></html>\n", encoding="utf-8")
    main(["check", str(page), "--select", "markup", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert report["suppressed"] == 1
    assert [f["text"] for f in report["findings"]] == ["(Tagstotranslate)"]
    assert report["findings"][0]["start"] > report["article"]["chars"] - 30  # the député's line


def test_html_input_and_case_and_spacing():
    text = "<p>Texte {{a}}</p>\n<!--MTA-->\n<!--   MTAUDIT-DISABLE   mta103\tMTA103   -->\n<p>{{b}}</p>"
    texts, _ = found(text, "MTA103")
    assert texts == ["{{a}}"]


def test_no_comment_means_nothing_suppressed():
    text = "Texte {{a}} sans commentaire mtaudit-disable MTA103.\n"
    texts, report = found(text, "MTA103")
    assert texts == ["{{a}}"] and "suppressed" not in report
    assert parse(text) is None


def test_directive_comment_itself_is_not_a_finding():
    text = "<!-- mtaudit-disable MTA999 {{x}} -->\nfin {{y}}\n"
    texts, _ = found(text, "MTA103")
    assert texts == ["{{y}}"]  # unknown ids in a comment are harmless; {{x}} is inside the directive


def test_unknown_and_unused_suppressions_are_notes_not_findings(tmp_path, capsys):
    text = ("<!-- mtaudit-disabel MTA103 -->\nUn {{a}}.\n"
            "<!-- mtaudit-disable-next-line MTA1O3 -->\nDeux {{b}}.\n"
            "<!-- mtaudit-disable MTA999, template-placeholder, markp -->\nTrois {{c}}.\n<!-- mtaudit-enable -->\n"
            "<!-- mtaudit-disable-next-line MTA103, MTA104 -->\nQuatre {{d}}.\n"
            "<!-- mtaudit-disable-next-line -->\nRien ici.\n"
            "<!-- mtaudit-disable-next-line grammar -->\nCinq.\n")  # grammar did not run: not reported
    texts, report = found(text, "MTA103")
    assert texts == ["{{a}}", "{{b}}", "{{c}}"] and report["suppressed"] == 1
    notes = [(n["line"], n["kind"], n["message"]) for n in report["notes"]]
    assert notes == [
        (1, "unknown-directive", "unknown suppression comment 'mtaudit-disabel' (did you mean 'mtaudit-disable'?); "
                                 "it suppresses nothing (known: mtaudit-disable, mtaudit-enable, mtaudit-disable-next-line)"),
        (3, "unknown-selector", "unknown rule id, id prefix or category 'MTA1O3' in a suppression comment (did you mean 'MTA103'?); "
                                "it suppresses nothing"),
        (5, "unknown-selector", "unknown rule id, id prefix or category 'MTA999' in a suppression comment; it suppresses nothing"),
        (5, "unknown-selector", "'template-placeholder' is a rule slug: suppression comments take rule ids, id "
                                "prefixes or categories; use MTA103"),
        (5, "unknown-selector", "unknown rule id, id prefix or category 'markp' in a suppression comment (did you mean 'markup'?); "
                                "it suppresses nothing"),
        (8, "unused-suppression", "MTA104 in this suppression comment suppressed nothing"),
        (10, "unused-suppression", "this suppression comment suppressed nothing"),
    ]
    for n in report["notes"]:
        assert text[n["start"]:n["end"]] == n["text"] and n["text"].startswith("<!-- mtaudit-")
    assert "notes" not in found("<!-- mtaudit-disable MTA103 -->\n{{a}}\n")[1]

    src = tmp_path / "s.md"  # the command line says them on stderr
    src.write_text(text, encoding="utf-8")
    main(["check", str(src), "--select", "markup", "--format", "json"])
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 7 and err[0].startswith("mtaudit: warning: ") and f"{src}:1: unknown suppression" in err[0]
    main(["audit", str(src), "--select", "markup", "--out", str(tmp_path / "o"), "-q"])
    assert capsys.readouterr().err.splitlines() == err


# -- baseline -----------------------------------------------------------------------------------

OLD = "Titre\n\nBonjour {{name}}, voici la suite &nbsp; du texte.\n"


def test_fingerprint_ignores_offsets_but_counts_occurrences():
    ta, tb = "{{x}} puis {{x}}.\n", "Ajout en tête.\n\n{{x}} puis {{x}}.\n"
    ea, eb = entries(audit_text(ta, MARKUP, id="a"), ta), entries(audit_text(tb, MARKUP, id="a"), tb)
    assert [e["fingerprint"] for e in ea] == [e["fingerprint"] for e in eb]
    assert [e["context"] for e in ea] == ["… puis {{x}}.", "{{x}} puis … ."]
    assert fingerprint("a", "MTA103", "{{x}}", 0, "") != fingerprint("b", "MTA103", "{{x}}", 0, "")
    tc = "{{x}} et {{x}} et {{x}} et {{x}}.\n"  # the same text in the same context: counted
    ec = entries(audit_text(tc, MARKUP, id="a"), tc)
    assert [e["occurrence"] for e in ec] == [0, 0, 0, 0] and len({e["context"] for e in ec}) == 4
    td = "{{x}}\n{{x}}\n"
    assert [e["occurrence"] for e in entries(audit_text(td, MARKUP, id="a"), td)] == [0, 1]


TAGGED = "Le gouvernement a pris une décision. (Tagstotranslate) Politique (T) France\n\nLe maire a parlé hier.\n"


def recorded(tmp_path, text: str, name: str = "art.txt"):
    """(article file, common options, baseline file, its data): text audited with --write-baseline."""
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    common = ["--format", "json", "--select", "markup,boilerplate", "--quiet"]
    base = tmp_path / "base.json"
    assert main(["audit", str(src), "--out", str(tmp_path / "o1"), *common, "--write-baseline", str(base)]) == 0  # recorded, not failed
    return src, common, base, json.loads(base.read_text())


def test_baseline_hides_the_old_finding_and_reports_the_new_one_on_the_same_text(tmp_path):
    src, common, base, data = recorded(tmp_path, TAGGED)
    assert data["schema"] == "mtaudit.baseline/2"
    assert [e["context"] for e in data["findings"]] == ["a pris une décision. … Politique (T) France",
                                                        "une décision. (Tagstotranslate) Politique … France"]
    added = "Nouveau paragraphe ajouté en tête. (Tagstotranslate) Économie\n\n"
    src.write_text(added + TAGGED, encoding="utf-8")
    assert main(["audit", str(src), "--out", str(tmp_path / "o2"), *common, "--baseline", str(base)]) == 1
    report = json.loads((tmp_path / "o2" / "art.json").read_text())
    assert report["baselined"] == 2
    assert [(f["rule"], f["start"]) for f in report["findings"]] == [("MTA101", added.index("(Tagstotranslate)"))]

    # a file of the first schema (no context) is still read: the n-th finding of a rule on a text
    old = {"schema": "mtaudit.baseline/1", "findings": [
        {k: e[k] for k in ("article", "rule", "text", "occurrence")} for e in data["findings"]]}
    base.write_text(json.dumps(old), encoding="utf-8")
    src.write_text(TAGGED, encoding="utf-8")
    assert main(["audit", str(src), "--out", str(tmp_path / "o3"), *common, "--baseline", str(base)]) == 0
    assert json.loads((tmp_path / "o3" / "art.json").read_text())["baselined"] == 2


def test_baseline_drops_known_findings_and_keeps_new_ones(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "art.md").write_text(OLD, encoding="utf-8")
    (src / "two.txt").write_text("Rien à signaler ici.\n", encoding="utf-8")
    base = tmp_path / "baseline.json"
    common = ["--out", str(tmp_path / "o"), "--format", "json", "--select", "markup", "--quiet"]
    # recording accepts today's findings: exit 0 though they cross the gate
    assert main(["audit", str(src), *common, "--write-baseline", str(base), "--fail-on", "minor"]) == 0
    data = json.loads(base.read_text())
    assert data["schema"] == "mtaudit.baseline/2"
    assert sorted(e["text"] for e in data["findings"]) == ["&nbsp;", "{{name}}"]

    # edits elsewhere move the old findings; a new one appears, and a second {{name}}
    (src / "art.md").write_text("Chapeau ajouté.\n" + OLD + "Encore {{name}} et {{date}}.\n", encoding="utf-8")
    code = main(["audit", str(src), *common, "--baseline", str(base), "--fail-on", "minor"])
    assert code == 1
    report = json.loads((tmp_path / "o" / "art.json").read_text())
    assert sorted(f["text"] for f in report["findings"]) == ["{{date}}", "{{name}}"]
    assert all(f["start"] > len("Chapeau ajouté.\n" + OLD) for f in report["findings"])
    assert report["baselined"] == 2
    assert report["score"]["counts"]["major"] == 2  # re-scored without the baselined findings

    # only old findings: CI passes
    (src / "art.md").write_text("Chapeau.\n" + OLD, encoding="utf-8")
    assert main(["audit", str(src), *common, "--baseline", str(base), "--fail-on", "minor"]) == 0
    assert json.loads((tmp_path / "o" / "art.json").read_text())["findings"] == []


@pytest.mark.parametrize("text", [
    "Le gouvernement a pris une décision. (Tagstotranslate) Politique (T) France\n\nLe maire a parlé hier.\n",
    # decomposed accents: the audit scores the folded text, offsets mapped back
    "Le gouvernement a pris une de\u0301cision. (Tagstotranslate) Politique (T) France\n\nLe maire a parle\u0301.\n",
])
def test_baseline_rescores_as_an_audit_without_the_finding(tmp_path, capsys, text):
    src, common, base, data = recorded(tmp_path, text)
    data["findings"] = [e for e in data["findings"] if e["rule"] == "MTA101"]  # accept the critical only
    base.write_text(json.dumps(data), encoding="utf-8")
    assert main(["audit", str(src), "--out", str(tmp_path / "o2"), *common, "--ignore", "MTA101"]) == 0
    assert main(["audit", str(src), "--out", str(tmp_path / "o3"), *common, "--baseline", str(base)]) == 0
    without = json.loads((tmp_path / "o2" / "art.json").read_text())
    baselined = json.loads((tmp_path / "o3" / "art.json").read_text())
    assert baselined["baselined"] == 1 and [f["rule"] for f in baselined["findings"]] == ["MTA102"]
    assert baselined["score"] == without["score"]  # quality, features, estimate, mqm_quality: all of it
    assert baselined["score"]["verdict"] == "review" and "word_errors" in baselined["score"]["features"]


@pytest.mark.parametrize("name, text", [
    ("art.tsv", "id\ten\tfr\nu1\tThe mayor spoke.\tLe maire a parle\u0301 hier soir.\n"
                "u2\tThe decision. Politics\tLe gouvernement a pris une décision. (Tagstotranslate) Politique (T) France\n"),
])
def test_baseline_of_a_bilingual_file_rescores_as_an_audit_without_the_finding(tmp_path, name, text):
    # the word model reads the kept findings where the audit placed them: on the units' joined targets
    src, common, base, data = recorded(tmp_path, text, name)
    data["findings"] = [e for e in data["findings"] if e["rule"] == "MTA101"]
    base.write_text(json.dumps(data), encoding="utf-8")
    assert main(["audit", str(src), "--out", str(tmp_path / "o2"), *common, "--ignore", "MTA101"]) == 0
    assert main(["audit", str(src), "--out", str(tmp_path / "o3"), *common, "--baseline", str(base)]) == 0
    full = json.loads((tmp_path / "o1" / "art.json").read_text())
    without = json.loads((tmp_path / "o2" / "art.json").read_text())
    baselined = json.loads((tmp_path / "o3" / "art.json").read_text())
    assert baselined["baselined"] == 1 and [f["rule"] for f in baselined["findings"]] == ["MTA102"]
    assert baselined["score"] == without["score"]
    assert baselined["score"]["features"]["word_errors"] < full["score"]["features"]["word_errors"]


def test_baseline_summary_line_and_bad_baseline_file(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(OLD, encoding="utf-8")
    base = tmp_path / "b.json"
    assert main(["audit", str(src), "--out", str(tmp_path / "o"), "--select", "markup", "--write-baseline", str(base)]) == 0  # recorded, not failed
    assert "Baseline written" in capsys.readouterr().out
    assert main(["audit", str(src), "--out", str(tmp_path / "o"), "--select", "markup", "--baseline", str(base)]) == 0  # baselined: nothing left
    assert "2 findings matched the baseline" in capsys.readouterr().out
    (tmp_path / "junk.json").write_text("[1, 2]")
    for bad in ("junk.json", "missing.json"):
        assert main(["audit", str(src), "--out", str(tmp_path / "o"), "--baseline", str(tmp_path / bad)]) == 2
        assert bad in capsys.readouterr().err


@pytest.mark.parametrize("entry", [
    {"article": "a", "rule": "MTA103", "text": "x", "occurrence": "abc"},
    {"article": "a", "rule": "MTA103", "text": "x", "occurrence": None},
    {"article": "a", "rule": "MTA103", "text": "x", "occurrence": -1},
    {"article": "a", "rule": "MTA103", "text": "x", "occurrence": True},
    {"article": "a", "rule": 103, "text": "x", "occurrence": 0},
    {"article": "a", "rule": "MTA103", "occurrence": 0},
    {"article": "a", "rule": "MTA103", "text": "x", "context": None, "occurrence": 0},
    {"fingerprint": 12},
    {"fingerprint": "da13b99e3d86e7c4c320d834", "occurrence": "0"},
    "da13b99e3d86e7c4c320d834",
])
def test_malformed_baseline_entry_is_one_error_line_and_exit_2(tmp_path, capsys, entry):
    src = tmp_path / "a.txt"
    src.write_text(OLD, encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema": "mtaudit.baseline/1", "findings": [entry]}), encoding="utf-8")
    assert main(["audit", str(src), "--out", str(tmp_path / "o"), "--select", "markup", "-q", "--baseline", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.json: not a baseline file: malformed entry 1" in err[0], err


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_suppressed_findings_are_absent_from_rendered_sheets(tmp_path, fmt):
    src = tmp_path / "a.md"
    src.write_text("<!-- mtaudit-disable MTA103 -->\nBonjour {{zz_hidden}}.\n", encoding="utf-8")
    assert main(["audit", str(src), "--out", str(tmp_path / "o"), "--format", f"json,{fmt}", "--select", "markup",
                 "--fail-under", "0", "--quiet"]) == 0
    assert json.loads((tmp_path / "o" / "a.json").read_text())["suppressed"] == 1
    sheet = (tmp_path / "o" / f"a.{fmt}").read_text()
    assert "<mark" not in sheet and "template-placeholder" not in sheet and "No findings" in sheet


def test_note_lines_are_lines_of_the_file(tmp_path, capsys):
    """HTML input: a note's line is the comment's line in the HTML file (as the findings' lines), not
    in the tag-stripped text; a text with CR-only line ends counts them as lines."""
    page = tmp_path / "r.html"
    page.write_text("<p>Un.</p><p>Deux.</p><p>Trois.</p><!-- mtaudit-disable MTA1O1 --><p>Le le chat.</p>\n"
                    "<p>Quatre.</p>\n<div><p>Cinq.</p></div><!-- mtaudit-disable-next-line MTA999 -->\n<p>Six.</p>\n",
                    encoding="utf-8")
    main(["check", str(page), "--select", "markup", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    html = page.read_text(encoding="utf-8")
    assert [(n["line"], html.count("\n", 0, n["html_start"]) + 1) for n in report["notes"]] == [(1, 1), (3, 3)]
    from mtaudit.detect.suppress import apply

    notes = apply("Un.\rDeux.\r\n<!-- mtaudit-disable MTA999 -->\rTrois.\r", [])[2]
    assert [n["line"] for n in notes] == [3]


@pytest.mark.parametrize("data,says", [
    ({"schema": "mtaudit.baseline/2", "x": 1}, "no 'findings' list"),
    ({"schema": "mtaudit.baseline/2", "findings": {}}, "no 'findings' list"),
    ({"schema": "other/1", "findings": []}, "expected schema"),
])
def test_baseline_with_the_right_schema_but_no_findings_list_says_so(tmp_path, capsys, data, says):
    src = tmp_path / "a.txt"
    src.write_text(OLD, encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert main(["audit", str(src), "--out", str(tmp_path / "o"), "--select", "markup", "-q", "--baseline", str(bad)]) == 2
    err = capsys.readouterr().err
    assert says in err, err


# a suppression comment (and, in Markdown, any comment) is a note to the reader: its words are not the
# article's French, so the score does not read them (the rules' language layer and score.features)
PROSE = ("Le conseil a organisé une réunion avec {{invites}} hier soir à Lyon pour parler du budget.\n"
         "La séance a été levée à minuit.\n")
DIRECTIVE = "<!-- mtaudit-disable-next-line MTA103 -->\n"


def _checked(path, capsys, *options):
    assert main(["check", str(path), "--no-config", "--format", "json", *options]) in (0, 1)
    report = json.loads(capsys.readouterr().out)
    return report, (report["score"], report["article"]["words"])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_a_suppressed_finding_scores_as_the_rule_ignored(tmp_path, capsys, suffix):
    wrap = (lambda t: "<html><body>" + "".join(f"<p>{x}</p>\n" if x.strip() else x for x in t.splitlines(True))
            + "</body></html>\n") if suffix == ".html" else (lambda t: t)
    plain, noted = tmp_path / f"plain{suffix}", tmp_path / f"noted{suffix}"
    plain.write_text(wrap(PROSE), encoding="utf-8")
    noted.write_text(wrap(DIRECTIVE + PROSE), encoding="utf-8")
    report, suppressed = _checked(noted, capsys)
    assert report["findings"] == [] and report["suppressed"] == 1 and "notes" not in report
    assert suppressed == _checked(plain, capsys, "--ignore", "MTA103")[1]
    assert suppressed == _checked(noted, capsys, "--ignore", "MTA103")[1]


def test_a_markdown_comment_is_not_read_by_the_score(tmp_path, capsys):
    plain, noted = tmp_path / "plain.md", tmp_path / "noted.md"
    plain.write_text(PROSE, encoding="utf-8")
    noted.write_text("<!-- TODO: check this translation with the editor before it goes on the website -->\n" + PROSE,
                     encoding="utf-8")
    (report, got), want = _checked(noted, capsys), _checked(plain, capsys)[1]
    assert [f["rule"] for f in report["findings"]] == ["MTA103"] and got == want
    # inside a line: blanked, the same length (spaCy sees a run of spaces: the word model's sums may move a hair)
    noted.write_text(PROSE.replace(" hier", " <!-- was: last night --> hier"), encoding="utf-8")
    (report, (score, words)), (plain_score, plain_words) = _checked(noted, capsys), want
    assert [f["rule"] for f in report["findings"]] == ["MTA103"] and words == plain_words
    text_features = ("english_share", "unknown_share", "capitals_share", "unended_lines", "words_per_line", "word_flagged")
    assert {k: score["features"][k] for k in text_features} == {k: plain_score["features"][k] for k in text_features}
    assert abs(score["quality"] - plain_score["quality"]) < 0.5


def test_the_api_scores_a_suppression_as_the_rule_ignored():
    import mtaudit

    ignored = mtaudit.audit(PROSE, config={"ignore": ["MTA103"]})["score"]
    report = mtaudit.audit(DIRECTIVE + PROSE)
    assert report["suppressed"] == 1 and report["score"] == ignored
    page = "<p>" + PROSE.replace("\n", "</p>\n<p>").rstrip("<p>")
    html = mtaudit.Auditor().audit("<!-- mtaudit-disable MTA103 -->\n" + page, html=True)
    assert html["suppressed"] == 1
    assert html["score"] == mtaudit.Auditor({"ignore": ["MTA103"]}).audit(page, html=True)["score"]
