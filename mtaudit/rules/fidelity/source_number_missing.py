"""MTA811 source-number-missing: a number of the English source missing from its French sentence."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...i18n import _
from ...l10n.numbers import roman_ordinals
from .common import bilingual_engine, ex_bilingual, ex_pair, on_source, pairs, quote


_EN_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_FR_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*")


def _canon(digits: str) -> str:
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".") or "0"
    return digits.lstrip("0") or "0"


def english_numbers(text: str) -> list[tuple[str, str]]:
    """(as written, canonical value) for each number in English text: 1,200.5 -> 1200.5; 3,5 -> 3.5."""
    return [(raw, value) for _start, raw, value in _english_numbers(text)]


def _english_numbers(text: str):
    """(where the number starts, as written, canonical value) for each number in English text; the parts
    of a date or version (1.2.3) each on their own, with no start (no clock time starts there)."""
    for m in _EN_NUMBER.finditer(text or ""):
        raw = m.group()
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
            value = raw.replace(",", "")
        elif raw.count(".") > 1 and "," not in raw:  # a date or version: 1.2.3, keep the parts
            yield from ((None, part, _canon(part)) for part in raw.split("."))
            continue
        else:
            value = raw.replace(",", ".")
        yield m.start(), raw, _canon(value)


# a 12-hour clock time ("8 pm", "10:30 p.m.", "7:15am"): French writes it on the 24-hour clock ("20 h")
_CLOCK = re.compile(r"\b(\d{1,2})(?::\d{2})?\s?([ap])\.?m\b\.?", re.IGNORECASE)


def english_number_values(text: str) -> list[tuple[str, set[str]]]:
    """(as written, the values a translation may give it) for each number in English text: its canonical
    value, and the 24-hour hour of a 12-hour clock time (8 pm: 8 or 20)."""
    return [(raw, values) for _start, raw, values in _number_values(text)]


def _number_values(text: str):
    """english_number_values with where each number starts (None for the parts of a date or version)."""
    clock = {}
    for m in _CLOCK.finditer(text or ""):
        hour = int(m.group(1))
        if 1 <= hour <= 12:
            clock[m.start(1)] = str(hour % 12 + (12 if m.group(2).lower() == "p" else 0))
    return [(start, raw, {value, clock[start]} if start in clock else {value})
            for start, raw, value in _english_numbers(text)]


def french_numbers(text: str, number_words: dict) -> set[str]:
    """Canonical values of the numbers in French text: 1 200,5 -> 1200.5; 1.200 -> 1200; dix -> 10; an
    ordinal in Roman numerals, « XIXe siècle » -> 19."""
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
    out.update(str(value) for _start, _end, value in roman_ordinals(text or ""))  # « XIVe siècle »: 14
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
    Thousands separators and decimal commas are normalised (1,200.5 = 1 200,5), common French
    number words count (dix = 10, une vingtaine = 20), an ordinal may be a Roman numeral (« XIXe
    siècle » for "19th century"), and a 12-hour time may be given on the 24-hour clock (8 pm = 20 h)."""
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
        good("La ville a été fondée au XIVe siècle.", roundtrip=ex_bilingual(ex_pair(
            "La ville a été fondée au XIVe siècle.", "La ville a été fondée au XIVe siècle.",
            "The city was founded in the 14th century.", 0.9))),
        good("La séance reprendra à 20 h 30.", roundtrip=ex_bilingual(ex_pair(
            "La séance reprendra à 20 h 30.", "La séance reprendra à 20 h 30.", "The sitting will resume at 8:30 p.m.", 0.9))),
        good("Le sommet a eu lieu le 27 mars.", roundtrip=ex_bilingual(ex_pair(
            "Le sommet a eu lieu le 27 mars.", "Le sommet a eu lieu le 27 mars.", "The summit took place on March 27.", 0.9))),
    ]

    def check(self, ctx):
        nw = _number_words(ctx)
        for p in pairs(ctx):
            if not p.get("source") or p.get("start") is None:
                continue
            found = french_numbers(p.get("text"), nw) | {v for _, v in english_numbers(p.get("pivot") or "")}
            missing, spans = [], []
            for start, raw, values in _number_values(p["source"]):
                if not values & found:
                    if start is not None:
                        spans.append((start, start + len(raw)))
                    if raw not in missing:
                        missing.append(raw)
            if missing:
                spans = spans or [(None, None)]
                yield on_source(self.finding(
                    ctx, p["start"], p["end"],
                    _("The source sentence has {numbers}, not found in this translation: source {source}.").format(
                        numbers=", ".join(missing), source=quote(p["source"])), confidence=0.8, engine=bilingual_engine(ctx)),
                    ctx, p, spans[0][0], spans[-1][1])
