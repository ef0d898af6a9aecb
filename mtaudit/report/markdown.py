"""Markdown quality sheet rendered from the report JSON."""
from __future__ import annotations


def _cell(s) -> str:
    return str(s if s is not None else "").replace("|", "\\|").replace("\n", " ")


def render_markdown(report: dict, text: str | None = None) -> str:
    a, s = report["article"], report["score"]
    out = [f"# Quality sheet — {a['id']}", ""]
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
        out.append(f"- Rule {fail['rule']} failed: {fail['error']}")
    out.append("")
    if report["findings"]:
        out += ["## Findings", "", "| # | Severity | Rule | Category | Line | Text | Message | Suggestion |",
                "|---|---|---|---|---|---|---|---|"]
        for n, f in enumerate(report["findings"], 1):
            line = f"unit {f['unit']}" if "unit" in f else (text.count("\n", 0, f["start"]) + 1 if text is not None else "")
            out.append(f"| {n} | {f['severity']} | {f['rule']} {f['slug']} | {f['category']} | {line} | "
                       f"`{_cell(f['text'])}` | {_cell(f['message'])} | {_cell(f['suggestion'])} |")
    else:
        out += ["No findings."]
    rt = report.get("roundtrip")
    if rt:
        out += ["", "## Round trip", ""]
        if not rt.get("available"):
            out.append(f"Not available: {rt.get('reason', '')} {rt.get('how_to_enable', '')}".strip())
        else:
            m = rt.get("metrics", {})
            out.append(f"Engine {rt.get('engine')}: " + ", ".join(f"{k} {v}" for k, v in m.items()))
    return "\n".join(out) + "\n"
