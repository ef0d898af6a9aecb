"""The round-trip part of the HTML quality sheet: a table, lowest fidelity first, all text escaped.

Each row carries data-start/data-end (code-point offsets into the article) and links to
#rt-<start>-<end>, so the sheet can highlight the sentence in the article.
"""
from __future__ import annotations

from html import escape


def _num(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


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


def render_roundtrip_html(rt: dict | None, limit: int | None = None) -> str:
    """An HTML fragment (<section>) for the report's `roundtrip` dict."""
    if not rt:
        return ""
    if not rt.get("available"):
        out = (f'<section class="roundtrip"><h2>Round trip</h2><p>Not available: {escape(str(rt.get("reason", "")))}</p>'
               f'<p class="note">{escape(str(rt.get("how_to_enable", "")))}</p>')
        return out + _bilingual(rt.get("bilingual")) + "</section>"
    m = rt.get("metrics") or {}
    models = rt.get("models") or {}
    thresholds = rt.get("thresholds") or {}
    head = (f'<p>Engine <b>{escape(str(rt.get("engine")))}</b> '
            f'(fr→en {escape(str(models.get("fr-en", "")))}, en→fr {escape(str(models.get("en-fr", "")))}). '
            f'Article: chrF++ {_num(m.get("chrf"))}, BLEU {_num(m.get("bleu"))}, TER {_num(m.get("ter"))}, '
            f'semantic {_num(m.get("semantic"), 3)} (lowest decile {_num(m.get("semantic_low_decile"), 3)}).</p>')
    sigs = "; ".join(f"{escape(k)}: {escape(str(v))}" for k, v in (rt.get("signatures") or {}).items())
    records = sorted(rt.get("sentences") or [], key=lambda r: (_fidelity(r) is None, _fidelity(r) or 0.0, r.get("start", 0)))
    if limit:
        records = records[:limit]
    rows = []
    for r in records:
        fid = _fidelity(r)
        level = _level(fid, thresholds)
        start, end = r.get("start"), r.get("end")
        rows.append(
            f'<tr class="{level}" data-start="{escape(str(start))}" data-end="{escape(str(end))}">'
            f'<td><a href="#rt-{escape(str(start))}-{escape(str(end))}">{_num(fid, 2)}</a></td>'
            f'<td>{_num(r.get("chrf"))}</td><td>{_num(r.get("bleu"))}</td><td>{_num(r.get("ter"))}</td>'
            f'<td>{_num(r.get("semantic"), 3)}</td>'
            f'<td class="t">{escape(r.get("text") or "")}</td><td class="t">{escape(r.get("pivot") or "")}</td>'
            f'<td class="t">{escape(r.get("back") or "")}</td></tr>')
    table = ('<table class="roundtrip"><tr><th>Fidelity</th><th>chrF++</th><th>BLEU</th><th>TER</th><th>Semantic</th>'
             '<th>Sentence</th><th>English pivot</th><th>Back to French</th></tr>' + "".join(rows) + "</table>") \
        if rows else "<p>No sentence to translate.</p>"
    return (f'<section class="roundtrip"><h2>Round trip (lowest fidelity first)</h2>{head}{table}'
            f'<p class="note">{sigs}</p>{_bilingual(rt.get("bilingual"))}</section>')


def _bilingual(bi: dict | None) -> str:
    if not bi:
        return ""
    if not bi.get("available"):
        return f'<h3>Source comparison</h3><p>Not available: {escape(str(bi.get("reason", "")))}</p>'
    m = bi.get("metrics") or {}
    rows = []
    order = {"1-0": 0, "0-1": 1}
    pairs = sorted(bi.get("pairs") or [], key=lambda p: (order.get(p.get("kind"), 2),
                                                         p.get("similarity") if p.get("similarity") is not None else 1.0))
    for p in pairs:
        rows.append(
            f'<tr data-start="{escape(str(p.get("start")))}" data-end="{escape(str(p.get("end")))}">'
            f'<td>{escape(str(p.get("kind")))}</td><td>{_num(p.get("similarity"), 2)}</td><td>{_num(p.get("chrf"))}</td>'
            f'<td class="t">{escape(p.get("source") or "")}</td><td class="t">{escape(p.get("text") or "")}</td>'
            f'<td class="t">{escape(p.get("pivot") or "")}</td></tr>')
    return (f'<h3>Source comparison</h3><p>{m.get("pairs", 0)} aligned, {m.get("omitted", 0)} source sentence(s) '
            f'without translation, {m.get("added", 0)} French sentence(s) without source; chrF++ of the back-translation '
            f'against the source {_num(m.get("chrf"))}, cross-lingual similarity {_num(m.get("crosslingual"), 3)}.</p>'
            '<table class="bilingual"><tr><th>Alignment</th><th>Similarity</th><th>chrF++</th><th>English source</th>'
            '<th>French</th><th>French → English</th></tr>' + "".join(rows) + "</table>")
