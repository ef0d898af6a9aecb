"""Markdown quality sheet rendered from the report JSON. Article text is untrusted: every piece of
it is HTML-escaped (Markdown renderers pass raw HTML through) and kept on one table cell."""
from __future__ import annotations

from html import escape


def _cell(s) -> str:
    return escape(str(s if s is not None else ""), quote=False).replace("|", "\\|").replace("\n", " ").replace("`", "&#96;")


def render_markdown(report: dict, text: str | None = None) -> str:
    a, s = report["article"], report["score"]
    out = [f"# Quality sheet — {_cell(a['id'])}", ""]
    out.append(f"**Quality {s['quality']:.1f} / 100 — {s['verdict'].upper()}** "
               f"({s['penalty']} penalty points, {s['penalty_per_1000_words']} per 1,000 words)")
    out.append("")
    out.append(f"- Words: {a['words']} · characters: {a['chars']} · language: {a['language']['code']} "
               f"({a['language']['confidence']})")
    c = s["counts"]
    out.append(f"- Findings: {c['critical']} critical, {c['major']} major, {c['minor']} minor")
    if s["by_category"]:
        out.append("- By category: " + ", ".join(f"{k} {v}" for k, v in s["by_category"].items()))
    if report.get("engines"):
        out.append("- Engines: " + ", ".join(f"{k}={v}" for k, v in report["engines"].items()))
    for fail in report.get("failures", []):
        out.append(f"- Rule {fail['rule']} failed: {_cell(fail['error'])}")
    out.append("")
    if report["findings"]:
        out += ["## Findings", "", "| # | Severity | Rule | Category | Line | Text | Message | Suggestion |",
                "|---|---|---|---|---|---|---|---|"]
        from .io import line_of

        line_at = line_of(text) if text is not None else (lambda offset: "")
        for n, f in enumerate(report["findings"], 1):
            line = f"unit {f['unit']}" if "unit" in f else line_at(f["start"])
            out.append(f"| {n} | {f['severity']} | {f['rule']} {f['slug']} | {f['category']} | {line} | "
                       f"<code>{_cell(f['text'])}</code> | {_cell(f['message'])} | {_cell(f['suggestion'])} |")
    else:
        out += ["No findings."]
    rt = report.get("roundtrip")
    if rt:
        out += ["", "## Round trip", ""]
        if not rt.get("available"):
            out.append(_cell(f"Not available: {rt.get('reason', '')} {rt.get('how_to_enable', '')}".strip()))
        else:
            m = rt.get("metrics", {})
            out.append(f"Engine {rt.get('engine')}: " + ", ".join(f"{k} {v}" for k, v in m.items()))
    return "\n".join(out) + "\n"
