"""The resident worker (mtaudit/worker.py) against idle, busy and duplicate neighbours; run in threads
with the audit stubbed out, so each test takes a second or two."""
import os
import socket
import threading
import time
from types import SimpleNamespace

import pytest

from mtaudit import worker


@pytest.fixture
def w(monkeypatch, tmp_path, request):
    """A worker serving in a thread; .gate blocks its audits while cleared. Parametrized (indirect):
    its idle timeout (default 60 s)."""
    idle = getattr(request, "param", 60)
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.delenv("MTAUDIT_WORKER", raising=False)
    monkeypatch.setattr(worker, "warm_up", lambda: None)
    monkeypatch.setattr(worker, "REQUEST_TIMEOUT", 0.5, raising=False)
    monkeypatch.setattr(worker, "ACCEPT_TIMEOUT", 1.0, raising=False)
    monkeypatch.setattr(worker, "POLL_SECONDS", 0.2, raising=False)
    monkeypatch.setattr(worker, "PING_TIMEOUT", 0.5, raising=False)
    gate = threading.Event()
    gate.set()

    def handle(req):
        gate.wait(30)
        return {"rc": 0, "stdout": "from the worker\n", "stderr": ""}
    monkeypatch.setattr(worker, "_handle", handle)
    path = worker.socket_path()
    codes = []
    thread = threading.Thread(target=lambda: codes.append(worker.serve(idle_timeout=idle)), daemon=True)
    thread.start()
    deadline = time.time() + 10
    while not worker._alive(path):
        assert time.time() < deadline and thread.is_alive()
        time.sleep(0.05)
    yield SimpleNamespace(path=path, thread=thread, gate=gate, codes=codes)
    gate.set()
    try:
        worker._ask(path, {"stop": True})
    except OSError:
        pass
    thread.join(10)


def _check_in_thread():
    got = []
    t = threading.Thread(target=lambda: got.append(worker.try_check(["check", "a.txt"])), daemon=True)
    t.start()
    return t, got


def test_an_idle_connection_does_not_hang_check(w, capsys):
    idle = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    idle.connect(str(w.path))  # says nothing
    try:
        t, got = _check_in_thread()
        t.join(8)
        assert not t.is_alive(), "check hung behind an idle connection"
        assert got[0] in (0, None)  # answered once the worker dropped the idle client, or ran in process
    finally:
        idle.close()


def test_a_busy_worker_sends_check_in_process_soon(w):
    w.gate.clear()
    first, _ = _check_in_thread()  # the worker is busy with it
    time.sleep(0.3)
    t0 = time.monotonic()
    t, got = _check_in_thread()
    t.join(8)
    assert not t.is_alive() and got == [None] and time.monotonic() - t0 < 5
    w.gate.set()
    first.join(8)


def test_a_busy_worker_is_not_started_twice_and_status_says_busy(w, monkeypatch, capsys):
    w.gate.clear()
    first, _ = _check_in_thread()
    time.sleep(0.3)
    launched = []
    monkeypatch.setattr(worker.subprocess, "Popen", lambda *a, **k: launched.append(a))
    assert worker.command(SimpleNamespace(action="start", idle_timeout=60, timeout=2)) == 0
    assert not launched
    assert worker.command(SimpleNamespace(action="status")) == 0
    assert "busy" in capsys.readouterr().out
    assert worker.serve(idle_timeout=60) == 0  # a second worker sees the first and leaves
    assert w.thread.is_alive()
    w.gate.set()
    first.join(8)


def test_a_worker_whose_socket_is_replaced_leaves(w):
    other = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    tmp = w.path.with_name("replacement")
    other.bind(str(tmp))
    try:
        tmp.replace(w.path)
        w.thread.join(5)
        assert not w.thread.is_alive() and w.codes == [0]
        assert w.path.exists()  # the replacement is left in place
    finally:
        other.close()


def test_stop_reaches_a_worker_of_an_earlier_code_version(w, monkeypatch, capsys):
    newer = w.path.with_name("worker-000000000000.sock")
    monkeypatch.setattr(worker, "socket_path", lambda: newer)
    assert worker.command(SimpleNamespace(action="status")) == 1
    assert "earlier" in capsys.readouterr().out
    assert worker.command(SimpleNamespace(action="stop")) == 0
    w.thread.join(5)
    assert not w.thread.is_alive()


def test_the_worker_rereads_an_edited_data_file_and_each_folders_own(tmp_path, monkeypatch):
    """A long-lived process (the worker runs `check` in process, request after request) answers as
    a fresh one would: an edited [data] file, or another folder's file of the same name, is read anew."""
    monkeypatch.delenv("MTAUDIT_WORKER", raising=False)
    folders = [tmp_path / "one", tmp_path / "two"]
    for d in folders:
        d.mkdir()
        (d / "a.txt").write_text("Le maire a parlé de ZORGLUB et de ZAPATA hier à Lyon.\n", encoding="utf-8")

    def table(folder, word):
        (folder / "m.tsv").write_text(f"kind\tpattern\tseverity\tnote\nplaceholder\t{word}\tmajor\tmarker\n",
                                      encoding="utf-8")

    def flagged(folder):
        got = worker._handle({"argv": ["check", "--no-config", "--select", "MTA103", "--data", "markup=m.tsv",
                                       "--format", "text", "a.txt"], "cwd": str(folder), "env": worker._env()})
        return [w for w in ("ZORGLUB", "ZAPATA") if f"«{w}»" in got["stdout"]]

    table(folders[0], "ZORGLUB")
    assert flagged(folders[0]) == ["ZORGLUB"]
    table(folders[0], "ZAPATA")  # same path, edited (a size and mtime of its own)
    assert flagged(folders[0]) == ["ZAPATA"]
    table(folders[1], "ZORGLUB")  # another folder, the same relative name
    assert flagged(folders[1]) == ["ZORGLUB"]
    assert flagged(folders[0]) == ["ZAPATA"]


def test_a_kept_auditor_and_memo_follow_edited_files(tmp_path):
    """The service keeps its Auditors (request.AuditorCache): their tables and memos follow the files."""
    from mtaudit.config import Config
    from mtaudit.detect.resources import Resources
    from mtaudit.pipeline import Auditor
    from mtaudit.read import Article

    m = tmp_path / "m.tsv"
    m.write_text("kind\tpattern\tseverity\tnote\nplaceholder\tZORGLUB\tmajor\tmarker\n", encoding="utf-8")
    auditor = Auditor(Config(select=["MTA103"], data_files={"markup": [str(m)]}))
    text = "Le maire a parlé de ZORGLUB et de ZAPATA hier à Lyon."
    assert [f["text"] for f in auditor.audit(Article.from_text(text))["findings"]] == ["ZORGLUB"]
    m.write_text("kind\tpattern\tseverity\tnote\nplaceholder\tZAPATA\tmajor\tmarker\n", encoding="utf-8")
    assert [f["text"] for f in auditor.audit(Article.from_text(text))["findings"]] == ["ZAPATA"]

    res, g = Resources(), tmp_path / "g.tsv"  # a memo built from other files (the glossary's)
    g.write_text("one", encoding="utf-8")
    assert res.memo("k", g.read_text, files=(str(g),)) == "one"
    g.write_text("three", encoding="utf-8")
    assert res.memo("k", g.read_text, files=(str(g),)) == "three"


@pytest.mark.parametrize("w", [0], indirect=True)
def test_idle_timeout_0_is_a_worker_that_never_idles_out(w):
    time.sleep(3 * worker.POLL_SECONDS)
    assert w.thread.is_alive() and worker._alive(w.path)


@pytest.mark.parametrize("argv", [["start", "--idle-timeout", "-1"], ["run", "--idle-timeout", "nan"],
                                  ["start", "--timeout", "0"], ["wait", "--timeout", "nan"]])
def test_bad_worker_seconds_are_one_line_usage_errors(argv, monkeypatch, tmp_path, capsys):
    from mtaudit.cli import main

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "c"))
    launched = []
    monkeypatch.setattr(worker.subprocess, "Popen", lambda *a, **k: launched.append(a))
    monkeypatch.setattr(worker, "serve", lambda *a, **k: launched.append(a))
    assert main(["worker", *argv]) == 2
    err = capsys.readouterr().err
    assert not launched and argv[1] in err and len(err.strip().splitlines()) == 1, err


def test_worker_start_reports_a_worker_that_stops_before_it_is_ready_at_once(monkeypatch, tmp_path, capsys):
    import subprocess
    import sys

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "c"))
    crash = [sys.executable, "-c", "import sys; print('Traceback (most recent call last):', file=sys.stderr); "
             "sys.exit('OSError: something went wrong in the worker')"]
    real = subprocess.Popen
    monkeypatch.setattr(worker.subprocess, "Popen", lambda argv, **k: real(crash, **k))
    t0 = time.monotonic()
    assert worker.command(SimpleNamespace(action="start", idle_timeout=60, timeout=20)) == 2
    assert time.monotonic() - t0 < 10  # not the whole --timeout
    err = capsys.readouterr().err
    assert "OSError: something went wrong in the worker" in err and len(err.strip().splitlines()) == 1, err


def test_a_socket_path_over_the_system_limit_is_one_clear_error(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / ("d" * 120)))
    launched = []
    monkeypatch.setattr(worker.subprocess, "Popen", lambda *a, **k: launched.append(a))
    for action in ("start", "run"):
        assert worker.command(SimpleNamespace(action=action, idle_timeout=60, timeout=20)) == 2
        err = capsys.readouterr().err
        assert "MTAUDIT_CACHE_DIR" in err and len(err.strip().splitlines()) == 1, err
    assert not launched


def _longest_cache(tmp_path):
    """A cache folder whose worker socket path is as long as the system allows."""
    room = worker.MAX_SOCKET_PATH - len(str(tmp_path)) - len("/worker-000000000000.sock") - 1
    if room < 1:
        pytest.skip("the temporary folder's path is too long already")
    return tmp_path / ("d" * room)


def test_a_socket_path_at_the_system_limit_serves(tmp_path, monkeypatch):
    """The temporary name the socket is bound under before it appears is no longer than the final one."""
    cache = _longest_cache(tmp_path)
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(cache))
    assert len(os.fsencode(str(worker.socket_path()))) == worker.MAX_SOCKET_PATH
    monkeypatch.setattr(worker, "warm_up", lambda: None)
    monkeypatch.setattr(worker, "POLL_SECONDS", 0.2, raising=False)
    codes = []
    thread = threading.Thread(target=lambda: codes.append(worker.serve(idle_timeout=60)), daemon=True)
    thread.start()
    path = worker.socket_path()
    deadline = time.time() + 10
    try:
        while not worker._alive(path):
            assert thread.is_alive(), "the worker died"
            assert time.time() < deadline
            time.sleep(0.05)
    finally:
        try:
            worker._ask(path, {"stop": True})
        except OSError:
            pass
        thread.join(10)


def test_check_talks_only_to_a_socket_private_to_the_user(w, monkeypatch, capsys):
    """A socket others could have put there (a folder or socket writable by others, another owner)
    is not used: one warning line, then the check runs in process."""
    assert worker.try_check(["check", "a.txt"]) == 0
    capsys.readouterr()
    peercred = hasattr(socket, "SO_PEERCRED")  # then a folder others can write to is fine: the peer is checked
    for target, mode, used in ((w.path.parent, 0o777, peercred), (w.path, 0o666, False), (w.path, 0o640, False)):
        old = os.stat(target).st_mode & 0o7777
        os.chmod(target, mode)
        try:
            assert worker.try_check(["check", "a.txt"]) == (0 if used else None)
        finally:
            os.chmod(target, old)
        err = capsys.readouterr().err
        assert err == "" if used else "not private to you" in err and len(err.strip().splitlines()) == 1, err
    getuid = os.getuid
    monkeypatch.setattr(worker, "socket_path", lambda: w.path)
    monkeypatch.setattr(worker.os, "getuid", lambda: getuid() + 1)  # as if the socket were another user's
    try:
        assert worker.try_check(["check", "a.txt"]) is None
        assert "not private to you" in capsys.readouterr().err
        if hasattr(socket, "SO_PEERCRED"):  # and the process answering, another user's
            a, b = socket.socketpair()
            with a, b:
                assert not worker._peer_is_us(a)
    finally:
        monkeypatch.setattr(worker.os, "getuid", getuid)
    a, b = socket.socketpair()
    with a, b:
        assert worker._peer_is_us(a)
