"""Batch runs: resumable skips, --jobs N equals --jobs 1, progress switch, index.html pictures."""
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mtaudit import pipeline
from mtaudit.cli import main
from mtaudit.report import render_index
from mtaudit.report.batch import histogram_svg
from mtaudit.runner import BatchOptions, progress_enabled

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Le maire a inauguré la médiathèque samedi.\n", encoding="utf-8")
    (d / "b.md").write_text("Bonjour {{prenom}}, voici &nbsp; la lettre.\n", encoding="utf-8")
    (d / "c.txt").write_text("Sujets : (Tagstotranslate) Sport (T) Rugby\n", encoding="utf-8")
    return d


def crash_on(monkeypatch, ident: str) -> None:
    """Auditing the article with this id raises RuntimeError("boom"); the others are audited."""
    real = pipeline.Auditor.audit

    def flaky(self, article, *a, **k):
        if article.id == ident:
            raise RuntimeError("boom")
        return real(self, article, *a, **k)

    monkeypatch.setattr(pipeline.Auditor, "audit", flaky)


@pytest.fixture
def count_audits(monkeypatch):
    calls = []
    real = pipeline.Auditor.audit

    def counting(self, article, *a, **k):
        calls.append(article.id)
        return real(self, article, *a, **k)

    monkeypatch.setattr(pipeline.Auditor, "audit", counting)
    return calls


def test_resume_skips_unchanged_articles(folder, tmp_path, count_audits, capsys):
    out = tmp_path / "out"
    args = ["audit", str(folder), "--out", str(out), "--select", "markup"]
    assert main(args) == 1  # b.md and c.txt fail: the default gate
    assert sorted(count_audits) == ["a", "b", "c"]
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    run = json.loads((out / "b.json").read_text())["run"]
    assert set(run) == {"text_sha256", "meta_sha256", "config"} and len(run["text_sha256"]) == 64
    capsys.readouterr()

    count_audits.clear()
    assert main(args) == 1  # b.md and c.txt fail: the default gate
    assert count_audits == []
    assert "3 articles unchanged since the last run were not re-audited" in capsys.readouterr().out
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first  # same outputs, no timestamps

    # a changed text is audited again, the others are not; a missing sheet is rendered again
    (folder / "a.txt").write_text("Le maire a inauguré la bibliothèque {{jour}}.\n", encoding="utf-8")
    (out / "c.html").unlink()
    assert main(args) == 1  # b.md and c.txt fail: the default gate
    assert count_audits == ["a"]
    assert (out / "c.html").read_bytes() == first["c.html"]

    # another configuration redoes everything; so does --force
    count_audits.clear()
    assert main(args + ["--ignore", "MTA102"]) == 1  # b.md and c.txt fail: the default gate
    assert sorted(count_audits) == ["a", "b", "c"]
    count_audits.clear()
    assert main(args + ["--ignore", "MTA102", "--force"]) == 1  # b.md and c.txt fail: the default gate
    assert sorted(count_audits) == ["a", "b", "c"]


def test_resume_sees_a_changed_data_file(folder, tmp_path, count_audits):
    words = tmp_path / "allow.txt"
    words.write_text("alpha\n", encoding="utf-8")
    args = ["audit", str(folder), "--out", str(tmp_path / "out"), "--select", "markup", "--quiet",
            "--data", f"allow={words}"]
    assert main(args) == 1  # b.md and c.txt fail: the default gate
    count_audits.clear()
    words.write_text("alpha\nbeta\n", encoding="utf-8")
    assert main(args) == 1  # b.md and c.txt fail: the default gate
    assert sorted(count_audits) == ["a", "b", "c"]


def test_resume_sees_a_changed_row_date_and_refreshes_a_moved_rows_path(tmp_path, count_audits):
    corpus = tmp_path / "rows.jsonl"
    row = {"id": "castex", "text": "Le Premier ministre Jean Castex a présenté mardi son plan.", "date": "2023-03-02"}
    corpus.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["audit", str(corpus), "--out", str(out), "--quiet", "--select", "markup"]
    main(args)
    assert count_audits == ["castex"]
    count_audits.clear()
    row["date"] = "2019-03-02"  # the date feeds findings (MTA204): the report is stale
    corpus.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    main(args)
    assert count_audits == ["castex"]
    assert json.loads((out / "castex.json").read_text(encoding="utf-8"))["article"]["date"]["value"] == "2019-03-02"
    count_audits.clear()
    other = {"id": "autre", "text": "Un autre article sans histoire."}
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (other, row)) + "\n", encoding="utf-8")
    main(args)
    assert count_audits == ["autre"]  # the moved row is reused, its report says where it is now
    assert json.loads((out / "castex.json").read_text(encoding="utf-8"))["article"]["path"] == f"{corpus}#row=2"


def test_resume_sees_changed_html_markup_with_the_same_text(tmp_path, count_audits):
    d = tmp_path / "in"
    d.mkdir()
    page = d / "p.html"
    body = "Le maire a inauguré la médiathèque samedi. (Tagstotranslate) Politique (T) Monde"
    page.write_text(f"<p>{body}</p>\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["audit", str(page), "--out", str(out), "--quiet", "--select", "markup"]
    main(args)
    before = json.loads((out / "p.json").read_text(encoding="utf-8"))["findings"]
    assert before and count_audits == ["p"]
    count_audits.clear()
    page.write_text(f'<p class="lead" id="intro">{body}</p>\n', encoding="utf-8")
    main(args)
    assert count_audits == ["p"]
    after = json.loads((out / "p.json").read_text(encoding="utf-8"))["findings"]
    assert [f["html_start"] for f in after] == [f["html_start"] + len(' class="lead" id="intro"') for f in before]


def test_resume_sees_an_engine_installed_since(folder, tmp_path, count_audits, monkeypatch):
    from mtaudit import runner

    out = tmp_path / "out"
    args = ["audit", str(folder), "--out", str(out), "--quiet", "--select", "markup"]
    main(args)
    engines = json.loads((out / "a.json").read_text(encoding="utf-8"))["engines"]
    now = runner.current_engines()
    assert runner.same_engines(engines, now)  # what a report names is what current_engines() finds
    count_audits.clear()
    main(args)
    assert count_audits == []
    monkeypatch.setattr(runner, "current_engines", lambda: {**now, "nlp": "spacy:another_model"})
    main(args)
    assert sorted(count_audits) == ["a", "b", "c"]


def test_resume_sees_the_grammar_engine_change(tmp_path, count_audits, monkeypatch):
    from mtaudit.lang import grammalecte

    if grammalecte.load() is None:
        pytest.skip("Grammalecte is not installed")
    d = tmp_path / "in"
    d.mkdir()
    (d / "g.txt").write_text("Les enfant sont partis.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["audit", str(d), "--out", str(out), "--quiet", "--select", "grammar"]
    monkeypatch.setenv("MTAUDIT_GRAMMALECTE", "0")
    main(args)
    assert json.loads((out / "g.json").read_text(encoding="utf-8"))["engines"]["grammar"] == "spacy-agreement"
    count_audits.clear()
    monkeypatch.delenv("MTAUDIT_GRAMMALECTE")
    main(args)
    assert count_audits == ["g"]
    assert json.loads((out / "g.json").read_text(encoding="utf-8"))["engines"]["grammar"].startswith("grammalecte")


def test_resume_without_json_among_the_formats(folder, tmp_path, count_audits):
    out = tmp_path / "out"
    args = ["audit", str(folder), "--out", str(out), "--quiet", "--select", "markup"]
    main([*args, "--format", "md"])
    assert sorted(count_audits) == ["a", "b", "c"]
    assert not list(out.glob("*.json")) and (out / ".mtaudit" / "a.json").is_file()
    count_audits.clear()
    main([*args, "--format", "md"])
    assert count_audits == []
    main([*args, "--format", "json"])  # the kept report is reused and written where asked
    assert count_audits == []
    assert json.loads((out / "a.json").read_text(encoding="utf-8"))["article"]["id"] == "a"
    (folder / "a.txt").write_text("Le maire a inauguré la bibliothèque {{jour}}.\n", encoding="utf-8")
    main([*args, "--format", "html"])
    assert count_audits == ["a"]


def test_jobs_2_gives_the_same_reports_as_jobs_1(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    seeds = sorted(SEEDS.glob("*.txt"))
    rows = [{"id": f"s{n}", "text": p.read_text(encoding="utf-8")[:1500]} for n, p in enumerate(seeds[2:])]
    rows.append({"id": "bad", "text": ""})
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    outs = {}
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        assert main(["audit", str(SEEDS), str(corpus), "--out", str(out), "--quiet", "--jobs", str(jobs)]) == 2
        outs[jobs] = {p.name: p.read_bytes() for p in out.iterdir()}
    assert outs[1].keys() == outs[2].keys()
    assert len([n for n in outs[1] if n.endswith(".json")]) == 8
    for name in outs[1]:
        assert outs[1][name] == outs[2][name], name


def test_jobs_resume_from_a_serial_run(folder, tmp_path, count_audits):
    out = tmp_path / "out"
    assert main(["audit", str(folder), "--out", str(out), "--quiet", "--select", "markup"]) == 1  # b.md and c.txt fail: the default gate
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (folder / "d.txt").write_text("Un nouvel article {{x}}.\n", encoding="utf-8")
    assert main(["audit", str(folder), "--out", str(out), "--quiet", "--select", "markup", "--jobs", "2"]) == 1  # b.md and c.txt fail: the default gate
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert {n: after[n] for n in before if n not in ("index.html", "summary.csv")} == \
           {n: before[n] for n in before if n not in ("index.html", "summary.csv")}
    assert "d.json" in after


def test_progress_bar_only_on_a_terminal(monkeypatch):
    class Tty:
        def isatty(self):
            return True

    class Pipe:
        def isatty(self):
            return False

    monkeypatch.delenv("CI", raising=False)
    opts = BatchOptions(out=Path("x"))
    assert progress_enabled(opts, Tty()) is True
    assert progress_enabled(opts, Pipe()) is False
    assert progress_enabled(BatchOptions(out=Path("x"), quiet=True), Tty()) is False
    monkeypatch.setenv("CI", "true")
    assert progress_enabled(opts, Tty()) is False
    monkeypatch.setenv("CI", "false")
    assert progress_enabled(opts, Tty()) is True


def test_no_progress_output_when_not_a_tty(folder, tmp_path, capsys):
    assert main(["audit", str(folder), "--out", str(tmp_path / "o"), "--quiet"]) == 1  # b.md and c.txt fail: the default gate
    assert capsys.readouterr().err == ""


# -- index.html ---------------------------------------------------------------------------------

def fake(ident, quality, verdict, counts, cats):
    return {"article": {"id": ident, "words": 100}, "score": {"quality": quality, "verdict": verdict,
                                                               "counts": counts, "by_category": cats}}


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.links, self.rects = [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "a":
            self.links.append(a["href"])
        if tag == "rect":
            self.rects.append(a)


def test_index_has_histogram_severity_and_category_bars_and_worst_first():
    reports = [
        fake("good", 100.0, "pass", {"critical": 0, "major": 0, "minor": 0}, {}),
        fake("ok", 91.0, "pass", {"critical": 0, "major": 1, "minor": 4}, {"typography": 4, "grammar": 1}),
        fake("mid", 75.5, "review", {"critical": 0, "major": 4, "minor": 4}, {"calque": 6, "typography": 2}),
        fake("bad", 12.0, "fail", {"critical": 3, "major": 2, "minor": 1}, {"markup": 5, "calque": 1}),
    ]
    html = render_index(reports)
    p = Collect()
    p.feed(html)
    assert p.tags.count("svg") == 3
    assert [h for h in p.links] == ["bad.html", "mid.html", "ok.html", "good.html"]  # worst first
    titles = re.findall(r"<title>([^<]*)</title>", html)
    assert "90–100: 2 articles" in titles and "10–20 (excl.): 1 article" in titles
    assert "70–80 (excl.): 1 article" in titles
    assert "critical: 3" in titles and "major: 7" in titles and "minor: 9" in titles
    assert "calque: 7" in titles and "markup: 5" in titles and "typography: 6" in titles
    # categories sorted by count
    order = [t.split(":")[0] for t in titles if t.split(":")[0] in ("calque", "typography", "markup", "grammar")]
    assert order == ["calque", "typography", "markup", "grammar"]


def test_index_escapes_everything():
    evil = '<img src=x onerror=alert(1)>"&'
    html = render_index([fake(evil, 50.0, "fail", {"critical": 1, "major": 0, "minor": 0}, {"markup": 1})],
                        errors=["<script>x</script>.jsonl row 3: empty"])
    assert "<img" not in html and "<script>x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;&quot;&amp;" in html
    p = Collect()
    p.feed(html)
    assert all(not re.search(r"[<>\" ]", h) for h in p.links)


def test_histogram_bins_and_bounds():
    svg = histogram_svg([0.0, 9.99, 10.0, 99.9, 100.0])
    titles = re.findall(r"<title>([^<]*)</title>", svg)
    assert "0–10 (excl.): 2 articles" in titles and "10–20 (excl.): 1 article" in titles
    assert "90–100: 2 articles" in titles


def test_batch_index_on_disk_links_existing_sheets(folder, tmp_path):
    out = tmp_path / "o"
    assert main(["audit", str(folder), "--out", str(out), "--format", "json,md", "--quiet"]) == 1  # b.md and c.txt fail: the default gate
    p = Collect()
    p.feed((out / "index.html").read_text())
    assert p.links and all((out / h).is_file() for h in p.links) and all(h.endswith(".md") for h in p.links)
    shutil.rmtree(out)


def test_an_audit_that_crashes_fails_one_article_only(folder, tmp_path, monkeypatch, capsys):
    crash_on(monkeypatch, "b")
    out = tmp_path / "o"
    assert main(["audit", str(folder), "--out", str(out), "--format", "json", "--quiet", "--select", "markup"]) == 2
    err = capsys.readouterr().err
    assert "b.md" in err and "boom" in err
    assert sorted(p.stem for p in out.glob("*.json")) == ["a", "c"]


def _dying_payload(articles):
    """In a worker process: an article whose text says DIE kills it (as SIGKILL or an OOM kill would)."""
    import os

    from mtaudit import runner

    if any("DIE" in a.text for a in articles):
        os._exit(9)
    return runner._audit_payload(articles)


def test_a_worker_that_dies_fails_its_article_only(tmp_path, monkeypatch, capsys):
    from mtaudit import runner

    monkeypatch.setattr(runner, "_audit_payload", _dying_payload)  # pickled by name: test_batch._dying_payload
    corpus = tmp_path / "rows.jsonl"
    rows = [{"id": f"r{n}", "text": f"Le maire a inauguré la médiathèque numéro {n}."} for n in range(8)]
    rows[5]["text"] = "Cet article DIE tue son processus."
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["audit", str(corpus), "--out", str(out), "--format", "json", "--quiet", "--select", "markup",
                 "--jobs", "2"]) == 2
    err = capsys.readouterr().err
    assert sorted(p.stem for p in out.glob("*.json")) == [f"r{n}" for n in range(8) if n != 5]
    assert f"{corpus} row 6 (id 'r5'): its worker process died" in err
    assert "pool died" not in err and err.count("mtaudit: error:") == 1


def test_names_spelt_differently_across_articles(tmp_path):
    from mtaudit.cli import main as cli_main

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Le ministre Sébastien Lecornu était à Kiev hier.\n", encoding="utf-8")
    (d / "b.txt").write_text("Sébastien LeCornu a parlé de Kyiv et de Kyiv encore.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["audit", str(d), "--out", str(out), "--quiet", "--no-config"]) == 0
    import csv as _csv

    rows = list(_csv.DictReader((out / "consistency.csv").open(encoding="utf-8")))
    got = {(r["preferred"], r["form"], r["articles"]) for r in rows}
    assert {("Kyiv", "Kiev", "a"), ("Kyiv", "Kyiv", "b")} <= got
    assert {r["form"] for r in rows if r["preferred"] == "Lecornu"} == {"Lecornu", "LeCornu"}
    assert "Names spelt differently across articles" in (out / "index.html").read_text(encoding="utf-8")


def test_summary_and_index_count_and_list_inputs_not_audited(tmp_path, capsys):
    """An unreadable input is counted and named in the printed summary and in index.html, so a batch
    with missing articles never looks complete."""
    from mtaudit.cli import main

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Le ministre a présenté le projet jeudi à Paris.\n", encoding="utf-8")
    (src / "broken.xlf").write_text("<xliff version='1.2'><file", encoding="utf-8")
    code = main(["--no-config", "--lang", "en", "audit", str(src), "--out", str(tmp_path / "out")])
    out = capsys.readouterr().out
    assert code == 2
    assert "1 input not audited (unreadable or refused):" in out and "broken.xlf" in out.split("not audited")[1]
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "1 input not audited" in index and "broken.xlf" in index


def test_index_links_the_reports_written_for_files_sharing_a_stem(tmp_path):
    """A broken app.po beside a good app.xlf: the good one is written as app_xlf.*; index.html links
    that, and the broken one is listed without a link."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "l10n" / "app.xlf", src / "app.xlf")
    (src / "app.po").write_text('msgid "a"\nmsgstr "b\n', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--no-config", "audit", str(src), "--out", str(out), "--format", "json,html", "--quiet"]) == 2
    index = (out / "index.html").read_text(encoding="utf-8")
    hrefs = re.findall(r'<a href="([^"]+)"', index)
    assert hrefs == ["app_xlf.html"] and (out / "app_xlf.html").exists()
    assert "app.po" in index.split('id="not-audited"')[1]


def test_batch_outputs_do_not_depend_on_the_order_audits_finish(tmp_path, monkeypatch):
    """A resumed run finishes its articles in another order than a full run (the reused ones first),
    as --jobs N and Ray do: consistency.csv and index.html are the same, the preferred spelling of a
    tie included (the form met first in input order), and errors are listed in input order."""
    crash_on(monkeypatch, "crash")
    src = tmp_path / "c.jsonl"
    rows = [("a", "Pierre-Alain Vercambre a parlé hier."), ("crash", "Le maire a parlé."), ("empty", " "),
            ("b", "Pierre Alain Vercambre a parlé hier."), ("c", "Pierre Alain Vercambre a voté."),
            ("d", "Pierre-Alain Vercambre a voté.")]
    src.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in rows),
                   encoding="utf-8")
    full, resumed = tmp_path / "full", tmp_path / "resumed"
    args = ["audit", str(src), "--format", "json", "--quiet", "--no-config"]
    assert main([*args, "--out", str(full)]) == 2
    shutil.copytree(full, resumed)
    (resumed / "a.json").unlink()  # audited again, after b, c and d are reused
    assert main([*args, "--out", str(resumed)]) == 2
    csv_text = (full / "consistency.csv").read_text(encoding="utf-8")
    assert csv_text.splitlines()[1:] == ["Pierre-Alain,Pierre-Alain,2,a d", "Pierre-Alain,Pierre Alain,2,b c"]
    assert (resumed / "consistency.csv").read_text(encoding="utf-8") == csv_text
    index = (full / "index.html").read_text(encoding="utf-8")
    assert (resumed / "index.html").read_text(encoding="utf-8") == index
    assert index.index("boom") < index.index("empty text")


def test_a_resumed_run_renders_sheets_left_from_another_text_again(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    art = d / "art.txt"
    out = tmp_path / "out"
    args = ["audit", str(d), "--out", str(out), "--quiet", "--no-config"]
    art.write_text("Le gouvernement a annoncé hier une nouvelle réforme.\n", encoding="utf-8")
    assert main(args) == 0
    art.write_text("Le gouvernement a annoncé hier une nouvelle réforme qui sera débattue au Sénat.\n",
                   encoding="utf-8")
    assert main([*args, "--format", "json"]) == 0  # the .md and .html sheets are still the first text's
    json_time = (out / "art.json").stat().st_mtime_ns
    assert main(args) == 0  # reused: not audited again
    assert (out / "art.json").stat().st_mtime_ns == json_time
    words = json.loads((out / "art.json").read_text(encoding="utf-8"))["article"]["words"]
    assert f"Words: {words} " in (out / "art.md").read_text(encoding="utf-8")
    assert "Sénat" in (out / "art.html").read_text(encoding="utf-8")
    md_time = (out / "art.md").stat().st_mtime_ns
    assert main(args) == 0  # sheets already right: left as they are
    assert (out / "art.md").stat().st_mtime_ns == md_time


@pytest.mark.parametrize("step", ["collect", "combine"])
def test_a_batch_rule_that_raises_is_a_rule_failure_and_the_reports_are_kept(folder, tmp_path, monkeypatch, capsys,
                                                                            step):
    from mtaudit.rules.names.across_articles import NameVariantAcrossArticles

    def broken(self, *a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(NameVariantAcrossArticles, step, broken)
    out = tmp_path / "out"
    assert main(["--no-config", "audit", str(folder), "--out", str(out), "--format", "json", "--quiet"]) == 2
    assert sorted(p.stem for p in out.glob("*.json")) == ["a", "b", "c"] and (out / "index.html").exists()
    err = capsys.readouterr().err.splitlines()
    assert [x for x in err if "MTA252" in x] == [x for x in err if "failed" in x] and len(err) == 1
    assert "RuntimeError: boom" in err[0] and "boom" in (out / "index.html").read_text(encoding="utf-8")
    assert main(["--no-config", "audit", str(folder), "--out", str(tmp_path / "o2"), "--format", "json",
                 "--quiet", "--allow-rule-failures", "--force"]) == 1  # allowed: c.txt's gate decides


def test_sigterm_stops_a_run_as_ctrl_c_does(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "rows.jsonl"
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")[:3000]
    corpus.write_text("".join(json.dumps({"id": f"r{n:03d}", "text": text}, ensure_ascii=False) + "\n"
                              for n in range(300)), encoding="utf-8")
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "mtaudit", "audit", str(corpus), "--out", str(out), "--quiet",
                             "--format", "json", "--no-config"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 300
    while not list(out.glob("r*.json")) and time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, stderr[-2000:]
    assert "Traceback" not in stderr and "stopped by SIGTERM" in stderr
    assert "stopped by SIGTERM after" in (out / "index.html").read_text(encoding="utf-8")


def test_current_engines_with_a_spacy_model_given_by_path(monkeypatch):
    from mtaudit.runner import current_engines

    monkeypatch.setenv("MTAUDIT_SPACY_MODEL", "./models/fr")  # spacy.load takes a path; find_spec raised
    assert "nlp" not in current_engines()


def test_current_engines_does_not_build_lingua(monkeypatch):
    """A resumed run names its engines without building lingua's detector (0.7 s): an installed
    lingua is taken to be the one an audit would use."""
    import importlib.util

    from mtaudit.rules.untranslated import analysis
    from mtaudit.runner import current_engines

    built = analysis.engine_name()
    monkeypatch.setattr(analysis, "_lingua_state", None)
    monkeypatch.setattr(analysis, "lingua_detector", lambda: pytest.fail("lingua built"))
    assert current_engines()["untranslated"] == built
    assert analysis._lingua_state is None
    if importlib.util.find_spec("lingua") is not None and analysis.wordfreq_version():
        assert "lingua" in built
