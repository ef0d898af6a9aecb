"""Auditing a bilingual file: one report, one segment per translation unit.

1. The French rules read the whole file at once: the unit targets joined by blank lines, inline
   codes blanked out (Bilingual.article()), so spaCy runs once per file and document-level rules
   (repetition, name consistency) see every unit. Each finding is mapped back to its unit
   (offsets into that unit's target); one that crosses two units, or touches an inline code,
   a placeholder, a tag, a URL, an e-mail address, a technical token (option, path, identifier),
   a quoted literal copied from the source, the translator's bracketed gloss of a source term, a
   command line copied from the source or a do-not-translate term of the glossary, is dropped:
   those are not language (the round-trip and bilingual findings of step 3 span a whole sentence
   or unit: they are dropped only when they lie inside such a code). So is a spelling finding on
   a word the unit's source has (a kept name or term), a typography finding on spaces where the
   source lines up columns with spaces too, a placeholder (MTA103) the source has as it is
   ("%H:%M:%S"), and an untranslated-English finding in a target that is its source (MTA906
   judges that unit). The translators' credits ("translator-credits": their names and addresses)
   are not checked.
2. The source-against-target rules (stage "l10n", rules/l10n/) run per unit, on a Context
   whose text is the unit's target and whose extras carry the unit's source.
3. With a round-trip engine configured (--roundtrip), the round trip runs on the joined targets,
   and the bilingual rules get one source/target pair per unit (no sentence alignment); their
   findings map back to units the same way.

Units written another way (decomposed accents, soft hyphens, lone CRs: mtaudit/read/fold.py) are
audited folded, and every offset is mapped back into the unit's own target and source.
"""
from __future__ import annotations

import bisect
import html
import re
from functools import lru_cache

from ..detect.context import Context
from ..detect.engine import merge, run_rules
from ..detect.registry import enabled_rules
from ..glossary import glossary_of
from ..lang.kinds import name_kinds
from ..lang.text import accelerated_word, fold as fold_word
from ..read.article import Article
from ..read.bilingual import JOINER, TYPOGRAPHIC_SPACES, Bilingual, language_base, mask_codes
from ..read.fold import Folded, fold, unfold_report
from . import ENGLISH_FUNCTION, credits_unit, protected_spans, same_text


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """start:end without its edge whitespace (start == end when blank)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def to_units(doc: Bilingual, offsets: list[int], findings, later: bool = False, dnt=()) -> list:
    """Findings on the joined text -> findings on unit targets (dropped when not inside one unit's
    language text). later: findings of the round-trip and bilingual rules, which span a whole
    sentence or unit: dropped only when they lie inside a code, not whenever they touch one. dnt:
    the glossary's do-not-translate terms, which no French rule reports (they stay in English); the
    name of the software the file translates (doc.product) is kept the same way."""
    out = []
    protected: dict[int, list] = {}
    name = product_pattern(doc.product)
    source_at, pos = [], 0  # where each unit's source starts in the sources joined as the round trip read them
    for u in doc.units:
        source_at.append(pos)
        pos += len(u.source) + len(JOINER)
    for f in findings:
        k = bisect.bisect_right(offsets, f.start) - 1
        if k < 0:
            continue
        u = doc.units[k]
        s, e = f.start - offsets[k], f.end - offsets[k]
        if e > len(u.target) or s >= e or credits_unit(u):
            continue
        if k not in protected:
            protected[k] = protected_spans(u.source, u.target) + [span for t in dnt for span in t.in_source(u.target)] \
                + ([m.span() for m in name.finditer(u.target)] if name else [])
        if any((ps <= s and e <= pe) if later else (ps < e and s < pe) for ps, pe in protected[k]):
            continue
        if f.category == "spelling" and copied(u.target[s:e], u.source):
            continue
        if f.category == "grammar" and _code_after(u.target, s, e, protected[k]):
            continue  # a determiner before code (« la p_memsz »): there is no noun to agree with
        if f.category == "grammar" and source_compound(u.target, s, e, u.source):
            continue  # « une variable tableau » for "array variable": the first noun is the head
        if f.category == "name" and u.target[s:e].casefold() in u.source.casefold():
            continue  # the name as the source writes it (« kim Mun » for "Kim Mun"): not a corruption
        if f.rule == "MTA104" and typographic_space(u.target, s, e):
            continue  # « &nbsp;Attaque&nbsp;», « en&nbsp;: »: French's no-break space, written for a format that reads entities
        if f.rule in ("MTA101", "MTA103", "MTA104") and u.target[s:e] in u.source:
            continue  # the string's own format, markup or syntax, as its source has it (MTA903 compares the two):
            #           "escape it with &amp;", "Invalid arguments to (user-tag)"
        if f.category == "untranslated" and same_text(u.target, u.source):
            continue  # a target that is its source, or re-cased ("Even" -> "even"), is judged whole (MTA906)
        if f.category == "untranslated" and (reordered(u.target[s:e], u.source)
                                             or reordered(_with_word_before(u.target, s, e), u.source)):
            continue  # the source's words put in French order: a name kept in a translated phrase (« audio
            #           Impulse Tracker », whose French word MTA401 leaves out of the name)
        if f.category == "untranslated" and accelerated_word(u.target, s, e):
            continue  # a piece of a word a keyboard accelerator splits: « Affic&her » is not "her"
        if f.category == "typography" and not u.target[s:e].strip() and "  " in u.source:
            continue  # spaces that line up columns as the source's do: layout
        f.start, f.end, f.text = s, e, u.target[s:e]
        f.unit, f.line = u.id, u.line
        if f.source_start is not None:  # offsets into the joined sources: kept when inside this unit's
            a, b = f.source_start - source_at[k], f.source_end - source_at[k]
            keep = 0 <= a <= b <= len(u.source)
            f.source_start, f.source_end = (a, b) if keep else (None, None)
            f.source_text = u.source[a:b] if keep else None
        out.append(f)
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _with_word_before(text: str, start: int, end: int) -> str:
    """text[start:end] with the word before it, if one stands right before it."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return text[m.start(1):end] if m else text[start:end]


# a no-break space (or a narrow one, or the thin space typesetters put before ? and !) written as an HTML entity
_SPACE_ENTITY = re.compile(rf"&(?:{TYPOGRAPHIC_SPACES});")


def typographic_space(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a no-break-space entity where French typography puts that space: after « or
    before : ; ! ? »? A translator writes it so in a string its program renders as rich text."""
    if not _SPACE_ENTITY.fullmatch(text[start:end]):
        return False
    before = text[:start].rstrip(" ")[-1:]
    after = _SPACE_ENTITY.sub("", text[end:]).lstrip(" ")[:1]
    return before == "«" or (after != "" and after in ":;!?»" and text[:start].strip() != "")


@lru_cache(maxsize=1)
def _determiners() -> frozenset:
    from ..detect.resources import data_path, load_table
    return frozenset(r["word"].lower().replace("’", "'") for r in load_table(data_path("determiners.tsv")))


def _code_after(text: str, start: int, end: int, spans) -> bool:
    """Is text[start:end] a determiner right before a protected span (code, an identifier)?"""
    if text[start:end].lower().replace("’", "'") not in _determiners():
        return False
    after = end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" \u00a0\u202f"))
    return any(ps == after for ps, _ in spans)


def _cognate(french: str, english: str) -> bool:
    """The same word in both languages, accents aside, or one a short extension of the other
    (paire / pair, système / system)."""
    a, b = fold_word(french), fold_word(english)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def source_compound(target: str, start: int, end: int, source: str) -> bool:
    """Does target[start:end] (with the word before it) hold a noun followed by a noun that the
    dictionary knows only as a noun, where the first is the head of an English compound of the
    source, its last word ("array variable" -> « une variable tableau », "system locale" -> « la
    locale système »)? Then French puts the head first and the second noun qualifies it: the first
    is what the determiner and adjectives agree with. The dictionary may know the head only as an
    adjective (« variable », « locale »), which is why the grammar checker read it the other way."""
    from ..lang import grammalecte

    before = [m for m in _WORDS.finditer(target, max(0, start - 40), start)]
    words = before[-1:] + [m for m in _WORDS.finditer(target, start, end)]
    if len(words) < 2:
        return False
    pairs = [(a.group().lower(), b.group().lower()) for a, b in zip(words, words[1:])]
    english = [w.lower() for w in _WORDS.findall(source)]
    heads = {b for a, b in zip(english, english[1:]) if a not in ENGLISH_FUNCTION}
    engine = None
    for first, second in pairs:
        if not any(_cognate(first, h) for h in heads):
            continue
        engine = engine or grammalecte.load()
        if engine is None:
            return False
        readings = engine.morph(second)
        if readings and all(":N" in r and ":A" not in r and ":Q" not in r for r in readings):
            return True
    return False


def product_pattern(product: str):
    """The software's name as a whole word, case aside: its last word ("GNU findutils": findutils),
    or None. A hyphenated name also matches two or more of its parts in a row, joined by spaces or
    hyphens, as prose writes a package's name (ocaml-batteries-included: « Batteries included »;
    python-django-compressor: « django- compressor »)."""
    word = product.split()[-1] if product.strip() else ""
    if not word:
        return None
    parts = [re.escape(p) for p in word.split("-") if p]
    runs = [r"[\s-]+".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 2, len(parts) + 1)]
    names = sorted({re.escape(word), *runs}, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(names)})(?![\w-])", re.I)


_COMPOUND = re.compile(r"(?=[^a-z]*[a-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+")  # « call-graph », « Power-line », not « AES-256 »


def _demote(f, note: str) -> None:
    """A major finding a file's own convention explains: minor, the reason added to its message."""
    f.severity = "minor"
    f.message = f.message.rstrip(".") + note


def kept_compounds(doc: Bilingual, findings: list, config) -> list:
    """An English hyphenated compound the unit's source has as it is ("call-graph", "pre-data", "apt-secure",
    a name with its capitals: "Power-line") is a term or a name the translator kept: its MTA401 finding is minor,
    and says so (a user's severity for the rule wins). Machine translation splits or translates such
    compounds: Apertium left none of them in the tune half of bench/l10n_human.py."""
    from ..i18n import _

    sources = {u.id: u.source for u in doc.units}
    for f in findings:
        if f.rule == "MTA401" and f.severity == "major" and _COMPOUND.fullmatch(f.text) \
                and copied(f.text, sources.get(f.unit, "")) and not config.severity_overrides.get(f.rule):
            _demote(f, _("; the source has this compound as it is: a term kept on purpose?"))
    return findings


_INFLECTED = re.compile(r"(?:ed|ing)$")  # an English verb form ("misplaced", "fetching"): no term a team keeps
KEPT_UNITS = 3  # units of the file that keep an English word before it reads as the translators' term
KEPT_SHARE = 0.8  # ... out of the units whose source has it


def kept_terms(doc: Bilingual, findings: list, config, rules=("MTA401",)) -> list:
    """An English word that French text uses too (wordfreq lists it in French) and that the file keeps
    as it is in KEPT_UNITS units or more, and in nearly every unit whose source has it, is a term the
    translators chose to keep ("postmaster" in PostgreSQL's catalogues, "override" in dpkg's, « cue » in a
    show controller's: « Éditer la cue »): its MTA401 finding, or the MTA906 finding of a unit that is that
    one word copied, is minor and says in how many units the file keeps it (a user's severity for the
    rule wins). A word left once, or translated elsewhere in the file, stays major, and so does one
    French never uses, or an English verb form: machine translation leaves the words it does not know
    every time ("unsupported", "fetching", "misplaced"), and those are not terms."""
    from ..i18n import _
    from ..lang.frequency import zipf_fr_en

    rules = {r for r in rules if not config.severity_overrides.get(r)}
    words = {f.text.lower() for f in findings if f.rule in rules and f.severity == "major"
             and _WORDS.fullmatch(f.text)}
    words = {w for w in words if zipf_fr_en(w)[0] > 0 and not _INFLECTED.search(w)}
    if not words:
        return findings
    seen = {w: [0, 0] for w in words}  # word -> [units whose source has it, units that keep it]
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(words))) + r")(?!\w)", re.IGNORECASE)
    for u in doc.units:
        if not u.translate:
            continue
        in_source = {m.group().lower() for m in pattern.finditer(u.source)}
        if in_source:
            kept = {m.group().lower() for m in pattern.finditer(u.target)}
            for w in in_source:
                seen[w][0] += 1
                seen[w][1] += w in kept
    for f in findings:
        if f.rule in rules and f.severity == "major" and f.text.lower() in seen:
            n_source, n_kept = seen[f.text.lower()]
            if n_kept >= KEPT_UNITS and n_kept >= KEPT_SHARE * n_source:
                note = _("; the file keeps this word as it is in {kept} units, out of {units} whose source has it: "
                         "the translators' term?")
                _demote(f, note.format(kept=n_kept, units=n_source))
    return findings


# a unit that is a name: one to four capitalised words ("Tacoma", "Rio Grande do Sul" has "do": one lower-case
# joiner allowed between capitalised words)
_NAME_UNIT = re.compile(r"[A-Z][\w'’.-]*(?:[ ](?:[a-z]{1,3}[ ])?[A-Z][\w'’.-]*){0,3}")
KEPT_NAMES = 20  # a file that keeps this many of its name units as they are ...
KEPT_NAMES_SHARE = 0.5  # ... and this share of them is a list of names (places, keys, fonts)



def kept_copies(doc: Bilingual, findings: list, config) -> list:
    """A file that keeps most of its units that are names as they are, and many of them (a gazetteer:
    libgweather's "Tacoma", "Springfield"; a keyboard's "Meta", "Tab"), keeps names on purpose: MTA906's
    finding on such a unit is minor and says how many the file keeps (a user's severity for the rule
    wins). A label copied in a file that translates its names ("Control", "Beep") stays major. (A unit of
    one lower-case word, a kana drill's "wo", is minor by MTA906 itself.)"""
    from ..i18n import _

    hits = [f for f in findings if f.rule == "MTA906" and f.severity == "major"]
    if not hits or config.severity_overrides.get("MTA906"):
        return findings
    live = [u for u in doc.units if u.translate and u.target.strip()]
    units = [u for u in live if _NAME_UNIT.fullmatch(u.source.strip())]
    kept = {u.id for u in units if same_text(u.target, u.source)}
    if len(kept) < KEPT_NAMES or len(kept) < KEPT_NAMES_SHARE * len(units):
        return findings
    note = _("; the file keeps {kept} of its {units} names as they are: a list of names?")
    for f in hits:
        if f.unit in kept:
            _demote(f, note.format(kept=len(kept), units=len(units)))
    return findings


_LETTER_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#[xX][0-9A-Fa-f]+);")
KEPT_ENTITIES = 5  # units that write characters as HTML entities before the file reads as written for HTML ...
KEPT_ENTITIES_SHARE = 0.5  # ... and this share of the units that write a character beyond ASCII, either way
# a named entity XML lacks (&nbsp; &eacute; &raquo;): a source that writes one is HTML, inserted into a page as markup
_HTML_ENTITY = re.compile(r"&(?!(?:lt|gt|amp|quot|apos);)[A-Za-z]+;")


def _added_entities(unit) -> set:
    """The entities the unit's target writes that its source does not."""
    return set(_LETTER_ENTITY.findall(unit.target)) - set(_LETTER_ENTITY.findall(unit.source))


def kept_entities(doc: Bilingual, findings: list, config) -> list:
    """A file whose targets write their accented letters and signs as HTML entities (« R&eacute;sum&eacute; »)
    in KEPT_ENTITIES units or more, and in half or more of the units that write any character beyond
    ASCII, writes for an HTML page on purpose (AWFFull's report): MTA104's findings on entities there
    are minor and say how many units do so (a user's severity for the rule wins). So does a file that
    writes one character as its entity in KEPT_ENTITIES units or more and in half or more of the units
    that write that character either way (nagvis: every quotation mark « &quot; »). Where the file's sources
    write an entity only HTML has (« Note:&nbsp; »), its messages are HTML inserted into a page as it is
    (Roundup's templates): there KEPT_ENTITIES units suffice, whatever the share, and an escaped angle
    bracket (« &lt;b&gt; » for "<b>": markup shown as text) stays major. An entity left in one unit of a file
    that writes its accents as letters stays major."""
    from ..i18n import _

    hits = [f for f in findings if f.rule == "MTA104" and f.severity == "major" and _LETTER_ENTITY.fullmatch(f.text)]
    if not hits or config.severity_overrides.get("MTA104"):
        return findings
    live = [u for u in doc.units if u.translate]
    written = [u for u in live if _LETTER_ENTITY.search(u.target) or not u.target.isascii()]
    coded = {u.id for u in written if _added_entities(u)}
    note = _("; the file writes characters as HTML entities in {kept} of its {units} units that have any: "
             "text for an HTML page?")
    if len(coded) >= KEPT_ENTITIES and len(coded) >= KEPT_ENTITIES_SHARE * len(written):
        for f in hits:
            _demote(f, note.format(kept=len(coded), units=len(written)))
        return findings
    html_source = next((m.group() for u in live if (m := _HTML_ENTITY.search(u.source))), None)
    if html_source:
        # an escaped bracket is markup shown as text there too (qtqr's « &lt;b&gt; » for "<b>"): not counted, kept
        shown = [f for f in hits if html.unescape(f.text) not in ("<", ">")]
        coded = {u.id for u in written if {html.unescape(e) for e in _added_entities(u)} - {"<", ">"}}
        if shown and len(coded) >= KEPT_ENTITIES:
            note = _("; the file writes characters as HTML entities in {kept} units, and its sources write "
                     "« {entity} »: text for an HTML page?")
            for f in shown:
                _demote(f, note.format(kept=len(coded), entity=html_source))
            return findings
    # one character written as its entity on purpose: nagvis writes every quotation mark « &quot; »
    by_char = {}
    for f in hits:
        by_char.setdefault(html.unescape(f.text), []).append(f)
    note = _("; the file writes « {char} » as an HTML entity in {kept} of its {units} units that write it: "
             "text for an HTML page?")
    for char, found in by_char.items():
        coded = {u.id for u in live if char in {html.unescape(e) for e in _added_entities(u)}}
        either = [u for u in live if char in u.target or u.id in coded]
        if len(coded) < KEPT_ENTITIES or len(coded) < KEPT_ENTITIES_SHARE * len(either):
            continue
        for f in found:
            _demote(f, note.format(char=char, kept=len(coded), units=len(either)))
    return findings


# the English wording of a licence notice (the GPL's, Apache's, MIT's, a file's @license header)
# (its sentences, not the names and lines a French notice keeps too: "GNU General Public License", "Free Software
# Foundation", "Copyright (C)")
_LICENCE_WORDING = re.compile(r"WITHOUT ANY WARRANTY|NO WARRANTY|free software|redistribute it and/or modify|"
                              r"without even the implied warranty|This program is distributed in the hope|"
                              r"@license|licen[cs]ed under|License Agreement|Apache License|"
                              r"MIT License|Permission is hereby granted|distributed under", re.IGNORECASE)
LICENCE_MARKS = 2  # distinct pieces of that wording before a target reads as the licence notice in English
_LICENCE_RULES = frozenset({"MTA401", "MTA906", "MTA901", "MTA904"})


def kept_licence(doc: Bilingual, findings: list, config) -> list:
    """A unit whose target is a licence notice in its English wording ("This program is free software…
    WITHOUT ANY WARRANTY", the GPL's; "@license … Licensed under the Apache License"): translators often
    keep it so, as only the English text binds.
    The untranslated-English, identical-copy, number and link findings on it are minor and say so (a
    user's severity for the rule wins)."""
    from ..i18n import _

    units = {u.id: u for u in doc.units}
    marked: dict = {}
    for f in findings:
        if f.rule not in _LICENCE_RULES or f.severity != "major" or config.severity_overrides.get(f.rule):
            continue
        u = units.get(f.unit)
        if u is None:
            continue
        if u.id not in marked:
            marked[u.id] = len({m.group().lower() for m in _LICENCE_WORDING.finditer(u.target)}) >= LICENCE_MARKS
        if marked[u.id]:
            _demote(f, _("; the target is a licence notice in its English wording, kept on purpose?"))
    return findings


_CAPITALISED = re.compile(r"[ \u00a0]+([A-Z][\w-]*)")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w-]*)[ \u00a0]+$")
NAME_JOINERS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with", "&"})


def source_name(target: str, start: int, end: int, source: str) -> bool:
    """Is target[start:end], with the capitalised words right before and after it, a name the source
    writes as it is, in title case ("Eye of MATE", "Soldier of Fortune", "Universal Plug and Play"): two
    or more capitalised words, the first and the last among them, only English function words between?"""
    while (m := _CAPITALISED.match(target, end)) is not None:
        end = m.end()
    while (m := _CAPITALISED_BEFORE.search(target, 0, start)) is not None and m.end() == start:
        start = m.start()
    run = target[start:end]
    words = run.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper() \
            or sum(1 for w in words if w[:1].isupper()) < 2 \
            or any(not w[:1].isupper() and w.lower() not in NAME_JOINERS for w in words):
        return False
    return re.search(r"(?<![\w-])" + re.escape(run) + r"(?![\w-])", source) is not None


_KIND_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)[ \u00a0]*[«\"'‘“]?[ \u00a0]*$")
_SOURCE_QUOTE = r"\s*[\"'‘’“”`]?\s*"  # a help text's source may break its line between them


def named_by_kind(target: str, start: int, end: int, source: str) -> bool:
    """Is target[start:end] a name French puts right after its kind (« la commande locate », « la clause
    'uses' »), that the source writes beside one of that kind's English words, before or after it ("locate
    command", "the uses clause", "type unsigned int"), as it is (any case)? Names may be coordinated on
    either side (« les options increase et decrease », "increase and decrease options"), and the span may
    open with the kind word when French spells it as English does (« options increase »). Not an English
    verb form (« format unsupported », « clé misplaced »: what machine translation leaves it does not know)."""
    opening = _KIND_OPENS.match(target, start, end)
    if opening and opening.group(1).lower() in name_kinds():
        start = opening.end()
    head = target[:start]
    m = _KIND_BEFORE.search(head)
    if m is None or m.group(1).lower() not in name_kinds():
        others = _NAMES_BEFORE.search(head)  # « options increase et » before « decrease »
        m = _KIND_BEFORE.search(head, 0, others.start()) if others else None
    english = name_kinds().get(m.group(1).lower()) if m else None
    name = target[start:end].strip()
    if english is None or not name or _INFLECTED.search(name):
        return False
    name = r"(?<![\w-])" + re.escape(name)
    kind = r"(?<![\w-])(?:" + english + r")(?![\w-])"
    return re.search(name + _SOURCE_OTHERS + _SOURCE_QUOTE + kind + "|" + kind + _SOURCE_QUOTE + _SOURCE_OTHERS_BEFORE
                     + name + r"(?![\w-])", source, re.IGNORECASE) is not None


_KIND_OPENS = re.compile(r"([^\W\d_]+)[ \u00a0]+(?=\S)")
_NAMES_BEFORE = re.compile(r"(?:[^\W\d_][\w-]*[ \u00a0]*(?:,|et|ou)[ \u00a0]+){1,3}$")  # French names coordinated
_SOURCE_OTHERS = r"(?:\s*(?:,|and|or)\s*[\w-]+){0,3}"  # "increase and decrease options"
_SOURCE_OTHERS_BEFORE = r"(?:[\w-]+\s*(?:,|and|or)\s*){0,3}"  # "options increase and decrease"


_LIST_ITEM = re.compile(r"[a-z][a-z0-9+._-]*")  # a program's name, a value: one lower-case token
_LIST_JOIN_FR = re.compile(r"\s*,\s*(?:(?:et|ou)\s+)?|\s+(?:et|ou)\s+")
_ITEM_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z0-9+._-]*)(\s*,\s*(?:(?:et|ou)\s+)?|\s+(?:et|ou)\s+)$")
_ITEM_AFTER = re.compile(r"(\s*,\s*(?:(?:et|ou)\s+)?|\s+(?:et|ou)\s+)([a-z][a-z0-9+._-]*)(?![\w-])")
_LIST_JOIN_EN = r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+"
NOT_ITEMS = frozenset({"etc", "etc.", "et", "ou"})  # a list's end, not one of its items


def _listed_in(items: list, source: str) -> bool:
    rx = r"(?<![\w-])" + f"(?:{_LIST_JOIN_EN})".join(map(re.escape, items)) + r"(?![\w-])"
    return re.search(rx, source) is not None


def source_list(target: str, start: int, end: int, source: str) -> bool:
    """Is target[start:end] one or more items of a list of lower-case single tokens (« comme lint, make, etc. »,
    « avec xargs, find, make, n'importe quel interpréteur »), two or more of whose items in a row the source lists
    as they are, in the same order ("such as lint, make, etc")? Then the translator kept the source's names
    (programs, values) on purpose; machine translation translates such words one by one."""
    items = _LIST_JOIN_FR.split(target[start:end])
    if not all(_LIST_ITEM.fullmatch(i) for i in items) or not _listed_in(items, source):
        return False
    while (m := _ITEM_BEFORE.search(target, 0, start)) and m.group(1) not in NOT_ITEMS \
            and _listed_in([m.group(1), *items], source):
        items, start = [m.group(1), *items], m.start()
    while (m := _ITEM_AFTER.match(target, end)) and m.group(2) not in NOT_ITEMS \
            and _listed_in([*items, m.group(2)], source):
        items, end = [*items, m.group(2)], m.end()
    return len(items) >= 2


def kept_names(doc: Bilingual, findings: list, config) -> list:
    """An English span in title case that the unit's source writes as it is, a program, game or protocol
    name ("Préférences de Eye of MATE", "Soldier of Fortune - Un jeu de tir"): its MTA401 finding is minor,
    and says so (a user's severity for the rule wins). Machine translation translates such words one by
    one ("Œil de MATE"). So is a name French puts after its kind as the source does (named_by_kind:
    « la commande locate », "locate command"), and a list's lower-case names the source lists as they are
    (source_list: « comme lint, make, etc. »)."""
    from ..i18n import _

    if config.severity_overrides.get("MTA401"):
        return findings
    units = {u.id: u for u in doc.units}
    for f in findings:
        u = units.get(f.unit)
        if f.rule == "MTA401" and f.severity == "major" and u is not None \
                and source_name(u.target, f.start, f.end, u.source):
            _demote(f, _("; the source writes this name as it is: a name kept on purpose?"))
        elif f.rule == "MTA401" and f.severity == "major" and u is not None \
                and named_by_kind(u.target, f.start, f.end, u.source):
            _demote(f, _("; the source names it by its kind, as the French does: a name kept on purpose?"))
        elif f.rule == "MTA401" and f.severity == "major" and u is not None \
                and source_list(u.target, f.start, f.end, u.source):
            _demote(f, _("; the source lists these names as they are: names kept on purpose?"))
    return findings


def copied(word: str, source: str) -> bool:
    """Whether word stands in the source as a word (in any case): a name or term the translator
    kept ("libpam", "fsync", "Ambrym" -> "ambrym"), which the French word list cannot judge."""
    word = word.strip()
    return bool(word) and re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", source, re.IGNORECASE) is not None


_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


FRENCH_WORD = 2.5  # wordfreq zipf in French: "audio" 4.1, "import" 3.3; "misplaced" 1.0 (noise of the French data)


def reordered(span: str, source: str) -> bool:
    """Whether span is a name kept in a phrase put in French word order: its words, two or more, are
    all the source's but not in the source's order, one at least is capitalised, and its lower-case
    words are words French uses too ("Game Boy Advance ROM" -> "ROM Game Boy Advance", "Impulse
    Tracker audio" -> "audio Impulse Tracker", "Secure Gateway import libraries" -> "bibliothèques
    d'import Secure Gateway"). English left as it was keeps the source's order; machine translation
    also moves a word it does not know ("unrecognized compression option" -> "unrecognized option de
    compression", "misplaced Clause REPORTÉE INITIALEMENT"), but that word is no name and French does
    not use it."""
    from ..lang.frequency import zipf_fr_en

    found = _WORDS.findall(span)
    if len(found) < 2 or not any(w[:1].isupper() for w in found) \
            or any(w.islower() and zipf_fr_en(w)[0] < FRENCH_WORD for w in found):
        return False
    words = [w.lower() for w in found]
    theirs = [w.lower() for w in _WORDS.findall(source)]
    if not set(words) <= set(theirs):
        return False
    n = len(words)
    return not any(theirs[i:i + n] == words for i in range(len(theirs) - n + 1))


def unit_analysis(ctx, start: int, end: int):
    """The file's spaCy analysis cut to one unit (offsets and token indexes re-based), so that unit
    rules that need tokens (the glossary's lemma matcher) do not run spaCy again."""
    import dataclasses

    starts = ctx._token_starts
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    toks = []
    for t in ctx.tokens[lo:hi]:
        if t.end > end:
            break
        head = t.head - lo if lo <= t.head < lo + (hi - lo) else t.i - lo
        toks.append(dataclasses.replace(t, i=t.i - lo, start=t.start - start, end=t.end - start, head=head))
    ents = [dataclasses.replace(e, start=e.start - start, end=e.end - start,
                                tokens=tuple(i - lo for i in e.tokens if lo <= i < lo + len(toks)))
            for e in ctx.entities if start <= e.start and e.end <= end]
    return toks, ents


def _folded(doc: Bilingual):
    """(doc with its units' targets and sources folded, {unit index: (target fold, source fold)}),
    or (doc, {}) when no unit needs it."""
    import dataclasses

    folds, units = {}, []
    for u in doc.units:
        ft, fs = fold(u.target), fold(u.source)
        if ft is None and fs is None:
            units.append(u)
            continue
        folds[u.index] = (ft, fs)
        units.append(dataclasses.replace(u, target=ft.text if ft else u.target, source=fs.text if fs else u.source))
    return (dataclasses.replace(doc, units=units), folds) if folds else (doc, folds)


def place_on_joined(doc: Bilingual, findings: list) -> tuple:
    """(the article the audit scored: the units' folded targets joined, the findings (dicts, offsets
    into their unit's target as read) placed on its text), as the audit's score placed them."""
    folded, folds = _folded(doc)
    article = folded.article()
    starts = {u.id: (u.index, at) for u, at in zip(folded.units, article.meta["unit_offsets"])}
    placed = []
    for f in findings:
        if f.get("unit") not in starts:
            placed.append(f)
            continue
        index, at = starts[f["unit"]]
        s, e = f["start"], f["end"]
        ft = folds.get(index, (None, None))[0]
        if ft is not None:
            s, e = ft.within(s, e)
        placed.append({**f, "start": s + at, "end": e + at})
    return article, placed


def _joined_fold(original: Bilingual, folded: Bilingual, folds: dict) -> Folded:
    """The fold of the joined targets (Bilingual.article()'s text), from the units' own folds."""
    starts, pos = [], 0
    for u, w in zip(original.units, folded.units):
        ft = folds.get(u.index, (None, None))[0]
        starts += [pos + k for k in (ft.starts[:-1] if ft else range(len(u.target)))]
        pos += len(u.target)
        starts += range(pos, pos + len(JOINER))
        pos += len(JOINER)
    del starts[len(starts) - len(JOINER):]  # no joiner after the last unit
    starts.append(pos - len(JOINER) if original.units else 0)
    return Folded(folded.article().text, starts)


def _unfold_units(report: dict, original: Bilingual, folds: dict) -> None:
    """Unit offsets (target and source) mapped back from the folded units into the units as read."""
    by_id = {u.id: u for u in original.units}
    for key in ("findings", "suppressed"):
        for f in report.get(key) or []:
            u = by_id.get(f.get("unit"))
            if u is None or u.index not in folds:
                continue
            ft, fs = folds[u.index]
            if ft is not None:
                f["start"], f["end"] = ft.span(f["start"], f["end"])
                f["text"] = u.target[f["start"]:f["end"]]
            if fs is not None and isinstance(f.get("source_start"), int):
                f["source_start"], f["source_end"] = fs.span(f["source_start"], f["source_end"])
                if "source_text" in f:
                    f["source_text"] = u.source[f["source_start"]:f["source_end"]]


def audit_bilingual(auditor, doc: Bilingual, memory=None) -> dict:
    original, (doc, folds) = doc, _folded(doc)
    report = _audit_bilingual(auditor, doc, memory)
    if folds:
        roundtrip = report.get("roundtrip")  # required key: null without a round trip, kept in place
        if roundtrip is not None:
            joined = _joined_fold(original, doc, folds)
            unfold_report({"findings": [], "roundtrip": roundtrip, "article": {}}, joined,
                          original.article().text)
        _unfold_units(report, original, folds)
        report["article"]["chars"] = len(original.article().text)
        report["units"] = [u.to_dict() for u in original.units]
    _roundtrip_on_units(report.get("roundtrip"), original, doc)
    return report


def _roundtrip_on_units(rt: dict | None, original: Bilingual, audited: Bilingual) -> None:
    """Each round-trip sentence and source pair gets its `unit` and `unit_start`/`unit_end`: where it
    lies in that unit's target as read (start/end are into the joined targets the round trip read).
    A pair with no French (a unit whose target is empty) is placed by its source offsets (into the
    audited units' sources joined the same way)."""
    if not rt:
        return
    offsets = original.article().meta["unit_offsets"]
    src_starts, pos = [], 0
    for u in audited.units:
        src_starts.append(pos)
        pos += len(u.source) + len(JOINER)
    records = list(rt.get("sentences") or []) + list((rt.get("bilingual") or {}).get("pairs") or [])
    for rec in records:
        s, e = rec.get("start"), rec.get("end")
        if isinstance(s, int) and isinstance(e, int):
            k = bisect.bisect_right(offsets, s) - 1
            u = original.units[k] if k >= 0 else None
            if u is None or e - offsets[k] > len(u.target):
                continue
            rec.update(unit=u.id, unit_start=s - offsets[k], unit_end=e - offsets[k])
        elif isinstance(rec.get("source_start"), int):
            k = bisect.bisect_right(src_starts, rec["source_start"]) - 1
            if k >= 0:
                rec["unit"] = original.units[k].id


def _audit_bilingual(auditor, doc: Bilingual, memory=None) -> dict:
    from ..pipeline import build_report

    config = auditor.config
    article = doc.article()
    offsets = article.meta["unit_offsets"]
    ctx = Context(article, config, auditor.resources)
    french, failures = run_rules(ctx, auditor.rules)
    glossary = glossary_of(ctx)
    findings = kept_compounds(doc, to_units(doc, offsets, french, dnt=glossary.dnt if glossary else ()), config)
    findings = kept_names(doc, kept_terms(doc, findings, config), config)

    rules = enabled_rules(config, stage="l10n")
    english = language_base(doc.source_language) in ("en", "")
    failed: dict = {}
    for u in doc.units:
        # translate="no": only the rules for locked units (is the source kept?); the others skip it
        mine = [r for r in rules if r.locked_units != u.translate]
        if not mine or credits_unit(u):  # the translators' names and addresses: nothing to compare
            continue
        uctx = Context(Article(id=f"{doc.id}#{u.id}", text=u.target), config, auditor.resources,
                       source=u.source, source_language=doc.source_language or "en", memory=memory,
                       doc=doc.id, unit=u.id, translate=u.translate, plural_form=u.plural,
                       contacts=doc.contacts, product=doc.product)
        if "_analysis" in ctx.__dict__ and u.translate:  # spaCy already ran on the file
            uctx.__dict__["_analysis"] = unit_analysis(ctx, offsets[u.index], offsets[u.index] + len(u.target))
        got, fails = run_rules(uctx, mine)
        for f in got:
            f.unit, f.line = u.id, u.line
        findings.extend(got)
        for x in fails:
            failed.setdefault(x["rule"], {**x, "error": f"unit {u.id!r}: {x['error']}"})
    failures += list(failed.values())
    findings = kept_licence(doc, kept_entities(doc, kept_copies(doc, findings, config), config), config)
    findings = kept_terms(doc, findings, config, rules=("MTA906",))  # a one-word unit copied: the file's term?

    roundtrip = None
    if config.roundtrip.get("engine", "none") != "none" and english:
        from ..roundtrip import run_roundtrip

        # one pair per unit (no sentence alignment): its target and its source, codes blanked
        parts, pairs, pos = [], [], 0
        for u, off in zip(doc.units, offsets):
            src = mask_codes(u.source) if u.translate else " " * len(u.source)
            ts, te = _strip(article.text, off, off + len(u.target))
            ss, se = _strip(src, 0, len(src))
            pairs.append((ts, te, pos + ss, pos + se))
            parts.append(src)
            pos += len(src) + len(JOINER)
        roundtrip = run_roundtrip(article, config, source_text=JOINER.join(parts), pairs=pairs)
        ctx.extras["roundtrip"], ctx.extras["source"] = roundtrip, JOINER.join(parts)
        more, fails = run_rules(ctx, auditor.later_rules)
        findings += to_units(doc, offsets, more, later=True)
        failures += fails

    order = {u.id: u.index for u in doc.units}
    findings = sorted(merge(findings), key=lambda f: (order.get(f.unit, 0), f.start, f.end, f.rule))
    report = build_report(article, ctx, findings, failures, roundtrip, config)
    report["article"].update({"format": doc.format, "source_language": doc.source_language,
                              "target_language": doc.target_language, "units": len(doc.units)})
    if doc.product:
        report["article"]["product"] = doc.product
    report["units"] = [u.to_dict() for u in doc.units]
    return report
