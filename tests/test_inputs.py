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
                                 ".po", ".pot", ".tsv", ".xml")
    assert ".csv" not in folder_suffixes()  # a folder's .csv may be a corpus: read only when named
    assert KINDS["bilingual"].batch is not None


def test_a_bilingual_file_read_alone_is_one_article_with_its_units():
    article = read_file(L10N / "app.xlf", id="renamed")
    assert article.id == "renamed" and article.meta["bilingual"].id == "renamed"
    assert article.meta["bilingual"].units and article.meta["memory"] is not None
    assert read_file(L10N / "app.xlf").id == "app"
