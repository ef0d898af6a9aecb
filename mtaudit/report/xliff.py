"""`--format xliff`: a copy of an XLIFF input with each finding attached to its unit as a note.

XLIFF 1.2: <note from="mtaudit" priority="1|2|5" annotates="target">MTA901 number-mismatch
(major): message «text» → suggestion</note> appended to the <trans-unit>.
XLIFF 2.x: <note category="mtaudit" priority=".." appliesTo="target"> in the unit's <notes>
(created before the first segment when absent). CAT tools (Trados, memoQ, OmegaT, Okapi) show
these notes beside the unit. The input file is read, never written: the copy goes to
<out>/<id>.mtaudit.xlf.

Units are found as the reader finds them (translate-toolkit's units, in document order), so the
i-th one is report["units"][i] even when two <file>s reuse an id. Notes go in the namespace of
the unit's element (a prefixed xliff namespace stays valid). mtaudit notes already in the file (an
annotated copy audited again) are dropped first. The whole document is written back, comments and
processing instructions before the root included.
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


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _q(el, name: str) -> str:
    """`name` in the namespace of el (its prefix, if any, is reused on output)."""
    from lxml import etree

    ns = etree.QName(el).namespace
    return f"{{{ns}}}{name}" if ns else name


def _drop(el) -> None:
    """Remove el; its tail (the indentation before the parent's closing tag) moves to the previous sibling."""
    parent = el.getparent()
    prev = el.getprevious()
    if el.getnext() is None and prev is not None:
        prev.tail = el.tail
    parent.remove(el)


def _store(data: bytes, version2: bool):
    """The file as the reader parses it (read/bilingual.py)."""
    if version2:
        from translate.storage.xliff2 import Xliff2File

        return Xliff2File.parsestring(data)
    from translate.storage.xliff import xlifffile

    return xlifffile.parsestring(data)


def render_xliff(report: dict, text: str | None = None) -> str | None:
    """The annotated copy as text, or None when the report is not of an XLIFF file."""
    from lxml import etree

    a = report["article"]
    if a.get("format") not in ("xliff1", "xliff2") or not a.get("path"):
        return None
    version2 = a["format"] == "xliff2"
    store = _store(Path(a["path"]).read_bytes(), version2)
    doc = store.document  # the whole tree: comments and PIs before the root are kept
    root = doc.getroot()

    # notes of an earlier mtaudit run (an annotated copy given as input)
    for el in list(root.iter()):
        if _local(el) == "note" and (el.get("category") if version2 else el.get("from")) == "mtaudit":
            parent = el.getparent()
            _drop(el)
            if version2 and _local(parent) == "notes" and not len(parent):
                _drop(parent)  # XLIFF 2: <notes> must hold a note

    by_unit: dict = {}
    for f in report["findings"]:
        by_unit.setdefault(f.get("unit"), []).append(f)
    from ..read.bilingual import unit_elements

    # (element the notes go in, own id): the <trans-unit>, or the <segment>'s <unit>
    elements = [(el.getparent() if version2 else el, own) for _u, el, own in unit_elements(store, version2)]
    units = report.get("units") or []
    if len(units) == len(elements):  # by position: ids repeated across <file>s stay apart
        pairs = [(el, u["id"]) for (el, _own), u in zip(elements, units)]
    else:  # a report from another reader: by the element's own id
        pairs = elements

    for el, uid in pairs:
        fs = by_unit.get(uid, [])
        if not fs:
            continue
        if not version2:
            for f in fs:
                note = etree.SubElement(el, _q(el, "note"), {"from": "mtaudit", "priority": PRIORITY[f["severity"]],
                                                             "annotates": "target"})
                note.text = note_text(f)
            continue
        notes = next((c for c in el if _local(c) == "notes"), None)
        if notes is None:
            notes = etree.Element(_q(el, "notes"))
            first = next((i for i, c in enumerate(el) if _local(c) in ("originalData", "segment", "ignorable")),
                         len(el))
            el.insert(first, notes)
        for f in fs:
            note = etree.SubElement(notes, _q(el, "note"), {"category": "mtaudit", "priority": PRIORITY[f["severity"]],
                                                           "appliesTo": "target"})
            note.text = note_text(f)
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8").decode("utf-8") + "\n"
