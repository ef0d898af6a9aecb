"""Batch outputs: summary.csv and index.html, one row per article, worst first."""
from __future__ import annotations

import csv
import io
from html import escape

from .html import CSS

COLUMNS = ["id", "words", "quality", "verdict", "critical", "major", "minor"]


def summary_rows(reports: list[dict]) -> list[dict]:
    rows = []
    for r in reports:
        s = r["score"]
        rows.append({"id": r["article"]["id"], "words": r["article"]["words"], "quality": s["quality"],
                     "verdict": s["verdict"], **s["counts"]})
    return sorted(rows, key=lambda x: (x["quality"], -x["critical"], -x["major"], x["id"]))


def render_csv(reports: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for row in summary_rows(reports):
        w.writerow(row)
    return buf.getvalue()


def render_index(reports: list[dict], errors: list[str] | None = None) -> str:
    rows = summary_rows(reports)
    body = "".join(
        f'<tr><td><a href="{escape(r["id"])}.html">{escape(r["id"])}</a></td><td>{r["words"]}</td>'
        f'<td>{r["quality"]:.1f}</td><td><span class="badge {r["verdict"]}">{r["verdict"]}</span></td>'
        f'<td>{r["critical"]}</td><td>{r["major"]}</td><td>{r["minor"]}</td></tr>' for r in rows)
    errs = "".join(f"<li>{escape(e)}</li>" for e in errors or [])
    verdicts = {v: sum(1 for r in rows if r["verdict"] == v) for v in ("pass", "review", "fail")}
    return f"""<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>mtaudit — batch</title>
<style>{CSS}</style></head><body><header><h1>mtaudit batch — {len(rows)} articles</h1>
<div class="stats">{''.join(f'<span class="badge {k}">{v} {k}</span> ' for k, v in verdicts.items())}</div></header>
<main><h2>Articles, worst first</h2><table><tr><th>Article</th><th>Words</th><th>Quality</th><th>Verdict</th>
<th>Critical</th><th>Major</th><th>Minor</th></tr>{body}</table>
{f'<h2>Inputs not audited</h2><ul>{errs}</ul>' if errs else ''}</main></body></html>
"""
