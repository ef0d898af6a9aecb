"""Shared analysis for the untranslated-English rules (MTA401, MTA402).

Two sources of evidence, computed once per article and shared by both rules:

* names with a French form: English place, organisation and institution names from places.tsv,
  orgs.tsv and english_terms.tsv (London -> Londres, NATO -> OTAN, HQ -> QG), matched as words;
* English text: every word gets a log-odds score English vs French from wordfreq (zipf in English
  minus zipf in French, plus casing cues), and a two-state (French/English) Viterbi pass over each
  stretch of text between hard punctuation groups consecutive English words into spans. A span of
  several words must also be judged English by lingua (restricted to French and English); a
  sentence that is mostly English becomes one finding.

What legitimately stays English is masked first: person names (spaCy PER entities, people.tsv),
press titles, brands, institutions, loanwords and Latin (english_ok.tsv), English titles introduced
as such in quotes, English glosses in brackets, and technical tokens (command-line options, file
paths, identifiers: lang/technical.py).
"""
from __future__ import annotations

import bisect
import importlib.util
import itertools
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache

from ...i18n import _, quote
from ...lang import frequency
from ...lang.grammalecte import french_lists
from ...lang.frequency import top_words, version as wordfreq_version, zipf_fr_en as zipf
from ...lang.names import name_base
from ...lang.addresses import url_matches
from ...lang.technical import code_spans
from ...lang.text import cells as _split, fold, squash as _squash

# -- word evidence ---------------------------------------------------------------------------------

FRENCH_LETTERS = set("àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŸŒÆ")
ELISION = re.compile(r"^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\w)", re.I)
TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*")
# Viterbi costs, in log10 units: entering English, leaving it, staying in it, crossing a comma.
ENTER, LEAVE, STAY, COMMA = 2.3, 0.4, 0.1, 0.5
TITLE_RUN_BONUS = 0.6  # per word of a run of >= 2 capitalised words (English title case)
ABSENT_FR_BONUS = 0.5  # a lower-case word French does not use at all
POSSESSIVE_BONUS = 1.0  # "Trump's"
LINGUA_MIN = 0.4  # a span of several words must be at least this English for lingua
SENTENCE_SHARE = 0.6  # share of a sentence's words in English spans to report the whole sentence
SENTENCE_LINGUA = 0.7
SINGLE_LOWER = 2.2  # a lone lower-case word this English is reported on its own
SINGLE_INITIAL = 2.5  # same for a capitalised word opening a sentence (no title-case evidence there)

_lock = threading.Lock()
_lingua = None
_lingua_state = None  # None: not tried; False: unavailable


_accent_map = None


def accent_map() -> dict:
    """French words written without their accents -> best zipf of the accented form ("decision")."""
    global _accent_map
    if _accent_map is None:
        with _lock:
            if _accent_map is None:
                from ...diskmemo import load_or_build, source_digest

                # ~10,000 zipf look-ups (about 1 s): kept on disk, keyed on wordfreq and this module
                _accent_map = load_or_build("accents", (wordfreq_version(), source_digest(__file__)),
                                            _build_accent_map)
    return _accent_map


def _build_accent_map() -> dict:
    out = {}
    for w in top_words("fr", 40000):  # [] without wordfreq
        if any(c in FRENCH_LETTERS for c in w):
            k = fold(w)
            if k not in out:
                out[k] = frequency.zipf(w, "fr")
    return out


def lingua_detector():
    """lingua restricted to French and English, built once per process (None when not installed)."""
    global _lingua, _lingua_state
    if _lingua_state is None:
        with _lock:
            if _lingua_state is None:
                try:
                    from lingua import Language, LanguageDetectorBuilder

                    _lingua = (LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH)
                               .build(), Language.ENGLISH)
                    _lingua[0].compute_language_confidence("warm up the models", Language.ENGLISH)
                    _lingua_state = True
                except Exception:
                    _lingua_state = False
    return _lingua if _lingua_state else None


@lru_cache(maxsize=20000)
def english_confidence(text: str) -> float | None:
    det = lingua_detector()
    if det is None:
        return None
    return det[0].compute_language_confidence(text, det[1])


@lru_cache(maxsize=1)
def lingua_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("lingua-language-detector")
    except Exception:
        return None


@lru_cache(maxsize=200_000)
def word_score(lower: str) -> float:
    """Log-odds (base 10) that a lower-case word is English rather than French, before context."""
    if any(c in FRENCH_LETTERS for c in lower):
        return -3.0
    if lower[:1].isalpha() and any(c.isdigit() for c in lower) and "-" not in lower:
        return 0.0  # letters, then digits: a format, a codec, a version (« m4a », « h264 », « ipv6 »), no word
    if "-" in lower:
        # French borrowed many English compounds with a hyphen; the weakest part decides
        return min(word_score(p) for p in lower.split("-") if p)
    if lower.endswith(("'s", "’s")) and len(lower) > 3:
        return min(3.0, max(word_score(lower[:-2]), 0.5) + POSSESSIVE_BONUS)
    fr, en = zipf(lower.replace("’", "'"))
    if fr == 0 and en == 0:
        return 0.0
    d = en - fr
    if d > 0:
        acc = accent_map().get(lower)
        if acc is not None and acc >= 3.0 and acc >= en - 1.5:
            return min(d, 0.5)  # also a French word without its accents ("decision"): weak evidence
        if fr < 1.5 and en >= 3.0:
            d += ABSENT_FR_BONUS
    return max(-3.0, min(3.0, d))


# -- tokens ----------------------------------------------------------------------------------------

@dataclass
class Tok:
    start: int
    end: int
    text: str
    lower: str
    elision: bool = False
    sent_start: bool = False
    score: float = 0.0
    masked: bool = False
    english: bool = False  # in an English span found by the model
    name_hit: object = None  # NameHit covering it

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def upper(self) -> bool:
        return len(self.text) >= 2 and self.text.isupper()

    @property
    def alpha(self) -> bool:
        return any(c.isalpha() for c in self.text)


# Between two tokens: a hard break ends a stretch; a comma costs COMMA to stay English across.
HARD = re.compile(r"[.!?;:«»\"“”()\[\]|•…/\n\t]|\s[–—-]\s|^[–—-]\s|\s[–—-]$")
SOFT = re.compile(r"[,]")
SENT_END = re.compile(r"[.!?…:«»\"“”(\[–—•\n]|^\s*-\s")


GLUE = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z])")


def _glued_words(text, start, end):
    """Word matches, split where scraping glued two words ("stepsDurable" -> "steps", "Durable")."""
    for m in TOKEN_RE.finditer(text, start, end):
        w = m.group()
        if w[:1].islower() and GLUE.search(w):
            pos = m.start()
            for part in GLUE.split(w):
                yield pos, pos + len(part), part
                pos += len(part)
        else:
            yield m.start(), m.end(), w


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    end = len(text) if end is None else end
    toks: list[Tok] = []
    growing = None  # a lower-case hyphenated compound still taking words: its text is set when it stops

    def settle():
        if growing is not None:
            growing.text = text[growing.start:growing.end]
            growing.lower = growing.text.lower()

    for m in _glued_words(text, start, end):
        s, e, w = m
        el = ELISION.match(w)
        if el and el.end() < len(w):
            settle()
            growing = None
            toks.append(Tok(s, s + el.end(), w[:el.end()], w[:el.end()].lower(), elision=True))
            s, w = s + el.end(), w[el.end():]
        prev = toks[-1] if toks else None
        # (a compound already grown is lower-case letters and hyphens: no need to look at it again)
        if prev is not None and not prev.elision and text[prev.end:s] == "-" and w.islower() \
                and (prev is growing or prev.text.replace("-", "").isalpha() and prev.text.islower()) and w.isalpha():
            # a lower-case hyphenated compound is one word ("burn-out", "cessez-le-feu")
            prev.end = e
            growing = prev
            continue
        settle()
        growing = None
        toks.append(Tok(s, e, w, w.lower()))
    settle()
    return toks


def gap(text: str, a: Tok, b: Tok) -> str:
    return text[a.end:b.start]


def _within(toks, starts, a, b) -> list:
    """The tokens t with a <= t.start and t.end <= b, in order; toks as tokenize() gives them (in
    order, not overlapping, so their ends rise too), starts their start offsets."""
    i = bisect.bisect_left(starts, a)
    j = i
    n = len(toks)
    while j < n and toks[j].end <= b:
        j += 1
    return toks[i:j]


PHRASE_GAP = re.compile(r"[ \u00a0.-]*")


class PhraseIndex:
    """Phrases as token sequences, found by dictionary lookups on the article's tokens (faster than
    one big regex alternation). Spaces and hyphens between words are interchangeable."""

    def __init__(self, fold_case: bool = False):
        self.fold_case = fold_case
        self.first: dict = {}

    def _key(self, phrase: str) -> tuple:
        return tuple(t.lower if self.fold_case else t.text for t in tokenize(phrase))

    def add(self, phrase: str, payload) -> None:
        forms = {phrase, phrase.replace("-", " ")}
        for form in forms:
            key = self._key(form)
            if key:
                lst = self.first.setdefault(key[0], [])
                if all(k != key for k, _ in lst):
                    lst.append((key, payload))
                    lst.sort(key=lambda kp: -len(kp[0]))

    def __bool__(self) -> bool:
        return bool(self.first)

    def find(self, text: str, toks: list):
        """(first token index, last token index, payload) of each longest match, left to right."""
        i, n = 0, len(toks)
        while i < n:
            cands = self.first.get(toks[i].lower if self.fold_case else toks[i].text)
            hit = None
            for key, payload in cands or ():
                j = i + len(key) - 1
                if j >= n:
                    continue
                if all((toks[k].lower if self.fold_case else toks[k].text) == key[k - i]
                       for k in range(i + 1, j + 1)) and \
                        all(PHRASE_GAP.fullmatch(text, toks[k].end, toks[k + 1].start) for k in range(i, j)):
                    hit = (i, j, payload)
                    break
            if hit:
                yield hit
                i = hit[1] + 1
            else:
                i += 1


# -- data indexes (built once per Resources) -------------------------------------------------------

@dataclass
class NameEntry:
    english: str
    french: list
    kind: str  # place | org | acronym | term
    severity: str = "minor"
    head: bool = False


SPELLING_PAIRS = (("Defense", "Defence"), ("Organization", "Organisation"), ("Program", "Programme"),
                  ("Labor", "Labour"), ("Center", "Centre"))


def spelling_variants(name: str) -> list:
    """American and British spellings of an English name ("Defense"/"Defence")."""
    out = []
    for us, uk in SPELLING_PAIRS:
        for a, b in ((us, uk), (uk, us)):
            if re.search(rf"\b{a}\b", name):
                out.append(re.sub(rf"\b{a}\b", b, name))
    return out


def build_shared_names(resources):
    """One index of the multi-word French names of places and organisations (name_fr, capital_fr):
    French keeps many of them in their English form, so they are names wherever they appear."""
    rx = PhraseIndex()
    base = name_base(resources)
    for table, cols in (("places", ("name_fr", "capital_fr")), ("orgs", ("name_fr",))):
        for name in base.names(table, cols):
            if " " in name.strip():
                rx.add(name.strip(), table)
    return rx


def build_names(resources) -> tuple:
    """English forms with a French form -> NameEntry, and one regex matching them all."""
    french_forms = set()
    entries: dict[str, NameEntry] = {}

    base = name_base(resources)
    places, orgs, terms = base.rows("places"), base.rows("orgs"), base.rows("english_terms")
    for r in places:
        for col in ("name_fr", "capital_fr"):
            if r.get(col):
                french_forms.add(_squash(r[col]))
        for v in _split(r.get("variants", "")) + _split(r.get("aliases", "")):
            french_forms.add(_squash(v))
    for r in orgs:
        for col in ("name_fr", "acronym_fr"):
            if r.get(col):
                french_forms.add(_squash(r[col]))
        for v in _split(r.get("variants", "")):
            french_forms.add(_squash(v))

    def add(english, french, kind, severity="minor", head=False):
        english = (english or "").strip()
        if not english or not french or english in entries:
            return
        if _squash(english) in french_forms or any(_squash(english) == _squash(f) for f in french):
            return  # French uses the same form (Washington) or only its accents differ (Bogotá)
        entries[english] = NameEntry(english, french, kind, severity or "minor", head)

    for r in places:
        add(r.get("name_en"), _split(r.get("name_fr")), "place")
        add(r.get("capital_en"), _split(r.get("capital_fr")), "place")
    for r in orgs:
        if r.get("acronym_en") and r.get("acronym_fr") and r["acronym_en"].isupper():
            add(r["acronym_en"], [r["acronym_fr"]], "acronym")
        add(r.get("name_en"), _split(r.get("name_fr")), "org")
    for r in terms:
        fr = _split(r.get("french"))
        kind = "acronym" if r.get("english", "").isupper() else "term"
        add(r.get("english"), fr, kind, r.get("severity") or "minor", r.get("position") == "head")
    for eng, entry in list(entries.items()):
        for v in spelling_variants(eng):
            entries.setdefault(v, entry)
    if not entries:
        return entries, None, frozenset(french_forms)
    rx = PhraseIndex()
    for eng, entry in entries.items():
        rx.add(eng, entry)
        if not eng.isupper() and len(eng) > 3:
            rx.add(eng.upper(), entry)
    return entries, rx, frozenset(french_forms)


def _ending_with(cues):
    """A pattern for text that ends with one of cues and a space (an apostrophe either way), or None."""
    if not cues:
        return None
    alts = [re.escape(c).replace("'", "['’]").replace(r"\ ", r"[ \u00a0]+") for c in sorted(cues)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")[ \u00a0]+$", re.IGNORECASE)


def build_ok(resources) -> dict:
    """english_ok.tsv as matchers: phrase regexes by kind, press words, title and gloss cues."""
    try:
        rows = resources.table("english_ok")
    except Exception:
        rows = []
    cased, lower, press_words, title_cues, gloss_cues, name_cues, base_cues = [], [], set(), set(), [], set(), set()
    for r in rows:
        p, kind = r.get("phrase", "").strip(), r.get("kind", "")
        if not p:
            continue
        if kind == "press_word":
            press_words.add(p)
        elif kind == "title_cue":
            title_cues.add(p.lower())
        elif kind == "name_cue":
            name_cues.add(p.lower())
        elif kind == "base_cue":
            base_cues.add(p.lower().replace("’", "'"))
        elif kind == "gloss_cue":
            gloss_cues.append(p.lower())
        else:
            (lower if p.islower() else cased).append(p)
    out = {"press_words": press_words, "title_cues": title_cues, "name_cues": name_cues,
           "gloss_cues": sorted(gloss_cues, key=len, reverse=True),
           "base_cues": _ending_with(base_cues)}
    out["cased"] = PhraseIndex()
    for p in cased:
        out["cased"].add(p, p)
        if len(p) > 3 and not p.isupper():
            out["cased"].add(p.upper(), p)
    out["lower"] = PhraseIndex(fold_case=True)
    for p in lower:
        out["lower"].add(p, p)
    return out


def build_people(resources) -> frozenset:
    """Words of known person names (people.tsv), for masking capitalised tokens."""
    return name_base(resources).person_words()


# -- analysis --------------------------------------------------------------------------------------

@dataclass
class NameHit:
    start: int
    end: int  # the English name itself
    entry: NameEntry
    span: tuple = (0, 0)  # what the finding covers (compound, dateline, "non X", "X HQ")
    message: str = ""
    fixed: str = ""  # the suggestion; in a compound, the French name that replaces this one in it
    compound: str | None = None  # the text, when span is a hyphenated compound around the name

    @property
    def suggestion(self) -> str:
        """The French for span. In a compound, built when asked: every name of a long compound
        holding its own copy of it had cost memory with the square of its length."""
        if self.compound is None:
            return self.fixed
        a, b = self.span
        return self.compound[a:self.start] + self.fixed + self.compound[self.end:b]

    @suggestion.setter
    def suggestion(self, value: str) -> None:
        self.fixed, self.compound = value, None


@dataclass
class EnglishSpan:
    start: int
    end: int
    tokens: list
    sentence: bool = False
    title_case: bool = False
    lingua: float | None = None
    names: list = field(default_factory=list)


@dataclass
class Analysis:
    names: list  # NameHit not inside an English span
    spans: list  # EnglishSpan
    engine: str


def ok_lists(res) -> dict:
    """data/english_ok.tsv's lists (build_ok), built once per resources."""
    return res.memo(("untranslated", "ok"), lambda: build_ok(res))


def analyse(ctx) -> Analysis:
    """What MTA401 and MTA402 report, computed once per article."""
    return ctx.memo("untranslated.analysis", lambda: _analyse(ctx))


def _analyse(ctx) -> Analysis:
    res = ctx.resources
    entries, names_rx, french_forms = res.memo(("untranslated", "names"), lambda: build_names(res))
    shared_rx = res.memo(("untranslated", "shared-names"), lambda: build_shared_names(res))
    ok = ok_lists(res)
    people = res.memo(("untranslated", "people"), lambda: build_people(res))
    text = ctx.text
    toks = tokenize(text)
    _mark_sentence_starts(text, toks)
    masked = _masked_ranges(ctx, text, toks, ok, people) + code_spans(ctx)  # --options, /paths, program_identifiers
    # a place or organisation written as French writes it ("New York", "Wall Street") is a name, not English
    masked = masked + [(toks[i].start, toks[j].end) for i, j, _ in shared_rx.find(text, toks)] if shared_rx else masked
    _mark_masked(toks, masked)
    caps_lines = _caps_lines(text)
    lookup = res.memo(("untranslated", "names-lookup"), lambda: NameLookup(entries))
    hits = _name_hits(text, toks, entries, names_rx, masked, caps_lines, french_forms, lookup)
    have_wf = wordfreq_version() is not None
    spans = _english_spans(text, toks, hits, ok, caps_lines) if have_wf else []
    # a name inside an English span is reported with the span, not on its own
    free = []
    first_around = _FirstAround(spans)
    for h in hits:
        sp = first_around(h.span[0], h.span[1])
        if sp is not None:
            sp.names.append(h)
        else:
            free.append(h)
    return Analysis(free, spans, engine_name())


def engine_name(build: bool = True) -> str:
    """The engine the report names for these rules: wordfreq and lingua with their versions, or
    names-only (runner.current_engines compares it with a stored report's). build=False does not
    build lingua's detector (0.7 s) when no audit has: an installed lingua is taken to work."""
    have_wf = wordfreq_version() is not None
    if build or _lingua_state is not None:
        have_lingua = lingua_detector() is not None
    else:
        have_lingua = importlib.util.find_spec("lingua") is not None
    return "+".join(x for x in (
        f"wordfreq-{wordfreq_version()}" if have_wf else "",
        f"lingua-{lingua_version()}" if have_lingua and have_wf else "",
    ) if x) or "names-only"


class _FirstAround:
    """The first span in the list with start <= s and e <= end, or None. The spans come sorted by
    start (_sentences sorts them): the candidates are a prefix of the list, and the first with a
    large enough end is where the running maximum of the ends first reaches e (one bisect each)."""

    def __init__(self, spans):
        self.spans = spans
        self.sorted = all(spans[k].start <= spans[k + 1].start for k in range(len(spans) - 1))
        self.starts = [sp.start for sp in spans]
        self.max_end = list(itertools.accumulate((sp.end for sp in spans), max))

    def __call__(self, s, e):
        if not self.sorted:  # not met: the plain scan
            return next((sp for sp in self.spans if sp.start <= s and e <= sp.end), None)
        k = bisect.bisect_right(self.starts, s)  # spans[:k] start at or before s
        i = bisect.bisect_left(self.max_end, e, 0, k)  # the first of them to end at or after e
        return self.spans[i] if i < k else None


def _mark_masked(toks, ranges):
    """Set Tok.masked for tokens inside one of the ranges (one sweep over sorted ranges)."""
    ranges = sorted(ranges)
    starts = [a for a, _ in ranges]
    best_end = []
    m = -1
    for _, b in ranges:
        m = max(m, b)
        best_end.append(m)
    for t in toks:
        i = bisect.bisect_right(starts, t.start) - 1
        if i >= 0 and best_end[i] >= t.end:
            t.masked = True


def _mark_sentence_starts(text, toks):
    """Tok.sent_start: first word of the text, a line, a sentence, a quote or a bracket."""
    for i, t in enumerate(toks):
        t.sent_start = i == 0 or bool(SENT_END.search(gap(text, toks[i - 1], t)))
    # the word after an elision shares its sentence start
    for i in range(1, len(toks)):
        if toks[i - 1].elision and toks[i - 1].end == toks[i].start:
            toks[i].sent_start = toks[i - 1].sent_start


def _caps_lines(text) -> list:
    """(start, end) of lines written mostly in capitals (headlines), where acronyms cannot be told."""
    out = []
    pos = 0
    for line in text.split("\n"):
        n_up = sum(map(str.isupper, line))
        n_low = sum(map(str.islower, line))
        if n_up > 0.7 * (n_up + n_low) and len(re.findall(r"[^\W\d_]{2,}", line)) >= 3:
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _in(ranges, s, e) -> bool:
    """Is [s, e] inside one of the ranges? ranges: sorted and apart (_caps_lines' lines), so only
    the last one starting at or before s can hold it."""
    k = bisect.bisect_right(ranges, (s, float("inf"))) - 1
    return k >= 0 and e <= ranges[k][1]


def _masked_ranges(ctx, text, toks, ok, people) -> list:
    ranges = []
    for ent in ctx.entities:
        if ent.label == "PER":
            ranges.append((ent.start, ent.end))
    for t in toks:
        if t.cap and t.text in people:
            ranges.append((t.start, t.end))
    if ok.get("cased"):
        for i, j, _ in ok["cased"].find(text, toks):
            ranges.append((toks[i].start, toks[j].end))
    if ok.get("lower"):
        for i, j, _ in ok["lower"].find(text, toks):
            s = text[toks[i].start:toks[j].end]
            if s.islower() or (s[:1].isupper() and s[1:].islower() and toks[i].sent_start):
                ranges.append((toks[i].start, toks[j].end))
    ranges += _press_titles(text, toks, ok)
    ranges += _apposed_names(text, toks, ok)
    titles = _quoted_titles(text, ok)
    ranges += titles
    ranges += _named_term_uses(text, toks, titles)
    ranges += _glosses(text, ok)
    ranges += [m.span() for m in ACRONYM_COMPOUND.finditer(text)]  # « DNS-over-HTTPS »: a protocol's name
    ranges += [(m.start(), m.end()) for m in url_matches(text)  # web addresses and e-mails,
               if not GLUED_RX.search(m.group())]  # not words glued to one ("warrantyAmazon.com")
    ranges += [(m.start(), m.end()) for m in PLACEHOLDER_RX.finditer(text)]  # #NUMBER#, {{name}}
    return ranges


def _named_term_uses(text, toks, titles) -> list:
    """Later uses of a one- or two-word term the article introduced by name ("ce que l'on appelle
    *awareness*" ... "un taux d'awareness"): the writer chose to keep it, so it is not left over."""
    terms = set()
    starts = [t.start for t in toks]
    for a, b in titles:
        words = [t.lower for t in _within(toks, starts, a, b) if not t.elision]
        if 1 <= len(words) <= 2:
            terms.add(tuple(words))
    out = []
    if not terms:
        return out
    lengths = sorted({len(term) for term in terms})
    for i, t in enumerate(toks):
        for n in lengths:  # a set look-up per length, not a comparison per term
            j = i + n
            if j <= len(toks) and tuple(x.lower for x in toks[i:j]) in terms:
                out.append((t.start, toks[j - 1].end))
    return out


FRENCH_INTRO = {"le", "la", "les", "l'", "l’", "du", "des", "au", "aux", "de", "d'", "d’", "dans", "selon",
                "par", "sur", "à", "a", "quotidien", "journal", "magazine", "hebdomadaire", "site", "chaîne",
                "agence", "média", "titre", "revue", "télévision", "radio"}


def _press_titles(text, toks, ok) -> list:
    """A capitalised run ending with a press word, after a French determiner or preposition, or
    at the end of a headline after a dash (the source site)."""
    out = []
    words = ok.get("press_words") or set()
    for i, t in enumerate(toks):
        if t.text not in words or not t.cap:
            continue
        j = i
        while j > 0 and toks[j - 1].cap and not toks[j - 1].elision and toks[j - 1].lower not in FRENCH_INTRO \
                and re.fullmatch(r"[ \u00a0-]*", gap(text, toks[j - 1], toks[j])):
            j -= 1
        if j == i and i > 0 and toks[i - 1].lower not in FRENCH_INTRO:
            continue
        before = toks[j - 1] if j > 0 else None
        prefix = text[before.end:toks[j].start] if before else text[:toks[j].start]
        line_start = text.rfind("\n", 0, toks[j].start) + 1
        line_end = text.find("\n", t.end)
        line_end = len(text) if line_end < 0 else line_end
        headline_tail = (re.search(r"\s[–—|-]\s*$", prefix) is not None
                         and not re.search(r"[.!?]", text[line_start:line_end].rstrip(".!? ")[-1:] or "")
                         and text[t.end:line_end].strip() == "")
        if (before is not None and before.lower in FRENCH_INTRO and re.fullmatch(r"[ \u00a0]*", prefix)) \
                or headline_tail:
            out.append((toks[j].start, t.end))
    return out


def _apposed_names(text, toks, ok) -> list:
    """A capitalised run right after a classifier noun is a name ("les missiles Storm Shadow")."""
    out = []
    cues = ok.get("name_cues") or set()
    for i, t in enumerate(toks[:-1]):
        if t.lower not in cues:
            continue
        j = i + 1
        if not (toks[j].cap or toks[j].upper) or not re.fullmatch(r"[ \u00a0]+", gap(text, t, toks[j])):
            continue
        k = j
        while k + 1 < len(toks) and _joined(text, toks[k], toks[k + 1]):
            nxt = toks[k + 1]
            if nxt.cap or nxt.upper or not nxt.alpha:
                k += 1
            elif nxt.lower in EN_FUNCTION and k + 2 < len(toks) and (toks[k + 2].cap or toks[k + 2].upper) \
                    and _joined(text, nxt, toks[k + 2]):
                k += 2  # "Game of Thrones", "South by Southwest"
            else:
                break
        out.append((toks[j].start, toks[k].end))
    return out


QUOTE_RX = re.compile(r"«\s*([^«»\n]{1,120}?)\s*»|“([^“”\n]{1,120})”|\"([^\"\n]{1,120})\"|"
                      r"(?<![*\w])\*([^*\n]{1,60})\*(?![*\w])|(?<![_\w])_([^_\n]{1,60})_(?![_\w])")
PLACEHOLDER_RX = re.compile(r"#[A-Z][A-Z0-9_-]*#|\{\{[^{}\n]{1,40}\}\}")
GLUED_RX = re.compile(r"^(?!https?://|www\.)[^./@]*[a-zà-ÿ][A-Z]")


def _quoted_titles(text, ok) -> list:
    """English inside quotes right after a word that introduces a title, slogan or name."""
    out = []
    cues = ok.get("title_cues") or set()
    for m in QUOTE_RX.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        words = re.findall(r"[\w'’-]+", before.lower())[-3:]
        words += [re.sub(r"^\w['’]", "", w) for w in words]  # "s'appelle" -> "appelle"
        if any(w in cues for w in words):
            out.append((m.start(), m.end()))
    return out


# lower-case words hyphen-joined between two acronyms: a protocol's or an interface's name (« DNS-over-HTTPS »,
# « JSON-over-TCP »)
ACRONYM_COMPOUND = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]+(?:-[a-z]+)+-[A-Z][A-Z0-9]+(?![\w-])")
# a name in mixed case with two capitals or more (« TopFD », « TopPIC »), whose capitals its expansion spells
CAMEL_NAME = re.compile(r"(?<![\w-])([A-Z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)+)[ \u00a0]*$")
PAREN_RX = re.compile(r"\(((?:[^()\n]|\n(?=[ \t])){3,160})\)")  # on one line, or wrapped onto indented lines
# acronyms, then their expansion after a dash: « (STM – Scanning Tunneling Microscopy) », « (SNOM ou NSOM – Near-field
# Scanning Optical Microscopy) »
DASHED_EXPANSION = re.compile(r"([A-Z]{2,6}(?:\s+(?:ou|or|/)\s+[A-Z]{2,6})*)\s+[–—-]\s+(.+)", re.S)


def _glosses(text, ok) -> list:
    """English given in brackets as the original of a French term or the expansion of an acronym."""
    out = []
    cues = ok.get("gloss_cues") or []
    for m in PAREN_RX.finditer(text):
        inner = m.group(1).strip()
        low = inner.lower()
        if any(low.startswith(c + " ") or low.startswith(c + ":") or low.startswith(c + " :") for c in cues):
            out.append((m.start(), m.end()))
            continue
        # acronym expansion: "IISS (International Institute for Strategic Studies)" or the reverse
        before = re.search(r"(\b[A-Z]{2,6})\s*$", text[max(0, m.start() - 12):m.start()])
        acr = re.match(r"([A-Z]{2,6})\s*[,:]", inner)
        dashed = DASHED_EXPANSION.fullmatch(inner)
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", inner) if w[0].isupper())
        # or by every word's, in lower case as technical French often gives it: « CCTV (closed-circuit television) »,
        # maybe glossed in French after a dash or a colon (« PCRE (perl compatible regular expression – expressions
        # rationnelles compatibles avec Perl) »)
        head = GLOSS_AFTER.split(inner, maxsplit=1)[0]
        every = initials_of(re.findall(r"[A-Za-z]+", head))  # capital or not (« TLV (« Type-length-value ») »)
        if before and (_spells(initials, before.group(1)) or _spells(every, before.group(1).lower())):
            out.append((m.start(), m.end()))
        elif (named := CAMEL_NAME.search(text, max(0, m.start() - 30), m.start())) \
                and _spells(initials, "".join(c for c in named.group(1) if c.isupper())):  # « TopFD (Top-down …) »
            out.append((m.start(), m.end()))
        elif acr:
            out.append((m.start(), m.end()))
        elif dashed and any(_spells(_dashed_initials(dashed.group(2)), a.lower())
                            for a in ACRONYM_RX.findall(dashed.group(1))):
            out.append((m.start(), m.end()))
        elif ACRONYM_RX.fullmatch(inner):
            expansion = _expansion(text, m.start(), inner)
            if expansion is not None:
                out.append((expansion, m.end()))
    return out


def _dashed_initials(words: str) -> str:
    """The initials, in lower case, of an expansion after acronyms and a dash: of its capitalised words (« Near-field
    Scanning Optical Microscopy »), or, written all in lower case, of its words but the small ones (« one time
    password »)."""
    found = re.findall(r"[A-Za-z]+", words)
    return initials_of(found) if words.islower() else "".join(w[0] for w in found if w[0].isupper()).lower()


def _spells(initials: str, acronym: str) -> bool:
    """Do the words' initials spell the acronym, its first two letters and all but one of the others?"""
    return bool(initials) and initials.startswith(acronym[:2]) and len(initials) >= len(acronym) - 1


ACRONYM_RX = re.compile(r"[A-Z]{2,6}")
GLOSS_AFTER = re.compile(r"\s[–—-]\s|\s?:\s")  # an expansion's French gloss after a dash or a colon
EXPANSION_SMALL = {"of", "and", "for", "the", "to", "in", "on", "de", "du", "des", "et"}


def initials_of(words) -> str:
    """The first letters, in lower case, of the words but the small ones an expansion skips (« of », « de »)."""
    return "".join(w[0] for w in words if w.lower() not in EXPANSION_SMALL).lower()


def _expansion(text: str, paren: int, acronym: str) -> int | None:
    """Where the words an acronym in brackets stands for begin, when they come right before it, in
    quotes or not: « dynamic kernel module support » (DKMS), Federal Bureau of Investigation (FBI)."""
    before = text[max(0, paren - 160):paren]
    words = list(re.finditer(r"[^\W\d_]+", before))
    letters, k = acronym.lower(), len(words)
    while letters and k > 0:  # the acronym's letters, last first, from the words' initials
        k -= 1
        w = words[k].group().lower()
        if w[0] == letters[-1]:
            letters = letters[:-1]
        elif w not in EXPANSION_SMALL:
            return None
    if letters:
        return None
    tail = before[words[-1].end():]
    if tail.strip(" \u00a0\u202f»”\"'") or re.search(r"[.;:!?\n]", before[words[k].start():]):
        return None  # something else between the words and the brackets, or a sentence's end among them
    return paren - len(before) + words[k].start()


def _name_hits(text, toks, entries, rx, masked, caps_lines, french_forms=frozenset(), lookup=None) -> list:
    if not rx:
        return []
    hits = []
    starts = {t.start: i for i, t in enumerate(toks)}
    overlaps = _Overlaps(masked)
    compounds = _Compounds(text)
    lookup = lookup if lookup is not None else NameLookup(entries)
    for i, j, entry in rx.find(text, toks):
        s, e = toks[i].start, toks[j].end
        if any(t.masked for t in toks[i:j + 1]) or overlaps.any(s, e):
            continue
        if entry.kind == "acronym" and (_in(caps_lines, s, e) or _caps_context(toks, i, j, french_forms)):
            continue
        h = NameHit(s, e, entry, (s, e))
        _extend(text, toks, starts, h, lookup, compounds)
        hits.append(h)
    return hits


class _Overlaps:
    """Does any of the ranges overlap [s, e) (a < e and s < b)? One bisect over the ranges sorted by
    start and the running maximum of their ends, not a scan of every range per name."""

    def __init__(self, ranges):
        ranges = sorted(ranges)
        self.starts = [a for a, _ in ranges]
        self.max_end = list(itertools.accumulate((b for _, b in ranges), max))

    def any(self, s, e) -> bool:
        k = bisect.bisect_left(self.starts, e)  # the ranges with a < e
        return k > 0 and self.max_end[k - 1] > s


WORD = re.compile(r"\w+")


class _Compounds:
    """The hyphenated compound a name sits in ("Paris-London-Berlin"): from a name's start, the
    start of the word before each "-" that follows a letter or digit; from its end, the end of the
    word after each "-" that a letter or digit follows. Each position's answer is kept, so many
    names in one long compound walk it once (each name walking it again, and slicing the text at
    every step, was cubic on a long chain of names)."""

    def __init__(self, text):
        self.text = text
        self._left: dict = {}
        self._right: dict = {}

    def left(self, a: int) -> int:
        text, memo, path = self.text, self._left, []
        while a not in memo and a >= 2 and text[a - 1] == "-" and text[a - 2].isalnum():
            path.append(a)
            a -= 1
            while a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_"):  # the \w run ending there
                a -= 1
        a = memo.get(a, a)
        for p in path:
            memo[p] = a
        return a

    def right(self, b: int) -> int:
        text, memo, path = self.text, self._right, []
        while b not in memo and b < len(text) - 1 and text[b] == "-" and text[b + 1].isalnum():
            path.append(b)
            b = WORD.match(text, b + 1).end()
        b = memo.get(b, b)
        for p in path:
            memo[p] = b
        return b


def _caps_context(toks, s, e, french_forms) -> bool:  # s, e: first and last token indexes
    """Two French words in capitals around an acronym: the text is in capitals ("DIRE À UN ADULTE")."""
    around = toks[max(0, s - 2):s] + toks[e + 1:e + 3]
    # an acronym that is also a common French word ("UN", "EU") needs only one French neighbour in capitals
    need = 1 if s == e and zipf(toks[s].lower)[0] >= 4.0 else 2
    n = 0
    for t in around:
        if t.upper and len(t.text) >= 3 and _squash(t.text) not in french_forms:
            fr, en = zipf(t.lower)
            if fr >= 3.0 and fr >= en + 0.5:
                n += 1
    return n >= need


class NameLookup:
    """The entry of a name written as matched: the first entry (in entries' order) whose English,
    spaces and hyphens squeezed, is the match, or is it in capitals (for an English that is not all
    capitals). Two dicts built once per names index (two regexes over every entry per look-up had
    cost a millisecond or more for each name after a capitalised word)."""

    def __init__(self, entries):
        self.exact: dict = {}
        self.upper: dict = {}
        for n, (eng, entry) in enumerate(entries.items()):
            k = re.sub(r"[\s-]+", " ", eng)
            self.exact.setdefault(k, (n, entry))
            if not eng.isupper():
                self.upper.setdefault(k.upper(), (n, entry))

    def __call__(self, matched):
        key = re.sub(r"[\s\u00a0-]+", " ", matched)
        found = [x for x in (self.exact.get(key), self.upper.get(key)) if x is not None]
        return min(found, key=lambda x: x[0])[1] if found else None


DATELINE_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*[–—-]")


def _dateline_at(text, s, e):
    """Only spaces between the line's start and s (looked at backwards from s: a name in a long line
    does not scan and copy the line up to it), the name in capitals, then a dash."""
    i = s
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    at_line_start = i == 0 or text[i - 1] == "\n"
    return at_line_start and text[s:e].isupper() and DATELINE_AFTER.match(text, e)


def _french_of(entry: NameEntry, upper=False) -> str:
    f = entry.french[0]
    return f.upper() if upper else f


def _with_de(entry: NameEntry | None, shown: str) -> str:
    """'de l'OTAN', 'du FMI', 'de Bruxelles' for a modifier moved after a French head noun."""
    if entry is None:
        return "de " + shown
    f = entry.french[0]
    if entry.kind in ("acronym", "org"):
        return ("de l'" + f) if fold(f[:1]) in "aeiouyh" else ("du " + f)
    return ("d'" + f) if fold(f[:1]) in "aeiouy" else ("de " + f)


def _extend(text, toks, starts, h: NameHit, lookup, compounds=None):
    """Grow the finding over the construction the English name sits in, and write the suggestion."""
    s, e = h.start, h.end
    name = text[s:e]
    fr = _french_of(h.entry, upper=name.isupper() and len(name) > 3 and h.entry.kind != "acronym")
    alts = h.entry.french[1:]
    msg = {"place": _("English place name {name} left in French text; French writes {french}."),
           "org": _("English name of an organisation {name} left in French text; French writes {french}."),
           "acronym": _("English acronym {name} left in French text; French writes {french}."),
           "term": _("English term {name} left in French text; French writes {french}.")}[h.entry.kind]
    if alts:
        msg = msg[:-1] + _(" (or {others}).").format(others=", ".join(alts))
    h.message = msg.format(name=quote(name), french=quote(h.entry.french[0]))
    h.suggestion = fr
    # a hyphenated compound: "Paris-London" -> "Paris-Londres"
    compounds = compounds or _Compounds(text)
    a, b = compounds.left(s), compounds.right(e)
    if (a, b) != (s, e):
        h.span = (a, b)
        h.fixed, h.compound = fr, text  # h.suggestion: text[a:s] + fr + text[e:b]
        return
    # dateline: "BRUSSELS –" -> "BRUXELLES –"
    if _dateline_at(text, s, e):
        m = DATELINE_AFTER.match(text, e)
        h.span = (s, m.end())
        h.suggestion = _french_of(h.entry, upper=True) + text[e:m.end()]
        h.message = _("Dateline {name} left in English; French writes {french}.").format(
            name=quote(name), french=quote(h.entry.french[0].upper()))
        return
    # "non NATO" (English "non-NATO missions"): "missions hors OTAN"
    base = max(0, s - 40)
    m = re.search(r"(?:\b([^\W\d_]+)\s+)?\b([Nn]on)[\s-]$", text[base:s])
    if m and h.entry.kind in ("acronym", "org", "place"):
        noun = m.group(1) if m.group(1) and m.group(1).islower() else None
        start = base + (m.start(1) if noun else m.start(2))
        h.span = (start, e)
        h.suggestion = (noun + " " if noun else "") + "hors " + h.entry.french[0]
        h.message = _("English compound {compound} left in French text; French writes {french} (or {other}).").format(
            compound=quote("non-" + name), french=quote("hors " + h.entry.french[0]), other=quote("non membres de ..."))
        return
    # head noun after its modifier: "l'OTAN HQ" -> "QG de l'OTAN"
    if h.entry.head:
        i = starts.get(s)
        if i is not None and i > 0:
            prev = toks[i - 1]
            if (prev.cap or prev.upper) and not prev.elision and re.fullmatch(r"[\s\u00a0]+", text[prev.end:s]):
                start = prev.start
                if i > 1 and toks[i - 2].elision and toks[i - 2].end == prev.start:
                    start = toks[i - 2].start
                shown = text[start:prev.end]
                prev_entry = lookup(prev.text) if prev.start == start else None
                h.span = (start, e)
                h.suggestion = f"{h.entry.french[0]} {_with_de(prev_entry, shown) if prev_entry else 'de ' + shown}"
                h.message = _("English word order {order} with the English {name}; French puts the noun first: "
                              "{suggestion}.").format(order=quote(f"{shown} {name}"), name=quote(name),
                                                      suggestion=quote(h.suggestion))


def _english_spans(text, toks, hits, ok, caps_lines) -> list:
    """Word scores, Viterbi over stretches between hard punctuation, lingua check, sentences."""
    hit_tok = {}
    starts = [t.start for t in toks]
    for h in hits:
        for t in _within(toks, starts, h.start, h.end):
            hit_tok[id(t)] = h
    # scores
    for t in toks:
        if t.masked or t.elision:
            t.score = -3.0 if t.elision else 0.0
            continue
        if id(t) in hit_tok:
            t.name_hit = hit_tok[id(t)]
            t.score = 1.5  # an English name can carry an English span, not start one alone
            continue
        if not any(c.isalpha() for c in t.text) or len(t.text) == 1:
            t.score = 0.0
        elif t.upper and len(t.text) <= 5 and not _in(caps_lines, t.start, t.end):
            t.score = 0.0  # acronyms: FT, ISR, AWACS
        else:
            t.score = word_score(t.lower)
    # title-case runs (English capitalises every word of a name; French only the first)
    i = 0
    n = len(toks)
    while i < n:
        j = i
        while j + 1 < n and _joined(text, toks[j], toks[j + 1]) and (toks[j + 1].cap or toks[j + 1].upper) \
                and (toks[i].cap or toks[i].upper) and not toks[j + 1].elision:
            j += 1
        if j > i and not _in(caps_lines, toks[i].start, toks[j].end):
            for t in toks[i:j + 1]:
                if not t.masked and t.score > -1.0:
                    t.score += TITLE_RUN_BONUS
        i = j + 1
    # Viterbi per stretch
    spans = []
    for stretch in _stretches(text, toks):
        for a, b in _viterbi(text, stretch):
            while a <= b and (stretch[a].masked or stretch[a].score <= 0):
                a += 1
            while b >= a and (stretch[b].masked or stretch[b].score <= 0):
                b -= 1
            if a < b and _french_before_name(text, stretch, a, b):
                a += 1  # « une session GNU Screen »: the French noun before a name is not English
            if a <= b:
                spans.append(_extend_title_run(text, stretch, a, b))
    spans += _single_words(text, toks, spans)
    short, replaced = _short_phrases(text, toks, spans)
    spans = [run for run in spans if id(run) not in replaced] + short
    out = []
    for run in spans:
        words = [t for t in run if t.alpha and not t.masked]
        if not words:
            continue
        strong = [t for t in words if t.name_hit is None]
        if not strong:
            continue  # only names with a French form: MTA402 reports them
        sp = EnglishSpan(run[0].start, run[-1].end, run)
        sp.title_case = (words[0].cap or words[0].upper) and (words[-1].cap or words[-1].upper) and all(
            t.cap or t.upper or t.lower in EN_FUNCTION for t in words)
        if sp.title_case and _acronym_follows(text, sp.end, words):
            continue  # a name introduced with its acronym: "Royal United Services Institute (RUSI)"
        if sp.title_case and len(words) >= 2 and not any(t.name_hit is not None for t in run) \
                and _used_as_name(text, sp.start, sp.end):
            continue  # "la Major League Soccer", "la lampe « Smart Stone »": a name the writer kept
        name_like = sum(1 for t in words if t.cap or t.upper) >= NAME_LIKE * len(words)
        if name_like and _brand_like(text, run, toks):
            continue  # product and company names: codes, digits, words neither language knows
        if len(words) >= 2:
            sp.lingua = english_confidence(text[sp.start:sp.end])
            if sp.lingua is not None and sp.lingua < (NAME_LINGUA if name_like else LINGUA_MIN):
                continue
            if sp.lingua is None and sum(t.score for t in words) < 4.0:
                continue
        for t in run:
            t.english = True
        out.append(sp)
    return _sentences(text, toks, out)


NAME_DET = re.compile(r"(?:^|[\s(«“\"])(?:le|la|les|des|du|au|aux|un|une)[ \u00a0]+$|\b[lL]['’]$", re.IGNORECASE)
NAME_DETS = {"le", "la", "les", "des", "du", "au", "aux", "un", "une"}
CAP_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w]*)[ \u00a0-]$")
CAP_AFTER = re.compile(r"[ \u00a0-][A-Z][\w]*(?![\w'’])")
QUOTE_OPEN = re.compile(r"[«“\"][ \u00a0\u202f]*$")
QUOTE_CLOSE = re.compile(r"[ \u00a0\u202f]*[»”\"]")


def _used_as_name(text, start, end) -> bool:
    """A title-case English run that French grammar treats as a name: right after a French
    determiner ("des Portland Timbers", "l'Everyday Backpack"), or the whole of a quotation the
    writer set in quotes (« League of Legends »). English left over by a translation engine sits
    in English word order, not inside a French noun phrase or a quoted title."""
    # the whole capitalised run ("Premier Lacrosse League": "Premier" is also French)
    while (m := CAP_BEFORE.search(text, max(0, start - 30), start)) is not None \
            and m.group(1).lower() not in NAME_DETS:
        start = m.start(1)
    while (m := CAP_AFTER.match(text, end)) is not None:
        end = m.end()
    before = text[max(0, start - 12):start]
    if NAME_DET.search(before):
        return True
    return bool(QUOTE_OPEN.search(before) and QUOTE_CLOSE.match(text, end))


SPACE, DIGIT = re.compile(r"\s"), re.compile(r"\d")
NAME_LIKE = 0.6  # share of capitalised words that makes a span look like a name
NAME_LINGUA = 0.6


def _brand_like(text, run, toks) -> bool:
    """A capitalised span with a digit, a product code or a word unknown to both languages in it or
    glued to it ("Oregon Scientific PE316PM", "Coleman RoadTrip") reads as a brand, not English."""
    a = text.rfind(" ", 0, run[0].start) + 1
    m = SPACE.search(text, run[-1].end)
    b = m.start() if m else len(text)
    if DIGIT.search(text, max(0, a - 1), b + 1):
        return True
    nxt = re.match(r"[ \u00a0]+(\S+)", text[run[-1].end:run[-1].end + 30])
    if nxt and re.search(r"\d|[A-Z]{2,}\w*[a-z]|[a-z][A-Z]", nxt.group(1)):
        return True
    for t in run:
        if not t.alpha or t.masked or t.name_hit is not None:
            continue
        if re.search(r"[a-z][A-Z]", t.text):
            return True
        if len(t.text) > 2 and not t.upper and max(zipf(t.lower.replace("’", "'"))) < 2.0:
            return True
    return False


EN_FUNCTION = {"of", "for", "the", "and", "on", "in", "at", "to", "a", "an", "&", "by", "with", "from"}


def _acronym_follows(text, end, words) -> bool:
    m = re.match(r"\s*\(([A-Z][A-Za-z]{1,7})\)", text[end:end + 14])
    if not m:
        return False
    acr = m.group(1).upper()
    caps = "".join(t.text[0] for t in words if t.cap or t.upper)
    return caps.upper() == acr or "".join(t.text[0] for t in words).upper() == acr


def _single_words(text, toks, runs) -> list:
    """Lone English words the sequence model leaves alone (entering English costs more than one word
    brings): a lower-case word with strong English evidence, or one that opens a sentence."""
    taken = {id(t) for run in runs for t in run}
    out = []
    for t in toks:
        if id(t) in taken or t.masked or t.elision or t.name_hit is not None or len(t.text) < 3 or not t.alpha:
            continue
        if t.text.islower() and t.score >= SINGLE_LOWER:
            out.append([t])
        elif t.sent_start and t.text[:1].isupper() and t.text[1:].islower() and t.score >= SINGLE_INITIAL:
            out.append([t])
    return out


SHORT_MIN_EN = 3.0  # every word of a short phrase is a common English word (zipf)
SHORT_MAX_SCORE = 1.2  # and one word at least is clearly English (log-odds)
SHORT_LINGUA = 0.7
COMPOUND_LINGUA = 0.5  # a compound the French dictionary does not list: lingua must only not prefer French
CUE_AFTER = re.compile(r"\s*[:,–—]")


def _short_phrases(text, toks, runs) -> tuple[list, set]:
    """Two- to four-word English expressions the sequence model leaves alone because a word is also
    French ("game changer", "no comment"), where their place says they stand apart from the French
    sentence: the whole of a quotation, the words opening a sentence before a colon or comma, a
    lower-case hyphenated compound ("win-win", "long-term"). Confirmed by wordfreq (every word common
    English, one clearly English) and by lingua on the phrase; a compound the French dictionary lists
    is a loanword and stays ("talk-shows"), one it does not list needs lingua only to lean English.
    An English span the model found inside a quotation grows to the whole quotation when the
    quotation passes ("state of the" -> "state of the art").
    Returns the new runs and the ids of the runs they replace."""
    taken = {id(t): k for k, run in enumerate(runs) for t in run}
    cands = []
    starts = [t.start for t in toks]
    for m in QUOTE_RX.finditer(text):
        g = 1 if m.group(1) is not None else (2 if m.group(2) is not None else 3)
        s, e = m.start(g), m.end(g)
        inner = _within(toks, starts, s, e)
        if 2 <= len(inner) <= 4 and text[s:e].strip() == text[inner[0].start:inner[-1].end]:
            cands.append((inner, "quote", s, e))
    for k, t in enumerate(toks):
        if t.sent_start:
            for n in (2, 3, 4):
                j = k + n - 1
                if j < len(toks) and all(_joined(text, toks[i], toks[i + 1]) for i in range(k, j)) \
                        and CUE_AFTER.match(text, toks[j].end):
                    cands.append((toks[k:j + 1], "start", 0, 0))
                    break
        parts = t.lower.split("-")
        if 2 <= len(parts) <= 4 and t.text.islower() and all(parts):
            cands.append(([t], "compound", 0, 0))
    out, replaced = [], set()
    for run, kind, s, e in cands:
        inside = {taken[id(t)] for t in run if id(t) in taken}
        if inside and (kind != "quote" or any(r < 0 or not all(s <= t.start and t.end <= e for t in runs[r])
                                              for r in inside)):
            continue  # already English, or a found span reaching out of the quotation
        if any(t.masked or t.elision or t.name_hit is not None or not t.alpha for t in run):
            continue
        words = [w for t in run for w in t.lower.split("-")]
        if len(words) < 2 or any(c in FRENCH_LETTERS for w in words for c in w):
            continue
        if sum(1 for t in run if t.cap) > 1:
            continue  # title case: a name or a title, MTA401's name evidence decides those
        if any(zipf(w)[1] < SHORT_MIN_EN for w in words) or max(word_score(w) for w in words) < SHORT_MAX_SCORE:
            continue
        if sum(word_score(w) for w in words) <= 0:
            continue
        floor = SHORT_LINGUA
        if kind == "compound":
            listed = french_lists(run[0].lower)
            if listed:
                continue  # a borrowed compound French dictionaries hold
            if listed is not None:
                floor = COMPOUND_LINGUA
        conf = english_confidence(" ".join(words))
        if conf is None or conf < floor:
            continue
        for r in inside:
            replaced.add(id(runs[r]))
            for t in runs[r]:
                taken[id(t)] = -1
        taken.update((id(t), -1) for t in run)
        out.append(run)
    return out, replaced


def _joined(text, a: Tok, b: Tok) -> bool:
    return re.fullmatch(r"[ \u00a0-]?", text[a.end:b.start]) is not None


def _stretches(text, toks):
    cur = []
    for t in toks:
        if cur and HARD.search(gap(text, cur[-1], t)):
            yield cur
            cur = []
        cur.append(t)
    if cur:
        yield cur


def _viterbi(text, st) -> list:
    """Best French/English labelling of a stretch; the English runs as (first, last) indexes."""
    NEG = -1e9
    fr, en = 0.0, NEG
    back = []
    for k, t in enumerate(st):
        stay = STAY + (COMMA if k and SOFT.search(gap(text, st[k - 1], t)) else 0.0)
        # to French
        f_from_f, f_from_e = fr, en - LEAVE
        nf = max(f_from_f, f_from_e)
        bf = "F" if f_from_f >= f_from_e else "E"
        # to English
        e_from_f, e_from_e = fr - ENTER, en - stay
        ne = max(e_from_f, e_from_e) + t.score
        be = "F" if e_from_f >= e_from_e else "E"
        back.append((bf, be))
        fr, en = nf, ne
    state = "F" if fr >= en - LEAVE else "E"
    labels = []
    for bf, be in reversed(back):
        labels.append(state)
        state = bf if state == "F" else be
    labels.reverse()
    runs, k = [], 0
    while k < len(labels):
        if labels[k] == "E":
            j = k
            while j + 1 < len(labels) and labels[j + 1] == "E":
                j += 1
            runs.append((k, j))
            k = j + 1
        else:
            k += 1
    return runs


FRENCH_COMMON = 3.5  # zipf in French from which a word is French's own too ("session" 4.3, "script" 3.8) ...
FRENCH_TOO = 0.8  # ... when English uses it less than about six times as much ("session" +0.4; not "team" +1.3)


def _french_before_name(text, st, a, b) -> bool:
    """Does the span open with a lower-case word French uses about as much as English, set apart by a
    space and followed by nothing but capitalised words (« une session GNU Screen », « la compression de
    muscle Classic Short »)? Not a word glued to the next ("polesWeight": a list run together)."""
    first, rest = st[a], [t for t in st[a + 1:b + 1] if t.alpha and not t.masked]
    if not (first.alpha and first.text[:1].islower() and rest and all(t.cap or t.upper for t in rest)):
        return False
    if not text[first.end:st[a + 1].start].isspace():
        return False
    fr, en = zipf(first.lower.replace("’", "'"))
    return fr >= FRENCH_COMMON and en - fr < FRENCH_TOO


def _extend_title_run(text, st, a, b):
    """An English span that sits in a run of capitalised words takes in the whole run
    ("EU-US Military Fies", "Eye of GNOME"), unless a word is clearly French or masked."""
    while a > 0 and _joined(text, st[a - 1], st[a]) and (st[a - 1].cap or st[a - 1].upper) \
            and (st[a].cap or st[a].upper) and not st[a - 1].masked and st[a - 1].score > -1.0 \
            and not st[a - 1].elision:
        a -= 1
    while b + 1 < len(st) and _joined(text, st[b], st[b + 1]) and (st[b + 1].cap or st[b + 1].upper) \
            and not st[b + 1].masked and st[b + 1].score > -1.0 and (
                st[b].cap or st[b].upper or (b > a and st[b].lower in EN_FUNCTION and (st[b - 1].cap or st[b - 1].upper))):
        b += 1  # and a name's function word with the capitalised word after it ("Eye of GNOME")
    return st[a:b + 1]


def _sentences(text, toks, spans) -> list:
    """A sentence (or line) mostly covered by English spans becomes one span."""
    if not spans:
        return spans
    from ...read.segment import split_sentences

    out = []
    used = set()
    starts = [t.start for t in toks]
    # the spans inside a sentence, in the list's order: those starting in it, by bisect
    order = sorted(range(len(spans)), key=lambda k: spans[k].start)
    span_starts = [spans[k].start for k in order]
    for s0, e0 in split_sentences(text):
        lo, hi = bisect.bisect_left(span_starts, s0), bisect.bisect_right(span_starts, e0)
        inside = [spans[k] for k in sorted(order[lo:hi]) if spans[k].end <= e0]
        if not inside:
            continue
        words = [t for t in _within(toks, starts, s0, e0) if t.alpha and not t.masked]
        eng = [t for t in words if t.english]
        plain = [t for t in eng if not (t.cap or t.upper) or t.sent_start]
        if len(words) >= 2 and len(eng) >= SENTENCE_SHARE * len(words) and len(plain) >= 2 and (len(inside) > 1 or
                                                                          inside[0].start > s0 or inside[0].end < e0):
            conf = english_confidence(text[s0:e0])
            share = len(eng) / len(words)
            if conf is None or conf >= SENTENCE_LINGUA or (share >= 0.8 and conf >= 0.5):
                end = e0
                while end > s0 and text[end - 1] in " .!?…:;,":
                    end -= 1
                sp = EnglishSpan(s0, end, _within(toks, starts, s0, end), sentence=True, lingua=conf)
                sp.title_case = False
                out.append(sp)
                used.update(id(x) for x in inside)
                continue
        if len(words) >= 2 and inside[0].start == s0 and len(inside) == 1 and len(eng) == len(words):
            inside[0].sentence = True
    out += [sp for sp in spans if id(sp) not in used]
    return sorted(out, key=lambda sp: sp.start)
