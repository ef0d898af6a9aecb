"""Apertium (rule-based, offline): French <-> English through Spanish with Debian's language pairs.

One article is one pipeline of processes per direction (never one process per sentence): the
segments go in one per line, and apertium keeps line breaks in plain-text mode.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
from functools import lru_cache

from .base import Backend, BackendUnavailable
from ...i18n import N_, _

HOW_TO = N_("install Debian's apertium, apertium-fr-es and apertium-eng-spa (apt-get install apertium apertium-fr-es apertium-eng-spa)")


@lru_cache(maxsize=4)
def installed_modes(binary: str) -> frozenset:
    try:
        out = subprocess.run([binary, "-l"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines() if line.strip())


class ApertiumBackend(Backend):
    name = "apertium"

    @classmethod
    def probe(cls, options, strict=False):
        binary = shutil.which("apertium")
        if not binary:
            return _("the apertium command is not installed")
        modes = installed_modes(binary)
        missing = [m for chain in options.apertium.values() for m in chain if m not in modes]
        if missing:
            return _("apertium language data missing for mode(s) {modes}").format(modes=", ".join(missing))
        return None

    def __init__(self, options=None):
        super().__init__(options)
        reason = self.probe(self.options, strict=True)
        if reason:
            raise BackendUnavailable(reason, _(HOW_TO))
        self.binary = shutil.which("apertium")

    def model(self, direction):
        return "|".join(self.options.apertium[direction])

    def _run_chain(self, text: str, modes: list[str]) -> str:
        procs: list[subprocess.Popen] = []
        try:
            for mode in modes:
                stdin = procs[-1].stdout if procs else subprocess.PIPE
                # its own session: on a timeout the whole group goes (apertium is a shell script
                # running a pipeline; killing the script alone leaves its children running)
                procs.append(subprocess.Popen([self.binary, "-u", mode], stdin=stdin, stdout=subprocess.PIPE,
                                              stderr=subprocess.PIPE, start_new_session=os.name == "posix"))
                if len(procs) > 1:
                    procs[-2].stdout.close()  # the next process owns the pipe now
            # write from a thread so a long text cannot fill the pipes and deadlock
            writer = threading.Thread(target=_feed, args=(procs[0].stdin, text.encode("utf-8")), daemon=True)
            writer.start()
            out, err = procs[-1].communicate(timeout=self.options.apertium_timeout)
            writer.join(timeout=5)
            for mode, p in zip(modes, procs):
                if p.wait(timeout=self.options.apertium_timeout):
                    msg = (p.stderr.read() if p is not procs[-1] else err) or b""
                    raise RuntimeError(f"apertium {mode} exited with {p.returncode}: "
                                       f"{msg.decode(errors='replace')[:300]}")
            return out.decode("utf-8", errors="replace")
        finally:
            for p in procs:
                if p.poll() is None:
                    _kill(p)
                    p.wait()
                for stream in (p.stderr, p.stdout):
                    if stream and not stream.closed:
                        stream.close()

    def _translate(self, texts, direction):
        modes = self.options.apertium[direction]
        out = _lines(self._run_chain("\n".join(texts) + "\n", modes), len(texts))
        if len(out) != len(texts):  # should not happen: fall back to small chunks, not one per sentence
            out = []
            for k in range(0, len(texts), 8):
                part = texts[k:k + 8]
                got = _lines(self._run_chain("\n".join(part) + "\n", modes), len(part))
                if len(got) != len(part):  # misaligned lines would score one sentence against another
                    raise RuntimeError(f"apertium {'|'.join(modes)} returned {len(got)} lines for {len(part)}")
                out += got
        return [" ".join(t.split()) for t in out]


def _lines(text: str, n: int) -> list[str]:
    """The output's lines, without the empty ones after the n-th (the final line break)."""
    out = text.split("\n")
    while out and out[-1] == "" and len(out) > n:
        out.pop()
    return out


def _kill(p: subprocess.Popen) -> None:
    """Kill a process and, on POSIX, its process group (started in its own session)."""
    if os.name == "posix":
        try:
            os.killpg(p.pid, signal.SIGKILL)
            return
        except OSError:
            pass
    p.kill()


def _feed(stream, data: bytes) -> None:
    try:
        stream.write(data)
    except BrokenPipeError:
        pass
    finally:
        try:
            stream.close()
        except BrokenPipeError:
            pass
