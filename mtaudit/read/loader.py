"""Finding and reading article files; every problem becomes an InputError naming the file."""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import MtauditError
from .article import Article
from ..i18n import _

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
MAX_BYTES = 20 * 1024 * 1024
# Files an mtaudit run writes beside the per-article reports (see runner.run_batch).
BATCH_OUTPUT_NAMES = frozenset({"index.html", "summary.csv", "consistency.csv", "mtaudit.sarif", "junit.xml"})


class InputError(MtauditError, ValueError):
    """An input that cannot be audited; str() is a one-line message naming the input."""

    def __init__(self, path: str, problem: str, file: str | None = None, line: int | None = None):
        from ..i18n import _

        super().__init__(_("{path}: {problem}").format(path=path, problem=problem))
        self.path = path  # what the message names: a file, or a corpus row ("FILE row N (id 'x')")
        self.problem = problem
        self.file = file  # a corpus row's: the file it is in, and its first line there when known
        self.line = line


@dataclass
class Source:
    """One input to audit: a file, or a record from a corpus/stdin."""

    id: str
    path: str
    load: object  # callable returning Article (may raise InputError)


# byte-order marks of the wide encodings, the UTF-32 ones first (UTF-32 LE starts like UTF-16 LE)
WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
             (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes, name: str) -> str:
    """UTF-8 (a leading BOM removed), or UTF-16/UTF-32 when the data starts with their BOM.
    Clear errors for binary data (a NUL anywhere) and invalid bytes."""
    for bom, codec in WIDE_BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(name, _("not valid {codec} (it starts with a {codec} byte-order mark; bad data at "
                                         "byte {offset})").format(codec=codec.upper(), offset=e.start)) from None
            return _checked(text, name)  # the codec took the mark; a U+FEFF after it is text, as in UTF-8
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(name, _("looks like a binary file (NUL byte at offset {offset}), not text").format(offset=nul))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise InputError(name, _("not valid UTF-8 (byte {byte} at offset {offset}, line {line})").format(
            byte=f"0x{data[e.start]:02x}", offset=e.start, line=line)) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return _checked(text, name)


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> int | None:
    """The offset of the first lone surrogate (U+D800–U+DFFF) in a str, or None. Text decoded from
    bytes never holds one; a str from JSON ("\\ud800") or from Python may: it is not Unicode text,
    and no encoder can write it."""
    m = _SURROGATE.search(text)
    return m.start() if m else None


def surrogate_problem(text: str) -> str | None:
    """Why a str cannot be audited for holding a lone surrogate, or None."""
    at = lone_surrogate(text)
    if at is None:
        return None
    return _("contains a lone surrogate (U+{code:04X}) at offset {offset}; not valid Unicode text").format(
        code=ord(text[at]), offset=at)


def nul_problem(text: str) -> str | None:
    """Why a str is binary data, not text (a NUL character), or None."""
    if "\x00" not in text:
        return None
    return _("contains a NUL character at offset {offset}; not text").format(offset=text.index(chr(0)))


def str_problem(text: str) -> str | None:
    """Why a str given as is (the API's source, a request's source_text) cannot be read as text, or
    None: a lone surrogate, a NUL character, or only whitespace."""
    problem = surrogate_problem(text) or nul_problem(text)
    if problem:
        return problem
    if not text.strip():
        return _("is blank (only whitespace); give the text, or leave it out (or empty) for none")
    return None


def _checked(text: str, name: str) -> str:
    problem = nul_problem(text)
    if problem:
        raise InputError(name, problem)
    if not text.strip():
        raise InputError(name, _("empty file (no text to audit)"))
    return text


def is_stream(path: str | os.PathLike) -> bool:
    """True for a pipe (what a shell's `<(cmd)` gives: /dev/fd/63) or another file that is not a
    regular file nor a folder: it is read once, as a stream, and never opened just to look at it."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def shown_path(path: str) -> str:
    """How a report names an input file: relative to the working folder (report.ci.relative_uri), but
    a pipe as given (/dev/fd/63, not the /proc/PID/fd/pipe:[N] it resolves to)."""
    from ..report.ci import relative_uri

    return Path(path).as_posix() if is_stream(path) else relative_uri(path)


def missing_problem(path: str | os.PathLike) -> str:
    """Why a path that does not exist cannot be read: a symbolic link to nothing or a loop, else nothing there."""
    p = Path(path)
    if p.is_symlink():
        try:
            p.resolve(strict=True)
        except RuntimeError:
            return _("symbolic link loop")
        except OSError as e:
            import errno

            if e.errno == errno.ELOOP:
                return _("symbolic link loop")
        return _("symbolic link to nothing (dangling)")
    return _("no such file or folder")


def _read_stream(path: str | os.PathLike, name: str) -> bytes:
    """The bytes of a pipe, read once up to MAX_BYTES. A named pipe (mkfifo) nothing writes to yet is
    said on stderr, then waited for (the user named it); a shell's `<(cmd)` has its writer already."""
    import stat
    import sys

    if stat.S_ISFIFO(os.stat(path).st_mode) and not os.path.realpath(path).startswith("/proc/"):
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # does not wait for a writer
        except OSError:
            fd = None
        if fd is not None:
            try:
                first = os.read(fd, 1)
            except BlockingIOError:  # a writer, nothing written yet
                first = None
            if first == b"":  # end of file at once: nothing has it open for writing
                os.close(fd)
                print(_("mtaudit: waiting for something to write to the named pipe {path} (Ctrl-C to stop)").format(
                    path=name), file=sys.stderr)
            else:
                os.set_blocking(fd, True)
                with os.fdopen(fd, "rb") as fh:
                    return _limited(fh, name, first or b"")
    with open(path, "rb") as fh:
        return _limited(fh, name)


def _limited(fh, name: str, head: bytes = b"") -> bytes:
    data = head + fh.read(MAX_BYTES + 1 - len(head))
    if len(data) > MAX_BYTES:
        raise InputError(name, _("file too large ({size} bytes, limit {limit}); split it into articles").format(
            size=f"> {MAX_BYTES}", limit=MAX_BYTES))
    return data


def read_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of an input file; InputError for a missing file, a folder, a file too large or unreadable.
    A pipe (`<(cmd)`) is read once as a stream."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(name, missing_problem(p))
    if p.is_dir():
        raise InputError(name, _("is a folder, expected a file"))
    try:
        if is_stream(p):
            return _read_stream(p, name)
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, _("file too large ({size} bytes, limit {limit}); split it into articles").format(
                size=size, limit=MAX_BYTES))
        return p.read_bytes()
    except PermissionError:
        raise InputError(name, _("permission denied")) from None
    except OSError as e:
        raise InputError(name, _("cannot read ({error})").format(error=e.strerror or e)) from None


def is_mtaudit_output(path: str | os.PathLike) -> bool:
    """True for a file an mtaudit run wrote: a report (JSON, Markdown or HTML sheet), or a batch file.
    Recognised by content, so the outputs of an earlier run with another --out are skipped too."""
    p = Path(path)
    if is_stream(p):  # a pipe is read once, as the article: never sniffed
        return False
    try:
        with open(p, "rb") as fh:
            head = fh.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    suffix = p.suffix.lower()
    if p.name.lower().endswith(".mtaudit.xlf"):  # --format xliff: an annotated copy of an XLIFF input
        return True
    if suffix in (".md", ".markdown"):
        lines = head.splitlines()
        return len(lines) >= 3 and lines[0].startswith("# Quality sheet — ") and lines[2].startswith("**Quality ")
    if suffix == ".json":
        return '"schema": "mtaudit.report/' in head
    if suffix in (".html", ".htm"):
        return "<title>mtaudit — " in head
    if p.name in BATCH_OUTPUT_NAMES:
        return "mtaudit" in head or head.startswith("id,words,quality,verdict")
    return False


def inside(path: Path, folders) -> bool:
    """True when path is in one of the folders (resolved, so ./reports and reports agree)."""
    try:
        rp = path.resolve()
    except OSError:
        return False
    return any(rp == f or f in rp.parents for f in folders)


def read_article(path: str | os.PathLike, id: str | None = None) -> Article:
    """The file's text as is, whatever its suffix (read/inputs.read_file reads by kind: HTML stripped)."""
    p = Path(path)
    name = str(path)
    text = decode(read_bytes(path), name)
    return Article(id=id or p.stem, text=text, path=name, meta={"format": "md" if p.suffix.lower() in (".md", ".markdown") else "txt"})


def output_problem(path: str | os.PathLike, outputs=()) -> str | None:
    """Why a file given as input must not be audited (it is mtaudit's own output), or None."""
    folders = [Path(o).resolve() for o in outputs]
    if folders and inside(Path(path), folders):
        return "is inside the output folder; mtaudit does not audit its own reports"
    if is_mtaudit_output(path):
        return "is a report written by mtaudit, not an article"
    return None


class InputWarning(InputError):
    """Something skipped that does not stop the run (a symlink loop); printed as a warning."""


def discover(paths: list[str], suffixes=TEXT_SUFFIXES, exclude=None,
             outputs=()) -> tuple[list[Path], list[InputError]]:
    """Expand files and folders (recursively) into article files, sorted; bad paths become errors.
    `exclude`: glob patterns for files found inside folders (see excluded()). `outputs`: output
    folders; nothing inside them, and no file mtaudit wrote, is ever read as an article.
    Unreadable subfolders are errors; symlink loops are InputWarnings (followed once)."""
    files: list[Path] = []
    errors: list[InputError] = []
    folders = [Path(o).resolve() for o in outputs]
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            errors.append(InputError(raw, missing_problem(p)))
        elif p.is_dir():
            if not os.access(p, os.R_OK | os.X_OK):
                errors.append(InputError(raw, _("permission denied (cannot list this folder)")))
                continue
            broken: list[Path] = []
            special: list[Path] = []
            wanted = lambda f: f.suffix.lower() in suffixes and not _hidden(f, p)  # noqa: E731
            found = sorted(filter(wanted, _walk(p, errors, broken, special)))
            errors.extend(InputWarning(str(f), _("symbolic link to nothing (dangling, or a loop); skipped"))
                          for f in sorted(filter(wanted, broken)))
            errors.extend(InputWarning(str(f), _("not a regular file (a named pipe, socket or device); skipped"))
                          for f in sorted(filter(wanted, special)))
            found = [f for f in found if not inside(f, folders) and not is_mtaudit_output(f)]
            everything = found
            if exclude:
                found = [f for f in found if not excluded(f, p, exclude)]
            if not everything and not any(e.path.startswith(str(p)) and not isinstance(e, InputWarning)
                                          for e in errors):
                errors.append(InputError(raw, _("folder has no {suffixes} files").format(suffixes="/".join(suffixes))))
            files.extend(found)
        else:
            problem = output_problem(p, outputs)
            if problem:
                errors.append(InputError(raw, problem))
            else:
                files.append(p)
    seen = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, errors


def _walk(root: Path, errors: list, broken: list, special: list | None = None) -> list[Path]:
    """Files under root, following folder symlinks once: a loop is a warning, an unreadable
    subfolder an error (both name the folder). File links that lead nowhere (dangling, or a loop)
    go to `broken`; named pipes, sockets and devices (never opened: a pipe would wait) to `special`."""
    out: list[Path] = []
    seen: set = set()

    def failed(e: OSError):
        errors.append(InputError(e.filename or str(root), _("cannot read this folder ({error}); its files were not "
                                                            "audited").format(error=e.strerror or e)))

    for folder, dirs, names in os.walk(root, onerror=failed, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            errors.append(InputWarning(folder, f"symlink loop (same folder as {real}); skipped"))
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in names:
            f = Path(folder) / name
            if f.is_file():
                out.append(f)
            elif f.is_symlink() and not f.exists():
                broken.append(f)
            elif special is not None and f.exists() and not f.is_dir():
                special.append(f)
    return out


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


def excluded(f: Path, root: Path, patterns) -> bool:
    """A pattern without '/' matches the file name or any folder name ("drafts", "*.bak.md");
    an absolute one (a config file's, made absolute from its folder) matches the file's absolute
    path; another one with '/' matches the path relative to the folder given, or as given ("drafts/**")."""
    from fnmatch import fnmatchcase

    rel = f.relative_to(root).as_posix()
    full = f.as_posix()
    parts = rel.split("/")
    absolute = None
    for pat in patterns:
        pat = pat.strip().rstrip("/")
        if not pat:
            continue
        if "/" not in pat:
            if any(fnmatchcase(part, pat) for part in parts):
                return True
            continue
        if Path(pat).is_absolute():
            if absolute is None:  # as written and with links resolved (a config file's folder is resolved)
                absolute = {Path(os.path.abspath(f)).as_posix(), f.resolve().as_posix()}
            paths = absolute
        else:
            paths = (rel, full)
        if any(fnmatchcase(path, pat) or fnmatchcase(path, pat + "/*") for path in paths):
            return True
    return False
