"""Scraped web-page chrome: promos, share widgets, related links, bylines, stray glyphs, site names.

Every line is scored against the patterns of data/boilerplate.tsv: the weights of the rows that
match are combined (noisy-or), then scaled by position (the first and last lines of an article are
where scrapers leave chrome) and by shape (short lines without a final full stop look like labels).
"""
from __future__ import annotations

import re
import unicodedata

from ...detect.rule import Rule, bad, good
from ...read.article import WORD_RE
from ...i18n import _, quote, data_text

THRESHOLD = 0.5      # a line scoring at least this is reported
MAJOR = 0.6          # ... and as major from here (glyph lines stay minor)
EDGE_LINES = 3       # lines counted as "start" or "end" of the article
NEIGHBOUR_BOOST = 0.15
SENTENCE_END = re.compile(r"[.!?…»\"”]\s*$")
QUESTION_END = re.compile(r"\?\s*$")
ADDRESS = re.compile(r"\b(?:vous|votre|vos|tu|ton|ta|tes|you|your)\b", re.IGNORECASE)


def fold(s: str) -> str:
    """Remove accents and unify apostrophes, one character for one (offsets are kept)."""
    out = []
    for ch in s:
        if ch in "’‘ʼ`´":
            out.append("'")
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append(d[0] if len(d) > 1 and all(unicodedata.combining(c) for c in d[1:]) else ch)
    return "".join(out)


def _keywords(spec: str) -> re.Pattern:
    looks = []
    for group in spec.split(","):
        alts = []
        for word in (w.strip() for w in group.split("|")):
            if not word:
                continue
            star = word.endswith("*")
            word = fold(word.rstrip("*")).lower()
            body = r"\s+".join(re.escape(p) for p in word.split())
            alts.append(r"\b" + body + (r"\w*" if star else r"\b"))
        if alts:
            looks.append("(?=.*(?:" + "|".join(alts) + "))")
    return re.compile("^" + "".join(looks), re.IGNORECASE)


def patterns(ctx):
    """[(kind, compiled, how, weight, note)] from data/boilerplate.tsv, built once per config."""
    def build():
        out = []
        for row in ctx.resources.table("boilerplate"):
            how = row["match"]
            if how == "keywords":
                rx = _keywords(row["pattern"])
            elif how in ("line", "start", "search"):
                rx = re.compile(fold(row["pattern"]), re.IGNORECASE)
            else:
                raise ValueError(f"{row['_source']}: unknown match type {how!r}")
            out.append((row["kind"], rx, how, float(row["weight"] or 0), row["note"]))
        return out
    return ctx.resources.memo(("boilerplate", "patterns"), build)


def _matches(rx, how, folded, bare) -> bool:
    if how == "line":
        return rx.fullmatch(bare) is not None
    if how == "start":
        return rx.match(folded) is not None
    return rx.search(folded) is not None


def _shape(text: str) -> float:
    n = sum(1 for _w in WORD_RE.finditer(text))
    size = 1.0 if n <= 8 else 0.9 if n <= 15 else 0.75 if n <= 25 else 0.5 if n <= 40 else 0.25
    if QUESTION_END.search(text) and not ADDRESS.search(text):
        size *= 0.6  # a question that does not address the reader is someone asking, not a promo
    elif SENTENCE_END.search(text):
        size *= 0.6 if n >= 6 else 1.0  # a full sentence is more likely article text than a label
    return size


def score_lines(ctx):
    """Per line: (line span, score, kinds, notes); computed once per article and shared by the rules."""
    cached = getattr(ctx, "_boilerplate_lines", None)
    if cached is not None:
        return cached
    table = [p for p in patterns(ctx) if p[0] != "site"]
    lines = ctx.article.lines
    n = len(lines)
    raw = []
    for i, line in enumerate(lines):
        edge = i < EDGE_LINES or i >= n - EDGE_LINES
        scale = (1.0 if edge else 0.7) * _shape(line.text)
        if scale + NEIGHBOUR_BOOST < THRESHOLD:  # too long to be chrome whatever it says
            raw.append((0.0, [], [], edge))
            continue
        folded = fold(line.text).strip()
        bare = re.sub(r"[\s:.»]+$", "", folded)
        miss = 1.0
        kinds, notes = [], []
        for kind, rx, how, weight, note in table:
            if _matches(rx, how, folded, bare):
                miss *= 1.0 - weight
                kinds.append(kind)
                notes.append(note)
        raw.append(((1.0 - miss) * scale, kinds, notes, edge))
    out = []
    for i, (s, kinds, notes, edge) in enumerate(raw):
        if kinds and edge:
            near = [raw[j][0] for j in (i - 1, i + 1) if 0 <= j < n and raw[j][3]]
            if any(x >= THRESHOLD for x in near):
                s += NEIGHBOUR_BOOST
        out.append((lines[i], min(s, 1.0), kinds, notes))
    ctx._boilerplate_lines = out
    return out


class BoilerplateLine(Rule):
    id = "MTA600"
    slug = "scraped-boilerplate"
    name = "Scraped page chrome"
    category = "boilerplate"
    mqm = "Accuracy/Addition"
    severity = "major"
    what = """Finds lines that are web-page furniture rather than article text: newsletter and
    paywall promos, subscribe and sign-up prompts, share widgets, "related posts" and "read also"
    links, source links, cookie banners, credits and bylines ("additional reporting by…", "Avec
    AFP"), copyright notices, ad labels, comment prompts and navigation labels, in French or English.
    Patterns come from data/boilerplate.tsv; a line's evidence is weighed by its position (first and
    last lines count more) and its shape (short label-like lines count more; a full sentence, or a
    question that does not address the reader, counts less). The span is the line."""
    why = """Chrome scraped along with the article is not part of the text: translated, it turns into
    nonsense ("Verrouiller gratuitement la newsletter…" for "Unlock the newsletter for free") and
    tells the reader at once that the page was copied and machine-translated without review."""
    example = "Vous pouvez partager cette histoire sur les réseaux sociaux : → delete the line"
    examples_bad = [
        bad("Abonnez-vous à notre newsletter\nLe sommet s'est ouvert jeudi à Bruxelles.",
            "Abonnez-vous à notre newsletter", suggestion=""),
        bad("Le sommet s'est ouvert jeudi à Bruxelles.\nLes discussions continuent.\nLire aussi : le "
            "programme du sommet\nLa suite est attendue vendredi.\nLes ministres se retrouveront lundi.\n"
            "Un accord est possible.", "Lire aussi : le programme du sommet"),
        bad("Le sommet s'est ouvert jeudi à Bruxelles.\nVous pouvez partager cette histoire sur les réseaux sociaux :",
            "Vous pouvez partager cette histoire sur les réseaux sociaux :"),
        bad("Le sommet s'est ouvert jeudi à Bruxelles.\nAvec AFP", "Avec AFP"),
        bad("Accepter les cookies\nLe sommet s'est ouvert jeudi.", "Accepter les cookies"),
        bad("Le sommet s'est ouvert jeudi.\nShare this article", "Share this article"),
        bad("Le sommet s'est ouvert jeudi.\nCliquez ici pour lire la suite", "Cliquez ici pour lire la suite"),
        bad("Le sommet s'est ouvert jeudi.\nRapport supplémentaire de Jean Dupont à Oslo",
            "Rapport supplémentaire de Jean Dupont à Oslo"),
        bad("Read more:\nLe sommet s'est ouvert jeudi.", "Read more:"),
        bad("Voulez-vous vous inscrire à notre newsletter ?\nLe sommet s'est ouvert jeudi.",
            "Voulez-vous vous inscrire à notre newsletter ?"),
    ]
    examples_good = [
        good("La newsletter du quotidien compte désormais trois millions d'abonnés, selon l'entreprise qui "
             "la publie depuis 2015.\nLe sommet s'est ouvert jeudi."),
        good("Le sommet s'est ouvert jeudi.\nIl a partagé une vidéo du discours sur les réseaux sociaux, où "
             "elle a été vue des milliers de fois."),
        good("Les cookies tiers seront interdits par le navigateur à partir de 2025, ce qui inquiète les "
             "annonceurs.\nLa décision a été repoussée deux fois."),
        good("Par ailleurs, le sommet s'est ouvert jeudi.\nLes ministres ont voté."),
        good("Le gouvernement a débloqué une aide gratuite pour les familles touchées par les inondations de "
             "la semaine dernière.\nElle sera versée en mai."),
        good("L'article X du traité prévoit une clause de sortie.\nLe sommet s'est ouvert jeudi."),
        good("Faut-il s'inscrire avant lundi ?\nJe n'ai reçu aucun courriel de confirmation."),
    ]

    def check(self, ctx):
        for line, s, kinds, notes in score_lines(ctx):
            if s < THRESHOLD or "glyph" in kinds:
                continue
            sev = "major" if s >= MAJOR else "minor"
            what = _("; ").join(dict.fromkeys(data_text(n) for n in notes))
            yield self.finding(ctx, line.start, line.end,
                               _("Looks like scraped page chrome, not article text ({notes}).").format(notes=what),
                               suggestion="", severity=sev, confidence=round(s, 3))


class StrayGlyphLine(Rule):
    id = "MTA601"
    slug = "stray-glyph-line"
    name = "Stray glyph on its own line"
    category = "boilerplate"
    mqm = "Design/Other"
    severity = "minor"
    what = """Finds a line holding nothing but a close-button or menu glyph ("X", "×", "✕"), which a
    scraper copied from the page's pop-up or banner. Only whole lines are considered, so a letter X
    inside a sentence ("l'article X") is never reported."""
    why = """The glyph is not text: it shows the article was scraped with its page furniture. It is
    harmless to meaning, hence minor, but it is the first thing a reader sees when it opens the text."""
    example = "X⏎Les États européens… → Les États européens…"
    examples_bad = [
        bad("X\n\nLes États européens étudient un déploiement.", "X", suggestion=""),
        bad("Le sommet s'est ouvert jeudi.\n×", "×"),
    ]
    examples_good = [
        good("L'article X du traité prévoit une clause de sortie."),
        good("Le groupe X a publié ses résultats.\nLa société Y aussi."),
    ]

    def check(self, ctx):
        for line, s, kinds, notes in score_lines(ctx):
            if s >= THRESHOLD and "glyph" in kinds:
                yield self.finding(ctx, line.start, line.end,
                                   _("A lone glyph on its own line (a close button or icon left by the scraper)."),
                                   suggestion="", confidence=round(s, 3))


SUFFIX = re.compile(r"\s+[—–|-]\s+([^—–|\n]{2,40})$")


class HeadlineSiteSuffix(Rule):
    id = "MTA602"
    slug = "headline-site-suffix"
    name = "Site name after the headline"
    category = "boilerplate"
    mqm = "Design/Other"
    severity = "minor"
    what = """Finds a site or publication name appended to the headline after a dash or a bar
    ("… en Ukraine — RT World News", "… | Le Monde.fr"), in the first lines of the article. The last
    segment must look like a site name (data/boilerplate.tsv, kind "site") and the headline before it
    must have at least four words."""
    why = """Browsers and feeds show the page title with the site's name; copied into the article it
    is not part of the headline and is usually left in English."""
    example = "Les États européens déploient des troupes — RT World News → Les États européens déploient des troupes"
    examples_bad = [
        bad("Les États européens de l'OTAN travaillent au déploiement de troupes — RT World News\n\nLe texte.",
            "— RT World News", suggestion=""),
        bad("Le sommet de l'OTAN s'ouvre à Bruxelles | Euronews\nLe texte.", "| Euronews"),
    ]
    examples_good = [
        good("Les États européens de l'OTAN travaillent au déploiement de troupes\n\nLe texte."),
        good("Le sommet de l'OTAN s'ouvre à Bruxelles – Jean-Pierre Dupont\nLe texte."),
        good("Premier paragraphe du texte.\nDeuxième paragraphe.\nTroisième.\nUn long titre au milieu de "
             "l'article — France Info"),
    ]

    def check(self, ctx):
        sites = [p[1] for p in patterns(ctx) if p[0] == "site"]
        for line, s, kinds, _notes in score_lines(ctx)[:EDGE_LINES]:
            if s >= THRESHOLD or SENTENCE_END.search(line.text):
                continue
            m = SUFFIX.search(line.text)
            if not m or len(WORD_RE.findall(line.text[:m.start()])) < 4:
                continue
            tail = fold(m.group(1))
            if len(tail.split()) > 5 or not any(rx.search(tail) for rx in sites):
                continue
            start = line.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            yield self.finding(ctx, start, line.end,
                               _("Site name {site} after the headline, copied from the page title.").format(
                                   site=quote(m.group(1).strip())),
                               suggestion="")
