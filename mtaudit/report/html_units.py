"""The HTML sheet of a bilingual file: a table, one row per translation unit (id, source, target
with the exact spans highlighted, findings). All file text is escaped."""
from __future__ import annotations

import re
from html import escape

from ..i18n import _
from . import labels as L
from .html import CSS, SCRIPT, _engine_note, _estimate_line, _roundtrip_section, render_article

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
    chips = "".join(f'<span class="chip {k}">{escape(L.severity_count(k, v))}</span>' for k, v in s["counts"].items())
    cats = "".join(f'<span class="chip cat">{escape(L.category(k))} {v}</span>' for k, v in s["by_category"].items())
    engines = ", ".join(f"{escape(k)}: {escape(str(v))}" for k, v in report.get("engines", {}).items())
    failures = "".join('<p class="note">' + escape(_("Rule {rule} failed: {error}").format(rule=f["rule"], error=f["error"]))
                       + "</p>" for f in report.get("failures", []))
    failures += "".join('<p class="note">' + escape(L.note(note)) + "</p>" for note in report.get("notes", []))
    rt = report.get("roundtrip") or {}
    # round-trip sentences by unit: (offsets in the unit's target, offsets in the joined targets)
    sentences: dict = {}
    for x in rt.get("sentences", []) if rt.get("available") else []:
        if isinstance(x.get("unit_start"), int) and isinstance(x.get("start"), int):
            sentences.setdefault(x.get("unit"), []).append(((x["unit_start"], x["unit_end"]), x["start"] - x["unit_start"]))
    rows = []
    for u in report.get("units", []):
        mine = by_unit.get(u["id"], [])
        marks = [(n, f) for n, f in mine if f["end"] > f["start"]]  # n: the finding's number across the file
        spans = sentences.get(u["id"], [])
        target = render_article(u["target"], [f for _, f in marks], sentences=[se for se, _ in spans],
                                numbers=[n for n, _ in marks])
        if spans:  # the anchors the round-trip table links to (#rt-start-end) are in the joined targets
            target = _rebase_anchors(target, spans[0][1])
        src_marks = [(n, dict(f, start=f["source_start"], end=f["source_end"])) for n, f in mine
                     if f.get("source_start") is not None and f["source_end"] > f["source_start"]]
        source = render_article(u["source"], [f for _, f in src_marks], numbers=[n for n, _ in src_marks])
        items = "".join(
            f'<li id="f{n}"><span class="chip {f["severity"]}">{escape(L.severity(f["severity"]))}</span> '
            f'<b>{escape(f["rule"])}</b> {escape(f["slug"])}{L.colon()} {_engine_note(f)}{escape(f["message"])}'
            + (f' → <i>{escape(f["suggestion"])}</i>' if f.get("suggestion") else "") + "</li>"
            for n, f in mine)
        notes = "".join(f'<div class="note">{escape(x)}</div>' for x in u.get("notes", []))
        shown = [u["state"]] if u.get("state") else []
        if u.get("translate") is False:
            shown.append(_("not to be translated: only checked to be kept as written"))
        state = f'<div class="state">{escape(" · ".join(shown))}</div>' if shown else ""
        rows.append(f'<tr class="{"" if mine else "clean"}"><td class="t">{escape(u["id"])}{state}{notes}</td>'
                    f'<td class="s" lang="{escape(a.get("source_language") or "en")}">{source}</td>'
                    f'<td class="tg" lang="fr">{target}</td><td>{"<ul>" + items + "</ul>" if items else ""}</td></tr>')
    head = "".join(f"<th>{escape(h)}</th>" for h in (_("Unit"), _("Source"), _("Target"), _("Findings")))
    table = f"<table><tr>{head}</tr>" + "".join(rows) + "</table>"
    n_units = len(report.get("units", []))
    t = {k: escape(v) for k, v in (
        ("h1", _("Quality sheet — {id}").format(id=a["id"])),
        ("units", _("{n} units").format(n=L.num(a.get("units", n_units)))),
        ("words", _("{n} target words").format(n=L.num(a["words"]))),
        ("penalty", _("penalty {points} ({per_1000} per 1,000 words)").format(
            points=L.num(s["penalty"]), per_1000=L.num(s["penalty_per_1000_words"]))),
        ("h2", _("Units ({units}) and findings ({findings})").format(units=n_units, findings=len(findings))))}
    return f"""<!doctype html>
<html lang="{L.current()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>mtaudit — {escape(a['id'])}</title><style>{CSS}{UNIT_CSS}</style></head>
<body><header><h1>{t["h1"]}</h1>
<div><span class="quality">{L.num(s['quality'], 1)}</span><span class="badge {escape(s['verdict'])}">{escape(L.verdict(s['verdict']).upper())}</span></div>
<div class="stats"><span>{t["units"]}</span><span>{t["words"]}</span>
<span>{t["penalty"]}</span>
<span>{escape(str(a.get('format', '')))} · {escape(str(a.get('source_language', '')))} → {escape(str(a.get('target_language', '')))}</span></div>
<div class="note">{_estimate_line(s)}</div>
<div class="stats">{chips} {cats}</div>
<div class="note">{escape(a.get('path') or '')} · mtaudit {escape(report['tool']['version'])}{' · ' + engines if engines else ''}</div>
{failures}</header>
<main><h2>{t["h2"]}</h2>{table}{_roundtrip_section(rt or None)}</main>{SCRIPT if sentences else ""}</body></html>
"""


_ANCHOR = re.compile(r'="rt-(\d+)-(\d+)"')  # render_article's id/data-rt values (text is escaped: no quote)


def _rebase_anchors(html: str, delta: int) -> str:
    """render_article's sentence anchors, made on one unit's target, moved by delta (where the
    unit starts in the joined targets), so they are the ids of the round-trip table's links."""
    return _ANCHOR.sub(lambda m: f'="rt-{int(m[1]) + delta}-{int(m[2]) + delta}"', html)
