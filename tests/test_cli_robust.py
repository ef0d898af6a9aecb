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
    assert "1 article: " in stdout  # the summary table
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
    assert "No article audited." in stdout or "not audited (unreadable or refused)" in stdout


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
    # `models list` writes less than a pipe holds: it may be done before the reader goes (exit 0)
    codes = (141,) if command[0] == "rules" else (0, 141)
    assert p.wait(timeout=120) in codes and "Traceback" not in err and "BrokenPipe" not in err, err


# -- pipes, named pipes and links as inputs --------------------------------------------------------

def _pipe(text: str) -> str:
    """A path like the shell's `<(cmd)`: /dev/fd/N, a pipe already written and closed."""
    r, w = os.pipe()
    os.write(w, text.encode("utf-8"))
    os.close(w)
    return f"/dev/fd/{r}"


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="needs /dev/fd")
def test_audit_reads_a_pipe_as_the_article(tmp_path, capsys):
    path = _pipe(CLEAN)
    out = tmp_path / "o"
    code, _, err = run(capsys, "audit", path, "--out", str(out), "-q", "--select", "markup", "--format", "json,sarif")
    assert code == 0, err
    fd = path.rsplit("/", 1)[1]
    assert json.loads((out / f"{fd}.json").read_text(encoding="utf-8"))["article"]["words"] > 5
    assert f'"uri": "{path}"' in (out / "mtaudit.sarif").read_text(encoding="utf-8")


@pytest.mark.skipif(not os.path.isdir("/dev/fd"), reason="needs /dev/fd")
def test_check_names_a_pipe_as_given(capsys):
    path = _pipe("Il a dit l'implication et l’implication, l'autre et l'un.\n")
    code, out, err = run(capsys, "check", path, "--format", "text")
    assert code in (0, 1), err
    assert out.startswith(f"{path}:") and "/proc/" not in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")
def test_a_named_pipe_found_in_a_folder_is_skipped_with_a_warning(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(CLEAN, encoding="utf-8")
    os.mkfifo(d / "p.txt")  # nothing writes to it: opening it would wait forever
    code, _, err = run(capsys, "audit", str(d), "--out", str(tmp_path / "o"), "-q", "--select", "markup")
    assert code == 0 and f"{d / 'p.txt'}: not a regular file (a named pipe, socket or device); skipped" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs mkfifo")
def test_a_named_pipe_nothing_writes_to_says_it_waits(tmp_path, capsys):
    import threading
    import time

    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)

    def writer():
        time.sleep(1.0)
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(CLEAN)

    threading.Thread(target=writer, daemon=True).start()
    code, out, err = run(capsys, "check", str(fifo), "--select", "markup")
    assert code == 0 and json.loads(out)["article"]["words"] > 5
    assert f"waiting for something to write to the named pipe {fifo}" in err


def test_an_explicit_symlink_loop_is_named_as_such(tmp_path, capsys):
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    code, _, err = run(capsys, "audit", str(tmp_path / "x.txt"), "--out", str(tmp_path / "o"), "-q")
    assert code == 2 and f"{tmp_path / 'x.txt'}: symbolic link loop" in err
    code, _, err = run(capsys, "check", str(tmp_path / "x.txt"))
    assert code == 2 and "x.txt: symbolic link loop" in err


# -- Ctrl-C --------------------------------------------------------------------------------------

def test_ctrl_c_writes_the_index_and_summary_of_what_was_done_and_exits_130(tmp_path, capsys, monkeypatch):
    from conftest import interrupt_second_batch

    d = tmp_path / "in"
    d.mkdir()
    for name in ("a", "b", "c"):
        (d / f"{name}.txt").write_text(CLEAN, encoding="utf-8")
    out = tmp_path / "o"
    out.mkdir()
    (out / "index.html").write_text("an earlier run's index", encoding="utf-8")
    (out / "summary.csv").write_text("an earlier run's summary", encoding="utf-8")
    interrupt_second_batch(monkeypatch)
    code, stdout, err = run(capsys, "audit", str(d), "--out", str(out), "--select", "markup")
    assert code == 130 and "mtaudit: error: interrupted" in err
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "earlier run" not in index and "interrupted (Ctrl-C) after 1 article;" in index
    assert (out / "summary.csv").read_text(encoding="utf-8").count("\n") == 2  # the header and a
    assert "1 article: " in stdout


# -- small usage points ----------------------------------------------------------------------------

def test_audit_of_stdin_points_to_check(tmp_path, capsys):
    code, _, err = run(capsys, "audit", "-", "--out", str(tmp_path / "o"))
    assert code == 2 and "use `mtaudit check -`" in err


def test_check_of_stdin_twice_is_a_usage_error(capsys):
    code, _, err = run(capsys, "check", "-", "-")
    assert code == 2 and "stdin (-) can be read only once" in err


def test_quiet_help_says_warnings_still_print(capsys):
    assert main(["audit", "--help"]) == 0
    assert "print only errors and warnings" in " ".join(capsys.readouterr().out.split())


def test_check_text_says_an_unreadable_input_once(tmp_path, capsys):
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "check", str(missing), "--format", "text")
    assert code == 2 and f"{missing}: error: no such file or folder" in out and "no such file" not in err
    code, out, err = run(capsys, "check", str(missing))
    assert code == 2 and f"mtaudit: error: {missing}: no such file or folder" in err


def test_the_progress_bar_moves_once_per_chunk_not_per_article(tmp_path, capsys, monkeypatch):
    """Per article, the first chunk's first article (with the models' loading) set the rate: ETA 8 min for 15 s."""
    from mtaudit import runner

    moves = []

    class Bar:
        def __init__(self, total, enabled):
            pass

        def update(self, n=1, words=0):
            moves.append(n)

        def close(self):
            pass

    monkeypatch.setattr(runner, "_Bar", Bar)
    d = tmp_path / "in"
    d.mkdir()
    for name in ("a", "b", "c"):
        (d / f"{name}.txt").write_text(CLEAN, encoding="utf-8")
    code, _, _ = run(capsys, "audit", str(d), "--out", str(tmp_path / "o"), "-q", "--select", "markup")
    assert code == 0 and moves == [3]
