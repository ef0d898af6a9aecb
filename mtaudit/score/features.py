"""Inputs of the quality estimate (score.features), computed from what the audit already has.

Three sets, one per situation at audit time (the estimate uses the model fitted for the set that ran):
- base: the word-level error model's expected share of words in an error and share of words it flags
  (word_errors, word_flagged: mtaudit/score/words.py), finding densities by category and severity,
  the confidence-weighted MQM penalty of major and critical findings per 1,000 words
  (severe_penalty; severe_evidence is the same points over the length plus 200 words, and
  severe_certain the points of near-certain findings per 1,000 words, which the estimate's ceiling
  reads), and text features that need no source: English-looking
  words, words unknown to a French lexicon, words in capitals mid-sentence, frequent (function)
  words, mean word frequency, lines that end without punctuation, words per line, length;
- roundtrip: base + the round trip's chrF++ and semantic similarity;
- source: roundtrip + the English source compared with the article (untranslated copies,
  numbers and names missing, length ratio, cross-lingual similarity, chrF++ against the engine's
  own translation of the source), the source's lexical coverage through bilingual dictionaries
  (src_cov, src_cov_plain, tgt_cov, src_cov_low: score/coverage.py) and how hard the source is to
  translate (source_difficulty).
Every value is a plain float rounded to 4 digits (the same input gives the same JSON).
"""
from __future__ import annotations

import math
import re

from ..lang.frequency import zipf_fr_en as _zipf  # (0, 0) without wordfreq: the lexical features read 0

# finding category -> feature group
GROUPS = {
    "untranslated": "untranslated", "grammar": "grammar", "spelling": "spelling",
    "typography": "typography", "punctuation": "typography",
    "calque": "wording", "style": "wording", "repetition": "wording",
    "name": "names", "consistency": "names",
    "markup": "markup", "boilerplate": "markup",
    "mistranslation": "meaning", "fidelity": "meaning", "omission": "meaning",
}
GROUP_NAMES = ("untranslated", "grammar", "spelling", "typography", "wording", "names", "markup", "meaning")

# words of prior added to a text's length when serious findings are turned into a rate (severe_evidence)
EVIDENCE_WORDS = 200
# a finding at least this confident counts for the ceiling at its full rate, even in a short text
CERTAIN = 0.95

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
LINE_ENDS = ".!?…:;»\")]"  # a line ending in one of these is ended (also score/words.py)
_SENT_START = re.compile(r"(?:^|[.!?:;»\"“(\[\n]\s*)$")


def _r(x: float) -> float:
    return round(float(x), 4)


def _density(n: float, words: int) -> float:
    """log(1 + n per 100 words): findings per word, with long tails compressed."""
    return math.log1p(100.0 * n / max(words, 1))


def finding_features(findings, words: int) -> dict:
    """Densities of findings (dicts or Finding objects) per severity and per category group."""
    from ..config import DEFAULT_WEIGHTS

    sev = {"minor": 0, "major": 0, "critical": 0}
    groups = dict.fromkeys(GROUP_NAMES, 0)
    severe = certain = minor = 0.0
    for f in findings:
        get = f.get if isinstance(f, dict) else (lambda k, f=f: getattr(f, k))
        sev[get("severity")] = sev.get(get("severity"), 0) + 1
        if get("severity") in ("major", "critical"):
            points = DEFAULT_WEIGHTS[get("severity")] * float(get("confidence"))
            severe += points
            if float(get("confidence")) >= CERTAIN:
                certain += points
        elif get("severity") == "minor":
            minor += DEFAULT_WEIGHTS["minor"] * float(get("confidence"))
        g = GROUPS.get(get("category"))
        if g:
            groups[g] += 1
    out = {f"{s}_density": _r(_density(n, words)) for s, n in sev.items()}
    out.update({f"{g}_density": _r(_density(n, words)) for g, n in groups.items()})
    # MQM points of major and critical findings weighted by their confidence (measured precision), per
    # 1,000 words: the expected penalty of confirmed serious errors (a model input)
    out["severe_penalty"] = _r(severe * 1000.0 / max(words, 1))
    # the same points per (words + EVIDENCE_WORDS): a rate shrunk towards 0 for short texts, where one
    # finding is weak evidence of a high error rate; the estimate's ceiling reads it
    out["severe_evidence"] = _r(severe * 1000.0 / (max(words, 0) + EVIDENCE_WORDS))
    # the points of findings whose rule is all but certain (confidence >= CERTAIN: a leaked placeholder,
    # a plugin marker) per 1,000 words, not shrunk: one of them is evidence whatever the length
    out["severe_certain"] = _r(certain * 1000.0 / max(words, 1))
    # the same shrunk rate for minor findings: the estimate's flood line reads it (estimate.MINOR_FLOOD)
    out["minor_evidence"] = _r(minor * 1000.0 / (max(words, 0) + EVIDENCE_WORDS))
    return out


def text_features(text: str) -> dict:
    """Lexical features of the French text alone (no source, no round trip)."""
    english = unknown = capitals = lower = function = 0
    tokens = 0
    zipf_sum = 0.0
    for m in _TOKEN.finditer(text):
        w = m.group()
        if len(w) < 2:
            continue
        tokens += 1
        low = w.lower().replace("’", "'")
        fr, en = _zipf(low)
        if en >= 3.0 and en > fr + 1.0:
            english += 1
        if fr >= 6.0:
            function += 1
        if w[0].isupper():
            if not _SENT_START.search(text[max(0, m.start() - 3):m.start()]):
                capitals += 1
        else:
            lower += 1
            zipf_sum += fr
            if len(w) >= 3 and fr < 1.0:
                unknown += 1
    n = max(tokens, 1)
    lines = [ln.rstrip() for ln in text.split("\n") if ln.strip()]
    unended = sum(1 for ln in lines if ln[-1] not in LINE_ENDS)
    return {
        "english_share": _r(english / n),
        "unknown_share": _r(unknown / max(lower, 1)),
        "capitals_share": _r(capitals / n),
        "function_share": _r(function / n),
        "mean_zipf": _r(zipf_sum / max(lower, 1) / 8.0),
        "unended_lines": _r(unended / max(len(lines), 1)),
        "words_per_line": _r(math.log1p(tokens / max(len(lines), 1))),
        "log_words": _r(math.log1p(tokens)),
    }


def roundtrip_features(roundtrip: dict | None) -> dict | None:
    """From the report's roundtrip block, when the round trip ran."""
    if not roundtrip or not roundtrip.get("available"):
        return None
    m = roundtrip.get("metrics") or {}
    if m.get("chrf") is None:
        return None
    sem = m.get("semantic")
    low = m.get("semantic_low_decile")
    return {
        "rt_chrf": _r(m["chrf"] / 100.0),
        "rt_semantic": _r(sem if sem is not None else 0.0),
        "rt_semantic_low": _r(low if low is not None else 0.0),
    }


def _numbers(text: str) -> list[str]:
    return [re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text)]


def _names(text: str) -> list[str]:
    """Capitalised words of the source that do not start a sentence (candidate names)."""
    out = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        if w[0].isupper() and len(w) >= 2 and not _SENT_START.search(text[max(0, m.start() - 3):m.start()]):
            out.append(w)
    return out


_SOURCE_PUNCT = frozenset(",;:()/[]|&+-–—\"'*")


def source_difficulty(source: str) -> dict:
    """How hard the English source is to translate, from the source alone (QuEst-style baseline features
    of quality estimation: harder sources get worse machine translation): words per line, the share of
    lower-case words that are rare (English Zipf frequency < 3) or unknown (< 1) and their mean
    frequency, capitalised words mid-sentence (names, brands), numbers, punctuation and long words
    (10 letters or more), each per word."""
    tokens = [m for m in _TOKEN.finditer(source) if len(m.group()) >= 2]
    n = max(len(tokens), 1)
    lines = [ln for ln in source.split("\n") if ln.strip()]
    zipfs = [_zipf(m.group().lower())[1] for m in tokens if not m.group()[0].isupper()]
    capitals = sum(1 for m in tokens if m.group()[0].isupper()
                   and not _SENT_START.search(source[max(0, m.start() - 3):m.start()]))
    return {
        "src_words_per_line": _r(math.log1p(len(tokens) / max(len(lines), 1))),
        "src_rare_share": _r(sum(1 for z in zipfs if z < 3.0) / max(len(zipfs), 1)),
        "src_unknown_share": _r(sum(1 for z in zipfs if z < 1.0) / max(len(zipfs), 1)),
        "src_mean_zipf": _r(sum(zipfs) / max(len(zipfs), 1) / 8.0),
        "src_capitals_share": _r(capitals / n),
        "src_numbers": _r(len(_NUMBER.findall(source)) / n),
        "src_punct": _r(sum(1 for c in source if c in _SOURCE_PUNCT) / n),
        "src_long_share": _r(sum(1 for m in tokens if len(m.group()) >= 10) / n),
    }


def source_features(text: str, source: str, roundtrip: dict | None, tokens=None) -> dict | None:
    """The English source against the French article (and the bilingual block when it ran). tokens: the
    language layer's tokens of text, whose lemmas the dictionary coverage (score/coverage.py) reads."""
    if not source or not source.strip():
        return None
    target_words = {m.group().lower() for m in _TOKEN.finditer(text)}
    copied = candidates = 0
    for m in _TOKEN.finditer(source):
        w = m.group()
        low = w.lower()
        if len(low) < 3 or w[0].isupper():
            continue
        fr, en = _zipf(low)
        if en >= 3.0 and en > fr:
            candidates += 1
            copied += low in target_words
    nums = _numbers(source)
    target_nums = set(_numbers(text))
    names = _names(source)
    out = {
        "copied_share": _r(copied / max(candidates, 1)),
        "numbers_missing": _r(sum(1 for x in nums if x not in target_nums) / max(len(nums), 1)),
        "names_missing": _r(sum(1 for x in names if x not in text) / max(len(names), 1)),
        "length_ratio": _r(abs(math.log((len(text) + 1) / (len(source) + 1)))),
    }
    out.update(source_difficulty(source))
    bi = (roundtrip or {}).get("bilingual") or {}
    bm = bi.get("metrics") or {}
    sims = sorted(p["similarity"] for p in bi.get("pairs") or [] if p.get("similarity") is not None)
    pairs = max(bm.get("pairs") or 0, 1)
    out.update({
        "xling": _r(bm.get("crosslingual") or 0.0),
        "xling_low": _r(sims[len(sims) // 10] if sims else 0.0),
        "bi_gaps": _r(((bm.get("omitted") or 0) + (bm.get("added") or 0)) / pairs),
        "bi_chrf": _r((bm.get("chrf") or 0.0) / 100.0),
        "pseudo_chrf": _r((bm.get("pseudo_chrf") or 0.0) / 100.0),
    })
    from .coverage import coverage_features

    out.update(coverage_features(text, source, roundtrip, tokens))
    return out


def compute(text: str, findings, words: int, roundtrip: dict | None = None,
            source: str | None = None, tokens=None, word_model=None, remember: bool = False) -> tuple[str, dict]:
    """(feature set name, features) for what ran: base, roundtrip or source. tokens: the language
    layer's tokens of text (detect.nlp.Token), for the word-level error model's features (word_*;
    absent without tokens or without the model file); remember: the service keeps the word model's
    tree scores of the rows it has seen (words.probabilities)."""
    feats = finding_features(findings, words)
    feats.update(text_features(text))
    if tokens is not None:
        from .words import word_features

        wf = word_features(text, tokens, findings, word_model, remember)
        if wf is not None:
            feats.update(wf)
    rt = roundtrip_features(roundtrip)
    if rt is not None:
        feats.update(rt)
        src = source_features(text, source, roundtrip, tokens) if source else None
        if src is not None and ((roundtrip or {}).get("bilingual") or {}).get("available"):
            feats.update(src)
    return kind_of(feats), feats


def kind_of(feats: dict) -> str:
    """The feature set the features make up: source (the source's features are in), roundtrip, or base."""
    return "source" if "copied_share" in feats else "roundtrip" if "rt_chrf" in feats else "base"
