"""What the grammar rules (MTA501-MTA504) share: data, the lexicon of genders and numbers, sentences,
and analyse(), which runs each rule's own check (in the rule's file) once per article.

Engines: Grammalecte when installed (its findings, filtered by data/grammalecte.tsv, and its
dictionary for gender/number), else spaCy morphology ("spacy-agreement"). On top of either, three
checks of our own catch what Grammalecte misses in machine-translated news: agreement inside a
noun phrase read from the lexicon (MTA502), the inverted subject of a reporting incise (MTA503),
and wrong auxiliaries or reflexives from data/verb_usage.tsv (MTA504).

Findings of different checks never overlap: the more specific check wins (MTA504, MTA503, then
MTA501, then MTA502), so one error costs one penalty. None is reported inside a sentence the untranslated
analysis reads as English: that is English left (MTA401), not French grammar.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...detect.rule import Rule
from ...i18n import _
from ...lang import grammalecte
from ...lang.technical import technical

APOS = "'’"
COORD = {"et", "ou", "ni"}
COMPLEMENT = frozenset({"de", "d'", "du", "des"})  # a noun's complement opens so (read through _norm)
COLLECTIVE = {"plupart", "majorité", "minorité", "nombre", "moitié", "partie", "ensemble", "groupe",
              "série", "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
              "cinquantaine", "centaine", "millier", "million", "milliard", "foule", "tiers", "quart",
              "reste", "totalité", "poignée", "multitude", "infinité", "quantité", "masse", "peu",
              "beaucoup", "type", "genre", "sorte", "ensemble", "couple", "paire", "pourcentage"}
SINGULAR_HEADS = {"un", "une", "chacun", "chacune", "aucun", "aucune", "nul", "nulle"}
SPACY_NUMBER = {"Sing": "s", "Plur": "p"}


@dataclass
class Candidate:
    rule: str
    start: int
    end: int
    message: str
    suggestion: str | None = None
    severity: str | None = None
    engine: str = "rules"
    confidence: float = 1.0


# -- data -----------------------------------------------------------------------------------------

def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def determiners(ctx) -> dict:
    def build():
        return {_norm(r["word"]): r for r in ctx.resources.table("determiners")}
    return ctx.resources.memo(("mta5", "determiners"), build)


SOFTWARE_FORMATS = frozenset({"po", "ts"})  # translation files of programs' messages


def register_usage(ctx) -> dict:
    """The nouns data/gender_usage.tsv lists for a register this text is in: {noun: (gender, note)}. The one
    register so far is technical French: a text that writes three technical tokens or more (a program's help),
    or a manual's page (lang/technical.technical), or a program's translation file (gettext PO, Qt TS: the
    formats only software uses); not another translation file (XLIFF, TMX, tables: any text), whose units are
    read one by one. MTA501 and MTA502 read it."""
    if ctx.article.meta.get("bilingual") is not None:
        in_register = ctx.article.meta.get("format") in SOFTWARE_FORMATS
    else:
        in_register = technical(ctx)
    if not in_register:
        return {}

    def build():
        return {r["noun"]: (r["gender"], r["note"]) for r in ctx.resources.table("gender_usage")
                if r.get("register") == "technical"}
    return ctx.resources.memo(("mta5", "register", "technical"), build)


def _doubtful(message: str, reason: str) -> str:
    """A finding's message with the reason a second opinion doubts it."""
    return _("{message} [doubtful: {reason}]").format(message=message.strip(), reason=reason)


def auxiliaries(ctx):
    """form -> row, and (lemma, person, number, tense) -> form."""
    def build():
        by_form, by_key = {}, {}
        for r in ctx.resources.table("auxiliaries"):
            by_form.setdefault(r["form"], r)
            by_key.setdefault((r["lemma"], r["person"], r["number"], r["tense"]), r["form"])
        return by_form, by_key
    return ctx.resources.memo(("mta5", "auxiliaries"), build)


def word_endings(ctx) -> dict:
    """pos -> [(ending, gender)], longest first."""
    def build():
        out: dict = {}
        for r in ctx.resources.table("word_endings"):
            out.setdefault(r["pos"], []).append((r["ending"], r["gender"]))
        return {k: sorted(v, key=lambda r: -len(r[0])) for k, v in out.items()}
    return ctx.resources.memo(("mta5", "word_endings"), build)


# the rules' checks run in this order; a candidate that overlaps one kept from an earlier check is dropped
PRECEDENCE = ("MTA504", "MTA503", "MTA501", "MTA502")


def analyse(ctx) -> list[Candidate]:
    """The candidates of every grammar rule (each rule's own `candidates`), overlaps resolved, once per
    article."""
    return ctx.memo("grammar.candidates", lambda: _analyse(ctx))


def _analyse(ctx) -> list[Candidate]:
    from . import RULES  # the family's rule modules import this one

    engine = grammalecte.load()
    ctx.engines["grammar"] = engine_name(engine)
    by_id = {rule.id: rule for rule in RULES}
    groups = [by_id[rule_id].candidates(ctx, engine) for rule_id in PRECEDENCE]
    kept: list[Candidate] = []
    for group in groups:
        for c in sorted(group, key=lambda c: (c.start, c.end)):
            if not any(k.start < c.end and c.start < k.end for k in kept):
                kept.append(c)
    kept.sort(key=lambda c: (c.start, c.end, c.rule))
    english = _english_sentences(ctx) if kept else []
    return [c for c in kept if not any(a <= c.start and c.end <= b for a, b in english)]


def _english_sentences(ctx) -> list[tuple[int, int]]:
    """The sentences and lines the untranslated analysis reads as English (what MTA401 reports as English
    left): French grammar has nothing to say inside them (« Clear the record of a user »: no « a » + past
    participle)."""
    from ..untranslated.analysis import analyse as untranslated

    return [(sp.start, sp.end) for sp in untranslated(ctx).spans if sp.sentence]


def engine_name(engine) -> str:
    """The engine the report names for the grammar rules (runner.current_engines compares it)."""
    return engine.name if engine else "spacy-agreement"


class GrammarRule(Rule):
    """A rule of the family: `candidates` finds its errors; `check` reports those that survive the
    overlap resolution of analyse()."""
    category = "grammar"
    mqm = "Fluency/Grammar"

    @staticmethod
    def candidates(ctx, engine) -> list[Candidate]:
        raise NotImplementedError

    def prefetch(self, ctx):
        """Work that needs no spaCy analysis (Grammalecte's parse of each line), run ahead beside it
        by Auditor(concurrent=True)."""
        from .grammar_checker import prefetch

        prefetch(ctx)

    def remote_jobs(self, ctx):
        """The same work as jobs for the engine helper process (Auditor(helper=))."""
        from .grammar_checker import remote_jobs

        return remote_jobs(ctx)

    def check(self, ctx):
        for c in analyse(ctx):
            if c.rule == self.id:
                yield self.finding(ctx, c.start, c.end, c.message, suggestion=c.suggestion,
                                   severity=c.severity, confidence=c.confidence, engine=c.engine)


def sentences(ctx):
    """(sentence span, its tokens) for every sentence of the article."""
    for s in ctx.article.sentences:
        toks = ctx.tokens_in(s.start, s.end)
        if toks:
            yield s, toks


def _apostrophe(ctx) -> str:
    return "’" if ctx.text.count("’") > ctx.text.count("'") else "'"


def _rebuild(ctx, toks, replace: dict) -> str:
    """Text of toks with some tokens replaced (index -> text, "" drops it), spacing kept."""
    out = []
    for n, t in enumerate(toks):
        word = replace.get(t.i, t.text)
        gap = ctx.text[toks[n - 1].end:t.start] if n else ""
        if not word:
            continue
        if out and out[-1].endswith(tuple(APOS)):
            gap = ""
        out.append((gap if out else "") + word)
    return "".join(out)


# -- Grammalecte ------------------------------------------------------------------------------------

class Lexicon:
    """Gender and number a word can carry: Grammalecte's dictionary, else spaCy's morphology."""

    def __init__(self, ctx, engine):
        self.engine = engine
        self.dets = determiners(ctx)
        self.endings = word_endings(ctx) if engine is None else {}
        self.invariable = ctx.resources.words("invariable_words")

    def det(self, tok, next_tok):
        row = self.dets.get(_norm(tok.text))
        if row is None:
            return None
        g = {"m": {"m"}, "f": {"f"}}.get(row["gender"], {"m", "f"})
        n = {"s": {"s"}, "p": {"p"}}.get(row["number"], {"s", "p"})
        if row.get("vowel") == "any" and next_tok is not None and re.match(r"[aeiouyhâàéèêëîïôöûüœAEIOUYHÉÈÊÂÎÔ]", next_tok.text):
            g = {"m", "f"}
        return g, n

    def word(self, tok):
        """(genders, numbers) for a noun/adjective/participle, None when unknown, False when the
        dictionary says it is not a noun or adjective at all."""
        if self.engine is None:
            if tok.pos == "ADJ" or _is_participle(tok):
                return self._by_ending(tok)
            stem = self._stem(tok)
            g = next((g for e, g in self.endings.get("noun", ()) if stem.endswith(e) and len(stem) > len(e) + 1), "e")
            return ({g} if g in ("m", "f") else {"m", "f"}), self._number_by_spelling(tok)
        analyses = self.engine.morph(tok.text)
        if not analyses:
            return None
        genders, numbers, nominal = set(), set(), False
        for a in analyses:
            tags = a.split("/")[1] if "/" in a else a
            if ":M" in tags:  # proper noun reading: leave it alone
                return None
            if not (":N" in tags or ":A" in tags or ":Q" in tags):
                continue
            nominal = True
            genders |= {"m", "f"} if (":e" in tags or not re.search(r":[mf]\b", tags)) else \
                ({"m"} if ":m" in tags else {"f"})
            numbers |= {"s", "p"} if (":i" in tags or not re.search(r":[sp]\b", tags)) else \
                ({"s"} if ":s" in tags else {"p"})
        if not nominal:
            return False
        return genders, numbers

    def readings(self, word: str) -> list[set]:
        """The dictionary's readings of the word, each as its set of tags (":N:m:s" -> {"N", "m", "s"};
        a flag after « ; », as in ":N:m:s;É", left out); none without Grammalecte."""
        if self.engine is None:
            return []
        return [set(a.split("/")[1].split(";")[0].split(":")) if "/" in a else set() for a in self.engine.morph(word)]

    def verb(self, tok) -> bool:
        """Can the word be a conjugated verb?"""
        if self.engine is None:
            return True  # no dictionary: assume it can, to stay on the safe side
        return any(":V" in a and ":Q" not in a for a in self.engine.morph(tok.text))

    def adjective(self, tok) -> bool:
        """Can the word be an adjective or participle (not only a noun)?"""
        if self.engine is None:
            return tok.pos == "ADJ" or _is_participle(tok)
        return any(":A" in a or ":Q" in a for a in self.engine.morph(tok.text))

    @staticmethod
    def _stem(tok):
        word = tok.text.lower()
        return word[:-1] if word.endswith(("s", "x")) else word

    @staticmethod
    def _number_by_spelling(tok):
        """A French word not ending in s, x or z is singular; one that does may be either."""
        if tok.text.lower().endswith(("s", "x", "z")):
            return {"s", "p"}  # spaCy guesses on these (écossais, choix)
        return {"s"}

    def _by_ending(self, tok):
        """Adjective features from its spelling (fallback engine)."""
        numbers = self._number_by_spelling(tok)
        stem = self._stem(tok)
        if not stem.endswith(("e", "ë")):
            return {"m"}, numbers
        genders = {"m", "f"}
        for ending, g in self.endings.get("adj", ()):
            if stem.endswith(ending) and (g == "e" or len(stem) > len(ending) + 1):
                genders = {"f"} if g == "f" else {"m", "f"}
                break
        return genders, numbers


def classifier_noun(lex, before, prev, word, nxt) -> bool:
    """Is word a bare noun used invariably between the nominal prev and the word nxt that describes
    prev ("les gays genre clichés": colloquial "genre" = "such as", like "style" or "type")? prev
    closes a noun phrase with its determiner, the token before ("les gays"; not a word salad such as
    "Coton trimestre chaussette sport"); the dictionary knows word only as a noun; the parse does
    not make prev a modifier of word (in "les jeunes fille heureuses", « jeunes » modifies « fille »,
    a real slip); nxt is a noun or an adjective that agrees with prev and not with word."""
    if prev.head == word.i or nxt.text[:1].isupper() or lex.engine is None or lex.adjective(word):
        return False
    if before is None or _norm(before.text) not in lex.dets:
        return False
    w, p, n = lex.word(word), lex.word(prev), lex.word(nxt)
    if not (w and p and n):
        return False
    return bool(n[0] & p[0] and n[1] & p[1]) and not (n[0] & w[0] and n[1] & w[1])


def _is_participle(tok) -> bool:
    return tok.pos in ("VERB", "AUX") and "VerbForm=Part" in tok.morph and "Tense=Past" in tok.morph


