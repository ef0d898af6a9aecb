"""Corpus inputs: .jsonl, .csv, .parquet and saved datasets, one article per row, bad rows named."""
import csv
import itertools
import json

import pytest

from mtaudit.cli import main
from mtaudit.read import InputError
from mtaudit.read.corpus import Columns, corpus_kind, count_rows, iter_sources, safe_id

GOOD = ["Le conseil municipal a voté le budget mardi soir.",
        "Bonjour {{prenom}}, la réunion est reportée.",
        "Les pompiers sont intervenus rapidement sur place."]


def audit(tmp_path, capsys, *argv):
    out = tmp_path / "out"
    code = main(["audit", *map(str, argv), "--out", str(out), "--format", "json", "--quiet"])
    captured = capsys.readouterr()
    reports = {p.stem: json.loads(p.read_text()) for p in out.glob("*.json")} if out.exists() else {}
    return code, reports, captured.err.strip().splitlines()


def test_jsonl_with_one_bad_row(tmp_path, capsys):
    p = tmp_path / "batch.jsonl"
    rows = [{"id": "a1", "text": GOOD[0]}, {"id": "a2", "text": "   "}, {"id": "a3", "text": GOOD[1]},
            {"id": "a4", "text": GOOD[2]}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code, reports, err = audit(tmp_path, capsys, p)
    assert code == 2
    assert sorted(reports) == ["a1", "a3", "a4"]
    assert len(err) == 1 and "batch.jsonl row 2" in err[0] and "a2" in err[0] and "empty" in err[0]
    assert any(f["rule"] == "MTA103" for f in reports["a3"]["findings"])
    assert reports["a1"]["article"]["path"].endswith("batch.jsonl#row=1")
    index = (tmp_path / "out" / "index.html").read_text()
    assert "batch.jsonl row 2" in index


def test_csv_with_one_bad_row_and_quoted_newlines(tmp_path, capsys):
    p = tmp_path / "articles.csv"
    with open(p, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["slug", "body", "lang"])
        w.writerow(["conseil", GOOD[0] + "\nDeuxième ligne, avec virgule.", "fr"])
        w.writerow(["vide", "", "fr"])
        w.writerow(["nombre", "123", "fr"])  # digits in a CSV are still text
        w.writerow(["reunion", GOOD[1], "fr"])
    code, reports, err = audit(tmp_path, capsys, p, "--text-column", "body", "--id-column", "slug")
    assert code == 2
    assert sorted(reports) == ["conseil", "nombre", "reunion"]
    assert reports["conseil"]["article"]["chars"] == len(GOOD[0] + "\nDeuxième ligne, avec virgule.")
    assert len(err) == 1 and "articles.csv row 2" in err[0] and "vide" in err[0]


def test_ids_fall_back_to_row_numbers(tmp_path, capsys):
    p = tmp_path / "news.jsonl"
    p.write_text("\n".join(json.dumps({"text": t}) for t in GOOD[:2]) + "\n", encoding="utf-8")
    code, reports, err = audit(tmp_path, capsys, p)
    assert code == 1 and not err, err  # news-2 ({{prenom}}) fails the default gate
    assert sorted(reports) == ["news-1", "news-2"]


def test_malformed_json_line_and_non_string_text(tmp_path, capsys):
    p = tmp_path / "mixed.jsonl"
    p.write_text(json.dumps({"id": "ok1", "text": GOOD[0]}) + "\n{\"id\": \"broken\", \"text\": \n"
                 + json.dumps({"id": "num", "text": 42}) + "\n" + json.dumps({"id": "ok2", "text": GOOD[2]}) + "\n",
                 encoding="utf-8")
    code, reports, err = audit(tmp_path, capsys, p)
    assert code == 2
    assert sorted(reports) == ["ok1", "ok2"]
    assert any("mixed.jsonl row 2" in e and "JSON" in e for e in err)
    assert any("mixed.jsonl row 3" in e and "not a string" in e for e in err)


def test_missing_text_column_is_one_error_naming_it(tmp_path, capsys):
    p = tmp_path / "wrong.jsonl"
    p.write_text(json.dumps({"id": "x", "body": GOOD[0]}) + "\n", encoding="utf-8")
    code, reports, err = audit(tmp_path, capsys, p)
    assert code == 2 and reports == {}
    assert len(err) == 1 and "wrong.jsonl" in err[0] and "'text'" in err[0] and "body" in err[0]


def test_parquet_and_saved_dataset(tmp_path, capsys):
    datasets = pytest.importorskip("datasets")
    datasets.disable_progress_bars()  # the test's own writing of its data: no bars on stderr, run alone or not
    ds = datasets.Dataset.from_dict({"id": ["p1", "p2"], "text": [GOOD[0], GOOD[1]], "src": ["The council.", "Hi."]})
    ds.to_parquet(str(tmp_path / "c.parquet"))
    ds2 = datasets.Dataset.from_dict({"id": ["s1", "s2"], "text": [GOOD[2], None]})
    ds2.save_to_disk(str(tmp_path / "saved"))
    assert corpus_kind(tmp_path / "c.parquet") == "parquet" and corpus_kind(tmp_path / "saved") == "saved"
    assert count_rows(tmp_path / "c.parquet") == 2 and count_rows(tmp_path / "saved") == 2
    code, reports, err = audit(tmp_path, capsys, tmp_path / "c.parquet", tmp_path / "saved")
    assert code == 2
    assert sorted(reports) == ["p1", "p2", "s1"]
    assert len(err) == 1 and "saved row 2" in err[0] and "s2" in err[0]
    # the source column travels with the article
    arts = [s.load() for s in iter_sources(tmp_path / "c.parquet", Columns(source="src"))]
    assert arts[0].source == "The council." and arts[0].id == "p1"


def test_rows_are_streamed(tmp_path):
    p = tmp_path / "big.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        for n in range(5000):
            fh.write(json.dumps({"id": f"r{n}", "text": f"Article numéro {n}."}) + "\n")
    it = iter_sources(p)
    first = list(itertools.islice(it, 3))
    assert [s.id for s in first] == ["r0", "r1", "r2"]
    assert first[2].load().text == "Article numéro 2."
    assert count_rows(p) == 5000


def test_row_errors_are_loads_that_raise(tmp_path):
    p = tmp_path / "t.jsonl"
    p.write_text(json.dumps({"id": "a", "text": None}) + "\n", encoding="utf-8")
    (src,) = list(iter_sources(p))
    with pytest.raises(InputError) as e:
        src.load()
    assert "t.jsonl row 1" in str(e.value)


def test_safe_ids():
    assert safe_id("2024/06/élection présidentielle") == "2024_06_élection_présidentielle"
    assert safe_id("../../etc/passwd") == "etc_passwd"
    assert safe_id(17) == "17"


def _loaded(path):
    """(ids of the rows that load, errors of the others) of a corpus file, without auditing."""
    ok, errors = [], []
    for s in iter_sources(path):
        try:
            ok.append(s.load().id)
        except InputError as e:
            errors.append(str(e))
    return ok, errors


def test_a_row_that_is_not_utf8_is_that_rows_error_only(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": GOOD[0]}).encode() + b"\r\n"
                  + '{"id": "latin", "text": "Café au lait"}\n'.encode("latin-1")
                  + json.dumps({"id": "b", "text": GOOD[1]}).encode() + b"\r"
                  + json.dumps({"id": "c", "text": GOOD[2]}).encode() + b"\n")
    ok, errors = _loaded(p)
    assert ok == ["a", "b", "c"]
    assert errors == [f"{p} row 2: not valid UTF-8 (line 2: byte 0xe9 at column 29)"]


def test_a_csv_row_that_is_not_utf8_is_that_rows_error_only(tmp_path):
    p = tmp_path / "mixed.csv"
    rows = [("a", GOOD[0]), ("latin", "Café au lait"), ("b", GOOD[1] + "\nSuite.")]
    p.write_bytes(b"id,text\r\n" + b"".join(
        f'{i},"{t}"\r\n'.encode("latin-1" if i == "latin" else "utf-8") for i, t in rows))
    ok, errors = _loaded(p)
    assert ok == ["a", "b"]
    assert errors == [f"{p} row 2: not valid UTF-8 (byte 0xe9, line 3)"]


@pytest.mark.parametrize("name,content", [("empty.jsonl", b""), ("blank.jsonl", b"\n  \n"),
                                          ("header.csv", b"id,text\r\n")])
def test_a_corpus_without_rows_is_an_error_and_replaces_the_last_summary(tmp_path, capsys, name, content):
    p = tmp_path / name
    p.write_bytes(content)
    out = tmp_path / "out"
    out.mkdir()
    (out / "summary.csv").write_text("id,words,quality,verdict\nold,3,90.0,pass\n", encoding="utf-8")
    (out / "index.html").write_text("<title>mtaudit — old run</title>", encoding="utf-8")
    code, reports, err = audit(tmp_path, capsys, p)
    assert code == 2 and err == [f"mtaudit: error: {p}: no rows (nothing to audit)"]
    assert "old" not in (out / "summary.csv").read_text(encoding="utf-8")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "old run" not in index and "no rows" in index


def test_a_row_over_the_size_limit_is_that_rows_error(tmp_path, monkeypatch):
    from mtaudit.read import corpus

    monkeypatch.setattr(corpus, "MAX_BYTES", 400)  # the file limit (20 MiB), smaller for the test
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"id": "a", "text": GOOD[0]}) + "\n"
                 + json.dumps({"id": "big", "text": "Très long. " * 40}, ensure_ascii=False) + "\n", encoding="utf-8")
    ok, errors = _loaded(p)
    assert ok == ["a"]
    assert errors == [f"{p} row 2 (id 'big'): text too large (480 bytes, limit 400; column 'text'); "
                      "split it into articles"]


def test_a_missing_corpus_file_is_no_such_file(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_sources(tmp_path / "missing.jsonl"))


def test_rows_know_their_first_line_in_the_file(tmp_path):
    """What SARIF, GitHub and JUnit point at: a .jsonl row's line (blank lines and a lone CR count as
    lines, as editors count them), a .csv record's first line (a quoted cell may span lines)."""
    p = tmp_path / "a.jsonl"
    p.write_text('{"id":"a","text":"Un."}\n\n{"id":"b","text":"Deux\\nlignes."}\r{"id":"c","text":"Trois."}\n',
                 encoding="utf-8")
    assert [(s.id, s.load().meta.get("line")) for s in iter_sources(p)] == [("a", 1), ("b", 3), ("c", 4)]
    p = tmp_path / "a.csv"
    p.write_text('id,text\na,"Un\nsur deux lignes."\n\nb,Deux.\nc,"Trois, ""cité"""\n', encoding="utf-8")
    assert [(s.id, s.load().meta.get("line")) for s in iter_sources(p)] == [("a", 2), ("b", 5), ("c", 6)]


def test_same_named_corpus_files_in_different_folders_get_distinct_row_ids(tmp_path, capsys):
    for folder in ("news", "blog"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "rows.jsonl").write_text(
            json.dumps({"text": f"Le maire a inauguré la médiathèque ({folder})."}, ensure_ascii=False) + "\n",
            encoding="utf-8")
    (tmp_path / "other.jsonl").write_text(json.dumps({"text": "Un article."}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["audit", str(tmp_path / "news" / "rows.jsonl"), str(tmp_path / "blog" / "rows.jsonl"),
                 str(tmp_path / "other.jsonl"), "--out", str(out), "--quiet", "--select", "markup"]) == 0
    assert sorted(p.stem for p in out.glob("*.json")) == ["blog__rows-1", "news__rows-1", "other-1"]
    # ids given in a column that collide: the fix --id-column '' is suggested, but not when it is already given
    for folder in ("news", "blog"):
        (tmp_path / folder / "rows.jsonl").write_text(json.dumps({"id": "x", "text": "Un article."}) + "\n",
                                                      encoding="utf-8")
    args = ["audit", str(tmp_path / "news" / "rows.jsonl"), str(tmp_path / "blog" / "rows.jsonl"),
            "--out", str(out), "--quiet", "--select", "markup"]
    assert main(args) == 2
    assert "--id-column ''" in capsys.readouterr().err
    assert main([*args, "--id-column", ""]) == 0


def test_long_ids_are_cut_to_150_bytes_and_stay_apart(tmp_path):
    a, b = "a" * 160 + "-premier", "a" * 160 + "-second"
    assert safe_id(a) != safe_id(b)
    assert len(safe_id(a).encode()) == 150 and safe_id(a).startswith("a" * 140)
    assert safe_id("é" * 100) != safe_id("é" * 101) and len(safe_id("é" * 101).encode()) <= 150
    assert safe_id("court") == "court"
    d = tmp_path / "in"
    d.mkdir()
    for name in (a, b):
        (d / f"{name}.txt").write_text("Le maire a parlé samedi.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["audit", str(d), "--out", str(out), "--quiet", "--select", "markup", "--format", "json"]) == 0
    assert len(list(out.glob("*.json"))) == 2
