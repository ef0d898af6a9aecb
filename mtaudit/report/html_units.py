"""The HTML sheet of a bilingual file: a table, one row per translation unit (id, source, target
with the exact spans highlighted, findings). All file text is escaped."""
from __future__ import annotations

from html import escape

from .html import CSS, render_article

UNIT_CSS = """
td.s,td.tg{white-space:pre-wrap;word-wrap:break-word;width:34%}
tr.clean td{color:#666}td ul{margin:0;padding-left:18px}td li{margin:2px 0}
.state{font-size:12px;color:#777}
"""


def render_units_html(report: dict) -> str:
    a, s = report["article"], report["score"]
    findings = report["findings"]
    by_unit: dict = {}
    for n, f in enumerate(findings, 1):
        by_unit.setdefault(f.get("unit"), []).append((n, f))
    chips = "".join(f'<span class="chip {k}">{v} {k}</span>' for k, v in s["counts"].items())
    cats = "".join(f'<span class="chip cat">{escape(k)} {v}</span>' for k, v in s["by_category"].items())
    failures = "".join(f'<p class="note">Rule {escape(f["rule"])} failed: {escape(f["error"])}</p>'
                       for f in report.get("failures", []))
    rows = []
    for u in report.get("units", []):
        mine = by_unit.get(u["id"], [])
        fs = [f for _, f in mine]
        target = render_article(u["target"], [f for f in fs if f["end"] > f["start"]])
        src_marks = [dict(f, start=f["source_start"], end=f["source_end"]) for f in fs
                     if f.get("source_start") is not None and f["source_end"] > f["source_start"]]
        source = render_article(u["source"], src_marks)
        items = "".join(
            f'<li id="f{n}"><span class="chip {f["severity"]}">{f["severity"]}</span> '
            f'<b>{escape(f["rule"])}</b> {escape(f["slug"])}: {escape(f["message"])}'
            + (f' → <i>{escape(f["suggestion"])}</i>' if f.get("suggestion") else "") + "</li>"
            for n, f in mine)
        notes = "".join(f'<div class="note">{escape(x)}</div>' for x in u.get("notes", []))
        state = f'<div class="state">{escape(u["state"])}</div>' if u.get("state") else ""
        rows.append(f'<tr class="{"" if mine else "clean"}"><td class="t">{escape(u["id"])}{state}{notes}</td>'
                    f'<td class="s" lang="{escape(a.get("source_language") or "en")}">{source}</td>'
                    f'<td class="tg" lang="fr">{target}</td><td>{"<ul>" + items + "</ul>" if items else ""}</td></tr>')
    table = ("<table><tr><th>Unit</th><th>Source</th><th>Target</th><th>Findings</th></tr>" + "".join(rows)
             + "</table>")
    return f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>mtaudit — {escape(a['id'])}</title><style>{CSS}{UNIT_CSS}</style></head>
<body><header><h1>Quality sheet — {escape(a['id'])}</h1>
<div><span class="quality">{s['quality']:.1f}</span><span class="badge {escape(s['verdict'])}">{escape(s['verdict'].upper())}</span></div>
<div class="stats"><span>{a.get('units', len(report.get('units', [])))} units</span><span>{a['words']} target words</span>
<span>penalty {s['penalty']} ({s['penalty_per_1000_words']} per 1,000 words)</span>
<span>{escape(str(a.get('format', '')))} · {escape(str(a.get('source_language', '')))} → {escape(str(a.get('target_language', '')))}</span></div>
<div class="stats">{chips} {cats}</div>
<div class="note">{escape(a.get('path') or '')} · mtaudit {escape(report['tool']['version'])}</div>
{failures}</header>
<main><h2>Units ({len(report.get('units', []))}) and findings ({len(findings)})</h2>{table}</main></body></html>
"""
