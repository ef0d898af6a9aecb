"""Terminology: a glossary (TBX, or a CSV/TSV table) and a do-not-translate list.

CSV/TSV glossary: lines starting with '#' are comments; the first other line names the columns:
  source     the English term (also accepted: en, term)
  target     the required French term(s), '|'-separated when several are accepted (also: fr)
  forbidden  French variants that must not be used, '|'-separated (optional; also: avoid)
  dnt        yes / 1 / x: the term stays as it is in French (optional)
  note       free text, shown in the finding (optional)
A row whose target is the source itself is a do-not-translate term too. A row (TBX entry) with no
source term is kept for its forbidden variants, which MTA915 then looks for in every unit; rows that
can do nothing are skipped and counted in one warning line per file. Rows (and TBX entries) with
the same source term are one term: their targets are alternatives (any one satisfies it). The
delimiter is a tab in a .tsv file; else a tab, a comma, or a semicolon (a spreadsheet's CSV in a
French locale) when the header has one and no comma. Encoding: UTF-8, or UTF-16/UTF-32 with a
byte-order mark.

TBX (TBX-Basic/TBX 2008 <termEntry><langSet><tig|ntig>, or TBX v3 <conceptEntry><langSec><termSec>):
English terms are sources; French terms are required unless their
<termNote type="administrativeStatus"> says deprecatedTerm-admn or supersededTerm-admn (then
they are forbidden variants); a <termNote type="translatability"> or <descrip type="doNotTranslate">
of "no"/"yes" marks do-not-translate entries.

Do-not-translate list (--dnt FILE): one term per line, '#' comments; the term must appear in the
target exactly as in the source (case included).

Source terms match case-insensitively on word boundaries with an optional English plural
(s/es); an all-capitals term (API) matches in capitals only. Target terms and forbidden variants
match with the phrase matcher of mtaudit/detect/phrases.py: on lemmas and folded forms, so case,
plural and gender inflections of the term match ("fichiers sources" matches "fichier source"). A
term inside a longer one counts for both ("fichiers sources" has "fichier" too). A reflexive verb
target ("se connecter") matches its verb with any reflexive pronoun or none ("Connectez-vous",
"vous vous connectez").
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .detect.resources import DataFileError
from .i18n import _, ngettext

SEPARATORS = re.compile(r"\s*[|;]\s*")
PATTERN_SYNTAX = re.compile(r"[*?@^/:]")
ADMIN_FORBIDDEN = ("deprecatedterm", "supersededterm", "deprecated", "superseded", "forbidden")
SOURCE_COLUMNS = ("source", "en", "term", "source term", "en-us", "en-gb")
TARGET_COLUMNS = ("target", "fr", "target term", "fr-fr", "fr-ca")
FORBIDDEN_COLUMNS = ("forbidden", "avoid", "forbidden variants", "deprecated")


@dataclass
class Term:
    source: str
    targets: tuple = ()
    forbidden: tuple = ()
    dnt: bool = False
    note: str = ""
    origin: str = ""
    _rx: object = field(default=None, repr=False, compare=False)

    def source_regex(self):
        if self._rx is None:
            words = [re.escape(w) for w in self.source.split()]
            body = r"\s+".join(words)
            caps = self.source.isupper() and len(self.source) > 1
            if self.dnt:
                self._rx = re.compile(rf"(?<!\w){body}(?!\w)")
            else:
                self._rx = re.compile(rf"(?<!\w){body}(?:s|es|'s)?(?!\w)", 0 if caps else re.IGNORECASE)
        return self._rx

    def in_source(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.source_regex().finditer(text)]


class Glossary:
    def __init__(self, terms=()):
        self.terms: list[Term] = list(terms)
        self._matcher = None

    @property
    def required(self) -> list[Term]:
        return [t for t in self.terms if t.source and t.targets and not t.dnt]

    @property
    def dnt(self) -> list[Term]:
        return [t for t in self.terms if t.source and t.dnt]

    def __bool__(self):
        return bool(self.terms)

    def matcher(self):
        """A PhraseMatcher over every target term and forbidden variant, built once."""
        if self._matcher is None:
            from .detect.phrases import PhraseMatcher

            rows = []
            for i, t in enumerate(self.terms):
                for kind, values in (("target", t.targets), ("forbidden", t.forbidden)):
                    for v in values:
                        if not PATTERN_SYNTAX.search(v):
                            pattern = reflexive_verb(v) if kind == "target" else v
                            rows.append({"pattern": pattern, "term": i, "kind": kind, "value": v, "_source": t.origin})
            self._matcher = PhraseMatcher.from_rows(rows, "pattern", default_gap=0, name="glossary")
        return self._matcher

    def find_in_target(self, ctx) -> list[tuple[Term, str, str, int, int]]:
        """(term, kind target|forbidden, value, start, end) in the context's text."""
        from .detect.phrases import _no_overlap, text_view

        out = []
        if any(not PATTERN_SYNTAX.search(v) for t in self.terms for v in t.targets + t.forbidden):
            # every target match counts, overlapping ones too: "fichier" (file) inside "fichiers
            # sources" (source file) satisfies both terms; a forbidden variant only where no longer
            # match (a required term that contains it) covers it
            found = self.matcher().match_all(text_view(ctx))
            kept = {id(m) for m in _no_overlap(found)}
            for m in sorted(found, key=lambda m: (m.start, m.end)):
                r = m.row
                if r["kind"] == "target" or id(m) in kept:
                    out.append((self.terms[r["term"]], r["kind"], r["value"], m.start, m.end))
        for i, t in enumerate(self.terms):  # terms with pattern characters (TCP/IP): literal match
            for kind, values in (("target", t.targets), ("forbidden", t.forbidden)):
                for v in values:
                    if PATTERN_SYNTAX.search(v):
                        for m in re.finditer(rf"(?<!\w){re.escape(v)}(?!\w)", ctx.text, re.IGNORECASE):
                            out.append((t, kind, v, m.start(), m.end()))
        return out


REFLEXIVE = re.compile(r"(?i)^(?:se\s+|s['’ʼ]\s*)(?=\w)")


def reflexive_verb(value: str) -> str:
    """A reflexive verb target ("se connecter", "s'inscrire") without its pronoun: the verb matches
    on its lemma whatever the pronoun ("Connectez-vous", "vous vous connectez", "m'inscrire") or
    with none ("il faut connecter"); other values unchanged."""
    rest = REFLEXIVE.sub("", value.strip(), count=1)
    return rest if rest.strip() else value


def _split(cell: str) -> tuple:
    return tuple(v for v in SEPARATORS.split(cell.strip()) if v) if cell and cell.strip() else ()


def _yes(cell: str) -> bool:
    return (cell or "").strip().lower() in ("yes", "y", "1", "x", "true", "dnt")


def skipped_note(origin: str, no_target: int, no_source: int) -> str | None:
    """The warning line for the rows (entries) of one glossary file that can do nothing, or None."""
    parts = []
    if no_target:
        parts.append(_("{n} with no target term, no forbidden variant and no dnt mark").format(n=no_target))
    if no_source:
        parts.append(_("{n} with no source term and no forbidden variant").format(n=no_source))
    if not parts:
        return None
    n = no_target + no_source
    return ngettext("{path}: {n} glossary row skipped ({why})", "{path}: {n} glossary rows skipped ({why})", n).format(
        path=origin, n=n, why="; ".join(parts))


def parse_table(text: str, origin: str, delimiter: str | None = None, notes: list | None = None) -> list[Term]:
    """The terms of a CSV/TSV glossary. A row with no source term is kept for its forbidden variants
    (MTA915 looks for them in every unit); rows that can do nothing are skipped, and counted in one
    line appended to `notes`."""
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    body = "\n".join(lines)
    if not body.strip():
        raise DataFileError(_("{path}: glossary has no header line").format(path=origin))
    if delimiter is None:
        first = next(ln for ln in lines if ln.strip())
        delimiter = "\t" if "\t" in first else ";" if ";" in first and "," not in first else ","
    rows = list(csv.reader(io.StringIO(body), delimiter=delimiter))
    rows = [r for r in rows if any(c.strip() for c in r)]
    header = [h.strip().lower() for h in rows[0]]

    def col(names):
        return next((header.index(n) for n in names if n in header), -1)

    si, ti, fi = col(SOURCE_COLUMNS), col(TARGET_COLUMNS), col(FORBIDDEN_COLUMNS)
    di, ni = col(("dnt", "do not translate", "donottranslate")), col(("note", "comment", "notes"))
    if si < 0 or (ti < 0 and di < 0):
        raise DataFileError(_("{path}: glossary header needs a source column ({source}) and a target column "
                              "({target}); found: {found}").format(path=origin, source="/".join(SOURCE_COLUMNS[:3]),
                                                                   target="/".join(TARGET_COLUMNS[:2]),
                                                                   found=", ".join(header)))
    terms = []
    no_target = no_source = 0
    for n, row in enumerate(rows[1:], 2):
        cell = lambda i: row[i].strip() if 0 <= i < len(row) else ""  # noqa: E731
        src = cell(si)
        targets, forbidden = _split(cell(ti)), _split(cell(fi))
        if not src:
            if forbidden:  # a forbidden variant whatever the source says
                terms.append(Term("", targets, forbidden, False, cell(ni), f"{origin}:{n}"))
            else:
                no_source += 1
            continue
        dnt = _yes(cell(di)) or (targets == (src,) and not forbidden)
        if not targets and not forbidden and not dnt:
            no_target += 1
            continue
        terms.append(Term(src, targets, forbidden, dnt, cell(ni), f"{origin}:{n}"))
    note = skipped_note(origin, no_target, no_source)
    if note and notes is not None:
        notes.append(note)
    return merge_terms(terms)


def _key(source: str) -> str:
    """Terms with the same key are one term (an all-capitals term matches in capitals only)."""
    words = " ".join(source.split())
    return words if words.isupper() and len(words) > 1 else words.lower()


def _union(*groups) -> tuple:
    return tuple(dict.fromkeys(v for g in groups for v in g))


def merge_terms(terms: list[Term]) -> list[Term]:
    """One term per source term: the rows of a term merged, their targets alternatives (any one of
    them satisfies it), their forbidden variants and notes together; do-not-translate when one of the
    rows says so in its own column, or when the source itself is the only target left."""
    groups: dict = {}
    for t in terms:  # an entry with no source term is one of its own
        groups.setdefault(_key(t.source) if t.source else id(t), []).append(t)
    out = []
    for rows in groups.values():
        first = rows[0]
        if len(rows) == 1:
            out.append(first)
            continue
        targets = _union(*(r.targets for r in rows))
        forbidden = _union(*(r.forbidden for r in rows))
        # a row that is do-not-translate only because its target is its source is one alternative
        dnt = any(r.dnt and r.targets != (r.source,) for r in rows) or (
            tuple(v.lower() for v in targets) == (first.source.lower(),) and not forbidden)
        out.append(Term(first.source, targets, forbidden, dnt, "; ".join(_union([r.note for r in rows if r.note])),
                        first.origin))
    return out


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def parse_tbx(data: bytes, origin: str, notes: list | None = None) -> list[Term]:
    """The terms of a TBX glossary; an entry with no English term is kept for its forbidden French
    variants, entries that can do nothing are counted in one line appended to `notes`."""
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as e:
        raise DataFileError(_("{path}: malformed TBX (line {line}: {problem})").format(
            path=origin, line=e.lineno, problem=e.msg)) from None
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    terms = []
    no_target = no_source = 0
    for entry in root.iter():
        if _local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        sources, targets, forbidden, dnt = [], [], [], False
        for el in entry.iter():
            if _local(el.tag) in ("descrip", "termNote") and (el.get("type") or "").lower() in (
                    "donottranslate", "translatability"):
                value = (el.text or "").strip().lower()
                dnt = dnt or value in ("yes", "true", "donottranslate") if el.get("type").lower() == "donottranslate" \
                    else dnt or value in ("no", "nottranslatable", "false")
        for ls in entry:
            if _local(ls.tag) not in ("langSet", "langSec"):
                continue
            lang = (ls.get(lang_attr) or ls.get("lang") or "").split("-")[0].split("_")[0].lower()
            for group in ls.iter():
                if _local(group.tag) not in ("tig", "ntig", "termSec"):
                    continue
                term_el = next((x for x in group.iter() if _local(x.tag) == "term"), None)
                if term_el is None:
                    continue
                term = " ".join("".join(term_el.itertext()).split())
                status = " ".join((x.text or "").lower() for x in group.iter()
                                  if _local(x.tag) == "termNote" and (x.get("type") or "") in
                                  ("administrativeStatus", "normativeAuthorization"))
                bad = any(s in status for s in ADMIN_FORBIDDEN)
                if lang == "en" and term and not bad:
                    sources.append(term)
                elif lang == "fr" and term:
                    (forbidden if bad else targets).append(term)
        origin_n = f"{origin}:{entry.sourceline}"
        if not sources:
            if forbidden:  # forbidden French variants whatever the source says
                terms.append(Term("", tuple(targets), tuple(forbidden), False, "", origin_n))
            else:
                no_source += 1
            continue
        if not targets and not forbidden and not dnt:
            no_target += 1
            continue
        for s in sources:
            terms.append(Term(s, tuple(targets) if not dnt else (s,), tuple(forbidden),
                              dnt or (tuple(targets) == (s,) and not forbidden), "", origin_n))
    note = skipped_note(origin, no_target, no_source)
    if note and notes is not None:
        notes.append(note)
    return merge_terms(terms)


def load_glossary(path, notes: list | None = None) -> list[Term]:
    """The terms of a glossary file; DataFileError when it cannot be read or has none. `notes`
    gets one warning line when rows were skipped (the CLI prints it once)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise DataFileError(_("{path}: glossary file not found").format(path=p)) from None
    except OSError as e:
        raise DataFileError(_("{path}: cannot read glossary ({problem})").format(path=p, problem=e.strerror or e)) from None
    if p.suffix.lower() in (".tbx", ".xml") or data.lstrip()[:5] == b"<?xml":
        terms = parse_tbx(data, str(p), notes)
    else:
        from .read.loader import InputError, decode

        try:
            text = decode(data, str(p)) if data.strip() else ""  # empty: the table says what it lacks
        except InputError as e:
            raise DataFileError(_("{path}: glossary is not UTF-8, or UTF-16/UTF-32 with a byte-order mark ({problem})").format(
                path=p, problem=e.problem)) from None
        terms = parse_table(text, str(p), "\t" if p.suffix.lower() == ".tsv" else None, notes)
    if not terms:
        raise DataFileError(_("{path}: glossary has no terms").format(path=p))
    return terms


def load_dnt(path) -> list[Term]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DataFileError(_("{path}: do-not-translate file not found").format(path=p)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(_("{path}: cannot read do-not-translate list ({problem})").format(path=p, problem=e)) from None
    return [Term(ln.strip(), (ln.strip(),), (), True, "", f"{p}:{n}")
            for n, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.lstrip().startswith("#")]


def _term(row: dict) -> Term:
    targets, forbidden = _split(row.get("target", "")), _split(row.get("forbidden", ""))
    dnt = _yes(row.get("dnt", "")) or (targets == (row["source"],) and not forbidden)
    return Term(row["source"], targets, forbidden, dnt, row.get("note", ""), "example")


def plain_articles_note(config, plain: int) -> str | None:
    """The warning for a run with a glossary or do-not-translate list that audited `plain` articles
    that are not bilingual files (the terminology rules read translation units), or None."""
    if not plain or not (getattr(config, "glossary", None) or getattr(config, "dnt", None)):
        return None
    return ngettext("the glossary and do-not-translate lists apply to bilingual files (XLIFF, TMX, PO, bilingual "
                    "tables) only; {n} article audited without them",
                    "the glossary and do-not-translate lists apply to bilingual files (XLIFF, TMX, PO, bilingual "
                    "tables) only; {n} articles audited without them", plain).format(n=plain)


def glossary_of(ctx) -> Glossary | None:
    """The glossary a rule uses: extras["glossary"] (examples, tests), else --glossary/--dnt files."""
    g = ctx.extras.get("glossary")
    if isinstance(g, Glossary):
        return g
    if g is not None:  # a list of rows (examples): {"source", "target", "forbidden", "dnt"}
        rows = [r if isinstance(r, Term) else _term(r) for r in g]
        g = Glossary(rows)
        ctx.extras["glossary"] = g
        return g
    paths = tuple(getattr(ctx.config, "glossary", ()) or ())
    dnt = tuple(getattr(ctx.config, "dnt", ()) or ())
    if not paths and not dnt:
        return None

    def build():
        terms = merge_terms([t for p in paths for t in load_glossary(p)]) + [t for p in dnt for t in load_dnt(p)]
        return Glossary(terms)

    return ctx.resources.memo(("glossary", paths, dnt), build, files=paths + dnt)
