"""What the CI renderers (SARIF, JUnit, GitHub, text lines) share: an audited article with the
text its offsets point into, its location as a relative path, line/column lookup, fingerprints."""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..detect.finding import SEVERITY_RANK
from ..read.article import line_col, line_starts
from ..i18n import _, quote

LEVELS = {"critical": "error", "major": "warning", "minor": "note"}  # SARIF levels
CONTEXT_CHARS = 24
_RENDERED = ("rule", "slug", "severity", "category", "mqm", "message", "suggestion", "text", "start", "end",
             "html_start", "html_end", "unit", "line", "confidence", "engine")  # what renderers read of a finding


@dataclass
class CiItem:
    """One audited article. `text` is what finding offsets index (the HTML for HTML input)."""

    report: dict
    text: str | None = None
    uri: str | None = None  # relative POSIX path, None when the article has no file
    # a corpus row (uri is its file): "row=3", or "train:3" in a saved dataset's split, as its
    # article's path ends ("data.jsonl#row=3"); row_line: the row's first line in the file, when known
    row: str | None = None
    row_line: int | None = None
    _starts: list = field(default=None, repr=False)
    _positions: dict = field(default=None, repr=False)  # offset -> (line, column), kept by compact()
    _fingerprints: list = field(default=None, repr=False)
    _snippets: dict = field(default=None, repr=False)  # (start, end) -> text where it is not the finding's, kept by compact()

    def compact(self) -> "CiItem":
        """The same item for a long batch: what the renderers read of the text (the line and column
        of each span's ends, the fingerprints) is worked out now, so neither the text nor the
        report's parts no renderer reads (features, units, round trip, sentences) stay in memory.
        Renderings of the compact item are byte-identical."""
        positions, snippets = {}, {}
        for f, start, end in self.spans():
            if "unit" not in f and self.row is None:
                positions[start] = self.line_col(start)
                positions[end] = self.line_col(end)
                if self.snippet(f, start, end) != f["text"]:
                    snippets[(start, end)] = self.snippet(f, start, end)
        rep = self.report
        score = rep.get("score") or {}
        slim = {k: rep[k] for k in ("lang", "verdict", "failures") if k in rep}
        if rep.get("notes"):
            slim["notes"] = [{k: n[k] for k in ("kind", "message", "line") if k in n} for n in rep["notes"]]
        slim["article"] = {k: v for k, v in rep["article"].items() if k in ("id", "path", "words", "format")}
        slim["score"] = {k: score[k] for k in ("quality", "verdict", "counts") if k in score}
        slim["findings"] = [{k: f[k] for k in _RENDERED if k in f} for f in rep["findings"]]
        from ..runner import _shared  # keys and short strings interned, as the runner's summaries

        return CiItem(_shared(slim), None, self.uri, self.row, self.row_line, _positions=positions,
                      _fingerprints=fingerprints(self), _snippets=snippets)

    @property
    def id(self) -> str:
        return self.report["article"]["id"]

    @property
    def name(self) -> str:
        """The article as the reports name it: its file, and the row for a corpus row (data.jsonl#row=3)."""
        name = self.uri or self.id
        return f"{name}#{self.row}" if self.row is not None else name

    @property
    def row_label(self) -> str | None:
        """A corpus row's number as messages give it: "3", or "train:3" in a split."""
        return self.row.removeprefix("row=") if self.row is not None else None

    def spans(self):
        """(finding, start, end) in self.text, sorted by position."""
        html = self.report["article"].get("format") == "html"
        for f in self.report["findings"]:
            if html and "html_start" in f:
                yield f, f["html_start"], f["html_end"]
            else:
                yield f, f["start"], f["end"]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (code points) of an offset into self.text."""
        if self._positions is not None and offset in self._positions:
            return self._positions[offset]
        if self.text is None:
            return 1, offset + 1
        if self._starts is None:
            self._starts = line_starts(self.text)
        return line_col(self._starts, offset)

    def snippet(self, f: dict, start: int, end: int) -> str:
        """The text of the file a finding's region covers (HTML input: `&lt;b&gt;` where the finding's
        text is `<b>`); the finding's text when the file's text is not known."""
        if self._snippets is not None:
            return self._snippets.get((start, end), f["text"])
        if self.text is None or "unit" in f or self.row is not None:
            return f["text"]
        return self.text[start:end]

    def region(self, f: dict, start: int, end: int) -> tuple:
        """(line, column, end line, end column) of a finding in its file, 1-based. A finding on a
        translation unit: the unit's line (None when unknown) and no columns, since its offsets
        count in the unit's target, not in the file; on a corpus row, likewise the row's line (its
        offsets count in the row's text, not in the line that encodes it)."""
        if "unit" in f:
            return f.get("line") or None, None, None, None
        if self.row is not None:
            return self.row_line, None, None, None
        return (*self.line_col(start), *self.line_col(end))


def make_item(report: dict, text: str | None = None, html: str | None = None) -> CiItem:
    """A CiItem for a report; the text is re-read from the article's file when not given."""
    path = report["article"].get("path")
    if html is not None:
        text = html
    if text is None and path and Path(path).is_file():
        try:
            from ..read import read_article

            text = read_article(path).text
        except Exception:
            text = None
    return CiItem(report, text, relative_uri(path) if path else None)


def relative_uri(path: str) -> str:
    """The path relative to the working folder, with forward slashes (absolute when outside it)."""
    p = Path(path)
    try:
        rel = os.path.relpath(p.resolve(), Path.cwd().resolve()) if p.is_absolute() else os.path.normpath(path)
    except ValueError:  # another drive on Windows
        rel = str(p)
    if rel.startswith(".."):
        rel = str(p.resolve())
    return Path(rel).as_posix()


def by_severity(item: CiItem):
    """Spans ordered most severe first, then by position (a unit's line first: unit offsets count in its target)."""
    return sorted(item.spans(), key=lambda x: (-SEVERITY_RANK[x[0]["severity"]], x[0].get("line") or 0, x[1], x[2],
                                               x[0]["rule"]))


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


def fingerprints(item: CiItem) -> list[str]:
    """A stable id per finding: rule + normalised span text + normalised context, not line numbers;
    ':N' numbers identical ones in order, so reruns and edits elsewhere keep the same ids."""
    if item._fingerprints is not None:
        return item._fingerprints
    seen: dict[str, int] = {}
    out = []
    text = item.text or ""
    targets = {u["id"]: u["target"] for u in item.report.get("units") or []}
    for f, start, end in item.spans():
        if "unit" in f:  # context from the unit's own target, and the unit id
            t = targets.get(f["unit"], "")
            span, before, after = f["text"], f["unit"] + "\x1f" + t[max(0, start - CONTEXT_CHARS):start], \
                t[end:end + CONTEXT_CHARS]
        elif text:
            span = text[start:end]
            before = text[max(0, start - CONTEXT_CHARS):start]
            after = text[end:end + CONTEXT_CHARS]
        else:
            span, before, after = f["text"], "", ""
        key = "\x1f".join((f["rule"], _norm(span), _norm(before), _norm(after)))
        h = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
        seen[h] = seen.get(h, 0) + 1
        out.append(f"{h}:{seen[h]}")
    return out


# line breaks as str.splitlines() and terminals see them (_BREAKS: with the spaces around them)
_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BREAKS = re.compile(f"[ \t]*[{_LINE_BREAKS}]\\s*")
# what a terminal or a CI log would run rather than show: controls but tab, LF and CR; DEL; C1 (CSI, OSC...)
_CONTROLS = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


def _visible(m: re.Match) -> str:
    c = ord(m.group())
    return chr(0x2400 + c) if c < 0x20 else "\u2421" if c == 0x7F else "\ufffd"


def visible_controls(s: str) -> str:
    """s with each control character but tab, LF and CR as its visible symbol (␛, ␇; U+FFFD for C1)."""
    return _CONTROLS.sub(_visible, s)


def printable(s) -> str:
    """Text of the article (a message quoting it, a file name, a unit id) as one line of a log: line
    breaks become a space, so no line can be injected (a GitHub workflow command); other control
    characters (ESC, BEL...) their visible symbols, so none reaches the terminal."""
    return visible_controls(_BREAKS.sub(" ", str(s)))


# how one_line shows the whitespace of a span that is whitespace, or starts or ends with it
_SHOWN_SPACES = {" ": "·", "\u00a0": "⍽", "\u202f": "⍽", "\t": "⇥"}


def _shown_space(c: str) -> str:
    if c in _SHOWN_SPACES:
        return _SHOWN_SPACES[c]
    return "↵" if c in _LINE_BREAKS else "·"


def one_line(s: str, limit: int = 80) -> str:
    """A finding's text (or suggestion) quoted on one line of a log. Runs of whitespace become one
    space, except in a span that is whitespace or starts or ends with it (a doubled space, " ,"):
    there every whitespace character shows, a space as ·, a no-break space (U+00A0, U+202F) as ⍽, a
    tab as ⇥, a line break as ↵."""
    if s and (s[0].isspace() or s[-1].isspace()):
        s = printable("".join(_shown_space(c) if c.isspace() else c for c in s))
    else:
        s = printable(" ".join(s.split()))
    return s if len(s) <= limit else s[: limit - 1] + "…"


def finding_line(item: CiItem, f: dict, start: int, end: int) -> str:
    line, col, _el, _ec = item.region(f, start, end)
    where = ":".join(str(x) for x in (printable(item.name), line, col) if x is not None)  # a unit: path:line, no column
    from . import labels

    unit = " " + _("unit {n}").format(n=printable(quote(f["unit"]))) + labels.colon() if "unit" in f else ""
    if item.row is not None:  # the file and the row's line; the row's number before the message
        where = ":".join(str(x) for x in (printable(item.uri or item.id), line) if x is not None)
        unit = " " + _("row {n}").format(n=printable(item.row_label)) + labels.colon()
    msg = (f"{where}:{unit} {f['rule']} [{labels.severity(f['severity'])}] {printable(f['message'])} "
           f"«{one_line(f['text'], 60)}»")
    if f.get("suggestion"):
        msg += f" → {one_line(f['suggestion'], 60)}"
    return msg


def summary_line(item: CiItem) -> str:
    from . import labels

    s = item.report["score"]
    c = s["counts"]
    return _("{name}: quality {quality}, {verdict} ({counts})").format(
        name=printable(item.name), quality=labels.num(s["quality"], 1), verdict=labels.verdict(item.report.get("verdict", s["verdict"])),
        counts=", ".join(labels.severity_count(k, c.get(k, 0)) for k in ("critical", "major", "minor")))


def report_lang(items) -> str | None:
    """The language the reports were written in (CI renderings follow it), or None."""
    return next((it.report["lang"] for it in items if it.report.get("lang")), None)


def render_text(items: list[CiItem], errors: list[tuple[str, str]] = ()) -> str:
    """Linter-style lines (path:line:col: RULE [severity] message), then one summary line per article."""
    from ..i18n import using

    with using(report_lang(items)):
        return _render_text(items, errors)


def _render_text(items: list[CiItem], errors: list[tuple[str, str]] = ()) -> str:
    out = []
    for item in items:
        for f, start, end in item.spans():
            out.append(finding_line(item, f, start, end))
        for fail in item.report.get("failures", []):
            out.append(_("{article}: rule {rule} failed: {error}").format(article=printable(item.name), rule=fail["rule"],
                                                                             error=printable(fail["error"])))
        out.append(summary_line(item))
    for path, problem, *where in errors:  # (label, problem[, file, line])
        out.append(_("{path}: error: {problem}").format(path=printable(path), problem=printable(problem)))
    return "\n".join(out) + "\n" if out else ""
