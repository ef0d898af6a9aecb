"""Bilingual checks (mtaudit audit FR --source EN): the French article against its English source,
sentence by sentence after alignment. The records come from mtaudit.roundtrip (roundtrip.bilingual)."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...i18n import _
from .common import (DEFAULT_SIMILARITY, ex_bilingual, ex_pair, fold, option, pairs, quote, roundtrip,
                         words)

def _engine(ctx) -> str:
    rt = roundtrip(ctx) or {}
    return f"bilingual:{rt.get('engine') or 'encoder'}"


def _anchor(p: dict) -> tuple[int, int] | None:
    s, e = p.get("anchor_start"), p.get("anchor_end")
    return (s, e) if isinstance(s, int) and isinstance(e, int) and s < e else None


# -- omissions -------------------------------------------------------------------------

_S1 = "Le gouvernement a présenté lundi son budget. Les syndicats appellent à la grève."
_S1_EN_1 = "The government presented its budget on Monday."
_S1_EN_2 = "It includes three billion euros for hospitals."
_S1_EN_3 = "Unions are calling for a strike."


class SourceSentenceOmitted(Rule):
    id = "MTA810"
    slug = "source-sentence-omitted"
    name = "Source sentence omitted"
    category = "omission"
    mqm = "Accuracy/Omission"
    severity = "major"
    stage = "bilingual"
    what = """With the English source given (--source), finds source sentences that no French
    sentence translates: after aligning the two texts (1-1, 1-2, 2-1, 1-0, 0-1 by sentence
    similarity and length), a source sentence aligned to nothing. The finding sits on the French
    sentence just before the gap and quotes the missing source sentence. Very short source lines
    (under four words: credits, tags) give a minor finding."""
    why = """A dropped sentence is invisible in the French text alone: the article still reads well,
    but a fact, a quote or a caveat of the original is gone."""
    example = "EN: « It includes three billion euros for hospitals. » → nothing in the French"
    examples_bad = [
        bad(_S1, "budget.", roundtrip=ex_bilingual(
            ex_pair(_S1, "Le gouvernement a présenté lundi son budget.", _S1_EN_1, 0.88),
            ex_pair(_S1, None, _S1_EN_2, anchor="Le gouvernement a présenté lundi son budget."),
            ex_pair(_S1, "Les syndicats appellent à la grève.", _S1_EN_3, 0.84))),
    ]
    examples_good = [
        good(_S1, roundtrip=ex_bilingual(
            ex_pair(_S1, "Le gouvernement a présenté lundi son budget.", _S1_EN_1, 0.88),
            ex_pair(_S1, "Les syndicats appellent à la grève.", _S1_EN_3, 0.84))),
        good(_S1, roundtrip={"available": True, "engine": "apertium", "sentences": []}),
        good(_S1),
    ]

    def check(self, ctx):
        group: list[dict] = []
        for p in pairs(ctx) + [{}]:
            if p.get("kind") == "1-0" and _anchor(p) and (not group or _anchor(group[-1]) == _anchor(p)):
                group.append(p)
                continue
            if group:
                yield self._report(ctx, group)
            group = [p] if p.get("kind") == "1-0" and _anchor(p) else []

    def _report(self, ctx, group: list[dict]):
        start, end = _anchor(group[0])
        s, e = _edge(ctx.text, start, end, at_end=group[0].get("anchor_side", "before") == "before")
        source = " ".join(p.get("source") or "" for p in group)
        short = words(source) < 4
        after = group[0].get("anchor_side", "before") == "before"
        if len(group) > 1:
            msg = _("The source has {n} sentences after this point that the French leaves out: {source}.") if after \
                else _("The source has {n} sentences before this point that the French leaves out: {source}.")
        else:
            msg = _("The source has a sentence after this point that the French leaves out: {source}.") if after \
                else _("The source has a sentence before this point that the French leaves out: {source}.")
        return self.finding(
            ctx, s, e, msg.format(n=len(group), source=quote(source, 300)),
            severity="minor" if short else None, confidence=0.7, engine=_engine(ctx))


def _edge(text: str, start: int, end: int, at_end: bool) -> tuple[int, int]:
    """The last word (with its closing punctuation) of a sentence, or its first word: where an
    omission is shown, distinct from findings on the whole sentence."""
    if at_end:
        i = end
        while i > start and not text[i - 1].isalnum():
            i -= 1
        while i > start and (text[i - 1].isalnum() or text[i - 1] in "'’-"):
            i -= 1
        return (i, end) if i < end else (start, end)
    m = re.compile(r"\W*[\w'’-]+").match(text, start, end)
    return (start, m.end()) if m else (start, end)


_EN_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_FR_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*")


def _canon(digits: str) -> str:
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".") or "0"
    return digits.lstrip("0") or "0"


def english_numbers(text: str) -> list[tuple[str, str]]:
    """(as written, canonical value) for each number in English text: 1,200.5 -> 1200.5; 3,5 -> 3.5."""
    out = []
    for m in _EN_NUMBER.finditer(text or ""):
        raw = m.group()
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
            value = raw.replace(",", "")
        elif raw.count(".") > 1 and "," not in raw:  # a date or version: 1.2.3, keep the parts
            out += [(part, _canon(part)) for part in raw.split(".")]
            continue
        else:
            value = raw.replace(",", ".")
        out.append((raw, _canon(value)))
    return out


def french_numbers(text: str, number_words: dict) -> set[str]:
    """Canonical values of the numbers in French text: 1 200,5 -> 1200.5; 1.200 -> 1200; dix -> 10."""
    out = set()
    for m in _FR_NUMBER.finditer(text or ""):
        raw = re.sub(r"[ \u00a0\u202f]", "", m.group())
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
            raw = raw.replace(".", "")
        if raw.count(".") > 1 or raw.count(",") > 1:
            out.update(_canon(part) for part in re.split(r"[.,]", raw))
            continue
        out.add(_canon(raw.replace(",", ".")))
        out.update(_canon(part) for part in re.split(r"[.,]", raw))  # 10:30 style pieces, 1.5 vs 1 et 5
    for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", (text or "").lower()):
        if w in number_words:
            out.add(number_words[w])
    return out


def _number_words(ctx) -> dict:
    return ctx.resources.memo(("bilingual", "number_words"),
                              lambda: {r["word"]: _canon(r["value"]) for r in ctx.resources.table("number_words")})


_S2 = "Le plan prévoit 3 milliards d'euros pour 120 hôpitaux."
_S3 = "Le texte a été adopté par 312 voix contre 250."
_S4 = "Selon le ministère, dix personnes ont été blessées."


class SourceNumberMissing(Rule):
    id = "MTA811"
    slug = "source-number-missing"
    name = "Source number missing"
    category = "omission"
    mqm = "Accuracy/Omission"
    severity = "major"
    stage = "bilingual"
    what = """With the English source given, finds numbers of a source sentence that its aligned
    French sentence does not contain (nor its English back-translation, when a translator ran).
    Thousands separators and decimal commas are normalised (1,200.5 = 1 200,5) and common French
    number words count (dix = 10, une vingtaine = 20)."""
    why = """Numbers carry the facts of a news story (sums, tolls, dates, scores). A number lost or
    changed in translation is a factual error that reads perfectly well."""
    example = "EN « 3 billion euros for 120 hospitals » → FR « 3 milliards d'euros pour des hôpitaux »"
    examples_bad = [
        bad(_S2, _S2, roundtrip=ex_bilingual(ex_pair(
            _S2, _S2, "The plan provides 3 billion euros for 210 hospitals.", 0.86,
            pivot="The plan provides 3 billion euros for 120 hospitals."))),
        bad(_S3, _S3, roundtrip=ex_bilingual(ex_pair(_S3, _S3, "The bill passed by 312 votes to 205.", 0.83))),
    ]
    examples_good = [
        good(_S2, roundtrip=ex_bilingual(ex_pair(_S2, _S2, "The plan provides 3 billion euros for 120 hospitals.", 0.9))),
        good(_S4, roundtrip=ex_bilingual(ex_pair(_S4, _S4, "According to the ministry, 10 people were injured.", 0.87))),
        good("Le pétrole a atteint 1 250,5 dollars.", roundtrip=ex_bilingual(ex_pair(
            "Le pétrole a atteint 1 250,5 dollars.", "Le pétrole a atteint 1 250,5 dollars.",
            "Oil reached $1,250.50.", 0.8))),
        good("Le sommet a eu lieu le 27 mars.", roundtrip=ex_bilingual(ex_pair(
            "Le sommet a eu lieu le 27 mars.", "Le sommet a eu lieu le 27 mars.", "The summit took place on March 27.", 0.9))),
    ]

    def check(self, ctx):
        nw = _number_words(ctx)
        for p in pairs(ctx):
            if not p.get("source") or p.get("start") is None:
                continue
            found = french_numbers(p.get("text"), nw) | {v for _, v in english_numbers(p.get("pivot") or "")}
            missing = []
            for raw, value in english_numbers(p["source"]):
                if value not in found and raw not in missing:
                    missing.append(raw)
            if missing:
                yield self.finding(
                    ctx, p["start"], p["end"],
                    _("The source sentence has {numbers}, not found in this translation: source {source}.").format(
                        numbers=", ".join(missing), source=quote(p["source"])), confidence=0.8, engine=_engine(ctx))


_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|de|al|bin|van|von|der|da|di|la|le)\s+)?[A-Z][\w'’.-]*)*")
_OPENERS = tuple("«\"“‘'([—–-:")


def source_names(text: str) -> list[str]:
    """Capitalised word groups of an English sentence that are likely names: not the first word, not
    after an opening quote or a colon, and none in a title-case headline."""
    tokens = re.findall(r"[A-Za-z][\w'’-]*", text or "")[1:]
    capitalised = sum(1 for t in tokens if t[0].isupper())
    if capitalised >= 3 and not any(t[0].islower() and len(t) >= 4 for t in tokens):
        return []  # Title Case Headline: every content word is capitalised
    names = []
    for m in _NAME.finditer(text):
        name = m.group().rstrip(".")
        before = text[:m.start()].rstrip()
        if not before or before.endswith(_OPENERS) or before.endswith((".", "!", "?")):
            # a capital that may only mark the start of a sentence or quote: drop that first word
            rest = name.split(None, 1)
            name = rest[1] if len(rest) > 1 and rest[1][:1].isupper() else ""
        if len(name) < 2 or name == "I":
            continue
        names.append(name)
    return names


def _missing_parts(name: str, haystacks: list[str]) -> list[str]:
    """The words of a name found in none of the haystacks (folded text)."""
    out = []
    for part in re.findall(r"[\w'’-]+", name):
        if len(part) < 3 or not part[0].isupper():
            continue
        f = fold(part)
        stem = f[:max(4, len(f) - 3)]  # Ukrainian ~ ukrainien, European ~ européen
        if not any(f in h or stem in h for h in haystacks):
            out.append(part)
    return out


def _aliases(ctx) -> dict:
    """English place/organisation names -> folded French forms, from the name tables."""
    def build():
        out: dict[str, list[str]] = {}
        for table in ("places", "orgs", "people"):
            try:
                rows = ctx.resources.table(table)
            except Exception:
                continue
            for r in rows:
                en = r.get("name_en") or ""
                fr = [r.get("name_fr") or ""] + (r.get("variants") or "").split("|") + (r.get("aliases") or "").split("|")
                fr += (r.get("adj_fr") or "").split("|")
                if en:
                    out.setdefault(fold(en), []).extend(fold(x) for x in fr if x)
        return out

    return ctx.resources.memo(("bilingual", "aliases"), build)


_S5 = "Le chancelier a rencontré le président à Paris."
_S6 = "La Commission européenne a proposé un plan pour l'Ukraine."


class SourceNameMissing(Rule):
    id = "MTA812"
    slug = "source-name-missing"
    name = "Source name missing"
    category = "omission"
    mqm = "Accuracy/Omission"
    severity = "minor"
    stage = "bilingual"
    what = """With the English source given and a translator available, finds names (capitalised
    words inside an English sentence) that appear neither in the aligned French sentence (accents
    and case aside, allowing French endings: Ukrainian ~ ukrainien, and the French names of the
    places/orgs/people tables: London ~ Londres) nor in its English back-translation."""
    why = """A person, place or organisation dropped in translation changes who did what; replaced
    by a vague title ("the chancellor") it loses information the reader needs."""
    example = "EN « Chancellor Friedrich Merz met Emmanuel Macron » → FR « Le chancelier a rencontré le président »"
    examples_bad = [
        bad(_S5, _S5, roundtrip=ex_bilingual(ex_pair(
            _S5, _S5, "The chancellor met President Emmanuel Macron in Paris.", 0.78,
            pivot="The chancellor met the president in Paris."))),
    ]
    examples_good = [
        good(_S6, roundtrip=ex_bilingual(ex_pair(
            _S6, _S6, "The European Commission proposed a plan for Ukraine.", 0.9,
            pivot="The European Commission has proposed a plan for Ukraine."))),
        good("Le ministre s'est rendu à Londres.", roundtrip=ex_bilingual(ex_pair(
            "Le ministre s'est rendu à Londres.", "Le ministre s'est rendu à Londres.",
            "The minister travelled to London.", 0.88, pivot="The minister went to Londres."))),
        # without a translator (no pivot) names are not checked
        good(_S5, roundtrip=ex_bilingual(ex_pair(_S5, _S5, "The chancellor met President Emmanuel Macron in Paris.", 0.78))),
    ]

    def check(self, ctx):
        aliases = _aliases(ctx)
        for p in pairs(ctx):
            if not p.get("source") or p.get("start") is None or not p.get("pivot"):
                continue
            haystacks = [fold(p.get("text") or ""), fold(p["pivot"])]
            missing = []
            for name in source_names(p["source"]):
                parts = _missing_parts(name, haystacks)
                if not parts or any(a and a in haystacks[0] for a in aliases.get(fold(name), [])):
                    continue
                missing.append(" ".join(parts))
            if missing:
                yield self.finding(
                    ctx, p["start"], p["end"],
                    _("Name(s) of the source not found in this translation: {names} (source {source}).").format(
                        names=", ".join(missing), source=quote(p["source"])), confidence=0.5, engine=_engine(ctx))


# -- additions and mistranslations ------------------------------------------------------------

_S7 = "Le sommet s'est ouvert jeudi. Voir aussi notre dossier spécial. Les dirigeants ont signé l'accord."


class TargetSentenceAdded(Rule):
    id = "MTA820"
    slug = "target-sentence-added"
    name = "Sentence with no source"
    category = "mistranslation"
    mqm = "Accuracy/Addition"
    severity = "major"
    stage = "bilingual"
    what = """With the English source given, finds French sentences that translate no source
    sentence (aligned to nothing): text added in translation or in the CMS. Short lines (under four
    words) give a minor finding."""
    why = """Additions are as unfaithful as omissions: an invented sentence, a duplicated
    paragraph, a promotional line or a leftover from another article."""
    example = "FR « Voir aussi notre dossier spécial. » — not in the English source"
    examples_bad = [
        bad(_S7, "Voir aussi notre dossier spécial.", roundtrip=ex_bilingual(
            ex_pair(_S7, "Le sommet s'est ouvert jeudi.", "The summit opened on Thursday.", 0.9),
            ex_pair(_S7, "Voir aussi notre dossier spécial.", None),
            ex_pair(_S7, "Les dirigeants ont signé l'accord.", "Leaders signed the agreement.", 0.86))),
    ]
    examples_good = [
        good(_S7, roundtrip=ex_bilingual(
            ex_pair(_S7, "Le sommet s'est ouvert jeudi.", "The summit opened on Thursday.", 0.9),
            ex_pair(_S7, "Voir aussi notre dossier spécial.", "See also our special report.", 0.8),
            ex_pair(_S7, "Les dirigeants ont signé l'accord.", "Leaders signed the agreement.", 0.86))),
    ]

    def check(self, ctx):
        for p in pairs(ctx):
            if p.get("kind") != "0-1" or p.get("start") is None:
                continue
            short = words(p.get("text")) < 4
            yield self.finding(ctx, p["start"], p["end"], _("This sentence translates nothing in the source: "
                                                             "an addition, or text that does not belong to the article."),
                               severity="minor" if short else None, confidence=0.7, engine=_engine(ctx))


_S8 = "Les forces de l'OTAN seront utilisées pour déployer la mission. Le sommet a eu lieu à Paris."


class SourceMeaningMismatch(Rule):
    id = "MTA821"
    slug = "source-meaning-mismatch"
    name = "Translation far from its source"
    category = "mistranslation"
    mqm = "Accuracy/Mistranslation"
    severity = "major"
    stage = "bilingual"
    what = """With the English source given, flags aligned pairs whose cross-lingual similarity
    (multilingual sentence encoder, source vs French) is low: below 0.50 minor, below 0.35 major
    (overridable: roundtrip.thresholds.similarity_minor / similarity_major). Measured on the seeds,
    a sentence and its faithful translation score 0.52-0.92 (0.71 and up beyond two-word lines),
    while two different sentences of the same article score 0.30-0.43 (90th percentile)."""
    why = """A translation that the encoder cannot match with its source says something else:
    a mistranslated clause, a sentence from elsewhere, or garbled machine output."""
    example = "EN « NATO will support the mission » → FR « Les forces de l'OTAN seront utilisées pour déployer… » (0.31)"
    examples_bad = [
        bad(_S8, "Les forces de l'OTAN seront utilisées pour déployer la mission.", roundtrip=ex_bilingual(
            ex_pair(_S8, "Les forces de l'OTAN seront utilisées pour déployer la mission.",
                    "NATO's backing would reassure reluctant allies.", 0.31),
            ex_pair(_S8, "Le sommet a eu lieu à Paris.", "The summit took place in Paris.", 0.9))),
        bad(_S8, "Le sommet a eu lieu à Paris.", roundtrip=ex_bilingual(
            ex_pair(_S8, "Le sommet a eu lieu à Paris.", "The summit, held in Paris, ended without a deal.", 0.46))),
    ]
    examples_good = [
        good(_S8, roundtrip=ex_bilingual(
            ex_pair(_S8, "Les forces de l'OTAN seront utilisées pour déployer la mission.",
                    "NATO forces will be used to deploy the mission.", 0.81),
            ex_pair(_S8, "Le sommet a eu lieu à Paris.", "The summit took place in Paris.", 0.9))),
        good(_S8, roundtrip=ex_bilingual(
            ex_pair(_S8, "Le sommet a eu lieu à Paris.", "Paris hosted the summit.", 0.52))),
    ]

    def check(self, ctx):
        minor = option(ctx, "similarity_minor", DEFAULT_SIMILARITY["similarity_minor"])
        major = option(ctx, "similarity_major", DEFAULT_SIMILARITY["similarity_major"])
        for p in pairs(ctx):
            sim = p.get("similarity")
            if sim is None or p.get("start") is None or not p.get("source") or sim >= minor:
                continue
            msg = _("This translation is far from its source (similarity {similarity}): source {source}. Its English "
                    "back-translation: {pivot}.") if p.get("pivot") \
                else _("This translation is far from its source (similarity {similarity}): source {source}.")
            yield self.finding(
                ctx, p["start"], p["end"],
                msg.format(similarity=f"{sim:.2f}", source=quote(p["source"]), pivot=quote(p.get("pivot") or "")),
                severity="major" if sim < major else "minor", confidence=0.6, engine=_engine(ctx))
