"""Repetition and garbling: doubled words, words coming back too soon, "X de X", garbled number ranges,
duplicated sentences. Word lists in data/repetition.tsv."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...read.article import WORD_RE
from ...i18n import _, quote

SPACES = " \u00a0\u202f\t"
ADVERB_WINDOW = 10   # tokens between two occurrences of an adverb
CONTENT_WINDOW = 1   # tokens between two occurrences of a noun or verb
STOP_POS = {"PUNCT", "CCONJ", "SCONJ"}
STOP_WORDS = {"et", "ou", "ni", "mais", "que", "qu'", "comme", "puis", "soit"}


def words(ctx, kind: str) -> frozenset:
    def build():
        return frozenset(r["entry"].lower() for r in ctx.resources.table("repetition") if r["kind"] == kind)
    return ctx.resources.memo(("repetition", kind), build)


def _only_spaces(text, a, b) -> bool:
    return a < b and all(c in SPACES for c in text[a:b])


class DoubledWord(Rule):
    id = "MTA700"
    slug = "doubled-word"
    name = "Doubled word"
    category = "repetition"
    mqm = "Fluency/Duplication"
    severity = "minor"
    what = """Finds a word or a group of two to four words written twice in a row ("le le", "de la
    de la"). Legitimate doublings are listed in data/repetition.tsv ("nous nous", "vous vous",
    "en en parlant"); names ("Bora Bora", "de De Gaulle"), numbers and runs of three or more
    ("la la la") are left alone."""
    why = """A doubled word is a typing or segment-joining slip; it makes the sentence look
    unrevised and sometimes hides a missing word."""
    example = "il faut que que l'Europe → il faut que l'Europe"
    examples_bad = [
        bad("Il faut que que l'Europe agisse.", "que que", suggestion="que"),
        bad("Le le président a parlé.", "Le le", suggestion="Le"),
        bad("Le soutien de la de la France est acquis.", "de la de la", suggestion="de la"),
    ]
    examples_good = [
        good("Nous nous sommes rencontrés à Bruxelles, où vous vous êtes exprimé."),
        good("On apprend beaucoup en en parlant avec les diplomates."),
        good("Il a cité la maison de De Gaulle et l'atoll de Bora Bora."),
        good("Le budget atteint 1 000 000 euros."),
        good("Le refrain faisait la la la."),
    ]

    def check(self, ctx):
        text = ctx.text
        allow = words(ctx, "allow_double")
        phrases = [p for p in allow if " " in p]
        starts = {ln.start for ln in ctx.article.lines} | {st.start for st in ctx.article.sentences}
        ws = ctx.article.word_spans
        lows = [w.text.lower() for w in ws]
        i = 0
        while i < len(ws):
            hit = None
            for n in (4, 3, 2, 1):
                if i + 2 * n > len(ws) or lows[i] != lows[i + n]:
                    continue
                first, second = ws[i:i + n], ws[i + n:i + 2 * n]
                a, b = [w.text for w in first], [w.text for w in second]
                same = a == b or (first[0].start in starts and a[0][:1].isupper() and a[0].lower() == b[0]
                                  and a[1:] == b[1:])
                if not same:
                    continue
                if not all(_only_spaces(text, ws[k].end, ws[k + 1].start) for k in range(i, i + 2 * n - 1)):
                    continue
                low = [w.lower() for w in b]
                if any(c.isdigit() for w in low for c in w) or b[0][:1].isupper():
                    continue
                if n == 1 and (low[0] in allow or self._allowed_phrase(text, second[0].end, phrases)):
                    continue
                if n > 1 and low[-1] in ("et", "ou"):
                    continue  # "dure et dure et" is emphasis
                # a run of three or more (onomatopoeia, refrains)
                nxt = ws[i + 2 * n:i + 3 * n]
                if len(nxt) == n and [w.text.lower() for w in nxt] == low \
                        and _only_spaces(text, second[-1].end, nxt[0].start):
                    continue
                if n == 1 and i > 0 and ws[i - 1].text.lower() == low[0] \
                        and _only_spaces(text, ws[i - 1].end, ws[i].start):
                    continue
                hit = (n, first[0].start, second[-1].end, text[first[0].start:first[-1].end])
                break
            if hit:
                n, start, end, once = hit
                yield self.finding(ctx, start, end, _("{word} is written twice in a row.").format(word=quote(once)),
                                   suggestion=once)
                i += 2 * n
            else:
                i += 1

    @staticmethod
    def _allowed_phrase(text, end, phrases) -> bool:
        before = " ".join(text[max(0, end - 60):end].lower().replace("’", "'").split())
        return any(before.endswith(p) for p in phrases)


class RepeatedWordNearby(Rule):
    id = "MTA701"
    slug = "repeated-word-nearby"
    name = "Word repeated within a few words"
    category = "repetition"
    mqm = "Fluency/Duplication"
    severity = "minor"
    what = """Finds a word that comes back a few words later in the same clause: an adverb within
    ten words ("Verrouiller gratuitement la newsletter … gratuitement"), a noun or a verb with one
    word between ("la mission militaire mission"); adjectives are left alone ("la politique
    européenne de l'Union européenne"). A comma, a conjunction or a quotation mark between the two ends the search (parallel
    structures), expressions such as "peu à peu" and "de temps en temps" (only prepositions and
    articles between) are left alone, and so are the words listed as skip_nearby in
    data/repetition.tsv ("plus", "soit", "tantôt"…). The span runs from the first occurrence to the
    second."""
    why = """Machine translation sometimes renders one source word twice, once in place and once
    where the English word order put it; the doubled word reads as a stutter."""
    example = "Verrouiller gratuitement la newsletter gratuitement → Recevez gratuitement la newsletter"
    examples_bad = [
        bad("Verrouiller gratuitement la newsletter de la montre White House Watch gratuitement",
            "gratuitement la newsletter de la montre White House Watch gratuitement"),
        bad("Les troupes ont rapidement quitté rapidement la ville hier.", "rapidement quitté rapidement"),
        bad("Le sommet a confirmé la mission militaire mission de paix.", "mission militaire mission"),
    ]
    examples_good = [
        good("Les discussions avancent peu à peu, de temps en temps, jour après jour."),
        good("Il faut agir rapidement, très rapidement."),
        good("La politique européenne de l'Union européenne reste floue."),
        good("Soit la paix, soit la guerre : tantôt l'un, tantôt l'autre."),
        good("Les alliés se rencontrent face à face, côte à côte."),
    ]

    def check(self, ctx):
        skip = words(ctx, "skip_nearby")
        toks = ctx.tokens
        line_ends = [ln.end for ln in ctx.article.lines]
        for i, t in enumerate(toks):
            low = t.text.lower()
            if not t.text.isalpha() or len(low) < 4 or low in skip or t.ent or t.text[0].isupper():
                continue
            adverb = t.pos == "ADV" or (t.pos == "ADJ" and low.endswith("ment"))
            if not adverb and t.pos not in ("NOUN", "VERB", ""):
                continue
            window = ADVERB_WINDOW if adverb else CONTENT_WINDOW
            line_end = next((e for e in line_ends if e >= t.end), len(ctx.text))
            for j in range(i + 1, min(len(toks), i + window + 2)):
                u = toks[j]
                if u.start >= line_end:
                    break
                if u.text == t.text:
                    gap = toks[i + 1:j]
                    if gap and all(g.pos in ("ADP", "DET") for g in gap):
                        break  # "peu à peu", "face à face", "de temps en temps"
                    yield self.finding(ctx, t.start, u.end,
                                       _("{word} comes back {n} word(s) later in the same clause.").format(
                                           word=quote(t.text), n=j - i - 1))
                    break
                if u.pos in STOP_POS or u.lower in STOP_WORDS or u.text in "«»“”\"()—–;:":
                    break


class XDeX(Rule):
    id = "MTA702"
    slug = "x-de-x"
    name = "Degenerate \"X de X\" phrase"
    category = "repetition"
    mqm = "Style/Unidiomatic"
    severity = "minor"
    what = """Finds a noun followed by "de"/"des"/"du" and the same noun again ("la force des forces
    ukrainiennes"), a pattern machine translation produces when it renders "the strength of the
    forces" word for word. Established phrases ("le roi des rois", "le saint des saints", "au cas
    par cas") are listed in data/repetition.tsv and left alone."""
    why = """The repeated noun reads as a stutter and usually hides a lost distinction in the source
    (strength/forces); a French writer would choose another word ("la puissance des forces")."""
    example = "la force des forces ukrainiennes → la puissance des forces ukrainiennes"
    examples_bad = [
        bad("La meilleure façon de cimenter un cessez-le-feu est la force des forces ukrainiennes.", "force des forces"),
        bad("Le soutien du soutien américain reste incertain.", "soutien du soutien"),
    ]
    examples_good = [
        good("Il se présentait comme le roi des rois et entrait dans le saint des saints."),
        good("La force des troupes ukrainiennes reste intacte."),
        good("Les décisions seront prises au cas par cas, de temps en temps."),
    ]

    def check(self, ctx):
        allow = words(ctx, "allow_x_de_x")
        toks = ctx.tokens
        for i, t in enumerate(toks[:-2]):
            if t.pos not in ("NOUN", "") or not t.text.isalpha() or t.text[0].isupper():
                continue
            j = i + 1
            if toks[j].lower not in ("de", "des", "du", "d'", "d’"):
                continue
            j += 1
            if j < len(toks) and toks[j].lower in ("la", "le", "les", "l'", "l’") and toks[j].pos == "DET":
                j += 1
            if j >= len(toks):
                continue
            u = toks[j]
            if u.pos not in ("NOUN", "") or u.text[0].isupper():
                continue
            same = t.lemma == u.lemma or t.lower.rstrip("sx") == u.lower.rstrip("sx")
            if not same or t.lemma in allow or t.lower in allow:
                continue
            yield self.finding(ctx, t.start, u.end, _("{word} is followed by itself ({text}).").format(
                word=quote(t.text), text=quote(ctx.text[t.start:u.end])))


NUMBER = re.compile(r"(?<![\w,./-])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:,\d+)?)(?![\w/-])")
RANGE = re.compile(r"\b(?:entre\s+(?P<a1>N)\s+et\s+(?P<b1>N)|de\s+(?P<a2>N)\s+à\s+(?P<b2>N)|(?P<a3>N)\s*(?:à|-|–)\s*(?P<b3>N))"
                   .replace("N", r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+(?:,\d+)?"))
SLOT = re.compile(r"\b(?:(?:de|d'|d’)\s+([^\W\d_]+)\s+(?:ou|à)|entre\s+([^\W\d_]+)\s+(?:et|ou))\s+(?=\d)",
                  re.IGNORECASE)


def _value(s: str) -> str:
    return re.sub(r"[ \u00a0\u202f.]", "", s)


class GarbledNumberRange(Rule):
    id = "MTA703"
    slug = "garbled-number-range"
    name = "Garbled number range"
    category = "repetition"
    mqm = "Accuracy/Mistranslation"
    severity = "major"
    what = """Finds number ranges that machine translation garbled: a word standing where a number
    should be in a range or an alternative ("de petites ou 25 000 soldats"), and a number restated
    at once by a range that contains it ("25 000 soldats, entre 10 000 et 25 000"). Overlapping
    evidence gives one finding spanning the whole garbled stretch."""
    why = """A figure in a news article must be unambiguous; a range that repeats one of its bounds or
    lost one of its numbers misinforms the reader about the quantity."""
    example = "de petites ou 25 000 soldats, entre 10 000 et 25 000 hommes → entre 10 000 et 25 000 soldats"
    examples_bad = [
        bad("Ils peuvent entretenir de petites ou 25 000 soldats, entre 10 000 et 25 000 hommes.",
            "petites ou 25 000 soldats, entre 10 000 et 25 000"),
        bad("Le pays peut envoyer 5 000 soldats, de 2 000 à 5 000 selon les besoins.", "5 000 soldats, de 2 000 à 5 000"),
        bad("La mission compterait de nombreuses à 30 000 personnes.", "nombreuses à 30 000"),
    ]
    examples_good = [
        good("Ils peuvent entretenir entre 10 000 et 25 000 soldats, dont 10 000 Britanniques."),
        good("La mission compterait de deux à 30 000 personnes, de 10 à 20 navires et plus de 5 000 civils."),
        good("De 2022 à 2024, le budget est passé de 3 000 à 5 000 euros."),
    ]

    def check(self, ctx):
        number_words = words(ctx, "number_word")
        text = ctx.text
        for sent in ctx.article.sentences:
            spans = []
            for m in SLOT.finditer(text, sent.start, sent.end):
                g = 1 if m.group(1) else 2
                tok = ctx.token_at(m.start(g))
                if m.group(g).lower() in number_words or (tok is not None and tok.pos not in ("ADJ", "")):
                    continue
                num = NUMBER.match(text, m.end())
                if num:
                    spans.append((m.start(g), num.end()))
            ranges = list(RANGE.finditer(text, sent.start, sent.end))
            for n in NUMBER.finditer(text, sent.start, sent.end):
                value = _value(n.group())
                if len(value.replace(",", "")) < 2 or _year(value) or any(r.start() <= n.start() < r.end() for r in ranges):
                    continue
                for r in ranges:
                    between = text[n.end():r.start()]
                    if r.start() < n.end() or len(between) > 40 or "," not in between \
                            or len(WORD_RE.findall(between)) > 4:
                        continue
                    if value in [_value(g) for g in r.groups() if g]:
                        spans.append((n.start(), r.end()))
            for start, end in _union(spans):
                yield self.finding(ctx, start, end, _("Garbled number range: a bound is repeated or replaced by a word."))


def _year(value: str) -> bool:
    return len(value) == 4 and value.isdigit() and 1800 <= int(value) <= 2100


def _union(spans):
    out = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


class DuplicatedSentence(Rule):
    id = "MTA704"
    slug = "duplicated-sentence"
    name = "Duplicated sentence"
    category = "repetition"
    mqm = "Accuracy/Addition"
    severity = "minor"
    what = """Finds a sentence of six words or more that already appeared, word for word, earlier in
    the article (case, spacing and apostrophe style ignored). The later copy is reported."""
    why = """A sentence printed twice comes from a scraped pull-quote, a repeated segment or a joined
    translation; the reader notices it and the article looks unedited."""
    example = "Le sommet s'ouvre jeudi à Bruxelles. … Le sommet s'ouvre jeudi à Bruxelles. → keep one"
    examples_bad = [
        bad("Le sommet s'ouvre jeudi à Bruxelles avec trente pays. Les ministres arrivent.\n"
            "Le sommet s'ouvre jeudi à Bruxelles avec trente pays.", "Le sommet s'ouvre jeudi à Bruxelles avec trente pays."),
    ]
    examples_good = [
        good("Le sommet s'ouvre jeudi. Les ministres arrivent. Le sommet s'ouvre jeudi."),
        good("Le sommet s'ouvre jeudi à Bruxelles avec trente pays. Le sommet s'ouvre vendredi à Bruxelles avec trente pays."),
    ]

    def check(self, ctx):
        seen = set()
        for s in ctx.article.sentences:
            if len(WORD_RE.findall(s.text)) < 6:
                continue
            key = _norm(s.text)
            if key in seen:
                yield self.finding(ctx, s.start, s.end, _("This sentence already appeared earlier in the article."),
                                   suggestion="")
            seen.add(key)
