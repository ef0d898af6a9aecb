"""Markdown quality sheet rendered from the report JSON. Article text is untrusted: every piece of
it is HTML-escaped (Markdown renderers pass raw HTML through), its Markdown punctuation is written as
numeric character references (shown as the character, never read as syntax) and it is kept on one
table cell."""
from __future__ import annotations

import re

from ..i18n import _, using
from . import labels as L


# characters Markdown (CommonMark, GFM, GitHub's math) reads as syntax anywhere on a line: backslash
# escapes, code, emphasis, strikethrough, links and images, table cells, headings' closing #, math
_SYNTAX = frozenset("\\`*~[]!|#$")  # and "_" but between two letters or digits (file_name), where it is no emphasis
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}  # raw HTML passes through Markdown renderers
# GFM's autolinks of bare URLs ("http://", "www.") and e-mail addresses
_AUTOLINK = re.compile(r"(?<=[A-Za-z]):(?=//)|(?i:(?<=\bwww))\.|@")
# what opens a block at the start of a line: a list item ("-", "+", "1." and "1)": the mark after the
# digits), a setext underline, indented code
_LEADING = re.compile(r"\A(?:[-+=]|\d{1,9}([.)])|[ \t]+)")


def _cell(s) -> str:
    """Text for one table cell (or a line of its own), rendered as the text itself: the characters
    Markdown would read as syntax are numeric character references; line breaks become spaces."""
    s = str(s if s is not None else "").replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    marked: set[int] = set()
    m = _LEADING.match(s)
    if m:
        marked.update(range(*m.span(1)) if m.group(1) else range(*m.span()))
    for m in _AUTOLINK.finditer(s):
        marked.update(range(*m.span()))
    marked.update(i for i, c in enumerate(s) if c == "_" and not (0 < i < len(s) - 1 and s[i - 1].isalnum()
                                                                   and s[i + 1].isalnum()))
    return "".join(f"&#{ord(c)};" if c in _SYNTAX or i in marked else _HTML.get(c, c) for i, c in enumerate(s))


def render_markdown(report: dict, text: str | None = None) -> str:
    """The sheet, in the report's language (its "lang"; else the current one)."""
    with using(report.get("lang")):
        return _render_markdown(report, text)


def _render_markdown(report: dict, text: str | None = None) -> str:
    a, s = report["article"], report["score"]
    out = ["# " + _("Quality sheet — {id}").format(id=_cell(a["id"])), ""]
    out.append("**" + _("Quality {quality} / 100 — {verdict}").format(
        quality=L.num(s["quality"], 1), verdict=L.verdict(s["verdict"]).upper()) + "** "
        + _("({points} penalty points, {per_1000} per 1,000 words)").format(
            points=L.num(s["penalty"]), per_1000=L.num(s["penalty_per_1000_words"])))
    out.append("")
    out.append("- " + _("Words: {words} · characters: {chars} · language: {code} ({confidence})").format(
        words=L.num(a["words"]), chars=L.num(a["chars"]), code=a["language"]["code"],
        confidence=L.num(a["language"]["confidence"])))
    c = s["counts"]
    out.append("- " + _("Findings") + L.colon() + " "
               + ", ".join(L.severity_count(k, c.get(k, 0)) for k in ("critical", "major", "minor")))
    if s["by_category"]:
        out.append("- " + _("By category: {list}").format(
            list=", ".join(f"{L.category(k)} {v}" for k, v in s["by_category"].items())))
    if report.get("engines"):
        out.append("- " + _("Engines: {list}").format(list=", ".join(f"{k}={v}" for k, v in report["engines"].items())))
    for fail in report.get("failures", []):
        out.append("- " + _("Rule {rule} failed: {error}").format(rule=fail["rule"], error=_cell(fail["error"])))
    for note in report.get("notes", []):
        out.append("- " + _cell(L.note(note)))
    out.append("")
    if report["findings"]:
        head = ("#", _("Severity"), _("Rule"), _("Category"), _("Line"), _("Text"), _("Message"), _("Suggestion"))
        out += ["## " + _("Findings"), "", "| " + " | ".join(head) + " |", "|---|---|---|---|---|---|---|---|"]
        from .io import line_of

        line_at = line_of(text) if text is not None else (lambda offset: "")
        for n, f in enumerate(report["findings"], 1):
            line = _cell(_("unit {n}").format(n=f["unit"])) if "unit" in f else line_at(f["start"])
            note = _("Grammalecte (in French):") + " " \
                if f.get("engine", "").startswith("grammalecte") and L.current() != "fr" else ""
            out.append(f"| {n} | {L.severity(f['severity'])} | {f['rule']} {f['slug']} | {L.category(f['category'])} | "
                       f"{line} | <code>{_cell(f['text'])}</code> | {_cell(note + f['message'])} | "
                       f"{_cell(f['suggestion'])} |")
    else:
        out += [_("No findings.")]
    rt = report.get("roundtrip")
    if rt:
        out += ["", "## " + _("Round trip"), ""]
        if not rt.get("available"):
            out.append(_cell((_("Not available: {reason}").format(reason=rt.get("reason", "")) + " "
                              + str(rt.get("how_to_enable", ""))).strip()))
        else:
            m, models = rt.get("metrics") or {}, rt.get("models") or {}
            out.append(_cell(_("Engine {engine} (fr→en {fr_en}, en→fr {en_fr}). Article: chrF++ {chrf}, BLEU {bleu}, "
                               "TER {ter}, semantic {semantic} (lowest decile {low_decile}).").format(
                engine=rt.get("engine"), fr_en=models.get("fr-en") or "", en_fr=models.get("en-fr") or "",
                chrf=L.num_or_dash(m.get("chrf"), 1), bleu=L.num_or_dash(m.get("bleu"), 1), ter=L.num_or_dash(m.get("ter"), 1),
                semantic=L.num_or_dash(m.get("semantic"), 3), low_decile=L.num_or_dash(m.get("semantic_low_decile"), 3))))
        out += _bilingual(rt.get("bilingual"))
    return "\n".join(out) + "\n"


def _bilingual(bi: dict | None) -> list[str]:
    """The source comparison: a line of counts and metrics (the findings carry the details)."""
    if not bi:
        return []
    out = ["", "### " + _("Source comparison"), ""]
    if not bi.get("available"):
        return out + [_cell(_("Not available: {reason}").format(reason=bi.get("reason", "")))]
    m = bi.get("metrics") or {}
    from ..roundtrip.render import comparison_summary

    return out + [_cell(comparison_summary(m, L.num_or_dash(m.get("chrf"), 1), L.num_or_dash(m.get("crosslingual"), 3)))]


