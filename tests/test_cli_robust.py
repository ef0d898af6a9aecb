"""The command line under trouble (QA sweep of 2026-12-03): outputs that cannot be written, pipes
and FIFOs as inputs, an interrupted run, a closed stdout. One clear line each, the right exit code."""
import json
import os

import pytest

from mtaudit.cli import main

CLEAN = "Le conseil municipal a voté le budget mardi soir.\n"


def run(capsys, *args):
    code = main(["--no-config", *args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


@pytest.fixture
def article(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(CLEAN, encoding="utf-8")
    return f


# -- run-level files that cannot be written -------------------------------------------------------

def test_an_index_html_that_cannot_be_written_is_one_error_and_the_summary_still_prints(article, tmp_path, capsys):
    out = tmp_path / "o"
    (out / "index.html").mkdir(parents=True)
    code, stdout, err = run(capsys, "audit", str(article), "--out", str(out), "--select", "markup")
    assert code == 2
    assert f"{out / 'index.html'}: cannot write it (" in err and "Traceback" not in err
    assert "1 article(s)" in stdout  # the summary table
    assert (out / "summary.csv").is_file() and (out / "a.json").is_file()


def test_a_sarif_file_that_cannot_be_written_is_one_error(article, tmp_path, capsys):
    out = tmp_path / "o"
    (out / "mtaudit.sarif").mkdir(parents=True)
    code, _, err = run(capsys, "audit", str(article), "--out", str(out), "-q", "--select", "markup",
                       "--format", "json,sarif,junit")
    assert code == 2 and f"{out / 'mtaudit.sarif'}: cannot write it (" in err
    assert (out / "junit.xml").is_file() and (out / "index.html").is_file()


def test_a_full_disk_names_every_file_not_written(article, tmp_path, capsys, monkeypatch):
    from mtaudit.report import io as report_io

    real = report_io.write_atomic

    def full(path, text):
        if str(path).endswith((".html", ".csv")):
            raise OSError(28, "No space left on device")
        return real(path, text)

    monkeypatch.setattr("mtaudit.report.write_atomic", full)
    out = tmp_path / "o"
    code, stdout, err = run(capsys, "audit", str(article), "--out", str(out), "--select", "markup")
    assert code == 2
    assert "a.txt: cannot write its report (No space left on device)" in err
    assert f"{out / 'summary.csv'}: cannot write it (No space left on device)" in err
    assert f"{out / 'index.html'}: cannot write it (No space left on device)" in err
    assert "No article audited." in stdout or "input(s) not audited" in stdout


# -- a reader that goes away ----------------------------------------------------------------------

@pytest.mark.parametrize("command", [["rules", "--json"], ["models", "list", "--json"]])
def test_a_closed_pipe_on_stdout_ends_quietly(command, tmp_path):
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.path.dirname(os.path.dirname(os.path.abspath(__file__)))}
    p = subprocess.Popen([sys.executable, "-m", "mtaudit", "--no-config", *command, *(
        ["--dir", str(tmp_path)] if command[0] == "models" else [])],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    p.stdout.read(1)
    p.stdout.close()  # as `| head -c1` does
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 141 and "Traceback" not in err and "BrokenPipe" not in err, err
