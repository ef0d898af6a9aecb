"""A phrase matcher shared by lexicon rules: patterns matched on lemmas, forms and folded forms.

Pattern syntax (one pattern is a space-separated list of items):
  word          matches a token whose lemma or lower-case form is `word` (apostrophes normalised;
                a final plural s/x and feminine e are folded, so "botte" matches "bottes")
  a/b           either word
  word:POS      the token must also carry this part of speech (NOUN, VERB, ADJ...; "NOUN,PROPN")
  word?         optional
  @det          any determiner (le, une, ses, ces...); "@det?" optional
  *             a slot of 1 to 4 tokens of any kind (no punctuation)
  ^             (first item only) the phrase must open a sentence
  {a b}~ {a b}? a group of items that may also stand after the pattern's last item (~: a verb
                particle before or after the object, "ramener {à @det? maison}~ @det? lard" also
                matches "ramène le lard à la maison") or be absent (?); "{...}~?" both
Between two consecutive items up to `gap` extra tokens may stand (adjectives, adverbs, numbers).
Items are tokenised like the article ("l'UE" is "l'" + "UE"), so write them as they read.

Context conditions (space-separated, all must hold), values comma-separated:
  +near:a,b   one of the values within 8 tokens of the match (same sentence); -near: none of them
  +sent: / -sent:      anywhere in the sentence
  +before: / -before:  within 3 tokens before the match;  +after: / -after:  within 3 tokens after
  a number after the keyword sets the window: -before1:un, +near12:...
  A value in lower case is a word (matched like pattern words), in UPPER case a part of speech,
  with "=" a morphological feature (VerbForm=Inf, Tense=Past).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .. import diskmemo
from ..lang import frequency
from ..lang.text import light_stem
from ..read.article import WORD_RE
from ..i18n import _
from .resources import DataFileError

APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'"})
ELISIONS = {
    "l'": ("le", "la"), "d'": ("de",), "qu'": ("que",), "s'": ("se", "si"), "n'": ("ne",),
    "j'": ("je",), "m'": ("me",), "t'": ("te",), "c'": ("ce",), "jusqu'": ("jusque",),
    "lorsqu'": ("lorsque",), "puisqu'": ("puisque",), "quoiqu'": ("quoique",),
}
# contracted forms also match the preposition; "du" for a pattern's "de le" is handled in _walk
CONTRACTIONS = {"du": ("de",), "des": ("de", "un"), "au": ("à",), "aux": ("à",)}
DETERMINERS = frozenset(
    "le la les l' un une des du de d' ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos "
    "leur leurs quelque quelques plusieurs chaque aucun aucune certains certaines tout toute tous toutes".split())
ER_ENDINGS = ("aient", "erait", "ions", "iez", "ait", "ais", "ent", "ons", "era", "ées", "és", "ée", "es", "ez", "é", "e")
PREPOSITIONS = frozenset({"de", "à"})
ARTICLES = frozenset({"le", "la", "les", "l'"})
INSERTABLE_POS = frozenset({"ADJ", "ADV", "NUM"})
SLOT_MAX = 4
WINDOWS = {"near": 8, "sent": 10_000, "before": 3, "after": 3}
COND_RE = re.compile(r"^([+-])(near|sent|before|after)(\d*):(.+)$")
ELISION_SPLIT = re.compile(r"(?i)^((?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmntsc])['’])(.+)$")


GLUED = "\\/|"  # characters spaCy's French tokenizer may leave glued to a word's edge ("fichier\\")


def norm(word: str) -> str:
    return word.lower().translate(APOSTROPHES)


# -- the article side ------------------------------------------------------------------------------

class TextView:
    """Per-article token keys and sentence ids, built once per Context."""

    def __init__(self, ctx):
        self.text = ctx.text
        self.tokens = ctx.tokens
        starts = [s.start for s in ctx.article.sentences] or [0]
        self.sent = [bisect.bisect_right(starts, t.start) - 1 for t in self.tokens]
        self.keys = [token_keys(t) for t in self.tokens]
        self.punct = [t.pos == "PUNCT" or not any(c.isalnum() for c in t.text) for t in self.tokens]
        self.pos = [t.pos for t in self.tokens]
        self.feats = [frozenset(t.morph.split("|")) if t.morph else frozenset() for t in self.tokens]
        self.contracted = [norm(t.text) in CONTRACTIONS for t in self.tokens]
        self.det = [t.pos == "DET" or norm(t.text) in DETERMINERS for t in self.tokens]
        self.sent_first = {}
        self.sent_span = {}  # sentence id -> (first, last) index of its tokens
        for i, s in enumerate(self.sent):
            if s not in self.sent_first and not self.punct[i]:
                self.sent_first[s] = i
            span = self.sent_span.get(s)
            self.sent_span[s] = (i, i) if span is None else (span[0], i)

    def __len__(self):
        return len(self.tokens)


_keys_memo: dict = {}


def token_keys(tok) -> frozenset:
    """The keys a pattern word can match on this token (a function of its text, lemma, POS and
    morphology, remembered across articles)."""
    key = (tok.text, tok.lemma, tok.pos, tok.morph)
    hit = _keys_memo.get(key)
    if hit is None:
        if len(_keys_memo) >= 200_000:
            _keys_memo.clear()
        hit = _keys_memo[key] = _token_keys(tok)
    return hit


def _token_keys(tok) -> frozenset:
    low = norm(tok.text)
    lemma = norm(tok.lemma or low)
    keys = {low, lemma}
    participle = "VerbForm=Part" in (tok.morph or "")
    finite_verb = tok.pos in ("VERB", "AUX") and not participle
    if not finite_verb:
        stem = light_stem(low)
        keys.add(stem)
        keys.add(light_stem(lemma))
        if participle and stem.endswith("e") and len(low) > 3:
            # a feminine participle whose lemma is the verb ("morte": mourir) is also its masculine form, the
            # adjective a pattern names ("mort"); no masculine past participle ends in e
            keys.add(stem[:-1])
    if tok.pos in ("VERB", "AUX") and not lemma.endswith(("er", "ir", "re")):
        # the lemmatiser sometimes returns the form itself ("pousse"): guess the -er infinitive
        for ending in ER_ENDINGS:
            if low.endswith(ending) and len(low) > len(ending) + 2:
                keys.add(low[: -len(ending)] + "er")
                break
    elif lemma == low:
        keys.update(_verb_guess(low))
    for form in (low, lemma):
        keys.update(ELISIONS.get(form, ()))
    keys.update(CONTRACTIONS.get(low, ()))
    core = low.strip(GLUED)
    if core and core != low:  # "fichier\\": the word too
        keys.update((core, light_stem(core)))
    return frozenset(keys)


def _verb_guess(low: str) -> tuple:
    """The infinitive of a vous/nous verb form the tagger missed: spaCy reads a sentence-initial
    imperative ("Sauvegardez le fichier", "Cliquez sur OK") as a noun with no lemma. Only the -ez /
    -ons endings, which French nouns and adjectives almost never have in a form that is its own lemma."""
    for ending, infinitive in (("issez", "ir"), ("issons", "ir"), ("ez", "er"), ("ons", "er")):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            if infinitive == "er" and ending == "ons" and stem.endswith(("ge", "ç")):  # mangeons, commençons
                stem = stem[:-1] if stem.endswith("ge") else stem[:-1] + "c"
            return (stem + infinitive,)
    return ()


def text_view(ctx) -> TextView:
    return ctx.memo("phrases.view", lambda: TextView(ctx))


# -- the pattern side ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Element:
    kind: str  # word | det | slot
    keys: frozenset = frozenset()
    pos: frozenset = frozenset()
    optional: bool = False
    label: str = ""


@dataclass(frozen=True)
class Condition:
    sign: str
    where: str
    window: int
    words: frozenset
    pos: frozenset
    feats: frozenset


@dataclass
class Pattern:
    source: str
    elements: tuple
    gap: int
    conditions: tuple
    row: dict
    at_start: bool = False
    anchor: int = 0


@dataclass
class Match:
    pattern: Pattern
    first: int  # token indexes, inclusive
    last: int
    start: int  # code-point offsets
    end: int

    @property
    def row(self) -> dict:
        return self.pattern.row


def _tokenizer():
    return _tokenizer_named()[0]


def _tokenizer_named():
    """(tokenize, the name of what tokenizes: spaCy and its model with their versions, or regex)."""
    from .nlp import load_spacy

    nlp, name = load_spacy()
    if nlp is not None:
        import spacy

        return (lambda s: [t.text for t in nlp.tokenizer(s) if not t.is_space]), f"{name}|spacy-{spacy.__version__}"
    return (lambda s: [m.group() for m in WORD_RE.finditer(s)] or [s]), "regex"  # as analyse() does without spaCy


def word_keys(word: str) -> frozenset:
    w = norm(word)
    return frozenset({w, light_stem(w)} | set(ELISIONS.get(w, ())))


GROUP_RE = re.compile(r"\{([^{}]+)\}(~?\??)")


def expand_groups(source: str) -> list[str]:
    """The plain patterns one pattern with movable/optional groups stands for (see the module
    docstring): each group in place, moved after the last item (~), left out (?)."""
    m = GROUP_RE.search(source)
    if not m:
        return [source]
    before, inner, after, flags = source[:m.start()], m.group(1).strip(), source[m.end():], m.group(2)
    variants = [f"{before} {inner} {after}"]
    if "~" in flags and after.strip():
        variants.append(f"{before} {after} {inner}")
    if "?" in flags:
        variants.append(f"{before} {after}")
    out = []
    for v in variants:
        for e in expand_groups(" ".join(v.split())):
            if e and e not in out:
                out.append(e)
    return out


def parse_pattern(source: str, tokenize, gap: int = 1, conditions=(), row=None, name: str | None = None) -> Pattern:
    """One plain pattern (no groups: expand_groups first); `name` is the source it came from."""
    elements = []
    at_start = False
    items = source.split()
    if items and items[0] == "^":
        at_start = True
        items = items[1:]
    if not items:
        raise ValueError(_("empty pattern {pattern}").format(pattern=repr(source)))
    for item in items:
        if item == "*":
            elements.append(Element("slot", label="*"))
            continue
        optional = item.endswith("?") and len(item) > 1
        if optional:
            item = item[:-1]
        pos = frozenset()
        if ":" in item and item.rsplit(":", 1)[1].isupper():
            item, tags = item.rsplit(":", 1)
            pos = frozenset(tags.split(","))
        if item == "@det":
            elements.append(Element("det", optional=optional, label="@det"))
            continue
        alts = [a for a in item.split("/") if a]
        if not alts:
            raise ValueError(_("empty item in pattern {pattern}").format(pattern=repr(source)))
        pieces = [tokenize(a) for a in alts]
        if len(alts) == 1 and len(pieces[0]) > 1:
            for k, piece in enumerate(pieces[0]):
                elements.append(Element("word", word_keys(piece), pos if k == len(pieces[0]) - 1 else frozenset(),
                                        optional, piece))
            continue
        if any(len(p) != 1 for p in pieces):
            raise ValueError(_("alternatives must be single words in pattern {pattern}: {item}").format(
                pattern=repr(source), item=repr(item)))
        keys = frozenset().union(*(word_keys(a) for a in alts))
        elements.append(Element("word", keys, pos, optional, item))
    if elements[0].kind == "slot" or elements[-1].kind == "slot":
        raise ValueError(_("a pattern cannot start or end with a slot: {pattern}").format(pattern=repr(source)))
    words = [i for i, e in enumerate(elements) if e.kind == "word" and not e.optional]
    if not words:
        raise ValueError(_("pattern {pattern} needs at least one required word").format(pattern=repr(source)))
    pat = Pattern(name or source, tuple(elements), gap, tuple(conditions), row or {}, at_start)
    pat.anchor = min(words, key=lambda i: _commonness(elements[i]))
    return pat


def _commonness(el: Element) -> float:
    if frequency.version() is None:  # pragma: no cover
        return -min(len(k) for k in el.keys)
    return max(frequency.zipf(k, "fr") for k in el.keys)  # cached in lang.frequency


def _remembered(tokenize):
    """tokenize with its answers remembered while one lexicon is built (items repeat across rows)."""
    seen: dict = {}

    def run(s):
        hit = seen.get(s)
        if hit is None:
            hit = seen[s] = tokenize(s)
        return list(hit)
    return run


def parse_conditions(spec: str, tokenize=None) -> tuple:
    out = []
    for part in (spec or "").split():
        m = COND_RE.match(part)
        if not m:
            raise ValueError(_("bad context condition {condition}").format(condition=repr(part)))
        sign, where, num, values = m.groups()
        words, pos, feats = set(), set(), set()
        for v in values.split(","):
            if not v:
                continue
            if "=" in v:
                feats.add(v)
            elif v.isupper():
                pos.add(v)
            else:
                words |= word_keys(v)
        out.append(Condition(sign, where, int(num) if num else WINDOWS[where],
                             frozenset(words), frozenset(pos), frozenset(feats)))
    return tuple(out)


# -- matching ---------------------------------------------------------------------------------------

class PhraseMatcher:
    """Patterns indexed by their rarest word; match() returns non-overlapping Matches."""

    def __init__(self, patterns):
        self.patterns = list(patterns)
        self.index: dict[str, list[Pattern]] = {}
        for p in self.patterns:
            for k in p.elements[p.anchor].keys:
                self.index.setdefault(k, []).append(p)

    @classmethod
    def from_rows(cls, rows, column: str, default_gap: int = 1, name: str = "lexicon"):
        """Build from table rows: `column` holds |-separated patterns; optional `gap` and `context`.

        Parsing a large lexicon (the idiom inventory: thousands of patterns, each item tokenised by
        spaCy and weighed by wordfreq) takes about a second, so the parsed patterns of a table of at
        least DISK_MIN_ROWS rows are kept on disk (mtaudit.diskmemo) for later processes, keyed on
        the rows' pattern columns, the tokenizer and wordfreq versions and this code."""
        rows = list(rows)
        tokenize, engine = _tokenizer_named()
        if len(rows) < DISK_MIN_ROWS:
            return cls(cls._parse_rows(rows, column, default_gap, name, tokenize))
        from ..lang import text

        key = (engine, frequency.version(), diskmemo.source_digest(__file__, text.__file__), column, default_gap,
               diskmemo.data_digest([(r.get(column), r.get("gap"), r.get("context")) for r in rows]))
        patterns = diskmemo.load_or_build(
            "phrases", key, lambda: cls._parse_rows(rows, column, default_gap, name, tokenize),
            encode=lambda pats: _encode_patterns(pats, rows), decode=lambda data: _decode_patterns(data, rows))
        return cls(patterns)

    @staticmethod
    def _parse_rows(rows, column, default_gap, name, tokenize) -> list:
        tokenize = _remembered(tokenize)
        patterns = []
        for row in rows:
            src = row.get("_source", name)
            try:
                gap = int(row["gap"]) if row.get("gap", "").strip() else default_gap
                conds = parse_conditions(row.get("context", ""))
                for source in (row.get(column) or "").split("|"):
                    if source.strip():
                        for plain in expand_groups(source.strip()):
                            patterns.append(parse_pattern(plain, tokenize, gap, conds, row, source.strip()))
            except ValueError as e:
                raise DataFileError(f"{src}: {e}") from None
        return patterns

    def match(self, view: TextView) -> list[Match]:
        return _no_overlap(self.match_all(view))

    def match_all(self, view: TextView) -> list[Match]:
        """Every match, overlapping ones included (one per pattern and anchor token)."""
        found = []
        seen = set()
        for i, keys in enumerate(view.keys):
            for k in keys:
                for p in self.index.get(k, ()):
                    if (id(p), i) in seen:
                        continue
                    seen.add((id(p), i))
                    m = self._match_at(p, view, i)
                    if m is not None:
                        found.append(m)
        return found

    def _match_at(self, p: Pattern, view: TextView, i: int):
        anchor = p.elements[p.anchor]
        if not _el_matches(anchor, view, i):
            return None
        last = _walk(p.elements[p.anchor + 1:], 0, i, 1, p.gap, view)
        if last is None:
            return None
        first = _walk(p.elements[:p.anchor][::-1], 0, i, -1, p.gap, view)
        if first is None:
            return None
        if p.at_start and view.sent_first.get(view.sent[first]) != first:
            return None
        if not all(_condition_holds(c, view, first, last) for c in p.conditions):
            return None
        toks = view.tokens
        return Match(p, first, last, toks[first].start, toks[last].end)


DISK_MIN_ROWS = 100  # smaller lexicons (user glossaries) parse in milliseconds: not worth a file


def _encode_patterns(patterns, rows) -> tuple:
    """Parsed patterns as plain data for the disk memo; rows are referred to by their index."""
    index = {id(r): i for i, r in enumerate(rows)}
    return tuple((index[id(p.row)], p.source, p.gap, p.at_start, p.anchor,
                  tuple((e.kind, e.keys, e.pos, e.optional, e.label) for e in p.elements),
                  tuple((c.sign, c.where, c.window, c.words, c.pos, c.feats) for c in p.conditions))
                 for p in patterns)


def _decode_patterns(data, rows) -> list:
    """_encode_patterns back to Patterns pointing at the same rows (equal elements shared)."""
    elements: dict = {}
    conditions: dict = {}
    out = []
    for i, source, gap, at_start, anchor, els, conds in data:
        if not (isinstance(source, str) and type(gap) is int and type(anchor) is int and 0 <= anchor < len(els)):
            raise diskmemo.BadValue("bad stored pattern")
        els = tuple(elements.get(e) or elements.setdefault(e, Element(*e)) for e in els)
        conds = tuple(conditions.get(c) or conditions.setdefault(c, Condition(*c)) for c in conds)
        pat = Pattern(source, els, gap, conds, rows[i], bool(at_start))
        pat.anchor = anchor
        out.append(pat)
    return out


def _el_matches(el: Element, view: TextView, j: int) -> bool:
    if view.punct[j] and el.kind != "word":
        return False
    if el.pos and view.pos[j] and view.pos[j] not in el.pos:  # no POS at all: regex tokens
        return False
    if el.kind == "det":
        return view.det[j]
    return not el.keys.isdisjoint(view.keys[j])


def _walk(elems, k, last, d, gap, view):
    """Match elems[k:] going in direction d after token `last`; the far end matched, or None."""
    if k == len(elems):
        return last
    el = elems[k]
    n = len(view)
    sid = view.sent[last]
    if el.kind == "slot":
        for size in range(1, SLOT_MAX + 1):
            j = last + d * size
            if not (0 <= j < n) or view.sent[j] != sid or view.punct[j]:
                break
            r = _walk(elems, k + 1, j, d, gap, view)
            if r is not None:
                return r
        return None
    for skip in range(gap + 1):
        j = last + d * (skip + 1)
        if not (0 <= j < n) or view.sent[j] != sid:
            break
        if skip:
            between = last + d * skip
            if view.punct[between] or view.pos[between] not in INSERTABLE_POS:
                break
        if _el_matches(el, view, j):
            r = _walk(elems, k + 1, j, d, gap, view)
            if r is not None:
                return r
        # "du", "au"... stand for the pattern's "de le", "à le" (in either walking direction)
        if view.contracted[j] and k + 1 < len(elems) and _pair(el, elems[k + 1]) \
                and (_el_matches(el, view, j) or _el_matches(elems[k + 1], view, j)):
            r = _walk(elems, k + 2, j, d, gap, view)
            if r is not None:
                return r
    if el.optional:
        return _walk(elems, k + 1, last, d, gap, view)
    return None


def _pair(a: Element, b: Element) -> bool:
    """A preposition item that allows "de" or "à" (alone or among alternatives: "de/en/à") next to
    an article or "@det": "du", "au" stand for both ("@det": "du" is "de" + any article too)."""
    for prep, art in ((a, b), (b, a)):
        if set(norm(prep.label).split("/")) & PREPOSITIONS and norm(art.label) in ARTICLES | {"@det"}:
            return True
    return False


def _condition_holds(c: Condition, view: TextView, first: int, last: int) -> bool:
    sid = view.sent[first]
    # only the tokens of the match's sentence count: the window is cut to them (a "sent" window
    # of 10,000 tokens each side had cost 20,000 steps per match, whatever the sentence's length)
    s_lo, s_hi = view.sent_span[sid]
    n = s_hi + 1
    if c.where == "before":
        rng = range(max(s_lo, first - c.window), first)
    elif c.where == "after":
        rng = range(last + 1, min(n, last + 1 + c.window))
    else:
        lo, hi = max(s_lo, first - c.window), min(n, last + 1 + c.window)
        rng = [j for j in range(lo, hi) if j < first or j > last]
    hit = any(view.sent[j] == sid and _value_hit(c, view, j) for j in rng)
    return hit if c.sign == "+" else not hit


def _value_hit(c: Condition, view: TextView, j: int) -> bool:
    return ((c.words and not c.words.isdisjoint(view.keys[j]))
            or (c.pos and view.pos[j] in c.pos)
            or (c.feats and not c.feats.isdisjoint(view.feats[j])))


def _no_overlap(matches):
    """Leftmost-longest: drop matches that overlap one already kept."""
    kept = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start), m.pattern.source)):
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def matcher_for(ctx, table: str, column: str, default_gap: int = 1) -> PhraseMatcher:
    """The matcher for a lexicon table, built once per Resources."""
    return ctx.resources.memo(("phrases", table, column, default_gap),
                              lambda: PhraseMatcher.from_rows(ctx.resources.table(table), column, default_gap, table))
