"""Batch outputs: summary.csv and index.html, one row per article, worst first."""
from __future__ import annotations

import csv
import io
from html import escape

from ..i18n import _, ngettext, using
from . import labels as L
from .html import CSS, no_controls

COLUMNS = ["id", "words", "quality", "verdict", "critical", "major", "minor"]  # machine ids, in every language


def summary_rows(reports: list[dict]) -> list[dict]:
    rows = []
    for r in reports:
        s = r["score"]
        rows.append({"id": r["article"]["id"], "words": r["article"]["words"], "quality": s["quality"],
                     "verdict": s["verdict"], **s["counts"]})
    return sorted(rows, key=lambda x: (x["quality"], -x["critical"], -x["major"], x["id"]))


def csv_safe(value):
    """A cell a spreadsheet will not run as a formula (CSV injection): text starting with = + - @,
    a tab or a carriage return gets a leading apostrophe. Numbers are left as they are."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def render_csv(reports: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for row in summary_rows(reports):
        w.writerow({k: csv_safe(v) for k, v in row.items()})
    return buf.getvalue()


BATCH_CSS = """
svg.chart{background:#fff;border:1px solid #ddd;max-width:100%;height:auto}
svg.chart text{font:12px system-ui,sans-serif;fill:#333}
svg.chart .bar{fill:#607d8b}svg.chart .bar.pass{fill:#2e7d32}svg.chart .bar.review{fill:#ef6c00}
svg.chart .bar.fail{fill:#c62828}svg.chart .bar.critical{fill:#c62828}svg.chart .bar.major{fill:#ef6c00}
svg.chart .bar.minor{fill:#f9a825}svg.chart .axis{stroke:#999;stroke-width:1}
.charts{display:flex;flex-wrap:wrap;gap:24px}.charts figure{margin:0}.charts figcaption{font-weight:600;margin:6px 0}
"""


def _verdict(q: float, thresholds: dict) -> str:
    return "pass" if q >= thresholds["pass"] else "review" if q >= thresholds["review"] else "fail"


def histogram_svg(qualities: list[float], thresholds: dict | None = None, bins: int = 10) -> str:
    """Quality scores in `bins` bins of equal width over 0–100 (100 falls in the last)."""
    from ..config import DEFAULT_THRESHOLDS

    t = thresholds or DEFAULT_THRESHOLDS
    width = 100.0 / bins
    counts = [0] * bins
    for q in qualities:
        counts[min(bins - 1, max(0, int(q // width)))] += 1
    top = max(counts) or 1
    w, h, left, bottom, gap = 520, 200, 34, 28, 4
    bw = (w - left - 10) / bins
    title, axis = escape(_("Histogram of quality scores")), escape(_("quality score"))
    parts = [f'<svg class="chart" role="img" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{title}</title>']
    plot_h = h - bottom - 20
    for i, c in enumerate(counts):
        lo, hi = i * width, (i + 1) * width
        bh = plot_h * c / top
        x = left + i * bw + gap / 2
        y = h - bottom - bh
        label = (ngettext("{low}–{high}: {n} article", "{low}–{high}: {n} articles", c) if i == bins - 1 else
                 ngettext("{low}–{high} (excl.): {n} article", "{low}–{high} (excl.): {n} articles", c)) \
            .format(low=f"{lo:g}", high=f"{hi:g}", n=c)
        parts.append(f'<rect class="bar {_verdict(lo, t)}" x="{x:.1f}" y="{y:.1f}" width="{bw - gap:.1f}" '
                     f'height="{bh:.1f}"><title>{escape(label)}</title></rect>')
        if c:
            parts.append(f'<text x="{x + (bw - gap) / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle">{c}</text>')
        parts.append(f'<text x="{left + i * bw:.1f}" y="{h - bottom + 14}" text-anchor="middle">{lo:g}</text>')
    parts.append(f'<text x="{left + bins * bw:.1f}" y="{h - bottom + 14}" text-anchor="middle">100</text>')
    parts.append(f'<line class="axis" x1="{left}" y1="{h - bottom}" x2="{w - 10}" y2="{h - bottom}"/>')
    parts.append(f'<text x="{w / 2:.0f}" y="{h - 2}" text-anchor="middle">{axis}</text></svg>')
    return "".join(parts)


def bars_svg(items: list[tuple[str, int]], title: str, classes: dict | None = None) -> str:
    """Horizontal bars, one per (label, count)."""
    if not items:
        return '<p class="note">' + escape(_("No findings.")) + "</p>"
    top = max(c for _, c in items) or 1
    row, label_w, w = 22, 120, 420
    h = row * len(items) + 10
    parts = [f'<svg class="chart" role="img" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (label, c) in enumerate(items):
        y = 5 + i * row
        bw = (w - label_w - 50) * c / top
        cls = (classes or {}).get(label, "")
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect class="bar {escape(cls)}" x="{label_w}" y="{y + 3}" width="{bw:.1f}" height="{row - 6}">'
                     f'<title>{escape(label + L.colon())} {c}</title></rect>')
        parts.append(f'<text x="{label_w + bw + 5:.1f}" y="{y + 15}">{c}</text>')
    parts.append("</svg>")
    return "".join(parts)


def totals(reports: list[dict]) -> tuple[dict, dict]:
    """Findings by severity and by category over all reports (from each report's score)."""
    sev = {"critical": 0, "major": 0, "minor": 0}
    cat: dict = {}
    for r in reports:
        for k, v in r["score"]["counts"].items():
            sev[k] = sev.get(k, 0) + v
        for k, v in r["score"]["by_category"].items():
            cat[k] = cat.get(k, 0) + v
    return sev, dict(sorted(cat.items(), key=lambda kv: (-kv[1], kv[0])))


def render_index(reports: list[dict], errors: list[str] | None = None, thresholds: dict | None = None,
                 sheet_ext: str | None = "html", variants: list | None = None) -> str:
    """The batch index, in the reports' language (the first one's "lang"; else the current one)."""
    with using(next((r.get("lang") for r in reports if r.get("lang")), None)):
        return no_controls(_render_index(reports, errors, thresholds, sheet_ext, variants))


def _render_index(reports, errors, thresholds, sheet_ext, variants) -> str:
    from urllib.parse import quote

    rows = summary_rows(reports)

    def link(ident: str) -> str:
        if not sheet_ext:
            return escape(ident)
        return f'<a href="{escape(quote(ident))}.{escape(sheet_ext)}">{escape(ident)}</a>'

    body = "".join(
        f'<tr><td>{n}</td><td>{link(r["id"])}</td><td>{r["words"]}</td>'
        f'<td>{L.num(r["quality"], 1)}</td><td><span class="badge {escape(r["verdict"])}">{escape(L.verdict(r["verdict"]))}</span></td>'
        f'<td>{r["critical"]}</td><td>{r["major"]}</td><td>{r["minor"]}</td></tr>' for n, r in enumerate(rows, 1))
    errs = "".join(f"<li>{escape(e)}</li>" for e in errors or [])
    verdicts = {v: sum(1 for r in rows if r["verdict"] == v) for v in ("pass", "review", "fail")}
    sev, cat = totals(reports)
    qualities = sorted(r["quality"] for r in rows)
    words = sum(r["words"] for r in rows)
    median = (qualities[(len(qualities) - 1) // 2] + qualities[len(qualities) // 2]) / 2 if qualities else 0.0
    mean = sum(qualities) / len(qualities) if qualities else 0.0
    by_sev, by_cat = _("Findings by severity"), _("Findings by category")
    t = {k: escape(v) for k, v in (("overview", _("Overview")), ("scores", _("Quality scores")),
                                   ("title", _("mtaudit — batch")), ("worst", _("Articles, worst first")),
                                   ("inputs", _("Inputs not audited")),
                                   ("h1", ngettext("mtaudit batch — {n} article", "mtaudit batch — {n} articles",
                                                          len(rows)).format(n=L.num(len(rows)))))}
    charts = "" if not rows else (
        f'<h2>{t["overview"]}</h2><div class="charts">'
        f'<figure><figcaption>{t["scores"]}</figcaption>{histogram_svg(qualities, thresholds)}</figure>'
        f'<figure><figcaption>{escape(by_sev)}</figcaption>'
        f'{bars_svg([(L.severity(k), v) for k, v in sev.items()], by_sev, {L.severity(k): k for k in sev})}</figure>'
        f'<figure><figcaption>{escape(by_cat)}</figcaption>'
        f'{bars_svg([(L.category(k), v) for k, v in cat.items()], by_cat)}</figure></div>')
    head = "".join(f"<th>{escape(h)}</th>" for h in ("#", _("Article"), _("Words"), _("Quality"), _("Verdict"),
                                                       _("Critical"), _("Major"), _("Minor")))
    stats = "".join(f"<span>{escape(x)}</span>" for x in (
        ngettext("{n} word", "{n} words", words).format(n=L.num(words)), _("mean quality {q}").format(q=L.num(mean, 1)),
        _("median {q}").format(q=L.num(median, 1)), ngettext("{n} finding", "{n} findings", sum(sev.values())).format(
            n=L.num(sum(sev.values()))),
        *([ngettext("{n} input not audited", "{n} inputs not audited", len(errors)).format(n=L.num(len(errors)))]
          if errors else [])))
    return f"""<!doctype html><html lang="{L.current()}"><head><meta charset="utf-8"><title>{t["title"]}</title>
<style>{CSS}{BATCH_CSS}</style></head><body><header><h1>{t["h1"]}</h1>
<div class="stats">{''.join(f'<span class="badge {k}">{escape(L.verdict_count(k, v))}</span> ' for k, v in verdicts.items())}</div>
<div class="stats">{stats}</div></header>
<main>{charts}<h2>{t["worst"]}</h2><table><tr>{head}</tr>{body}</table>
{_variants_section(variants or [], link)}
{f'<h2 id="not-audited">{t["inputs"]} ({len(errors)})</h2><ul>{errs}</ul>' if errs else ''}</main></body></html>
"""


def _variants_section(variants: list, link) -> str:
    """Names spelt more than one way across the batch (consistency between articles)."""
    if not variants:
        return ""
    rows = []
    for v in variants:
        forms = "<br>".join(
            f"{escape(form)} ×{n}: " + ", ".join(link(a) for a in v["articles"].get(form, []))
            for form, n in v["counts"].items())
        rows.append(f"<tr><td>{escape(v['preferred'])}</td><td>{forms}</td></tr>")
    heads = [escape(x) for x in (_("Names spelt differently across articles"), _("Preferred"),
                                 _("Forms used, and where"))]
    return (f"<h2>{heads[0]}</h2><table><tr><th>{heads[1]}</th><th>{heads[2]}</th></tr>"
            + "".join(rows) + "</table>")


def render_variants_csv(variants: list) -> str:
    """One row per form of a name spelt more than one way across the batch."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["preferred", "form", "count", "articles"])
    for v in variants:
        for form, n in v["counts"].items():
            w.writerow([csv_safe(v["preferred"]), csv_safe(form), n,
                        csv_safe(" ".join(v["articles"].get(form, [])))])
    return buf.getvalue()
