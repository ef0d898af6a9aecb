"""GitHub Actions workflow commands: one ::error/::warning/::notice line per finding.

critical -> error, major -> warning, minor -> notice. At most PER_ARTICLE per article (its most
severe) and TOTAL in all, the most severe of the whole run first, then input order (GitHub shows
only a few per step anyway); the lines keep input order. When some are left out a final ::notice
says how many and where the full reports are.
"""
from __future__ import annotations

from ..i18n import _, ngettext, quote, using
from . import labels as L
from ..detect.finding import SEVERITY_RANK
from .ci import CiItem, by_severity, one_line, report_lang, visible_controls

COMMANDS = {"critical": "error", "major": "warning", "minor": "notice"}
PER_ARTICLE = 50
TOTAL = 200


def escape_data(s: str) -> str:
    """GitHub's escapes (%, CR, LF); other control characters (ESC, BEL...) as their visible symbols, so
    none reaches the log's terminal."""
    return visible_controls(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **props) -> str:
    parts = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{kind}{' ' + parts if parts else ''}::{escape_data(message)}"


def render_github(items: list[CiItem], errors: list[tuple[str, str]] = (), per_article: int = PER_ARTICLE,
                  total: int = TOTAL, more_hint: str = "", interrupted: str | None = None) -> str:
    with using(report_lang(items)):  # the fixed text follows the reports' language
        return _render_github(items, errors, per_article, total, more_hint, interrupted)


def _render_github(items, errors, per_article, total, more_hint, interrupted=None) -> str:
    # which findings are annotated: at most per_article per article (its most severe), then at most
    # total in all, the most severe of the whole run first (then input order): a later article's
    # critical findings must not be cut for an earlier one's notices
    ranked = [by_severity(item)[:per_article] for item in items]
    candidates = sorted(((-SEVERITY_RANK[f["severity"]], i, n) for i, spans in enumerate(ranked)
                         for n, (f, _s, _e) in enumerate(spans)))
    kept = {(i, n) for _r, i, n in candidates[:max(0, total)]}
    shown = len(kept)
    left_out = sum(len(item.report["findings"]) for item in items) - shown
    lines = []
    for i, item in enumerate(items):
        for n, (f, start, end) in enumerate(ranked[i]):
            if (i, n) not in kept:
                continue
            line, col, end_line, end_col = item.region(f, start, end)
            msg = f"{f['message']} «{one_line(f['text'], 60)}»"
            if f.get("suggestion"):
                msg += f" → {one_line(f['suggestion'], 60)}"
            if "unit" in f:  # the unit's line only (no columns: its offsets are in the unit's target)
                msg = _("unit {n}").format(n=quote(f["unit"])) + L.colon() + " " + msg
            elif item.row is not None:  # a corpus row: the file and the row's line, no columns
                msg = _("row {n}").format(n=item.row_label) + L.colon() + " " + msg
            where = dict(file=item.uri, line=line, col=col, endLine=end_line, endColumn=end_col) if item.uri else {}
            lines.append(command(COMMANDS[f["severity"]], msg, **where, title=f"{f['rule']} {f['slug']}"))
        for fail in item.report.get("failures", []):
            lines.append(command("warning", _("rule {rule} failed on this article: {error}").format(
                rule=fail["rule"], error=fail["error"]), file=item.uri, title=_("mtaudit rule failure")))
    for path, problem, *line in errors:  # (file, problem[, line])
        lines.append(command("error", problem, file=path or None, line=line[0] if line else None,
                             title=_("mtaudit input error")))
    if interrupted:
        lines.append(command("error", interrupted, title="mtaudit"))
    if left_out:
        lines.append(command("notice", ngettext("mtaudit: {shown} finding annotated, {left} more not shown (at most {per_article} "
                                                "per article, {total} in all){hint}",
                                                "mtaudit: {shown} findings annotated, {left} more not shown (at most {per_article} "
                                                "per article, {total} in all){hint}", shown).format(
                                             shown=shown, left=left_out, per_article=per_article, total=total,
                                             hint=more_hint), title="mtaudit"))
    return "\n".join(lines) + "\n" if lines else ""
