"""`--format xliff`: a copy of an XLIFF input with each finding attached to its unit as a note.

XLIFF 1.2: <note from="mtaudit" priority="1|2|5" annotates="target">MTA901 number-mismatch
(major): message «text» → suggestion</note> in the <trans-unit>, after its last XLIFF child that
may come before a note (source, seg-source, target, context-group, count-group, prop-group, note,
alt-trans) and so before the extension elements (<sdl:seg-defs>): the 1.2 content model puts
those (##other) last.
XLIFF 2.x: <note category="mtaudit" priority=".." appliesTo="target"> in the unit's <notes>
(created when absent after the extension elements, before <originalData> and the segments, as
the 2.0 content model orders them); in a unit of several segments each note starts with its
segment ("segment 2: ..."). CAT tools (Trados, memoQ, OmegaT, Okapi) show these notes beside the
unit. The input file is read, never written: the copy goes to <out>/<id>.mtaudit.xlf.

The copy is the input's bytes with the notes spliced in: the prolog, the declaration's quotes,
attribute order, namespace declarations, character references, CDATA, line ends (CRLF) and the
byte-order mark stay as written, and each note is on a line of its own with the indentation of the
element it follows (_Layout): where the file wrote a unit or its <notes> on one line, one step in
from it (the step the file uses), and what followed on that line (a closing tag) on a line of its
own; a blank line before the place is not repeated between the notes.
Only a file in another encoding than UTF-8 changes more: the copy is UTF-8 and its declaration
says so. When the file cannot be read that way (expat refuses what lxml accepted, or the two do not
find the same elements), the copy falls back on lxml's serialisation of the tree (same notes, at
the same places; lxml writes namespace declarations before the other attributes and its own
declaration).

Units are found as the reader finds them (translate-toolkit's units, in document order), so the
i-th one is report["units"][i] even when two <file>s reuse an id. Notes go in the namespace of
the unit's element (a prefixed xliff namespace stays valid). mtaudit notes already in the file (an
annotated copy audited again) are dropped first, with the whitespace before them, so a copy of a
copy with the same findings is the copy, byte for byte.
"""
from __future__ import annotations

import codecs
import re
from html import escape
from pathlib import Path

from ..i18n import _, using

PRIORITY = {"critical": "1", "major": "2", "minor": "5"}
# XLIFF 1.2 trans-unit: source, seg-source?, target?, (context-group|count-group|prop-group|note|alt-trans)*, ##other*
BEFORE_NOTES_12 = {"source", "seg-source", "target", "context-group", "count-group", "prop-group", "note", "alt-trans"}
# XLIFF 2.0 unit: ##other*, notes?, originalData?, (segment|ignorable)+
AFTER_NOTES_20 = {"originalData", "segment", "ignorable"}
_WS = b" \t\r\n"
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
    segments: dict = {}
    for _u, el, _own in found:
        if version2:
            segments.setdefault(el.getparent(), []).append(el)
    units = report.get("units") or []
    ids = [u["id"] for u in units] if len(units) == len(found) else [own for _u, _el, own in found]
    inserts = []  # (where, element, items): items are (element the notes go in, [(attrs, text)])
    for (_u, el, _own), uid in zip(found, ids):
        fs = by_unit.get(uid, [])
        if not fs:
            continue
        home = el.getparent() if version2 else el
        label = ""
        if version2 and len(segments[home]) > 1:  # the note is the unit's: say which segment it is about
            k = segments[home].index(el)
            label = _("segment {id}: ").format(id=el.get("id") or k + 1)
        notes = [({"category": "mtaudit", "priority": PRIORITY[f["severity"]], "appliesTo": "target"} if version2 else
                  {"from": "mtaudit", "priority": PRIORITY[f["severity"]], "annotates": "target"},
                  label + note_text(f)) for f in fs]
        inserts.append((home, notes))
    edits = _plan(inserts, dropped, version2)
    try:
        return _splice(raw, doc, edits, dropped)
    except _CannotSplice:
        return _serialise(doc, edits, dropped)


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


# -- the copy as the input's bytes with the notes spliced in ---------------------------------------

class _CannotSplice(Exception):
    pass


def _utf8(raw: bytes, declared: str | None) -> bytes:
    """The file in UTF-8 (its byte-order mark kept); another encoding's declaration says UTF-8."""
    if raw.startswith(codecs.BOM_UTF8) or (declared or "utf-8").lower().replace("_", "-") in ("utf-8", "utf8"):
        return raw
    bom = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
    try:
        text = raw.decode(declared).lstrip("\ufeff")
    except (LookupError, UnicodeDecodeError) as e:
        raise _CannotSplice(str(e)) from e
    text = re.sub(r"""^(<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""", r"\g<1>\g<2>UTF-8\g<2>", text)
    return (codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8")


def _spans(data: bytes) -> list[list[int]]:
    """[start of the start tag, end of the element] of every element, in document order (expat)."""
    import xml.parsers.expat

    parser = xml.parsers.expat.ParserCreate()
    spans: list = []
    stack: list = []

    def start(name, attrs):
        stack.append(len(spans))
        spans.append([parser.CurrentByteIndex, -1])

    def end(name):
        i = stack.pop()
        tag_end = _tag_end(data, spans[i][0])
        if data[tag_end - 2:tag_end] == b"/>":  # <x/>: one tag for both events
            spans[i][1] = tag_end
        else:  # expat is at the end tag's "<"
            spans[i][1] = data.index(b">", parser.CurrentByteIndex) + 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        parser.Parse(data, True)
    except (xml.parsers.expat.ExpatError, ValueError) as e:
        raise _CannotSplice(str(e)) from e
    if any(s < 0 or e < 0 for s, e in spans):  # an element from an entity's replacement text
        raise _CannotSplice("element without a place in the file")
    return spans


def _tag_end(data: bytes, at: int) -> int:
    """The end of the tag starting at `at` (after its '>'; a '>' inside a quoted value does not count)."""
    quote = None
    for i in range(at + 1, len(data)):
        c = data[i]
        if quote is not None:
            if c == quote:
                quote = None
        elif c in (0x22, 0x27):
            quote = c
        elif c == 0x3E:
            return i + 1
    raise _CannotSplice("unclosed tag")


def _removals(data: bytes, spans) -> list:
    """Removing the dropped notes: each with the indentation before it, so that dropping notes
    inserted as "indentation + note" gives the file back. A run of notes right before the parent's
    closing tag (the layout of copies of earlier versions) keeps the indentation before it."""
    runs: list = []
    for s, e in sorted(spans):
        lead = _ws_before(data, s)
        if runs and lead <= runs[-1][2]:
            runs[-1][2] = e
        else:
            runs.append([lead, s, e])
    return [(s if data[e:e + 2] == b"</" else lead, e, b"") for lead, s, e in runs]


def _ws_before(data: bytes, at: int) -> int:
    while at > 0 and data[at - 1] in _WS:
        at -= 1
    return at


def _tag(el, name: str) -> str:
    return f"{el.prefix}:{name}" if el.prefix else name


def _note_xml(home, attrs: dict, text: str) -> str:
    text = _NOT_XML.sub("", text)
    body = escape(text, quote=False).replace("\r", "&#13;")
    a = "".join(f' {k}="{escape(v)}"' for k, v in attrs.items())
    return f"<{_tag(home, 'note')}{a}>{body}</{_tag(home, 'note')}>"


def _line_break(ws: bytes) -> int:
    """Where the last line break of a run of whitespace starts (a CRLF's CR), or -1."""
    k = max(ws.rfind(b"\n"), ws.rfind(b"\r"))
    return k - 1 if k > 0 and ws[k - 1:k + 1] == b"\r\n" else k


def _indent(data: bytes, at: int) -> bytes:
    """The indentation of the line holding `at`."""
    start = max(data.rfind(b"\n", 0, at), data.rfind(b"\r", 0, at)) + 1
    end = start
    while end < at and data[end] in b" \t":
        end += 1
    return data[start:end]


class _Layout:
    """Line breaks and indentation for the notes: each note on its own line, indented as the element
    it follows, or one step further in than the element it goes in; the file's line break (CRLF, LF)."""

    def __init__(self, data: bytes, where: dict):
        self.data, self.where = data, where
        self.nl = b"\r\n" if b"\r\n" in data else b"\r" if b"\r" in data and b"\n" not in data else b"\n"

    def pad(self, el) -> bytes:
        """The line break and indentation before el (the last line's only: a blank line before el is
        not repeated); when el shares its line with what comes before, one step in from its parent."""
        s = self.where[el][0]
        ws = self.data[_ws_before(self.data, s):s]
        k = _line_break(ws)
        return ws[k:] if k >= 0 else self.nl + self.inside(el.getparent())

    def inside(self, el) -> bytes:
        """The indentation of what goes in el: its line's, one step further in (the step between its
        line and its parent's, two spaces when that says nothing)."""
        own = _indent(self.data, self.where[el][0])
        parent = el.getparent()
        outer = _indent(self.data, self.where[parent][0]) if parent is not None and parent in self.where else None
        step = own[len(outer):] if outer is not None and len(own) > len(outer) and own.startswith(outer) else b"  "
        return own + step

    def ends_line(self, at: int) -> bool:
        """Whether only spaces and a line break (or the end) follow `at`."""
        rest = self.data[at:].lstrip(b" \t")
        return not rest or rest[:1] in (b"\n", b"\r")


def _splice(raw: bytes, doc, edits, dropped) -> str:
    data = _utf8(raw, doc.docinfo.encoding)
    spans = _spans(data)
    elements = [el for el in doc.getroot().iter() if isinstance(el.tag, str)]
    if len(elements) != len(spans):
        raise _CannotSplice("expat and lxml disagree on the elements")
    where = dict(zip(elements, spans))
    lay = _Layout(data, where)
    changes = _removals(data, [where[el] for el in dropped if el.getparent() not in dropped])
    for kind, el, home, notes in edits:
        s, e = where[el]
        xml = [_note_xml(home, *n).encode("utf-8") for n in notes]
        if kind == "after":  # each note on its line, indented as the element it follows
            pad = lay.pad(el)
            new = b"".join(pad + x for x in xml)
            if not lay.ends_line(e):  # what followed el on its line goes on a line of its own
                follows_close = data[e:].lstrip(b" \t").startswith(b"</")
                new += lay.nl + _indent(data, where[el.getparent()][0]) if follows_close else pad
            changes.append((e, e, new))
        elif kind == "end":  # before the closing tag, each on its line
            if data[e - 2:e] == b"/>":
                raise _CannotSplice("an empty element to write notes in")
            close = data.rindex(b"</", s, e)
            inner = lay.nl + lay.inside(el)
            ws = _ws_before(data, close)
            if _line_break(data[ws:close]) >= 0 and ws > s:  # the closing tag on a line of its own stays so
                changes.append((ws, ws, b"".join(inner + x for x in xml)))
            else:
                changes.append((close, close, b"".join(inner + x for x in xml) + lay.nl + _indent(data, s)))
        elif kind == "wrap-before":  # a new <notes> on the element's line, before the space that leads
            # to it (dropping it with the space before it gives the file back); its notes one step in
            pad = lay.pad(el)
            own, deeper = pad.lstrip(b"\r\n"), lay.inside(el)
            inner = pad + (deeper[len(own):] if deeper.startswith(own) else b"  ")
            box = (pad + f"<{_tag(home, 'notes')}>".encode("utf-8") + b"".join(inner + x for x in xml)
                   + pad + f"</{_tag(home, 'notes')}>".encode("utf-8"))
            ws = _ws_before(data, s)
            if _line_break(data[ws:s]) < 0:  # el shared its line: it goes on a line of its own
                box += pad
            changes.append((ws, ws, box))
        else:  # "wrap-end": a unit with no segment (not valid XLIFF 2): before its closing tag
            if data[e - 2:e] == b"/>":
                raise _CannotSplice("an empty element to write notes in")
            close = data.rindex(b"</", s, e)
            box = f"<{_tag(home, 'notes')}>" + "".join(_note_xml(home, *n) for n in notes) + f"</{_tag(home, 'notes')}>"
            changes.append((close, close, box.encode("utf-8")))
    out = bytearray(data)
    last = len(data) + 1
    for start, end, new in sorted(changes, key=lambda c: (c[0], c[1]), reverse=True):
        if end > last:  # two changes overlap: not expected, but never write a broken file
            raise _CannotSplice("overlapping changes")
        out[start:end] = new
        last = start
    return out.decode("utf-8")


# -- the fallback: lxml's serialisation of the edited tree ------------------------------------------

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
