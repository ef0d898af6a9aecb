"""Apertium (rule-based, offline): French <-> English through Spanish with Debian's language pairs.

One article is one pipeline of processes per direction (never one process per sentence): the
segments go in one per line, and apertium keeps line breaks in plain-text mode.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
from functools import lru_cache

from .base import Backend, BackendUnavailable, one_line
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

    def signature(self, direction):
        """The mode chain, apertium's version and each mode file's date (a new package version
        translates differently: the cache must not answer with the old output), and the version of
        the clean-up of Apertium's marks (clean_output)."""
        return f"apertium:{self.model(direction)}|{installed_version(self.binary, tuple(self.options.apertium[direction]))}|clean:1"

    def _run_chain(self, text: str, modes: list[str]) -> str:
        chain = "|".join(modes)
        procs: list[subprocess.Popen] = []
        errs = []  # each stage's stderr goes to a file: a stage that writes a lot there cannot block the chain
        try:
            for mode in modes:
                stdin = procs[-1].stdout if procs else subprocess.PIPE
                errs.append(tempfile.TemporaryFile())
                # its own session: on a timeout the whole group goes (apertium is a shell script
                # running a pipeline; killing the script alone leaves its children running)
                procs.append(subprocess.Popen([self.binary, "-u", mode], stdin=stdin, stdout=subprocess.PIPE,
                                              stderr=errs[-1], start_new_session=os.name == "posix"))
                if len(procs) > 1:
                    procs[-2].stdout.close()  # the next process owns the pipe now
            # write from a thread so a long text cannot fill the pipes and deadlock
            writer = threading.Thread(target=_feed, args=(procs[0].stdin, text.encode("utf-8")), daemon=True)
            writer.start()
            try:
                out, _err = procs[-1].communicate(timeout=self.options.apertium_timeout)
                writer.join(timeout=5)
                codes = [p.wait(timeout=self.options.apertium_timeout) for p in procs]
            except subprocess.TimeoutExpired:
                raise ApertiumTimeout(chain, self.options.apertium_timeout) from None
            for mode, p, err, code in zip(modes, procs, errs, codes):  # the first stage that failed is the one to name
                if code:
                    err.seek(0)
                    msg = one_line(err.read(4000).decode("utf-8", errors="replace"), 300)
                    raise RuntimeError(_("apertium {mode} (in {chain}) exited with {code}: {message}").format(
                        mode=mode, chain=chain, code=p.returncode, message=msg or _("no message")))
            return _decode(out, chain)
        finally:
            for p in procs:  # the whole group of each stage, its leader gone or not (no orphans left)
                _kill(p)
                p.wait()
                if p.stdout and not p.stdout.closed:  # stdin: the writer thread closes it
                    p.stdout.close()
            for err in errs:
                err.close()

    def _translate(self, texts, direction):
        modes = self.options.apertium[direction]
        chain = "|".join(modes)
        out = _lines(self._run_chain("\n".join(texts) + "\n", modes))
        if len(out) != len(texts):  # should not happen: fall back to small chunks, not one per sentence
            out = []
            for k in range(0, len(texts), 8):
                part = texts[k:k + 8]
                got = _lines(self._run_chain("\n".join(part) + "\n", modes))
                if len(got) != len(part):  # misaligned lines would score one sentence against another
                    raise RuntimeError(_("apertium {chain} returned {got} lines for {sent}: its output does not line "
                                         "up with the sentences").format(chain=chain, got=len(got), sent=len(part)))
                out += got
        return [clean_output(t, src) for t, src in zip(out, texts)]


class ApertiumTimeout(subprocess.TimeoutExpired):
    """The chain did not finish in roundtrip.apertium_timeout seconds (its processes are killed)."""

    def __init__(self, chain: str, timeout: float):
        super().__init__(["apertium", chain], timeout)
        self.chain = chain

    def __str__(self):
        return _("apertium {chain} did not finish within {seconds:g} s (roundtrip.apertium_timeout); "
                 "its processes were stopped").format(chain=self.chain, seconds=self.timeout)


@lru_cache(maxsize=16)
def installed_version(binary: str, modes: tuple) -> str:
    """apertium -V and the date of each mode file (measured once per process)."""
    version = ""
    try:
        p = subprocess.Popen([binary, "-V"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, start_new_session=os.name == "posix")
    except OSError:
        p = None
    if p is not None:
        try:
            out = p.communicate(timeout=10)[0].decode("utf-8", errors="replace").strip().splitlines()
            version = out[0].strip() if out else ""
        except subprocess.SubprocessError:
            pass
        finally:
            _kill(p)
            p.wait()
            p.stdout.close()
    datadir = os.environ.get("APERTIUM_DATADIR") or "/usr/share/apertium"
    dates = []
    for mode in modes:
        try:
            dates.append(str(int(os.stat(os.path.join(datadir, "modes", f"{mode}.mode")).st_mtime)))
        except OSError:
            dates.append("?")
    return f"{version or '?'}|modes:{','.join(dates)}"


def _decode(out: bytes, chain: str) -> str:
    """The chain's output as text; output that is not UTF-8 or holds NUL bytes is a failure, not text."""
    try:
        text = out.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RuntimeError(_("apertium {chain} wrote output that is not UTF-8 (byte {byte} at {offset})").format(
            chain=chain, byte=f"0x{out[e.start]:02x}", offset=e.start)) from None
    if "\x00" in text:
        raise RuntimeError(_("apertium {chain} wrote a NUL byte in its output").format(chain=chain))
    return text


def _lines(text: str) -> list[str]:
    """The output's lines: exactly one final line break taken away (an output one line short must
    not pass for a full one by counting the empty string after its last line break)."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


# Apertium's marks in plain-text output: lexical units of its stream format (^surface/analysis<tags>$),
# tags left by a failed generation (<prn>, <n><sg>), '#' (a generation error or a multiword's queue
# mark: "put# ready") and '@' (not in the bilingual dictionary). '*' (unknown word) is not written in
# -u mode, so a '*' in the output is the text's own (Markdown emphasis).
_UNIT = re.compile(r"\^([^\^$/<>{}\[\]]*)[^\^$]*\$")
_TAG = re.compile(r" ?<[a-z][a-z0-9_]*>", re.I)  # with the space before it: "ready <prn>," -> "ready,"
_MARK = re.compile(r"(?<![\w#@])([#@]+)(\w{1,3})|(\w+)#(?!\w)")


def clean_output(out: str, source: str) -> str:
    """A translated line without Apertium's marks and tags (the words kept), on one line. What the
    source itself holds stays: a hashtag or a number sign (#Paris2024, #71189: '#' and what follows it
    are in the source), an e-mail address, "a < b", a literal <tag>."""
    known = source.lower()
    if "^" in out and "$" in out:
        out = _UNIT.sub(lambda m: m.group(0) if m.group(0) in source else m.group(1), out)
    if "<" in out:
        out = _TAG.sub(lambda m: m.group(0) if m.group(0).strip().lower() in known else "", out)
    if "#" in out or "@" in out:
        def mark(m):
            if m.group(1):  # "#word", "@word": a mark unless the source has the sign before the same letters
                return m.group(0) if m.group(0).lower() in known else m.group(2)
            return m.group(0) if m.group(0).lower() in known else m.group(3)  # "put# ready" (C# stays)

        out = _MARK.sub(mark, _MARK.sub(mark, out))  # twice: "#put#" is a mark on each side
    return " ".join(out.split())


def _kill(p: subprocess.Popen) -> None:
    """Kill a process and, on POSIX, its process group (started in its own session): the group too
    when its leader has already exited (a child it left running in the background)."""
    if os.name == "posix":
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:  # no such group left (all gone), or not ours
            pass
    if p.poll() is None:
        try:
            p.kill()
        except OSError:
            pass


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
