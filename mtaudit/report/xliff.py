"""`--format xliff`: a copy of an XLIFF input with each finding attached to its unit as a note.

XLIFF 1.2: <note from="mtaudit" priority="1|2|5" annotates="target">MTA901 number-mismatch
(major): message «text» → suggestion</note> in the <trans-unit>, after its last XLIFF child that
may come before a note (source, seg-source, target, context-group, count-group, prop-group, note,
alt-trans) and so before the extension elements (<sdl:seg-defs>): the 1.2 content model puts
those (##other) last.
XLIFF 2.x: <note category="mtaudit" priority=".." appliesTo="target"> in the unit's <notes>
(created when absent after the extension elements, before <originalData> and the segments, as
the 2.0 content model orders them). CAT tools (Trados, memoQ, OmegaT, Okapi) show these notes
beside the unit. The input file is read, never written: the copy goes to <out>/<id>.mtaudit.xlf.

Units are found as the reader finds them (translate-toolkit's units, in document order), so the
i-th one is report["units"][i] even when two <file>s reuse an id. Notes go in the namespace of
the unit's element (a prefixed xliff namespace stays valid). mtaudit notes already in the file (an
annotated copy audited again) are dropped first. The whole document is written back, comments and
processing instructions before the root included.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..i18n import using

PRIORITY = {"critical": "1", "major": "2", "minor": "5"}
# XLIFF 1.2 trans-unit: source, seg-source?, target?, (context-group|count-group|prop-group|note|alt-trans)*, ##other*
BEFORE_NOTES_12 = {"source", "seg-source", "target", "context-group", "count-group", "prop-group", "note", "alt-trans"}
# XLIFF 2.0 unit: ##other*, notes?, originalData?, (segment|ignorable)+
AFTER_NOTES_20 = {"originalData", "segment", "ignorable"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def note_text(f: dict) -> str:
    s = f"{f['rule']} {f['slug']} ({f['severity']}): {f['message']}"
    if f.get("text"):
        s += f" «{f['text']}»"
    if f.get("suggestion"):
        s += f" → {f['suggestion']}"
    return s


def _local(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _ns(el) -> str | None:
    return el.tag[1:].split("}", 1)[0] if isinstance(el.tag, str) and el.tag.startswith("{") else None


def _q(el, name: str) -> str:
    """`name` in the namespace of el (its prefix, if any, is reused on output)."""
    ns = _ns(el)
    return f"{{{ns}}}{name}" if ns else name


def _kids(el, dropped) -> list:
    return [c for c in el if isinstance(c.tag, str) and c not in dropped]


def _store(data: bytes, version2: bool):
    """The file as the reader parses it (read/bilingual.py)."""
    if version2:
        from translate.storage.xliff2 import Xliff2File

        return Xliff2File.parsestring(data)
    from translate.storage.xliff import xlifffile

    return xlifffile.parsestring(data)


def render_xliff(report: dict, text: str | None = None) -> str | None:
    """The annotated copy as text, or None when the report is not of an XLIFF file."""
    a = report["article"]
    if a.get("format") not in ("xliff1", "xliff2") or not a.get("path"):
        return None
    with using(report.get("lang")):
        return _render(report, a["format"] == "xliff2", Path(a["path"]).read_bytes())


def _render(report: dict, version2: bool, raw: bytes) -> str:
    store = _store(raw, version2)
    doc = store.document  # the whole tree: comments and PIs before the root are kept
    root = doc.getroot()

    # notes of an earlier mtaudit run (an annotated copy given as input)
    dropped: set = set()
    for el in root.iter():
        if _local(el) == "note" and (el.get("category") if version2 else el.get("from")) == "mtaudit":
            dropped.add(el)
    if version2:  # XLIFF 2: <notes> must hold a note: one left empty goes too
        for el in list(dropped):
            parent = el.getparent()
            if _local(parent) == "notes" and not _kids(parent, dropped):
                dropped.add(parent)

    by_unit: dict = {}
    for f in report["findings"]:
        by_unit.setdefault(f.get("unit"), []).append(f)
    from ..read.bilingual import unit_elements

    # (element the notes go in, own id, segment label): the <trans-unit>, or the <segment>'s <unit>
    found = unit_elements(store, version2)
    units = report.get("units") or []
    ids = [u["id"] for u in units] if len(units) == len(found) else [own for _u, _el, own in found]
    inserts = []  # (where, element, items): items are (element the notes go in, [(attrs, text)])
    for (_u, el, _own), uid in zip(found, ids):
        fs = by_unit.get(uid, [])
        if not fs:
            continue
        home = el.getparent() if version2 else el
        label = ""
        notes = [({"category": "mtaudit", "priority": PRIORITY[f["severity"]], "appliesTo": "target"} if version2 else
                  {"from": "mtaudit", "priority": PRIORITY[f["severity"]], "annotates": "target"},
                  label + note_text(f)) for f in fs]
        inserts.append((home, notes))
    return _serialise(doc, _plan(inserts, dropped, version2), dropped)


def _plan(inserts, dropped, version2: bool) -> list:
    """Where the notes go, once the dropped ones are gone: a list of (kind, element, home, notes), kind
    "after" (the notes follow the element, indented as it is), "wrap-before" (a new <notes> holding
    them goes before the element) or "end" (the notes close the element)."""
    merged: dict = {}
    order = []
    for home, notes in inserts:  # XLIFF 2: the segments of one unit share its <notes>
        if home not in merged:
            order.append(home)
        merged.setdefault(home, []).extend(notes)
    edits = []
    for home in order:
        notes = merged[home]
        kids = _kids(home, dropped)
        if not version2:
            before = [c for c in kids if _ns(c) == _ns(home) and _local(c) in BEFORE_NOTES_12]
            edits.append(("after", before[-1], home, notes) if before else ("end", home, home, notes))
            continue
        box = next((c for c in kids if _ns(c) == _ns(home) and _local(c) == "notes"), None)
        if box is not None and _kids(box, dropped):
            edits.append(("after", _kids(box, dropped)[-1], box, notes))
        elif box is not None:
            edits.append(("end", box, box, notes))
        else:
            first = next((c for c in kids if _ns(c) == _ns(home) and _local(c) in AFTER_NOTES_20), None)
            edits.append(("wrap-before", first, home, notes) if first is not None else ("wrap-end", home, home, notes))
    return edits


# -- lxml's serialisation of the edited tree -------------------------------------------------------

def _drop(el) -> None:
    """Remove el; its tail (the indentation before the parent's closing tag) moves to the previous sibling."""
    parent = el.getparent()
    prev = el.getprevious()
    if el.getnext() is None and prev is not None:
        prev.tail = el.tail
    parent.remove(el)


def _serialise(doc, edits, dropped) -> str:
    from lxml import etree

    def make(home, notes, parent):
        for attrs, text in notes:
            note = etree.SubElement(parent, _q(home, "note"), attrs)
            note.text = _NOT_XML.sub("", text)

    for kind, el, home, notes in edits:
        if kind == "after":
            parent = el.getparent()
            at = parent.index(el) + 1
            tmp = etree.Element("tmp")
            make(home, notes, tmp)
            for k, note in enumerate(list(tmp)):
                parent.insert(at + k, note)
        elif kind == "end":
            make(home, notes, el)
        else:
            box = etree.Element(_q(home, "notes"))
            make(home, notes, box)
            if kind == "wrap-before":
                el.addprevious(box)
            else:
                home.append(box)
    for el in dropped:
        if el.getparent() is not None and el.getparent() not in dropped:
            _drop(el)
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8").decode("utf-8") + "\n"
