"""The round-trip part of the HTML quality sheet: a table, lowest fidelity first, all text escaped.

Each row carries data-start/data-end (code-point offsets into the article) and links to
#rt-<start>-<end>, so the sheet can highlight the sentence in the article.
"""
from __future__ import annotations

from html import escape

from ..i18n import _, ngettext



def comparison_summary(metrics: dict, chrf: str, crosslingual: str) -> str:
    """The source comparison's line of counts and metrics (the HTML and Markdown sheets); each count
    agrees with its noun."""
    pairs, omitted, added = (metrics.get(k, 0) for k in ("pairs", "omitted", "added"))
    return _("{aligned}, {omitted}, {added}; chrF++ of the back-translation against the source {chrf}, "
             "cross-lingual similarity {crosslingual}.").format(
        aligned=ngettext("{n} aligned", "{n} aligned", pairs).format(n=pairs),
        omitted=ngettext("{n} source sentence without translation", "{n} source sentences without translation",
                         omitted).format(n=omitted),
        added=ngettext("{n} French sentence without source", "{n} French sentences without source",
                       added).format(n=added),
        chrf=chrf, crosslingual=crosslingual)

def _num(value, digits: int = 1) -> str:
    from ..report.labels import num_or_dash

    return num_or_dash(value, digits)


def _fidelity(rec: dict):
    if rec.get("fidelity") is not None:
        return rec["fidelity"]
    chrf, sem = rec.get("chrf"), rec.get("semantic")
    if chrf is None:
        return None
    return chrf / 100.0 if sem is None else 0.5 * chrf / 100.0 + 0.5 * max(0.0, sem)


def _level(value, thresholds: dict) -> str:
    if value is None:
        return ""
    if value < thresholds.get("major", 0.30):
        return "major"
    if value < thresholds.get("minor", 0.50):
        return "minor"
    return ""


def render_roundtrip_html(rt: dict | None, limit: int | None = None, findings=()) -> str:
    """An HTML fragment (<section>) for the report's `roundtrip` dict; findings (the report's, numbered
    from 1) that point into the source are highlighted in the source comparison's English."""
    if not rt:
        return ""
    if not rt.get("available"):
        head, reason = escape(_("Round trip")), escape(_("Not available: {reason}").format(reason=rt.get("reason", "")))
        out = (f'<section class="roundtrip"><h2>{head}</h2><p>{reason}</p>'
               f'<p class="note">{escape(str(rt.get("how_to_enable", "")))}</p>')
        return out + _bilingual(rt.get("bilingual"), findings) + "</section>"
    m = rt.get("metrics") or {}
    models = rt.get("models") or {}
    thresholds = rt.get("thresholds") or {}
    head = "<p>" + escape(_(
        "Engine {engine} (fr→en {fr_en}, en→fr {en_fr}). Article: chrF++ {chrf}, BLEU {bleu}, TER {ter}, "
        "semantic {semantic} (lowest decile {low_decile}).").format(
        engine=rt.get("engine"), fr_en=models.get("fr-en", ""), en_fr=models.get("en-fr", ""), chrf=_num(m.get("chrf")),
        bleu=_num(m.get("bleu")), ter=_num(m.get("ter")), semantic=_num(m.get("semantic"), 3),
        low_decile=_num(m.get("semantic_low_decile"), 3))) + "</p>"
    sigs = "; ".join(f"{escape(k)}: {escape(str(v))}" for k, v in (rt.get("signatures") or {}).items())
    records = sorted(rt.get("sentences") or [], key=lambda r: (_fidelity(r) is None, _fidelity(r) or 0.0, r.get("start", 0)))
    if limit:
        records = records[:limit]
    rows = []
    units = any("unit" in r for r in records)  # a bilingual file: which unit each sentence is in
    for r in records:
        fid = _fidelity(r)
        level = _level(fid, thresholds)
        start, end = r.get("start"), r.get("end")
        rows.append(
            f'<tr class="{level}" data-start="{escape(str(start))}" data-end="{escape(str(end))}">'
            + (f'<td class="t">{escape(str(r.get("unit", "")))}</td>' if units else "") +
            f'<td><a href="#rt-{escape(str(start))}-{escape(str(end))}">{_num(fid, 2)}</a></td>'
            f'<td>{_num(r.get("chrf"))}</td><td>{_num(r.get("bleu"))}</td><td>{_num(r.get("ter"))}</td>'
            f'<td>{_num(r.get("semantic"), 3)}</td>'
            f'<td class="t">{escape(r.get("text") or "")}</td><td class="t">{escape(r.get("pivot") or "")}</td>'
            f'<td class="t">{escape(r.get("back") or "")}</td></tr>')
    cols = ((_("Unit"),) if units else ()) + (_("Fidelity"), "chrF++", "BLEU", "TER", _("Semantic"), _("Sentence"), _("English pivot"), _("Back to French"))
    table = ('<table class="roundtrip"><tr>' + "".join(f"<th>{escape(c)}</th>" for c in cols) + "</tr>"
             + "".join(rows) + "</table>") if rows else "<p>" + escape(_("No sentence to translate.")) + "</p>"
    title = escape(_("Round trip (lowest fidelity first)"))
    return (f'<section class="roundtrip"><h2>{title}</h2>{head}{table}'
            f'<p class="note">{sigs}</p>{_bilingual(rt.get("bilingual"), findings)}</section>')


def _source_cell(p: dict, findings) -> str:
    """A pair's English, escaped, with the part of each finding's source span inside it marked."""
    from ..report.html import render_article

    text, at = p.get("source") or "", p.get("source_start")
    marks = [(n, dict(f, start=max(f["source_start"] - at, 0), end=min(f["source_end"] - at, len(text))))
             for n, f in enumerate(findings, 1) if isinstance(at, int) and "unit" not in f
             and isinstance(f.get("source_start"), int) and f["source_start"] < at + len(text) and at < f["source_end"]]
    if not marks:
        return escape(text)
    return render_article(text, [f for _, f in marks], numbers=[n for n, _ in marks])


def _bilingual(bi: dict | None, findings=()) -> str:
    if not bi:
        return ""
    if not bi.get("available"):
        head, reason = escape(_("Source comparison")), escape(_("Not available: {reason}").format(reason=bi.get("reason", "")))
        return f"<h3>{head}</h3><p>{reason}</p>"
    m = bi.get("metrics") or {}
    rows = []
    order = {"1-0": 0, "0-1": 1}
    pairs = sorted(bi.get("pairs") or [], key=lambda p: (order.get(p.get("kind"), 2),
                                                         p.get("similarity") if p.get("similarity") is not None else 1.0))
    units = any("unit" in p for p in pairs)  # a bilingual file: one pair per unit
    for p in pairs:
        # a source sentence without translation (1-0) has no place in the French: no offsets
        where = f' data-start="{p["start"]}" data-end="{p["end"]}"' if isinstance(p.get("start"), int) \
            and isinstance(p.get("end"), int) else ""
        rows.append(
            f'<tr{where}>'
            + (f'<td class="t">{escape(str(p.get("unit", "")))}</td>' if units else "") +
            f'<td>{escape(str(p.get("kind")))}</td><td>{_num(p.get("similarity"), 2)}</td><td>{_num(p.get("chrf"))}</td>'
            f'<td class="t">{_source_cell(p, findings)}</td><td class="t">{escape(p.get("text") or "")}</td>'
            f'<td class="t">{escape(p.get("pivot") or "")}</td></tr>')
    summary = comparison_summary(m, _num(m.get("chrf")), _num(m.get("crosslingual"), 3))
    cols = ((_("Unit"),) if units else ()) + (_("Alignment"), _("Similarity"), "chrF++", _("English source"), _("French"), _("French → English"))
    head = escape(_("Source comparison"))
    return (f'<h3>{head}</h3><p>{escape(summary)}</p>'
            '<table class="bilingual"><tr>' + "".join(f"<th>{escape(c)}</th>" for c in cols) + "</tr>"
            + "".join(rows) + "</table>")
