"""A resident helper process for the engine passes that need no spaCy analysis and are pure Python
(Grammalecte's parse and speller, line by line; langdetect over the text). A thread beside spaCy
shares the GIL with spaCy's Python parts; a process runs truly beside it when a core is free.
With spacy=True (the service's) it also loads spaCy and analyses the last paragraphs of each new
article (pipeline.HELPER_SHARE of their characters) while the audit process analyses the others;
its paragraph analyses come back first (EARLY) and are remembered like the audit process's own
(detect/nlp.py analyses each paragraph on its own, so where a paragraph was analysed does not matter).

The service starts one (ServiceState: `EngineHelper().start()`), and Auditor(helper=) uses it:
submit() sends the article's jobs, the audit thread runs spaCy meanwhile, then collect() waits for
the answers and each job's `install` puts its answer where the rules look first (the Grammalecte
engine's per-line memories, the Context's language). The answers equal the in-process ones: the
same functions, the same options, in a process that loaded the same code.

Nothing is lost when the helper fails. A job that raises there is not installed, so the rule
computes it in-process and meets the error itself (it is then reported in `failures`). A helper
that dies or overruns its time is killed, logged, counted (`failures`, `restarts`, shown by the
service's /readyz) and restarted in the background; that article's rules compute everything
in-process, so the report is the same. While the helper is warming up or busy, or (policy "auto",
the service's) while no core is free for it, submit() answers None and the auditor uses its thread
instead.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection

log = logging.getLogger("mtaudit")

BASE_TIMEOUT = 10.0  # seconds a helper may take for an article, plus PER_CHAR for each character
PER_CHAR = 0.0005  # Grammalecte reads ~40,000 characters a second on a quiet core: ten times that


class NoEngine(Exception):
    """Grammalecte is not available in the helper process (the job is then done in-process)."""


def _engine():
    from . import grammalecte

    engine = grammalecte.load()
    if engine is None:
        raise NoEngine()
    return engine


def _parse(paragraph: str, options: dict):
    return _engine().parse(paragraph, options)


def _spell(paragraph: str):
    return _engine().spelling_errors(paragraph)


def _paragraphs(parts: list):
    from ..detect.nlp import analyse_paragraphs

    return analyse_paragraphs(parts)


def _language(text: str):
    from ..detect.language import detect_language

    return detect_language(text)


JOBS = {"grammalecte.parse": _parse, "grammalecte.spell": _spell, "language": _language,
        "spacy.paragraphs": _paragraphs}
# jobs whose answer is sent as soon as it is ready (the parent waits for it before the others: collect_early)
EARLY = frozenset({"spacy.paragraphs"})


# the helper's command: the parent's import path (so it runs the same mtaudit), then _main on the socket
CHILD = ("import json, os, sys; sys.path[:0] = json.loads(os.environ['MTAUDIT_HELPER_PATH']); "
         "from multiprocessing.connection import Connection; from mtaudit.lang.helper import _main; "
         "_main(Connection(int(sys.argv[1])))")


def _main(conn) -> None:
    """The helper process: load the engines, say so, then answer one list of jobs at a time."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the service stops it; Ctrl-C goes to the service
    try:
        from . import grammalecte

        engine = grammalecte.load()
        _language("Texte de démarrage du service.")  # langdetect's table
        if os.environ.get("MTAUDIT_HELPER_SPACY") == "1":  # a share of each article's paragraphs
            from ..detect.nlp import load_spacy

            load_spacy()
        conn.send(("ready", engine.name if engine is not None else None))
    except Exception as e:  # noqa: BLE001 - told to the parent, which then works without a helper
        conn.send(("error", f"{type(e).__name__}: {e}"))
        return
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        rid, jobs = msg
        out = []
        for k, (name, args) in enumerate(jobs):
            try:
                res = (True, JOBS[name](*args))
            except Exception as e:  # noqa: BLE001 - per job: the parent recomputes it in-process
                res = (False, f"{type(e).__name__}: {e}")
            if name in EARLY:
                conn.send((rid, k, res))
                res = (res[0], None)  # already sent
            out.append(res)
        conn.send((rid, out))


class Job:
    """One piece of work for the helper: JOBS[name](*args), then install(answer) in the parent."""
    __slots__ = ("name", "args", "install")

    def __init__(self, name: str, args: tuple, install):
        self.name, self.args, self.install = name, args, install


def line_jobs(lines, name: str, extra: tuple, skip, keep) -> list[Job]:
    """One job JOBS[name](text, *extra) per distinct line text that skip(text) does not rule out; its
    answer is installed with keep(text, answer)."""
    jobs, seen = [], set()
    for line in lines:
        text = line.text
        if text in seen or skip(text):
            continue
        seen.add(text)
        jobs.append(Job(name, (text, *extra), lambda answer, text=text: keep(text, answer)))
    return jobs


POLICY_ENV = "MTAUDIT_ENGINE_HELPER"  # the service's engine helper policy: auto (default), always, off
POLICIES = ("auto", "always", "off")


def policy_from_env() -> str:
    """The policy MTAUDIT_ENGINE_HELPER asks for (auto when unset or empty); ValueError for another value."""
    policy = os.environ.get(POLICY_ENV, "").strip().lower() or "auto"
    if policy not in POLICIES:
        from ..i18n import _

        raise ValueError(_("{var} must be auto, always or off, not {value}").format(
            var=POLICY_ENV, value=repr(os.environ[POLICY_ENV])))
    return policy


def free_core(cores: int | None = None, load: float | None = None) -> bool:
    """Whether the helper is likely to run beside the audit rather than take turns with it: the
    1-minute load average is below twice the number of cores. Measured 2026-12-01 on 2 cores over
    HTTP: at load 1.7-4.5 the helper cut the never-seen p95 by 19-38 %; at load 5-10 it lengthened
    the tail in 3 runs of 4 (the wait for its answer adds to it when both only take turns)."""
    cores = cores or os.cpu_count() or 1
    if load is None:
        try:
            load = os.getloadavg()[0]
        except OSError:
            return True
    return load < 2 * cores


class EngineHelper:
    """The helper process and its pipe; one list of jobs at a time. policy "auto": used while a core
    is free (free_core()), else submit() answers None and the auditor's thread does the work;
    "always": used whenever it is ready."""

    def __init__(self, base_timeout: float = BASE_TIMEOUT, per_char: float = PER_CHAR, policy: str = "auto",
                 spacy: bool = False):
        """spacy: the helper also loads spaCy and analyses a share of each article's new paragraphs
        (pipeline.HELPER_SHARE of their characters) while the audit process analyses the rest."""
        if policy not in ("auto", "always"):
            raise ValueError(policy)
        self.policy = policy
        self.spacy = spacy
        self.base_timeout = base_timeout
        self.per_char = per_char
        self.lock = threading.Lock()
        self.restarts = 0  # helpers started again after one died or overran
        self.failures = 0  # articles whose helper answers were lost (computed in-process instead)
        self.job_errors = 0  # single jobs that raised in the helper (computed in-process instead)
        self.engine: str | None = None
        self.error: str | None = None
        self._proc = None
        self._conn = None
        self._ready = threading.Event()
        self._closed = False
        self._rid = 0

    @property
    def status(self) -> str:
        if self._closed:
            return "off"
        if self.error and not self._ready.is_set():
            return "failed"
        if not self._ready.is_set():
            return "warming"
        return "busy" if self.lock.locked() else "ready"

    def to_dict(self) -> dict:
        return {"status": self.status, "restarts": self.restarts, "failures": self.failures,
                "job_errors": self.job_errors}

    def start(self) -> "EngineHelper":
        """Start the process (a fresh interpreter running this module's _main, not a fork of a
        process holding spaCy and threads, and with no re-import of the caller's main script)."""
        mine, theirs = socket.socketpair()
        env = dict(os.environ, MTAUDIT_HELPER_PATH=json.dumps([p for p in sys.path if p]),
                   MTAUDIT_HELPER_SPACY="1" if self.spacy else "0")
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(theirs.fileno())], env=env,
                                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
        theirs.close()
        parent = Connection(mine.detach())
        self._proc, self._conn = proc, parent
        self._ready.clear()

        def wait_ready():
            try:
                if parent.poll(600):
                    kind, detail = parent.recv()
                    if kind == "ready" and self._conn is parent:
                        self.engine, self.error = detail, None
                        self._ready.set()
                    elif kind == "error":
                        self.error = detail
                        log.warning("the engine helper could not start: %s", detail)
            except (EOFError, OSError):
                self.error = "the engine helper exited while starting"
                log.warning(self.error)
        threading.Thread(target=wait_ready, daemon=True, name="mtaudit-engines-warm").start()
        return self

    def wait_ready(self, timeout: float) -> bool:
        return self._ready.wait(timeout)

    def _kill(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        self._ready.clear()
        if proc is not None:
            proc.kill()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                pass
        if conn is not None:
            conn.close()

    def close(self) -> None:
        self._closed = True
        conn = self._conn
        if conn is not None:
            try:
                conn.send(None)
            except (OSError, ValueError):
                pass
        self._kill()

    def submit(self, jobs: list[Job], chars: int = 0) -> "Pending | None":
        """Send jobs; None when the helper is not ready or busy (then nothing was sent). The caller
        must collect() the answer (or the helper stays busy)."""
        if self._closed or not self._ready.is_set() or (self.policy == "auto" and not free_core()):
            return None
        if not self.lock.acquire(blocking=False):
            return None
        try:
            self._rid += 1
            self._conn.send((self._rid, [(j.name, j.args) for j in jobs]))
        except (OSError, ValueError, AttributeError) as e:
            self._lost(f"could not send: {type(e).__name__}: {e}")
            self.lock.release()
            return None
        return Pending(self, self._rid, jobs, time.monotonic() + self.base_timeout + self.per_char * chars)

    def _lost(self, why: str) -> None:
        """The helper died or overran: kill it, count and log it, start a new one."""
        self.failures += 1
        log.warning("engine helper failed (%s): its work is done in-process; restarting it", why)
        self._kill()
        if not self._closed:
            self.restarts += 1
            self.start()


class Pending:
    """The answer to one submit(): early answers (EARLY jobs) as they come, then the rest."""

    def __init__(self, helper: EngineHelper, rid: int, jobs: list[Job], deadline: float):
        self.helper, self.rid, self.jobs, self.deadline = helper, rid, jobs, deadline
        self.done = False
        self.early: dict = {}  # job index -> (ok, value), sent before the rest
        self.answer = None  # the final list
        self.installed: set = set()  # early answers installed by collect_early

    def _receive(self, enough) -> bool:
        """Read the helper's messages until enough() holds; False when the helper died or overran
        (then it is restarted and this answer is lost)."""
        helper = self.helper
        try:
            conn, proc = helper._conn, helper._proc
            while not enough():
                left = self.deadline - time.monotonic()
                if left <= 0:
                    helper._lost("no answer in time")
                    return False
                if conn.poll(min(left, 0.5)):
                    msg = conn.recv()
                    if msg[0] != self.rid:
                        continue
                    if len(msg) == 3:
                        self.early[msg[1]] = msg[2]
                    else:
                        self.answer = msg[1]
                elif proc.poll() is not None:
                    helper._lost(f"the process exited with code {proc.returncode}")
                    return False
        except (EOFError, OSError, AttributeError, ValueError) as e:
            helper._lost(f"{type(e).__name__}: {e}")
            return False
        return True

    def _install(self, k: int, ok: bool, value) -> None:
        if ok:
            self.jobs[k].install(value)
        else:
            self.helper.job_errors += 1
            log.debug("engine helper job %s failed: %s", self.jobs[k].name, value)

    def collect_early(self, k: int) -> bool:
        """Wait for job k's early answer and install it; False when it did not come (then the caller
        does that work itself). Keeps the helper for collect()."""
        if self.done or not (0 <= k < len(self.jobs)) or self.jobs[k].name not in EARLY:
            return False
        if not self._receive(lambda: k in self.early or self.answer is not None):
            self.done = True
            self.helper.lock.release()
            return False
        if k not in self.early:
            return False
        ok, value = self.early[k]
        self._install(k, ok, value)
        self.installed.add(k)
        return ok

    def collect(self) -> bool:
        """Wait for the answers and install those that succeeded (early ones once); False when none
        arrived (the helper died or overran: restarted). Releases the helper."""
        if self.done:
            return False
        self.done = True
        try:
            if not self._receive(lambda: self.answer is not None):
                return False
        finally:
            self.helper.lock.release()
        for k, (ok, value) in enumerate(self.answer):
            if k in self.early:  # sent before the rest: the final list holds a placeholder
                ok, value = self.early[k]
                if k in self.installed:
                    continue
            self._install(k, ok, value)
        return True
