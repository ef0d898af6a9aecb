"""Bilingual files: XLIFF 1.2 and 2.x, TMX 1.4, Gettext PO, Qt Linguist TS, and bilingual CSV/TSV tables.

translate-toolkit parses the files (`translate.storage`: xliff, xliff2, tmx, po, ts2) and finds the
units and the languages; CSV/TSV tables are read with the csv module so that any two columns can
be the source and the target. Each translation unit becomes a `Unit`: its id as written in the file,
its source and target text, notes and state.

Inline codes are not text. In source and target they are rendered as short placeholders, the
same for every format, so that offsets count them exactly as they appear in the exposed string:

    XLIFF 1.2  <g id="1">Save</g>  -> <g1>Save</g1>     <x id="2"/>       -> <x2/>
               <bx id="3"/>        -> <bx3/>            <ex id="3"/>      -> <ex3/>
               <ph id="4">&lt;br/&gt;</ph> -> <ph4/>      <bpt id="5">..</bpt> / <ept id="5">..</ept> -> <bpt5/> / <ept5/>
               <it id="6" ...>     -> <it6/>            <mrk ...>term</mrk> -> term (annotation, not a code)
    XLIFF 2.x  <pc id="1">file</pc> -> <pc1>file</pc1>  <ph id="2"/>      -> <ph2/>
               <sc id="3"/> <ec startRef="3"/> -> <sc3/> <ec3/>   <mrk>/<sm/>/<em/> -> content only
    TMX 1.4    <bpt i="1">, <ept i="1"> -> <bpt1/>, <ept1/>   <ph x="2"> -> <ph2/>   <it x="3"> -> <it3/>
               <ut> -> <ut/>   <hi> -> content only

An id that does not start with a digit is joined with a dash (<g id="b">…</g> -> <g-b>…</g-b>);
characters other than letters, digits, '.', '_' and '-' become '_'. `CODE_RE` finds these
placeholders again in a rendered string. PO and CSV/TSV strings have no inline markup: their
placeholders ({0}, %s, %(name)s, HTML tags) are plain text and are checked as such.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .article import Article
from .fold import tag_spans
from .loader import MAX_BYTES, WIDE_BOMS, InputError, decode
from ..i18n import _, ngettext

BILINGUAL_SUFFIXES = {".xlf": "xliff", ".xliff": "xliff", ".sdlxliff": "xliff", ".mqxliff": "xliff",
                      ".tmx": "tmx", ".po": "po", ".pot": "po", ".ts": "ts", ".tsv": "tsv", ".csv": "csv"}
CODE_KINDS = ("g", "x", "bx", "ex", "ph", "bpt", "ept", "it", "pc", "sc", "ec", "ut")
# a rendered inline code: <g1>, </g1>, <x2/>, <pc-a>, <ut/>
CODE_RE = re.compile(r"<(/?)(" + "|".join(sorted(CODE_KINDS, key=len, reverse=True)) +
                     r")((?:\d|-)[\w.\-]*)?(/?)>")
JOINER = "\n\n"  # between unit targets in the document text the French rules read
TARGET_LANGUAGE = "fr"
_ID_BAD = re.compile(r"[^\w.\-]")
_LINE_END = re.compile(r"\r\n|\r|\n")
_LANG_CODE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NOTE_MARK = "mtaudit"  # the from= (XLIFF 1.2) or category= (2.x) of the notes --format xliff adds


@dataclass
class Unit:
    id: str          # as written in the file (trans-unit/@id, unit/@id, tu/@tuid, msgid, id column)
    source: str      # rendered (inline codes as placeholders)
    target: str
    notes: list = field(default_factory=list)
    state: str | None = None
    line: int | None = None  # 1-based line of the unit in the file, when known
    index: int = 0           # position in the file
    translate: bool = True   # False: XLIFF translate="no" (on the unit, or its group or file): not checked
    context: str = ""        # the PO msgctxt: units of different contexts may translate one source two ways
    named: bool = True       # False: the file gives it no id; `id` is its position or row number
    plural: int | None = None  # a PO plural entry's form (msgstr[k]: k), None for any other unit

    def to_dict(self) -> dict:
        d = {"id": self.id, "source": self.source, "target": self.target}
        if not self.translate:
            d["translate"] = False
        if self.notes:
            d["notes"] = list(self.notes)
        if self.state:
            d["state"] = self.state
        if self.line:
            d["line"] = self.line
        return d


@dataclass
class Bilingual:
    id: str
    path: str | None
    format: str            # xliff1 | xliff2 | tmx | po | ts | csv | tsv
    source_language: str
    target_language: str
    units: list
    warnings: list = field(default_factory=list)  # read_warnings(): rows cut short... (said once per file)
    product: str = ""      # the software the file translates (PO Project-Id-Version, XLIFF product-name)
    contacts: tuple = ()   # the translators' own addresses (PO Language-Team, Last-Translator), lower case

    def article(self) -> Article:
        """The document the French rules read: the unit targets joined by blank lines, inline
        codes and the tags the source has too blanked out (same length, so offsets map back one to
        one)."""
        parts, offsets, pos = [], [], 0
        for u in self.units:
            offsets.append(pos)
            # a unit not to be translated is not French to check: blanked, same length
            parts.append(read_text(u) if u.translate else " " * len(u.target))
            pos += len(u.target) + len(JOINER)
        text = JOINER.join(parts)
        return Article(id=self.id, text=text, path=self.path,
                       meta={"format": self.format, "bilingual": self, "unit_offsets": offsets})


_VERSION = re.compile(r"v?\d[\w.+~-]*|HEAD|master|main|trunk|VERSION|git|cvs|svn", re.I)


def product_name(header: str, language: str = "") -> str:
    """The software's name in a header such as PO's Project-Id-Version, its version left out:
    "gawk 5.2.0a" -> "gawk", "coreutils-9.1-pre1" -> "coreutils", "GNU findutils 4.5.15" -> "GNU
    findutils". Empty for gettext's template value (PACKAGE VERSION) or a language code."""
    words = header.split()
    while len(words) > 1 and _VERSION.fullmatch(words[-1]):
        words.pop()
    if words:
        words[-1] = re.sub(r"-v?\d[\w.+~-]*$", "", words[-1])
    name = " ".join(w for w in words if w)
    if name.upper() == "PACKAGE" or language and language_base(name) == language_base(language) \
            or len(name) < 2:
        return ""
    return name


# a line break inside a sentence: after a letter or a comma, before a lower-case letter (strings
# wrapped at 70 or 80 columns, as gettext catalogues are)
_SOFT_BREAK = re.compile(r"(?<=[^\W\d_]|,)\n(?=[^\W\d_A-ZÀ-ÖØ-Þ])")


def unwrap(text: str) -> str:
    """The text with the line breaks of a wrapped paragraph made spaces (same length), so that the
    French rules read its sentences whole: "entre vos ancienne⏎et nouvelle versions"."""
    return _SOFT_BREAK.sub(" ", text)


def code_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in CODE_RE.finditer(text)]


def mask_codes(text: str) -> str:
    return CODE_RE.sub(lambda m: " " * (m.end() - m.start()), text)


# entities of the spaces French typography sets before « : ; ! ? » and inside « »: no-break, narrow
# no-break and thin (l10n.audit reads them as typography)
TYPOGRAPHIC_SPACES = r"nbsp|#160|#[xX]0*[aA]0|#8239|#[xX]0*202[fF]|thinsp|#8201|#[xX]0*2009"
# an entity of a space (« Note&nbsp;: ») in markup is a space, not a word glued to punctuation
SPACE_ENTITY = re.compile(rf"&(?:{TYPOGRAPHIC_SPACES}|ensp|emsp|#819[45]|#[xX]0*200[23]);")


def read_text(unit: Unit) -> str:
    """The unit's target as the French rules read it: inline codes and the markup its source has too
    blanked, a wrapped paragraph's line breaks made spaces (same length as the target)."""
    return unwrap(mask_tags(mask_codes(unit.target), unit.source))


def mask_tags(target: str, source: str) -> str:
    """The target with the markup tags its source has too blanked (same length): the program's markup
    (« commande client.<br> Vous… »), which the parse would read glued to the words. A tag only the
    target has stays, for MTA104 to report. When the source has markup, so that the unit is HTML, the
    entities of spaces are blanked too (« Site web&nbsp;: »)."""
    shared: dict[str, bool] = {}  # each distinct tag searched for in the source once
    spans = [(s, e) for s, e in tag_spans(target)
             if shared.setdefault(target[s:e], target[s:e] in source)]
    if "&" in target and (spans or tag_spans(source) or "&" in source):
        spans += [m.span() for m in SPACE_ENTITY.finditer(target)]
    if not spans:
        return target
    chars = list(target)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def language_base(code: str | None) -> str:
    return (code or "").replace("_", "-").split("-")[0].strip().lower()


# -- detection ---------------------------------------------------------------------------------

def bilingual_kind(path, target_column: str = "target", named: bool = False) -> str | None:
    """The bilingual format of a file by extension (and, for .csv/.tsv, by a header naming a target
    column or a French column by its language code), or None. `named`: the file was named on the
    command line, so a .tsv that is plainly a table (tabs on most of its lines) is one even when its
    header names no known column (reading it then says which columns it has)."""
    p = Path(path)
    if p.suffix.lower() == ".xml":
        return sniff_xml(p)
    if p.suffix.lower() == ".ts":  # Qt Linguist's <TS> files; a TypeScript file is no bilingual file
        return "ts" if sniff_xml(p, ("TS",)) else None
    kind = BILINGUAL_SUFFIXES.get(p.suffix.lower())
    if kind not in ("csv", "tsv"):
        return kind
    try:
        with open(p, "rb") as fh:
            head = _head_text(fh.read(65536))
    except OSError:
        return None
    try:
        header = next(_table_rows(head, kind, table_delimiter(head, kind)), (0, []))[1]
    except csv.Error:
        return None
    # a target column: named so, or named by the French language code (fr, fr-FR); a corpus table's
    # short column names ("id", "url") are not languages French text is written in. A header with the
    # default "target" is bilingual whatever --target-column says (reading it says the name is missing)
    header = [h.strip() for h in header]
    found = table_column(header, target_column, TARGET_LANGUAGE) >= 0 or "target" in header
    if not found and named and kind == "tsv" and looks_tabular(head):
        return kind
    return kind if found else None


def looks_tabular(text: str) -> bool:
    """A header and at least one row, and a tab on most of the non-blank lines: a table, not prose."""
    lines = [x for x in _LINE_END.split(text) if x.strip()]
    return len(lines) >= 2 and 2 * sum("\t" in x for x in lines) > len(lines)


def table_delimiter(text: str, kind: str) -> str:
    """The cell separator of a table by its header line: a tab for .tsv; for .csv a comma, or a
    semicolon (a spreadsheet's CSV in a French locale) or a tab when the header has one and no comma."""
    if kind == "tsv":
        return "\t"
    first = _LINE_END.split(text.lstrip("\ufeff"), 1)[0]
    if "," not in first:
        if ";" in first:
            return ";"
        if "\t" in first:
            return "\t"
    return ","


def _head_text(data: bytes) -> str:
    """The start of a file as text, to read its header by: a byte-order mark decides the codec, else
    UTF-8 with bad bytes replaced (reading the whole file reports them)."""
    for bom, codec in WIDE_BOMS:
        if data.startswith(bom):
            return data.decode(codec, "replace").lstrip("\ufeff")
    return data.decode("utf-8", "replace").lstrip("\ufeff")


_XML_DECL_ENCODING = re.compile(r"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
# what may stand before the root element: the declaration and other processing instructions, comments,
# a DOCTYPE (with its internal subset) and spaces
_PROLOG = re.compile(r"""\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>"']|"[^"]*"|'[^']*')*(?:\[.*?\]\s*)?>)""",
                     re.S | re.I)
_ROOT = re.compile(r"\s*<([\w:.-]+)")
SNIFF_BYTES = 65536


def xml_text(data: bytes) -> str:
    """XML bytes as text to look at: the codec of a byte-order mark, of UTF-16 without one (a NUL
    beside the first '<'), or of the declared encoding; bad bytes replaced."""
    for bom, codec in WIDE_BOMS:
        if data.startswith(bom):
            return data.decode(codec, "replace").lstrip("\ufeff")
    if data.startswith(b"<\x00") or data.startswith(b"\x00<"):
        return data.decode("utf-16-le" if data[0] == 0x3C else "utf-16-be", "replace")
    m = _XML_DECL_ENCODING.match(data[:200].decode("latin-1").lstrip("\ufeff\xef\xbb\xbf"))
    codec = "utf-8"
    if m:
        try:
            codec = codecs.lookup(m.group(1)).name
        except LookupError:
            pass
    return data.decode(codec, "replace").lstrip("\ufeff")


def xml_root(text: str) -> str | None:
    """The local name of the root element of XML text, the prolog (declaration, comments, processing
    instructions, DOCTYPE) skipped; None when the text ends before it."""
    pos = 0
    while True:
        m = _PROLOG.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    m = _ROOT.match(text, pos)
    if m:
        return m.group(1).split(":")[-1]
    rest = text[pos:].lstrip()
    # the text ends inside the prolog (a comment, a DOCTYPE not closed yet): None, read further
    return None if not rest or rest.startswith(("<!", "<?")) or rest == "<" else ""


def sniff_xml(p: Path, roots=("xliff", "tmx")) -> str | None:
    """The root element's name when it is one of roots ('xliff' or 'tmx' for a .xml file), else None.
    The file is decoded by its byte-order mark or declared encoding, and read further while the prolog
    goes on."""
    try:
        with open(p, "rb") as fh:
            data = fh.read(SNIFF_BYTES)
            while True:
                root = xml_root(xml_text(data))
                if root is not None or len(data) >= MAX_BYTES:
                    break
                more = fh.read(max(len(data), SNIFF_BYTES))
                if not more:
                    break
                data += more
    except OSError:
        return None
    return root if root in roots else None


# -- rendering inline content ------------------------------------------------------------------

def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _code_id(el) -> str:
    raw = el.get("id") or el.get("startRef") or el.get("i") or el.get("x") or el.get("rid") or ""
    raw = _ID_BAD.sub("_", raw.strip())
    if not raw:
        return ""
    return raw if raw[0].isdigit() else "-" + raw


def render(el) -> str:
    """The text of a <source>/<target>/<seg> element with inline codes as placeholders."""
    out: list[str] = []

    def walk(node):
        if node.text:
            out.append(node.text)
        for child in node:
            name = _local(child.tag)
            if name in ("g", "pc"):
                cid = _code_id(child)
                out.append(f"<{name}{cid}>")
                walk(child)
                out.append(f"</{name}{cid}>")
            elif name in CODE_KINDS:
                out.append(f"<{name}{_code_id(child)}/>")
            elif name == "cp":  # XLIFF 2: a character XML cannot hold as such, written as its code
                try:
                    out.append(chr(int(child.get("hex", ""), 16)))
                except (ValueError, OverflowError):
                    out.append("\ufffd")
            elif name in ("sm", "em"):
                pass  # XLIFF 2 annotation markers: no text
            elif name and name not in ("sub",):
                walk(child)  # mrk, hi and unknown wrappers: their text only
            if child.tail:
                out.append(child.tail)

    walk(el)
    return "".join(out)


# -- reading -------------------------------------------------------------------------------------

def read_bilingual(path, source_column: str | None = None, target_column: str | None = None,
                   id_column: str | None = None) -> Bilingual:
    """Read one bilingual file; every problem is an InputError naming the file."""
    p = Path(path)
    name = str(path)
    if not p.is_file():
        raise InputError(name, _("no such file") if not p.exists() else _("is a folder, expected a file"))
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(name, _("file too large ({size} bytes, limit {limit})").format(size=size, limit=MAX_BYTES))
        data = p.read_bytes()
    except OSError as e:
        raise InputError(name, _("cannot read ({problem})").format(problem=e.strerror or e)) from None
    kind = sniff_xml(p) if p.suffix.lower() == ".xml" else BILINGUAL_SUFFIXES.get(p.suffix.lower())
    if not data.strip():
        raise InputError(name, _("empty file (no translation units)"))
    if kind in ("xliff", "tmx", "ts") and not data.startswith(tuple(bom for bom, _codec in WIDE_BOMS)) \
            and not data.startswith((b"<\x00", b"\x00<")) and b"\x00" in data:
        decode(data, name)  # raises: binary (XML in UTF-16 starts with its mark, or with '<' beside a NUL)
    if kind == "xliff":
        doc = _read_xliff(data, name)
    elif kind == "tmx":
        doc = _read_tmx(data, name)
    elif kind == "po":
        doc = _read_po(data, name)
    elif kind == "ts":
        doc = _read_ts(data, name)
    elif kind in ("csv", "tsv"):
        doc = _read_table(decode(data, name), name, kind, source_column or "source", target_column or "target",
                          id_column or "id")
    else:
        raise InputError(name, _("not a bilingual file ({kinds})").format(kinds=", ".join(sorted(BILINGUAL_SUFFIXES))))
    doc.id = p.stem
    doc.path = name
    if not doc.units:
        raise InputError(name, _("no translation units"))
    if language_base(doc.target_language) != TARGET_LANGUAGE:
        raise InputError(name, _("target language is {lang}; mtaudit checks French targets only (fr, fr-FR, "
                                 "fr-CA...)").format(lang=repr(doc.target_language) if doc.target_language
                                                     else _("not stated")))
    for k, u in enumerate(doc.units, 1):  # translate-toolkit joins a context to an id with EOT (U+0004)
        if "\x04" in u.id or not u.id:
            u.id = "|".join(x for x in u.id.split("\x04") if x)
            if not u.id:
                u.id, u.named = f"#{k}", False
    _distinct_ids(doc.units)
    for i, u in enumerate(doc.units):
        u.index = i
    return doc


def read_warnings(article) -> list:
    """What reading the article's bilingual file noted without stopping (rows cut short...), as
    InputWarnings naming the file: each front door says them its own way."""
    from .loader import InputWarning

    doc = article.meta.get("bilingual") if article.meta else None
    return [InputWarning(doc.path or article.path or article.id, w) for w in doc.warnings] if doc else []


def _distinct_ids(units: list) -> None:
    """A unit id written twice in one file (a table's id column, a TMX tuid, a careless XLIFF) gets
    " (2)", " (3)"... after its second and later uses: reports find a unit's target by its id. The ids
    written in the file come first: a unit the file gives no id, whose position or row number ("#3",
    "5") is another unit's id, gets "#" in front until it is no other's ("##3", "#5")."""
    written = {u.id for u in units if u.named}
    for u in units:
        if not u.named:
            while u.id in written:
                u.id = "#" + u.id
    taken = {u.id for u in units}
    seen: dict = {}
    for u in units:
        n = seen[u.id] = seen.get(u.id, 0) + 1
        if n > 1:
            k = n
            while f"{u.id} ({k})" in taken:
                k += 1
            u.id = f"{u.id} ({k})"
            taken.add(u.id)


def _xml_error(name: str, e: Exception) -> InputError:
    from lxml import etree

    if isinstance(e, etree.XMLSyntaxError):
        return InputError(name, _("malformed XML (line {line}: {problem})").format(line=e.lineno, problem=e.msg))
    return InputError(name, _("cannot parse ({problem})").format(problem=f"{type(e).__name__}: {e}"))


def _parse_xml(data: bytes, name: str):
    from lxml import etree

    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except etree.XMLSyntaxError as e:
        raise _xml_error(name, e) from None


def _expand_entities(data: bytes, name: str) -> bytes:
    """The file with the entities its DOCTYPE declares written out (<!ENTITY brand "Acme">), so that
    the parser does not drop their text; an external entity (SYSTEM, PUBLIC) is never loaded: the
    file is refused, naming it."""
    if b"<!ENTITY" not in data:
        return data
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities="internal", no_network=True, huge_tree=False))
    except etree.XMLSyntaxError as e:
        m = re.search(r"Entity '([^']+)' not defined", e.msg or "")
        if m and re.search(rb"<!ENTITY\s+" + re.escape(m.group(1).encode()) + rb"\s+(SYSTEM|PUBLIC)", data):
            raise InputError(name, _("uses the external entity &{entity}; (line {line}), which mtaudit does not "
                                     "load").format(entity=m.group(1), line=e.lineno)) from None
        raise _xml_error(name, e) from None
    # the root element alone, on the line it started on, so that units keep their line numbers
    return (b'<?xml version="1.0" encoding="UTF-8"?>' + b"\n" * max(0, (root.sourceline or 1) - 1)
            + etree.tostring(root, encoding="UTF-8", xml_declaration=False))


def _read_xliff(data: bytes, name: str) -> Bilingual:
    root = _parse_xml(data, name)  # a clear error for malformed XML before translate-toolkit sees it
    data = _expand_entities(data, name)
    if _local(root.tag) != "xliff":
        raise InputError(name, _("not {kind} (root element <{tag}>)").format(kind="XLIFF", tag=_local(root.tag)))
    version = root.get("version", "")
    try:
        if version.startswith("2"):
            from translate.storage.xliff2 import Xliff2File

            store = Xliff2File.parsestring(data)
        else:
            from translate.storage.xliff import xlifffile

            store = xlifffile.parsestring(data)
    except Exception as e:
        raise _xml_error(name, e) from None
    units, homes = [], []  # homes: the <file> element of each unit
    if version.startswith("2"):
        for _u, seg, uid in unit_elements(store, True):
            unit_el = seg.getparent()  # the <segment>'s <unit>
            src, tgt = _child(seg, "source"), _child(seg, "target")
            notes = [" ".join(x.itertext()).strip() for x in unit_el.iter() if _local(x.tag) == "note"
                     and x.get("category") != NOTE_MARK]
            units.append(Unit(uid, render(src) if src is not None else "", render(tgt) if tgt is not None else "",
                              [n for n in notes if n], seg.get("state") or (tgt.get("state") if tgt is not None else None),
                              tgt.sourceline if tgt is not None else seg.sourceline, translate=_translatable(seg),
                              named=bool(unit_el.get("id"))))
            homes.append(_file_of(unit_el))
        _qualify(units, homes, "id")
        return Bilingual("", None, "xliff2", store.getsourcelanguage() or root.get("srcLang") or "",
                         store.gettargetlanguage() or root.get("trgLang") or "", units)
    for _u, el, uid in unit_elements(store, False):
        src, tgt = _child(el, "source"), _child(el, "target")
        notes = [" ".join(x.itertext()).strip() for x in el if _local(x.tag) == "note" and x.get("from") != NOTE_MARK]
        units.append(Unit(uid, render(src) if src is not None else "",
                          render(tgt) if tgt is not None else "", [n for n in notes if n],
                          tgt.get("state") if tgt is not None else None,
                          tgt.sourceline if tgt is not None else el.sourceline, translate=_translatable(el),
                          named=bool(el.get("id"))))
        homes.append(_file_of(el))
    _qualify(units, homes, "original")
    files = [f for f in root if _local(f.tag) == "file"]
    products = {f.get("product-name", "").strip() for f in files}
    target = _file_language(files, "target-language", "target", name)
    return Bilingual("", None, "xliff1", _file_language(files, "source-language", "source", name), target,
                     units, product=product_name(products.pop(), target) if len(products) == 1 else "")


def _file_language(files: list, attr: str, child: str, name: str) -> str:
    """The language the <file> elements name in `attr` (fr-FR and fr-fr, fr-FR and fr-CA are one
    language; a file that names none goes with the others); when none names it, the xml:lang of the
    units' <source>/<target> elements. Two languages are an error."""
    langs = [f.get(attr).strip() for f in files if (f.get(attr) or "").strip()]
    if not langs:
        langs = [x.get(XML_LANG).strip() for f in files for x in f.iter() if _local(x.tag) == child
                 and (x.get(XML_LANG) or "").strip()]
    bases = dict.fromkeys(language_base(x) for x in langs)
    if len(bases) > 1 and attr == "target-language":
        raise InputError(name, _("<file> elements name different target languages ({langs})").format(
            langs=", ".join(dict.fromkeys(langs))))
    return langs[0] if langs else ""


def unit_elements(store, version2: bool) -> list[tuple]:
    """(translate-toolkit unit, element, own id) for each unit mtaudit lists, in document order: XLIFF
    1.2 each <trans-unit> that is not a header; XLIFF 2 each <segment> (its <unit> is its parent; a
    unit's later segments get "#<segment id>"). A unit without an id gets its position among the units
    ("#3"; "##3" when another unit's id is "#3"). The XLIFF copy (report/xliff.py) walks the same list."""
    out, seen = [], {}
    written = {el.get("id") for u in store.units for el in [u.xmlelement.getparent() if version2 else u.xmlelement]
               if el is not None and el.get("id")}

    def position(k: int) -> str:  # never translate-toolkit's own id, never an id the file writes
        p = f"#{k}"
        while p in written:
            p = "#" + p
        return p

    for u in store.units:
        el = u.xmlelement
        if version2:
            unit_el = el.getparent()
            if unit_el not in seen:
                seen[unit_el] = 0
            uid = unit_el.get("id") or position(len(seen))
            n = seen[unit_el]
            seen[unit_el] = n + 1
            out.append((u, el, f"{uid}#{el.get('id') or n + 1}" if n else uid))
        elif not u.isheader() and _local(el.tag) == "trans-unit":
            out.append((u, el, el.get("id") or position(len(out) + 1)))
    return out


def _translatable(el) -> bool:
    """XLIFF's translate attribute: the nearest one set on the element or its group or file, "yes" by default."""
    for node in (el, *el.iterancestors()):
        value = node.get("translate")
        if value is not None:
            return value.strip().lower() != "no"
    return True


def _file_of(el):
    return next((a for a in el.iterancestors() if _local(a.tag) == "file"), None)


def _qualify(units: list, homes: list, attr: str) -> None:
    """An id that units of two <file> elements share (XLIFF allows it) gets its file's name before
    it ("ui.properties/1"; "file2/1" when the files have no distinct names), so each unit has its own."""
    files: dict = {}
    for u, home in zip(units, homes):
        files.setdefault(u.id.split("#")[0], set()).add(home)
    shared = {i for i, fs in files.items() if len(fs) > 1}
    if not shared:
        return
    order = list(dict.fromkeys(homes))
    names = [(f.get(attr) if f is not None else None) or "" for f in order]
    if len(set(names)) < len(names) or not all(names):
        names = [f"file{k}" for k in range(1, len(order) + 1)]
    label = dict(zip(order, names))
    for u, home in zip(units, homes):
        if u.id.split("#")[0] in shared:
            u.id = f"{label[home]}/{u.id}"


def _child(el, name: str):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _read_tmx(data: bytes, name: str) -> Bilingual:
    root = _parse_xml(data, name)
    data = _expand_entities(data, name)
    if _local(root.tag) != "tmx":
        raise InputError(name, _("not {kind} (root element <{tag}>)").format(kind="TMX", tag=_local(root.tag)))
    try:
        from translate.storage.tmx import tmxfile

        store = tmxfile.parsestring(data)
    except Exception as e:
        raise _xml_error(name, e) from None
    header = _child(root, "header")
    src_lang = (header.get("srclang") if header is not None else "") or store.getsourcelanguage() or ""
    stated = src_lang and src_lang != "*all*"
    units, langs, src_langs = [], set(), {}
    for n, u in enumerate(store.units, 1):
        tu = u.xmlelement
        by_lang = {}
        for lang, t in _tuvs(tu):
            by_lang.setdefault(language_base(lang), (lang, _child(t, "seg")))
        notes = [" ".join(x.itertext()).strip() for x in tu if _local(x.tag) == "note"]
        notes = [x for x in notes if x]
        # the target is only ever the French variant; the source the srclang one (with srclang="*all*",
        # the first variant not in French); a variant missing is an empty string and a note says so
        tgt = by_lang.get(TARGET_LANGUAGE)
        if stated:
            src = by_lang.get(language_base(src_lang)) if language_base(src_lang) != TARGET_LANGUAGE else None
        else:
            src = next((v for k, v in by_lang.items() if k != TARGET_LANGUAGE), None)
        if src is None:
            notes.append(_("this <tu> has no {lang} variant (the source language): its source is empty").format(
                lang=src_lang if stated else _("non-French")))
        else:
            src_langs[src[0]] = src_langs.get(src[0], 0) + 1
        if tgt is None:
            notes.append(_("this <tu> has no French variant: its target is empty"))
        else:
            langs.add(tgt[0])
        units.append(Unit(tu.get("tuid") or str(n), render(src[1]) if src and src[1] is not None else "",
                          render(tgt[1]) if tgt and tgt[1] is not None else "", notes, None, tu.sourceline,
                          named=bool(tu.get("tuid"))))
    if language_base(src_lang) == TARGET_LANGUAGE:  # French into something else: not French targets
        langs = {lang for u in store.units for lang, _t in _tuvs(u.xmlelement) if language_base(lang) != TARGET_LANGUAGE}
    elif not langs:  # no French anywhere: the languages it has say what it is
        langs = {lang for u in store.units for lang, _t in _tuvs(u.xmlelement)
                 if not stated or language_base(lang) != language_base(src_lang)}
    french_langs = sorted(x for x in langs if language_base(x) == TARGET_LANGUAGE)
    target = french_langs[0] if french_langs else ", ".join(sorted(x for x in langs if x))
    if not stated:  # the language most units were translated from
        src_lang = max(src_langs, key=lambda k: (src_langs[k], k)) if src_langs else ""
    return Bilingual("", None, "tmx", src_lang, target, units)


def _tuvs(tu) -> list[tuple]:
    """(language as written, element) of each <tuv> of a <tu> (TMX 1.4 xml:lang, or 1.1 lang)."""
    return [(t.get(XML_LANG) or t.get("lang") or "", t) for t in tu if _local(t.tag) == "tuv"]


def _po_utf8(data: bytes, name: str) -> bytes:
    """The PO file as UTF-8 for the parser: a UTF-16/32 byte-order mark, or another charset the header
    declares (charset=ISO-8859-1), decoded here and the header's charset made UTF-8."""
    if data.startswith(tuple(bom for bom, _codec in WIDE_BOMS)):
        data = decode(data, name).encode("utf-8")
    elif b"\x00" in data:
        decode(data, name)  # raises: binary
    m = re.search(rb"charset=([A-Za-z0-9_.:-]+)", data[:4096])
    charset = m.group(1).decode("ascii").lower() if m else "utf-8"
    if charset == "charset":  # a template's placeholder (charset=CHARSET)
        charset = "utf-8"
    try:
        same = codecs.lookup(charset).name == "utf-8"
    except LookupError:
        raise InputError(name, _("unknown charset {charset} in the PO header").format(charset=repr(charset))) from None
    if same:
        decode(data, name)  # a clear error for bytes that are not UTF-8
        return data
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as e:
        raise InputError(name, _("not valid {charset} as its header declares (bad byte at offset {offset})").format(
            charset=charset.upper(), offset=e.start)) from None
    return text.encode("utf-8").replace(m.group(0), b"charset=UTF-8", 1)


def _po_lines(data: bytes) -> list[list[int]]:
    """Per entry, the 1-based lines of its msgstr (msgstr[0], msgstr[1]... for plurals); obsolete
    (#~) entries are left out, as they are commented."""
    entries: list[list[int]] = []
    for n, line in enumerate(data.split(b"\n"), 1):
        m = re.match(rb"msgstr(?:\[(\d+)\])?\s", line + b"\n")
        if m:
            if m.group(1) in (None, b"0") or not entries:
                entries.append([])
            entries[-1].append(n)
    return entries


def _read_po(data: bytes, name: str) -> Bilingual:
    data = _po_utf8(data, name)
    try:
        from translate.storage import pypo

        store = pypo.pofile.parsestring(data)
    except Exception as e:
        raise InputError(name, _("cannot parse {kind} ({problem})").format(kind="PO", problem=f"{type(e).__name__}: {e}")) from None
    target = store.gettargetlanguage() or ""
    if not target:  # no Language header: the file name often says it (fr.po, messages-fr_FR.po)
        target = _language_of_name(name)
    units = []
    entries = [u for u in store.units if not u.isobsolete()]
    lines = _po_lines(data)
    line_of = dict(zip(map(id, entries), lines)) if len(lines) == len(entries) else {}
    for u in entries:
        if u.isheader():
            continue
        at = line_of.get(id(u), [])
        # a plural entry's source and target are translate-toolkit multistrings: each form as a str;
        # each msgstr[k] is a unit "msgid[k]", its source msgid (k = 0) or msgid_plural
        sources = [str(x) for x in (u.source.strings if u.hasplural() else [u.source])] or [""]
        units += _toolkit_units(u, u.getcontext() or "", sources, lambda k: at[k] if k < len(at) else None)
    # PO files do not state the source language; gettext msgids are English by convention
    header = store.parseheader() if store.units and store.units[0].isheader() else {}
    from ..l10n import links  # the addresses as MTA904 reads them (l10n imports this module)

    team = " ".join(header.get(k) or "" for k in ("Language-Team", "Last-Translator"))
    return Bilingual("", None, "po", "en", target, units,
                     product=product_name(header.get("Project-Id-Version") or "", target),
                     contacts=tuple(sorted({i.key for i in links(team)})))


def _toolkit_units(u, ctx: str, sources: list[str], line_at) -> list[Unit]:
    """The units of one translate-toolkit entry (PO, TS): one, or one per plural form, "id[k]", whose source
    is the k-th of sources (the last for the forms after) and whose line is line_at(k)."""
    uid = f"{ctx}|{sources[0]}" if ctx else sources[0]
    notes = [n.strip() for n in (u.getnotes() or "").split("\n") if n.strip()]
    state = "fuzzy" if u.isfuzzy() else ("translated" if u.istranslated() else "untranslated")
    if not u.hasplural():
        return [Unit(uid, sources[0], str(u.target or ""), notes, state, line_at(0), context=ctx)]
    targets = [str(x) for x in (u.target.strings if u.target is not None else [])] or [""]
    return [Unit(f"{uid}[{k}]", sources[min(k, len(sources) - 1)], tgt, notes, state, line_at(k), context=ctx, plural=k)
            for k, tgt in enumerate(targets)]


def _language_of_name(name: str) -> str:
    """A language code ending a file's stem (fr.po, messages-fr_FR.po, app_fr.ts), or ''."""
    m = re.search(r"(?:^|[._-])([a-z]{2}(?:[_-][A-Z]{2})?)$", Path(name).stem)
    return m.group(1) if m else ""


def _read_ts(data: bytes, name: str) -> Bilingual:
    """Qt Linguist's .ts: each <message> a unit, its context (and disambiguation comment) as a PO
    msgctxt; a numerus message one unit per form, as a PO plural; vanished and obsolete messages left
    out, an unfinished one "fuzzy" (or "untranslated" when empty)."""
    root = _parse_xml(data, name)  # a clear error for malformed XML, entities never loaded
    if _local(root.tag) != "TS":
        raise InputError(name, _("not {kind} (root element <{tag}>)").format(kind="Qt TS", tag=_local(root.tag)))
    data = _expand_entities(data, name)
    try:
        from translate.storage import ts2

        store = ts2.tsfile.parsestring(data)
    except Exception as e:
        raise _xml_error(name, e) from None
    units = []
    for u in store.units:
        if u.isheader() or u.isobsolete():
            continue
        # each <numerusform> a unit "source[k]" of the one source
        source = str(u.source.strings[0] if u.hasplural() else u.source or "")
        line = getattr(u.xmlelement, "sourceline", None)
        units += _toolkit_units(u, (u.getcontext() or "").replace("\n", "|"), [source], lambda k: line)
    target = root.get("language") or _language_of_name(name)
    return Bilingual("", None, "ts", root.get("sourcelanguage") or "en", target.replace("_", "-"), units)


def table_column(header: list[str], wanted: str, lang: str | None) -> int:
    """The index of the column named `wanted`, else of one named by its language (en, en-US, fr,
    fr_FR), else -1."""
    if wanted in header:
        return header.index(wanted)
    for i, h in enumerate(header):
        if lang and _LANG_CODE.fullmatch(h) and language_base(h) == lang:
            return i
    return -1


_QUOTED = re.compile(r'"((?:[^"]|"")*)"')


def _table_rows(text: str, kind: str, delimiter: str | None = None):
    """(line, cells) for each row. TSV cells are split at tabs and taken as written, except a cell
    wholly in double quotes with its inner quotes doubled, as spreadsheets save a cell holding a
    quote; lines end at LF, CRLF or a CR alone. CSV follows RFC 4180 (a quoted cell may hold the
    delimiter and line breaks), cells separated by `delimiter` (a comma by default). Lines are 1-based."""
    if kind == "tsv":
        for n, line in enumerate(_LINE_END.split(text), 1):
            if n == 1 and line.startswith("\ufeff"):
                line = line[1:]
            cells = []
            for c in line.split("\t"):
                m = _QUOTED.fullmatch(c)
                cells.append(m.group(1).replace('""', '"') if m else c)
            yield n, cells
        return
    reader = csv.reader(io.StringIO(text, newline=""), dialect="excel", delimiter=delimiter or ",")
    start = 1
    for row in reader:
        yield start, row
        start = reader.line_num + 1


def _read_table(text: str, name: str, kind: str, source_column: str, target_column: str,
                id_column: str) -> Bilingual:
    try:
        rows = list(_table_rows(text, kind, table_delimiter(text, kind)))
    except csv.Error as e:
        raise InputError(name, _("cannot parse {kind} ({problem})").format(kind=kind.upper(), problem=e)) from None
    if not rows:
        raise InputError(name, _("empty file (no translation units)"))
    header = [h.strip() for h in rows[0][1]]
    # a column the user named must be there; the default names may stand for a language code (en, fr-FR)
    named = [(c, d) for c, d in ((source_column, "source"), (target_column, "target"), (id_column, "id"))
             if c and c != d and c not in header]
    if named:
        raise InputError(name, _("no column {columns} in the header ({header})").format(
            columns=_(" or ").join(repr(c) for c, _d in named), header=", ".join(header)))
    si, ti = table_column(header, source_column, "en"), table_column(header, target_column, TARGET_LANGUAGE)
    if si < 0 or ti < 0:
        missing = [c for c, i in ((source_column, si), (target_column, ti)) if i < 0]
        raise InputError(name, _("no column {columns} in the header ({header}); name them with "
                                 "--source-column/--target-column").format(
                                     columns=_(" or ").join(map(repr, missing)), header=", ".join(header)))
    ii = header.index(id_column) if id_column in header else -1
    # a column named by a language code says the language; otherwise English -> French is assumed
    src_lang = header[si] if _LANG_CODE.fullmatch(header[si]) else "en"
    tgt_lang = header[ti] if _LANG_CODE.fullmatch(header[ti]) else TARGET_LANGUAGE
    units, longer, shorter = [], [], []
    for line, row in rows[1:]:
        if not any(c.strip() for c in row):
            continue
        cell = lambda i: row[i] if i < len(row) else ""  # noqa: E731
        notes = []
        extra = row[len(header):]
        if any(c.strip() for c in extra):  # cells past the header's: kept, as a note on the unit
            longer.append(line)
            notes.append(_("cells past the header's columns: {cells}").format(
                cells=" | ".join(c for c in extra)))
        if len(row) <= max(si, ti):  # the row stops before its source or target: read as empty
            shorter.append(line)
        named = ii >= 0 and bool(cell(ii))
        units.append(Unit(cell(ii) if named else str(line), cell(si), cell(ti), notes, None, line, named=named))
    doc = Bilingual("", None, kind, src_lang, tgt_lang, units)
    if longer:
        doc.warnings.append(ngettext("{n} row has more cells than the header ({lines}); the extra cells are kept "
                                     "in its unit's notes", "{n} rows have more cells than the header ({lines}); the "
                                     "extra cells are kept in their units' notes", len(longer)).format(
                                         n=len(longer), lines=_lines(longer)))
    if shorter:
        doc.warnings.append(ngettext("{n} row ends before its source or target column ({lines}); the missing "
                                     "cell is read as empty", "{n} rows end before their source or target column "
                                     "({lines}); the missing cells are read as empty", len(shorter)).format(
                                         n=len(shorter), lines=_lines(shorter)))
    return doc


def _lines(lines: list[int]) -> str:
    shown = ", ".join(map(str, lines[:5])) + (", …" if len(lines) > 5 else "")
    return ngettext("line {lines}", "lines {lines}", len(lines)).format(lines=shown)
