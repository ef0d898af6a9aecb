"""Spelling (MTA510, MTA511): words no French dictionary knows that are not names, acronyms or English.

Speller: Grammalecte's dictionary when installed; otherwise the stems of the system hunspell French
dictionary (read as a word list, no affix expansion) plus wordfreq's French frequencies. The report's
engines say which ran ("spelling"). Accepted whatever the speller says: the packaged allow-list
(data/allow.txt), the user's allow files, and every name of the knowledge base (people, places,
organisations). English words are left to the untranslated-English rules.

Suggestions: the known words one edit away (for words of at most MAX_SUGGEST_LETTERS letters);
when there is none, the speller's full search, for up to MAX_FULL_SUGGEST words an article of at
most MAX_FULL_LETTERS letters (it takes seconds on some longer ones).

Severity is minor for both rules: a misspelt word, even a misspelt place name one letter off, leaves
the meaning recoverable; wrong or corrupted entities are the name rules' business.
"""
from __future__ import annotations

import re
import threading

from ...i18n import _
from ...detect.rule import Rule
from ...read.article import WORD_RE
from ...lang.text import accelerated_word
from ...lang import grammalecte, hunspell
from ...lang.frequency import COMMON_FR  # a word this frequent in French web text is not a misspelling
from ...lang.frequency import COMMON_EN as ENGLISH  # this frequent in English: left to the untranslated rules
from ...lang.frequency import KNOWN as KNOWN_NAME  # a capitalised word this frequent anywhere is an existing name
from ...lang.frequency import top_words, zipf as _zipf
from ...lang.names import name_base

PLACE_TAGS = (":MP", "#P", "#C")
MAX_FULL_SUGGEST = 4  # Grammalecte's full suggestion search costs ~0.1 s a word: a few per article
LETTERS = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœ"
# No suggestions for a longer word: its one-edit neighbours are ~54 strings per letter, each looked
# up (quadratic: 2,000 letters took 20 s). French words run to about 25 letters
# (anticonstitutionnellement); 40 leaves room for compounds and glued typos of two words.
MAX_SUGGEST_LETTERS = 40
# Grammalecte's full suggestion search (for a word with no known word one edit away) explores
# switches, deletions, replacements and jumps whose numbers grow with the word's length: past about
# 20 letters a word with a long known beginning and no dictionary neighbour takes seconds
# ("constitutionnalisationxy", 24 letters: 7 s; 21 letters: 2 s; at most 0.6 s up to 20). A longer
# word gets the one-edit suggestions only. No unknown lower-case word of WMT20's and WMT22's French
# (22,480 lines) has more than 19 letters.
MAX_FULL_LETTERS = 20

_lock = threading.Lock()
_fallback: dict = {}


class Speller:
    """is this word known, and what is close to it."""

    def __init__(self):
        self.engine = grammalecte.load()
        if self.engine:
            self.name = self.engine.name
        else:
            stems = hunspell.lower_entries()
            self.name = f"hunspell-{hunspell.path().name}+wordfreq" if stems else "wordfreq"

    def known(self, word: str) -> bool:
        if self.engine:
            return self.engine.is_valid(word)
        low = word.lower()
        return low in hunspell.lower_entries() or _zipf(low, "fr") > 0

    def close_words(self, word: str) -> list[str]:
        """Known words one edit away (fast: dictionary look-ups only), most frequent first."""
        if len(word) > MAX_SUGGEST_LETTERS:
            return []
        key = ("close", self.name, word)
        hit = _near.get(key)
        if hit is None:  # a few hundred look-ups a word: remembered across articles
            found = {w for w in _edits1(word) if self.known(w)}
            hit = _remember(key, tuple(sorted(found, key=lambda w: (-_zipf(w.lower(), "fr"), w))))
        return list(hit)

    def suggestions(self, word: str, full: bool = True) -> list[str]:
        close = self.close_words(word)
        if close or not full or len(word) > MAX_FULL_LETTERS:
            return close
        if self.engine:
            return self.engine.suggest(word, 8)
        return _fallback_suggestions(word)

    def places(self, word: str) -> list[str]:
        """Place names from the dictionary one edit away from word."""
        if not self.engine or len(word) > MAX_SUGGEST_LETTERS:
            return []
        key = ("places", self.name, word)
        hit = _near.get(key)
        if hit is None:
            hit = _remember(key, tuple(w for w in _edits1(word) if self.engine.is_valid(w)
                                       and any(t in m for m in self.engine.morph(w) for t in PLACE_TAGS)))
        return list(hit)


_near: dict = {}  # (kind, speller, word) -> words one edit away; bounded


def _remember(key, value):
    if len(_near) >= 50_000:
        _near.clear()
    _near[key] = value
    return value


def _edits1(word: str) -> set:
    """Every string one deletion, swap, substitution or insertion away (case of the first letter kept)."""
    low = word.lower()
    splits = [(low[:i], low[i:]) for i in range(len(low) + 1)]
    out = set()
    for a, b in splits:
        if b:
            out.add(a + b[1:])
            for c in LETTERS:
                out.add(a + c + b[1:])
        if len(b) > 1:
            out.add(a + b[1] + b[0] + b[2:])
        for c in LETTERS:
            out.add(a + c + b)
    out.discard(low)
    if word[:1].isupper():
        out = {w[:1].upper() + w[1:] for w in out if w}
    return out


def _fallback_suggestions(word: str) -> list[str]:
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    with _lock:
        if "top" not in _fallback:
            _fallback["top"] = top_words("fr", 60000)
    hits = process.extract(word.lower(), _fallback["top"], scorer=Levenshtein.distance, score_cutoff=2, limit=3)
    return [h[0] for h in sorted(hits, key=lambda h: h[1])]


def allowed_words(ctx) -> frozenset:
    """Lower-case words accepted whatever the speller says (allow-lists and knowledge-base names)."""
    def build():
        return frozenset({w.lower() for w in ctx.resources.words("allow")} | name_base(ctx.resources).name_words())
    return ctx.resources.memo(("mta5", "allowed"), build)


def known_places(ctx) -> dict:
    """Single-word place names of the knowledge base: lower case -> as written."""
    return name_base(ctx.resources).single_word_places()


def _prefixes(ctx) -> tuple:
    return tuple(sorted(w.lower() for w in ctx.resources.words("allow") if w.endswith("-")))


def _glued_prefixes(ctx) -> tuple:
    return tuple(sorted((w.lower()[:-1] for w in ctx.resources.words("allow") if w.endswith("+")),
                        key=len, reverse=True))


GLUED_REST = 5  # the known word after a glued prefix has at least this many letters


def _is_allowed(word: str, allowed, prefixes, speller, glued=()) -> bool:
    low = word.lower()
    if low in allowed:
        return True
    for p in glued:  # a regular derivation: ré + électrification, géo + facteurs
        if low.startswith(p) and len(low) - len(p) >= GLUED_REST and speller.known(low[len(p):]):
            return True
    if "-" in word:
        for p in prefixes:
            if low.startswith(p) and len(low) > len(p) and speller.known(word[len(p):]):
                return True
        parts = [p for p in re.split(r"[-‑]", word) if p]
        return all(p.lower() in allowed or speller.known(p) or p[:1].isupper() for p in parts)
    return False


def _in_address(text: str, start: int, end: int) -> bool:
    """Part of a URL, e-mail, handle or hashtag."""
    before = text[max(0, start - 1):start]
    after = text[end:end + 2]
    if before in ("@", "#", "/", ".", "_") or after[:1] in ("@", "_", "/") or re.match(r"\.\w", after):
        return True
    token_start = text.rfind(" ", 0, start) + 1
    return bool(re.match(r"(https?://|www\.)", text[token_start:end]))


def _accelerated(text: str, start: int, end: int, speller) -> bool:
    """Is the word part of a word with a keyboard accelerator inside (« réc&ents », « Paramè&tres »)
    that the speller knows without it?"""
    if text[end:end + 1] != "&" and text[start - 1:start] != "&":
        return False
    word = accelerated_word(text, start, end)
    return word is not None and speller.known(word.replace("&", ""))


def _candidates(ctx, speller):
    """(start, end, word) of words the speller does not know, article offsets."""
    if speller.engine:
        for line in ctx.article.lines:
            for e in speller.engine.spelling_errors(line.text):
                yield line.start + e["nStart"], line.start + e["nEnd"], e["sValue"]
    else:
        for m in WORD_RE.finditer(ctx.text):
            w = m.group()
            if not speller.known(w) and not any(speller.known(p) for p in re.split(r"['’]", w)[1:2]):
                yield m.start(), m.end(), w


def analyse(ctx) -> list[tuple]:
    """Spelling findings as (rule, start, end, message, suggestion, confidence), once per article."""
    return ctx.memo("spelling.analysis", lambda: _analyse(ctx))


def _analyse(ctx) -> list[tuple]:
    from rapidfuzz.distance import DamerauLevenshtein

    speller = Speller()
    ctx.engines["spelling"] = speller.name
    allowed = allowed_words(ctx)
    prefixes = _prefixes(ctx)
    places = known_places(ctx)
    text = ctx.text
    glued = _glued_prefixes(ctx)
    out = []
    budget = [MAX_FULL_SUGGEST]
    cands = list(_candidates(ctx, speller))
    from ..untranslated.foreign_text import lines as foreign_lines

    # quotations and paragraphs (MTA403's) in another language
    foreign = _foreign_quotes(text, cands) + [(f.start, f.end) for f in foreign_lines(ctx)]
    for start, end, word in cands:
        # elided forms come whole from the fallback tokenizer ("l'Otan"): keep the word part
        m = re.match(r"^(?:[a-zA-Z]{1,2}|qu|jusqu|lorsqu|puisqu)['’]", word)
        if m and not speller.engine:
            start += m.end()
            word = word[m.end():]
        if len(word) < 3 or any(c.isdigit() for c in word) or "_" in word:
            continue
        if not re.search(r"[aeiouyàâäéèêëîïôöùûüÿœæ]", word, re.IGNORECASE):
            continue  # no vowel: an abbreviation (pces, vgs)
        if word.isupper() or any(c.isupper() for c in word[1:]):
            continue  # acronym (HQ, IISS) or brand/name with inner capitals (LeCornu, WaPo)
        if _in_address(text, start, end) or _is_allowed(word, allowed, prefixes, speller, glued):
            continue
        if _accelerated(text, start, end, speller):
            continue  # a menu label's keyboard accelerator inside the word: « Fichiers réc&ents »
        if _in_foreign_quote(foreign, start):
            continue  # a title, quotation or paragraph left in its language (« Guten Tag, liebes Glück »)
        low = word.lower()
        if _zipf(low, "en") >= ENGLISH and _zipf(low, "en") >= _zipf(low, "fr"):
            continue  # English: the untranslated rules report it
        if word[:1].isupper():
            hit = _misspelt_place(ctx, start, end, word, speller, places)
            if hit:
                out.append(("MTA511", start, end,
                            _("« {word} » is not a known word or name; it is one letter away from the place "
                              "name « {place} ».").format(word=word, place=hit), hit, 0.9))
            continue
        if _zipf(low, "fr") >= COMMON_FR:
            continue
        full = budget[0] > 0
        sugg = [s for s in speller.suggestions(word, full)
                if s.lower() != low and DamerauLevenshtein.distance(s.lower(), low) <= 2][:3]
        budget[0] -= 1
        message = _("« {word} » is not in the French dictionary.").format(word=word)
        if len(sugg) > 1:
            message += _(" Other candidates: {words}.").format(words=", ".join(sugg[1:]))
        out.append(("MTA510", start, end, message, sugg[0] if sugg else None, 0.8))
    return out


QUOTE = re.compile(r"«([^«»\n(]{3,200})")
FOREIGN_SHARE = 0.5


def _foreign_quotes(text, cands) -> list:
    """(start, end) of quotations (up to a bracket: a gloss may follow) in which at least half of
    the words, and two at least, are unknown to the French speller: another language."""
    out = []
    for m in QUOTE.finditer(text):
        words = list(WORD_RE.finditer(m.group(1)))
        a, b = m.start(1), m.end(1)
        unknown = sum(1 for s, e, _w in cands if a <= s and e <= b)
        if unknown >= 2 and unknown >= FOREIGN_SHARE * len(words):
            out.append((a, b))
    return out


def _in_foreign_quote(spans, pos) -> bool:
    return any(a <= pos < b for a, b in spans)


def _misspelt_place(ctx, start, end, word, speller, places) -> str | None:
    from rapidfuzz.distance import DamerauLevenshtein

    if len(word) < 5 or max(_zipf(word, "fr"), _zipf(word, "en")) >= KNOWN_NAME:
        return None
    tok = ctx.token_at(start)
    if tok is not None and tok.ent == "PER":
        return None
    if _in_multiword_name(ctx, start, end):
        return None  # part of a multi-word name ("Mark Latte"): left to the name rules
    candidates = set(speller.places(word))
    low = word.lower()
    candidates.update(name for key, name in places.items()
                      if abs(len(key) - len(low)) <= 1 and key[:1] == low[:1])
    close = sorted(c for c in candidates if DamerauLevenshtein.distance(c.lower(), low) == 1)
    return close[0] if close else None


def _in_multiword_name(ctx, start, end) -> bool:
    sentence = ctx.sentence_of(start)
    lo = sentence.start if sentence else 0
    hi = sentence.end if sentence else len(ctx.text)
    toks = ctx.tokens_in(lo, hi)
    idx = [n for n, t in enumerate(toks) if t.start <= start < t.end]
    if not idx:
        return False
    n = idx[0]
    prev = toks[n - 1] if n > 0 else None
    nxt = next((t for t in toks[n + 1:] if t.start >= end), None)

    def name_like(t):
        return t is not None and t.text[:1].isupper() and t.text.replace("-", "").isalpha()
    return (name_like(prev) and n - 1 > 0) or name_like(nxt)


class SpellingRule(Rule):
    category = "spelling"
    mqm = "Fluency/Spelling"
    severity = "minor"

    def prefetch(self, ctx):
        """Grammalecte's unknown words of each line (the engine remembers them per line), run ahead
        beside spaCy by Auditor(concurrent=True)."""
        engine = grammalecte.load()
        if engine is not None:
            for line in ctx.article.lines:
                engine.spelling_errors(line.text)

    def remote_jobs(self, ctx):
        """The same work as jobs for the engine helper process (Auditor(helper=)): the lines this
        process has not checked yet."""
        from ...lang.helper import line_jobs

        engine = grammalecte.load()
        if engine is None:
            return []
        return line_jobs(ctx.article.lines, "grammalecte.spell", (), engine.has_spelled, engine.keep_spelled)

    def check(self, ctx):
        engine = None
        for rule, start, end, message, suggestion, confidence in analyse(ctx):
            if rule == self.id:
                engine = engine or ctx.engines.get("spelling", "rules")
                yield self.finding(ctx, start, end, message, suggestion=suggestion,
                                   confidence=confidence, engine=engine)
