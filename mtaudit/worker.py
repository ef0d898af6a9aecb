"""A resident worker for `mtaudit check` (like dmypy): models stay loaded between calls.

`mtaudit worker start` runs one in the background; `mtaudit check` then sends it its arguments,
working folder and stdin over a Unix socket and prints what it answers, in a fraction of the
in-process cold start. Without a worker, with MTAUDIT_WORKER=off, when the worker is busy warming
up, or when anything goes wrong talking to it, `check` runs in process as before: the output is the
same either way (the worker runs the very same `check` code of the same mtaudit installation, and
is only used when the MTAUDIT_* environment matches).

The socket lives in the cache folder (see mtaudit.recache), is private to the user (mode 0600; `check`
uses it only when it is so, in a folder of the user's, and the process answering runs as the user:
see _private) and
is named after the mtaudit version and installation, so a worker of another checkout is never used.
`worker start` sends the worker's stderr to worker-*.log beside it, and reports at once a worker that
stops before it is ready, with that log's last line.
It appears only once the models are loaded. `mtaudit worker stop|status` manage it; it exits by
itself after --idle-timeout seconds without a request (default one hour; 0: never), and at once when its
socket is removed or replaced.

The worker serves one request at a time. A client waits at most ACCEPT_TIMEOUT seconds for the
worker to take its request (the worker acknowledges it), then runs in process; once taken, it waits
as long as the audit takes. The worker drops a connection that has not sent its request within
REQUEST_TIMEOUT. A lock file beside the socket (worker-*.lock, flock) is held by the worker for its
whole life and names its pid: `worker start` does not start a second worker beside a busy one,
`status` tells busy from absent, and `stop` also stops a worker of an earlier version of the code
(SIGTERM when it is busy).
"""
from __future__ import annotations

import hashlib
import io
import json
import math
import os
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

from . import __version__
from .i18n import _

MAX_MESSAGE = 256 * 1024 * 1024
ACCEPT_TIMEOUT = 3.0  # the client falls back in process when the worker has not taken its request by then
REQUEST_TIMEOUT = 10.0  # the worker drops a connection that has not sent its whole request by then
REPLY_TIMEOUT = 60.0  # ... or that does not read its answer
POLL_SECONDS = 1.0  # how often an idle worker checks that its socket is still its own
PING_TIMEOUT = 2.0  # `worker status|start`: a worker that does not answer by then is busy or absent


def socket_path() -> Path | None:
    from .recache import cache_dir

    d = cache_dir()
    if d is None:
        return None
    pkg = Path(__file__).resolve().parent
    ident = f"{__version__}|{pkg}|{_code_stamp(pkg)}|{sys.executable}|{os.getuid()}"
    return d / f"worker-{hashlib.sha256(ident.encode()).hexdigest()[:12]}.sock"


# the longest Unix socket path bind() takes, in bytes (sun_path less its final NUL)
MAX_SOCKET_PATH = 103 if sys.platform == "darwin" or "bsd" in sys.platform else 107


def path_problem(path: Path) -> str | None:
    """Why no worker can listen on path (a message), None when it can."""
    n = len(os.fsencode(os.path.abspath(path)))
    if n <= MAX_SOCKET_PATH:
        return None
    return _("the worker's socket path is {n} bytes long, over the {limit} this system allows ({path}): "
             "set MTAUDIT_CACHE_DIR to a shorter folder").format(n=n, limit=MAX_SOCKET_PATH, path=path)


def log_path(path: Path) -> Path:
    """Where `worker start` sends its worker's stderr (beside the socket)."""
    return path.with_suffix(".log")


def _run_argv(idle_timeout: float) -> list[str]:
    return [sys.executable, "-m", "mtaudit", "worker", "run", "--idle-timeout", str(idle_timeout)]


def lock_path(path: Path) -> Path:
    """The lock file beside a socket: held (flock) by its worker for its whole life, with its pid."""
    return path.with_suffix(".lock")


def _installation() -> str:
    """What a worker of this installation shares with one of an earlier version of its code."""
    return f"{Path(__file__).resolve().parent}|{sys.executable}|{os.getuid()}"


def _holder(lock: Path) -> dict | None:
    """The worker holding a lock file ({"pid", "socket", "installation"}), None when none holds it."""
    import fcntl

    try:
        with open(lock, "r+") as f:
            try:
                fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                try:
                    return json.loads(f.read() or "{}") or {"pid": None}
                except ValueError:
                    return {"pid": None}
            fcntl.flock(f, fcntl.LOCK_UN)
            return None
    except OSError:
        return None


def _code_stamp(pkg: Path) -> int:
    """Latest change to mtaudit's code or data: an edited checkout never talks to an older worker."""
    latest = 0
    for d, _, files in os.walk(pkg):
        for f in files:
            if f.endswith((".py", ".tsv", ".txt", ".json")):
                try:
                    latest = max(latest, os.stat(os.path.join(d, f)).st_mtime_ns)
                except OSError:
                    pass
    return latest


def _env() -> dict:
    """What must match between client and worker: mtaudit's variables and the locale ones that choose
    the messages' language (a worker started in English must not answer a French terminal)."""
    from .i18n import ENV_VARS

    return {k: v for k, v in os.environ.items()
            if (k.startswith("MTAUDIT_") and k != "MTAUDIT_WORKER") or k in ENV_VARS}


def _send(conn: socket.socket, obj) -> None:
    data = json.dumps(obj).encode("utf-8")
    conn.sendall(struct.pack(">Q", len(data)) + data)


def _recv(conn: socket.socket):
    head = _recv_exact(conn, 8)
    (n,) = struct.unpack(">Q", head)
    if n > MAX_MESSAGE:
        raise OSError("message too large")
    return json.loads(_recv_exact(conn, n).decode("utf-8"))


def _recv_exact(conn: socket.socket, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = conn.recv(min(n - len(buf), 1 << 20))
        if not chunk:
            raise OSError("connection closed")
        buf += chunk
    return bytes(buf)


# -- client -------------------------------------------------------------------------------------------

def try_check(argv: list[str]) -> int | None:
    """Run `mtaudit check ARGV...` through a running worker: its exit code, or None to run in process."""
    if os.environ.get("MTAUDIT_WORKER", "").lower() in ("off", "0", "no"):
        return None
    path = socket_path()
    if path is None or not path.exists():
        return None
    from .read.loader import is_stream

    if any(is_stream(a) for a in argv[1:] if a != "-"):  # a pipe (`<(cmd)`) is this process's: read it here
        return None
    if not _private(path):  # someone else's socket (or one others could have put there): not talking to it
        print(_("mtaudit: warning: {message}").format(message=_(
            "the worker socket {path} or its folder is not private to you (owner or permissions); "
            "checking in this process").format(path=path)), file=sys.stderr)
        return None
    stdin = b""
    if "-" in argv[1:]:
        stdin = sys.stdin.buffer.read()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            # until the worker has taken the request (it serves one at a time: busy, or held by an idle
            # connection), wait a bounded time, then run in process; after that, as long as the audit takes
            conn.settimeout(ACCEPT_TIMEOUT)
            conn.connect(str(path))
            if not _peer_is_us(conn):
                raise OSError("the worker socket's process runs as another user")
            _send(conn, {"argv": argv, "cwd": os.getcwd(), "env": _env(),
                         "stdin": stdin.decode("latin-1"), "isatty": sys.stdout.isatty(), "ack": True})
            reply = _recv(conn)
            if reply.get("accepted"):
                conn.settimeout(None)
                reply = _recv(conn)
    except (OSError, ValueError):
        if stdin:  # stdin is consumed: hand it to the in-process run
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        return None
    if reply.get("fallback"):
        if stdin:
            sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
        return None
    sys.stdout.write(reply["stdout"])
    sys.stdout.flush()
    sys.stderr.write(reply["stderr"])
    return int(reply["rc"])


def _private(path: Path) -> bool:
    """The socket is this user's own, private (as the worker makes it: 0600), in a folder of this
    user's. A folder others can write to (a umask of 002 makes the cache folder group-writable) is
    accepted where SO_PEERCRED then checks the process answering, as another user could swap in
    a socket of theirs between this look and the connection; elsewhere it is not."""
    import stat

    uid = os.getuid()
    try:
        sock, folder = os.lstat(path), os.stat(path.parent)
    except OSError:
        return False
    return (stat.S_ISSOCK(sock.st_mode) and sock.st_uid == uid and not sock.st_mode & 0o077
            and folder.st_uid == uid and (not folder.st_mode & 0o022 or hasattr(socket, "SO_PEERCRED")))


def _peer_is_us(conn: socket.socket) -> bool:
    """The process at the other end runs as this user (SO_PEERCRED; True where the system lacks it)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    try:
        _pid, uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))
    except OSError:
        return True
    return uid == os.getuid()


# -- server -------------------------------------------------------------------------------------------

def warm_up() -> None:
    """Load every engine a default check uses, and build the rule indexes once."""
    from .pipeline import audit_text

    audit_text("Le président a déclaré mardi que les négociations reprendraient la semaine prochaine "
               "à Paris. Il a ajouté qu'un accord restait possible.", id="warm-up")


def _handle(req: dict) -> dict:
    from .cli import main

    if req.get("env") != _env() or req.get("argv", [None])[0] != "check":
        return {"fallback": True}
    out, err = io.StringIO(), io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(req.get("stdin", "").encode("latin-1")), encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.stderr, os.getcwd()
    try:
        os.chdir(req["cwd"])
        sys.stdin, sys.stdout, sys.stderr = stdin, out, err
        try:
            rc = main(list(req["argv"]))
        except SystemExit as e:
            rc = int(e.code or 0)
    except Exception as e:  # never take the worker down; the client prints the error
        return {"rc": 2, "stdout": out.getvalue(), "stderr": err.getvalue() + f"mtaudit: error: {e}\n"}
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved[:3]
        os.chdir(saved[3])
    return {"rc": rc, "stdout": out.getvalue(), "stderr": err.getvalue()}


def serve(idle_timeout: float = 3600.0) -> int:
    path = socket_path()
    if path is None:
        print(_("mtaudit: error: {message}").format(message=_("the worker needs a cache folder (MTAUDIT_CACHE_DIR is off)")),
              file=sys.stderr)
        return 2
    problem = path_problem(path)
    if problem:
        print(_("mtaudit: error: {message}").format(message=problem), file=sys.stderr)
        return 2
    import fcntl

    path = Path(os.path.abspath(path))  # a relative MTAUDIT_CACHE_DIR: from the folder the worker started in
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = open(lock_path(path), "a+")  # held until this process ends: a second worker sees the first
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        print(_("mtaudit: a worker is already running on {path}").format(path=path), file=sys.stderr)
        return 0
    try:
        lock.truncate(0)
        lock.write(json.dumps({"pid": os.getpid(), "socket": str(path), "installation": _installation()}))
        lock.flush()
        return _serve(path, idle_timeout)
    finally:
        lock.close()


class _Stopped(BaseException):
    """SIGTERM (`worker stop` of a busy worker): leave through serve's clean-up."""


def _serve(path: Path, idle_timeout: float) -> int:
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        def stop(*_args):
            raise _Stopped()
        signal.signal(signal.SIGTERM, stop)
    if not idle_timeout > 0:  # 0: never idle out (a timeout of 0 would make the socket non-blocking)
        idle_timeout = math.inf
    warm_up()
    tmp = path.with_name(f"w{os.getpid()}.tmp")  # no longer than the socket's own name (path_problem)
    tmp.unlink(missing_ok=True)
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)
    try:
        srv.bind(str(tmp))
    finally:
        os.umask(old)
    srv.listen(16)
    os.replace(tmp, path)  # appears only now that the models are loaded
    ours = os.stat(path).st_ino
    srv.settimeout(min(idle_timeout, POLL_SECONDS))
    last = time.monotonic()
    try:
        while True:
            try:
                conn, _addr = srv.accept()
            except socket.timeout:
                if time.monotonic() - last > idle_timeout:
                    return 0
                if not _ours(path, ours):  # removed, or replaced by another worker's: nobody reaches us
                    return 0
                continue
            last = time.monotonic()
            with conn:
                try:
                    conn.settimeout(REQUEST_TIMEOUT)  # an idle or slow client does not hold the worker
                    req = _recv(conn)
                    conn.settimeout(REPLY_TIMEOUT)
                    if req.get("stop"):
                        _send(conn, {"stopped": True})
                        return 0
                    if req.get("ping"):
                        _send(conn, {"pid": os.getpid(), "version": __version__})
                        continue
                    if req.get("ack"):
                        _send(conn, {"accepted": True})
                    _send(conn, _handle(req))
                except (OSError, ValueError):
                    continue
            if not _ours(path, ours):
                return 0
    except _Stopped:
        return 0
    finally:
        srv.close()
        try:
            if os.stat(path).st_ino == ours:
                path.unlink()
        except OSError:
            pass
        from .recache import save

        save()


def _ours(path: Path, inode: int) -> bool:
    try:
        return os.stat(path).st_ino == inode
    except OSError:
        return False


def _ask(path: Path, obj, timeout: float = 2.0):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.settimeout(timeout)
        conn.connect(str(path))
        _send(conn, obj)
        return _recv(conn)


def _alive(path: Path) -> dict | None:
    try:
        return _ask(path, {"ping": True}, timeout=PING_TIMEOUT)
    except (OSError, ValueError):
        return None


def command(args) -> int:
    path = socket_path()
    if path is None:
        print(_("mtaudit: error: {message}").format(message=_("the worker needs a cache folder (MTAUDIT_CACHE_DIR is off)")),
              file=sys.stderr)
        return 2
    if args.action == "run":
        return serve(args.idle_timeout)
    if args.action in ("start", "wait"):  # (run: serve() checks it)
        problem = path_problem(path)
        if problem:
            print(_("mtaudit: error: {message}").format(message=problem), file=sys.stderr)
            return 2
    if args.action == "start":
        if _alive(path) or _holder(lock_path(path)):  # answering, or busy (or still warming up)
            print(_("worker already running ({path})").format(path=path))
            return 0
        log = log_path(path)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with open(log, "wb") as out:  # its stderr: what went wrong, should it stop before it is ready
            proc = subprocess.Popen(_run_argv(args.idle_timeout), stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                                    start_new_session=True, cwd="/" if path.is_absolute() else None)
        return _wait(path, args.timeout, proc, log)
    if args.action == "wait":
        return _wait(path, args.timeout)
    if args.action == "status":
        info = _alive(path)
        if info:
            print(_("worker running, pid {pid} ({path})").format(pid=info["pid"], path=path))
            return 0
        held = _holder(lock_path(path))
        if held:
            print(_("worker busy (auditing or warming up), pid {pid} ({path})").format(pid=held.get("pid"), path=path))
            return 0
        others = _others(path)
        if others:
            print(_("no worker running for this version of the code; an earlier one runs, pid {pid} "
                    "(`mtaudit worker stop` stops it)").format(pid=others[0].get("pid")))
        else:
            print(_("no worker running"))
        return 1
    if args.action == "stop":
        stopped = [_stop(path, _holder(lock_path(path)))] + [_stop(Path(h["socket"]), h) for h in _others(path)]
        print(_("worker stopped") if any(stopped) else _("no worker running"))
        return 0
    return 2


def _others(path: Path) -> list[dict]:
    """Running workers of this installation for other versions of its code (an edited checkout)."""
    out = []
    for lock in sorted(path.parent.glob("worker-*.lock")):
        if lock == lock_path(path):
            continue
        held = _holder(lock)
        if held and held.get("installation") == _installation() and held.get("socket"):
            out.append(held)
    return out


def _stop(path: Path, held: dict | None) -> bool:
    """Ask the worker on path to stop; a busy one (it holds its lock but does not answer) gets SIGTERM."""
    import signal

    try:
        _ask(path, {"stop": True}, timeout=2)
        return True
    except (OSError, ValueError):
        pass
    pid = (held or {}).get("pid")
    if isinstance(pid, int) and pid != os.getpid():
        try:
            os.kill(pid, signal.SIGTERM)
            return True
        except OSError:
            pass
    return False


def _wait(path: Path, timeout: float, proc=None, log: Path | None = None) -> int:
    """Wait for a worker to answer on path. proc: the one `start` launched, whose early failure ends
    the wait at once with the last line it wrote to log."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if _alive(path):
            print(_("worker ready ({path})").format(path=path))
            return 0
        rc = proc.poll() if proc is not None else None
        if rc:  # 0: it left a worker started meanwhile in place; wait for that one
            print(_("mtaudit: error: {message}").format(message=_("the worker stopped before it was ready: {problem} "
                                                                  "(its messages: {log})").format(
                problem=_last_line(log) or _("exit status {rc}").format(rc=rc), log=log)), file=sys.stderr)
            return 2
        time.sleep(0.2)
    print(_("mtaudit: error: {message}").format(message=_("no worker answered within {seconds} s").format(seconds=f"{timeout:.0f}")),
          file=sys.stderr)
    return 2


def _last_line(log: Path | None) -> str:
    """The last non-blank line of a log (an exception's message), "" when there is none."""
    try:
        with open(log, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 4096))
            lines = f.read().decode("utf-8", "replace").splitlines()
    except (OSError, TypeError):
        return ""
    return next((ln.strip() for ln in reversed(lines) if ln.strip()), "")
