"""Input kinds (mtaudit/read/inputs.py): bilingual files are a registered kind like the others,
taken by suffix or by content, read together in a run and alone by `check`."""
from pathlib import Path

from mtaudit.read.inputs import KINDS, folder_suffixes, keep_found, kind_for, read_file

L10N = Path(__file__).parent / "data" / "l10n"


def test_bilingual_files_are_a_registered_kind():
    assert kind_for(L10N / "app.xlf").name == "bilingual"
    assert kind_for(L10N / "messages.po").name == "bilingual"
    assert kind_for(L10N / "memory.tmx").name == "bilingual"
    assert kind_for(L10N / "strings.csv").name == "bilingual"  # a target column: units, not corpus rows


def test_content_decides_for_csv_tsv_and_xml(tmp_path):
    rows = tmp_path / "rows.csv"
    rows.write_text("title,text\nUn,Bonjour.\n", encoding="utf-8")
    assert kind_for(rows).name == "corpus"
    ids = tmp_path / "ids.csv"  # "id" is a column name, not Indonesian
    ids.write_text("id,text\n1,Bonjour.\n", encoding="utf-8")
    assert kind_for(ids).name == "corpus"
    coded = tmp_path / "coded.csv"
    coded.write_text("en,fr-FR\nHello.,Bonjour.\n", encoding="utf-8")
    assert kind_for(coded).name == "bilingual"
    notes = tmp_path / "notes.tsv"
    notes.write_text("a\tb\n", encoding="utf-8")
    assert kind_for(notes).name == "text" and not keep_found(notes)
    page = tmp_path / "page.xml"
    page.write_text("<html><body>x</body></html>", encoding="utf-8")
    assert kind_for(page).name == "text" and not keep_found(page)
    assert keep_found(L10N / "strings.tsv") and keep_found(L10N / "app.xlf")


def test_folder_search_suffixes_keep_their_order():
    assert folder_suffixes() == (".txt", ".md", ".markdown", ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".tmx",
                                 ".po", ".pot", ".ts", ".tsv", ".xml")
    assert ".csv" not in folder_suffixes()  # a folder's .csv may be a corpus: read only when named
    assert KINDS["bilingual"].batch is not None


def test_a_bilingual_file_read_alone_is_one_article_with_its_units():
    article = read_file(L10N / "app.xlf", id="renamed")
    assert article.id == "renamed" and article.meta["bilingual"].id == "renamed"
    assert article.meta["bilingual"].units and article.meta["memory"] is not None
    assert read_file(L10N / "app.xlf").id == "app"


def test_a_named_tsv_that_is_a_table_without_known_columns_is_an_error_not_prose(tmp_path):
    import pytest

    from mtaudit.read.loader import InputError

    hdr = tmp_path / "hdr.tsv"
    hdr.write_text("key\tEnglish\tFrench\nk1\tSave the file now\tEnregistrer le fichier maintenant , ok\n",
                   encoding="utf-8")
    assert kind_for(hdr).name == "bilingual" and not keep_found(hdr)  # in a folder: left alone
    with pytest.raises(InputError) as e:
        read_file(hdr)
    assert "key, English, French" in str(e.value) and "--source-column/--target-column" in str(e.value)
    cr = tmp_path / "cr.tsv"  # lone CR line ends: still a table
    cr.write_bytes(b"key\tEnglish\tFrench\rk1\tSave\tEnregistrer\r")
    assert kind_for(cr).name == "bilingual"
    prose = tmp_path / "prose.tsv"  # no tabs: text, as before
    prose.write_text("Le sommet a eu lieu à Paris.\nIl a duré deux jours.\n", encoding="utf-8")
    assert kind_for(prose).name == "text"


def test_a_named_tsv_without_columns_fails_alone_in_a_batch(tmp_path, capsys):
    from mtaudit.cli import main

    (tmp_path / "hdr.tsv").write_text("key\tEnglish\tFrench\nk1\tSave\tEnregistrer\n", encoding="utf-8")
    (tmp_path / "ok.tsv").write_text("id\ten\tfr\nk1\tSave\tEnregistrer\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(["audit", str(tmp_path / "hdr.tsv"), str(tmp_path / "ok.tsv"), "--out", str(out),
                 "--format", "json", "--quiet"])
    assert code == 2 and sorted(p.stem for p in out.glob("*.json")) == ["ok"]
    assert "hdr.tsv: no column 'source' or 'target'" in capsys.readouterr().err


def test_a_folder_of_only_unclaimed_tsv_and_xml_files_is_an_error(tmp_path, capsys):
    from mtaudit.cli import main

    d = tmp_path / "in"
    d.mkdir()
    (d / "notes.tsv").write_text("a\tb\n", encoding="utf-8")
    (d / "page.xml").write_text("<html><body>x</body></html>", encoding="utf-8")
    assert main(["audit", str(d), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "no file to audit: 2 .tsv/.xml files found are not bilingual" in err and "notes.tsv, page.xml" in err


def test_html_in_its_declared_charset(tmp_path):
    import pytest

    from mtaudit.read.loader import InputError

    page = tmp_path / "latin.html"
    page.write_bytes('<html><head><meta charset="iso-8859-1"></head><body><p>Le café est très bon.</p></body>'
                     '</html>'.encode("latin-1"))
    assert read_file(page).text.strip() == "Le café est très bon."
    equiv = tmp_path / "equiv.html"
    equiv.write_bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
                      '</head><body><p>L’été.</p></body></html>'.encode("cp1252"))
    assert read_file(equiv).text.strip() == "L’été."
    bare = tmp_path / "bare.html"  # no charset declared: bytes that are not UTF-8 are still an error
    bare.write_bytes("<p>Le café</p>".encode("latin-1"))
    with pytest.raises(InputError, match="not valid UTF-8"):
        read_file(bare)


def test_html_with_an_unknown_marked_section_is_read(tmp_path):
    """'<![' with no name or an unknown keyword made Python 3.11's HTML parser raise AssertionError:
    the file could not be read and `audit` stopped with a traceback. It is dropped up to its '>'
    (a bogus comment, as browsers read it), the offsets of the rest unchanged."""
    from mtaudit.read.html_input import html_to_text

    page = "<p>Le conseil.</p>\n<![foo bar]>\n<![ x]><p>Fin\ndu texte.</p><![if !IE]><p>IE</p><![endif]>"
    got = html_to_text(page)
    assert got.text == "Le conseil.\n\nFin du texte.\n\nIE"
    s = got.text.index("Fin")
    assert got.html_span(s, s + len("Fin du texte")) == (page.index("Fin"), page.index("texte") + len("texte"))
    assert html_to_text("<p>A</p><![foo").text == "A\n\n<![foo"  # unclosed at the end: text, as before
    f = tmp_path / "page.html"
    f.write_text("<html><body>" + page + "</body></html>", encoding="utf-8")
    assert read_file(str(f)).text == got.text
    # the service's word count reads HTML with the same parser (read.html_input._Parser)
    from mtaudit.read.html_input import html_plain_text

    assert html_plain_text(page).split() == got.text.split()


def test_html_elements_the_page_hides_are_not_read():
    """LibreOffice's help writes a key for each system and hides all but one (« <span hidden> »); Sphinx's
    search box waits for its script under « display: none ». A reader sees none of it, so the rules read
    none of it; aria-hidden text is shown, and where the hidden element is left open, the text after its
    parent's end is read (shown rather than lost)."""
    from mtaudit.read.html_input import html_plain_text, html_to_text

    page = ('<p>Appuyez sur <span class="switch"><span hidden="true">Commande</span><span>Ctrl</span></span>'
            ' puis <b aria-hidden="true">Entrée</b>.</p>'
            '<div id="searchbox" style="color: red; display: none" role="search"><h3>Recherche rapide</h3>'
            '<div><span>Go</span></div></div>'
            '<div style="visibility:hidden !important">Caché</div><div style="display: nonesuch">Vu</div>'
            '<details><p hidden="until-found">Trouvable</p></details>'
            '<section><p hidden>Ouvert<br>encore</section><p>Après la section.</p>')
    got = html_to_text(page)
    assert got.text == "Appuyez sur Ctrl puis Entrée.\n\nVu\n\nTrouvable\n\nAprès la section."
    s = got.text.index("Ctrl puis")
    assert got.html_span(s, s + len("Ctrl puis")) == (page.index("Ctrl</span>"), page.index("puis") + 4)
    assert html_plain_text(page).split() == got.text.split()
    assert html_to_text('<p>A <input hidden> B <br hidden/> C</p>').text == "A B C"  # void elements end at once


def test_html_table_cells_are_apart():
    """A man page's attributes table (« wcstok() | Sécurité des threads | MT-Safe ») is read a row to a line with
    a tab between cells, not a space: the rules read two cells' words as a phrase no more (« threads MT-Safe »,
    an English phrase across two cells). The tab maps to the tag that opens the cell; words count the same."""
    from mtaudit.detect.context import Context
    from mtaudit.read.html_input import html_plain_text, html_to_text
    from mtaudit.rules.untranslated.english_text import EnglishText

    page = ('<p>La fonction découpe une chaîne en éléments séparés par des délimiteurs.</p>'
            '<table><tr><td>Interface</td><td>Attribut</td><td>Valeur</td></tr>\n'
            '<tr>\n  <td><b>wcstok</b>()</td>\n  <td>Sécurité des threads</td>\n  <td>MT-Safe</td>\n</tr></table>'
            '<p>Voir <b>strtok</b>(3) et la <i>page</i>  suivante.</p>')
    got = html_to_text(page)
    assert got.text.split("\n")[2:4] == ["Interface\tAttribut\tValeur", "wcstok()\tSécurité des threads\tMT-Safe"]
    assert got.text.endswith("Voir strtok(3) et la page suivante.")  # spaces elsewhere as before
    tab = got.text.index("\tMT-Safe")
    assert page[slice(*got.html_span(tab, tab + 1))].strip() == "<td>"
    assert html_plain_text(page).split() == got.text.split()
    found = [(f.text, f.severity) for f in EnglishText().check(Context.from_text(got.text))]
    assert ("threads MT-Safe", "major") not in found and ("MT-Safe", "minor") in found


def test_man_page_name_line_names_are_code():
    """A man page's NAME section gives the programs' names before its dash (« sensible-editor, sensible-pager -
    lance un éditeur… »): names, code as its bold text is; the description after the dash is the page's prose.
    Only the first section of mandoc's body, and only before the dash."""
    from mtaudit.read.html_input import html_to_text

    page = ('<table class="head"><tr><td>SENSIBLE(1)</td></tr></table><div class="manual-text">'
            '<section class="Sh"><h1 class="Sh" id="NOM"><a class="permalink" href="#NOM">NOM</a></h1>'
            '<p class="Pp">sensible-editor, sensible-pager - lance un éditeur ou un pager</p></section>'
            '<section class="Sh"><h1 class="Sh" id="DESCRIPTION">DESCRIPTION</h1>'
            '<p class="Pp">auto-cleanup - ceci n’est pas une ligne de nom</p></section></div>')
    got = html_to_text(page)
    assert [got.text[s:e] for s, e in got.code] == ["sensible-editor, sensible-pager"]
    outside = html_to_text('<div><h1>NOM</h1><p>sensible-editor - lance un éditeur</p></div>')
    assert outside.code == []  # not a man page's body: nothing marked


def test_man_page_head_and_foot_cells_are_furniture():
    """mandoc writes a man page's .TH fields in a table above and below its body (« ARP(8) », « General Commands
    Manual », the date cell « (c) 1997-2002 Gerd Knorr », the source cell): the page's own furniture, so MTA600
    leaves them; still text for the other rules (a manual's title left in English is the translator's). A table
    with the same words and no mandoc classes is nobody's furniture."""
    from mtaudit.read.html_input import html_to_text

    page = ('<table class="head"><tr><td class="head-ltitle">ARP(8)</td><td class="head-vol">General Commands Manual'
            '</td><td class="head-rtitle">ARP(8)</td></tr></table><div class="manual-text"><section class="Sh">'
            '<p class="Pp">arp manipule le cache ARP du noyau.</p></section></div><table class="foot"><tr>'
            '<td class="foot-date">(c) 1997-2002 Gerd Knorr</td><td class="foot-os">net-tools</td></tr></table>')
    got = html_to_text(page)
    assert [got.text[a:b] for a, b in got.furniture] == [got.text]  # head, body and foot: all the page's own
    assert got.code == []
    plain = html_to_text('<table><tr><td>(c) 1997-2002 Gerd Knorr</td><td>net-tools</td></tr></table>')
    assert plain.code == [] and plain.furniture == []
