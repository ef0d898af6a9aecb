"""Bilingual files (XLIFF 1.2/2.x, TMX, PO, CSV/TSV): reading, unit offsets, glossary, write-back, bad files."""
import hashlib
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from lxml import etree

from mtaudit.cli import main
from mtaudit.config import Config
from mtaudit.detect.resources import DataFileError
from mtaudit.glossary import load_dnt, load_glossary
from mtaudit.l10n.audit import audit_bilingual, named_by_kind
from mtaudit.l10n.memory import TranslationMemory
from mtaudit.pipeline import Auditor
from mtaudit.read.bilingual import CODE_RE, read_bilingual
from mtaudit.read.loader import InputError

DATA = Path(__file__).resolve().parent / "data" / "l10n"
SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "mtaudit/report/report.schema.json").read_text())


def audit(name, config=None, memory=None):
    doc = read_bilingual(DATA / name)
    if memory is None:
        memory = TranslationMemory()
        memory.add_document(doc)
    return doc, audit_bilingual(Auditor(config or Config()), doc, memory)


def by_rule(report, rule):
    return [f for f in report["findings"] if f["rule"] == rule]


# -- reading ------------------------------------------------------------------------------------

def test_xliff12_units_ids_languages_and_inline_codes():
    doc = read_bilingual(DATA / "app.xlf")
    assert (doc.format, doc.source_language, doc.target_language) == ("xliff1", "en-US", "fr-FR")
    assert [u.id for u in doc.units] == ["intro", "price", "bold", "url"]
    intro, _, bold, _ = doc.units
    assert intro.source == "Click <g1>Save</g1> to keep <x2/>your changes."
    assert intro.target == "Cliquez sur <g1>Enregistrer</g1> pour garder <x2/>vos modifications."
    assert intro.notes == ["Button label"] and intro.state == "translated" and intro.line == 7
    # bpt/ept and ph are codes; mrk is an annotation: its text stays, no marker
    assert bold.target == "C'est <bpt1/>gras<ept1/> et <ph2/> un terme."
    assert [m.group() for m in CODE_RE.finditer(bold.target)] == ["<bpt1/>", "<ept1/>", "<ph2/>"]


def test_xliff2_tmx_po_csv_tsv():
    x2 = read_bilingual(DATA / "app2.xlf")
    assert (x2.format, x2.source_language, x2.target_language) == ("xliff2", "en", "fr")
    assert x2.units[0].id == "u1" and x2.units[0].target == "Ouvrez <pc1>le fichier</pc1> maintenant<ph2/>"
    assert x2.units[0].notes == ["Menu entry"]
    tmx = read_bilingual(DATA / "memory.tmx")
    assert tmx.units[0].id == "t1" and tmx.units[0].source == "Press <bpt1/>OK<ept1/> to continue."
    assert tmx.units[1].notes == ["Status line"]
    po = read_bilingual(DATA / "messages.po")
    assert [u.id for u in po.units] == ["Hello %(name)s, you have %(count)d new messages.", "Sign out", "menu|File",
                                        "%d file[0]", "%d file[1]"]
    assert [(u.source, u.target) for u in po.units[3:]] == [("%d file", "%d fichier"), ("%d files", "%d fichiers")]
    assert po.units[1].state == "fuzzy" and po.target_language == "fr"
    csv_doc = read_bilingual(DATA / "strings.csv")
    assert [(u.id, u.source, u.target) for u in csv_doc.units][1] == ("k2", "Cancel, then retry", "Annulez puis réessayez")
    tsv = read_bilingual(DATA / "columns.tsv", source_column="English", target_column="French", id_column="key")
    assert [u.id for u in tsv.units] == ["k1", "k2"] and tsv.units[0].target == "Ouvrez le fichier"


@pytest.mark.parametrize("name,problem", [
    ("broken.xlf", "malformed XML (line 5"),
    ("german.xlf", "target language is 'de-DE'"),
    ("empty.po", "empty file"),
])
def test_bad_files_get_one_clear_error(name, problem):
    with pytest.raises(InputError) as e:
        read_bilingual(DATA / name)
    assert problem in str(e.value) and name in str(e.value)


def test_tsv_without_the_named_columns_is_a_clear_error():
    with pytest.raises(InputError, match="--source-column/--target-column"):
        read_bilingual(DATA / "columns.tsv")


# -- audit: offsets, codes, rules --------------------------------------------------------------

@pytest.fixture(scope="module")
def errors():
    return audit("errors.xlf", Config(glossary=[str(DATA / "glossary.csv")]))


def test_findings_carry_unit_ids_and_exact_unit_offsets(errors):
    doc, report = errors
    jsonschema.validate(report, SCHEMA)
    units = {u.id: u for u in doc.units}
    assert report["findings"]
    for f in report["findings"]:
        u = units[f["unit"]]
        assert u.target[f["start"]:f["end"]] == f["text"]
        if "source_start" in f:
            assert u.source[f["source_start"]:f["source_end"]] == f["source_text"]
        assert f["line"] == u.line
    assert report["article"]["units"] == len(doc.units) and len(report["units"]) == len(doc.units)


@pytest.mark.parametrize("unit,rule,text", [
    ("n1", "MTA901", "2,5"),
    ("c1", "MTA903", None),
    ("p1", "MTA903", None),
    ("u1", "MTA904", "https://example.com/aide"),
    ("g1", "MTA914", None),
    ("e1", "MTA915", "mail"),
    ("d1", "MTA916", None),
    ("s2", "MTA912", "Sauvegarder"),
    ("x1", "MTA906", None),
    ("f1", "MTA908", "."),
    ("empty", "MTA905", ""),
    ("m1", "MTA652", " ,"),  # a French rule, on a unit with an inline code
])
def test_each_seeded_error_is_found_on_its_unit(errors, unit, rule, text):
    _, report = errors
    hits = [f for f in report["findings"] if f["unit"] == unit and f["rule"] == rule]
    assert hits, [(f["unit"], f["rule"]) for f in report["findings"]]
    if text is not None:
        assert text in [f["text"] for f in hits]


def test_missing_source_items_point_at_the_source(errors):
    _, report = errors
    (f,) = [f for f in report["findings"] if f["unit"] == "p1" and f["rule"] == "MTA903"]
    assert f["source_text"] == "{0}"
    (g,) = [f for f in by_rule(report, "MTA914") if f["unit"] == "g1"]
    assert g["source_text"] == "file" and g["suggestion"] == "fichier"


def test_inline_codes_never_produce_language_findings(errors):
    doc, report = errors
    units = {u.id: u for u in doc.units}
    french = [f for f in report["findings"] if not f["rule"].startswith("MTA9")]
    assert french  # MTA401 on the untranslated unit, MTA652 beside a code
    for f in french:
        for m in CODE_RE.finditer(units[f["unit"]].target):
            assert not (m.start() < f["end"] and f["start"] < m.end()), f


def test_clean_files_pass_and_codes_in_both_sides_are_not_markup():
    for name in ("app2.xlf", "memory.tmx", "messages.po", "strings.csv", "other.po"):
        _, report = audit(name)
        assert [f["rule"] for f in report["findings"]] == [], (name, report["findings"])


def test_other_source_language_gets_language_independent_checks_only():
    _, report = audit("from_german.xlf", Config(glossary=[str(DATA / "glossary.csv")]))
    rules = {f["rule"] for f in report["findings"]}
    assert "MTA901" in rules  # numbers: 3 -> 4
    assert "MTA914" not in rules  # the English glossary does not apply to a German source


def test_consistency_across_the_batch():
    a, b = read_bilingual(DATA / "errors.xlf"), read_bilingual(DATA / "other.po")
    tm = TranslationMemory()
    tm.add_document(a)
    tm.add_document(b)
    report = audit_bilingual(Auditor(Config()), b, tm)
    (f,) = [f for f in report["findings"] if f["rule"] == "MTA912"]
    assert f["unit"] == "Save" and "errors" in f["message"] and "Sauvegarder" in f["message"]


# -- glossary ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["glossary.csv", "glossary.tbx"])
def test_glossary_formats_give_the_same_terms(name):
    terms = {t.source: t for t in load_glossary(DATA / name)}
    assert terms["file"].targets == ("fichier",) and "document" in terms["file"].forbidden
    assert terms["e-mail"].targets == ("courriel",) and "mail" in terms["e-mail"].forbidden
    assert terms["Smart Sync"].dnt


@pytest.mark.parametrize("name", ["glossary.csv", "glossary.tbx"])
def test_glossary_rules_fire_with_either_format(name):
    _, report = audit("errors.xlf", Config(glossary=[str(DATA / name)]))
    found = {(f["unit"], f["rule"]) for f in report["findings"]}
    assert {("g1", "MTA914"), ("e1", "MTA915"), ("d1", "MTA916")} <= found


def test_glossary_rows_with_the_same_source_are_alternatives(tmp_path):
    strings = tmp_path / "strings.tsv"
    strings.write_text("source\ttarget\nOpen the file\tOuvrez le fichier\nSave the file\tEnregistrez le document\n"
                       "Close the file\tFermez le dossier\n", encoding="utf-8")
    dup = tmp_path / "dup.csv"
    dup.write_text("source,target\nfile,fichier\nFile,document\n", encoding="utf-8")
    tbx = tmp_path / "dup.tbx"
    tbx.write_text('<?xml version="1.0"?><martif><text><body>'
                   '<termEntry><langSet xml:lang="en"><tig><term>file</term></tig></langSet>'
                   '<langSet xml:lang="fr"><tig><term>fichier</term></tig></langSet></termEntry>'
                   '<termEntry><langSet xml:lang="en"><tig><term>file</term></tig></langSet>'
                   '<langSet xml:lang="fr"><tig><term>document</term></tig></langSet></termEntry>'
                   '</body></text></martif>', encoding="utf-8")
    for g in (dup, tbx):
        (term,) = load_glossary(g)
        assert term.targets == ("fichier", "document") and not term.dnt
        out = tmp_path / f"o_{g.suffix[1:]}"
        main(["audit", str(strings), "--glossary", str(g), "--out", str(out), "--format", "json", "-q",
              "--select", "terminology"])
        report = json.loads((out / "strings.json").read_text(encoding="utf-8"))
        assert [f["unit"] for f in by_rule(report, "MTA914")] == ["4"], report["findings"]  # only "dossier" (line 4)


def _strings_findings(tmp_path, rows, select: str, *extra) -> list[dict]:
    """The findings of `select` on a strings table of (source, target) rows, audited with `extra`."""
    strings = tmp_path / "s.tsv"
    strings.write_text("source\ttarget\n" + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    main(["--no-config", "audit", str(strings), "--out", str(tmp_path / "o"), "--format", "json", "-q",
          "--select", select, *extra])
    return json.loads((tmp_path / "o" / "s.json").read_text(encoding="utf-8"))["findings"]


def _term_findings(tmp_path, glossary: str, rows, name: str = "g.csv") -> dict:
    """unit target -> [rule...] of the terminology findings of a strings table audited with `glossary`."""
    g = tmp_path / name
    g.write_text(glossary, encoding="utf-8")
    out = {b: [] for _, b in rows}
    for f in _strings_findings(tmp_path, rows, "terminology", "--glossary", str(g)):
        out[rows[int(f["unit"]) - 2][1]].append(f["rule"])
    return out


def test_a_glossary_term_inside_a_longer_one_counts_for_both(tmp_path):
    found = _term_findings(tmp_path, "source,target\nfile,fichier\nsource file,fichier source\n",
                           [("Save the source file.", "Enregistrez les fichiers sources."),
                            ("Save the source file.", "Enregistrez le fichier."),
                            ("Save the source file.", "Enregistrez le document.")])
    assert found == {"Enregistrez les fichiers sources.": [], "Enregistrez le fichier.": ["MTA914"],
                     "Enregistrez le document.": ["MTA914", "MTA914"]}


def test_a_glossary_term_glued_to_a_slash_or_backslash_is_found(tmp_path):
    """spaCy leaves "\\", "/" and "|" glued to a word ("fichier\\"): the term is still the word."""
    found = _term_findings(tmp_path, "source,target\nfile,fichier\n",
                           [("Open the file\\", "Ouvrir le fichier\\"), ("Open the file/", "Ouvrir le fichier/"),
                            ("Open the file\\", "Ouvrir le document\\")])
    assert found == {"Ouvrir le fichier\\": [], "Ouvrir le fichier/": [], "Ouvrir le document\\": ["MTA914"]}


def test_a_reflexive_verb_target_matches_with_any_pronoun(tmp_path):
    found = _term_findings(tmp_path, "source,target\nsign in,se connecter\nsign up,s'inscrire\n",
                           [("Sign in here.", "Connectez-vous ici."), ("Sign in here.", "Vous vous connectez ici."),
                            ("Sign in here.", "Il faut vous connecter ici."), ("Sign in here.", "Je me connecte ici."),
                            ("Sign up here.", "Inscrivez-vous ici."), ("Sign up here.", "Tu t'inscris ici."),
                            ("Sign in here.", "Ouvrez la session ici."), ("Sign up here.", "Créez un compte ici.")])
    assert [t for t, rules in found.items() if rules] == ["Ouvrez la session ici.", "Créez un compte ici."], found


NO_SOURCE_TBX = """<?xml version="1.0"?><martif type="TBX"><text><body>
<termEntry id="1"><langSet xml:lang="en"><tig><term>file</term></tig></langSet>
<langSet xml:lang="fr"><tig><term>fichier</term></tig></langSet></termEntry>
<termEntry id="2"><langSet xml:lang="fr"><tig><term>courriel</term></tig><tig><term>mail</term>
<termNote type="administrativeStatus">deprecatedTerm-admn</termNote></tig></langSet></termEntry>
<termEntry id="3"><langSet xml:lang="en"><tig><term>folder</term></tig></langSet></termEntry>
</body></text></martif>"""


@pytest.mark.parametrize("name, glossary", [
    ("g.csv", "source,target,forbidden\nfile,fichier,\n,courriel,mail\nfolder,,\n,dossier,\n"),
    ("g.tbx", NO_SOURCE_TBX)])
def test_a_forbidden_variant_with_no_source_term_is_forbidden_anywhere(tmp_path, capsys, name, glossary):
    found = _term_findings(tmp_path, glossary, [("Send it.", "Envoyez un mail."), ("Open the file.", "Ouvrez le fichier."),
                                               ("Open the folder.", "Ouvrez le dossier.")], name)
    assert found == {"Envoyez un mail.": ["MTA915"], "Ouvrez le fichier.": [], "Ouvrez le dossier.": []}
    err = capsys.readouterr().err
    skipped = "2 glossary rows skipped" if name == "g.csv" else "1 glossary row skipped"
    assert err.count("glossary row") == 1 and skipped in err and "no target term" in err, err
    terms = load_glossary(tmp_path / name)
    assert [(t.source, t.forbidden) for t in terms if not t.source] == [("", ("mail",))]


def test_glossary_in_utf16_and_with_semicolons(tmp_path):
    u16 = tmp_path / "u16.csv"
    u16.write_bytes("source,target\nfile,fichier\n".encode("utf-16"))  # with its byte-order mark
    semi = tmp_path / "semi.csv"
    semi.write_text("source;target;note\nfile;fichier;house style\ne-mail;courriel|e-mail;\n", encoding="utf-8")
    assert [(t.source, t.targets) for t in load_glossary(u16)] == [("file", ("fichier",))]
    assert [(t.source, t.targets, t.note) for t in load_glossary(semi)] == [
        ("file", ("fichier",), "house style"), ("e-mail", ("courriel", "e-mail"), "")]
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("source,target\nfile,fichiér\n".encode("latin-1"))
    with pytest.raises(DataFileError, match="latin1.csv: glossary is not UTF-8"):
        load_glossary(latin1)


def test_dnt_list_and_bad_glossaries(tmp_path):
    _, report = audit("errors.xlf", Config(dnt=[str(DATA / "dnt.txt")]))
    assert [f["unit"] for f in by_rule(report, "MTA916")] == ["d1"]
    assert [t.source for t in load_dnt(DATA / "dnt.txt")] == ["Smart Sync"]
    bad = tmp_path / "g.csv"
    bad.write_text("term_en,whatever\nfile,fichier\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="source column"):
        load_glossary(bad)
    with pytest.raises(DataFileError, match="malformed TBX"):
        load_glossary(DATA / "broken.xlf")
    assert main(["audit", str(DATA / "app.xlf"), "--glossary", str(bad), "--out", str(tmp_path / "o")]) == 2


def test_broken_glossary_in_the_config_is_one_error_up_front(tmp_path, capsys):
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    (tmp_path / "mtaudit.toml").write_text('glossary = ["empty.csv"]\n', encoding="utf-8")
    conf = ["--config", str(tmp_path / "mtaudit.toml")]
    for argv in (["check", str(DATA / "app.xlf"), "--format", "text"], ["check", str(DATA / "app.xlf")],
                 ["serve", "--port", "0"]):
        assert main([*argv, *conf]) == 2
        out = capsys.readouterr()
        assert out.out == "" and out.err.count("\n") == 1 and "glossary has no header line" in out.err


# -- write ---------------------------------------------------------------------------------------

def test_cli_audit_of_bilingual_files_writes_table_and_xliff_copy(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("errors.xlf", "app2.xlf", "memory.tmx", "broken.xlf", "german.xlf", "empty.po"):
        shutil.copy(DATA / name, src / name)
    before = hashlib.sha256((src / "errors.xlf").read_bytes()).hexdigest()
    out = tmp_path / "out"
    code = main(["audit", str(src), "--out", str(out), "--format", "json,html,xliff,sarif,junit",
                 "--glossary", str(DATA / "glossary.tbx")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2  # three bad files, each named once; the others are audited
    assert len(err) == 3 and all(any(n in line for line in err) for n in ("broken.xlf", "german.xlf", "empty.po"))
    assert hashlib.sha256((src / "errors.xlf").read_bytes()).hexdigest() == before
    report = json.loads((out / "errors.json").read_text())
    assert report["article"]["format"] == "xliff1" and report["units"][0]["id"] == "n1"
    # the annotated copy parses and its notes name the rules
    root = etree.parse(str(out / "errors.mtaudit.xlf")).getroot()
    ns = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
    notes = root.findall(".//x:trans-unit[@id='p1']/x:note[@from='mtaudit']", ns)
    assert notes and notes[0].text.startswith("MTA903 inline-codes")
    assert len(root.findall(".//x:note[@from='mtaudit']", ns)) == len(report["findings"])
    root2 = etree.parse(str(out / "app2.mtaudit.xlf")).getroot()
    assert root2.tag.endswith("xliff")
    assert not (out / "memory.mtaudit.xlf").exists()  # TMX: no XLIFF copy
    # HTML: one row per unit, file text escaped
    html = (out / "errors.html").read_text()
    assert html.count("<tr") == len(report["units"]) + 1
    assert "&lt;x1/&gt;" in html and "<x1/>" not in html
    sarif = json.loads((out / "mtaudit.sarif").read_text())
    lines = {r["properties"].get("unit"): r["locations"][0]["physicalLocation"]["region"]["startLine"]
             for r in sarif["runs"][0]["results"]}
    assert lines["p1"] == 15
    assert "errors" in (out / "junit.xml").read_text()


def test_xliff2_write_back_puts_notes_before_segments(tmp_path):
    src = tmp_path / "m.xlf"
    src.write_text((DATA / "app2.xlf").read_text().replace("{0} éléments", "les éléments"), encoding="utf-8")
    out = tmp_path / "out"
    main(["audit", str(src), "--out", str(out), "--format", "json,xliff", "--quiet"])
    root = etree.parse(str(out / "m.mtaudit.xlf")).getroot()
    ns = {"x": "urn:oasis:names:tc:xliff:document:2.0"}
    unit = root.find(".//x:unit[@id='u2']", ns)
    assert [c.tag.split("}")[1] for c in unit] == ["notes", "segment"]
    assert unit.find("x:notes/x:note", ns).get("category") == "mtaudit"
    assert "MTA903" in unit.find("x:notes/x:note", ns).text


def test_rerun_does_not_audit_the_annotated_xliff_copies(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(DATA / "app2.xlf", src / "app2.xlf")
    assert main(["audit", str(src), "--out", str(src / "r"), "--format", "json,xliff", "--quiet"]) in (0, 1)
    assert (src / "r" / "app2.mtaudit.xlf").exists()
    assert main(["audit", str(src), "--out", str(tmp_path / "o"), "--format", "json", "--quiet"]) in (0, 1)
    assert sorted(p.name for p in (tmp_path / "o").glob("*.json")) == ["app2.json"]


def test_check_reads_a_bilingual_file(capsys):
    assert main(["check", str(DATA / "errors.xlf")]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["article"]["format"] == "xliff1" and report["gate"]["crossed"]
    assert {f["unit"] for f in report["findings"]} >= {"n1", "p1", "empty"}
    assert main(["check", str(DATA / "german.xlf")]) == 2
    assert "target language is 'de-DE'" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium not installed")
def test_round_trip_and_bilingual_rules_map_to_units():
    doc = read_bilingual(DATA / "errors.xlf")
    config = Config(roundtrip={"engine": "apertium"})
    report = audit_bilingual(Auditor(config), doc, None)
    assert report["roundtrip"]["available"]
    bi = report["roundtrip"]["bilingual"]
    if bi.get("available"):  # one pair per unit, no alignment: pairs follow the units
        assert bi["paired"] == "units" and len(bi["pairs"]) == len(doc.units)
        assert not [f for f in report["findings"] if f["rule"] == "MTA810" and f["unit"] == "m1"]
    units = {u.id: u for u in doc.units}
    later = [f for f in report["findings"] if f["rule"].startswith("MTA8")]
    assert later
    for f in later:
        assert units[f["unit"]].target[f["start"]:f["end"]] == f["text"]


def test_a_plain_tsv_in_a_folder_is_not_taken_for_a_bilingual_table(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "data.tsv").write_text("name\tcount\nx\t1\n", encoding="utf-8")
    shutil.copy(DATA / "strings.tsv", d / "strings.tsv")
    (d / "note.txt").write_text("Le sommet a eu lieu à Paris.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["audit", str(d), "--out", str(out), "--format", "json", "--quiet"]) == 0
    assert sorted(p.stem for p in out.glob("*.json")) == ["note", "strings"]


def test_xliff_and_tmx_are_recognised_by_content_in_xml_files(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(DATA / "app.xlf", d / "app.xml")
    shutil.copy(DATA / "memory.tmx", d / "memory.xml")
    (d / "config.xml").write_text('<?xml version="1.0"?>\n<settings><a>1</a></settings>\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["audit", str(d), "--out", str(out), "--format", "json", "--quiet"]) in (0, 1)  # 1: the gate
    formats = {p.stem: json.loads(p.read_text())["article"]["format"] for p in out.glob("*.json")}
    assert formats == {"app": "xliff1", "memory": "tmx"}


# -- the annotated XLIFF copy, from hand-made reports (no audit) ------------------------------------

X12 = "{urn:oasis:names:tc:xliff:document:1.2}"
X20 = "{urn:oasis:names:tc:xliff:document:2.0}"


def _finding(unit, rule="MTA700", text="le le", severity="minor"):
    return {"rule": rule, "slug": "repeated-word", "severity": severity, "message": f"{rule} on {unit}",
            "text": text, "suggestion": None, "unit": unit}


def _report(path, fmt, units, findings):
    return {"article": {"id": Path(path).stem, "path": str(path), "format": fmt},
            "units": [{"id": u} for u in units], "findings": findings}


def _notes(xml: str, unit_tag: str, note_path: str):
    root = etree.fromstring(xml.encode("utf-8"))
    return [[n.text for n in u.iterfind(note_path)] for u in root.iter(unit_tag)]


def test_xliff_copy_uses_the_units_prefixed_namespace_and_keeps_the_prolog():
    from mtaudit.report.xliff import render_xliff

    out = render_xliff(_report(DATA / "prefixed.xlf", "xliff1", ["1", "2"], [_finding("1"), _finding("2", text="la la")]))
    root = etree.fromstring(out.encode("utf-8"))
    notes = [e for e in root.iter() if isinstance(e.tag, str) and e.tag.endswith("note")]
    assert len(notes) == 2 and all(n.tag == X12 + "note" and n.getparent().tag == X12 + "trans-unit" for n in notes)
    assert "<x:note from=\"mtaudit\"" in out  # the file's own prefix
    assert out.index("<!-- header comment -->") < out.index("<x:xliff") and "<?pi keep me?>" in out


def test_xliff_copy_audited_again_replaces_its_own_notes(tmp_path):
    from mtaudit.report.xliff import render_xliff

    src = tmp_path / "app.xlf"
    src.write_text((DATA / "errors.xlf").read_text(encoding="utf-8"), encoding="utf-8")
    ids = [u.id for u in read_bilingual(src).units]
    first = render_xliff(_report(src, "xliff1", ids, [_finding(ids[0]), _finding(ids[1])]))
    copy = tmp_path / "app.mtaudit.xlf"
    copy.write_text(first, encoding="utf-8")
    again = render_xliff(_report(copy, "xliff1", ids, [_finding(ids[1], rule="MTA901")]))
    mine = [n for u in _notes(again, X12 + "trans-unit", f"{X12}note[@from='mtaudit']") for n in u]
    assert mine == [f"MTA901 repeated-word (minor): MTA901 on {ids[1]} «le le»"]
    theirs = lambda xml: [n for u in _notes(xml, X12 + "trans-unit", f"{X12}note") for n in u  # noqa: E731
                          if not n.startswith("MTA")]
    assert theirs(again) == theirs(first)  # the file's own notes stay


def test_xliff2_copy_audited_again_replaces_its_own_notes(tmp_path):
    from mtaudit.report.xliff import render_xliff

    first = render_xliff(_report(DATA / "app2.xlf", "xliff2", ["u1", "u2"], [_finding("u1"), _finding("u2")]))
    copy = tmp_path / "app2.mtaudit.xlf"
    copy.write_text(first, encoding="utf-8")
    again = render_xliff(_report(copy, "xliff2", ["u1", "u2"], [_finding("u1", rule="MTA901")]))
    root = etree.fromstring(again.encode("utf-8"))
    u1, u2 = root.iter(X20 + "unit")
    assert [n.text.split()[0] for n in u1.iterfind(f"{X20}notes/{X20}note")] == ["Menu", "MTA901"]
    assert u2.find(X20 + "notes") is None  # no note left: no empty <notes>
    assert [c.tag for c in u2] == [X20 + "segment"]


def test_xliff_copy_pairs_units_by_position_when_files_reuse_ids(tmp_path):
    """Two <file>s each with trans-unit id="1": the reader gives them distinct ids in file order."""
    from mtaudit.report.xliff import render_xliff

    report = _report(DATA / "twofiles.xlf", "xliff1", ["one.txt/1", "two.txt/1"],
                     [_finding("one.txt/1"), _finding("two.txt/1", rule="MTA901", text="4", severity="major")])
    notes = _notes(render_xliff(report), X12 + "trans-unit", f"{X12}note")
    assert [[n.split()[0] for n in u] for u in notes] == [["MTA700"], ["MTA901"]]


def test_xliff2_segments_are_units_in_the_reports_order(tmp_path):
    from mtaudit.report.xliff import render_xliff

    src = tmp_path / "seg.xlf"
    src.write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">'
                   '<file id="f"><unit id="u1"><segment><source>A.</source><target>Le le.</target></segment>'
                   '<segment><source>B.</source><target>La la.</target></segment></unit>'
                   '<unit id="u2"><segment><source>C.</source><target>C.</target></segment></unit></file></xliff>',
                   encoding="utf-8")
    assert [u.id for u in read_bilingual(src).units] == ["u1", "u1#2", "u2"]
    report = _report(src, "xliff2", ["u1", "u1#2", "u2"], [_finding("u1#2", text="La la"), _finding("u2", "MTA906")])
    notes = _notes(render_xliff(report), X20 + "unit", f"{X20}notes/{X20}note")
    # the notes are the unit's: in a unit of several segments each says its segment
    assert [[n.split(" (")[0] for n in u] for u in notes] == [["segment 2: MTA700 repeated-word"], ["MTA906 repeated-word"]]


def test_audit_of_two_files_reusing_a_unit_id_notes_each_unit_alone(tmp_path):
    out = tmp_path / "out"
    main(["--no-config", "audit", str(DATA / "twofiles.xlf"), "--out", str(out), "--format", "json,xliff", "--quiet"])
    report = json.loads((out / "twofiles.json").read_text(encoding="utf-8"))
    assert len({u["id"] for u in report["units"]}) == 2
    notes = _notes((out / "twofiles.mtaudit.xlf").read_text(encoding="utf-8"), X12 + "trans-unit",
                   f"{X12}note[@from='mtaudit']")
    rules = [{n.split()[0] for n in u} for u in notes]
    assert "MTA700" in rules[0] and "MTA901" not in rules[0]
    assert "MTA901" in rules[1] and "MTA700" not in rules[1]


def test_cli_reaudit_of_an_annotated_copy_gives_the_same_notes(tmp_path):
    out = tmp_path / "out"
    main(["--no-config", "audit", str(DATA / "errors.xlf"), "--out", str(out), "--format", "json,xliff", "--quiet"])
    copy = tmp_path / "again.xlf"
    copy.write_bytes((out / "errors.mtaudit.xlf").read_bytes())
    main(["--no-config", "audit", str(copy), "--out", str(out), "--format", "json,xliff", "--quiet"])
    count = lambda p: len(etree.parse(str(p)).getroot().findall(f".//{X12}note[@from='mtaudit']"))  # noqa: E731
    assert count(out / "errors.mtaudit.xlf") > 0
    assert count(out / "again.mtaudit.xlf") == count(out / "errors.mtaudit.xlf")


XLF_CODE = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="fr" datatype="plaintext" original="ui">
  <body>
   <trans-unit id="1"><source>Click <g id="1">Save</g> to keep 25 files in London.</source><target>Cliquez sur {code} pour garder 52 fichiers à Paris.</target></trans-unit>
  </body>
 </file>
</xliff>
"""


def test_whole_unit_findings_of_later_rules_are_kept_on_units_with_codes(tmp_path):
    from mtaudit.detect.finding import Finding
    from mtaudit.l10n.audit import to_units

    path = tmp_path / "b1.xlf"
    path.write_text(XLF_CODE.replace("{code}", '<g id="1">Enregistrer</g>'), encoding="utf-8")
    doc = read_bilingual(path)
    offsets = doc.article().meta["unit_offsets"]
    target = doc.units[0].target
    code = target.index("<g1>") if "<g1>" in target else target.index("Enregistrer") - 1

    def found(start, end, later):
        f = Finding("MTA811", "source-number-missing", "omission", "Accuracy/Omission", "major", start, end,
                    target[start:end], "m")
        return to_units(doc, offsets, [f], later=later)

    assert not found(0, len(target), later=False)  # a French rule's finding touching a code: dropped
    assert [f.text for f in found(0, len(target), later=True)] == [target]  # a whole-unit one: kept
    assert not found(code, code + 2, later=True)  # inside the code: dropped all the same


@pytest.mark.skipif(shutil.which("apertium") is None, reason="apertium not installed")
def test_a_unit_with_an_inline_code_keeps_its_source_and_round_trip_findings(tmp_path):
    rules = {}
    for name, code in (("with.xlf", '<g id="1">Enregistrer</g>'), ("without.xlf", "Enregistrer")):
        (tmp_path / name).write_text(XLF_CODE.replace("{code}", code), encoding="utf-8")
        doc = read_bilingual(tmp_path / name)
        report = audit_bilingual(Auditor(Config(roundtrip={"engine": "apertium", "cache": False})), doc, None)
        rules[name] = {f["rule"] for f in report["findings"] if f["rule"].startswith("MTA8")}
    assert "MTA811" in rules["without.xlf"] and rules["with.xlf"] == rules["without.xlf"]


def test_a_later_finding_points_into_its_own_units_source_only(tmp_path):
    from mtaudit.detect.finding import Finding
    from mtaudit.l10n.audit import to_units
    from mtaudit.read.bilingual import JOINER

    two = '<trans-unit id="0"><source>Hello.</source><target>Bonjour.</target></trans-unit>\n   <trans-unit id="1">'
    path = tmp_path / "b.xlf"
    path.write_text(XLF_CODE.replace("{code}", "Enregistrer").replace('<trans-unit id="1">', two), encoding="utf-8")
    doc = read_bilingual(path)
    assert len(doc.units) == 2
    offsets = doc.article().meta["unit_offsets"]
    u = doc.units[-1]
    at = sum(len(x.source) + len(JOINER) for x in doc.units[:-1])  # its source in the sources joined

    def found(s, e):
        f = Finding("MTA811", "source-number-missing", "omission", "Accuracy/Omission", "major", offsets[-1],
                    offsets[-1] + len(u.target), u.target, "m", source_start=s, source_end=e, source_text="?")
        (f,) = to_units(doc, offsets, [f], later=True)
        return f.source_start, f.source_end, f.source_text

    assert found(at + 1, at + 4) == (1, 4, u.source[1:4])
    assert found(0, 2) == (None, None, None)  # a span in another unit's source is not this unit's: dropped


SDL = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
  <file original="a.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="fr-FR">
    <body>
      <trans-unit id="a1">
        <source>Save 3 files.</source>
        <seg-source><mrk mtype="seg" mid="1">Save 3 files.</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">Enregistrer 3 fichiers le le.</mrk></target>
        <note from="translator">Checked.</note>
        <sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs>
      </trans-unit>
      <trans-unit id="a2"><source>Open 7 tabs.</source><target>Ouvrir 8 onglets.</target><sdl:ext/></trans-unit>
    </body>
  </file>
</xliff>
"""


def _xliff12_order_ok(unit) -> bool:
    """The XLIFF 1.2 trans-unit content model: source, seg-source?, target?, (context-group |
    count-group | prop-group | note | alt-trans)*, then the other namespaces' elements (##other)."""
    seen_other = False
    for c in unit:
        if not isinstance(c.tag, str):
            continue
        if not c.tag.startswith(X12):
            seen_other = True
        elif seen_other:
            return False
    return True


@pytest.mark.parametrize("fallback", [False, True])
def test_xliff12_notes_go_before_the_extension_elements(tmp_path, monkeypatch, fallback):
    import mtaudit.report.xliff as X

    if fallback:  # the copy lxml serialises (when the bytes cannot be spliced) puts them there too
        def refuse(data):
            raise X._CannotSplice("test")
        monkeypatch.setattr(X, "_spans", refuse)
    src = tmp_path / "s.sdlxliff"
    src.write_text(SDL, encoding="utf-8")
    out = X.render_xliff(_report(src, "xliff1", ["a1", "a2"], [_finding("a1"), _finding("a2", rule="MTA901")]))
    root = etree.fromstring(out.encode("utf-8"))
    units = list(root.iter(X12 + "trans-unit"))
    assert all(_xliff12_order_ok(u) for u in units)
    assert [c.tag.split("}")[1] for c in units[0]] == ["source", "seg-source", "target", "note", "note", "seg-defs"]
    assert [c.get("from") for c in units[0].iterfind(X12 + "note")] == ["translator", "mtaudit"]
    assert [c.tag.split("}")[1] for c in units[1]] == ["source", "target", "note", "ext"]


def test_xliff_copy_keeps_every_byte_outside_the_notes(tmp_path):
    """CRLF line ends, a byte-order mark, a comment before the root, the declaration's quotes, xmlns
    after version, character references: the copy is the file plus the note lines, and the copy of
    the copy (same findings) is the copy."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<!-- exported by a CAT tool -->",
             '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">',
             '  <file original="x" source-language="en" target-language="fr" datatype="plaintext">',
             "    <body>",
             '      <trans-unit id="1">',
             "        <source>Tab&#9;and 3 files</source>",
             "        <target>Tab&#9;et 4 fichiers le le</target>",
             '        <sdl:seg-defs><sdl:seg id="1"/></sdl:seg-defs>',
             "      </trans-unit>",
             '      <trans-unit id="2"><source>Clean.</source><target>Propre.</target></trans-unit>',
             "    </body>", "  </file>", "</xliff>", ""]
    raw = b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8")
    src = tmp_path / "crlf.xlf"
    src.write_bytes(raw)
    from mtaudit.report.xliff import render_xliff

    findings = [_finding("1"), _finding("1", rule="MTA901", text="4", severity="major")]
    first = render_xliff(_report(src, "xliff1", ["1", "2"], findings))
    got = first.encode("utf-8")
    assert got.startswith(b"\xef\xbb\xbf<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<!-- exported by a CAT tool -->\r\n")
    added = [line for line in got.split(b"\r\n") if line not in raw.split(b"\r\n")]
    assert len(added) == 2 and all(line.startswith(b'        <note from="mtaudit" priority=') for line in added)
    assert got.replace(b"".join(b"\r\n" + line for line in added), b"") == raw  # nothing else changed
    copy = tmp_path / "crlf.mtaudit.xlf"
    copy.write_bytes(got)
    assert render_xliff(_report(copy, "xliff1", ["1", "2"], findings)) == first
    assert render_xliff(_report(copy, "xliff1", ["1", "2"], [])).encode("utf-8") == raw  # the notes go, nothing else


def test_consistency_keys_on_the_po_context(tmp_path):
    po = tmp_path / "ctx.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgctxt "menu"\nmsgid "Open"\nmsgstr "Ouvrir"\n\n'
                  'msgctxt "status"\nmsgid "Open"\nmsgstr "Ouvert"\n\nmsgctxt "menu"\nmsgid "Open "\n'
                  'msgstr "Ouvre"\n\nmsgid "Open"\nmsgstr "Ouverte"\n', encoding="utf-8")
    doc = read_bilingual(po)
    tm = TranslationMemory()
    tm.add_document(doc)
    menu, status, menu2, plain = doc.units
    assert (menu.context, status.context, plain.context) == ("menu", "status", "")
    # the same source in the same context, translated another way: still inconsistent
    assert [e.unit for e in tm.other_targets(menu.source, menu.target, doc.id, menu.id)] == [menu2.id]
    assert tm.other_targets(status.source, status.target, doc.id, status.id) == []
    assert tm.other_targets(plain.source, plain.target, doc.id, plain.id) == []


def test_a_glossary_with_plain_articles_says_once_it_does_not_apply_to_them(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    for name in ("a.txt", "b.md"):
        (d / name).write_text("Le conseil a voté le budget.\n", encoding="utf-8")
    (d / "s.tsv").write_text("source\ttarget\nOpen the file.\tOuvrez le document.\n", encoding="utf-8")
    g = tmp_path / "g.csv"
    g.write_text("source,target\nfile,fichier\n", encoding="utf-8")
    main(["--no-config", "audit", str(d), "--glossary", str(g), "--out", str(tmp_path / "o"), "-q"])
    err = capsys.readouterr().err
    assert err.count("apply to bilingual files") == 1 and "2 articles audited without them" in err, err
    main(["--no-config", "audit", str(d / "s.tsv"), "--glossary", str(g), "--out", str(tmp_path / "o2"), "-q"])
    assert "apply to bilingual files" not in capsys.readouterr().err
    toml = tmp_path / "mtaudit.toml"
    toml.write_text(f"glossary = [{str(g)!r}]\n", encoding="utf-8")
    main(["--config", str(toml), "check", str(d / "a.txt")])
    assert capsys.readouterr().err.count("1 article audited without them") == 1

    import mtaudit

    a = mtaudit.Auditor({"glossary": [str(g)], "select": ["markup"]})
    with pytest.warns(UserWarning, match="apply to bilingual files"):
        a.audit("Le conseil a voté.")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a.audit("Le conseil a voté.")  # said once per Auditor


X2_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"'
           ' srcLang="en" trgLang="fr">\n <file id="f1">\n')


@pytest.mark.parametrize("name, body, ids, want", [
    ("inline12.xlf",  # a whole <trans-unit> on one line
     '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
     '  <file original="a" source-language="en" target-language="fr" datatype="plaintext">\n    <body>\n'
     '      <trans-unit id="1"><source>One.</source><target>Le le.</target></trans-unit>\n'
     '    </body>\n  </file>\n</xliff>\n', ["1"],
     ['      <trans-unit id="1"><source>One.</source><target>Le le.</target>', "        <note A>", "        <note B>",
      "      </trans-unit>"]),
    ("notes2.xlf",  # <notes> on one line
     X2_HEAD + '  <unit id="u1">\n   <notes><note>dev</note></notes>\n'
     '   <segment><source>A.</source><target>Le le.</target></segment>\n  </unit>\n </file>\n</xliff>\n', ["u1"],
     ["   <notes><note>dev</note>", "    <note A>", "    <note B>", "   </notes>"]),
    ("blank2.xlf",  # a blank line before <segment>
     X2_HEAD + '  <unit id="u1">\n\n   <segment><source>A.</source><target>Le le.</target></segment>\n'
     '  </unit>\n </file>\n</xliff>\n', ["u1"],
     ['  <unit id="u1">', "   <notes>", "    <note A>", "    <note B>", "   </notes>", "",
      "   <segment><source>A.</source><target>Le le.</target></segment>"]),
])
def test_xliff_copy_puts_each_note_on_its_own_line(tmp_path, name, body, ids, want):
    """Each note on a line of its own, indented as the element it follows (one step in from the
    element it goes in), whatever the file put on one line; no blank line repeated between notes;
    the copy of the copy is the copy."""
    from mtaudit.report.xliff import render_xliff

    src = tmp_path / name
    src.write_text(body, encoding="utf-8")
    fmt = "xliff2" if "2.0" in body else "xliff1"
    findings = [_finding(ids[0], rule="MTA700"), _finding(ids[0], rule="MTA701")]
    first = render_xliff(_report(src, fmt, ids, findings))
    lines = [re.sub(r"<note (category|from)=\"mtaudit\".*?MTA70(\d).*</note>",
                    lambda m: "<note " + "AB"[int(m.group(2))] + ">", line) for line in first.splitlines()]
    start = next(i for i, line in enumerate(lines) if line == want[0])
    assert lines[start:start + len(want)] == want
    copy = tmp_path / ("copy-" + name)
    copy.write_text(first, encoding="utf-8")
    assert render_xliff(_report(copy, fmt, ids, findings)) == first


def test_software_tokens_copied_from_the_source_are_not_language():
    doc, report = audit("software.po")
    units = {u.id: u for u in doc.units}
    flagged = sorted((f["rule"], units[f["unit"]].target[f["start"]:f["end"]]) for f in report["findings"]
                     if not f["rule"].startswith("MTA9"))
    # options, paths, identifiers, quoted values and a library name: nothing; the real English: found;
    # a target that is its source is MTA906's to judge, not word by word
    assert flagged == [("MTA401", "algorithms"), ("MTA401", "great success")], flagged
    assert [f["rule"] for f in report["findings"] if f["unit"] == " (core dumped)"] == ["MTA906"]


# -- human software translations (gettext catalogues): what the source-against-target rules accept ---

def _po_report(tmp_path, entries, header=""):
    """The report of a PO file of (msgid, msgstr) entries; header: more header lines ('Name: value')."""
    body = "".join(f"msgid {json.dumps(s, ensure_ascii=False)}\nmsgstr {json.dumps(t, ensure_ascii=False)}\n\n"
                   for s, t in entries)
    head = "".join(f'"{line}\\n"\n' for line in header.splitlines())
    po = tmp_path / "help.po"
    po.write_text('msgid ""\nmsgstr ""\n' + head + '"Language: fr\\n"\n\n' + body, encoding="utf-8")
    doc = read_bilingual(po)
    memory = TranslationMemory()
    memory.add_document(doc)
    return audit_bilingual(Auditor(Config()), doc, memory)


def _po(tmp_path, entries, severity=False):
    report = _po_report(tmp_path, entries)
    return {u["id"]: [(f["rule"], f["text"]) + ((f["severity"],) if severity else ()) for f in report["findings"]
                      if f.get("unit") == u["id"]
                      and f["rule"] in ("MTA901", "MTA902", "MTA903", "MTA906")] for u in report["units"]}


def test_printf_arguments_compare_by_position_and_type_as_msgfmt_does(tmp_path):
    got = _po(tmp_path, [
        ("File %pB's flag %s conflicts with target %s", "Le fanion %2$s du fichier %1$pB est en conflit avec %3$s"),
        ("File %pB's flag %s conflicts with %s", "Le fanion %2$s du fichier %1$pB est en conflit avec %2$s"),
        ("From %s to %ld.", "De %2$d à %1$s."),
        ("From %s to %d.", "De %d à %s."),
        ("Fetched %sB in %s (%sB/s)", "%s o téléchargés en %s (%s o/s)"),
        ("Non-sync'ed %dkB writes:", "%d Ko d'écritures non synchronisées :"),
    ])
    ok, lost, mistyped, swapped, glued, glued2 = got.values()
    assert ok == [] and glued == [] and glued2 == []
    assert [r for r, _ in lost] == ["MTA903"]  # argument 3 is never read
    assert mistyped == [("MTA903", "%2$d")]  # %d reads a long as an int
    assert swapped == [("MTA903", "%d")]


def test_a_star_width_or_precision_reads_an_argument_of_its_own(tmp_path):
    got = _po(tmp_path, [
        ('%s "%.*s" %u-bit key, created %s', '%1$s « %3$.*2$s » clef de %4$u bits, créée le %5$s'),
        ('%s "%.*s" %u-bit key', '%1$s « %2$.*3$s » clef de %4$u bits'),
        ("%-*s %s", "%-*s %s"),
        ("%-*s %s", "%s %s"),
    ])
    ok, swapped, same, lost = got.values()
    assert ok == [] and same == []  # no digit inside a directive is read as a number either
    assert [r for r, _ in swapped] == ["MTA903"]  # precision and string swapped: an int read as a string
    assert lost == [("MTA903", "%s %s")]  # the width's argument is gone, reported once


def test_help_text_metavariables_are_translated_words_not_tags(tmp_path):
    from mtaudit.l10n import codes, protected_spans

    got = _po(tmp_path, [
        ("Usage: %s [<command>]", "Utilisation : %s [<commande>]"),
        ("<standard output>", "<sortie standard>"),
        ("Click <b>Save</b>.", "Cliquez sur Enregistrer."),
        ("Line one<br>line two", "Ligne un, ligne deux"),
        ("See <link>here</link>", "Voir ici"),
    ])
    usage, stdout, bold, br, closed = got.values()
    assert usage == [] and stdout == []
    assert [r for r, _ in bold] == [r for r, _ in br] == [r for r, _ in closed] == ["MTA903"]
    # the French rules still leave the metavariable alone, and XLIFF codes stay codes
    assert protected_spans("Usage: [<command>]", "Utilisation : [<commande>]") == [(15, 25)]
    assert [i.text for i in codes("<g1>Enregistrer</g1> <x2/>")] == ["<g1>", "</g1>", "<x2/>"]


def test_numbers_of_placeholders_identifiers_and_dot_grouping(tmp_path):
    got = _po(tmp_path, [
        ("Merge of differences between FILE1 and FILE2.", "Fusion des différences des fichiers."),
        ("M 1,048,576, G 1,073,741,824, and so on", "M 1.048.576, G 1.073.741.824, et ainsi de suite"),
        ("Compression ratio %4.2f%%", "Taux de compression %4.2f%%"),
        ("Copyright (C) 1989, 1991-%d", "Copyright © 1998, 1991-%d"),
    ])
    files, grouped, ratio, year = got.values()
    assert files == [] and ratio == []
    assert sorted(grouped) == [("MTA902", "1.048.576"), ("MTA902", "1.073.741.824")]  # minor, not "not in the source"
    assert year == [("MTA901", "1998")]  # 1989 written 1998: one number changed, one finding where the target has it


def test_identical_targets_that_need_no_translation_are_left_alone(tmp_path):
    got = _po(tmp_path, [
        ("Paul Eggert", "Paul Eggert"),
        ("SYN_RECV", "SYN_RECV"),
        ("umask [-p] [-S] [mode]", "umask [-p] [-S] [mode]"),
        ("%lih %limin %lis", "%lih %limin %lis"),
        ("document web", "document web"),
        ("Ngan'gityemerri", "ngan'gityemerri"),
        ("Bug fix", "Bug fix"),
        ("Segmentation fault", "segmentation fault"),
    ])
    *fine, bug, segv = got.values()
    assert fine == [[]] * 6
    assert bug == [("MTA906", "Bug fix")] and segv == [("MTA906", "segmentation fault")]


def test_a_determiner_before_code_agrees_with_nothing(tmp_path):
    report = _po_report(tmp_path, [
        ("Set PT_GNU_STACK segment p_memsz to SIZE", "Fixe la p_memsz du segment PT_GNU_STACK à TAILLE"),
        ("identify the program, then exit", "identifier la programme, puis terminer"),
    ])
    grammar = {(f["unit"], f["text"]) for f in report["findings"] if f["category"] == "grammar"}
    assert not [t for u, t in grammar if u.startswith("Set ")]
    assert any(u.startswith("identify") for u, _ in grammar)  # before a noun, it still agrees: « la programme »


def test_the_source_compound_shows_which_french_noun_is_the_head(tmp_path):
    report = _po_report(tmp_path, [
        ("%s: not an array variable", "%s : n'est pas une variable tableau"),
        ('failed to get system locale name for "%s"', "impossible d'obtenir le nom de la locale système « %s »"),
        ("one must use the absolute ellipsis", "il faut utiliser une ellipse absolu"),
    ])
    grammar = [(f["unit"], f["text"]) for f in report["findings"] if f["category"] == "grammar"]
    # the head first, as the English compound's last word: nothing to agree with the second noun
    assert not [t for u, t in grammar if "variable" in u or "locale" in u]
    # an adjective after its noun still agrees, whatever the source's order
    assert [u for u, _ in grammar] == ["one must use the absolute ellipsis"]


def test_the_software_name_copied_whole_is_no_english(tmp_path):
    report = _po_report(tmp_path, [("GNU bash, version %s-(%s)\n", "GNU bash, version %s-(%s)\n"),
                                   ("bash shell help", "bash shell help")], header="Project-Id-Version: bash 5.2-rc1")
    # the name is kept; a copy with English words beside it is still untranslated
    assert [f["unit"] for f in report["findings"] if f["rule"] == "MTA906"] == ["bash shell help"]


def test_names_codes_and_notices_copied_whole(tmp_path):
    got = _po(tmp_path, [
        ("ike", "ike"),
        ("Copyright (C) 2009-2022 Craig Small\n", "Copyright (C) 2009-2022 Craig Small\n"),
        ("Orange Walk", "Orange Walk"),
        ("Version mismatch", "Version mismatch"),
        ("yes", "yes"),
    ], severity=True)
    code, notice, name, label, yes = got.values()
    assert code == [] and notice == []
    assert name == [("MTA906", "Orange Walk", "minor")]  # every word capitalised: a name more often than not
    assert label == [("MTA906", "Version mismatch", "major")]
    assert yes == [("MTA906", "yes", "minor")]  # one lower-case word: as often a value or command as a label


def test_one_lower_case_word_copied_is_minor_a_capitalised_label_major(tmp_path):
    got = _po(tmp_path, [("float", "float"), ("threshold", "threshold"), ("Threshold", "Threshold"),
                         ("read only", "read only")], severity=True)
    assert list(got.values()) == [[("MTA906", "float", "minor")], [("MTA906", "threshold", "minor")],
                                  [("MTA906", "Threshold", "major")], [("MTA906", "read only", "major")]]


def test_the_singular_form_of_a_plural_entry_may_leave_out_the_count(tmp_path):
    po = tmp_path / "plural.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
                  'msgid "%d entry was purged in %s."\nmsgid_plural "%d entries were purged in %s."\n'
                  'msgstr[0] "Une entrée a été supprimée dans %s."\nmsgstr[1] "Des entrées ont été supprimées dans %s."\n',
                  encoding="utf-8")
    doc = read_bilingual(po)
    assert [u.plural for u in doc.units] == [0, 1]
    report = audit_bilingual(Auditor(Config()), doc, TranslationMemory())
    assert [f["unit"] for f in by_rule(report, "MTA903")] == [doc.units[1].id]  # the plural form must say how many


def test_named_placeholders_with_a_length_modifier_are_codes():
    from mtaudit.l10n import codes

    text = "fichier %(current)li sur %(total)li à %(speed)s/s"
    assert [c.text for c in codes(text)] == ["%(current)li", "%(total)li", "%(speed)s"]


def _untranslated(tmp_path, rows, *extra) -> list[dict]:
    return _strings_findings(tmp_path, rows, "MTA401", *extra)


FALLBACK = [("The fallback server answered.", "Le serveur fallback a répondu."),
            ("No fallback server is set.", "Aucun serveur fallback n’est défini.")]


def test_a_do_not_translate_term_is_not_english_left_in_the_target(tmp_path):
    (tmp_path / "g.csv").write_text("source,target,forbidden,dnt\nfallback,,,yes\n", encoding="utf-8")
    assert [f["text"] for f in _untranslated(tmp_path, FALLBACK)] == ["fallback", "fallback"]
    assert _untranslated(tmp_path, FALLBACK, "--glossary", str(tmp_path / "g.csv")) == []


def test_a_hyphenated_compound_the_source_has_as_it_is_is_a_minor_finding(tmp_path):
    rows = [("%d call-graph records", "%d enregistrements de type call-graph"),
            ("Unknown server-first-message", "server-first-message inconnu"),
            ("The fallback failed", "Le fallback a échoué"),
            ("Latin, ligature and Power-line glyphs", "des glyphes latins, des ligatures et des glyphes de Power-line")]
    found = {f["text"]: f["severity"] for f in _untranslated(tmp_path, rows)}
    assert found == {"call-graph": "minor", "server-first-message": "minor", "fallback": "major", "Power-line": "minor"}
    # not copied from the source: reported as before
    assert [f["severity"] for f in _untranslated(tmp_path, [("Records", "Les call-graph sont prêts")])] == ["major"]
    assert [f["severity"] for f in _untranslated(tmp_path, [("Glyphs", "des glyphes de Power-line")])] == ["major"]
    # a user's severity for the rule wins
    found = _untranslated(tmp_path, rows[:1], "--severity", "MTA401=major")
    assert [f["severity"] for f in found] == ["major"]


@pytest.mark.parametrize("header, name", [
    ("gawk 5.2.0a", "gawk"), ("coreutils-9.1-pre1", "coreutils"), ("GNU findutils 4.5.15", "GNU findutils"),
    ("gdk-pixbuf master", "gdk-pixbuf"), ("PostgreSQL 15", "PostgreSQL"), ("Linux-PAM", "Linux-PAM"),
    ("PACKAGE VERSION", ""), ("fr", ""), ("", "")])
def test_the_product_name_leaves_the_version_out(header, name):
    from mtaudit.read.bilingual import product_name

    assert product_name(header, "fr") == name


def test_the_name_of_the_software_a_po_file_translates_is_not_english_left(tmp_path):
    """A PO file's Project-Id-Version names the software: its name kept in the French is no finding
    (MTA401 reported it as an English word); the report's article says which name it read."""
    body = ('\nmsgid "multidimensional arrays are a gawk extension"\n'
            'msgstr "les tableaux multidimensionnels sont une extension gawk"\n'
            '\nmsgid "The fallback failed"\nmsgstr "Le fallback a échoué"\n')
    head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n'
    reports = {}
    for name, extra in (("plain", ""), ("named", '"Project-Id-Version: gawk 5.2.0a\\n"\n')):
        (tmp_path / f"{name}.po").write_text(head + extra + body, encoding="utf-8")
        main(["audit", str(tmp_path / f"{name}.po"), "--out", str(tmp_path / name), "--quiet", "--no-config",
              "--select", "untranslated"])
        reports[name] = json.loads((tmp_path / name / f"{name}.json").read_text(encoding="utf-8"))
    assert [f["text"] for f in reports["plain"]["findings"]] == ["gawk", "fallback"]
    assert [f["text"] for f in reports["named"]["findings"]] == ["fallback"]
    assert reports["named"]["article"]["product"] == "gawk" and "product" not in reports["plain"]["article"]
    jsonschema.validate(reports["named"], SCHEMA)


def test_a_hyphenated_product_name_written_in_words_is_the_name(tmp_path):
    """A package's name in prose: two or more of its hyphenated parts in a row, spaces or hyphens between, case
    aside (ocaml-batteries-included: « Batteries included »; python-django-compressor: « django- compressor »). One
    part alone is no name, nor are the parts in another order."""
    entries = [("Batteries Included is a community-driven effort.",
                "Batteries included est une initiative pilotée par la communauté."),
               ("A filter class of django-compressor is provided.",
                "Une classe de filtre de django- compressor est fournie."),
               ("Included batteries are charged.", "Les included batteries sont chargées."),
               ("It is included.", "Il est included.")]
    for header, kept in (("Project-Id-Version: ocaml-batteries-included", {2, 3, 4}),
                         ("Project-Id-Version: python-django-compressor", {1, 3, 4})):
        report = _po_report(tmp_path, entries, header)
        units = [s for s, _t in entries]
        assert {units.index(f["unit"]) + 1 for f in by_rule(report, "MTA401") if f["severity"] == "major"} == kept, header


def test_an_xliff_files_product_name_is_read(tmp_path):
    from mtaudit.read.bilingual import read_bilingual

    xliff = ('<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
             '<file original="a" source-language="en" target-language="fr" datatype="plaintext" '
             'product-name="Frobnicator 2.1"><body><trans-unit id="1"><source>Frobnicator stopped</source>'
             '<target>Frobnicator arrêté</target></trans-unit></body></file></xliff>')
    (tmp_path / "a.xlf").write_text(xliff, encoding="utf-8")
    assert read_bilingual(tmp_path / "a.xlf").product == "Frobnicator"


def test_the_french_rules_read_a_wrapped_string_as_one_paragraph(tmp_path):
    """gettext strings are wrapped at 70 or 80 columns: a line break inside a sentence is read as a
    space (same length: offsets unchanged), so a coordination across it is not two broken phrases."""
    from mtaudit.read.bilingual import unwrap

    assert unwrap("vos ancienne\net nouvelle versions") == "vos ancienne et nouvelle versions"
    for kept in ("Fin.\nSuite", "mot\n  -x option", "mot\nÉtat", "a\n\nb"):
        assert unwrap(kept) == kept
    po = tmp_path / "w.po"
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n\n'
                  'msgid "The format changed between your old\\nand new versions."\n'
                  'msgstr "Le format a changé entre vos ancienne\\net nouvelle versions."\n\n'
                  'msgid "The files are\\nready."\nmsgstr "Les fichier\\nsont prêts."\n', encoding="utf-8")
    main(["--no-config", "audit", str(po), "--out", str(tmp_path / "o"), "--format", "json", "-q", "--select", "grammar"])
    found = json.loads((tmp_path / "o" / "w.json").read_text(encoding="utf-8"))["findings"]
    assert [(f["unit"], f["text"]) for f in found if f["severity"] != "minor"] == [("The files are\nready.", "fichier")]


def test_a_placeholder_the_source_has_is_the_strings_own_format(tmp_path):
    rows = [(" %a %b %e %H:%M:%S %Z %Y", " %A %e %B %Y à %H:%M:%S %Z"),  # strftime, %S kept from the source
            ("Saved.", "Enregistré %S.")]  # not in the source: left in the target
    found = _strings_findings(tmp_path, rows, "MTA103")
    assert [(f["unit"], f["text"]) for f in found] == [("3", "%S")]


def test_an_entity_the_source_writes_is_the_strings_own_text(tmp_path):
    rows = [("escape the ampersand with &amp;", "échappez l'esperluette avec &amp;"),
            ("Fish and chips", "Poisson &amp; frites")]  # not in the source: an entity left undecoded
    found = _strings_findings(tmp_path, rows, "MTA104")
    assert [(f["unit"], f["text"]) for f in found] == [("3", "&amp;")]


def test_a_changed_address_is_one_finding(tmp_path):
    """The link of a tag changed from https to http: one MTA904 finding on the target's address (not a
    lost and an added address, nor an MTA903 finding on the tag that holds it); a lost address is still
    reported, and so is a tag whose other attributes changed."""
    rows = [('See the <a href="https://support.example.com">site</a>.', 'Voir le <a href="http://support.example.com">site</a>.'),
            ("Write to https://example.com/help.", "Écrivez-nous."),
            ('See the <a href="https://example.org">site</a>.', 'Voir le <a href="https://example.org" id="x">site</a>.')]
    found = _strings_findings(tmp_path, rows, "MTA903,MTA904")
    got = [(f["unit"], f["rule"], f["text"]) for f in found]
    assert ("2", "MTA904", "http://support.example.com") in got
    assert [g for g in got if g[0] == "2"] == [("2", "MTA904", "http://support.example.com")]
    assert [g[1] for g in got if g[0] == "3"] == ["MTA904"]
    assert [g[1] for g in got if g[0] == "4"] == ["MTA903"]  # the tag changed: one finding, on the target's tag


def test_tags_are_compared_as_markup_and_formatting_pairs_are_minor(tmp_path):
    """<br> and <br /> are one tag, a title attribute's text is the translator's; formatting the target
    adds or leaves out whole (<tt>…</tt>) is one minor finding, a tag left open is still major; the
    French Wikipedia page for the English one is a localised address (minor)."""
    rows = [("Closed.<br>Bye", "Fermé.<br />Au revoir"),
            ('From <a href="https://r.org" title="R news">r.org</a>', 'Depuis <a href="https://r.org" title="Actualités de R">r.org</a>'),
            ("Formats: server, server:port", "Formats : <tt>serveur</tt>, <tt>serveur:port</tt>"),
            ("Click <b>Save</b> now.", "Cliquez sur Enregistrer."),
            ("Click <b>Save</b> now.", "Cliquez sur <b>Enregistrer."),
            ("See https://en.wikipedia.org/wiki/Flow_control", "Voir https://fr.wikipedia.org/wiki/Contrôle_de_flux"),
            ("The <i>before</i> text", "Le <et>avant</et> texte")]  # not a style choice: a tag turned into another
    found = _strings_findings(tmp_path, rows, "MTA903,MTA904")
    got = sorted((f["unit"], f["rule"], f["severity"]) for f in found)
    assert got == [("4", "MTA903", "minor"), ("5", "MTA903", "minor"), ("6", "MTA903", "major"), ("7", "MTA904", "minor"),
                   ("8", "MTA903", "major"), ("8", "MTA903", "major")]
    # each tag turned into another is one change, reported where the target has it
    assert sorted((f["text"], f["source_text"]) for f in found if f["unit"] == "8") == [("</et>", "</i>"), ("<et>", "<i>")]


def test_formatting_pairs_are_paired_in_order_and_a_tag_left_open_stays_major(tmp_path):
    """Italics added whole around two words are one minor finding; an <i> left open beside them is major;
    KDE's KUIT phrase tags added whole are a style too; a button's value is its label, a hidden input's is data."""
    rows = [("Greek: anti (against) + monos (alone); Latin: stibium",
             "grec <i>anti</i> « contre » + <i>monos</i> « seul » ; latin <i>stibium<i>"),
            ("Edit Toolbar", "Barre d'outils <resource>Éditeur</resource>"),
            ('Click <input type="submit" value="Enable"/>.', 'Cliquez sur <input type="submit" value="Activer"/>.'),
            ('<input type="hidden" name="mode" value="add"/>', '<input type="hidden" name="mode" value="ajout"/>')]
    found = _strings_findings(tmp_path, rows, "MTA903")
    got = sorted((f["unit"], f["severity"], f["text"]) for f in found)
    assert [(u, sev, t) for u, sev, t in got if u == "2" and sev == "major"] == [("2", "major", "<i>")] * 2, got
    assert [(u, sev) for u, sev, _ in got if u == "2"] == [("2", "major"), ("2", "major"), ("2", "minor")], got
    assert [(u, sev) for u, sev, _ in got if u == "3"] == [("3", "minor")]
    assert [u for u, _, _ in got if u == "4"] == []
    assert [(u, sev) for u, sev, _ in got if u == "5"] == [("5", "major")]


def test_an_example_address_made_french_and_an_accelerated_word_are_not_findings(tmp_path):
    """An address both sides give as an example may be made French (« www.domaine.com »); one that is
    not given as an example is still reported. A piece of a word a keyboard accelerator splits is not
    English left in the French (« Affic&her »: "her")."""
    rows = [("For example: www.domain.com or 192.168.2.1", "Par exemple : www.domaine.com ou 192.168.2.1"),
            ("See www.domain.com for help", "Voir www.domaine.com pour de l'aide"),
            ("Show T&humbnail", "Affic&her une vignette")]
    found = _strings_findings(tmp_path, rows, "MTA904,MTA401")
    assert [(f["unit"], f["rule"], f["text"], f["source_text"]) for f in found] == \
        [("3", "MTA904", "www.domaine.com", "www.domain.com")]  # one address changed: one finding


def test_an_item_written_as_another_is_one_finding_paired_by_place(tmp_path):
    """A number, code or address of the source that the target writes as another of its kind is one error,
    reported once where the target has it and pointing at the source's; two changes pair by their place
    in the text; items of different kinds (an e-mail address, a web address; a tag, a directive) do not
    pair, and what is only lost or only added stays as it was."""
    rows = [("The secure POP port is 995; keep 30 days.", "Le port POP sécurisé est 993 ; gardez 30 jours."),
            ("From 10 to 20 items", "De 11 à 21 éléments"),
            ("Write to help@example.com", "Écrivez sur https://example.com/aide"),
            ("Delete %s now", "Supprimer <b> maintenant"),
            ("Keep 30 days.", "Gardez 14 jours et 2 copies.")]
    found = _strings_findings(tmp_path, rows, "MTA901,MTA903,MTA904")
    got = [(f["unit"], f["rule"], f["text"], f.get("source_text")) for f in found]
    assert [g for g in got if g[0] == "2"] == [("2", "MTA901", "993", "995")]
    assert sorted(g for g in got if g[0] == "3") == [("3", "MTA901", "11", "10"), ("3", "MTA901", "21", "20")]
    assert sorted((g[1], g[3] is None) for g in got if g[0] == "4") == [("MTA904", False), ("MTA904", True)]
    assert sorted((g[1], g[3] is None) for g in got if g[0] == "5") == [("MTA903", False), ("MTA903", True)]
    assert sorted(g[2:] for g in got if g[0] == "6") == [("14", "30"), ("2", None)]  # one change, one number added
    assert all("stands where the source has" in f["message"] for f in found if f.get("source_text") and
               f["text"] in ("993", "11", "21", "14"))


def test_placeholders_written_in_another_syntax_pair_in_order(tmp_path):
    """A stale translation writes printf's %s where the source now names its fields: each %s is one change,
    paired with the source's fields in the order of the texts (not two findings per field, nor crossed)."""
    rows = [("Missing mandate on the line with partner {partner_name} (reference {reference}).",
             "Absence du mandat sur la ligne de paiement bancaire avec le partenaire ' %s' (référence '%s')."),
            ("Delete %s now", "Supprimer <b> maintenant")]  # a tag is no placeholder: lost and added apart
    found = _strings_findings(tmp_path, rows, "MTA903")
    first = sorted((f["start"], f["source_text"], f["message"]) for f in found if f["unit"] == "2")
    assert [(x[1], x[2]) for x in first] == [
        ("{partner_name}", "'%s' stands where the source has '{partner_name}'."),
        ("{reference}", "'%s' stands where the source has '{reference}'.")]
    assert len([f for f in found if f["unit"] == "3"]) == 2


def test_pairing_a_unit_with_very_many_items_gives_up_rather_than_compare_them_all():
    """Past PAIR_LIMIT candidate pairs nothing is paired (each item reported as it is), so a unit with
    thousands of numbers costs no quadratic work."""
    from types import SimpleNamespace as Item
    from mtaudit.l10n import PAIR_LIMIT, pair_changed
    lost = [Item(start=k, text=str(k)) for k in range(200)]
    added = [Item(start=k, text=str(k + 1)) for k in range(PAIR_LIMIT // 200 + 1)]
    assert pair_changed(lost, added, "x" * 300, "y" * 300) == ([], lost, added)
    pairs, rest_lost, rest_added = pair_changed(lost[:2], added[:1], "x" * 300, "y" * 300)
    assert [(a.text, b.text) for a, b in pairs] == [("1", "0")] and rest_lost == [lost[1]] and rest_added == []


def test_a_search_site_of_france_is_minor_and_an_example_domain_made_french_is_none(tmp_path):
    """France's domain of the source's site is a localised address (minor); an example on the French
    word's domain (exemple.com, exemple.org) or a placeholder host written in French (monserveur.org)
    stands for the source's; an example host dropped leaves a real domain (major), and a path
    translated on the reserved domain is still MT's slip."""
    rows = [("Search https://www.google.com/search?q=%s", "Chercher https://www.google.fr/search?q=%s"),
            ("Filter (e.g. http://www.example.com/ad/*)", "Filtre (p. ex. http://www.exemple.com/publicite/*)"),
            ("Alias: first@example.org", "Alias : prénom@exemple.org"),
            ("A server's URL: https://kolab2.example.com/freebusy/", "L'adresse du serveur : https://kolab2.com/freebusy/"),
            ("Visit https://example.com/help", "Visitez https://example.com/aide"),
            ("Search https://www.google.com/search?q=%s", "Chercher https://www.google.fr/recherche?q=%s"),
            ("The URL, something like https://myserver.org/", "L'URL, de la forme « https://monserveur.org »"),
            ("Server: https://myserver.org/", "Serveur : https://gnome.org/")]  # a placeholder made a real site
    found = _strings_findings(tmp_path, rows, "MTA904")
    got = sorted((f["unit"], f["severity"]) for f in found)
    assert got == [("2", "minor"), ("5", "major"), ("6", "major"), ("7", "major"), ("9", "major")]
    assert [f["message"] for f in found if f["unit"] == "5"] == \
        ["'https://kolab2.com/freebusy/' stands where the source has 'https://kolab2.example.com/freebusy/'."]


def test_a_commands_words_before_its_translated_argument_are_the_programs(tmp_path):
    """A command the source shows with its argument (an upper-case metavariable, a file name) keeps its
    words while the argument is translated; English words before an argument in a sentence are still
    English left in the French."""
    rows = [("List of commands: (help COMMAND to get more help)", "Liste des commandes : (help COMMANDE pour obtenir de l'aide)"),
            ("The syntax to add a new book is:\n\n book add file.pgn\n", "La syntaxe pour ajouter un livre est :\n\n book add fichier.pgn\n"),
            ("Please check the FILE you gave", "Veuillez vérifier please check the FICHIER donné"),
            ("unsupported BFD relocation size %d", "unsupported BFD taille de déménagement %d"),  # Apertium's
            ("unrecognized GET DIAGNOSTICS item", "unrecognized REÇOIT élément de DIAGNOSTICS")]  # Apertium's
    found = _strings_findings(tmp_path, rows, "MTA401")
    assert [f["unit"] for f in found] == ["10", "11", "12"]  # the last three rows (units are numbered by line)


def test_a_commands_words_before_its_translated_metavariable_are_the_programs(tmp_path):
    """Words the source shows right before a help-text metavariable (<command>) that the target
    translates are the command's; English words the source does not have right before it, or only
    function words there, are still English left."""
    rows = [("\\n  (specify help <command> for details about the command)\\n",
             "\\n  (spécifiez help <commande> pour plus de détails sur la commande)\\n"),
            ("See “tracker3 help <command>” to read about a subcommand",
             "Veuillez consulter « tracker3 help <commande> » pour une sous-commande"),
            ("Please open the <file> now", "Veuillez please open the <fichier> maintenant"),
            ("Open <file> now", "Veuillez open the <fichier> maintenant")]
    found = [(f["unit"], f["text"]) for f in _strings_findings(tmp_path, rows, "MTA401")]
    assert [u for u, _ in found] == ["4", "5"], found


def test_a_bulleted_items_name_a_slash_command_and_a_variable_the_source_has_are_the_programs(tmp_path):
    """The lower-case name a bulleted item defines ("* extend - Creates…"), a command written with a slash
    ("/help"), a variable ("$number", "$unit.name", "%from"), a tag in square brackets ("[campaign]") and the words
    of a code element kept as the source has them are no English left;
    English prose after the bullet, or a label the source does not bullet, still is."""
    rows = [("* help       list subcommands", "* help       affiche la liste des sous-commandes"),
            ("Modes include: * mirror-primary - Records the primary monitor. * extend - Creates a new virtual monitor.",
             "Les modes incluent : * mirror-primary - Enregistre le moniteur principal. * extend - Crée un nouveau moniteur virtuel."),
            ("Invalid command! Type /help for a list of commands.", "Commande invalide ! Entrez /help pour la liste des commandes."),
            ("$number strikes", "$number attaques"),
            ("We will miss you, $unit.name.", "Tu nous manqueras, $unit.name."),
            ("%from - the from email address", "%from - l'adresse de courriel de l'émetteur"),  # KMail's variable
            ("instead, use the macro in the [campaign] tag", "à la place, utilise la macro dans le tag [campaign]"),
            ("Example: <code>each 'lines.join()'</code>", "Exemple : <code>each 'lignes.join()'</code>"),
            ("* clean removes the stale lock file", "* clean Please remove the stale lock file maintenant"),
            ("Type help for a list of commands.", "Entrez help pour la liste des commandes.")]
    found = [(f["unit"], f["text"]) for f in _strings_findings(tmp_path, rows, "MTA401,MTA903")]
    assert [u for u, _ in found] == ["10", "11"], found  # units are numbered from 2


def test_tex_commands_file_extensions_and_the_sources_spaced_tags_are_no_findings(tmp_path):
    """A backslash command the source has is code (TeX's \\paragraph); a file extension copied is no
    English (.lock); tags the source writes with spaces inside (« < / p > ») that the target writes
    right are no tags added. English prose copied, or a tag the source does not have, still are."""
    rows = [("\\paragraph{%1}\n\\paragraph*{%1} : no number", "\\paragraph{%1}\n\\paragraph*{%1} : sans numéro"),
            (".lock", ".lock"),
            ("<p>Balance : %1 < / p > <p>Checked : %2 < / p >", "<p>Solde : %1</p><p>Rapproché : %2</p>"),
            ("Lock file", "Lock file"),
            ("Balance : %1", "<p>Solde : %1</p>")]
    found = _strings_findings(tmp_path, rows, "MTA401,MTA903,MTA906")
    assert sorted((f["unit"], f["rule"]) for f in found) == [("7", "MTA906"), ("8", "MTA903"), ("8", "MTA903")]


def test_a_no_break_space_entity_where_french_typography_puts_one_is_the_translators(tmp_path):
    """« &nbsp;Attaque&nbsp;», « en&nbsp;: »: French's no-break space written as an entity for a format
    that renders it; an entity between two words, or another entity, is still debris."""
    rows = [("Can be enhanced to:", "Peut être amélioré en&nbsp;:"),
            ("From “Our Treasures”", "Extrait de «&nbsp;Nos trésors&nbsp;»"),
            ("Really?", "Vraiment&#160;?"),
            ("Paris London", "Paris&nbsp;Londres"),
            ("Rock and roll", "Rock &amp; roll"),
            ("Do the following:", "Faites ce qui suit&#8201;:"),  # a thin space, as typesetters put it (Plone)
            ("Paris London", "Paris&#8201;Londres")]
    found = _strings_findings(tmp_path, rows, "MTA104")
    assert [(f["unit"], f["text"]) for f in found] == [("5", "&nbsp;"), ("6", "&amp;"), ("8", "&#8201;")]


def test_a_tilde_accelerator_inside_a_french_word_is_no_english(tmp_path):
    rows = [("Save UR~L as", "Enregistrer l'URL so~us"), ("Save as", "Enregistrer so~me files")]
    found = _strings_findings(tmp_path, rows, "MTA401")
    assert [f["unit"] for f in found] == ["3"], found


def test_a_copied_product_model_is_minor(tmp_path):
    rows = [("Canon MG2400 series", "Canon MG2400 series"), ("Epson Stylus R200 printer", "Epson Stylus R200 printer"),
            ("Print test page", "Print test page")]
    found = _strings_findings(tmp_path, rows, "MTA906")
    assert [(f["unit"], f["severity"]) for f in found] == [("2", "minor"), ("3", "minor"), ("4", "major")]


def test_a_bracketed_marker_the_source_writes_is_the_programs_syntax(tmp_path):
    rows = [("Invalid arguments to (user-tag)", "Paramètres non valides (user-tag)"),
            ("Tags", "(Tagstotranslate) Étiquettes")]  # not in the source: a plugin's marker
    found = _strings_findings(tmp_path, rows, "MTA101")
    assert [(f["unit"], f["text"]) for f in found] == [("3", "(Tagstotranslate)")]


def test_a_title_case_name_the_source_writes_as_it_is_is_a_minor_finding(tmp_path):
    rows = [("Eye of MATE Preferences", "Préférences de Eye of MATE"),
            ("Soldier of Fortune - A FPS by Raven Software", "Soldier of Fortune - Un jeu de tir de Raven Software"),
            ("Please remove the stale lock file", "Please remove the stale lock file maintenant")]
    found = {f["text"]: f["severity"] for f in _untranslated(tmp_path, rows)}
    # « Eye of MATE »: the name whole, its acronym the source's (no finding); « Soldier of Fortune »: minor
    assert not [t for t in found if t.startswith("Eye of")] and found.get("Soldier of Fortune") == "minor", found
    assert [s for t, s in found.items() if t.startswith("Please remove")] == ["major"], found
    # not as the source writes it (the case changed), or a user's severity for the rule: as before
    assert [f["severity"] for f in _untranslated(tmp_path, [("Eye of MATE Preferences", "Préférences de Eye of mate")])] \
        in ([], ["major"])
    found = _untranslated(tmp_path, rows[1:2], "--severity", "MTA401=major")
    assert [f["severity"] for f in found] == ["major", "major"]


def test_a_name_after_its_kind_as_the_source_names_it_is_a_minor_finding(tmp_path):
    """« la commande locate », "locate command": a name kept with its kind; not where the source has no
    such kind beside it, nor where the name differs from the source's."""
    rows = [("Runs locate command to find files.", "Exécute la commande locate pour trouver des fichiers."),
            ('Please check if the unit "interfaces" was added to the programs uses clause.',
             'Vérifier si l\'unité "interfaces" est ajoutée à la clause uses du programme.'),
            ("Add units to uses section", "Ajouter les unités à la clause uses"),
            ("download only newest packages per-repo", "ne télécharger que les nouveaux paquets per-rep"),
            # an English verb form: what machine translation leaves when it does not know a word
            ("The misplaced file is missing.", "Le fichier misplaced est absent.")]
    found = {f["unit"]: f["severity"] for f in _untranslated(tmp_path, rows)}
    assert found.get("2") == "minor" and found.get("3") == "minor", found
    assert found.get("4") == "major" and found.get("5") == "major" and found.get("6") == "major", found
    found = _untranslated(tmp_path, rows[:1], "--severity", "MTA401=major")
    assert [f["severity"] for f in found] == ["major"]
    # a help text's source may break its line between the name and its kind
    target = "(en utilisant la commande 'identify')"
    at = target.index("identify")
    assert named_by_kind(target, at, at + 8, "identify (using the identify\n    command)")
    assert not named_by_kind(target, at, at + 8, "identify (using the identify\n    option)")
    # names coordinated on either side, and the kind word inside the span when French spells it as English
    target = "Impossible d'utiliser les options increase et decrease conjointement"
    src = "Can't use increase and decrease options in conjunction"
    at, at2, opt = target.index("increase"), target.index("decrease"), target.index("options")
    assert named_by_kind(target, at, at + 8, src) and named_by_kind(target, at2, at2 + 8, src)
    assert named_by_kind(target, opt, at + 8, src)
    assert not named_by_kind(target, at2, at2 + 8, "Can't use both options to increase and decrease")


def test_names_listed_as_the_source_lists_them_are_a_minor_finding(tmp_path):
    """« comme lint, make, etc. », « avec xargs, find, make, n'importe quel interpréteur »: lower-case names the
    source lists as they are, in the same order, kept on purpose; not a list the source writes otherwise, nor one
    word alone that the source has outside a list."""
    rows = [("Customizable integration of external programs such as lint, make, etc",
             "Intégration personnalisable de programmes externes comme lint, make, etc."),
            ("Compatible with xargs, find, make, any shell, together, in a script or interactively.",
             "Il est compatible avec xargs, find, make, n'importe quel interpréteur, dans un script."),
            ("Compatible with xargs, search, make, any shell.",
             "Il est compatible avec xargs, find, make, n'importe quel interpréteur."),
            ("Tools to make the build, find the files and sort them.",
             "Outils pour make la construction, trouver les fichiers et les trier.")]
    found = {f["unit"]: (f["text"], f["severity"]) for f in _untranslated(tmp_path, rows[:3])}
    assert found.get("2") == ("lint, make", "minor") and found.get("3") == ("find, make", "minor"), found
    assert found.get("4") == ("find, make", "major"), found
    assert [(f["text"], f["severity"]) for f in _untranslated(tmp_path, rows[3:])] == [("make", "major")]
    assert "lists these names" in next(f["message"] for f in _untranslated(tmp_path, rows[:1]))
    found = _untranslated(tmp_path, rows[:1], "--severity", "MTA401=major")
    assert [f["severity"] for f in found] == ["major"]


def test_a_kept_name_in_french_word_order_is_not_english_left(tmp_path):
    """The source's words, reordered the French way, are a translated phrase that keeps a name; the
    same words in the source's order are English left as it was."""
    rows = [("Game Boy Advance ROM", "ROM Game Boy Advance"),
            ("Impulse Tracker audio", "audio Impulse Tracker"),
            ("Please remove the stale lock file", "Please remove the stale lock file maintenant"),
            ("unrecognized compression option", "unrecognized option de compression"),
            ("misplaced INITIALLY DEFERRED clause", "misplaced Clause REPORTÉE INITIALEMENT")]
    found = sorted(f["text"] for f in _strings_findings(tmp_path, rows, "MTA401"))
    # the words machine translation moved without knowing them are no name: still English left
    assert len(found) == 3 and found[0].startswith("Please remove the stale lock file") \
        and found[1:] == ["misplaced Clause", "unrecognized option"], found


def _po_with_header(tmp_path, header: str, units) -> Path:
    po = tmp_path / "fr.po"
    body = "".join(f'\nmsgid "{a}"\nmsgstr "{b}"\n' for a, b in units)
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n' + header + body,
                  encoding="utf-8")
    return po


def test_the_translators_own_address_added_to_a_bug_report_line_is_not_reported(tmp_path):
    po = _po_with_header(tmp_path, '"Language-Team: French <traduc@traduc.org>\\n"\n"Language: fr\\n"\n',
             [("Report bugs to: %s\\n",
               "Signalez les bogues à : %s\\nSignalez les bogues de traduction à : <traduc@traduc.org>\\n"),
              ("Report bugs to: %s\\n ", "Signalez les bogues à : %s, ou à <autre@exemple.org>\\n ")])
    doc = read_bilingual(po)
    assert doc.contacts == ("traduc@traduc.org",)
    memory = TranslationMemory()
    memory.add_document(doc)
    report = audit_bilingual(Auditor(Config()), doc, memory)
    assert [f["text"] for f in by_rule(report, "MTA904")] == ["autre@exemple.org"]


def test_an_english_word_the_file_keeps_every_time_is_the_translators_term(tmp_path):
    rows = [("There seems to be a postmaster servicing the old cluster.",
             "Il semble qu'un postmaster tourne sur l'ancienne instance."),
            ("Please shutdown that postmaster and try again.", "Merci d'arrêter ce postmaster et de réessayer."),
            ("the postmaster was started", "le postmaster a été démarré"),
            ("could not set compression worker count", "impossible de configurer le nombre de workers de compression"),
            ("The fallback failed.", "Le fallback a échoué."),
            ("No fallback was found.", "Aucun fallback n'a été trouvé."),
            ("A fallback is used.", "Un repli est utilisé."),
            ("The fallback is off.", "Le repli est désactivé."),
            ("The fallback server answered.", "Le fallback a répondu."),
            ("unsupported format", "format unsupported"), ("unsupported key", "clé unsupported"),
            ("unsupported file", "fichier unsupported"),
            ("misplaced clause", "clause misplaced"), ("misplaced key", "clé misplaced"),
            ("misplaced file", "fichier misplaced"),
            ("The override file is missing.", "Le fichier override est absent."),
            ("Bad override value.", "Valeur override incorrecte."),
            ("An override entry was dropped.", "Une entrée override a été ignorée."),
            ("Override ignored.", "Override ignoré."),
            ("The override is old.", "La dérogation est ancienne.")]
    found = {(f["text"], f["severity"]) for f in _strings_findings(tmp_path, rows, "MTA401")}
    # kept in every unit whose source has it (3 of 3, 4 of 5): minor; kept once, translated in two of
    # five units, or a word French text never uses (what machine translation leaves it does not know): major
    assert found == {("postmaster", "minor"), ("override", "minor"), ("Override", "minor"), ("workers", "major"),
                     ("fallback", "major"), ("unsupported", "major"), ("misplaced", "major")}, found

    # a one-word unit copied: its MTA906 finding is minor where the file uses the word in its French
    # (« Éditer la cue », « Type de cue »), major where it does not
    rows = [("Cue", "Cue"), ("Edit cue", "Éditer la cue"), ("Cue type", "Type de cue"), ("MIDI Cue", "Cue MIDI"),
            ("Chain", "Chain"), ("Chain settings", "Paramètres de la chaîne")]
    found = {(f["text"], f["severity"]) for f in _strings_findings(tmp_path, rows, "MTA906")}
    assert found == {("Cue", "minor"), ("Chain", "major")}, found


def test_a_copied_name_in_a_file_that_keeps_its_names_is_minor(tmp_path):
    """A gazetteer keeps most of its place names as they are: a copied name there is minor and says how
    many the file keeps; the same copy in a file that translates its names stays major."""
    places = ["Tacoma", "Pasadena", "Decatur", "Marietta", "Springfield", "Greenwood", "Morris", "Baker",
              "Rio Grande do Sul", "Fresno", "Toledo", "Dayton", "Akron", "Tulsa", "Wichita", "Omaha", "Boise",
              "Reno", "Eugene", "Salem", "Laredo"]
    rows = [(p, p) for p in places] + [("Bamboo", "Bamboo"), ("London", "Londres"), ("Germany", "Allemagne")]
    found = {f["text"]: f["severity"] for f in _strings_findings(tmp_path, rows, "MTA906")}
    assert found.get("Bamboo") == "minor" and "Springfield" in found, found
    assert set(found.values()) == {"minor"}, found
    msg = next(f["message"] for f in _strings_findings(tmp_path, rows, "MTA906") if f["text"] == "Bamboo")
    assert "22 of its 24 names" in msg, msg
    # a file that translates its names: the copy is a label left in English
    rows = [("Bamboo", "Bamboo"), ("Springfield", "Springfield")] + [(p, p + "e") for p in places[:19]] \
        + [("Save", "Enregistrer")]
    found = {f["text"]: f["severity"] for f in _strings_findings(tmp_path, rows, "MTA906")}
    assert found.get("Bamboo") == "major", found


def test_a_name_the_translator_only_re_cased_is_not_english_left(tmp_path):
    """French writes language names in lower case: "Even" -> "even" is a translation, judged whole by
    MTA906."""
    rows = [("Even", "even"), ("Dutch", "néerlandais"), ("Even more", "even more")]
    found = {(f["rule"], f["text"]) for f in _strings_findings(tmp_path, rows, "MTA401,MTA906")}
    assert found == {("MTA906", "even more")}, found


def test_a_name_written_as_its_source_writes_it_is_not_a_corruption(tmp_path):
    report = _po_report(tmp_path, [
        ("Kim Mun", "kim Mun"),  # a language's name, lower-cased as French writes languages
        ("Kim Jong-un will speak", "Kim Mun prendra la parole"),
    ])
    names = [(f["unit"], f["text"]) for f in report["findings"] if f["category"] == "name"]
    assert not [t for u, t in names if u == "Kim Mun"]
    assert [t for u, t in names if u.startswith("Kim Jong")] == ["Kim Mun"]


def test_the_translators_credits_are_not_checked(tmp_path):
    report = _po_report(tmp_path, [
        ("translator-credits", "Jean Dupont <jean@example.org>\nMarie Durand <marie@example.net>"),
        ("Report bugs to the list", "Signalez les bogues à <jean@example.org>"),
    ])
    got = [(f["unit"], f["rule"]) for f in report["findings"]]
    assert not [r for u, r in got if u == "translator-credits"]
    assert ("Report bugs to the list", "MTA904") in got


def test_a_localised_address_is_minor_and_another_address_stays_major(tmp_path):
    report = _po_report(tmp_path, [
        ("General help: <https://www.gnu.org/gethelp/>.", "Aide générale : <https://www.gnu.org/help/gethelp.fr.html>."),
        ("Report bugs to <https://translationproject.org/team/>.", "Signalez-les à <https://translationproject.org/team/fr.html>."),
        ("Home page: <https://www.gnu.org/software/sed/>.", "Page d'accueil : <https://www.gnu.org/software/awk/>."),
        ("See https://example.com/fr/help.", "Voir https://example.com/fr/aide."),  # translated, the source's /fr/ aside
    ])
    got = {(f["unit"][:12], f["severity"]) for f in report["findings"] if f["rule"] == "MTA904"}
    assert got == {("General help", "minor"), ("Report bugs ", "minor"), ("Home page: <", "major"),
                   ("See https://", "major")}


def test_a_time_format_on_the_24_hour_clock_drops_am_pm(tmp_path):
    got = _po(tmp_path, [("Today %l:%M %p", "Aujourd’hui %H:%M"),
                         ("Yesterday %l:%M %p", "Hier %l:%M"),  # still the 12-hour clock: %p lost
                         ("%s at %p", "%s à")])  # not a time: the pointer lost
    assert [r for r, _ in got["Today %l:%M %p"]] == []
    assert [r for r, _ in got["Yesterday %l:%M %p"]] == ["MTA903"] and [r for r, _ in got["%s at %p"]] == ["MTA903"]


def test_quoted_names_commands_option_values_and_example_addresses_are_the_programs(tmp_path):
    """Source words the target quotes (« remove »), Vim's :commands, an option's value in a command line the
    source shows, an example address written in French words and a link without its final slash are no
    findings; a changed address and a number 2 said "line by line" still are."""
    rows = [("One of install, remove, upgrade or list is required.",
             "L'une des actions suivantes est requise : « install », « remove », « upgrade » ou « list »."),
            ("E604: :catch after :finally", "E604: :catch après :finally"),
            ("Example: paperwork-cli export -f grayscale -o out.jpg", "Exemple : paperwork-cli export -f grayscale -o out.jpg"),
            ("Group Chat Proxy: user@company.com", "Proxy pour le chat en groupe : utilisateur@entreprise.com"),
            ("Download it from <http://lpg.ticalc.org/prj_gfm/>.", "Téléchargez-le depuis <http://lpg.ticalc.org/prj_gfm>."),
            ("Scroll backwards by 1 line", "Faire défiler en arrière ligne par ligne"),
            ("Download it from <http://lpg.ticalc.org/prj_gfm/>.", "Téléchargez-le depuis <http://lpg.ticalc.org/gfm>."),
            ("Scroll backwards by 2 lines", "Faire défiler en arrière ligne par ligne")]
    found = _strings_findings(tmp_path, rows, "MTA401,MTA901,MTA904")
    assert sorted((f["unit"], f["rule"]) for f in found) == [("8", "MTA904"), ("9", "MTA901")], found


def test_line_breaks_that_wrap_the_sources_lines_may_be_placed_elsewhere(tmp_path):
    """A source that wraps its lines with empty tags (<br>, Enlightenment's <ps/>), twice or more and inside a
    sentence: the French may break its lines elsewhere and in another number, one minor finding. Breaks
    between sentences only, or a single one, are still major when lost."""
    rows = [("Logout is taking<ps/>too long. Some applications<ps/>refuse<ps/>to close.",
             "La session est trop longue.<ps/>Certaines applications<ps/>refusent de se terminer."),
            ("One.<br>Two.<br>Three.", "Un.<br>Deux. Trois."),
            ("You are<ps/>trying to ask<ps/>it to <hilight>remember</hilight>", "Vous lui demandez de <hilight>mémoriser</hilight>"),
            ("Line one<br>line two", "Ligne un, ligne deux")]
    found = _strings_findings(tmp_path, rows, "MTA903")
    assert sorted((f["unit"], f["severity"]) for f in found) == [("2", "minor"), ("3", "major"), ("4", "minor"), ("5", "major")], found


def test_a_copied_short_word_is_minor_in_a_kana_drill_and_elsewhere(tmp_path):
    """A kana drill keeps its romanisations as they are ("ka", "wo", "no"): a copied lower-case word is
    minor there, as in any file (MTA906: as often a value or a command as a label); a capitalised one
    in a file that translates its short words stays major."""
    kana = ["ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "ta", "chi", "tsu", "te", "na", "ni", "nu", "ne",
            "ha", "hi", "fu", "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "wa", "wo"]
    rows = [(k, k) for k in kana] + [("no", "no"), ("be", "be"), ("yes", "oui")]
    found = {f["text"]: f["severity"] for f in _strings_findings(tmp_path, rows, "MTA906")}
    assert found.get("no") == "minor" and found.get("be") == "minor", found
    rows = [("no", "no"), ("Refresh", "Refresh"), ("ok", "d'accord")] + [(w, w.upper() + "é") for w in kana]
    found = {f["text"]: f["severity"] for f in _strings_findings(tmp_path, rows, "MTA906")}
    assert found.get("no") == "minor" and found.get("Refresh") == "major", found


def test_a_file_written_for_an_html_page_keeps_its_entities_minor(tmp_path):
    """AWFFull writes its French for an HTML report, accents as entities in most units: MTA104 on an
    entity there is minor, and the line is not taken for Romanian. One entity in a file that writes its
    accents as letters stays major."""
    words = ["R&eacute;sum&eacute; par mois", "P&eacute;riode du r&eacute;sum&eacute;", "Moyenne journali&egrave;re",
             "Pages d'entr&eacute;e", "G&eacute;n&eacute;r&eacute; le", "Requ&ecirc;tes"]
    rows = [(f"Summary {k}", w) for k, w in enumerate(words)] + [("Total", "Total")]
    found = _strings_findings(tmp_path, rows, "MTA104,MTA403")
    assert found and {f["rule"] for f in found} == {"MTA104"}, found
    assert {f["severity"] for f in found} == {"minor"}, found
    rows = [("Summary", "R&eacute;sum&eacute;")] + [(f"Page {k}", f"Pâge numéro {k}") for k in range(8)]
    found = _strings_findings(tmp_path, rows, "MTA104")
    assert {f["severity"] for f in found} == {"major"}, found


def test_a_file_that_writes_one_character_as_its_entity_keeps_it_minor(tmp_path):
    """nagvis writes every quotation mark « &quot; » (its strings go to an HTML page) and its accents as
    letters: MTA104 on « &quot; » is minor there. A file that writes its quotation marks as characters
    and one of them as an entity keeps that one major."""
    rows = [(f"Cannot open file [FILE{k}]", f"Impossible d'ouvrir le fichier &quot;[FILE{k}]&quot; ({k}).")
            for k in range(6)] + [("Settings", "Paramètres généraux")]
    found = _strings_findings(tmp_path, rows, "MTA104")
    assert found and {f["severity"] for f in found} == {"minor"}, found
    assert all("HTML page" in f["message"] for f in found), found
    rows = [("Cannot open file [FILE]", "Impossible d'ouvrir le fichier &quot;[FILE]&quot;.")] + \
        [(f"Cannot open file [F{k}]", f"Impossible d'ouvrir le fichier \"[F{k}]\" ({k}).") for k in range(8)]
    found = _strings_findings(tmp_path, rows, "MTA104")
    assert found and {f["severity"] for f in found} == {"major"}, found


def test_a_source_that_is_the_programs_key_has_nothing_to_compare(tmp_path):
    """songwrite's msgids are keys ("__PlaylistItem__", "Banjo5GTablatureString"): the French is the only
    text, its numbers and codes are not the key's. A label's mnemonic ("Pa_use") is no key."""
    from mtaudit.l10n import source_key

    assert source_key("__PlaylistItem__", "Mesures %s à %s") and source_key("Banjo5GTablatureString", "Corde (Banjo 5G)")
    assert not source_key("Pa_use", "Mettre en _pause") and not source_key("JavaScript", "Le JavaScript activé")
    assert not source_key("__PlaylistItem__", "__PlaylistItem__")  # copied: no French
    assert source_key("__DATE_EDITABLE__", "%d.%m.%Y") and not source_key("Banjo5GTablatureString", "5")
    # a template's file or path as its key (mailman): translated into prose, not kept as a name
    assert source_key("help.txt", "Aide pour la liste ${listname}") and source_key(
        "list:admin:action:post.txt", "Votre autorisation est nécessaire pour ${listname}")
    assert not source_key("readme.txt", "lisez-moi.txt") and not source_key("3.14", "trois virgule quatorze")
    assert source_key("{core:no_cookie:header}", "Cookie introuvable")  # such a path in braces (simplesamlphp)
    assert not source_key("{core:no_cookie:header}", "{core:no_cookie:header}") and not source_key("{0}", "Cookie")
    rows = [("__PlaylistItem__", "Mesures %s à %s"), ("__config_preamble__", "Songwrite 3 utilise un programme"),
            ("PlaylistItem %s", "Mesures %s à %s")]
    found = _strings_findings(tmp_path, rows, "MTA901,MTA903")
    assert sorted((f["unit"], f["rule"]) for f in found) == [("4", "MTA903")], found


def test_help_lists_glosses_and_option_values_are_the_programs(tmp_path):
    """A value list defined before dashes, an option's alternatives between bars, commands before their
    argument in an indented list, and the English term glossed in brackets after its French are kept on
    purpose; an English word the translator left in running text is still found."""
    rows = [("Scope: none - No users are recorded. some - Listed users are recorded. all - All users.",
             "Étendue : none - Aucun utilisateur. some - Les utilisateurs listés. all - Tous."),
            ("--parity <odd | even> or -a : parity", "--parity <odd | even> ou -a : parité"),
            ("\n  enable name/project\n  disable name/project\n  remove name/project\n",
             "\n  enable nom/projet\n  disable nom/projet\n  remove nom/projet\n"),
            ("None of the nameservers returns an upward referral", "Aucun serveur ne répond sur la racine '.' (upward referral)"),
            ("Error: setting up the fuses", "Erreur : mise en place des fuses")]
    report = _po_report(tmp_path, rows)
    found = [(f["unit"], f["text"]) for f in report["findings"] if f["rule"] == "MTA401"]
    assert found == [(report["units"][-1]["id"], "fuses")], found


def test_numbers_a_translation_says_another_way(tmp_path):
    rows = [("(64 thousand colors)", "(64 000 couleurs)"), ("100th seconds", "centièmes de seconde"),
            ("15 III, 23 YW:", "15/03/23 ap. W :"), ("%{img L 20 110 20 22}Speed Up", "%{img L 20 110 20 22}Accélérer"),
            ("Copyright © YEAR YOUR-NAME", "Copyright © 2007-2014 Christian Perrier"),
            ("15 III, 23 YW:", "15/04/23 ap. W :")]
    found = _strings_findings(tmp_path, rows, "MTA901")
    assert [(f["unit"], f["text"]) for f in found] == [("7", "04")], found


def test_a_licence_notice_kept_in_english_is_minor(tmp_path):
    """Translators often keep the GPL's notice in its English wording: its findings are minor. A message
    left in English stays major."""
    notice = ("This program is free software; you can redistribute it and/or modify it under the terms of the "
              "GNU General Public License. This program is distributed WITHOUT ANY WARRANTY.")
    french = ("Ce programme est un logiciel libre, publié selon la GNU General Public License de la Free Software "
              "Foundation. Vous devriez avoir reçu une copie de la licence.")
    rows = [(notice, notice), ("Could not open the file", "Could not open the file")]
    found = {(f["unit"], f["severity"]) for f in _strings_findings(tmp_path, rows, "MTA401,MTA906")
             if f["rule"] in ("MTA401", "MTA906")}
    assert ("2", "minor") in found and ("3", "major") in found and ("2", "major") not in found, found
    # a library's header: @license, its copyright line and the licences it is under
    header = ("vis.js\\n\\nA dynamic, browser-based visualization library.\\n\\n@license\\nCopyright (C) 2011-2016 "
              "Almende B.V\\n\\nVis.js is dual licensed under both the Apache License, Version 2.0 and the MIT License.")
    found = {(f["unit"], f["severity"]) for f in _strings_findings(tmp_path, [(header, header)], "MTA401,MTA906")
             if f["rule"] in ("MTA401", "MTA906")}
    assert found and all(sev == "minor" for _, sev in found), found
    # a French notice keeps the licence's names: a number it leaves out is still a major finding
    rows = [("This program is free software, under the GNU General Public License of the Free Software Foundation, "
             "51 Franklin Street. You should have received a copy of the licence.", french)]
    found = [(f["rule"], f["severity"]) for f in _strings_findings(tmp_path, rows, "MTA901")]
    assert found == [("MTA901", "major")], found


def test_a_number_the_translator_adds_is_minor_unless_the_source_loses_one(tmp_path):
    """A number the target adds while the source keeps all its numbers is mostly the translator's own (a
    paper size's dimensions, « 2 dans 1 » for "2 up"): minor. One written for a number the source has (a
    changed number), or one against a code's sign ("$0" for "$O"), stays major."""
    rows = [("B7", "B7 (88 x 125 mm)"), ("2 up", "2 dans 1"),
            ("Delivered in 5 days or 8 days.", "Livré en 3 jours ou 8 jours."),
            ("$O bytes", "$0 octets"), ("- %1: output exists", "-% 1 : la sortie existe"),
            ("%i mA", "%i 1 mA"), ("%s items", "%s éléments (1 par ligne)")]
    found = sorted((f["unit"], f["text"], f["severity"]) for f in _strings_findings(tmp_path, rows, "MTA901"))
    assert found == [("2", "125", "minor"), ("2", "88", "minor"), ("3", "1", "minor"), ("4", "3", "major"),
                     ("5", "0", "major"), ("6", "1", "major"), ("7", "1", "major"), ("8", "1", "minor")], found


def test_a_printf_directive_with_a_precision_glued_to_its_unit_is_printf_not_qt(tmp_path):
    """« %6.2fV »: printf's %6.2f before the volt's symbol, not Qt's %6 then text; kept, no finding,
    and lost, reported as the printf directive it is."""
    rows = [("%s:%6.2fV", "%s :%6.2f V"), ("Value %5.1fV", "Valeur %5.1f V"), ("%s:%6.2fmA", "%s : mA")]
    found = [(f["unit"], f["message"]) for f in _strings_findings(tmp_path, rows, "MTA903")]
    assert found == [("4", "The target lacks '%6.2f', which the source has.")], found


def test_an_address_where_the_source_asks_for_the_translators_is_theirs(tmp_path):
    """"Translation by TRANSLATOR_NAME_AND_EMAIL": the address the French gives is the translator's, not an
    address added; the same address added elsewhere is still reported."""
    rows = [("<p>Translation by TRANSLATOR_NAME_AND_EMAIL</p>%1", "<p>Traduit par Jean Dupont (jean@dupont.fr)</p>%1"),
            ("<p>Translated by the team</p>", "<p>Traduit par Jean Dupont (jean@dupont.fr)</p>")]
    found = [(f["unit"], f["text"]) for f in _strings_findings(tmp_path, rows, "MTA904")]
    assert found == [("3", "jean@dupont.fr")], found


def test_a_copied_abbreviation_is_minor(tmp_path):
    """« Synth. », « Harm. »: an abbreviation copied is often French too; a word copied stays major."""
    rows = [("Synth.", "Synth."), ("Harm.", "Harm."), ("Print", "Print")]
    found = sorted((f["text"], f["severity"]) for f in _strings_findings(tmp_path, rows, "MTA906"))
    assert found == [("Harm.", "minor"), ("Print", "major"), ("Synth.", "minor")], found


def test_a_file_whose_sources_are_html_keeps_its_entities_minor(tmp_path):
    """Roundup's templates insert a translation into the page as it is: its sources write « &nbsp; » and
    its French writes accents as entities in some units, letters in others. There MTA104 on an entity is
    minor whatever the share; a source with only XML's entities (« &amp; », as Pango markup writes) is no
    sign of HTML, and a lone entity stays major."""
    words = ["Activit&eacute;", "Mot-cl&eacute;", "Requ&ecirc;te", "T&eacute;l&eacute;phone", "Affect&eacute; &agrave;"]
    plain = [(f"Line {k}", f"Ligne numéro {k} modifiée") for k in range(10)]
    rows = [(f"Label {k}", w) for k, w in enumerate(words)] + plain
    found = _strings_findings(tmp_path, rows + [("Total", "Total")], "MTA104")
    assert found and {f["severity"] for f in found} == {"major"}, found  # accents as letters in most units
    found = _strings_findings(tmp_path, rows + [("Note:&nbsp;fields", "Note&nbsp;: champs")], "MTA104")
    assert found and {f["severity"] for f in found} == {"minor"}, found
    assert all("&nbsp;" in f["message"] for f in found), found
    escaped = [("Saved to <b>%s</b>.", "Enregistré dans &lt;b&gt;%s&lt;/b&gt;.")]  # tags shown as text (qtqr)
    found = _strings_findings(tmp_path, rows + escaped + [("Note:&nbsp;fields", "Note&nbsp;: champs")], "MTA104")
    brackets = {(f["text"], f["severity"]) for f in found if f["text"] in ("&lt;", "&gt;")}
    assert brackets == {("&lt;", "major"), ("&gt;", "major")}, found
    assert {f["severity"] for f in found if f["text"] not in ("&lt;", "&gt;")} == {"minor"}, found
    found = _strings_findings(tmp_path, rows + [("Search &amp; replace", "Chercher &amp; remplacer")], "MTA104")
    assert found and {f["severity"] for f in found} == {"major"}, found
    rows = [("Label", "Activit&eacute;")] + plain + [("Note:&nbsp;fields", "Note&nbsp;: champs")]
    found = _strings_findings(tmp_path, rows, "MTA104")
    assert found and {f["severity"] for f in found} == {"major"}, found


def test_a_named_placeholder_without_conversion_is_read_before_the_next_word(tmp_path):
    """django-categories writes "%(dependency) must be installed": a named slot with no conversion, whose
    space is no flag of a conversion « m ». The French that keeps the slot before its own word
    (« %(dependency) doit ») keeps the placeholder; one that renames the slot does not."""
    rows = [("%(dependency) must be installed", "%(dependency) doit être installée"),
            ("Table between %(model_name) and %(table)", "Table entre %(model_name) et %(table)"),
            ("%(count) d items", "%(count) d éléments")]
    assert not _strings_findings(tmp_path, rows, "MTA903")
    rows = [("%(dependency) must be installed", "%(dépendance) doit être installée")]
    found = _strings_findings(tmp_path, rows, "MTA903")
    assert found and found[0]["severity"] == "major" and "%(dependency)" in found[0]["message"], found


def test_zope_message_ids_are_keys(tmp_path):
    """Plone's catalogues are keyed by message ids: "front-text" is the welcome page's text, in HTML, and
    "date_format_short" a date format. Their French has nothing of the key to keep; an English hyphenated
    compound translated in a few words ("read-only") and an identifier given one placeholder are no keys."""
    from mtaudit.l10n import source_key

    page = "<p>Si vous lisez ce texte, le propriétaire de ce site vient d'installer Plone.</p><h2>Pour commencer</h2>"
    assert source_key("front-text", page) and source_key("date_format_short", "${d}/${m}/${Y}")
    assert source_key("time_format", "%H:%M")
    assert not source_key("read-only", "en lecture seule") and not source_key("front-title", "Bienvenue dans Plone")
    assert not source_key("log_level", "%s") and not source_key("Pa_use", "%d/%m")
    rows = [("front-text", page), ("date_format_short", "${d}/${m}/${Y}"), ("Saved to <b>%s</b>", "Enregistré")]
    found = _strings_findings(tmp_path, rows, "MTA903,MTA904")
    assert sorted({f["unit"] for f in found}) == ["4"], found  # units count from 2 (the header is 1)


def test_a_copied_loanword_is_minor(tmp_path):
    """« Email » copied is English French has borrowed (english_ok.tsv's loanwords): minor, said so; a copied
    word French translates stays major, and so does a copy with one English word beside the loanword."""
    rows = [("Email", "Email"), ("Refresh", "Refresh"), ("Send email", "Send email")]
    found = {f["text"]: f for f in _strings_findings(tmp_path, rows, "MTA906")}
    assert found["Email"]["severity"] == "minor" and "loanword" in found["Email"]["message"], found
    assert found["Refresh"]["severity"] == "major" and found["Send email"]["severity"] == "major", found


def test_a_placeholder_inside_a_template_expression_is_its_code(tmp_path):
    """Odoo's mail templates are Mako: a translator may format inside an expression (« ${a and ('%s, ' % a.name)} »).
    That %s is the expression's code, not a placeholder of the message; a placeholder lost outside stays a finding."""
    src = "<p>Hello ${object.partner_id.name}, from ${object.state_id.name or ''} (%s)</p>"
    rows = [(src, "<p>Bonjour ${object.partner_id.name}, de ${object.state_id and ('%s, ' % object.state_id.name) or ''} (%s)</p>"),
            (src, "<p>Bonjour ${object.partner_id.name}, de ${object.state_id and ('%s, ' % object.state_id.name) or ''}</p>")]
    found = _strings_findings(tmp_path, rows, "MTA903")
    assert [(f["unit"], f["severity"]) for f in found] == [("3", "major")], found  # rows are units 2 and 3
    assert "%s" in found[0]["message"], found


def test_code_in_backquotes_is_the_programs_where_the_source_writes_code_so(tmp_path):
    """An Odoo module's reStructuredText: ``children`` and ``nom_module.installed`` are code the translator
    keeps (or adapts); an English word the translator sets in backquotes where the source has none is
    still English left."""
    rows = [("When using ``children`` for items of a record, we need a mapper.",
             "En utilisant des ``children`` pour les items d'un enregistrement, il faut un mapper."),
            ("It looks if a model with name ``module_name.installed`` is loaded.",
             "Il regarde si un modèle avec le nom ``nom_module.installed`` est chargé."),
            ("Keep the window open while it loads.", "Garder la fenêtre `open while it loads`.")]
    report = _po_report(tmp_path, rows)
    found = [(f["unit"], f["text"]) for f in report["findings"] if f["rule"] == "MTA401" and f["severity"] == "major"]
    assert found == [(report["units"][-1]["id"], "open while it loads")], found


def test_a_numbered_message_id_is_a_key_not_a_number_to_keep(tmp_path):
    """Plone's "01_title" → « Pas de pauvreté »: the number is the key's, as "help_default_icon" is a key; a
    unit whose source is text still loses its number."""
    rows = [("01_title", "Pas de pauvreté"), ("17_title", "Partenariats pour la réalisation des objectifs"),
            ("Goal 17 of the list", "Objectif de la liste")]
    found = _strings_findings(tmp_path, rows, "MTA901")
    assert [(f["unit"], f["text"]) for f in found] == [("4", "Objectif de la liste")], found  # rows count from 2


def test_tags_the_source_has_are_blanked_for_the_french_rules_and_the_others_kept(tmp_path):
    from mtaudit.read.bilingual import mask_tags

    target = "Une commande client.<br> Vous <b>pourrez</b> <i>payer</i>"
    masked = mask_tags(target, "A sales order.<br> You <b>can</b> pay")
    assert len(masked) == len(target)
    assert masked == "Une commande client.     Vous    pourrez     <i>payer</i>"  # <i> only in the target
    assert mask_tags("a < b et c > d", "a < b and c > d") == "a < b et c > d"  # no tag there
    # in markup, the entity of a space is a space (not « web&nbsp; » glued to « : »); a letter's stays
    assert mask_tags("<p>Site web&nbsp;: l&eacute;</p>", "<p>Website: the</p>") == "   Site web      : l&eacute;    "
    assert mask_tags("Site web&nbsp;:", "Website:") == "Site web&nbsp;:"  # no markup in the unit
    # a thin space and an en space, by name or number, are spaces too; an entity of a letter is not
    assert mask_tags("<b>Note</b>&#8201;: &ensp;a&eacute;", "<b>Note</b>: a") == "   Note" + " " * 11 + ":" + " " * 7 + "a&eacute;"
    po = tmp_path / "fr.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Order.<br> Pay."\n'
                  'msgstr "Commande.<br> Payer."\n', encoding="utf-8")
    doc = read_bilingual(po)
    assert doc.article().text == "Commande.     Payer."
    assert doc.units[0].target == "Commande.<br> Payer."  # the unit keeps its text and offsets


def test_a_tag_glued_to_a_word_does_not_hide_a_noun_used_as_modifier(tmp_path):
    report = _po_report(tmp_path, [
        ("Once the quotation is confirmed, it becomes a sales order.<br> You will be able to pay.",
         "Une fois le devis confirmé, il devient une commande client.<br> Vous pourrez payer."),
        ("Once confirmed, it becomes a sales order.<br> You will be able to pay.",
         "Une fois confirmé, il devient un commande client.<br> Vous pourrez payer."),
    ])
    got = [(f["unit"][:9], f["text"], f["severity"]) for f in report["findings"] if f["rule"] == "MTA501"]
    assert ("Once the ", "client", "minor") in got  # « commande client »: a noun as modifier
    assert ("Once conf", "un commande", "major") in got  # the determiner's slip is still found


@pytest.mark.skipif(not __import__("mtaudit.lang.grammalecte", fromlist=["load"]).load(), reason="Grammalecte not installed")
def test_a_program_s_translation_file_is_in_the_technical_register(tmp_path):
    """A PO file is a program's messages: technical French, whose « le source » (source code, data/gender_usage.tsv)
    is minor with the register's note. The same unit in a table, which may hold any text, stays major."""
    entry = ("Checks binary and source-level compatibility.", "Il vérifie la compatibilité binaire et au niveau du source.")
    report = _po_report(tmp_path, [entry])
    assert [(f["text"], f["severity"]) for f in by_rule(report, "MTA501")] == [("du source", "minor")]
    table = tmp_path / "strings.csv"
    table.write_text("source,target\n" + ",".join(f'"{s}"' for s in entry) + "\n", encoding="utf-8")
    doc = read_bilingual(table)
    memory = TranslationMemory()
    memory.add_document(doc)
    report = audit_bilingual(Auditor(Config()), doc, memory)
    assert [(f["text"], f["severity"]) for f in by_rule(report, "MTA501")] == [("du source", "major")]
