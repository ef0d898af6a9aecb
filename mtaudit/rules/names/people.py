"""Corrupted proper names: a person's name mangled by machine translation ("Mark Latte" for
"Mark Rutte", "Emmanuel Macaron"), found by comparing written names with the people knowledge base
(data/people.tsv) and with the role written next to them (data/roles.tsv). One pass over the
article finds every name issue (analyse_names); each rule (MTA201-MTA204, a file each) reports its
kind of issue."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ...detect.rule import Rule
from ...i18n import N_, _, data_text, quote
from ...read.dates import article_date
from .index import (NAME_SEQ_RE, best_form, fold, is_common_word, name_index, role_mentions, squash,
                     surname_score, words_of)

TITLES = {"m.", "mme", "mlle", "dr", "mr", "mrs", "ms", "sir", "lord", "général", "general", "maître"}
MQM = "Accuracy/Mistranslation"


@dataclass
class NameIssue:
    kind: str  # near | role | word | tenure
    start: int
    end: int
    written: str
    suggestion: str
    key: str
    confidence: float
    note: str


def analyse_names(ctx) -> list[NameIssue]:
    """All name issues of an article, computed once and shared by the rules."""
    return ctx.memo("names.issues", lambda: _analyse_names(ctx))


def _date_source(source: str) -> str:
    """Where the article's date came from (read.dates.article_date), in the messages' language."""
    words = {"dateline": _("dateline"), "publication line": _("publication line"), "date line": _("date line"),
             "metadata": _("metadata"), "request": _("request")}
    head, sep, rest = source.partition(" «")
    if head in words:
        return words[head] + sep + rest
    if source.startswith("column "):
        return _("column {name}").format(name=source[len("column "):])
    return source


def _analyse_names(ctx) -> list[NameIssue]:
    index = name_index(ctx.resources)
    text = ctx.text
    issues: list[NameIssue] = []
    taken: list[tuple[int, int]] = []

    # 1. names next to a role phrase
    dated = article_date(ctx.article, ctx.config, ctx.extras)
    for rm in role_mentions(index, text):
        s, e, written = _strip_titles(rm.start, rm.text)
        if not written:
            continue
        if _known_inside(index, written):
            issue = _out_of_tenure(index, text, rm, s, e, written, dated)
            if issue:
                issues.append(issue)
                taken.append((s, e))
            continue
        holders = index.holders_for(rm.ctx.roles, rm.ctx.where)
        then = {k for k in holders if dated and _in_office(index, k, rm.ctx, dated[0]) is True}
        hit = (_match_role(index, written, then) if then else None) or _match_role(index, written, holders)
        if hit:
            key, suggestion, score, how = hit
            conf = min(0.95, 0.55 + 0.4 * score / 100)
            msg = _("{written} is introduced as «{role}», a role held by {key} ({how}, in office on {date} (article "
                    "date from {source})); the name looks corrupted.") if key in then else \
                _("{written} is introduced as «{role}», a role held by {key} ({how}); the name looks corrupted.")
            issues.append(NameIssue("role", s, e, written, suggestion, key, conf, msg.format(
                written=quote(written), role=_squash_role(rm.ctx.phrase), key=key, how=data_text(how),
                date=dated[0] if dated else "", source=_date_source(dated[1]) if dated else "")))
            taken.append((s, e))

    # 2. other names written as First Last
    spans = {(m.start(), m.end()) for m in NAME_SEQ_RE.finditer(text)}
    spans |= {(en.start, en.end) for en in ctx.entities if en.label == "PER"}
    for start, end in sorted(spans):
        if any(a < end and start < b for a, b in taken):
            continue
        issue = _free_mention(index, text, start, end)
        if issue:
            issues.append(issue)
            taken.append((issue.start, issue.end))

    issues += _propagate(text, issues, taken)
    return issues


# -- names in time ---------------------------------------------------------------------------------

YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# words that place the role in another time than the article's ("l'ancien président", "alors ministre")
TIME_QUALIFIERS = re.compile(r"(?<![\w-])(?:ancien|ancienne|anciens|anciennes|ex|futur|future|feu|défunt|défunte|"
                             r"alors|à l['’]époque|de l['’]époque|d['’]alors|élu|élue|désigné|désignée|pressenti|"
                             r"pressentie|sortant|sortante|intérimaire|par intérim|"
                             r"successeur|prédécesseur|précédent|précédente)(?![\w-])", re.IGNORECASE)


def _within(date: str, start: str, end: str) -> bool:
    """Is date (YYYY[-MM[-DD]]) inside the tenure [start, end], compared at the coarser precision?"""
    def cut(a, b):
        n = min(len(a), len(b))
        return a[:n], b[:n]
    if start:
        a, b = cut(start, date)
        if b < a:
            return False
    if end:
        a, b = cut(date, end)
        if a > b:
            return False
    return True


def _in_office(index, key: str, rc, date: str) -> bool | None:
    """Did the person hold the role at the date? None when the knowledge base has no dates for it."""
    spans = index.tenures_of(key, rc.roles, rc.where)
    if not spans:
        return None
    return any(_within(date, a, b) for a, b in spans)


def _out_of_tenure(index, text, rm, s, e, written, dated) -> NameIssue | None:
    """A known holder of the role, named in it at a date outside their tenure (without "ancien",
    "alors"...). Only with an article date; a year written in the same sentence wins over it."""
    if not dated:
        return None
    key = index.known_key(written)
    if key is None or key not in index.people:
        return None
    spans = index.tenures_of(key, rm.ctx.roles, rm.ctx.where)
    if not spans:
        return None
    lo, hi = min(s, rm.ctx.start), max(e, rm.ctx.end)
    if TIME_QUALIFIERS.search(text, max(0, lo - 40), hi) or TIME_QUALIFIERS.search(text[lo:hi]):
        return None
    sent_lo = max(text.rfind(".", 0, lo), text.rfind("\n", 0, lo)) + 1
    m_end = re.search(r"[.\n]", text[hi:])
    sent_hi = hi + m_end.start() if m_end else len(text)
    years = YEAR_RE.findall(text, sent_lo, sent_hi)
    if years:
        if any(_within(y, a, b) for y in years for a, b in spans):
            return None
    if any(_within(dated[0], a, b) for a, b in spans):
        return None
    held = ", ".join(_("{start} to {end}").format(start=a, end=b or _("now")) for a, b in sorted(spans))
    return NameIssue("tenure", s, e, written, "", key, 0.6,
                     _("{written} is introduced as «{role}», a role {key} held {held}; the article is dated {date} "
                       "(from {source}). If a former holder is meant, say so (« l'ancien … »); otherwise the name "
                       "or the role is wrong.").format(written=quote(written), role=_squash_role(rm.ctx.phrase),
                                                       key=key, held=held, date=dated[0], source=_date_source(dated[1])))


def _squash_role(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.replace("\x00", "")).strip(" ,")


def _strip_titles(start: int, written: str) -> tuple[int, int, str]:
    parts = list(re.finditer(r"\S+", written))
    while parts and parts[0].group().lower() in TITLES:
        parts.pop(0)
    if not parts:
        return start, start, ""
    s = start + parts[0].start()
    e = start + parts[-1].end()
    return s, e, written[parts[0].start():parts[-1].end()]


def _known_inside(index, written: str) -> bool:
    """Does the written name contain a known person's full form, or is it a known short form?"""
    w = words_of(written)
    for i in range(len(w)):
        for j in range(len(w), i, -1):
            part = " ".join(w[i:j])
            f = fold(part)
            if f in index.by_form or (j - i > 1 and squash(part) in index.by_squash):
                return True
            if j - i == len(w) and (f in index.by_short or squash(part) in index.by_squash):
                return True
    return False


def _first_matches(index, first: str, key: str) -> bool:
    f = fold(first)
    return any(f == x or f == x.split()[0] for x in index.people[key].firsts)


def _match_role(index, written: str, holders) -> tuple | None:
    """Best holder of the role whose name is close to what is written."""
    w = words_of(written)
    best = None
    for key in holders:
        if len(w) == 1:
            sur = w[0]
            s = surname_score(index, sur, key)
            ok = s >= 80 and len(sur) >= 4
            score, how = s, N_("close surname")
            first = None
        else:
            first, sur = w[0], " ".join(w[1:])
            s = surname_score(index, sur, key)
            full = max(fuzz.ratio(fold(written), fold(f)) for f in index.people[key].forms)
            fm = _first_matches(index, first, key)
            ok = (fm and (s >= 75 or (s >= 55 and " " not in sur and is_common_word(sur)))) or full >= 88
            score = max(full, s if fm else 0)
            how = N_("same first name, close surname") if fm else N_("close name")
        if ok and (best is None or score > best[2]):
            form, short = best_form(index, key, first)
            best = (key, form if len(w) > 1 else short, score, how)
    return best


def _free_mention(index, text: str, start: int, end: int) -> NameIssue | None:
    """A First Last name (not next to a role): close to a known person with the same first name?"""
    written = text[start:end]
    parts = list(re.finditer(r"\S+", written))
    if len(parts) < 2:
        return None
    if _known_inside(index, written):
        return None
    for i, p in enumerate(parts[:-1]):
        first = p.group()
        if fold(first) not in index.by_first:
            if i == len(parts) - 2 and fold(parts[-1].group()) in index.by_short:
                return _first_name_issue(index, text, start + p.start(), end, first, parts[-1].group())
            continue
        s = start + p.start()
        rest_start = start + parts[i + 1].start()
        sur = text[rest_start:end]
        if fold(sur) in index.by_short:
            # a known surname with a different first name: a corrupted first name only when close
            return _first_name_issue(index, text, s, end, first, sur)
        scored = []
        for key in index.by_first[fold(first)]:
            if not _first_matches(index, first, key):
                continue
            scored.append((surname_score(index, sur, key), key))
        if not scored:
            return None
        scored.sort(reverse=True)
        score, key = scored[0]
        if len(scored) > 1 and scored[1][0] >= score - 5 and scored[1][1] != key:
            return None  # two people fit as well: do not guess
        form, _score = best_form(index, key, first)
        written_name = text[s:end]
        if score >= 80:
            return NameIssue("near", s, end, written_name, form, key, min(0.9, 0.4 + score / 200),
                             _("{written} is not a known person but is very close to {key}.").format(
                                 written=quote(written_name), key=key))
        single = " " not in sur.strip()
        if score >= 55 and single and is_common_word(sur):
            return NameIssue("word", s, end, written_name, form, key, min(0.85, 0.35 + score / 200),
                             _("{surname} is an ordinary French word where the surname of {key} is expected (same "
                               "first name, similar surname).").format(surname=quote(sur), key=key))
        return None
    return None


def _first_name_issue(index, text, s, end, first, sur) -> NameIssue | None:
    best, folded = None, fold(first)
    for key in index.by_short[fold(sur)]:
        p = index.people[key]
        if _first_matches(index, first, key):
            return None
        for f in p.firsts:
            f = f.split()[0]
            r = fuzz.ratio(folded, f)
            # misspelt, not shortened: within one letter of its length ("San Marin" is no "Sanna Marin")
            if r >= 75 and folded[:1] == f[:1] and abs(len(folded) - len(f)) <= 1 and (best is None or r > best[0]):
                best = (r, key)
    if best is None:
        return None
    r, key = best
    form, _score = best_form(index, key, None)
    written = text[s:end]
    return NameIssue("near", s, end, written, form, key, 0.55,
                     _("{written}: the surname is {key}'s but the first name is misspelt.").format(
                         written=quote(written), key=key))


def _propagate(text: str, issues: list[NameIssue], taken) -> list[NameIssue]:
    """A corrupted surname seen in a full name is also flagged where it stands alone."""
    out = []
    seen = set()
    for it in issues:
        w, sug = words_of(it.written), words_of(it.suggestion)
        if len(w) < 2 or len(sug) < 2:
            continue
        bad_sur, good_sur = w[-1], sug[-1]
        if bad_sur == good_sur or bad_sur in seen:
            continue
        seen.add(bad_sur)
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(bad_sur)}(?![\w'’-])", text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            before = text[max(0, m.start() - 2):m.start()]
            if m.start() == 0 or before.strip() in (".", "!", "?") or "\n" in before:
                continue  # sentence start: may be the ordinary word
            out.append(NameIssue(it.kind, m.start(), m.end(), bad_sur, good_sur, it.key,
                                 round(it.confidence * 0.9, 3),
                                 _("{surname} repeats the corrupted name {written} ({key}).").format(
                                     surname=quote(bad_sur), written=quote(it.written), key=it.key)))
    return out


class NameRule(Rule):
    category = "name"
    mqm = MQM
    severity = "major"
    kind = ""

    def check(self, ctx):
        for it in analyse_names(ctx):
            if it.kind == self.kind:
                yield self.finding(ctx, it.start, it.end, it.note, suggestion=it.suggestion,
                                   confidence=round(it.confidence, 3), engine="names-kb")
