"""Grammar and agreement analysis shared by rules MTA501-MTA504, computed once per article.

Engines: Grammalecte when installed (its findings, filtered by data/grammalecte.tsv, and its
dictionary for gender/number), else spaCy morphology ("spacy-agreement"). On top of either, three
checks of our own catch what Grammalecte misses in machine-translated news: agreement inside a
noun phrase read from the lexicon (MTA502), the inverted subject of a reporting incise (MTA503),
and wrong auxiliaries or reflexives from data/verb_usage.tsv (MTA504).

Findings of different checks never overlap: the more specific check wins (MTA504, MTA503, then
MTA501, then MTA502), so one error costs one penalty.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..i18n import _, data_text
from . import _grammalecte

STATE = "_mta5_grammar"
APOS = "'’"
CLOSERS = {",", "»", "”", '"', "’’"}
COORD = {"et", "ou", "ni"}
INTENSIFIERS = {"très", "plus", "moins", "si", "aussi", "trop", "assez", "bien", "tout", "toute",
                "fort", "particulièrement", "extrêmement", "relativement", "vraiment", "encore"}
COLLECTIVE = {"plupart", "majorité", "minorité", "nombre", "moitié", "partie", "ensemble", "groupe",
              "série", "dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine",
              "cinquantaine", "centaine", "millier", "million", "milliard", "foule", "tiers", "quart",
              "reste", "totalité", "poignée", "multitude", "infinité", "quantité", "masse", "peu",
              "beaucoup", "type", "genre", "sorte", "ensemble", "couple", "paire", "pourcentage"}
PRON_NUMBER = {"il": "s", "elle": "s", "on": "s", "ils": "p", "elles": "p", "cela": "s", "ceci": "s",
               "ça": "s"}  # not "ce": "ce sont" is right
CLITICS = {"le", "la", "l'", "les", "leur"}
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


def grammalecte_policy(ctx):
    def build():
        options, rules = {}, {}
        for r in ctx.resources.table("grammalecte"):
            (options if r["kind"] == "option" else rules)[r["name"]] = r["action"]
        return options, rules
    return ctx.resources.memo(("mta5", "grammalecte"), build)


def determiners(ctx) -> dict:
    def build():
        return {_norm(r["word"]): r for r in ctx.resources.table("determiners")}
    return ctx.resources.memo(("mta5", "determiners"), build)


def auxiliaries(ctx):
    """form -> row, and (lemma, person, number, tense) -> form."""
    def build():
        by_form, by_key = {}, {}
        for r in ctx.resources.table("auxiliaries"):
            by_form.setdefault(r["form"], r)
            by_key.setdefault((r["lemma"], r["person"], r["number"], r["tense"]), r["form"])
        return by_form, by_key
    return ctx.resources.memo(("mta5", "auxiliaries"), build)


def verb_usage(ctx) -> dict:
    def build():
        out: dict = {}
        for r in ctx.resources.table("verb_usage"):
            out.setdefault(r["lemma"], []).append(r)
        return out
    return ctx.resources.memo(("mta5", "verb_usage"), build)


def word_endings(ctx) -> dict:
    """pos -> [(ending, gender)], longest first."""
    def build():
        out: dict = {}
        for r in ctx.resources.table("word_endings"):
            out.setdefault(r["pos"], []).append((r["ending"], r["gender"]))
        return {k: sorted(v, key=lambda r: -len(r[0])) for k, v in out.items()}
    return ctx.resources.memo(("mta5", "word_endings"), build)


def reporting_verbs(ctx) -> frozenset:
    return ctx.resources.words("reporting_verbs")


# -- entry point ------------------------------------------------------------------------------------

def analyse(ctx) -> list[Candidate]:
    cached = ctx.__dict__.get(STATE)
    if cached is not None:
        return cached
    engine = _grammalecte.load()
    ctx.engines["grammar"] = engine.name if engine else "spacy-agreement"
    groups = [auxiliary_checks(ctx), inverted_subject_checks(ctx, engine)]
    groups.append(grammalecte_checks(ctx, engine) if engine else subject_verb_checks(ctx))
    groups.append(noun_phrase_checks(ctx, engine))
    kept: list[Candidate] = []
    for group in groups:
        for c in sorted(group, key=lambda c: (c.start, c.end)):
            if not any(k.start < c.end and c.start < k.end for k in kept):
                kept.append(c)
    kept.sort(key=lambda c: (c.start, c.end, c.rule))
    ctx.__dict__[STATE] = kept
    return kept


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

def _rule_name(rule_id: str) -> str:
    parts = rule_id.split("__")
    return parts[1] if len(parts) >= 3 else rule_id


def grammalecte_options(ctx, engine) -> dict:
    """Grammalecte's options for this configuration: its defaults, with data/grammalecte.tsv's off."""
    opt_actions, _ = grammalecte_policy(ctx)
    options = dict(engine.default_options)
    for name, action in opt_actions.items():
        if name in options:
            options[name] = action != "off"
    return options


def prefetch(ctx) -> None:
    """Parse the article's prose lines with Grammalecte ahead of the rules (the engine remembers each
    line's parse), e.g. in a thread while spaCy analyses the article; the rules then find them."""
    engine = _grammalecte.load()
    if engine is None:
        return
    options = grammalecte_options(ctx, engine)
    for line in ctx.article.lines:
        if _prose(line.text):
            engine.parse(line.text, options, copy=False)


def grammalecte_checks(ctx, engine) -> list[Candidate]:
    opt_actions, rule_actions = grammalecte_policy(ctx)
    options = grammalecte_options(ctx, engine)
    out = []
    lex = Lexicon(ctx, engine)
    for line in ctx.article.lines:
        if not _prose(line.text):
            continue
        errors = []
        for e in engine.parse(line.text, options):
            name = _rule_name(e.get("sRuleId", ""))
            action = rule_actions.get(name) or rule_actions.get(e.get("sRuleId", "")) \
                or opt_actions.get(e.get("sType") or "notype", "off")
            if action == "off":
                continue
            start, end = line.start + e["nStart"], line.start + e["nEnd"]
            if start >= end:
                continue
            if _names_in(line.text, e["nStart"], e["nEnd"]):
                continue  # a capitalised word inside a sentence: a name or English, not French agreement
            if _accent_only(line.text[e["nStart"]:e["nEnd"]], (e.get("aSuggestions") or [""])[0]):
                continue  # "A partir" -> "À partir": a capital accent is typography
            if action == "coordinated":
                if _coordinated_after(ctx.text, end):
                    continue
                action = "minor"
            if action == "major" and e.get("sType") in AGREEMENT_TYPES:
                doubt = agreement_doubt(ctx, lex, start, end, e)
                if doubt == "drop":
                    continue
                if doubt:
                    action = "minor"
                    e = dict(e, sMessage=f"{e.get('sMessage', '').strip()} [doubtful: {doubt}]", doubt=doubt)
            errors.append((start, end, e, action))
        out.extend(_merge_pairs(ctx, errors, engine.name))
    return out


# -- second opinion on Grammalecte's agreement findings -------------------------------------------

AGREEMENT_TYPES = {"gn", "ppas", "infi"}  # agreement, and infinitive/participle after a word
QUOTED = re.compile(r"[«“]\s*([^»”]{1,60}?)\s*[»”]")
MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
PREPOSITIONS = {"de", "d'", "du", "des", "à", "au", "aux", "en", "pour", "par", "sans", "avec", "sous", "sur"}


def _unreadable_gender(tok, nxt=None) -> bool:
    """A word whose gender or number cannot be read from its spelling: a code, a letter, a number,
    an acronym, a date word, a name, or a designation followed by a number ("la St 2179")."""
    w = tok.text
    return (any(c.isdigit() for c in w) or len(w) == 1 or (len(w) > 1 and w.isupper())
            or w.lower() in MONTHS or tok.pos == "PROPN" or tok.pos == "NUM"
            or (w[:1].isupper() and nxt is not None and nxt.text[:1].isdigit()))


def _agrees(lex, tok, other) -> bool:
    """Can tok (an adjective or participle) agree with the noun other, by the dictionary?"""
    a, b = lex.word(tok), lex.word(other)
    if not a or not b:
        return False
    return bool(a[0] & b[0]) and bool(a[1] & b[1])


def agreement_doubt(ctx, lex, start: int, end: int, e: dict) -> str | None:
    """Check a Grammalecte agreement finding against spaCy's analysis.

    Returns None when nothing speaks against it, "drop" when the word it agrees with is one whose
    gender cannot be read (a code, a letter, a number, a date, an acronym, a name: "la E 94"), or a
    short reason when the finding is doubtful: the flagged word is a noun in apposition ("les gays
    genre clichés"), or the adjective can agree with the head noun of the phrase instead of its
    complement ("des visseuses sans fil industrielles"), or spaCy finds another subject that agrees.
    """
    targets = [t for t in ctx.tokens_in(start, end) if t.text[:1].isalnum()]
    if not targets:
        return None
    target = targets[-1]
    toks = ctx.tokens
    if e.get("sType") == "infi" and (target.pos == "ADJ" or (
            "VerbForm=Part" in target.morph and target.dep in ("amod", "acl")
            and 0 <= target.head < len(toks) and toks[target.head].pos in ("NOUN", "PRON"))):
        return "the parse reads it as an adjective or participle of a noun (« quelque chose de cassé »)"
    own = {t.text.lower() for t in targets}
    names = [m.group(1) for m in QUOTED.finditer(e.get("sMessage", ""))]
    names = [n for n in names if n.lower() not in own]
    if not names:
        return None
    # the controller: the nearest occurrence in the sentence of the last word named
    sent = ctx.sentence_of(start)
    lo, hi = (sent.start, sent.end) if sent else (max(0, start - 200), end + 200)
    word = re.findall(r"[\w'’-]+", names[-1])
    if not word:
        return None
    word = word[-1].lower()
    cands = [t for t in ctx.tokens_in(lo, hi) if t.text.lower() == word and t.i not in {x.i for x in targets}]
    if not cands:
        return None
    ctrl = min(cands, key=lambda t: abs(t.start - start))
    if _unreadable_gender(ctrl, toks[ctrl.i + 1] if ctrl.i + 1 < len(toks) else None):
        return "drop"
    if e.get("sType") == "infi":
        return None
    if ctrl.pos not in ("NOUN", "PROPN", "PRON"):
        return None
    # a noun flagged against a noun: two nouns side by side (apposition, noun-noun compound)
    if target.pos in ("NOUN", "PROPN") and ctrl.pos == "NOUN" and e.get("sType") == "gn":
        return "nouns in apposition, not noun and adjective"
    if target.pos not in ("ADJ", "VERB", "AUX"):
        return None
    # an adjective after "N1 prep (det) N2" may agree with N1: the complement N2 is not the only reading
    if ctrl.i < target.i:
        j = ctrl.i - 1
        while j >= 0 and toks[j].pos == "DET":
            j -= 1
        if j >= 1 and toks[j].lower in PREPOSITIONS:
            k = j - 1
            while k >= 0 and toks[k].pos == "ADJ":
                k -= 1
            if k >= 0 and toks[k].pos == "NOUN" and _agrees(lex, target, toks[k]):
                return f"it may agree with « {toks[k].text} »"
    # spaCy's own head or subject for the word agrees, and it is not the word Grammalecte named
    head = toks[target.head] if 0 <= target.head < len(toks) else None
    if target.dep in ("amod", "acl") and head is not None and head.i != ctrl.i and head.pos == "NOUN" \
            and _agrees(lex, target, head):
        return f"it may agree with « {head.text} »"
    verb = head if target.dep in ("cop", "aux", "aux:pass") and head is not None else target
    subj = next((t for t in toks[max(0, verb.i - 30):verb.i + 10]
                 if t.head == verb.i and t.dep.startswith("nsubj")), None)
    if subj is not None and subj.i != ctrl.i and subj.pos == "NOUN" and _agrees(lex, target, subj):
        return f"its subject may be « {subj.text} »"
    return None


def _prose(line: str) -> bool:
    """Worth a grammar check: not a tag list, a title in capitals or a stray fragment."""
    words = re.findall(r"\w+", line)
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    return not (len(words) >= 4 and caps > len(words) / 2)


def _names_in(text: str, start: int, end: int) -> bool:
    caps = [m for m in re.finditer(r"\w+", text[start:end]) if m.group()[0].isupper()]
    if not caps:
        return False
    return not (len(caps) == 1 and caps[0].start() == 0 and _sentence_start(text, start))


def _sentence_start(text: str, pos: int) -> bool:
    return not text[:pos].strip() or bool(re.search(r"[.!?:«\"“]\s*$", text[:pos]))


def _accent_only(found: str, suggestion: str) -> bool:
    import unicodedata

    def bare(x):
        return "".join(c for c in unicodedata.normalize("NFD", x) if not unicodedata.combining(c))
    return bool(suggestion) and found != suggestion and found[:1].isupper() and bare(found) == bare(suggestion)


def _coordinated_after(text: str, pos: int) -> bool:
    """Is there a coordination (et/ou/ni) before the end of the clause that follows pos?"""
    m = re.match(r"[^,;:.!?»«()]*", text[pos:pos + 200])
    return bool(re.search(r"\b(et|ou|ni)\b", m.group(0)))


def _merge_pairs(ctx, errors, engine_name) -> list[Candidate]:
    """Grammalecte reports an agreement error on both words ("mers" and "sûrs"); make it one."""
    errors.sort(key=lambda x: x[0])
    groups: list[list] = []
    for err in errors:
        last = groups[-1][-1] if groups else None
        if last and last[2].get("sLineId") == err[2].get("sLineId") and 0 <= err[0] - last[1] <= 40 \
                and "\n" not in ctx.text[last[1]:err[0]]:
            groups[-1].append(err)
        else:
            groups.append([err])
    out = []
    for g in groups:
        start, end = g[0][0], g[-1][1]
        # each piece's suggestion is an alternative fix; apply one: the last word's (the
        # adjective or participle agreeing with the noun), else the first word that has one
        fix = next((x for x in reversed(g) if x[2].get("aSuggestions")), None) if len(g) > 1 \
            else (g[0] if g[0][2].get("aSuggestions") else None)
        suggestion = None
        if fix is not None:
            suggestion = ctx.text[start:fix[0]] + fix[2]["aSuggestions"][0] + ctx.text[fix[1]:end]
        main = (fix or g[0])[2]
        message = main.get("sMessage", "").strip()
        others = (main.get("aSuggestions") or [])[1:4]
        if len(g) == 1 and others:
            message += " (autres : " + ", ".join(others) + ")"
        # a pair is one error seen from both words: a doubt on either side demotes it
        doubt = next((x[2]["doubt"] for x in g if x[2].get("doubt")), None)
        if doubt and "[doubtful" not in message:
            message += f" [doubtful: {doubt}]"
        severity = "major" if any(a == "major" for *_, a in g) and not doubt else "minor"
        out.append(Candidate("MTA501", start, end, message, suggestion, severity, engine_name))
    return out


# -- lexicon features -----------------------------------------------------------------------------

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


def _is_participle(tok) -> bool:
    return tok.pos in ("VERB", "AUX") and "VerbForm=Part" in tok.morph and "Tense=Past" in tok.morph


def noun_phrase_checks(ctx, engine) -> list[Candidate]:
    lex = Lexicon(ctx, engine)
    name = f"lexicon:{engine.name}" if engine else "spacy-agreement"
    out = []
    for _, toks in sentences(ctx):
        i = 0
        while i < len(toks):
            chunk = _chunk(toks, i, lex, ctx.text)
            if chunk:
                cand = _check_chunk(ctx, toks, i, chunk, lex, engine, name)
                if cand:
                    out.append(cand)
                i += len(chunk[0])
            else:
                i += 1
    return out


def _chunk(toks, i, lex, text):
    """Members of the noun phrase opened by the determiner toks[i]: (tokens, roles, features)."""
    t = toks[i]
    if t.pos not in ("DET", "ADP") or _norm(t.text) not in lex.dets:
        return None
    if t.start > 0 and text[t.start - 1] in "-‑":
        return None  # the end of a compound ("bande-son")
    feats = [lex.det(t, toks[i + 1] if i + 1 < len(toks) else None)]
    members, roles = [t], ["det"]
    nouns = 0
    j = i + 1
    while j < len(toks):
        u = toks[j]
        low = u.text.lower()
        if u.text[:1].isupper() or not u.text.isalpha() and "-" not in u.text:
            break
        if u.end < len(text) and text[u.end] == "-":
            break  # a piece of a compound spaCy split ("soi-disant")
        if u.pos == "ADV" and low in INTENSIFIERS and j + 1 < len(toks) and toks[j + 1].pos == "ADJ":
            j += 1
            continue
        if u.pos == "NOUN" and nouns == 0:
            role = "noun"
        elif u.pos == "ADJ" or (_is_participle(u) and (nouns or roles[-1] == "adj")):
            role = "adj"
        else:
            break
        if _is_participle(u) and _verbal(toks, u, members):
            break  # "a une nouvelle fois été prolongé": the participle is the verb, not in the phrase
        f = lex.word(u)
        if f is False:
            break
        if nouns and (low in lex.invariable or low[:-1] in lex.invariable):
            break  # apposition noun or invariable adjective ("un acteur clé", "une vie chic")
        if nouns and f and not lex.adjective(u):
            break  # a noun in apposition ("un acteur clé"), not an adjective
        if nouns and lex.engine is not None and lex.verb(u):
            break  # "le ciment sèche", "ce processus dure": more likely the verb than an adjective
        if j + 1 < len(toks) and toks[j + 1].pos == "DET":
            break  # "tout le temps": a predeterminer, not part of this phrase
        if nouns and j + 1 < len(toks) and toks[j + 1].pos == "NOUN" and not toks[j + 1].text[:1].isupper():
            break  # an adjective opening a locution ("des images haute résolution")
        members.append(u)
        roles.append(role if role == "noun" or nouns == 0 else "post")
        feats.append(f)
        if role == "noun":
            nouns += 1
        j += 1
    if len(members) < 2:
        return None
    return members, roles, feats


def _verbal(toks, u, members) -> bool:
    """Does the parse read the participle u as a verb: with an auxiliary of its own, or governing
    the phrase's words ("une nouvelle fois" as an adverbial of "a ... dû")?"""
    near = {t.i: t for t in toks}
    if any(t.head == u.i and t.dep.startswith("aux") for t in toks if t.i < u.i):
        return True
    return any(m.head == u.i and m.dep.split(":")[0] in ("obl", "obj", "nsubj", "advmod") for m in members
               if m.i in near and m.pos == "NOUN")


def _conjoined_genders(toks, noun, lex) -> set:
    """Genders of the nouns coordinated with noun in the parse ("d'une netteté et d'une
    précision"), noun included; empty when it is not coordinated."""
    near = {t.i: t for t in toks}
    group = [t for t in toks if t.pos == "NOUN" and ((t.head == noun.i and t.dep == "conj")
                                                     or (noun.dep == "conj" and t.i == noun.head))]
    if noun.dep == "conj" and noun.head in near:
        group += [t for t in toks if t.head == noun.head and t.dep == "conj" and t.pos == "NOUN"]
    if not group:
        return set()
    genders = set()
    for t in [noun, *group]:
        f = lex.word(t)
        if f:
            genders |= f[0]
    return genders


def _check_chunk(ctx, toks, i, chunk, lex, engine, engine_name):
    members, roles, feats = chunk
    if sum(1 for f in feats[1:] if f) == 0:
        return None
    prev = toks[i - 1] if i > 0 else None
    prev_low = _norm(prev.text) if prev else ""
    complement = _norm(members[0].text) in ("du", "des", "au", "aux") and members[0].pos == "ADP" \
        or prev_low in ("de", "d'")
    other_conjunct = _governor(toks, i - 1, lex) if prev_low in COORD else None
    governor = _governor(toks, i, lex) if complement else None
    active = []
    for m, role, f in zip(members, roles, feats):
        if not f:
            continue
        if role == "post" and other_conjunct and "p" in f[1] and f[0] & other_conjunct[0]:
            continue  # may agree with coordinated nouns ("un ciel et une mer sûrs")
        if role == "post" and governor and f[0] & governor[0] and f[1] & governor[1]:
            continue  # may agree with the governing noun ("la force de la coalition déployée")
        if role == "post" and "p" in f[1] and any(r == "noun" and f[0] & _conjoined_genders(toks, x, lex)
                                                   for x, r in zip(members, roles)):
            continue  # may agree with nouns coordinated in the parse ("d'une netteté et d'une précision étonnantes")
        active.append((m, role, f))
    if len(active) < 2:
        return None
    if _norm(members[0].text) in CLITICS and len(members) > 1 and lex.verb(members[1]):
        return None  # "la ceinture les garde": a pronoun before a verb, not a determiner
    genders = set.intersection(*(f[0] for _, _, f in active))
    numbers = set.intersection(*(f[1] for _, _, f in active))
    if genders and numbers:
        return None
    start, end = members[0].start, members[-1].end
    # the value most of the phrase (the noun first) agrees on, and the words that break it
    target_g = _target(active, 0) if not genders else None
    target_n = _target(active, 1) if not numbers else None
    phrase_g = next(iter(genders)) if len(genders) == 1 else target_g
    phrase_n = next(iter(numbers)) if len(numbers) == 1 else target_n
    wrong = [(m, role) for m, role, f in active
             if (target_g and target_g not in f[0]) or (target_n and target_n not in f[1])]
    if len(wrong) == len(active):
        return None
    gname = {"m": _("masculine"), "f": _("feminine")}
    nname = {"s": _("singular"), "p": _("plural")}
    if wrong and (target_g or target_n):
        what = " ".join(x for x in (gname.get(target_g), nname.get(target_n)) if x)
        message = _("Agreement in the noun phrase: {words} does not agree with the rest of the phrase, which is "
                    "{what}.").format(words=", ".join("« " + m.text + " »" for m, _w in wrong), what=what)
    elif not genders and not numbers:
        message = _("Agreement in the noun phrase: its words do not agree in gender and number.")
    elif not genders:
        message = _("Agreement in the noun phrase: its words do not agree in gender.")
    else:
        message = _("Agreement in the noun phrase: its words do not agree in number.")
    suggestion = None
    if engine is not None and wrong and all(role != "det" for _, role in wrong):
        replace = {}
        for m, _f in wrong:
            forms = engine.inflect(m.text, phrase_g, phrase_n or "s") if phrase_g else \
                engine.inflect(m.text, None, phrase_n) if phrase_n else []
            if not forms:
                replace = None
                break
            replace[m.i] = forms[0]
        if replace:
            suggestion = _rebuild(ctx, members, replace)
    return Candidate("MTA502", start, end, message, suggestion, None, engine_name)


def _target(active, k):
    """The gender (k=0) or number (k=1) the phrase agrees on: the noun's, else the majority's."""
    for _, role, f in active:
        if role == "noun" and len(f[k]) == 1:
            return next(iter(f[k]))
    votes: dict = {}
    for _, role, f in active:
        if len(f[k]) == 1:
            v = next(iter(f[k]))
            votes[v] = votes.get(v, 0) + (1.5 if role == "det" else 1)
    if not votes:
        return None
    best = sorted(votes.items(), key=lambda kv: -kv[1])
    if len(best) > 1 and best[0][1] == best[1][1]:
        return None
    return best[0][0]


def _governor(toks, i, lex):
    """Features of the nearest noun before toks[i] (the noun a "de" complement depends on, or the
    other conjunct of a coordination)."""
    for j in range(i - 1, max(-1, i - 6), -1):
        t = toks[j]
        if t.pos == "NOUN":
            f = lex.word(t)
            return f or ({"m", "f"}, {"s", "p"})
        if t.pos == "PROPN":
            return {"m", "f"}, {"s", "p"}
        if t.pos in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"):
            break
    return None


# -- subject-verb (spaCy) -------------------------------------------------------------------------

def _children(toks):
    kids: dict = {}
    for t in toks:
        if t.head != t.i:
            kids.setdefault(t.head, []).append(t)
    return kids


def _subject_number(tok, kids, dets):
    low = _norm(tok.text)
    if tok.pos == "PRON":
        if low in SINGULAR_HEADS:
            return "s"
        return PRON_NUMBER.get(low)
    if tok.lemma in COLLECTIVE or low in COLLECTIVE:
        return None
    mine = kids.get(tok.i, [])
    if any(k.dep == "conj" for k in mine) or any(k.dep == "cc" for k in mine):
        return None
    det_n = None
    for k in mine:
        if k.dep == "det" and _norm(k.text) in dets:
            det_n = dets[_norm(k.text)]["number"]
            if det_n not in ("s", "p"):
                det_n = None
    if tok.pos == "PROPN" or tok.text[:1].isupper():
        return det_n
    noun_n = SPACY_NUMBER.get(tok.feat("Number"))
    if noun_n == "s" and tok.text.lower().endswith(("s", "x", "z")):
        noun_n = None  # pays, poids, prix: invariable, spaCy guesses
    if det_n and noun_n and det_n != noun_n:
        return None
    return det_n or noun_n


def _verb_number(verb):
    """spaCy's number for a finite verb, unless the spelling contradicts it."""
    n = SPACY_NUMBER.get(verb.feat("Number"))
    low = verb.text.lower()
    plural_form = low.endswith(("ent", "ont")) and not low.endswith(("ient", "ment"))
    if n == "p" and not low.endswith("nt") and not low.endswith(("ons", "ez", "mes", "tes")):
        return None
    if n == "s" and plural_form:
        return None
    return n


def subject_verb_checks(ctx) -> list[Candidate]:
    """Fallback engine: a subject and its finite verb with different numbers (plain order)."""
    dets = determiners(ctx)
    by_form, by_key = auxiliaries(ctx)
    out = []
    for _sent, toks in sentences(ctx):
        kids = _children(toks)
        index = {t.i: n for n, t in enumerate(toks)}
        for s in toks:
            if s.dep not in ("nsubj", "nsubj:pass") or s.head not in index or s.head <= s.i:
                continue
            head = toks[index[s.head]]
            finite = [k for k in kids.get(head.i, []) if k.dep in ("aux", "aux:tense", "aux:pass", "cop")
                      and "VerbForm=Fin" in k.morph and k.i > s.i]
            verb = finite[0] if finite else (head if "VerbForm=Fin" in head.morph else None)
            if verb is None or verb.i - s.i > 6:
                continue
            between = toks[index[s.i] + 1:index[verb.i]]
            if any(b.pos == "PUNCT" or _norm(b.text) in ("qui", "que", "qu'") for b in between):
                continue
            v_num = _verb_number(verb)
            if verb.feat("Person") in ("1", "2") and s.pos != "PRON":
                continue
            s_num = _subject_number(s, kids, dets)
            if not v_num or not s_num or v_num == s_num:
                continue
            first = min([s] + [k for k in kids.get(s.i, []) if k.dep == "det"], key=lambda t: t.i)
            before = toks[index[first.i] - 1] if index[first.i] > 0 else None
            if before is not None and (before.pos not in ("PUNCT", "CCONJ", "SCONJ", "ADV")
                                       or _norm(before.text) in COORD):
                continue  # the subject does not open its clause, or is a conjunct: the parse may be wrong
            suggestion = None
            row = by_form.get(verb.text.lower())
            if row and row["number"] in ("s", "p"):
                other = by_key.get((row["lemma"], row["person"], s_num, row["tense"]))
                if other:
                    span_toks = toks[index[first.i]:index[verb.i] + 1]
                    suggestion = _rebuild(ctx, span_toks, {verb.i: other})
            out.append(Candidate(
                "MTA501", first.start, verb.end,
                _("Subject-verb agreement: the subject « {subject} » is {subject_number} but « {verb} » is "
                  "{verb_number}.").format(subject=s.text, verb=verb.text,
                                           subject_number=_("singular") if s_num == "s" else _("plural"),
                                           verb_number=_("singular") if v_num == "s" else _("plural")),
                suggestion, "major", "spacy-agreement", 0.8))
    return out


# -- inverted subject of a reporting incise --------------------------------------------------------

def inverted_subject_checks(ctx, engine) -> list[Candidate]:
    verbs = reporting_verbs(ctx)
    dets = determiners(ctx)
    by_form, by_key = auxiliaries(ctx)
    out = []
    for _sent, toks in sentences(ctx):
        for n, v in enumerate(toks):
            if n == 0 or toks[n - 1].text not in CLOSERS:
                continue
            if not (v.pos in ("AUX", "VERB") and "VerbForm=Fin" in v.morph) or v.text[:1].isupper():
                continue
            k = n + 1
            if v.pos == "AUX" or v.lemma in ("avoir", "être"):
                while k < len(toks) and toks[k].pos == "ADV":
                    k += 1
                if k >= len(toks) or not _is_participle(toks[k]) or toks[k].lemma not in verbs:
                    continue
                k += 1
            elif v.lemma not in verbs:
                continue
            if k >= len(toks) or toks[k].text.startswith("-"):
                continue  # "a-t-il déclaré": pronoun subject
            if not _incise(ctx, toks, n, k - 1):
                continue  # "Le président, M. X, a annoncé les mesures": subject before the verb
            subj = _inverted_subject(toks, k, dets)
            if subj is None:
                continue
            s_num, s_end = subj
            v_num = by_form[v.text.lower()]["number"] if v.text.lower() in by_form \
                else SPACY_NUMBER.get(v.feat("Number"))
            if v_num not in ("s", "p") or v_num == s_num:
                continue
            span = toks[n:s_end + 1]
            suggestion = None
            row = by_form.get(v.text.lower())
            other = by_key.get((row["lemma"], row["person"], s_num, row["tense"])) if row else None
            if not other and engine is not None:
                forms = engine.conjugate_like(v.text, ":3" + s_num)
                other = forms[0] if forms else None
            if other:
                suggestion = _rebuild(ctx, span, {v.i: other})
            subject_text = ctx.text[toks[k].start:toks[s_end].end]
            out.append(Candidate(
                "MTA503", v.start, toks[s_end].end,
                _("Subject-verb agreement: in this incise the subject comes after the verb; « {subject} » is "
                  "{number}, so the verb must be too.").format(
                    subject=subject_text, number=_("singular") if s_num == "s" else _("plural")),
                suggestion, None, "rules"))
    return out


QUOTE_CLOSERS = {"»", "”", '"', "’’"}


def _incise(ctx, toks, n, m) -> bool:
    """Is the verb group toks[n..m] an incise whose subject follows it? Not when the parse gives the
    verb a subject on its left (a plain subject-verb-object sentence with an apposition between
    commas); yes after a quotation, where the parse puts the verb's subject on its right, or where
    it reads the verb as an inserted clause (parataxis)."""
    heads = {toks[n].i, toks[m].i}
    first = toks[0].i
    if _resumes_after_comma(toks, m):
        return True  # "La décision, ont ajouté les sources, sera connue": the sentence goes on after
    for t in ctx.tokens[first:toks[n].i]:
        if t.head in heads and t.dep.split(":")[0] in ("nsubj", "expl") and not _quoted(toks, t):
            return False
    quoted = any(t.text in QUOTE_CLOSERS for t in toks[max(0, n - 3):n])
    right = any(t.head in heads and t.dep.startswith("nsubj") for t in toks if t.i > toks[m].i)
    return quoted or right or toks[m].dep == "parataxis" or toks[n].dep == "parataxis"


def _resumes_after_comma(toks, m) -> bool:
    """After the verb group toks[..m], does the clause close with a comma followed at once by a
    finite verb (the main clause resuming after a mid-sentence incise)?"""
    for j in range(m + 1, len(toks) - 1):
        if toks[j].pos == "PUNCT":
            if toks[j].text != ",":
                return False
            k = j + 1
            while k < len(toks) and toks[k].lower in ("ne", "n'"):
                k += 1
            return k < len(toks) and toks[k].pos in ("AUX", "VERB") and "VerbForm=Fin" in toks[k].morph
    return False


def _quoted(toks, tok) -> bool:
    """Is tok inside a « » quotation of this sentence?"""
    depth = 0
    for t in toks:
        if t.i == tok.i:
            return depth > 0
        if t.text in ("«", "“"):
            depth += 1
        elif t.text in ("»", "”") and depth:
            depth -= 1
    return False


def _inverted_subject(toks, k, dets):
    """(number, index of its last core token) of the subject starting at toks[k], or None."""
    t = toks[k]
    low = _norm(t.text)
    end_clause = k
    while end_clause < len(toks) and toks[end_clause].pos != "PUNCT":
        end_clause += 1
    clause = toks[k:end_clause]
    if any(_norm(c.text) in COORD or c.text == "ainsi" for c in clause):
        return None
    # l'un des responsables / une des sources / chacun des ministres
    j = k + 1 if low in ("l'",) else k
    if j < len(toks) and _norm(toks[j].text) in SINGULAR_HEADS and toks[j].pos == "PRON":
        end = j
        if j + 2 < len(toks) and _norm(toks[j + 1].text) in ("des", "de", "d'"):
            end = j + 2
            while end + 1 < end_clause and toks[end + 1].pos == "ADJ":
                end += 1
        return "s", end
    if t.pos == "PROPN":
        end = k
        while end + 1 < end_clause and toks[end + 1].pos == "PROPN":
            end += 1
        return "s", end
    if low in dets and t.pos in ("DET", "ADP"):
        number = dets[low]["number"]
        if number not in ("s", "p"):
            return None
        end = k + 1
        while end < end_clause and toks[end].pos in ("ADJ", "NUM"):
            end += 1
        if end >= end_clause or toks[end].pos != "NOUN" or toks[end].lemma in COLLECTIVE:
            return None
        while end + 1 < end_clause and toks[end + 1].pos == "ADJ":
            end += 1
        return number, end
    return None


# -- wrong auxiliary or reflexive ------------------------------------------------------------------

REFLEXIVE = {"se", "s'"}


def auxiliary_checks(ctx) -> list[Candidate]:
    usage = verb_usage(ctx)
    by_form, by_key = auxiliaries(ctx)
    apostrophe = _apostrophe(ctx)
    out = []
    for _sent, toks in sentences(ctx):
        for n, p in enumerate(toks):
            if p.lemma not in usage or not _is_participle(p):
                continue
            a = n - 1
            while a >= 0 and toks[a].pos == "ADV":
                a -= 1
            if a < 0 or toks[a].text.lower() not in by_form:
                continue
            aux = toks[a]
            aux_row = by_form[aux.text.lower()]
            r = a - 1
            reflexive = toks[r] if r >= 0 and _norm(toks[r].text) in REFLEXIVE else None
            nxt = _norm(toks[n + 1].text) if n + 1 < len(toks) else ""
            for row in usage[p.lemma]:
                kind = row["error"]
                if kind == "pronominal" and not (reflexive and aux_row["lemma"] == "être"):
                    continue
                if kind == "etre-used" and (reflexive or aux_row["lemma"] != "être"):
                    continue
                if kind == "avoir-used" and aux_row["lemma"] != "avoir":
                    continue
                context = [_norm(c) for c in row["context"].split("|") if c]
                if context and nxt not in context:
                    continue
                first = reflexive or aux
                start_idx = toks.index(first)
                if reflexive and start_idx > 0 and _norm(toks[start_idx - 1].text) in ("ne", "n'"):
                    start_idx -= 1
                span = toks[start_idx:n + 1]
                replace = {}
                new_aux = by_key.get((row["fix_aux"], aux_row["person"], aux_row["number"], aux_row["tense"]))
                if new_aux:
                    replace[aux.i] = new_aux
                if reflexive:
                    replace[reflexive.i] = ""
                if row["agree"] != "yes":
                    replace[p.i] = row["participle"]
                neg = span[0] if _norm(span[0].text) in ("ne", "n'") else None
                if neg is not None and new_aux and new_aux[:1] in "aeiouéèêh":
                    replace[neg.i] = "n" + apostrophe
                suggestion = _rebuild(ctx, span, replace) if new_aux else None
                if kind == "pronominal":
                    msg = _("« {verb} » is not pronominal here: drop « {reflexive} » and use {aux}.").format(
                        verb=p.lemma, reflexive=reflexive.text, aux=row["fix_aux"])
                else:
                    msg = _("« {verb} » is conjugated with {aux}, not {wrong}.").format(
                        verb=p.lemma, aux=row["fix_aux"], wrong=aux_row["lemma"])
                out.append(Candidate("MTA504", span[0].start, p.end, f"{msg} {data_text(row['reason'])}.",
                                     suggestion, None, "rules"))
                break
    return out
