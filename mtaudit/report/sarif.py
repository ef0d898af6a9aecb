"""SARIF 2.1.0: one run, rules with their docs, results with regions and stable fingerprints.

Columns count Unicode code points (run.columnKind = unicodeCodePoints), lines and columns are
1-based and endColumn is the column just after the region, as the standard says. A finding on a
translation unit has a region of the unit's line only (its offsets count in the unit's target, not
in the file): they are in the result's properties (unit, unitStart, unitEnd, unitText) and the unit
is its logical location. A finding on a corpus row (data.jsonl#row=3) likewise: the file's uri,
the row's line (when the format has lines), the row (`row=3`) as logical location, its offsets in
the row's text in the properties (row, rowStart, rowEnd, rowText). No timestamps,
no absolute paths: the same input and configuration give byte-identical output.
"""
from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

from .. import __version__
from ..i18n import _, using
from .ci import LEVELS, CiItem, fingerprints, report_lang
from .io import json_pieces, to_json

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "mtaudit/v1"
GITHUB_SEVERITY = {"critical": "error", "major": "warning", "minor": "recommendation"}


def _pascal(slug: str) -> str:
    return "".join(part.capitalize() for part in slug.split("-")) or "Rule"


def rule_descriptor(doc: dict) -> dict:
    what, why, example = (" ".join(doc.get(k, "").split()) for k in ("what", "why", "example"))
    short = (doc.get("name") or doc.get("slug", "")).strip()
    help_text = "\n\n".join(p for p in (what, _("Why: {text}").format(text=why) if why else "",
                                        _("Example: {text}").format(text=example) if example else "") if p)
    help_md = "\n\n".join(p for p in (what, _("**Why.** {text}").format(text=why) if why else "",
                                      _("**Example.** {text}").format(text=example) if example else "") if p)
    sev = doc.get("severity", "minor")
    return {
        "id": doc["id"],
        "name": _pascal(doc.get("slug", "")),
        "shortDescription": {"text": short[:1].upper() + short[1:] if short else doc["id"]},
        "fullDescription": {"text": what or short or doc["id"]},
        "help": {"text": help_text or short or doc["id"], "markdown": help_md or short or doc["id"]},
        "defaultConfiguration": {"level": LEVELS.get(sev, "warning")},
        "properties": {
            "category": doc.get("category", ""),
            "mqm": doc.get("mqm", ""),
            "severity": sev,
            "tags": [t for t in ("translation-quality", doc.get("category"), doc.get("mqm")) if t],
            "problem.severity": GITHUB_SEVERITY.get(sev, "warning"),
        },
    }


def _rule_docs() -> dict[str, dict]:
    from ..detect.registry import all_rules

    return {rid: cls.describe() for rid, cls in all_rules().items()}


def render_sarif(items: list[CiItem], errors: list[tuple[str, str]] = (), rules: dict | None = None,
                 interrupted: str | None = None) -> str:
    """The SARIF log as text; `rules` (id -> describe() dict) defaults to every registered rule. Its
    fixed text and the rule docs are in the reports' language. `interrupted`: why the run stopped
    early (executionSuccessful false, an error notification)."""
    return to_json(sarif_log(items, errors, rules, interrupted))


def sarif_pieces(items: list[CiItem], errors: list[tuple[str, str]] = (), rules: dict | None = None,
                 interrupted: str | None = None) -> Iterator[str]:
    """render_sarif's text in pieces (io.json_pieces), for writing a large log without holding it."""
    return json_pieces(sarif_log(items, errors, rules, interrupted))


def sarif_log(items: list[CiItem], errors: list[tuple[str, str]] = (), rules: dict | None = None,
              interrupted: str | None = None) -> dict:
    """The SARIF log (render_sarif's text is its JSON)."""
    with using(report_lang(items)):
        return _sarif_log(items, errors, rules, interrupted)


def _sarif_log(items, errors, rules, interrupted=None) -> dict:
    docs = dict(rules if rules is not None else _rule_docs())
    for item in items:  # a finding from a rule not in the registry still gets a descriptor
        for f in item.report["findings"]:
            docs.setdefault(f["rule"], {"id": f["rule"], "slug": f.get("slug", ""), "category": f.get("category", ""),
                                        "mqm": f.get("mqm", ""), "severity": f["severity"]})
    ids = sorted(docs)
    index = {rid: i for i, rid in enumerate(ids)}

    results, notifications, articles = [], [], []
    for item in items:
        rep = item.report
        # a file name's "#" or "?" is part of the name, not a fragment or a query: percent-encoded
        uri = quote(item.uri or rep["article"]["id"], safe="/=:@!$&'()*+,;-._~")
        row = item.row_label
        for (f, start, end), fp in zip(item.spans(), fingerprints(item)):
            line, col, end_line, end_col = item.region(f, start, end)
            message = f["message"]
            if f.get("suggestion"):
                message += " " + _("Suggestion: {text}").format(text=f["suggestion"])
            unit = f.get("unit")
            if unit is None and row is None:
                region = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
                          "charOffset": start, "charLength": end - start,
                          "snippet": {"text": item.snippet(f, start, end)}}
            else:  # the unit's (row's) line only: the offsets count in its text (properties), not in the file
                region = {"startLine": line} if line else None
            location = {"physicalLocation": {
                "artifactLocation": {"uri": uri, **({"uriBaseId": "%SRCROOT%"} if item.uri else {})},
                **({"region": region} if region else {})}}
            if unit is not None:
                location["logicalLocations"] = [{"name": unit}]  # no kind: a PO entry or table row is no XML element
            elif row is not None:
                location["logicalLocations"] = [{"name": item.row}]  # row=3 (train:3), as the article's path ends
            offsets = (("unitStart", start), ("unitEnd", end), ("unitText", f["text"])) if unit is not None else \
                (("rowStart", start), ("rowEnd", end), ("rowText", f["text"])) if row is not None else ()
            results.append({
                "ruleId": f["rule"],
                "ruleIndex": index[f["rule"]],
                "level": LEVELS[f["severity"]],
                "kind": "fail",
                "message": {"text": message},
                "locations": [location],
                "partialFingerprints": {FINGERPRINT_KEY: fp},
                "properties": {k: v for k, v in (
                    ("article", rep["article"]["id"]), ("severity", f["severity"]), ("category", f["category"]),
                    ("mqm", f["mqm"]), ("confidence", f.get("confidence")), ("engine", f.get("engine")),
                    ("suggestion", f.get("suggestion")), ("unit", unit), ("row", row), *offsets)
                    if v is not None},
            })
        for fail in rep.get("failures", []):
            notifications.append({
                "level": "error",
                "message": {"text": _("{article}: rule {rule} failed: {error}").format(article=uri, rule=fail["rule"],
                                                                                       error=fail["error"])},
                "associatedRule": {"id": fail["rule"], **({"index": index[fail["rule"]]} if fail["rule"] in index else {})},
            })
        for note in rep.get("notes", []):  # suppression comments to fix, a source set aside
            note_line = item.row_line if item.row is not None else note.get("line")  # a row's: the row's line
            region = {"startLine": note_line} if note_line else None
            notifications.append({
                "level": "warning",
                "message": {"text": note["message"]},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri, **({"uriBaseId": "%SRCROOT%"} if item.uri else {})},
                    **({"region": region} if region else {})}}],
                "properties": {"kind": note.get("kind", "")},
            })
        s = rep["score"]
        articles.append({"id": rep["article"]["id"], "uri": uri, **({"row": row} if row is not None else {}),
                         "words": rep["article"]["words"], "quality": s["quality"],
                         "verdict": rep.get("verdict", s["verdict"])})
    for path, problem, *where in errors:  # (label, problem[, file, line])
        note = {"level": "error", "message": {"text": f"{path}: {problem}"}}
        if where and where[0]:  # a corpus row: its file, at the row's line
            place = {"artifactLocation": {"uri": quote(where[0], safe="/=:@!$&'()*+,;-._~")}}
            if len(where) > 1 and where[1]:
                place["region"] = {"startLine": where[1]}
            note["locations"] = [{"physicalLocation": place}]
        notifications.append(note)
    if interrupted:
        notifications.append({"level": "error", "message": {"text": interrupted}, "properties": {"kind": "interrupted"}})

    run = {
        "tool": {"driver": {
            "name": "mtaudit",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [rule_descriptor(docs[rid]) for rid in ids],
        }},
        "invocations": [{"executionSuccessful": not errors and not interrupted
                         and not any(it.report.get("failures") for it in items),
                         **({"toolExecutionNotifications": notifications} if notifications else {})}],
        "columnKind": "unicodeCodePoints",
        **({"language": lang} if (lang := report_lang(items)) else {}),  # of the messages (SARIF default: en-US)
        "results": results,
        "properties": {"articles": articles},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
