"""Self-contained HTML quality sheet: header, the article with every finding highlighted, the list."""
from __future__ import annotations

import re
from html import escape

from ..detect.finding import SEVERITY_RANK
from ..i18n import N_, _, ngettext, using
from . import labels as L

CSS = """
:root{--critical:#c62828;--major:#ef6c00;--minor:#f9a825;--pass:#2e7d32;--review:#ef6c00;--fail:#c62828}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#fff;border-bottom:1px solid #ddd;padding:16px 28px}
h1{font-size:20px;margin:0 0 8px}h2{font-size:17px;margin:28px 0 10px}
main{padding:0 28px 40px;max-width:1100px}
.badge{display:inline-block;padding:3px 10px;border-radius:12px;color:#fff;font-weight:600}
.pass{background:var(--pass)}.review{background:var(--review)}.fail{background:var(--fail)}
.quality{font-size:28px;font-weight:700;margin-right:12px}
.stats span{margin-right:16px}.stats{margin-top:8px;color:#444}
.chip{display:inline-block;border-radius:4px;padding:0 6px;margin:2px;color:#fff;font-size:13px}
.chip.critical{background:var(--critical)}.chip.major{background:var(--major)}.chip.minor{background:var(--minor);color:#222}
.chip.cat{background:#eceff1;color:#333}
article{background:#fff;border:1px solid #ddd;padding:18px 22px;white-space:pre-wrap;word-wrap:break-word}
mark{border-radius:2px;padding:0 1px;cursor:help}
mark.critical{background:#ffcdd2;border-bottom:2px solid var(--critical)}
mark.major{background:#ffe0b2;border-bottom:2px solid var(--major)}
mark.minor{background:#fff9c4;border-bottom:2px solid var(--minor)}
.rts.on{background:#e1f5fe;outline:2px solid #0277bd}
mark sup{font-size:10px;color:#555;margin-left:1px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #ddd;padding:5px 8px;vertical-align:top;text-align:left;font-size:14px}
th{background:#f1f1f1}td.t{font-family:ui-monospace,monospace;white-space:pre-wrap}
tr:target{outline:2px solid #1565c0}
.note{color:#555;font-size:13px}
"""


def _layers(text: str, findings: list[dict], extra_cuts=()):
    """Cut the text at every finding boundary; each piece lists the findings covering it."""
    cuts = {0, len(text), *extra_cuts}
    for f in findings:
        cuts.add(f["start"])
        cuts.add(f["end"])
    points = sorted(cuts)
    order = sorted(range(len(findings)), key=lambda n: findings[n]["start"])
    active: list[int] = []
    i = 0
    for a, b in zip(points, points[1:]):  # one sweep: linear in pieces + findings, not their product
        while i < len(order) and findings[order[i]]["start"] <= a:
            active.append(order[i])
            i += 1
        active = [n for n in active if b <= findings[n]["end"]]
        yield a, b, sorted(active)


def render_article(text: str, findings: list[dict], sentences=(), numbers=None) -> str:
    """The escaped text with findings as <mark>s; round-trip sentences (start, end) get anchors.
    numbers: each finding's number in the sheet's list (#fN), when not its place in `findings`."""
    num = list(numbers) if numbers is not None else range(1, len(findings) + 1)
    parts = []
    sentences = sorted({(int(s), int(e)) for s, e in sentences})
    cuts = [x for se in sentences for x in se]
    for a, b, covering in _layers(text, findings, cuts):
        piece = _in_sentence(a, b, sentences, escape(text[a:b]))
        if not covering:
            parts.append(piece)
            continue
        worst = max(covering, key=lambda n: SEVERITY_RANK[findings[n]["severity"]])
        tip = "\n".join(
            f"#{num[n]} [{L.severity(findings[n]['severity'])}] {findings[n]['rule']} {findings[n]['message']}"
            + (f" → {findings[n]['suggestion']}" if findings[n].get("suggestion") else "")
            for n in covering)
        starts_here = [n for n in covering if findings[n]["start"] == a]
        sup = "".join(f'<sup><a href="#f{num[n]}">{num[n]}</a></sup>' for n in starts_here)
        parts.append(f'<mark class="{findings[worst]["severity"]}" title="{escape(tip)}">{piece}</mark>{sup}')
    return "".join(parts)


def _in_sentence(a: int, b: int, sentences, piece: str) -> str:
    for s, e in sentences:
        if s <= a and b <= e:
            anchor = f' id="rt-{s}-{e}"' if a == s else ""
            return f'<span class="rts" data-rt="rt-{s}-{e}"{anchor}>{piece}</span>'
    return piece


# Highlights the round-trip sentence a table row links to (the sheet works without it).
SCRIPT = """<script>
function mtHighlight(){document.querySelectorAll('.rts.on').forEach(function(e){e.classList.remove('on')});
var id=location.hash.slice(1);if(id.indexOf('rt-')!==0)return;
document.querySelectorAll('.rts[data-rt="'+id+'"]').forEach(function(e){e.classList.add('on')});}
window.addEventListener('hashchange',mtHighlight);mtHighlight();
</script>"""


# what HTML cannot carry, even escaped (parse errors): controls other than tab, LF, FF and CR, and noncharacters
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def _visible(m: re.Match) -> str:
    c = ord(m.group())
    return chr(0x2400 + c) if c < 0x20 else "\u2421" if c == 0x7F else "\ufffd"


def no_controls(page: str) -> str:
    """The page with each control character of the article as its visible symbol (U+2400 block: ␁, ␛;
    U+FFFD for C1 controls and noncharacters), one for one."""
    return _CONTROLS.sub(_visible, page)


def render_html(report: dict, text: str) -> str:
    """The sheet, in the report's language (its "lang"; else the current one)."""
    with using(report.get("lang")):
        if report.get("units") is not None:  # a bilingual file: one row per unit
            from .html_units import render_units_html

            return no_controls(render_units_html(report))
        return no_controls(_render_html(report, text))


def _render_html(report: dict, text: str) -> str:
    a, s = report["article"], report["score"]
    findings = report["findings"]
    c = s["counts"]
    chips = "".join(f'<span class="chip {k}">{escape(L.severity_count(k, v))}</span>' for k, v in c.items())
    cats = "".join(f'<span class="chip cat">{escape(L.category(k))} {v}</span>' for k, v in s["by_category"].items())
    engines = ", ".join(f"{escape(k)}: {escape(str(v))}" for k, v in report.get("engines", {}).items())
    failures = "".join('<p class="note">' + escape(_("Rule {rule} failed: {error}").format(rule=f["rule"], error=f["error"]))
                       + "</p>" for f in report.get("failures", []))
    failures += "".join('<p class="note">' + escape(L.note(note)) + "</p>" for note in report.get("notes", []))
    from .io import line_of

    line_at = line_of(text)
    rows = []
    for n, f in enumerate(findings, 1):
        line = line_at(f["start"])
        rows.append(
            f'<tr id="f{n}"><td>{n}</td><td><span class="chip {f["severity"]}">{escape(L.severity(f["severity"]))}</span></td>'
            f'<td>{escape(f["rule"])}<br><span class="note">{escape(f["slug"])}</span></td>'
            f'<td>{escape(L.category(f["category"]))}<br><span class="note">{escape(f["mqm"])}</span></td>'
            f'<td>{line}</td><td class="t" lang="fr">{escape(f["text"])}</td><td>{_engine_note(f)}{escape(f["message"])}</td>'
            f'<td>{escape(f["suggestion"]) if f.get("suggestion") else ""}</td></tr>')
    head = "".join(f"<th>{escape(h)}</th>" for h in ("#", _("Severity"), _("Rule"), _("Category"), _("Line"),
                                                       _("Text"), _("Message"), _("Suggestion")))
    table = (f"<table><tr>{head}</tr>" + "".join(rows) + "</table>") if rows else "<p>" + escape(_("No findings.")) + "</p>"
    rt = report.get("roundtrip") or {}
    rt_html = _roundtrip_section(rt or None, findings)
    sentences = [(x["start"], x["end"]) for x in rt.get("sentences", []) if "start" in x and "end" in x] \
        if rt.get("available") else []
    title = escape(_("Quality sheet — {id}").format(id=a["id"]))
    words = escape(ngettext("{n} word", "{n} words", a["words"]).format(n=L.num(a["words"])))
    penalty = escape(_("penalty {points} ({per_1000} per 1,000 words)").format(
        points=L.num(s["penalty"]), per_1000=L.num(s["penalty_per_1000_words"])))
    language = escape(_("language {code} ({confidence})").format(code=a["language"]["code"],
                                                                 confidence=L.num(a["language"]["confidence"])))
    article_h, findings_h = escape(_("Article")), escape(_("Findings ({n})").format(n=len(findings)))
    return f"""<!doctype html>
<html lang="{L.current()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>mtaudit — {escape(a['id'])}</title><style>{CSS}</style></head>
<body><header><h1>{title}</h1>
<div><span class="quality">{L.num(s['quality'], 1)}</span><span class="badge {escape(s['verdict'])}">{escape(L.verdict(s['verdict']).upper())}</span></div>
<div class="stats"><span>{words}</span><span>{penalty}</span>
<span>{language}</span></div>
<div class="note">{_estimate_line(s)}</div>
<div class="stats">{chips} {cats}</div>
<div class="note">{escape(a.get('path') or '')} · mtaudit {escape(report['tool']['version'])}{' · ' + engines if engines else ''}</div>
{failures}</header>
<main><h2>{article_h}</h2><article lang="fr">{render_article(text, findings, sentences)}</article>
<h2>{findings_h}</h2>{table}{rt_html}</main>{SCRIPT if sentences else ""}</body></html>
"""


def _engine_note(f: dict) -> str:
    """Grammalecte's messages are French whatever the sheet's language: say where they come from."""
    if f.get("engine", "").startswith("grammalecte") and L.current() != "fr":
        return '<span class="note">' + escape(_("Grammalecte (in French):")) + "</span> "
    return ""


FEATURE_NAMES = {
    "minor_density": N_("minor findings"), "major_density": N_("major findings"),
    "critical_density": N_("critical findings"), "untranslated_density": N_("untranslated text"),
    "grammar_density": N_("grammar findings"), "spelling_density": N_("spelling findings"),
    "typography_density": N_("typography findings"), "wording_density": N_("wording findings"),
    "names_density": N_("name findings"), "markup_density": N_("markup findings"),
    "meaning_density": N_("meaning findings"), "english_share": N_("English-looking words"),
    "unknown_share": N_("words unknown in French"), "capitals_share": N_("capitalised words mid-sentence"),
    "severe_penalty": N_("major and critical findings"), "severe_evidence": N_("serious findings (ceiling)"),
    "minor_evidence": N_("a flood of minor findings (ceiling)"),
    "function_share": N_("common function words"), "mean_zipf": N_("everyday vocabulary"),
    "unended_lines": N_("lines without final punctuation"), "words_per_line": N_("words per line"),
    "log_words": N_("length"), "rt_chrf": N_("round-trip chrF"), "rt_semantic": N_("round-trip similarity"),
    "rt_semantic_low": N_("weakest round-trip sentences"), "copied_share": N_("source words copied untranslated"),
    "numbers_missing": N_("source numbers missing"), "names_missing": N_("source names missing"),
    "length_ratio": N_("length against the source"), "xling": N_("similarity to the source"),
    "xling_low": N_("least similar sentence pairs"), "bi_gaps": N_("unaligned sentences"),
    "bi_chrf": N_("back-translation against the source"), "pseudo_chrf": N_("overlap with a reference translation"),
    "src_cov_low": N_("source sentences least covered by the dictionaries"),
    "word_errors": N_("words likely in error (word model)"), "word_flagged": N_("words the word model flags"),
    "src_words_per_line": N_("source: words per line"), "src_rare_share": N_("source: rare words"),
    "src_unknown_share": N_("source: words unknown in English"), "src_mean_zipf": N_("source: everyday vocabulary"),
    "src_capitals_share": N_("source: capitalised words mid-sentence"), "src_numbers": N_("source: numbers"),
    "src_punct": N_("source: punctuation"), "src_long_share": N_("source: long words"),
}


def _estimate_line(s: dict) -> str:
    """One line: what the quality figure is, and the features that moved it most."""
    est = s.get("estimate")
    if not est:
        return ""
    moved = [(k, v) for k, v in est.get("contributions", {}).items() if abs(v) >= 0.5][:3]
    names = [(_(FEATURE_NAMES[k]) if k in FEATURE_NAMES else k, v) for k, v in moved]
    what = ", ".join(f"{name} {'+' if v >= 0 else ''}{L.num(v, 1)}" for name, v in names)
    line = _("Quality is an estimate fitted to human MQM judgements (model {model}); MQM penalty alone: "
             "{mqm}.").format(model=est["model"], mqm=L.num(s.get("mqm_quality", ""), 1))
    if est.get("domain") == "units":
        line += " " + _("Its pass line is set for files of translation units, where measured on human "
                        "translations of software.")
    if what:
        line += " " + _("Moved most by: {features}.").format(features=what)
    return escape(line)


def _roundtrip_section(rt, findings=()) -> str:
    """The round trip's table and the source comparison (shown with or without a round trip)."""
    if not rt:
        return ""
    try:
        from ..roundtrip.render import render_roundtrip_html
    except ImportError:
        if rt.get("available"):
            return ""
        head = escape(_("Round trip"))
        reason = escape(_("Not available: {reason}").format(reason=rt.get("reason", "")))
        return (f"<h2>{head}</h2><p>{reason}</p>"
                f"<p class=\"note\">{escape(str(rt.get('how_to_enable', '')))}</p>")
    return render_roundtrip_html(rt, findings=findings)
