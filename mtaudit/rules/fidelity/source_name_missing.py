"""MTA812 source-name-missing: a name of the English source missing from its French sentence."""
from __future__ import annotations

import re

from ...detect.rule import Rule, bad, good
from ...i18n import _, ngettext
from ...lang.names import name_base
from ...lang.text import fold_accents as fold
from .common import bilingual_engine, ex_bilingual, ex_pair, on_source, pairs, quote


_UPPER = "A-ZÀ-ÖØ-Þ"  # "Émile", "Île-de-France" are names too
_NAME = re.compile(rf"[{_UPPER}][\w'’.-]*(?:\s+(?:(?:of|de|al|bin|van|von|der|da|di|la|le)\s+)?[{_UPPER}][\w'’.-]*)*")
_OPENERS = tuple("«\"“‘'([—–-:")


def source_names(text: str) -> list[str]:
    """Capitalised word groups of an English sentence that are likely names: not the first word, not
    after an opening quote or a colon, and none in a title-case headline."""
    tokens = re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]*", text or "")[1:]
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
            for r in name_base(ctx.resources).rows(table):
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
            missing, spans, at = [], [], 0
            for name in source_names(p["source"]):
                where = p["source"].find(name, at)
                at = where + len(name) if where >= 0 else at
                parts = _missing_parts(name, haystacks)
                if not parts or any(a and a in haystacks[0] for a in aliases.get(fold(name), [])):
                    continue
                missing.append(" ".join(parts))
                if where >= 0:
                    spans.append((where, where + len(name)))
            if missing:
                spans = spans or [(None, None)]
                yield on_source(self.finding(
                    ctx, p["start"], p["end"],
                    ngettext("Name of the source not found in this translation: {names} (source {source}).",
                             "Names of the source not found in this translation: {names} (source {source}).",
                             len(missing)).format(
                        names=", ".join(missing), source=quote(p["source"])), confidence=0.5, engine=bilingual_engine(ctx)),
                    ctx, p, spans[0][0], spans[-1][1])


# -- additions and mistranslations ------------------------------------------------------------
