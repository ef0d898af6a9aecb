"""Reading bilingual files exactly: table cells as written, line numbers, languages, unit ids across
<file> elements, PO encodings and lines, DTD entities, and each file of a batch under its own id."""
import codecs
import json

import pytest

from mtaudit.cli import main
from mtaudit.read.bilingual import read_bilingual
from mtaudit.read.loader import InputError

PO_HEAD = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n"Language: fr\\n"\n\n'
XLIFF12 = ('<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
           '{files}\n</xliff>\n')
FILE12 = ('<file original="{name}" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
          '<trans-unit id="1"><source>{src}</source><target>{tgt}</target></trans-unit>\n</body></file>')


def write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return p


def test_tsv_cells_are_taken_as_written(tmp_path):
    # a lone quote opens no quoted field: the tab and the next cell stay where they are
    doc = read_bilingual(write(tmp_path, "q.tsv", 'id\ten\tfr\nk1\t"Hello\t"Bonjour le le\n'))
    assert [(u.source, u.target) for u in doc.units] == [('"Hello', '"Bonjour le le')]
    doc = read_bilingual(write(tmp_path, "q.tsv", 'id\ten\tfr\nk1\tSay hi\t"Bonjour", dit-il\n'))
    assert doc.units[0].target == '"Bonjour", dit-il'
    # a cell wholly quoted with doubled inner quotes, as spreadsheets save one, is unquoted
    doc = read_bilingual(write(tmp_path, "q.tsv", 'id\ten\tfr\nk1\tSay hi\t"""Bonjour"", dit-il"\r\n'))
    assert doc.units[0].target == '"Bonjour", dit-il'


def test_csv_rows_keep_their_file_lines_after_a_cell_on_several_lines(tmp_path):
    text = 'id,en,fr\r\nk1,"The cat, 3.","Le chat, 3."\r\nk2,"Multi\r\nline 5","Multi\r\nligne 5"\r\nk3,x,y\r\n'
    doc = read_bilingual(write(tmp_path, "ml.csv", text))
    assert [(u.id, u.line) for u in doc.units] == [("k1", 2), ("k2", 3), ("k3", 6)]


def test_a_named_column_that_is_not_there_is_an_error(tmp_path):
    p = write(tmp_path, "rev.csv", "key,en,fr,fr_reviewed\nk1,The cat.,Le chat.,Le chat.\n")
    with pytest.raises(InputError, match="fr_reviewd"):
        read_bilingual(p, target_column="fr_reviewd")
    with pytest.raises(InputError, match="'kye'"):
        read_bilingual(p, id_column="kye")
    doc = read_bilingual(p, target_column="fr_reviewed", id_column="key")
    assert doc.units[0].id == "k1"
    assert read_bilingual(p).units[0].target == "Le chat."  # the default names still find fr by its code


def test_tmx_without_a_source_language_takes_french_as_the_target_wherever_it_stands(tmp_path):
    tmx = ('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="*all*" datatype="plaintext" segtype="sentence" '
           'adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="x"/><body>\n'
           '<tu tuid="1"><tuv xml:lang="fr"><seg>Fermez la porte.</seg></tuv>'
           '<tuv xml:lang="en"><seg>Close the door.</seg></tuv></tu>\n'
           '<tu tuid="2"><tuv xml:lang="en"><seg>Open it.</seg></tuv><tuv xml:lang="fr"><seg>Ouvrez-la.</seg></tuv></tu>\n'
           '</body></tmx>\n')
    doc = read_bilingual(write(tmp_path, "m.tmx", tmx))
    assert [(u.source, u.target) for u in doc.units] == [("Close the door.", "Fermez la porte."),
                                                          ("Open it.", "Ouvrez-la.")]
    assert doc.source_language == "en" and doc.target_language == "fr"


def test_unit_ids_shared_by_two_xliff_files_are_told_apart(tmp_path):
    files = "\n".join(FILE12.format(name=n, src=s, tgt=t) for n, s, t in
                      (("one.txt", "3 cats", "3 chats"), ("two.txt", "4 dogs", "4 chiens")))
    doc = read_bilingual(write(tmp_path, "multi.xlf", XLIFF12.format(files=files)))
    assert [(u.id, u.target, u.line) for u in doc.units] == [("one.txt/1", "3 chats", 4), ("two.txt/1", "4 chiens", 7)]
    # files without distinct names are numbered
    doc = read_bilingual(write(tmp_path, "multi.xlf", XLIFF12.format(files=files.replace("two.txt", "one.txt"))))
    assert [u.id for u in doc.units] == ["file1/1", "file2/1"]
    # ids used once keep their own name
    doc = read_bilingual(write(tmp_path, "one.xlf", XLIFF12.format(files=FILE12.format(name="a", src="x", tgt="y"))))
    assert [u.id for u in doc.units] == ["1"]


def test_xliff2_files_with_the_same_unit_id_are_not_taken_for_segments(tmp_path):
    unit = '<unit id="u1"><segment><source>{s}</source><target>{t}</target></segment>{more}</unit>'
    two = '<segment><source>Two.</source><target>Deux.</target></segment>'
    xlf = ('<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" '
           'trgLang="fr">\n<file id="f1">' + unit.format(s="One.", t="Un.", more=two) + '</file>\n<file id="f2">'
           + unit.format(s="Other.", t="Autre.", more="") + '</file>\n</xliff>\n')
    doc = read_bilingual(write(tmp_path, "ig.xlf", xlf))
    assert [(u.id, u.target) for u in doc.units] == [("f1/u1", "Un."), ("f1/u1#2", "Deux."), ("f2/u1", "Autre.")]


def test_po_units_carry_the_line_of_their_msgstr(tmp_path):
    po = (PO_HEAD.format(charset="UTF-8") + 'msgid "Open"\nmsgstr "Ouvrir"\n\n#~ msgid "old"\n#~ msgstr "vieux"\n\n'
          'msgid "One file"\nmsgid_plural "%d files"\nmsgstr[0] ""\n"Un fichier"\nmsgstr[1] "%d fichiers"\n\n'
          'msgctxt "menu"\nmsgid "Close"\nmsgstr "Fermer"\n')
    doc = read_bilingual(write(tmp_path, "fr.po", po))
    assert [(u.id, u.line) for u in doc.units] == [("Open", 7), ("One file[0]", 14), ("One file[1]", 16),
                                                   ("menu|Close", 20)]


@pytest.mark.parametrize("encoding,charset", [("iso-8859-1", "ISO-8859-1"), ("utf-16", "UTF-8"),
                                              ("cp1252", "CP1252"), ("utf-8", "CHARSET")])
def test_po_in_its_declared_charset_or_with_a_bom(tmp_path, encoding, charset):
    po = PO_HEAD.format(charset=charset) + 'msgid "The coffee is ready."\nmsgstr "Le café est prêt."\n'
    doc = read_bilingual(write(tmp_path, "c.po", po, encoding))
    assert doc.units[0].target == "Le café est prêt." and doc.units[0].line == 7


def test_po_bad_bytes_or_nul_are_clear_errors(tmp_path):
    po = PO_HEAD.format(charset="UTF-8") + 'msgid "a"\nmsgstr "caf\xe9"\n'
    with pytest.raises(InputError, match="UTF-8"):
        read_bilingual(write(tmp_path, "a.po", po, "latin-1"))
    with pytest.raises(InputError, match="looks like a binary file"):
        read_bilingual(write(tmp_path, "b.po", PO_HEAD.format(charset="UTF-8") + 'msgid "a"\nmsgstr "b\x00c"\n'))
    with pytest.raises(InputError, match="charset"):
        read_bilingual(write(tmp_path, "c.po", PO_HEAD.format(charset="klingon") + 'msgid "a"\nmsgstr "b"\n'))


def test_internal_entities_are_written_out_and_external_ones_refused(tmp_path):
    body = ('<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
            '<trans-unit id="x1"><source>Brand</source><target>Mot &brand; fin</target></trans-unit>\n</body></file>')
    internal = ('<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY brand "Acme">]>\n'
                '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n' + body + "\n</xliff>\n")
    doc = read_bilingual(write(tmp_path, "i.xlf", internal))
    assert doc.units[0].target == "Mot Acme fin" and doc.units[0].line == 5
    external = internal.replace('<!ENTITY brand "Acme">', '<!ENTITY brand SYSTEM "file:///etc/hostname">')
    with pytest.raises(InputError, match="external entity &brand;"):
        read_bilingual(write(tmp_path, "e.xlf", external))


def test_the_notes_mtaudit_wrote_are_not_read_back_as_the_translators(tmp_path):
    body = ('<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
            '<trans-unit id="1"><source>3 cats</source><target>4 chats</target><note>Keep short.</note>'
            '<note from="mtaudit" priority="2">MTA901 number-mismatch (major)</note></trans-unit>\n</body></file>')
    doc = read_bilingual(write(tmp_path, "n.xlf", XLIFF12.format(files=body)))
    assert doc.units[0].notes == ["Keep short."]


def test_two_files_with_one_stem_keep_their_own_reports(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    write(d, "msgs.po", PO_HEAD.format(charset="UTF-8") + 'msgid "Open %s file"\nmsgstr "Ouvrir le fichier"\n')
    write(d, "msgs.tsv", "id\ten\tfr\nk1\tThe cat has 3 legs.\tLe chat a 4 pattes.\n")
    out = tmp_path / "out"
    main(["audit", str(d), "--out", str(out), "--format", "json,sarif", "--quiet"])
    po, tsv = (json.loads((out / f"msgs_{k}.json").read_text()) for k in ("po", "tsv"))
    assert po["article"]["id"] == "msgs_po" and po["units"][0]["id"] == "Open %s file"
    assert tsv["article"]["id"] == "msgs_tsv" and tsv["units"][0]["id"] == "k1"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads((out / "mtaudit.sarif").read_text())["runs"][0]["results"]}
    assert {u.rsplit("/", 1)[-1] for u in uris} == {"msgs.po", "msgs.tsv"}


def test_a_table_in_a_folder_that_is_not_utf8_is_an_error_not_skipped(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    write(d, "good.tsv", "id\ten\tfr\nk1\tThe cat.\tLe chat.\n")
    write(d, "latin1.tsv", "id\ten\tfr\nk1\tThe coffee.\tLe café.\n", "latin-1")
    write(d, "u16.tsv", codecs.BOM_UTF16_LE + "id\ten\tfr\nk1\tThe tea.\tLe thé.\n".encode("utf-16-le"))
    out = tmp_path / "out"
    assert main(["audit", str(d), "--out", str(out), "--format", "json", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "latin1.tsv" in err and "UTF-8" in err
    assert sorted(p.stem for p in out.glob("*.json")) == ["good", "u16"]
    assert json.loads((out / "u16.json").read_text())["units"][0]["target"] == "Le thé."


def test_units_marked_not_to_translate_are_not_checked(tmp_path):
    from mtaudit.config import Config
    from mtaudit.l10n.audit import audit_bilingual
    from mtaudit.l10n.memory import TranslationMemory
    from mtaudit.pipeline import Auditor

    english = "Powered by the Acme Cloud Platform for teams"
    body = ('<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
            '<trans-unit id="1"><source>Open the file.</source><target>Ouvrez le le fichier.</target></trans-unit>\n'
            f'<trans-unit id="2" translate="no"><source>{english}</source><target>{english}</target></trans-unit>\n'
            f'<group translate="no"><trans-unit id="3"><source>{english}</source><target>{english}</target></trans-unit>'
            '</group>\n'
            f'<group translate="no"><trans-unit id="4" translate="yes"><source>{english}</source><target>{english}</target>'
            '</trans-unit></group>\n</body></file>')
    doc = read_bilingual(write(tmp_path, "tn.xlf", XLIFF12.format(files=body)))
    assert [u.translate for u in doc.units] == [True, False, False, True]
    memory = TranslationMemory()
    memory.add_document(doc)
    report = audit_bilingual(Auditor(Config()), doc, memory)
    assert {f["unit"] for f in report["findings"]} == {"1", "4"}  # unit 4 says yes inside a "no" group
    assert any(f["rule"] == "MTA906" for f in report["findings"] if f["unit"] == "4")  # a copied target: judged whole
    assert report["units"][1]["translate"] is False and "translate" not in report["units"][0]
    assert report["article"]["words"] == 4 + len(english.split())  # blanked units are not counted


def test_a_unit_not_to_translate_must_keep_its_source(tmp_path):
    from mtaudit.pipeline import Auditor

    body = ('<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
            '<trans-unit id="1" translate="no"><source>Acme Smart Sync</source>'
            '<target>Synchronisation intelligente Acme</target></trans-unit>\n'
            '<trans-unit id="2" translate="no"><source>Acme Cloud</source><target> Acme  Cloud</target></trans-unit>\n'
            '<trans-unit id="3" translate="no"><source>Acme Drive</source></trans-unit>\n'
            '<trans-unit id="4"><source>Smart Sync</source><target>Synchronisation intelligente</target></trans-unit>\n'
            '</body></file>')
    doc = read_bilingual(write(tmp_path, "lk.xlf", XLIFF12.format(files=body)))
    report = Auditor().audit(doc.article())
    got = [(f["rule"], f["unit"], f["text"], f["source_text"]) for f in report["findings"]]
    assert got == [("MTA917", "1", "Synchronisation intelligente Acme", "Acme Smart Sync")]
    assert report["findings"][0]["severity"] == "major"


def test_the_sheet_says_a_unit_is_not_to_be_translated(tmp_path):
    english = "Powered by the Acme Cloud Platform"
    body = ('<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
            '<trans-unit id="1"><source>Open the file.</source><target>Ouvrez le fichier.</target></trans-unit>\n'
            f'<trans-unit id="2" translate="no"><source>{english}</source><target>{english}</target></trans-unit>\n'
            '</body></file>')
    src = write(tmp_path, "tn.xlf", XLIFF12.format(files=body))
    out = tmp_path / "out"
    assert main(["--no-config", "audit", str(src), "--out", str(out), "--format", "json,html", "--quiet"]) == 0
    assert json.loads((out / "tn.json").read_text())["findings"] == []
    assert "not to be translated: only checked to be kept as written" in (out / "tn.html").read_text()


def test_an_id_written_twice_gets_a_number_so_each_finding_names_its_own_unit(tmp_path):
    from mtaudit.pipeline import Auditor

    doc = read_bilingual(write(tmp_path, "dup.tsv", "id\tsource\ttarget\na\tHello\tBonjour le le monde\n"
                                                    "a\tBye\tAu revoir revoir\na (2)\tYes\tOui\n"))
    assert [u.id for u in doc.units] == ["a", "a (3)", "a (2)"]
    report = Auditor().audit(doc.article())
    targets = {u["id"]: u["target"] for u in report["units"]}
    assert len(targets) == 3
    got = [(f["unit"], f["text"]) for f in report["findings"] if f["rule"] == "MTA700"]
    assert got == [("a", "le le"), ("a (3)", "revoir revoir")]
    assert all(targets[f["unit"]][f["start"]:f["end"]] == f["text"] for f in report["findings"])


def test_the_word_model_reads_a_units_findings_where_the_unit_stands(tmp_path):
    """A bilingual file's findings count in their unit's target; the word model places them on the
    joined text's tokens, so a unit's finding weighs on that unit's words, not the first unit's."""
    from mtaudit.pipeline import Auditor
    from mtaudit.read.bilingual import read_bilingual
    from mtaudit.score.words import word_features

    p = tmp_path / "w.tsv"
    p.write_text("id\tsource\ttarget\n1\tThe weather is fine today in Paris.\tIl fait beau aujourd'hui à Paris.\n"
                 "2\tHello\tBonjour le le monde entier, dit le ministre.\n", encoding="utf-8")
    doc = read_bilingual(p)
    article = doc.article()
    report = Auditor().audit(article)
    f = next(f for f in report["findings"] if f["rule"] == "MTA700")
    assert f["unit"] == "2" and doc.units[1].target[f["start"]:f["end"]] == "le le"
    from mtaudit.detect.context import Context
    from mtaudit.pipeline import _word_tokens

    tokens = _word_tokens(Context(article))
    at = article.meta["unit_offsets"][1]
    placed = [dict(x, start=x["start"] + at, end=x["end"] + at) for x in report["findings"]]
    want = word_features(article.text, tokens, placed)
    got = {k: v for k, v in report["score"]["features"].items() if k in want}
    assert got == {k: round(v, 4) for k, v in want.items()}  # the report keeps 4 decimals


@pytest.mark.parametrize("name,sep", [("ok2.tsv", "\t"), ("ok3.csv", ",")])
def test_a_wrong_target_column_on_a_source_target_table_is_an_error(tmp_path, capsys, name, sep):
    """A header `source, target` with --target-column nope: the same error as for a header `source, fr`
    (it was audited as plain text, or said "no column 'text'" for a .csv)."""
    p = write(tmp_path, name, f"source{sep}target\nSave.{sep}Enregistrer.\n")
    assert main(["--no-config", "audit", str(p), "--target-column", "nope", "--out", str(tmp_path / "o"), "-q"]) == 2
    err = capsys.readouterr().err
    assert "no column 'nope' in the header (source, target)" in err and "--text-column" not in err


# -- the QA sweep of the readers (2026-12-03) ---------------------------------------------------

XLIFF_ONE = ('<?xml version="1.0" encoding="{enc}"?>\n{prolog}<xliff version="1.2" '
             'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="a" source-language="en" '
             'target-language="fr" datatype="plaintext"><body>\n<trans-unit id="1"><source>Hello</source>'
             '<target>Bonjour</target></trans-unit>\n</body></file>\n</xliff>\n')


@pytest.mark.parametrize("case", ["utf16", "comment", "late"])
def test_xml_files_are_sniffed_past_their_prolog_and_in_their_encoding(tmp_path, case):
    from mtaudit.read.bilingual import sniff_xml

    if case == "utf16":
        data = XLIFF_ONE.format(enc="UTF-16", prolog="").encode("utf-16")  # with its byte-order mark
    elif case == "comment":
        data = XLIFF_ONE.format(enc="UTF-8", prolog="<!-- uses <b> tags -->\n").encode()
    else:
        data = XLIFF_ONE.format(enc="UTF-8", prolog="<!-- " + "padding " * 1000 + "-->\n").encode()
    p = write(tmp_path, "a.xml", data)
    assert sniff_xml(p) == "xliff"
    assert [(u.source, u.target) for u in read_bilingual(p).units] == [("Hello", "Bonjour")]
    tmx = write(tmp_path, "m.xml", '<?xml version="1.0"?>\n<!DOCTYPE tmx [ <!ENTITY x "<y>"> ]>\n<!-- <b> -->\n'
                '<tmx version="1.4"><header srclang="en"/><body/></tmx>')
    assert sniff_xml(tmx) == "tmx"
    assert sniff_xml(write(tmp_path, "page.xml", "<!-- <xliff> -->\n<html><body>x</body></html>")) is None


def test_tmx_target_is_only_ever_the_french_variant(tmp_path):
    p = write(tmp_path, "m.tmx", '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body>\n'
              '<tu tuid="1"><tuv xml:lang="en"><seg>Hi</seg></tuv><tuv xml:lang="fr"><seg>Salut</seg></tuv></tu>\n'
              '<tu tuid="2"><tuv xml:lang="en"><seg>Bye</seg></tuv><tuv xml:lang="de"><seg>Tschüss</seg></tuv></tu>\n'
              '<tu tuid="3"><tuv xml:lang="fr"><seg>Seulement en français</seg></tuv></tu>\n</body></tmx>\n')
    doc = read_bilingual(p)
    assert doc.target_language == "fr"
    (u1, u2, u3) = doc.units
    assert (u1.source, u1.target, u1.notes) == ("Hi", "Salut", [])
    assert (u2.source, u2.target) == ("Bye", "") and "French" in u2.notes[0]  # never the German
    assert (u3.source, u3.target) == ("", "Seulement en français") and "en" in u3.notes[0]


def test_tmx_without_french_anywhere_is_refused_by_its_languages(tmp_path):
    p = write(tmp_path, "de.tmx", '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/><body>\n'
              '<tu><tuv xml:lang="en"><seg>Bye</seg></tuv><tuv xml:lang="de"><seg>Tschüss</seg></tuv></tu>\n'
              '</body></tmx>\n')
    with pytest.raises(InputError, match="target language is 'de'"):
        read_bilingual(p)


def test_po_plural_forms_are_plain_strings_each_its_own_unit(tmp_path):
    p = write(tmp_path, "pl.po", PO_HEAD.format(charset="UTF-8") +
              'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d fichier"\nmsgstr[1] "%d fichiers"\n')
    doc = read_bilingual(p)
    assert [(u.id, u.source, u.target) for u in doc.units] == [
        ("%d file[0]", "%d file", "%d fichier"), ("%d file[1]", "%d files", "%d fichiers")]
    assert all(type(x) is str for u in doc.units for x in (u.id, u.source, u.target))


def test_xliff_files_naming_one_french_or_none_are_one_file(tmp_path):
    two = lambda a, b: XLIFF12.format(files="\n".join(  # noqa: E731
        FILE12.format(name=n, src="Hi", tgt="Salut").replace('target-language="fr"', lang)
        for n, lang in (("a", a), ("b", b))))
    for a, b in (('target-language="fr-FR"', 'target-language="fr-fr"'),
                 ('target-language="fr-FR"', 'target-language="fr-CA"'), ("", 'target-language="fr"')):
        assert language_of(read_bilingual(write(tmp_path, "t.xlf", two(a, b)))) == "fr"
    with pytest.raises(InputError, match=r"different target languages \(fr, de\)"):
        read_bilingual(write(tmp_path, "t.xlf", two('target-language="fr"', 'target-language="de"')))
    # no target-language anywhere: the <target xml:lang>, else a clear refusal without "None"
    bare = two("", "").replace("<target>", '<target xml:lang="fr-CA">')
    assert read_bilingual(write(tmp_path, "t.xlf", bare)).target_language == "fr-CA"
    with pytest.raises(InputError) as e:
        read_bilingual(write(tmp_path, "t.xlf", two("", "")))
    assert "not stated" in str(e.value) and "None" not in str(e.value)


def language_of(doc):
    from mtaudit.read.bilingual import language_base

    return language_base(doc.target_language)


def test_a_trans_unit_without_an_id_gets_its_position(tmp_path):
    text = XLIFF12.format(files=FILE12.format(name="a", src="Hi", tgt="Salut").replace(
        '<trans-unit id="1">', '<trans-unit id="1"><source>Bye</source><target>Au revoir</target></trans-unit>'
        '<trans-unit>'))
    doc = read_bilingual(write(tmp_path, "noid.xlf", text))
    assert [u.id for u in doc.units] == ["1", "#2"]
    assert not any("\x04" in u.id for u in doc.units)


def test_a_position_id_never_takes_an_id_the_file_writes(tmp_path):
    """Real ids win: an id-less unit whose position ("#2") or row number ("3") is another unit's id gets
    "#" in front; the unit that has that id keeps it."""
    units = ('<trans-unit id="1"><source>A</source><target>A</target></trans-unit>'
             '<trans-unit><source>B</source><target>B</target></trans-unit>'
             '<trans-unit id="#2"><source>C</source><target>C</target></trans-unit>')
    text = XLIFF12.format(files=FILE12.format(name="a", src="Hi", tgt="Salut").replace(
        '<trans-unit id="1"><source>Hi</source><target>Salut</target></trans-unit>', units))
    assert [u.id for u in read_bilingual(write(tmp_path, "pos.xlf", text)).units] == ["1", "##2", "#2"]
    x2 = ('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">'
          '<unit><segment><source>A.</source><target>A.</target></segment>'
          '<segment><source>B.</source><target>B.</target></segment></unit>'
          '<unit id="#1"><segment><source>C.</source><target>C.</target></segment></unit></file></xliff>')
    assert [u.id for u in read_bilingual(write(tmp_path, "pos2.xlf", x2)).units] == ["##1", "##1#2", "#1"]
    table = "id\tsource\ttarget\n3\tA\tA\n\tB\tB\n"  # the id-less row is on line 3
    assert [u.id for u in read_bilingual(write(tmp_path, "pos.tsv", table)).units] == ["3", "#3"]


RAGGED = "id\tsource\ttarget\nk1\tHi\tSalut\textra\tmore\nk2\tBye\nk3\tYes\tOui\tlast\n"


def test_ragged_table_rows_are_kept_and_noted_once_per_file(tmp_path, capsys):
    doc = read_bilingual(write(tmp_path, "r.tsv", RAGGED))
    k1, k2, k3 = doc.units
    assert k1.target == "Salut" and any("extra | more" in n for n in k1.notes)
    assert (k2.source, k2.target) == ("Bye", "")
    assert len(doc.warnings) == 2  # one for the long rows, one for the short ones
    assert "2 rows have more cells than the header (lines 2, 4)" in doc.warnings[0]
    assert "1 row ends before its source or target column (line 3)" in doc.warnings[1]
    assert capsys.readouterr().err == ""  # the reader says nothing: each front door does
    assert read_bilingual(write(tmp_path, "ok.tsv", "id\tsource\ttarget\nk1\tHi\tSalut\t\n")).warnings == []


@pytest.mark.parametrize("command", ["audit", "check"])
def test_ragged_rows_are_said_once_by_audit_and_check(tmp_path, capsys, command):
    path = write(tmp_path, "r.tsv", RAGGED)
    args = [command, str(path), "--no-config", "--select", "markup"]
    main(args + (["--out", str(tmp_path / "out"), "-q"] if command == "audit" else []))
    err = capsys.readouterr().err
    assert err.count("r.tsv") == 2  # one line for the long rows, one for the short ones
    assert "mtaudit: warning: " in err and "2 rows have more cells than the header (lines 2, 4)" in err
    assert "1 row ends before its source or target column (line 3)" in err


def test_xliff2_cp_is_the_character_it_encodes(tmp_path):
    text = ('<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
            'srcLang="en" trgLang="fr"><file id="f"><unit id="1"><segment><source>100 km</source>'
            '<target>100<cp hex="00A0"/>km<cp hex="zz"/>.</target></segment></unit></file></xliff>\n')
    (u,) = read_bilingual(write(tmp_path, "cp.xlf", text)).units
    assert u.target == "100\u00a0km\ufffd."


def test_a_semicolon_csv_is_a_bilingual_table(tmp_path):
    from mtaudit.read.inputs import kind_for

    p = write(tmp_path, "s.csv", 'id;source;target\n1;Hello, you;"Bonjour; toi"\n2;Bye;Au revoir\n')
    assert kind_for(p).name == "bilingual"
    assert [(u.id, u.source, u.target) for u in read_bilingual(p).units] == [
        ("1", "Hello, you", "Bonjour; toi"), ("2", "Bye", "Au revoir")]


def test_a_tsv_with_lone_cr_line_ends_is_read_line_by_line(tmp_path):
    from mtaudit.read.inputs import kind_for

    p = write(tmp_path, "cr.tsv", "source\ttarget\rHello\tBonjour\rBye\tAu revoir\r")
    assert kind_for(p, named=False).name == "bilingual"
    assert [(u.id, u.source, u.target) for u in read_bilingual(p).units] == [
        ("2", "Hello", "Bonjour"), ("3", "Bye", "Au revoir")]


@pytest.mark.parametrize("name", ["bin.xlf", "bin.tmx", "bin.xml"])
def test_a_binary_xliff_or_tmx_is_said_to_be_binary(tmp_path, name):
    p = write(tmp_path, name, b"PK\x03\x04\x14\x00\x00\x00<xliff>")
    if name.endswith(".xml"):
        p = write(tmp_path, name, b'<?xml version="1.0"?><xliff version="1.2">\x00\x01</xliff>')
    with pytest.raises(InputError, match="looks like a binary file"):
        read_bilingual(p)


# -- check takes the bilingual options audit takes (docs sweep, 2026-12-03) ----------------------

def test_check_reads_a_table_by_its_named_columns_with_a_dnt_list(tmp_path, capsys):
    """`check` suggested --source-column/--target-column in its error but did not accept them, nor
    --glossary/--dnt; it takes them as `audit` does (one definition in cli.py)."""
    p = write(tmp_path, "s.tsv", "key\tEnglish\tFrench\nk\tSave\tEnregistrer\n")
    dnt = write(tmp_path, "dnt.txt", "Save\n")
    assert main(["--no-config", "check", str(p)]) == 2
    assert "--source-column/--target-column" in capsys.readouterr().err
    code = main(["--no-config", "check", str(p), "--source-column", "English", "--target-column", "French",
                 "--id-column", "key", "--dnt", str(dnt)])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and [u["id"] for u in report["units"]] == ["k"]
    assert [(f["rule"], f["unit"]) for f in report["findings"]] == [("MTA916", "k")]
    glossary = write(tmp_path, "terms.csv", "source,target\nSave,Sauvegarder\n")
    assert main(["--no-config", "check", str(p), "--source-column", "English", "--target-column", "French",
                 "--glossary", str(glossary), "--select", "MTA914"]) == 1
    assert [f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]] == ["MTA914"]


def test_a_resident_worker_answers_check_with_the_bilingual_options(tmp_path, monkeypatch):
    """The worker runs the command line it is sent: the same options, the same answer."""
    from mtaudit import worker

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "c"))
    p = write(tmp_path, "s.tsv", "key\tEnglish\tFrench\nk\tSave\tEnregistrer\n")
    write(tmp_path, "dnt.txt", "Save\n")
    reply = worker._handle({"argv": ["check", "--no-config", "s.tsv", "--source-column", "English",
                                     "--target-column", "French", "--id-column", "key", "--dnt", "dnt.txt"],
                            "cwd": str(tmp_path), "env": worker._env()})
    assert reply["rc"] == 1, reply["stderr"]
    assert [f["unit"] for f in json.loads(reply["stdout"])["findings"]] == ["k"]


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="main.cpp" line="12"/>
        <source>Open the file</source>
        <translation>Ouvrir la fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) deleted</source>
        <translation>
            <numerusform>%n fichier supprimé</numerusform>
            <numerusform>%n fichiers supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <comment>verb, toolbar</comment>
        <translation type="unfinished">Enregistrer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Quitter</translation>
    </message>
</context>
</TS>
"""


def test_qt_ts_messages_are_units_with_their_context_forms_and_lines(tmp_path):
    doc = read_bilingual(write(tmp_path, "app_fr.ts", TS))
    assert doc.format == "ts" and doc.target_language.lower() == "fr-fr"
    assert [(u.id, u.source, u.target, u.plural, u.line) for u in doc.units] == [
        ("MainWindow|Open the file", "Open the file", "Ouvrir la fichier", None, 6),
        ("MainWindow|%n file(s) deleted[0]", "%n file(s) deleted", "%n fichier supprimé", 0, 11),
        ("MainWindow|%n file(s) deleted[1]", "%n file(s) deleted", "%n fichiers supprimés", 1, 11),
        ("MainWindow|verb, toolbar|Save", "Save", "Enregistrer", None, 18)]  # the vanished message left out
    assert doc.units[3].state == "fuzzy" and doc.units[0].state == "translated"


def test_a_ts_file_is_audited_and_its_plural_forms_are_no_inconsistency(tmp_path):
    write(tmp_path, "app_fr.ts", TS)
    write(tmp_path, "code.ts", "export const answer: number = 42;\n")  # TypeScript: not a bilingual file
    main(["--no-config", "audit", str(tmp_path), "--out", str(tmp_path / "o"), "--format", "json", "-q"])
    assert sorted(p.name for p in (tmp_path / "o").glob("*.json")) == ["app_fr.json"]
    found = json.loads((tmp_path / "o" / "app_fr.json").read_text(encoding="utf-8"))["findings"]
    assert ("MTA501", "MainWindow|Open the file") in [(f["rule"], f["unit"]) for f in found]
    assert [f for f in found if f["rule"] == "MTA912"] == []


def test_a_ts_file_with_another_root_or_broken_xml_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="not Qt TS"):
        read_bilingual(write(tmp_path, "x_fr.ts", '<?xml version="1.0"?><xliff version="1.2"/>'))
    with pytest.raises(InputError, match="malformed XML"):
        read_bilingual(write(tmp_path, "y_fr.ts", '<?xml version="1.0"?><TS language="fr"><context>'))
