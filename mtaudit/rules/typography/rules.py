"""Typography and punctuation: guillemets, doubled marks, spacing around punctuation, quotes, apostrophes.

Two house styles (config `style = "web"|"press"`, `--style`, request option "style"):
- web (the default): the ordinary conventions of French on the web. A normal space, U+00A0 and
  U+202F all count as "a space"; the straight apostrophe is fine; a colon glued to the word before
  it is not reported. Only what is wrong in any style is reported (glued words, doubled marks...).
- press: the Imprimerie nationale conventions on top: a no-break space (U+00A0 or U+202F) before
  : ; ! ? and » and after « (MTA660), the typographic apostrophe ’ (MTA659), and a space before a
  colon (MTA658). Rules with `styles = ("press",)` run only in that style.
"""
from __future__ import annotations

import re
from collections import Counter

from ...detect.rule import Rule, bad, good
from ...read.article import WORD_RE
from ...i18n import _, data_text, quote

SPACES = " \u00a0\u202f\t"
NBSP = "\u00a0"
CROSS_LINES = 3  # a quotation may run over this many following lines (paragraphs)


# -- guillemets ---------------------------------------------------------------------------------

def guillemets(ctx):
    """Pairs (open, close) and unmatched positions ("open"/"close", pos) of « » in the article."""
    return ctx.memo("typography.guillemets", lambda: _guillemets(ctx))


def _guillemets(ctx):
    pairs, unmatched, markers = [], [], set()
    stack: list[tuple[int, int]] = []  # (position, line index)
    for li, line in enumerate(ctx.article.lines):
        while stack and stack[0][1] < li - CROSS_LINES:
            unmatched.append(("open", stack.pop(0)[0]))
        seen_in_line = False
        for off, ch in enumerate(line.text):
            if ch not in "«»":
                continue
            pos = line.start + off
            carried = bool(stack) and stack[-1][1] < li
            if off == 0 and carried:
                markers.add(pos)  # « or » opening a paragraph that continues a quotation
                continue
            if ch == "«":
                stack.append((pos, li))
            elif stack and (stack[-1][1] == li or not seen_in_line):
                pairs.append((stack.pop()[0], pos))
            else:
                unmatched.append(("close", pos))
            seen_in_line = True
    unmatched.extend(("open", p) for p, _ in stack)
    return sorted(pairs), sorted(unmatched, key=lambda u: u[1]), markers


def _skip_spaces(text, i, step):
    while 0 <= i < len(text) and text[i] in SPACES:
        i += step
    return i


INCISE_AFTER = re.compile(r"[ \u00a0\u202f]*,[ \u00a0\u202f]*[a-zà-ÿ]")
SPEECH_BEFORE = re.compile(r"(?:^|\n|:)[ \u00a0\u202f]*$")
CAPITAL_AFTER = re.compile(r"[ \u00a0\u202f]*[A-ZÀ-Ý]")


def _speech_close(text, pos) -> bool:
    """» after words, followed by a reporting incise (« …, a déclaré X »): the end of a quoted
    speech whose opening mark lies in an earlier paragraph (or was left implicit)."""
    j = _skip_spaces(text, pos - 1, -1)
    return j >= 0 and not text[j].isdigit() and INCISE_AFTER.match(text, pos + 1) is not None


def _speech_open(text, pos) -> bool:
    """« opening a quoted sentence at the start of a paragraph or after a colon: speech that runs
    on over the next paragraphs, closed by an incise or left open in the French manner."""
    return SPEECH_BEFORE.search(text, max(0, pos - 5), pos) is not None \
        and CAPITAL_AFTER.match(text, pos + 1) is not None


class UnbalancedGuillemets(Rule):
    id = "MTA650"
    slug = "unbalanced-guillemets"
    name = "Doubled or unbalanced guillemets"
    category = "punctuation"
    mqm = "Fluency/Punctuation"
    severity = "minor"
    what = """Finds a closing guillemet » with no opening « before it, an opening « that is never
    closed, and doubled marks ("durable » »"). A quotation may run over a few paragraphs, and the
    French convention of repeating « (or ») at the start of each continued paragraph is understood.
    Speech that runs over paragraphs with one mark left implicit is not reported either: a « that
    opens a quoted sentence at the start of a paragraph or after a colon, and a » followed by a
    reporting incise (« …, a déclaré X »). A mark after a number (inches: 16 ») is still reported."""
    why = """Machine translation often duplicates or drops one of a pair of quotation marks; the
    reader can no longer tell where the quoted words end."""
    example = "« Nous avons besoin de quelque chose de durable » » a déclaré… → « … durable », a déclaré…"
    examples_bad = [
        bad("« Nous avons besoin de quelque chose de durable » » a déclaré un diplomate.", "» »", suggestion="»"),
        bad("Il a parlé d'une « paix juste. Les discussions continuent demain.", "«"),
        bad("Le ministre a dénoncé une décision » injuste ».", "»"),
        bad("Il a dit « « Non » à la proposition.", "« «", suggestion="«"),
        bad("L'écran mesure 16 » de diagonale.", "»"),
    ]
    examples_good = [
        good("« Nous avons besoin de quelque chose de durable », a déclaré un diplomate."),
        good("La source a noté que « les discussions ont souligné qu'une forme de « soutien tacite » est cruciale »."),
        good("« Premier paragraphe de la citation.\n« Deuxième paragraphe, toujours cité. »\nLe texte reprend."),
        good("Elle a déclaré : « Nous partirons\ndemain matin. »"),
        good("Il a résumé la soirée : « Le public était debout.\nPersonne ne voulait partir.\nLe groupe a joué "
             "deux heures.\nNous reviendrons l'an prochain.\nLa salle était pleine, a-t-il ajouté."),
        good("Le match était serré.\nNous avons manqué de réussite.\nIl faudra corriger nos erreurs.\n"
             "Nous repartons au travail dès demain », a expliqué l'entraîneuse."),
    ]

    def check(self, ctx):
        text = ctx.text
        _pairs, unmatched, _rest = guillemets(ctx)
        for kind, pos in unmatched:
            if kind == "close":
                j = _skip_spaces(text, pos - 1, -1)
                if j >= 0 and text[j] == "»":
                    yield self.finding(ctx, j, pos + 1, _("Doubled closing guillemet."), suggestion="»")
                    continue
                if _speech_close(text, pos):
                    continue
                yield self.finding(ctx, pos, pos + 1, _("Closing guillemet » without an opening «."))
            else:
                j = _skip_spaces(text, pos + 1, 1)
                if j < len(text) and text[j] == "«":
                    yield self.finding(ctx, pos, j + 1, _("Doubled opening guillemet."), suggestion="«")
                    continue
                if _speech_open(text, pos):
                    continue
                yield self.finding(ctx, pos, pos + 1, _("Opening guillemet « that is never closed."))


class GuillemetSpacing(Rule):
    id = "MTA653"
    slug = "guillemet-spacing"
    name = "No space inside guillemets"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    styles = ("press",)
    what = """Press style only. Finds « » quotations written without a space after « or before »
    («Coalition»). Any space counts (normal, non-breaking or narrow). A short quotation is reported
    whole; in a long one the side without the space is reported. Web French often glues guillemets
    (as it glues the colon), so the web style does not report it."""
    why = """French typography puts a (non-breaking) space inside guillemets; glued guillemets are a
    sign of text converted from English quotation marks without adjustment."""
    example = "la «Coalition» → la « Coalition »"
    examples_bad = [
        bad("La discussion de la «Coalition» a eu lieu à Paris.", "«Coalition»", suggestion="«\u00a0Coalition\u00a0»",
            style="press"),
        bad("«Pour le moment, il n'y a pas de paix à garder et rien à surveiller », a-t-elle déclaré.", "«Pour",
            style="press"),
        bad("La coalition « essaie de garder les États-Unis dans la discussion commune», a déclaré Kallas.", "commune»",
            style="press"),
    ]
    examples_good = [
        good("La discussion de la « Coalition » a eu lieu à Paris.", style="press"),
        good("La discussion de la «\u00a0Coalition\u00a0» a eu lieu à Paris.", style="press"),
        good("La discussion de la «\u202fCoalition\u202f» a eu lieu à Paris.", style="press"),
        good("Le club a présenté sa «Stratégie 2030» aux supporters."),  # web style
    ]

    def check(self, ctx):
        text = ctx.text
        _pairs, _unmatched, markers = guillemets(ctx)
        for o, c in guillemets(ctx)[0]:
            after_open = o + 1 < len(text) and text[o + 1] not in SPACES + "\n"
            before_close = c > 0 and text[c - 1] not in SPACES + "\n"
            if not (after_open or before_close):
                continue
            inner = text[o + 1:c]
            if c - o <= 40 and "\n" not in inner:
                yield self.finding(ctx, o, c + 1, _("No space inside the guillemets."),
                                   suggestion=f"«{NBSP}{inner.strip(SPACES)}{NBSP}»")
            elif after_open:
                m = WORD_RE.match(text, o + 1)
                end = m.end() if m else o + 1
                yield self.finding(ctx, o, end, _("No space after the opening guillemet."),
                                   suggestion=f"«{NBSP}{text[o + 1:end]}")
            else:
                start = c
                while start > o + 1 and text[start - 1] not in SPACES + "\n":
                    start -= 1
                yield self.finding(ctx, start, c + 1, _("No space before the closing guillemet."),
                                   suggestion=f"{text[start:c]}{NBSP}»")


# -- English quotation marks ---------------------------------------------------------------------

CURLY = re.compile(r"“([^“”\n]{1,300})”")
STRAIGHT = re.compile(r"(?<![\w\"])\"(?=\S)([^\"\n]{1,300}?)(?<=\S)\"(?![\w\"])")


class EnglishQuotes(Rule):
    id = "MTA654"
    slug = "english-quotes"
    name = "English quotation marks"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds quotations marked with English quotation marks (“…” or "…") in French text,
    outside « » quotations (where “…” is the correct French mark for a quotation inside a
    quotation)."""
    why = """French quotes with guillemets « »; English marks left by the translation engine are a
    visible locale error."""
    example = "a qualifié la réunion de “productive” → a qualifié la réunion de « productive »"
    examples_bad = [
        bad("Il a qualifié la réunion de “productive” jeudi.", "“productive”", suggestion="«\u00a0productive\u00a0»"),
        bad("Le ministre a parlé d'une \"étape importante\" pour l'Alliance.", "\"étape importante\""),
    ]
    examples_good = [
        good("Il a déclaré : « Le mot “productive” ne convient pas », jeudi."),
        good("L'écran mesure 27\" et pèse 5 kg."),
        good("Il a qualifié la réunion de « productive » jeudi."),
    ]

    def check(self, ctx):
        pairs, _unmatched, _rest = guillemets(ctx)
        text = ctx.text
        for rx in (CURLY, STRAIGHT):
            for m in rx.finditer(text):
                if any(o < m.start() and m.end() <= c + 1 for o, c in pairs):
                    continue
                yield self.finding(ctx, m.start(), m.end(), _("English quotation marks in French text."),
                                   suggestion=f"«{NBSP}{m.group(1).strip()}{NBSP}»")


# -- apostrophes -----------------------------------------------------------------------------------

APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")


class MixedApostrophes(Rule):
    id = "MTA656"
    slug = "mixed-apostrophes"
    name = "Mixed apostrophe styles"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds articles that mix the straight apostrophe (') and the typographic one (’) inside
    words. One finding per article, on the first word written in the less frequent style (the
    straight one on a tie); the message gives both counts."""
    why = """Either apostrophe is acceptable, but mixing them shows text assembled from different
    sources or edited in patches, and it breaks searches for a word."""
    example = "l'OTAN … l’Ukraine → l’OTAN … l’Ukraine"
    examples_bad = [
        bad("L’OTAN soutient l’Ukraine. L'Alliance a confirmé l’engagement.", "L'Alliance", suggestion="L’Alliance"),
        bad("L'OTAN soutient l'Ukraine et l'Alliance, qui a confirmé l’engagement.", "l’engagement",
            suggestion="l'engagement"),
    ]
    examples_good = [
        good("L’OTAN soutient l’Ukraine. L’Alliance a confirmé l’engagement."),
        good("L'OTAN soutient l'Ukraine. L'Alliance a confirmé l'engagement."),
        good("L’OTAN a cité le mot 'peace' en anglais."),
    ]

    def check(self, ctx):
        text = ctx.text
        marks = [m.start() for m in APOSTROPHE.finditer(text)]
        counts = Counter(text[p] for p in marks)
        if len(counts) < 2:
            return
        minority = "'" if counts["'"] <= counts["’"] else "’"
        majority = "’" if minority == "'" else "'"
        first = next(p for p in marks if text[p] == minority)
        word = next((w for w in WORD_RE.finditer(text, max(0, first - 40), first + 40)
                     if w.start() <= first < w.end()), None)
        start, end = (word.start(), word.end()) if word else (first, first + 1)
        yield self.finding(ctx, start, end,
                           _("Apostrophe styles are mixed ({curly} × ’, {straight} × '); this is the first {mark} of "
                             "the less frequent style.").format(curly=counts["’"], straight=counts["'"],
                                                                 mark=quote(minority)),
                           suggestion=text[start:end].replace(minority, majority))


# -- pattern rules (data/typography.tsv) -----------------------------------------------------------

URLISH = re.compile(r"(?:https?://|www\.|@|\.(?:com|fr|org|net)\b)", re.IGNORECASE)


def typo_patterns(ctx, rule_id):
    def build():
        out = {}
        for row in ctx.resources.table("typography"):
            template = row["suggestion"].replace("{sp}", " ").replace("{nbsp}", NBSP)
            out.setdefault(row["rule"], []).append((re.compile(row["pattern"], re.MULTILINE), template, row["note"]))
        return out
    return ctx.resources.memo(("typography", "patterns"), build).get(rule_id, [])


def _in_url(text, start, end):
    s, e = start, end
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    while e < len(text) and not text[e].isspace():
        e += 1
    return bool(URLISH.search(text, s, e)) or any(c in text[s:e] for c in "<>{}=")


class _PatternRule(Rule):
    message = ""

    def check(self, ctx):
        text = ctx.text
        seen = set()
        for rx, template, note in typo_patterns(ctx, self.id):
            for m in rx.finditer(text):
                if (m.start(), m.end()) in seen or _in_url(text, m.start(), m.end()):
                    continue
                seen.add((m.start(), m.end()))
                note = data_text(note)
                yield self.finding(ctx, m.start(), m.end(), f"{note[0].upper()}{note[1:]}.",
                                   suggestion=m.expand(template))


class DoubledPunctuation(_PatternRule):
    id = "MTA651"
    slug = "doubled-punctuation"
    name = "Doubled punctuation"
    category = "punctuation"
    mqm = "Fluency/Punctuation"
    severity = "minor"
    what = """Finds two punctuation marks in a row where one is meant: ",," ";;" ",." ", ," and two
    full stops ("fin.."), but never the three-dot ellipsis "..." or "?!" (patterns in
    data/typography.tsv)."""
    why = """Doubled marks are left when a translation engine or an editor joins two segments; they
    look careless and can hide a missing word."""
    example = "la réunion,, qui → la réunion, qui"
    examples_bad = [
        bad("La réunion,, qui a duré trois heures, s'est bien passée.", ",,", suggestion=","),
        bad("La réunion s'est bien passée.. Les ministres sont partis.", "..", suggestion="."),
        bad("La réunion a duré trois heures,. Les ministres sont partis.", ",.", suggestion="."),
    ]
    examples_good = [
        good("La réunion s'est bien passée... Les ministres sont partis."),
        good("Les États-Unis, le Royaume-Uni, etc., ont signé."),
        good("Vraiment ?! Le sommet commence à 10:30."),
    ]


class SpaceBeforeComma(_PatternRule):
    id = "MTA652"
    slug = "space-before-comma"
    name = "Space before a comma or full stop"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds a space before a comma or a full stop ("Paris , Londres", "fin ."). The
    ellipsis is left alone."""
    why = """French puts no space before a comma or a full stop (unlike ":" ";" "!" "?"); the
    stray space is a conversion or editing slip."""
    example = "Paris , Londres → Paris, Londres"
    examples_bad = [
        bad("Les dirigeants de Paris , Londres et Berlin se sont réunis.", " ,", suggestion=","),
        bad("Les dirigeants se sont réunis jeudi .", " .", suggestion="."),
    ]
    examples_good = [
        good("Les dirigeants de Paris, Londres et Berlin se sont réunis."),
        good("Les dirigeants hésitent ... puis signent."),
        good("Le site officiel est otan .int selon la note."),
    ]


class DoubledSpace(_PatternRule):
    id = "MTA655"
    slug = "doubled-space"
    name = "Doubled space"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds two or more spaces (of any kind) between two words, or around a comma, colon
    or guillemet, on one line. Indentation, spaces at the end of a line and the typewriter habit of
    two spaces after a full stop (or after a list number "1.") are left alone."""
    why = """Doubled spaces come from deleted words or joined segments; they show in justified text
    and can mark a place where a word was dropped."""
    example = "les  alliés → les alliés"
    examples_bad = [
        bad("Les  alliés se sont réunis.", "  ", suggestion=" "),
        bad("Les alliés se sont réunis \u00a0: ils ont signé.", " \u00a0"),
    ]
    examples_good = [
        good("Les alliés se sont réunis.\n  Ils ont signé."),
        good("Les alliés se sont réunis.  Ils ont signé : 1.   la paix ; 2.   la sécurité."),
        good("Les alliés se sont réunis\u00a0: ils ont signé."),
    ]


class MissingSpaceAfterPunctuation(_PatternRule):
    id = "MTA657"
    slug = "missing-space-after-punctuation"
    name = "No space after punctuation"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    what = """Finds punctuation glued to the next word: "Paris,Londres", "forme.Le secrétaire",
    "dit:« Si", "quoi?Il", "»a déclaré", "dit«". Numbers (3,5 ; 10:30), web addresses and
    abbreviations with a single capital ("M.Dupont") are left alone."""
    why = """A missing space glues two words or two sentences together; it usually comes from joined
    segments or from an English source that spaced punctuation differently."""
    example = "Paris,Londres → Paris, Londres"
    examples_bad = [
        bad("Les dirigeants de Paris,Londres et Berlin se sont réunis.", ",", suggestion=", "),
        bad("Il a refusé sous aucune forme.Le secrétaire général a réagi.", ".", suggestion=". "),
        bad("Mais il a dit:« Si nous pouvons le faire, ce sera simple. »", ":", suggestion="\u00a0: "),
    ]
    examples_good = [
        good("Le taux est de 3,5 % et le sommet commence à 10:30."),
        good("Voir le site https://www.otan.int/fr,accueil pour les détails."),
        good("M.Dupont et J.-C. Martin ont signé."),
        good("Les dirigeants de Paris, Londres et Berlin se sont réunis. Le sommet a duré."),
    ]


class MissingSpaceBeforeColon(_PatternRule):
    id = "MTA658"
    slug = "missing-space-before-colon"
    name = "No space before a colon"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    styles = ("press",)
    what = """Press style only. Finds a colon glued to the word before it ("objectifs clés: un ciel
    sûr"). Only the colon is checked here (MTA660 checks the kind of space): Swiss and Quebec usage
    differ for ";" "!" "?", but all printed French spaces the colon. Times (10:30) and web addresses
    are left alone. Web French often glues the colon, so the web style does not report it."""
    why = """French puts a (non-breaking) space before a colon; the glued colon is the English
    convention carried over by the translation."""
    example = "quatre objectifs clés: un ciel sûr → quatre objectifs clés : un ciel sûr"
    examples_bad = [
        bad("Les alliés ont énuméré quatre objectifs clés: un ciel sûr et une paix durable.", ":",
            suggestion="\u00a0:", style="press"),
    ]
    examples_good = [
        good("Les alliés ont énuméré quatre objectifs clés : un ciel sûr et une paix durable.", style="press"),
        good("Les alliés ont énuméré quatre objectifs clés\u00a0: un ciel sûr.", style="press"),
        good("La réunion commence à 10:30 et le site est https://otan.int.", style="press"),
        good("Les alliés ont énuméré quatre objectifs clés: un ciel sûr et une paix durable."),  # web style
    ]


# -- press style: Imprimerie nationale conventions -------------------------------------------------

STRAIGHT_IN_WORD = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


class StraightApostrophe(Rule):
    id = "MTA659"
    slug = "straight-apostrophe"
    name = "Straight apostrophe (press style)"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    styles = ("press",)
    what = """Press style only. Finds the straight apostrophe (') inside French words where printed
    French uses the typographic one (’). One finding per article, on the first, with the count.
    Web French uses the straight apostrophe everywhere, so the web style does not report it."""
    why = """The Imprimerie nationale (and most publishers) set the apostrophe as ’; a straight one in
    a printed text is a conversion slip."""
    example = "l'Ukraine → l’Ukraine"
    examples_bad = [
        bad("L'OTAN soutient l'Ukraine.", "L'OTAN", suggestion="L’OTAN", style="press"),
    ]
    examples_good = [
        good("L’OTAN soutient l’Ukraine.", style="press"),
        good("L'OTAN soutient l'Ukraine."),  # web style
    ]

    def check(self, ctx):
        text = ctx.text
        hits = [m.start() for m in STRAIGHT_IN_WORD.finditer(text) if not _in_url(text, m.start(), m.end())]
        if not hits:
            return
        first = hits[0]
        word = next((w for w in WORD_RE.finditer(text, max(0, first - 40), first + 40)
                     if w.start() <= first < w.end()), None)
        start, end = (word.start(), word.end()) if word else (first, first + 1)
        yield self.finding(ctx, start, end,
                           _("Straight apostrophe ({n} in the article); press style sets ’.").format(n=len(hits)),
                           suggestion=text[start:end].replace("'", "’"))


NO_BREAK = "\u00a0\u202f"


class NoBreakSpace(Rule):
    id = "MTA660"
    slug = "no-break-space"
    name = "No-break space before high punctuation (press style)"
    category = "typography"
    mqm = "Fluency/Typography"
    severity = "minor"
    styles = ("press",)
    what = """Press style only. Finds a normal space, or no space, where printed French puts a
    no-break space (U+00A0, or the narrow U+202F): before : ; ! ? and », and after «. Times
    (10:30), web addresses, "?!" and marks at the start of a line are left alone. Web French
    rarely carries no-break spaces, so the web style does not report them."""
    why = """Without a no-break space the mark can be thrown to the start of the next line
    ("Il a dit\n: non"); the Imprimerie nationale rules ask for one before the two-part marks and
    inside guillemets."""
    example = "Il a dit : « Non » → Il a dit\u00a0: «\u00a0Non\u00a0»"
    examples_bad = [
        bad("Il a dit : non.", " :", suggestion="\u00a0:", style="press"),
        bad("Vraiment? Oui.", "?", suggestion="\u00a0?", style="press"),
        bad("Il a dit\u00a0: « Non\u00a0».", "« ", suggestion="«\u00a0", style="press"),
    ]
    examples_good = [
        good("Il a dit\u00a0: «\u00a0Non\u00a0». Vraiment\u202f? Oui\u202f!", style="press"),
        good("La réunion commence à 10:30\u00a0; voir https://otan.int/fr?lang=fr.", style="press"),
        good("Il a dit : non. Vraiment? « Oui ».", ),  # web style
    ]

    def check(self, ctx):
        text = ctx.text
        for m in re.finditer(r"([ ]?)([:;!?»])", text):
            sp, mark = m.group(1), m.group(2)
            i = m.start()
            prev = text[i - 1] if i > 0 else "\n"
            if prev in NO_BREAK or prev == "\n" or (not sp and prev in " \t!?"):
                continue
            if sp and (i == 0 or text[i - 1] in " \t\n"):
                continue  # a space after a space: the doubled-space rule's business
            if mark == ":" and prev.isdigit() and text[m.end():m.end() + 1].isdigit():
                continue  # 10:30
            if mark in "!?" and prev in "!?":
                continue
            if _in_url(text, m.start(), m.end()):
                continue
            if not sp and mark in ":;" and not (prev.isalnum() or prev in ")»\"”’"):
                continue
            yield self.finding(ctx, m.start(), m.end(), _("Press style: a no-break space goes before « {mark} ».").format(mark=mark),
                               suggestion=f"{NBSP}{mark}")
        for m in re.finditer(r"«([ ]?)(?=[^\s\u00a0\u202f])", text):
            if _in_url(text, m.start(), m.end()):
                continue
            yield self.finding(ctx, m.start(), m.end(), _("Press style: a no-break space goes after « « »."),
                               suggestion=f"«{NBSP}")
