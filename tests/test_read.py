"""Reading articles: exact text, offsets, paragraphs, sentences, words, bad input."""

import pytest

from conftest import SEEDS

from mtaudit.read import Article, InputError, count_words, discover, read_article


def sentences(text):
    return [s.text for s in Article.from_text(text).sentences]


def test_bom_removed_and_text_otherwise_untouched(tmp_path):
    raw = "\ufeffLigne un.  \r\nLigne\u00a0deux\u202f!\n\n"
    p = tmp_path / "a.txt"
    p.write_bytes(raw.encode("utf-8"))
    a = read_article(p)
    assert a.text == raw[1:]
    assert a.id == "a"


def test_article_id_is_file_stem():
    a = read_article(SEEDS / "004_64d9f94697e5759b.txt")
    assert a.id == "004_64d9f94697e5759b"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_spans_are_exact_offsets(path):
    a = read_article(path)
    for group in (a.lines, a.paragraphs, a.sentences, a.word_spans):
        for s in group:
            assert a.text[s.start:s.end] == s.text and s.text.strip() == s.text
    starts = [s.start for s in a.sentences]
    assert starts == sorted(starts)
    assert all(x.end <= y.start for x, y in zip(a.sentences, a.sentences[1:]))


def test_abbreviations_initials_numbers_do_not_split():
    assert sentences("M. Dupont est arrivé. Mme Durand aussi.") == ["M. Dupont est arrivé.", "Mme Durand aussi."]
    assert len(sentences("Donald J. Trump a parlé avec les É.-U. hier soir.")) == 1
    assert len(sentences("Ils ont envoyé 25 000 soldats le 27 mars 2025 à 10 h 30.")) == 1
    assert len(sentences("Le taux est de 3.5 % environ, cf. le rapport p. 12.")) == 1


def test_guillemets_keep_quoted_sentences_together():
    text = "« Nous avons besoin du personnel. Tout de suite. » a déclaré un responsable. Puis il est parti."
    assert sentences(text) == ["« Nous avons besoin du personnel. Tout de suite. » a déclaré un responsable.",
                               "Puis il est parti."]
    assert sentences("Il a dit : « C'est fini. » Elle a répondu non.") == ["Il a dit : « C'est fini. »",
                                                                         "Elle a répondu non."]


def test_sentences_do_not_cross_lines():
    assert sentences("Un titre sans point\nLe texte commence. Il continue") == [
        "Un titre sans point", "Le texte commence.", "Il continue"]


def test_paragraphs_split_on_blank_lines():
    a = Article.from_text("Premier.\nSuite.\n\n\nSecond paragraphe.\n")
    assert [p.text for p in a.paragraphs] == ["Premier.\nSuite.", "Second paragraphe."]


def test_words_counted_one_way():
    assert count_words("Aujourd'hui, l'OTAN a envoyé 25 000 soldats — c'est-à-dire beaucoup.") == 9
    a = Article.from_text("Un deux trois.")
    assert a.words == 3 == len(a.word_spans)


def test_line_col_is_one_based_code_points():
    a = Article.from_text("é\nabc « x »")
    assert a.line_col(0) == (1, 1)
    assert a.line_col(a.text.index("x")) == (2, 7)
    for breaks in ("\r", "\r\n"):  # a CR alone and CRLF end a line, as in editors
        b = Article.from_text(breaks.join(["Un.", "Deux.", "Trois z."]))
        assert b.line_col(b.text.index("z")) == (3, 7)


@pytest.mark.parametrize("content,needle", [
    (b"\x00\x01\x02binary\xff", "binary"),
    (b"caf\xe9 au lait", "not valid UTF-8"),
    (b"", "empty"),
    (b"  \n\n ", "empty"),
])
def test_bad_files_raise_clear_errors(tmp_path, content, needle):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as e:
        read_article(p)
    assert needle in str(e.value) and str(p) in str(e.value)
    assert "\n" not in str(e.value)


def test_discover_reports_missing_and_empty_folders(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "texts" / "sub").mkdir(parents=True)
    (tmp_path / "texts" / "sub" / "b.md").write_text("Bonjour.", encoding="utf-8")
    (tmp_path / "texts" / "a.txt").write_text("Bonjour.", encoding="utf-8")
    (tmp_path / "texts" / "skip.pdf").write_text("x", encoding="utf-8")
    files, errors = discover([str(tmp_path / "texts"), str(tmp_path / "empty"), str(tmp_path / "nope")])
    assert [f.name for f in files] == ["a.txt", "b.md"]
    assert len(errors) == 2
    assert "no such file" in str(errors[1]) and "has no" in str(errors[0])
