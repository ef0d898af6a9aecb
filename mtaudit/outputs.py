"""Exit codes and output formats: the one place the CLI, `check` and the service take them from."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Callable

from .i18n import _, ngettext

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2  # as Vale's: clean / gate crossed / usage or input error
EXIT_INTERRUPTED = 130  # 128 + SIGINT: Ctrl-C, as shells report it
EXIT_TERMINATED = 143  # 128 + SIGTERM: a batch stopped by SIGTERM (handled as Ctrl-C is)
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away (`| head`), as for a Unix tool

ARTICLE_FORMATS = ("json", "md", "html")  # one file per article (`audit`)
RUN_FORMATS = ("sarif", "junit", "github")  # one output per run: mtaudit.sarif, junit.xml, stdout
EXTRA_FORMATS = ("xliff",)  # one file per XLIFF input: <id>.mtaudit.xlf, findings as notes
FORMATS = ARTICLE_FORMATS + RUN_FORMATS + EXTRA_FORMATS  # `audit --format`
CHECK_FORMATS = ("json", "text", "sarif", "junit", "github")  # `check --format`, on stdout
RUN_FILES = {"sarif": "mtaudit.sarif", "junit": "junit.xml"}  # where `audit` writes run formats


def exit_code(errors, crossed: bool, rule_failures=(), allow_rule_failures: bool = False) -> int:
    """2 for input errors, or for a rule that failed (its findings are missing) unless allowed;
    else 1 when an article crossed the gate; else 0."""
    if errors or (rule_failures and not allow_rule_failures):
        return EXIT_ERROR
    return EXIT_FINDINGS if crossed else EXIT_OK


def rule_failures(reports) -> list[str]:
    """One line per rule that raised while auditing an article ("<article>: rule MTA201 failed: ...")."""
    from .report.ci import printable  # one line each: an exception's text or a file name may hold line breaks

    return [printable(_("{article}: rule {rule} failed: {error}").format(
                article=r["article"].get("path") or r["article"]["id"], rule=f["rule"], error=f["error"]))
            for r in reports for f in r.get("failures", ())]


def suppression_notes(reports) -> list[str]:
    """One line per note on a suppression comment ("<article>:<line>: unknown rule id ...") and per
    source set aside for its language ("<article>: The source given is in German..."); the no-source
    note was said when the article was read."""
    from .report.ci import printable  # one line each, as the text format

    out = []
    for r in reports:
        article = printable(r["article"].get("path") or r["article"]["id"])
        for n in r.get("notes", ()):
            if "line" in n:
                out.append(_("{article}:{line}: {message}").format(article=article, line=n["line"], message=n["message"]))
            elif n.get("kind") == "source-language":
                out.append(_("{path}: {problem}").format(path=article, problem=n["message"]))
    return out


def check_output_folder(out) -> str | None:
    """Why `out` cannot take the reports (checked before auditing), or None."""
    import os
    import tempfile
    from pathlib import Path

    out = Path(out)
    if out.exists() and not out.is_dir():
        return _("--out {folder}: exists and is not a folder").format(folder=out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".mtaudit-probe-", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as e:
        return _("--out {folder}: cannot write there ({error})").format(folder=out, error=e.strerror or e)
    return None


def check_output_file(option: str, path) -> str | None:
    """Why `path` cannot be written as a file (checked before auditing), or None. A missing parent
    folder is fine: write_atomic creates it."""
    from pathlib import Path

    p = Path(path)
    if p.is_dir():
        return _("{option} {path}: is a folder, expected a file").format(option=option, path=p)
    above = next((d for d in p.parents if d.exists()), None)
    if above is not None and not above.is_dir():
        return _("{option} {path}: {parent} is not a folder").format(option=option, path=p, parent=above)
    return None


def interrupted_note(not_audited: int | None) -> str:
    """The line run-level outputs carry for a run stopped by Ctrl-C."""
    if not_audited is None:
        return _("mtaudit was interrupted (Ctrl-C): the inputs not reached were not audited; run again to audit the rest")
    return ngettext("mtaudit was interrupted (Ctrl-C): {n} input not audited; run again to audit the rest",
                    "mtaudit was interrupted (Ctrl-C): {n} inputs not audited; run again to audit the rest",
                    not_audited).format(n=not_audited)


def render_run(fmt: str, items, errors, failed: Callable[[dict], bool], more_hint: str = "",
               interrupted: str | None = None) -> str:
    """A run-level format (text, sarif, junit, github) from CI items and (path, problem) errors.
    `failed(report)`: did that article cross the gate (JUnit failures). `interrupted`: the note of
    a run stopped early (interrupted_note), which sarif, junit and github carry."""
    if fmt == "text":
        from .report.ci import render_text

        return render_text(items, errors)
    if fmt == "sarif":
        from .report.sarif import render_sarif

        return render_sarif(items, errors, interrupted=interrupted)
    if fmt == "junit":
        from .report.junit import render_junit

        return render_junit(items, errors, failed=failed, interrupted=interrupted)
    if fmt == "github":
        from .report.github import render_github

        return render_github(items, errors, more_hint=more_hint, interrupted=interrupted)
    raise ValueError(f"not a run-level format: {fmt!r}")


def run_pieces(fmt: str, items, errors, failed: Callable[[dict], bool], more_hint: str = "",
               interrupted: str | None = None) -> Iterable[str]:
    """render_run's text as pieces to write in turn: SARIF's JSON is encoded piece by piece (a run
    with many findings never holds its text, nor json's list of every small piece of it, at once);
    the other formats are one piece."""
    if fmt == "sarif":
        from .report.sarif import sarif_pieces

        return sarif_pieces(items, errors, interrupted=interrupted)
    return (render_run(fmt, items, errors, failed, more_hint=more_hint, interrupted=interrupted),)
