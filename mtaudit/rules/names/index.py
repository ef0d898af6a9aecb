"""Shared machinery for the name rules: the knowledge-base index (people, roles, places,
organisations), role contexts ("le président français, X"), name mentions and variant groups.

Everything expensive is built once per Resources via ctx.resources.memo(). The batch helpers at the
end (collect_mentions, cross_article_variants) work on plain text and need no Context.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ...lang import frequency, hunspell
from ...lang.names import name_base
# the name keys: fold ("Sébastien" -> "sebastien"), squash (also without spaces, hyphens, dots, apostrophes)
from ...lang.text import cells as _split, collapse_spaces as squash_spaces, fold_name as fold, squash_name as squash

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"  # capitals, incl. Latin Extended-A (Ł, Š, Ž...)
PARTICLES = ("von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "dos", "das", "la", "le",
             "al", "el", "ben", "bin", "zu", "ibn", "vel")
_CAP = rf"(?:[{UPPER}]\.|[{UPPER}][\w'’-]*)"
_PART = "|".join(PARTICLES)
# A run of capitalised words, with name particles between them ("Ursula von der Leyen").
NAME_SEQ = rf"{_CAP}(?:[ \u00a0]+(?:(?:{_PART})[ \u00a0]+)*{_CAP}){{0,4}}"
NAME_SEQ_RE = re.compile(rf"(?<![\w'’-]){NAME_SEQ}(?![\w'’-])")
NAME_AT_RE = re.compile(NAME_SEQ)  # used with .match(text, pos)
ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,2}|Ier|Jr)$")
def words_of(name: str) -> list[str]:
    return name.replace("\u00a0", " ").split()


def derive_short(name: str) -> str | None:
    """The part of a full name used alone: from the first particle on, else the last word."""
    w = words_of(name)
    if len(w) < 2 or ROMAN.match(w[-1]):
        return None
    for i in range(1, len(w) - 1):
        if w[i].lower() in PARTICLES:
            return " ".join(w[i:])
    return w[-1]


def split_name(form: str, shorts) -> tuple[str, str]:
    """(first names, surname part) of a full form, using the known short forms when they fit."""
    for s in sorted(shorts, key=len, reverse=True):
        if form.endswith(" " + s) and len(s) < len(form):
            return form[: -len(s) - 1].strip(), s
    short = derive_short(form)
    if short:
        return form[: -len(short)].strip(), short
    return form, ""


# -- the knowledge base ---------------------------------------------------------------------------

@dataclass
class Person:
    key: str  # canonical name
    forms: list[str] = field(default_factory=list)  # name first, then variants
    shorts: list[str] = field(default_factory=list)
    roles: set = field(default_factory=set)  # {(role, where)}
    tenures: dict = field(default_factory=dict)  # {(role, where): [(start, end)]}, YYYY-MM or YYYY, end "" = ongoing
    firsts: set = field(default_factory=set)  # folded first names
    surnames: set = field(default_factory=set)  # squashed surname forms


@dataclass
class RolePhrase:
    role: str
    phrase: str
    where: frozenset
    also: frozenset


class NameIndex:
    def __init__(self, resources):
        self.people: dict[str, Person] = {}
        self.by_form: dict[str, str] = {}  # folded full form -> key
        self.by_short: dict[str, set] = defaultdict(set)  # folded short -> keys
        self.by_first: dict[str, set] = defaultdict(set)  # folded first name -> keys
        self.holders: dict[tuple, set] = defaultdict(set)
        self.holders_by_role: dict[str, set] = defaultdict(set)
        base = name_base(resources)
        self._load_people(base.rows("people", strict=True))
        self.role_phrases: list[RolePhrase] = []
        self.role_also: dict[str, set] = defaultdict(set)
        self._load_roles(base.rows("roles", strict=True))
        self.fillers = {w.lower() for w in resources.words("role_fillers")}
        self.places = base.rows("places", strict=True)
        self.orgs = base.rows("orgs", strict=True)
        self._build_where()
        self._build_role_re()
        self.known_surnames = set(self.by_short)

    # people
    def _load_people(self, rows):
        for r in rows:
            name = r["name"].strip()
            if not name:
                continue
            p = self.people.get(name)
            if p is None:
                p = self.people[name] = Person(name, [name])
            for v in _split(r.get("variants", "")):
                if v not in p.forms:
                    p.forms.append(v)
            shorts = _split(r.get("short", ""))
            for f in p.forms:
                d = derive_short(f)
                if d and not any(f.endswith(" " + s) for s in shorts):
                    shorts.append(d)
            for s in shorts:
                if s not in p.shorts:
                    p.shorts.append(s)
            if r.get("role"):
                p.roles.add((r["role"], r.get("where", "")))
                if (r.get("start") or "").strip():
                    p.tenures.setdefault((r["role"], r.get("where", "")), []).append(
                        ((r.get("start") or "").strip(), (r.get("end") or "").strip()))
                self.holders[(r["role"], r.get("where", ""))].add(name)
                self.holders_by_role[r["role"]].add(name)
        for p in self.people.values():
            for f in p.forms:
                self.by_form[fold(f)] = p.key
                first, sur = split_name(f, p.shorts)
                if sur:
                    p.firsts.add(fold(first))
                    self.by_first[fold(first)].add(p.key)
                    self.by_first[fold(first.split()[0])].add(p.key)
                    p.surnames.add(squash(sur))
            for s in p.shorts:
                self.by_short[fold(s)].add(p.key)
                p.surnames.add(squash(s))
        # spelling keys (case, accents, hyphens, spaces ignored) of every full and short form
        self.by_squash: dict[str, str] = {}
        for p in self.people.values():
            for f in [*p.forms, *p.shorts]:
                self.by_squash.setdefault(squash(f), p.key)

    # roles
    def _load_roles(self, rows):
        for r in rows:
            where = frozenset(_split(r.get("where", "")))
            also = frozenset(_split(r.get("also", "")))
            self.role_also[r["role"]].update(also)
            for ph in _split(r.get("fr", "")):
                self.role_phrases.append(RolePhrase(r["role"], ph, where, also))

    # where: nationality adjectives and "de la France", "de l'OTAN"...
    def _build_where(self):
        adj: dict[str, set] = defaultdict(set)
        names: dict[str, set] = defaultdict(set)
        for r in self.places:
            if r.get("kind") != "country":
                continue
            for a in _split(r.get("adj_fr", "")):
                adj[a].add(r["code"])
            for n in [r["name_fr"], *_split(r.get("variants", "")), *_split(r.get("aliases", ""))]:
                names[n].add(r["code"])
        for r in self.orgs:
            for a in _split(r.get("adj_fr", "")):
                adj[a].add(r["code"])
            for n in [r["name_fr"], r.get("acronym_fr", ""), *_split(r.get("variants", ""))]:
                if n:
                    names[n].add(r["code"])
        self.where_codes: dict[str, frozenset] = {}
        for k, v in list(adj.items()) + list(names.items()):
            self.where_codes[fold(k)] = frozenset(self.where_codes.get(fold(k), frozenset()) | v)
        adj_alt = trie_regex(adj)
        name_alt = trie_regex(names)
        prep = r"(?i:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|d['’]|de)[ \u00a0]*"
        self.where_re = re.compile(
            rf"(?<![\w'’-])(?:(?P<adj>{adj_alt})|{prep}(?P<name>{name_alt}))(?![\w-])")

    def _build_role_re(self):
        # a role phrase is a head word ("ministre"), maybe a masked country/organisation, then the
        # rest ("des Affaires étrangères"); the pair is checked against the phrase list afterwards
        self.role_by_phrase: dict[str, list[RolePhrase]] = defaultdict(list)
        heads, rests = set(), set()
        for rp in self.role_phrases:
            self.role_by_phrase[fold(squash_spaces(rp.phrase))].append(rp)
            w = rp.phrase.split()
            heads |= {w[0], w[0][:1].upper() + w[0][1:], w[0][:1].lower() + w[0][1:]}
            if len(w) > 1:
                rests.add(" ".join(w[1:]))
        self.role_re = re.compile(
            rf"(?<![\w'’-])(?P<head>{trie_regex(heads)})(?![\w-])"
            rf"(?:(?P<mask>[ \u00a0]+\x00+)?[ \u00a0]+(?P<rest>{trie_regex(rests)})(?![\w-]))?")
        fill = "|".join(re.escape(f) for f in sorted(self.fillers, key=len, reverse=True))
        self.filler_re = re.compile(rf"[ \u00a0]+(?:{fill})(?![\w-])", re.IGNORECASE) if fill else None

    def role_of(self, matched: str) -> list[RolePhrase]:
        return self.role_by_phrase.get(fold(squash_spaces(matched.replace("\x00", ""))), [])

    # queries
    def known_key(self, form: str) -> str | None:
        f = fold(form)
        if f in self.by_form:
            return self.by_form[f]
        keys = self.by_short.get(f)
        if keys:
            return sorted(keys)[0]
        return None

    def tenures_of(self, key: str, roles: set, where: set) -> list | None:
        """The person's tenures in these roles (and where), or None when one of the matching
        roles has no dates (nothing to check)."""
        expanded = set(roles)
        for r in roles:
            expanded |= self.role_also.get(r, set())
        out = []
        for (role, w), spans in self.people[key].tenures.items():
            if role in expanded and (not where or w in where):
                out.extend(spans)
        held = [(r, w) for r, w in self.people[key].roles if r in expanded and (not where or w in where)]
        if not held or any((r, w) not in self.people[key].tenures for r, w in held):
            return None
        return out

    def holders_for(self, roles: set, where: set) -> set:
        expanded = set(roles)
        for r in roles:
            expanded |= self.role_also.get(r, set())
        out = set()
        for r in expanded:
            if where:
                for w in where:
                    out |= self.holders.get((r, w), set())
            else:
                out |= self.holders_by_role.get(r, set())
        return out


def trie_regex(phrases) -> str:
    """One regex for many literal phrases, as a character trie (much faster than a flat
    alternation); spaces match any run of spaces, both apostrophes match each other."""
    root: dict = {}
    for ph in phrases:
        node = root
        for ch in ph:
            ch = "'" if ch in "'’" else ch
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch):
        return r"[ \u00a0]+" if ch == " " else "['’]" if ch == "'" else re.escape(ch)

    def build(node) -> str:
        end = "" in node
        alts = [piece(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(root)


def _first_either_case(rx: str) -> str:
    """Let the first letter of a pattern be upper or lower case (sentence starts)."""
    c = rx[:1]
    if c.isalpha() and c.lower() != c.upper():
        return f"[{c.lower()}{c.upper()}]" + rx[1:]
    return rx


def _phrase_re(phrase: str) -> str:
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(r"[ \u00a0]+")
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def name_index(resources) -> NameIndex:
    return resources.memo(("names", "index"), lambda: NameIndex(resources))


# -- dictionary words ------------------------------------------------------------------------------

def is_common_word(word: str) -> bool:
    """Is `word`, lower-cased, an ordinary French word (not just a name)?

    wordfreq says whether it is frequent in French text; when the Hunspell French dictionary is
    installed it also says whether the word is listed in lower case (common noun/adjective/verb),
    which tells "latte" from "Kelly". Without it, frequency alone decides (stricter threshold)."""
    w = word.lower()
    z = frequency.zipf(w, "fr")
    if z < frequency.KNOWN:
        return False
    listed = hunspell.lists_common(w)
    if listed is None:
        return z >= frequency.FREQUENT_FR
    return listed


# -- role contexts ---------------------------------------------------------------------------------

@dataclass
class RoleContext:
    roles: set
    where: set
    phrase: str  # the role words as written
    start: int
    end: int


@dataclass
class RoleMention:
    ctx: RoleContext
    start: int
    end: int
    text: str


def mask_where(index: NameIndex, text: str) -> tuple[str, dict]:
    """The text with country/organisation phrases replaced by NULs of equal length, and the codes
    found at each masked start."""
    codes = {}
    parts = []
    last = 0
    for m in index.where_re.finditer(text):
        key = m.group("adj") or m.group("name")
        c = index.where_codes.get(fold(key))
        if not c:
            continue
        codes[m.start()] = (m.end(), c)
        parts.append(text[last:m.start()])
        parts.append("\x00" * (m.end() - m.start()))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), codes


def role_mentions(index: NameIndex, text: str) -> list[RoleMention]:
    """Names introduced by a role ("le président français, Emmanuel Macron") or followed by one
    ("Mark Rutte, secrétaire général de l'OTAN,")."""
    masked, codes = mask_where(index, text)
    out = []
    for m in index.role_re.finditer(masked):
        rps = index.role_of(m.group("head") + " " + m.group("rest")) if m.group("rest") else []
        end = m.end()
        if not rps:
            rps = index.role_of(m.group("head"))
            end = m.end("head")
        if not rps:
            continue
        where = set()
        # codes inside the role phrase itself ("ministre russe des Affaires étrangères")
        for s, (e, c) in codes.items():
            if m.start() <= s < end:
                where |= c
        pos = end
        while True:
            if pos < len(masked) and masked[pos] in " \u00a0":
                j = pos
                while j < len(masked) and masked[j] in " \u00a0":
                    j += 1
                if j < len(masked) and masked[j] == "\x00" and j in codes:
                    e, c = codes[j]
                    where |= c
                    pos = e
                    continue
            if index.filler_re is not None:
                f = index.filler_re.match(masked, pos)
                if f:
                    pos = f.end()
                    continue
            break
        rc = _role_context(rps, where, text, m.start(), pos)
        if rc is None:
            continue
        # forward: role [where] [,] Name
        j = pos
        while j < len(text) and text[j] in " \u00a0":
            j += 1
        if j < len(text) and text[j] == ",":
            j += 1
            while j < len(text) and text[j] in " \u00a0":
                j += 1
        n = NAME_AT_RE.match(text, j) if j > pos or j == pos else None
        if n and j > end and not _is_glued(text, n.end()):
            out.append(RoleMention(rc, n.start(), n.end(), n.group()))
        # backward: Name, [le|la|l'] role
        before = text[max(0, m.start() - 80):m.start()]
        b = _BACK_RE.search(before)
        if b:
            s = m.start() - len(before) + b.start("name")
            out.append(RoleMention(rc, s, s + len(b.group("name")), b.group("name")))
    return out


_BACK_RE = re.compile(rf"(?<![\w'’-])(?P<name>{NAME_SEQ}),[ \u00a0]*(?:(?:le|la|l['’])[ \u00a0]*)?$",
                      re.IGNORECASE)


def _is_glued(text: str, end: int) -> bool:
    return end < len(text) and (text[end].isalnum() or text[end] in "'’-")


def _role_context(rps, where, text, start, end) -> RoleContext | None:
    roles = set()
    for rp in rps:
        if rp.where:
            if where and not (where & rp.where):
                continue
            roles.add(rp.role)
            if not where:
                where = set(rp.where)
        else:
            roles.add(rp.role)
    if not roles:
        return None
    return RoleContext(roles, set(where), text[start:end], start, end)


# -- matching a written name against the knowledge base ------------------------------------------

@dataclass
class Match:
    key: str  # suggested person
    suggestion: str  # what to write instead of the flagged text
    score: float  # 0..100
    why: str  # "first-name+surname" | "surname" | "first-name" | "role"


def surname_score(index: NameIndex, written: str, key: str) -> float:
    w = squash(written)
    return max((fuzz.ratio(w, s) for s in index.people[key].surnames), default=0.0)


def best_form(index: NameIndex, key: str, written_first: str | None) -> tuple[str, str]:
    """(full form, short form) of a person, preferring the first name as written."""
    p = index.people[key]
    if written_first:
        for f in p.forms:
            first, sur = split_name(f, p.shorts)
            if fold(first) == fold(written_first) or fold(first.split()[0]) == fold(written_first):
                return f, sur
    first, sur = split_name(p.key, p.shorts)
    return p.key, sur or p.key


def suffixes(text: str) -> list[tuple[int, str]]:
    """(offset, suffix) for each word start of a name sequence, longest first."""
    out = []
    for m in re.finditer(r"\S+", text):
        out.append((m.start(), text[m.start():]))
    return out


def candidates_same_first(index: NameIndex, first: str) -> set:
    return set(index.by_first.get(fold(first), ()))


# -- mentions and variants (also used across articles) ---------------------------------------------

@dataclass
class Mention:
    """One written form of a name in an article: `group` says which forms are the same name."""

    form: str
    group: str  # "spelling:<squashed>" | "place:<code>:<name_fr>" | "person:<key>" | "person-first:<key>"
    start: int
    end: int
    canonical: str | None = None  # the knowledge base's spelling, when known
    span: tuple | None = None  # (start, end) to flag when not the whole form


def _capitalised_form(w: str) -> bool:
    return len(w) >= 3 and w[0].isupper() and not w.isupper()


WORD_CAP_RE = re.compile(rf"(?<![\w'’-])[{UPPER}][\w]*(?:[-'’][\w]+)*(?![\w'’-])")


SAINT_RE = re.compile(r"^(?:Saint|Sainte|St|Ste)([ \u00a0-])")


def _spelling_key(form: str) -> str:
    """The group key of a spelling; "Saint Nicolas" (the saint) and "Saint-Nicolas" (the feast, a
    place) are different names in French, so the hyphen after Saint counts there."""
    m = SAINT_RE.match(form)
    mark = "" if m is None else ("#-" if m.group(1) == "-" else "# ")
    return "spelling:" + squash(form) + mark


def spelling_mentions(index: NameIndex, text: str) -> list[Mention]:
    """Capitalised words and short runs of them, grouped by their squashed key (case, accents,
    hyphens and spaces ignored): "LeCornu", "Lecornu" and "Le Cornu" share a group."""
    known = _known_spellings(index)
    words = [m for m in WORD_CAP_RE.finditer(text) if len(m.group()) >= 2 and not m.group().isupper()]
    out = []
    for m in words:
        w = m.group()
        if _capitalised_form(w):
            out.append(Mention(w, _spelling_key(w), m.start(), m.end(), known.get(squash(w))))
    # two or three capitalised words in a row, separated by one space ("Le Cornu", "Van Rompuy")
    for i in range(len(words)):
        for n in (2, 3):
            if i + n > len(words):
                break
            run = words[i:i + n]
            if any(text[a.end():b.start()] not in (" ", "\u00a0") for a, b in zip(run, run[1:])):
                break
            s, e = run[0].start(), run[-1].end()
            form = text[s:e]
            out.append(Mention(form, _spelling_key(form), s, e, known.get(squash(form))))
    return out


def _known_spellings(index: NameIndex) -> dict:
    def build():
        out = {}
        for p in index.people.values():
            for f in [p.key, *p.shorts]:
                for part in [f, *f.split()]:
                    out.setdefault(squash(part), part)
        for r in index.places:
            for f in (r.get("name_fr", ""), r.get("capital_fr", "")):
                if f:
                    out.setdefault(squash(f), f)
        for r in index.orgs:
            if r.get("name_fr"):
                out.setdefault(squash(r["name_fr"]), r["name_fr"])
        return out
    if getattr(index, "_known", None) is None:
        index._known = build()
    return index._known


class VariantTable:
    """Listed spelling variants (places.tsv `variants`, people.tsv `variants`/`short`)."""

    def __init__(self, index: NameIndex):
        self.index = index
        self.form_groups: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
        for r in index.places:
            forms = [r["name_fr"], *_split(r.get("variants", ""))]
            if len(forms) < 2:
                continue
            g = f"place:{r['code']}:{r['name_fr']}"
            for f in forms:
                self.form_groups[f].append((g, r["name_fr"], None))
        for p in index.people.values():
            if len(p.forms) < 2 and len(p.shorts) < 2:
                continue
            for f in p.forms:
                first, sur = split_name(f, p.shorts)
                self.form_groups[f].append((f"person-first:{p.key}", p.key, first if sur else None))
            for s in p.shorts:
                self.form_groups[s].append((f"person:{p.key}", split_name(p.key, p.shorts)[1] or p.key, None))
        self.regex = re.compile(r"(?<![\w'’-])(?:" + trie_regex(self.form_groups) + r")(?![\w'’-])")

    def mentions(self, text: str) -> list[Mention]:
        out = []
        for m in self.regex.finditer(text):
            form = squash_spaces(m.group())
            for group, canonical, first in self.form_groups.get(form, ()):
                if group.startswith("person-first:"):
                    # the whole name counts for its first-name group and its surname group
                    key = group.split(":", 1)[1]
                    p = self.index.people[key]
                    f_first, sur = split_name(form, p.shorts)
                    out.append(Mention(f_first, group, m.start(), m.end(), split_name(p.key, p.shorts)[0],
                                       span=(m.start(), m.start() + len(f_first))))
                    if sur:
                        s = m.end() - len(sur)
                        out.append(Mention(sur, f"person:{key}", s, m.end(),
                                           split_name(p.key, p.shorts)[1] or None))
                else:
                    out.append(Mention(form, group, m.start(), m.end(), canonical))
        return out


def variant_table(resources) -> VariantTable:
    return resources.memo(("names", "variants"), lambda: VariantTable(name_index(resources)))


def conflicting(a: str, b: str, group: str) -> bool:
    """Are two forms of one group real spelling variants (not a name and a shorter form of it)?"""
    if a == b:
        return False
    ta, tb = re.split(r"[\s\-]+", a), re.split(r"[\s\-]+", b)
    for x, y in ((ta, tb), (tb, ta)):
        if len(x) < len(y) and y[-len(x):] == x:
            return False
    if group.startswith("spelling:"):
        # apostrophe style is typography, and ALL CAPS is a heading
        if a.replace("’", "'") == b.replace("’", "'") or a.isupper() or b.isupper():
            return False
    if group.startswith("person-first:"):
        fa, fb = fold(a), fold(b)
        # nicknames and added initials are not spelling variants
        if fa.split()[0] == fb.split()[0]:
            return False
    return True


def _regular_case(form: str) -> bool:
    return all(p[:1].isupper() and (len(p) == 1 or p[1:].islower()) or p.lower() in PARTICLES
               for p in re.split(r"[\s\-]+", form) if p)


def preferred_form(counts: Counter, canonical: str | None, first_seen: dict, canonical_first: bool) -> str:
    """Which form of a group the others should follow. Spelling slips (case, accents, hyphens):
    the knowledge base's spelling when used, else the most frequent. Accepted variants (Kiev/Kyiv):
    the most frequent, then the canonical one. Then regular casing, accents, the earliest."""
    if canonical_first and canonical and canonical in counts:
        return canonical

    def rank(f):
        return (counts[f], f == canonical, _regular_case(f), fold(f) != f.lower(), -first_seen.get(f, 0))
    return max(counts, key=rank)


def variant_groups(mentions: list[Mention]) -> list[dict]:
    """Groups with conflicting forms: {"group", "preferred", "counts", "flag": [mentions]}."""
    by_group: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_group[m.group].append(m)
    out = []
    for g, ms in by_group.items():
        counts = Counter(m.form for m in ms)
        if len(counts) < 2:
            continue
        first_seen = {}
        for m in ms:
            first_seen.setdefault(m.form, m.start)
        canonical = next((m.canonical for m in ms if m.canonical), None)
        pref = preferred_form(counts, canonical, first_seen, g.startswith("spelling:"))
        bad = {f for f in counts if f != pref and conflicting(f, pref, g)}
        if bad and g.startswith("spelling:") and any(" " not in f and is_common_word(f) for f in counts):
            continue  # sentence-initial ordinary words ("Ou" / "Où", "La" / "Là"), not names
        if bad:
            out.append({"group": g, "preferred": pref, "counts": dict(counts),
                        "flag": [m for m in ms if m.form in bad]})
    # a flagged run that holds another flagged form ("Thule Side Kick" around "Side Kick"): keep the inner one
    spans = [(m.span or (m.start, m.end)) for g in out for m in g["flag"]]
    for g in out:
        g["flag"] = [m for m in g["flag"] if not any(
            (a, b) != (m.span or (m.start, m.end)) and (m.span or (m.start, m.end))[0] <= a
            and b <= (m.span or (m.start, m.end))[1] for a, b in spans)]
    return [g for g in out if g["flag"]]


def collect_mentions(text: str, resources) -> list[Mention]:
    """All name mentions of one article that the consistency rules compare (for batch use too)."""
    index = name_index(resources)
    return spelling_mentions(index, text) + variant_table(resources).mentions(text)


def cross_article_variants(mentions_by_article, resources=None) -> list[dict]:
    """Spelling variants of one name across several articles.

    mentions_by_article: {article_id: [Mention, ...]} as returned by collect_mentions() (or
    {article_id: text} when `resources` is given: mentions are then collected here), in input order.
    Returns one dict per name written in more than one way across the batch:
      {"group": str, "preferred": form, "counts": {form: n}, "articles": {form: [article ids]}}
    The preferred form is the knowledge base's spelling when used, else the most frequent one, else
    the one met first (input order, then position in the article). Only names whose differing forms
    are in at least two articles count: within one article they are MTA250/MTA251 findings.
    Forms are listed in the order they are met; the result depends only on the input order.
    """
    by_group: dict[str, list[tuple]] = defaultdict(list)  # group -> [(rank, article id, mention)]
    for rank, (aid, ms) in enumerate(mentions_by_article.items()):
        if isinstance(ms, str):
            ms = collect_mentions(ms, resources)
        for m in ms:
            by_group[m.group].append((rank, aid, m))
    out = []
    for g in sorted(by_group):
        items = sorted(by_group[g], key=lambda x: (x[0], x[2].start, x[2].end))
        counts = Counter(m.form for _r, _a, m in items)  # forms in the order they are met
        if len(counts) < 2:
            continue
        first_seen = {}
        for n, (_r, _a, m) in enumerate(items):
            first_seen.setdefault(m.form, n)
        canonical = next((m.canonical for _r, _a, m in items if m.canonical), None)
        pref = preferred_form(counts, canonical, first_seen, g.startswith("spelling:"))
        bad = {f for f in counts if f != pref and conflicting(f, pref, g)}
        if bad and g.startswith("spelling:") and any(" " not in f and is_common_word(f) for f in counts):
            continue  # sentence-initial ordinary words ("Ou" / "Où", "La" / "Là"), not names
        if bad:
            out.append((g, pref, counts, [(rank, aid, m) for rank, aid, m in items if m.form in bad or m.form == pref]))
    # a flagged run that holds another flagged form in the same article ("Thule Side Kick" around
    # "Side Kick"): keep the inner one
    spans = defaultdict(set)
    for g, pref, counts, items in out:
        for rank, aid, m in items:
            if m.form != pref:
                spans[rank].add(m.span or (m.start, m.end))

    def outer(rank, m):
        a0, b0 = m.span or (m.start, m.end)
        return any((a, b) != (a0, b0) and a0 <= a and b <= b0 for a, b in spans[rank])

    rows = []
    for g, pref, counts, items in out:
        kept = [(rank, aid, m) for rank, aid, m in items if m.form == pref or not outer(rank, m)]
        if not any(m.form != pref for _r, _a, m in kept):
            continue
        if len({rank for rank, _a, _m in kept}) < 2:
            continue  # the forms that differ are all in one article: not across articles
        where: dict[str, set] = defaultdict(set)
        for _r, aid, m in by_group[g]:
            where[m.form].add(aid)
        rows.append({"group": g, "preferred": pref, "counts": dict(counts),
                     "articles": {f: sorted(where[f], key=str) for f in counts}})
    return rows
