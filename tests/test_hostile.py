"""Bad inputs made on the fly (issue 9): each gets a clear error or a correct report, nothing is lost
or overwritten, and the exit code is right (0 ok, 1 gate crossed, 2 input/usage error)."""
import json
import os
import stat

import pytest

from mtaudit.cli import main

CLEAN = "Le conseil municipal a voté le budget mardi soir.\n"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def run(capsys, *args):
    code = main(["--no-config", *args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def audit(tmp_path, capsys, *paths, extra=()):
    out = tmp_path / "out"
    code, o, err = run(capsys, "audit", *map(str, paths), "--out", str(out), "-q", "--select", "markup",
                       "--format", "json,md,html", *extra)
    reports = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")} if out.is_dir() else {}
    return code, reports, err, out


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(CLEAN, encoding="utf-8")
    return d


# -- encodings and bytes ----------------------------------------------------------------------

def test_binary_and_invalid_utf8_are_clear_errors_and_lose_nothing(folder, tmp_path, capsys):
    (folder / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes("Le maire a parlé.".encode("latin-1"))
    code, reports, err, _ = audit(tmp_path, capsys, folder)
    assert code == 2 and sorted(reports) == ["good"]
    assert "bin.txt: looks like a binary file (NUL byte at offset 8)" in err
    assert "latin1.txt: not valid UTF-8 (byte 0xe9" in err


def test_nul_late_in_the_file_is_refused(folder, tmp_path, capsys):
    (folder / "late.txt").write_bytes(CLEAN.encode() * 400 + b"\x00" + CLEAN.encode())
    code, reports, err, _ = audit(tmp_path, capsys, folder)
    assert code == 2 and sorted(reports) == ["good"]
    assert f"late.txt: looks like a binary file (NUL byte at offset {len(CLEAN.encode()) * 400})" in err


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom_are_decoded(folder, tmp_path, capsys, codec):
    text = "Bonjour {{prenom}}, la réunion est reportée.\n"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    (folder / "wide.txt").write_bytes(data)
    code, reports, err, _ = audit(tmp_path, capsys, folder)
    assert err == "" and code == 1  # {{prenom}} fails the default gate
    f = reports["wide"]["findings"][0]
    assert f["text"] == "{{prenom}}" and text[f["start"]:f["end"]] == "{{prenom}}"


def test_a_zero_width_no_break_space_after_the_bom_is_text_in_every_encoding():
    # found by tests/test_fuzz.py: after a UTF-16/UTF-32 byte-order mark every further U+FEFF was
    # dropped too (UTF-8 drops the mark only), so the text and its offsets depended on the encoding
    import codecs

    from mtaudit.read.loader import decode

    text = "\ufeffLe conseil {{x}}."
    for data in (text.encode("utf-8-sig"), text.encode("utf-16"), codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
                 text.encode("utf-32"), codecs.BOM_UTF32_BE + text.encode("utf-32-be")):
        assert decode(data, "x") == text, data[:8]
    assert decode("Le conseil.".encode("utf-16"), "x") == "Le conseil."  # the mark itself is no text


def test_file_over_the_size_limit_is_refused(folder, tmp_path, capsys):
    from mtaudit.read.loader import MAX_BYTES

    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    code, reports, err, _ = audit(tmp_path, capsys, folder)
    assert code == 2 and sorted(reports) == ["good"]
    assert "huge.txt: file too large" in err


def test_two_million_characters_on_one_line(tmp_path, capsys):
    p = tmp_path / "long.txt"
    unit = "Le conseil municipal a voté le budget {{x}} mardi soir. "
    p.write_text(unit * (2_000_000 // len(unit) + 1), encoding="utf-8")
    code, reports, err, _ = audit(tmp_path, capsys, p)
    assert code == 1 and err == ""
    r = reports["long"]
    assert r["article"]["chars"] >= 2_000_000 and "failures" not in r
    text = p.read_text(encoding="utf-8")
    assert all(text[f["start"]:f["end"]] == f["text"] == "{{x}}" for f in r["findings"])


def test_long_texts_are_analysed_in_pieces_so_no_rule_fails(monkeypatch):
    """spaCy refuses texts over nlp.max_length: with a small limit every spaCy-backed rule failed."""
    from mtaudit.detect import nlp
    from mtaudit.pipeline import Auditor
    from mtaudit.read.article import Article

    model, _ = nlp.load_spacy()
    if model is None:
        pytest.skip("spaCy model not installed")
    text = ("Le ministre Sébastien Lecornu a visité Kiev. Il a rencontré les élus de la ville.\n\n" * 30)
    monkeypatch.setattr(model, "max_length", 2000)
    monkeypatch.setattr(nlp, "PIECE_CHARS", 1500)
    report = Auditor().audit(Article.from_text(text, id="long"))
    assert "failures" not in report, report.get("failures")
    for f in report["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]



@pytest.mark.parametrize("word", ["<rules>", "<TAGS>", "<Meta>", "<re_value>"])
def test_a_word_that_is_one_of_grammalectes_graph_keys_does_not_fail_the_grammar_rules(word):
    """A help text's "<rules>" was looked up as the rule graph's own key: every Grammalecte rule of the
    article failed. It is blanked for the parse; the errors elsewhere on the line are still found."""
    from mtaudit.lang.grammalecte import load
    from mtaudit.pipeline import Auditor
    from mtaudit.read.article import Article

    if load() is None:
        pytest.skip("Grammalecte not installed")
    text = f"Les valeurs sont passé à {word} par défaut, et les fichier sont prêts.\n"
    report = Auditor().audit(Article.from_text(text, id="keys"))
    assert "failures" not in report, report.get("failures")
    assert {f["text"] for f in report["findings"] if f["rule"] == "MTA501"} >= {"passé", "fichier"}

# -- folders, links, permissions --------------------------------------------------------------

def test_symlink_loop_is_reported_and_the_rest_audited(folder, tmp_path, capsys):
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text(CLEAN, encoding="utf-8")
    os.symlink(folder, folder / "sub" / "loop")
    code, reports, err, _ = audit(tmp_path, capsys, folder)
    assert code == 0 and sorted(reports) == ["b", "good"]
    assert "warning:" in err and "symlink loop" in err


@pytest.mark.skipif(AS_ROOT, reason="root reads everything: permissions cannot be tested as root")
def test_unreadable_file_and_folder_are_errors(folder, tmp_path, capsys):
    (folder / "secret.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "locked").mkdir()
    (folder / "locked" / "c.txt").write_text(CLEAN, encoding="utf-8")
    os.chmod(folder / "secret.txt", 0)
    os.chmod(folder / "locked", 0)
    try:
        code, reports, err, _ = audit(tmp_path, capsys, folder)
    finally:
        os.chmod(folder / "locked", 0o755)
    assert code == 2 and sorted(reports) == ["good"]
    assert "secret.txt: permission denied" in err and "locked" in err


def test_output_folder_inside_the_input_folder(folder, tmp_path, capsys):
    out = folder / "reports"
    args = ("audit", str(folder), "--out", str(out), "-q")
    assert run(capsys, *args)[0] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    code, _, err = run(capsys, *args)
    assert code == 0 and err == ""
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


# -- ids and names ----------------------------------------------------------------------------

def test_article_called_index_keeps_its_sheet(folder, tmp_path, capsys):
    (folder / "index.txt").write_text("Bonjour {{prenom}}.\n", encoding="utf-8")
    code, reports, err, out = audit(tmp_path, capsys, folder)
    assert code == 1 and err == ""
    assert reports["index-article"]["article"]["id"] == "index-article"
    assert (out / "index-article.html").exists()
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "mtaudit batch" in page and 'href="index-article.html"' in page


def test_duplicate_stems_get_ids_from_their_paths(folder, tmp_path, capsys):
    for sub in ("news", "blog"):
        (folder / sub).mkdir()
        (folder / sub / "x.txt").write_text(CLEAN, encoding="utf-8")
    (folder / "news" / "x.md").write_text(CLEAN, encoding="utf-8")
    code, reports, err, _ = audit(tmp_path, capsys, folder)
    assert code == 0 and err == ""
    assert sorted(reports) == ["blog__x_txt", "good", "news__x_md", "news__x_txt"]
    assert reports["blog__x_txt"]["article"]["path"].endswith(os.path.join("blog", "x.txt"))


# -- outputs ----------------------------------------------------------------------------------

def test_out_that_is_a_file_is_an_error_before_auditing(folder, tmp_path, capsys, monkeypatch):
    from mtaudit import pipeline

    called = []
    monkeypatch.setattr(pipeline.Auditor, "audit", lambda self, a: called.append(a))
    target = tmp_path / "taken"
    target.write_text("keep me", encoding="utf-8")
    code, out, err = run(capsys, "audit", str(folder), "--out", str(target))
    assert code == 2 and called == [] and target.read_text() == "keep me"
    assert err.count("\n") == 1 and "exists and is not a folder" in err and "Traceback" not in err


@pytest.mark.skipif(AS_ROOT, reason="root writes everywhere")
def test_out_in_a_read_only_folder_is_an_error(folder, tmp_path, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    os.chmod(ro, 0o555)
    code, _, err = run(capsys, "audit", str(folder), "--out", str(ro / "out"))
    assert code == 2 and "cannot write there" in err


def test_markdown_sheet_escapes_raw_html(tmp_path, capsys):
    p = tmp_path / "a.txt"
    p.write_text("Le maire <img src=x onerror=alert(1)> a parlé de {{sujet}}.\n", encoding="utf-8")
    _, _, _, out = audit(tmp_path, capsys, p)
    md = (out / "a.md").read_text(encoding="utf-8")
    assert "{{sujet}}" in md and "<img" not in md and "&lt;img" in md


def test_summary_csv_escapes_formula_cells(tmp_path, capsys):
    import csv

    d = tmp_path / "in"
    d.mkdir()
    (d / "=HYPERLINK(1).txt").write_text(CLEAN, encoding="utf-8")
    (d / "@SUM.txt").write_text(CLEAN, encoding="utf-8")
    _, _, _, out = audit(tmp_path, capsys, d)
    ids = [r["id"] for r in csv.DictReader((out / "summary.csv").open(encoding="utf-8"))]
    assert sorted(ids) == ["'=HYPERLINK(1)", "'@SUM"]


@pytest.mark.parametrize("mask,mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_reports_respect_the_umask(tmp_path, capsys, mask, mode):
    p = tmp_path / "a.txt"
    p.write_text(CLEAN, encoding="utf-8")
    old = os.umask(mask)
    try:
        _, _, _, out = audit(tmp_path, capsys, p)
    finally:
        os.umask(old)
    for f in ("a.json", "a.md", "index.html", "summary.csv"):
        assert stat.S_IMODE((out / f).stat().st_mode) == mode, f


# -- data tables and failing rules ------------------------------------------------------------

def test_typo_in_data_table_name_is_an_error(folder, tmp_path, capsys):
    f = tmp_path / "p.tsv"
    f.write_text("name\tvariants\nJean Dupont\t\n", encoding="utf-8")
    code, _, err = run(capsys, "audit", str(folder), "--out", str(tmp_path / "o"), "--data", f"peple={f}")
    assert code == 2 and "peple" in err and "unknown data table" in err and "people" in err
    assert not (tmp_path / "o").exists()
    # a typo in the table name is named even when the file is missing too; a missing file is named with its table
    code, _, err = run(capsys, "audit", str(folder), "--out", str(tmp_path / "o"), "--data", "peple=nowhere.tsv")
    assert code == 2 and "unknown data table" in err
    code, _, err = run(capsys, "audit", str(folder), "--out", str(tmp_path / "o"), "--data", "people=nowhere.tsv")
    assert code == 2 and "--data people=nowhere.tsv: data file not found" in err
    assert not (tmp_path / "o").exists()


def test_data_file_with_wrong_columns_is_an_error(folder, tmp_path, capsys):
    f = tmp_path / "wrongcols.tsv"
    f.write_text("foo\tbar\n1\t2\n", encoding="utf-8")
    code, _, err = run(capsys, "audit", str(folder), "--out", str(tmp_path / "o"), "--data", f"people={f}")
    assert code == 2 and "wrongcols.tsv" in err and "name, variants" in err
    code, _, err = run(capsys, "check", str(folder / "good.txt"), "--data", f"people={f}")
    assert code == 2 and "not the people table's" in err


@pytest.mark.parametrize("row,named", [
    ("Jean Testeur\t\t\tprime_minister\tFR\t03/2020\t05/2021", "line 3: column start: '03/2020'"),
    ("Jean Testeur\t\t\tprime_minister\tFR\t2020-03\t2021-13", "line 3: column end: '2021-13'"),
    ("Paul Essai\t\t\tprime_minister\tFR\t2021-05\t2020-01", "line 3: column end: 2020-01 is before"),
    ("Jean Testeur\t\t\tprime_minster\tFR\t2010-01\t2011-01", "line 3: column role: unknown role 'prime_minster'"),
])
def test_data_file_with_bad_values_is_an_error(folder, tmp_path, capsys, row, named):
    f = tmp_path / "people.tsv"
    f.write_text("name\tvariants\tshort\trole\twhere\tstart\tend\n# ours\n" + row + "\n", encoding="utf-8")
    code, _, err = run(capsys, "check", str(folder / "good.txt"), "--data", f"people={f}")
    assert code == 2 and f"--data people={f}: {named}" in err and err.count("\n") == 1
    if "column role" in named:
        assert "prime_minister" in err  # the known roles are listed
    else:
        assert "YYYY-MM" in err or "before the start" in err


def test_a_bad_data_file_from_the_configuration_is_named_by_its_key(folder, tmp_path, capsys, monkeypatch):
    """A [data] file of mtaudit.toml is named `data.people`, not as a --data option the user never gave."""
    f = tmp_path / "people.tsv"
    f.write_text("name\tvariants\tshort\trole\twhere\tstart\tend\nJean Testeur\t\t\tprime_minister\tFR\t03/2020\t\n",
                 encoding="utf-8")
    (tmp_path / "mtaudit.toml").write_text('[data]\npeople = ["people.tsv"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["check", str(folder / "good.txt")])
    err = capsys.readouterr().err
    assert code == 2 and f"mtaudit.toml: data.people: {f}: line 2: column start: '03/2020'" in err, err
    assert "--data" not in err
    f.write_text("foo\tbar\n", encoding="utf-8")
    assert main(["check", str(folder / "good.txt")]) == 2
    err = capsys.readouterr().err
    assert f"mtaudit.toml: data.people: {f}: columns foo, bar are not the people table's" in err and "--data" not in err
    from mtaudit import audit
    from mtaudit.settings import ConfigError

    with pytest.raises(ConfigError, match=r"^config: data\.people: .*people\.tsv: columns foo, bar"):
        audit("Le texte.", config={"data": {"people": [str(f)]}})


def test_data_file_values_may_name_the_users_own_roles(folder, tmp_path, capsys):
    people = tmp_path / "people.tsv"
    people.write_text("name\trole\twhere\tstart\tend\nJean Testeur\tmayor\tFR\t2020\t2021-06\n", encoding="utf-8")
    roles = tmp_path / "roles.tsv"
    roles.write_text("role\tfr\nmayor\tmaire\n", encoding="utf-8")
    assert run(capsys, "check", str(folder / "good.txt"), "--data", f"people={people}")[0] == 2
    assert run(capsys, "check", str(folder / "good.txt"), "--data", f"people={people}", "--data", f"roles={roles}")[0] == 0


def test_a_failing_rule_fails_the_run_unless_allowed(folder, tmp_path, capsys, monkeypatch):
    from mtaudit.detect.registry import all_rules

    def boom(self, ctx):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(all_rules()["MTA101"], "check", boom)
    code, _, err = run(capsys, "audit", str(folder), "--out", str(tmp_path / "o"), "-q", "--select", "markup")
    assert code == 2 and "rule MTA101 failed: RuntimeError: kaboom" in err
    code, _, err = run(capsys, "audit", str(folder), "--out", str(tmp_path / "o2"), "-q", "--select", "markup",
                       "--allow-rule-failures")
    assert code == 0 and "warning:" in err and "MTA101" in err
    assert run(capsys, "check", str(folder / "good.txt"), "--select", "markup")[0] == 2
    assert run(capsys, "check", str(folder / "good.txt"), "--select", "markup", "--allow-rule-failures")[0] == 0


# -- the service ------------------------------------------------------------------------------

def test_service_requires_json_content_type():
    from fastapi.testclient import TestClient

    from mtaudit.service.app import create_app

    with TestClient(create_app(warm=False)) as client:
        body = json.dumps({"text": CLEAN})
        r = client.post("/v1/audit", content=body, headers={"Content-Type": "text/plain"})
        assert r.status_code == 415 and r.json()["error"] == "unsupported_media_type"
        r = client.post("/v1/audit", data={"text": CLEAN})  # a form post, as a web page could send
        assert r.status_code == 415
        r = client.post("/v1/audit", content=body, headers={"Content-Type": "application/json; charset=utf-8"})
        assert r.status_code == 200


# -- found by the QA sweep of 2026-12-03 ---------------------------------------------------------

def test_lone_surrogates_are_refused_by_name_everywhere(capsys):
    import mtaudit

    with pytest.raises(mtaudit.InputError, match=r"lone surrogate \(U\+D800\) at offset 8"):
        mtaudit.audit("Bonjour \ud800 le monde.")
    with pytest.raises(mtaudit.InputError, match="^source: contains a lone surrogate"):
        mtaudit.audit(CLEAN, source="Hello \udc00")
    with pytest.raises(mtaudit.InputError, match="lone surrogate"):
        mtaudit.Auditor().audit("<p>Bonjour \ud800 le monde.</p>", html=True)
    with pytest.raises(mtaudit.InputError, match="a list"):
        mtaudit.Auditor().audit_many("Le chat.")


def test_a_json_request_on_stdin_with_a_surrogate_is_an_error_not_a_crash(capsys, monkeypatch):
    import io
    import sys

    body = json.dumps({"text": "Bonjour \ud800 le monde.", "title": "\ud800"}).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(body)))
    code, out, err = run(capsys, "check", "-")
    assert code == 2 and "lone surrogate" in err and "Traceback" not in err


def test_serve_on_a_port_in_use_or_out_of_range_fails_at_once(capsys):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        code, _, err = run(capsys, "serve", "--port", str(port))
    assert code == 2 and f"cannot listen on 127.0.0.1 port {port}" in err
    code, _, err = run(capsys, "serve", "--port", "70000")
    assert code == 2 and "0 to 65535" in err


def test_round_trip_settings_and_thresholds_are_checked_like_the_rest(tmp_path, capsys):
    import mtaudit

    (tmp_path / "good.txt").write_text(CLEAN, encoding="utf-8")
    for table, needle in (('engine = "bogus"', "unknown round-trip engine 'bogus'"),
                          ('engine = "apertium"\nfoo = 1', "roundtrip.foo: unknown round-trip option")):
        conf = tmp_path / "mtaudit.toml"
        conf.write_text(f"[roundtrip]\n{table}\n", encoding="utf-8")
        code = main(["check", "--config", str(conf), str(tmp_path / "good.txt")])
        assert code == 2 and needle in capsys.readouterr().err
    with pytest.raises(mtaudit.ConfigError, match="review"):
        mtaudit.audit(CLEAN, config={"thresholds": {"pass": 50, "review": 90}})
    with pytest.raises(mtaudit.ConfigError, match="bogus"):
        mtaudit.audit(CLEAN, config={"roundtrip": {"engine": "bogus"}})


def test_text_and_github_formats_say_why_the_gate_was_crossed(folder, capsys):
    code, out, _ = run(capsys, "check", "--format", "text", "--fail-under", "100", str(folder / "good.txt"))
    assert code == 1 and "good.txt: gate crossed: quality" in out and "is below 100" in out
    code, out, _ = run(capsys, "check", "--format", "github", "--fail-under", "100", str(folder / "good.txt"))
    assert code == 1 and out.startswith("::error file=") and "gate crossed" in out
    code, out, _ = run(capsys, "check", "--format", "text", str(folder / "good.txt"))
    assert code == 0 and "gate crossed" not in out


def test_dates_out_of_range_say_which_years(capsys, folder):
    code, _, err = run(capsys, "check", "--date", "1800-01-01", str(folder / "good.txt"))
    assert code == 2 and "1900 to 2199" in err


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_dangling_file_links_in_a_folder_are_warned_about(folder, tmp_path, capsys):
    os.symlink(folder / "nowhere.txt", folder / "gone.txt")
    os.symlink(folder / "self.txt", folder / "self.txt")
    code, reports, err, _ = audit(tmp_path, capsys, folder)
    assert code == 0 and set(reports) == {"good"}
    assert "gone.txt: symbolic link to nothing" in err and "self.txt: symbolic link to nothing" in err


def test_a_long_non_ascii_id_or_file_name_does_not_stop_the_batch(tmp_path, capsys):
    long = "é" * 120
    d = tmp_path / "in"
    d.mkdir()
    (d / f"{long}.txt").write_text(CLEAN, encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": long, "text": CLEAN}) + "\n" + json.dumps({"id": "b", "text": CLEAN}) + "\n",
                    encoding="utf-8")
    for src in (d, rows):
        code, reports, err, out = audit(tmp_path, capsys, src)
        assert code == 0 and "Traceback" not in err
        ids = set(reports)
        assert all(len(i.encode("utf-8")) <= 150 for i in ids) and any(i.startswith("éé") for i in ids)
        assert (out / "index.html").exists()


def test_corpus_rows_with_a_lone_surrogate_or_nul_are_row_errors(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join(['{"id": "a", "text": "Le conseil municipal a voté le budget."}',
                               '{"id": "sur", "text": "Le conseil \\ud800 municipal."}',
                               '{"id": "nul", "text": "Le conseil \\u0000 municipal."}',
                               '{"id": "z", "text": "Les élus ont adopté le texte."}']) + "\n", encoding="utf-8")
    code, reports, err, _ = audit(tmp_path, capsys, rows)
    assert code == 2 and set(reports) == {"a", "z"}
    assert "id 'sur'): contains a lone surrogate (U+D800)" in err and "id 'nul'): contains a NUL character" in err


def test_jsonl_ids_keep_the_type_they_are_written_with(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join(json.dumps({"id": i, "text": CLEAN}) for i in ("2024-01-02", 1, 2.5)) + "\n",
                    encoding="utf-8")
    code, reports, _, _ = audit(tmp_path, capsys, rows)
    assert code == 0 and set(reports) == {"2024-01-02", "1", "2.5"}


def test_a_report_that_cannot_be_written_is_that_articles_error(folder, tmp_path, capsys, monkeypatch):
    from mtaudit.report import io as report_io

    (folder / "other.txt").write_text(CLEAN, encoding="utf-8")
    real = report_io.write_atomic

    def full(path, text):
        if "good" in str(path):
            raise OSError(28, "No space left on device")
        return real(path, text)

    monkeypatch.setattr("mtaudit.report.write_atomic", full)
    code, reports, err, out = audit(tmp_path, capsys, folder)
    assert code == 2 and "good.txt: cannot write its report (No space left on device)" in err
    assert set(reports) == {"other"} and (out / "index.html").exists()


def test_a_resumed_report_whose_sheet_cannot_be_written_is_that_articles_error(folder, tmp_path, capsys):
    (folder / "other.txt").write_text(CLEAN, encoding="utf-8")
    code, reports, _, out = audit(tmp_path, capsys, folder)
    assert code == 0 and set(reports) == {"good", "other"}
    (out / "good.html").unlink()
    (out / "good.html").mkdir()  # the sheet a resumed run renders again cannot be written
    (out / "other.md").unlink()
    code, reports, err, out = audit(tmp_path, capsys, folder)
    assert code == 2 and "good.txt: cannot write its report (" in err and "Traceback" not in err
    assert (out / "other.md").is_file() and (out / "index.html").is_file()


def test_html_string_with_a_byte_order_mark_keeps_exact_html_offsets():
    import mtaudit

    html = "\ufeff<p>Les dirigeants européens forment une coalition des conférences pour aider l'Ukraine.</p>"
    f = mtaudit.Auditor().audit(html, html=True)["findings"][0]
    assert html[f["html_start"]:f["html_end"]] == "coalition des conférences"


def test_ids_that_become_the_same_file_name_say_how(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "x/y", "text": CLEAN}) + "\n" + json.dumps({"id": "x_y", "text": CLEAN}) + "\n",
                    encoding="utf-8")
    code, reports, err, _ = audit(tmp_path, capsys, rows)
    assert code == 2 and set(reports) == {"x_y"} and "(id 'x/y' -> 'x_y')" in err
