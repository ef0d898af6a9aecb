"""`--format xliff`: a copy of an XLIFF input with each finding attached to its unit as a note.

XLIFF 1.2: <note from="mtaudit" priority="1|2|5" annotates="target">MTA901 number-mismatch
(major): message «text» → suggestion</note> appended to the <trans-unit>.
XLIFF 2.x: <note category="mtaudit" priority=".." appliesTo="target"> in the unit's <notes>
(created before the first segment when absent). CAT tools (Trados, memoQ, OmegaT, Okapi) show
these notes beside the unit. The input file is read, never written: the copy goes to
<out>/<id>.mtaudit.xlf.
"""
from __future__ import annotations

from pathlib import Path

PRIORITY = {"critical": "1", "major": "2", "minor": "5"}


def note_text(f: dict) -> str:
    s = f"{f['rule']} {f['slug']} ({f['severity']}): {f['message']}"
    if f.get("text"):
        s += f" «{f['text']}»"
    if f.get("suggestion"):
        s += f" → {f['suggestion']}"
    return s


def render_xliff(report: dict, text: str | None = None) -> str | None:
    """The annotated copy as text, or None when the report is not of an XLIFF file."""
    from lxml import etree

    a = report["article"]
    if a.get("format") not in ("xliff1", "xliff2") or not a.get("path"):
        return None
    root = etree.fromstring(Path(a["path"]).read_bytes(), etree.XMLParser(resolve_entities=False, no_network=True))
    by_unit: dict = {}
    for f in report["findings"]:
        by_unit.setdefault(str(f.get("unit")).split("#")[0], []).append(f)
    ns = root.nsmap.get(None) or ""
    q = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    local = lambda el: el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""  # noqa: E731
    for el in root.iter():
        name = local(el)
        if a["format"] == "xliff1" and name == "trans-unit":
            for f in by_unit.get(el.get("id"), []):
                note = etree.SubElement(el, q("note"), {"from": "mtaudit", "priority": PRIORITY[f["severity"]],
                                                        "annotates": "target"})
                note.text = note_text(f)
        elif a["format"] == "xliff2" and name == "unit":
            fs = by_unit.get(el.get("id"), [])
            if not fs:
                continue
            notes = next((c for c in el if local(c) == "notes"), None)
            if notes is None:
                notes = etree.Element(q("notes"))
                first = next((i for i, c in enumerate(el) if local(c) in ("originalData", "segment", "ignorable")),
                             len(el))
                el.insert(first, notes)
            for f in fs:
                note = etree.SubElement(notes, q("note"), {"category": "mtaudit", "priority": PRIORITY[f["severity"]],
                                                           "appliesTo": "target"})
                note.text = note_text(f)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode("utf-8") + "\n"
