"""A target that is the source copied, where the copy keeps English words that French would translate."""
import re

from ...detect.rule import Rule, bad, good
from ...l10n import CODE_RE, EMAIL_RE, PLACEHOLDER_RE, PRINTF_RE, URL_RE, body, code_lines, same_text, source_of, \
    unit_finding
from ...lang import grammalecte, hunspell
from ...lang.frequency import COMMON_EN, COMMON_EN_SHORT, LOANWORD_GAP, zipf_fr_en
from ...i18n import _

# a token with one of these is code, option syntax or an identifier, not a word of the language:
# SYN_RECV, storage[psi], --lint[=fatal|invalid], {yp,nis,}domainname=hostname, EABI32, -d, a file extension (.lock)
CODE_CHARS = re.compile(r"[\d_=\[\]{}<>|\\@#$%&*+~^`]|^-|^\.[A-Za-z]")
WORD = re.compile(r"[^\W\d_]{2,}(?:[-'’][^\W\d_]+)*")
EDGES = ".,;:!?()\"'«»“”‘’…"
ENGLISH_GAP = 0.5  # a word French does not list: this much more frequent in English (zipf) is English ...
NAME_GAP = 1.5  # ... and a capitalised word after the first (Len Tower, Miao (Pollard)) needs this much
LONG_COPY = 4  # a copy of this many words or more needs half of them English
ABBREVIATION = re.compile(r"[A-Za-z]{1,8}\.")  # a unit that is one abbreviation: « Synth. », « No. »


# a model code after a brand or a product line: "Canon MG2400 series", "HP LaserJet P1005"
MODEL = re.compile(r"(?<![\w-])[A-Z][\w-]*[ ]+[A-Z]{1,5}-?\d{2,}[A-Za-z]{0,3}(?![\w-])")

# a copyright notice: its names and years stay as they are in every language
NOTICE = re.compile(r"^[ \t]*(?:Copyright\b|©|\([Cc]\)[ \t]).*$", re.M)


def _code(line: str) -> bool:
    """A third of the line's tokens or more are code by CODE_CHARS, brackets aside: "C:\\> set
    PGDATAOLD=oldCluster/data", not "(core dumped)"."""
    tokens = line.split()
    return 3 * sum(1 for t in tokens if CODE_CHARS.search(t.strip("()"))) >= len(tokens)


def _words(text: str) -> list[tuple[str, bool]]:
    """The words of a string outside codes, placeholders, links and code-like tokens: (word, first)."""
    for rx in (CODE_RE, PLACEHOLDER_RE, PRINTF_RE, URL_RE, EMAIL_RE):
        text = rx.sub(" ", text)
    out = []
    for token in text.split():
        if CODE_CHARS.search(token):
            continue
        for part in token.split("/"):  # ops/sec, and/or
            word = part.strip(EDGES)
            if WORD.fullmatch(word):
                out.append((word, not out))
    return out


def _inflected_french(word: str) -> bool:
    """Does Grammalecte's lexicon know the word as a French noun or adjective form that hunspell-fr's word
    list lacks (the list has no inflections: « inactive », « effective »)? Not a name."""
    engine = grammalecte.load()
    if engine is None:
        return False
    tags = [a.split("/")[1] if "/" in a else a for a in engine.morph(word)]
    return any(":N" in t or ":A" in t for t in tags) and not any(":M" in t for t in tags)


def english(word: str, first: bool) -> bool:
    """Is this word of a copied target English that French translates? Not: a word the French
    dictionary lists (hunspell-fr: "document", "web", "mode"; a borrowed word much more English than
    French is English all the same: "out"), a name it lists capitalised ("Paul", "Lanka"), an
    acronym or identifier (SYN, MacKenzie, pIqaD), a word with French letters, or a word not common
    in English (wordfreq: "Eggert", "umask", "Sompeng"; three letters or fewer need more: "ike"). A
    capitalised word after the first one is read as a name unless it is clearly English ("Tower" is
    not, "Letter" is)."""
    if word.isupper() or any(c.isupper() for c in word[1:]):
        return False
    low = word.lower()
    fr, en = zipf_fr_en(low.replace("’", "'"))
    if en < (COMMON_EN_SHORT if len(low) <= 3 else COMMON_EN):
        return False  # short words need more evidence: "ast", "ike" are language codes
    if word[0].isupper() and hunspell.lists(word) and not hunspell.lists(low):
        return False  # a name: Paul, Smith, Lanka
    if hunspell.lists_common(low) or _inflected_french(low):
        return en - fr > LOANWORD_GAP
    return en - fr >= (NAME_GAP if word[0].isupper() and not first else ENGLISH_GAP)


def _loanwords(resources) -> frozenset:
    """The one-word loanwords of english_ok.tsv ("email", "newsletter", "week-end"), lower case."""
    return resources.memo("mta906-loanwords", lambda: frozenset(
        r["phrase"].strip().lower() for r in resources.table("english_ok")
        if r.get("kind") == "loanword" and " " not in r["phrase"].strip()))


# an icon name of the freedesktop.org Icon Naming Specification: lower-case words joined by hyphens
_ICON = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")


def _icon_name(ctx, source: str) -> bool:
    """The unit is one icon name: lower-case words joined by hyphens, "-symbolic" at its end or its first
    word one of the specification's (icon_contexts: applications-games, mail-send, media-playlist-shuffle)."""
    name = source.strip()
    if not _ICON.fullmatch(name):
        return False
    return name.endswith("-symbolic") or any(name.startswith(c + "-") for c in ctx.resources.words("icon_contexts"))


class TargetSameAsSource(Rule):
    id = "MTA906"
    slug = "target-same-as-source"
    name = "Target identical to source"
    category = "untranslated"
    mqm = "Accuracy/Untranslated"
    severity = "major"
    stage = "l10n"
    what = """A unit whose target equals its source (spaces and case aside) while the source has
    words of letters outside codes, placeholders, links, code-like tokens (SYN_RECV, [-p],
    --lint[=fatal], a file extension: .lock) and lines of code (C:\\> set PGDATA=…/data), one of
    them at least an English word French translates: common in English (wordfreq) and not a French word
    (hunspell-fr's list, or a noun or adjective form Grammalecte's lexicon knows, « inactive »,
    « effective »; a borrowed word much more common in English, "out", counts as English), a name the
    French dictionary lists (Paul, Lanka), an acronym or a word with inner capitals. A single word
    counts only as a bare copy, case included
    ("Refresh"; not "Afar" → "afar", nor "shift [n]"); a word of three letters or fewer needs more
    evidence of English ("yes", not the language code "ike"); a copy of four words or more needs half
    of them English (a Latin motto kept as the source has it is not English left). Copyright notices are left out, and a
    string whose every word is capitalised (Orange Walk, Frame Relay DLCI) is minor: it is a name
    more often than a label. People's and places' names (Paul Eggert, Sri Lanka), loans French uses (Parking, Football), codes and option syntax (umask [-p] [-S] [mode])
    and strings whose every word is also French (document web) are often the same in French and
    are left alone, and so is the name of the software the file translates (the PO header's
    Project-Id-Version: "GNU bash, version 5.2" in bash's catalogue), and a unit that is one icon name
    of the freedesktop.org Icon Naming Specification (lower-case words joined by hyphens, "-symbolic" at
    its end or its first word one of the specification's, data/icon_contexts.txt: "applications-games",
    "mail-send-symbolic"), which the program looks up. In a file that keeps most of its units that are
    names (one to four capitalised words) as they are, 20 or more and half or more of them (a gazetteer:
    "Tacoma", "Springfield"; a keyboard's "Meta", "Tab"), a copied name is minor and the message says how
    many the file keeps: its translators keep names on purpose. A copy that names a product by its model
    code after a brand or a product line ("Canon MG2400 series", "HP LaserJet P1005") is minor too, and so
    is a copied unit of one word that the file keeps as it is in three units or more and in nearly every
    unit whose source has it, its French included (« Éditer la cue », « Type de cue »): the translators'
    term, as for MTA401. A unit that is one abbreviation copied (« Synth. », « Harm. », « Temp. ») is minor:
    French often shares it; so is a copy whose English words are all loanwords French uses
    (data/english_ok.tsv's "loanword" rows: « Email », « Newsletter »), and a unit of one lower-case
    word ("float", "nick", "mph", "threshold"): in the judged catalogues such a unit was a value, a
    command or a unit the program reads as it is about three times as often as a label or a fragment
    left in English."""
    why = """A copied source is the commonest untranslated string: the MT engine or the translator
    skipped it, and English ships in the French product."""
    example = "EN: Save your changes → FR: Save your changes"
    examples_bad = [bad("Save your changes", "Save your changes", source="Save your changes"),
                    bad("Bug fix", "Bug fix", source="Bug fix"),
                    bad("bug fix", "bug fix", source="Bug fix"),
                    bad("Log out", "Log out", source="Log out"), bad("Refresh", "Refresh", source="Refresh"),
                    bad("yes", "yes", source="yes"),  # one lower-case word: minor (often a value or command)
                    # every word capitalised: still reported, as minor (a name more often than a label)
                    bad("Save As", "Save As", source="Save As"),
                    # a product's model: minor (the maker's name)
                    bad("Canon MG2400 series", "Canon MG2400 series", source="Canon MG2400 series"),
                    bad("read-only", "read-only", source="read-only"),  # lower-case and hyphenated, no icon name
                    bad("Email", "Email", source="Email")]  # a loanword French uses: minor
    examples_good = [good("OK", source="OK"), good("Bluetooth", source="Bluetooth"),
                     good("Enregistrez vos modifications", source="Save your changes"),
                     good("{0} / {1}", source="{0} / {1}"),
                     good("Paul Eggert", source="Paul Eggert"), good("Sri Lanka", source="Sri Lanka"),
                     good("SYN_RECV", source="SYN_RECV"), good("MEMORY_MANAGEMENT", source="MEMORY_MANAGEMENT"),
                     good("umask [-p] [-S] [mode]", source="umask [-p] [-S] [mode]"),
                     good("%lih %limin %lis", source="%lih %limin %lis"),
                     good("document web", source="document web"), good("ike", source="ike"),
                     good("Copyright (C) 2009-2022 Craig Small", source="Copyright (C) 2009-2022 Craig Small"),
                     good("ngan'gityemerri", source="Ngan'gityemerri"), good("afar", source="Afar"),
                     good("shift [n]", source="shift [n]"), good("Parking", source="Parking"),
                     good("Inactive", source="Inactive"),  # the feminine of « inactif »: French too
                     good(".lock", source=".lock"),
                     # another language, quoted as the source quotes it
                     good("In vento scribit lædens, in marmore læsus.", source="In vento scribit lædens, in marmore læsus."),
                     # icon names, which the program looks up
                     good("applications-games", source="applications-games"),
                     good("mail-send-symbolic", source="mail-send-symbolic"),
                     # lines of code copied from the source
                     good("C:\\> set PGDATAOLD=oldCluster/data\nC:\\> set PGDATANEW=newCluster/data",
                          source="C:\\> set PGDATAOLD=oldCluster/data\nC:\\> set PGDATANEW=newCluster/data")]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None or not ctx.text.strip():
            return
        if not same_text(ctx.text, src):
            return
        if _icon_name(ctx, src):
            return  # applications-games, mail-send-symbolic: the icon the program looks up, kept
        chars = list(ctx.text)
        for a, b in code_lines(src, ctx.text):  # lines of code copied from the source: not words to translate
            if _code(ctx.text[a:b]):
                chars[a:b] = " " * (b - a)
        for m in NOTICE.finditer(src):
            if ctx.text[m.start():m.end()].strip() == m.group().strip():
                chars[m.start():m.end()] = " " * (m.end() - m.start())
        words = _words("".join(chars))
        product = (ctx.extras.get("product") or "").split()
        if product:  # the software's name (its last word, "GNU bash": bash) stays as it is
            words = [(w, first) for w, first in words if w.lower() != product[-1].lower()]
        if len(words) == 1 and (ctx.text.strip() != src.strip() or ctx.text.strip().strip(EDGES) != words[0][0]):
            return  # one word: only a bare copy ("Refresh"), not a name re-cased ("afar") or a command ("shift [n]")
        english_words = [w for w, first in words if english(w, first)]
        if not english_words or (len(words) >= LONG_COPY and 2 * len(english_words) < len(words)):
            return  # no English; or a longer copy mostly in another language (a Latin motto) or of names
        s, e = body(ctx.text)
        if all(w.lower() in _loanwords(ctx.resources) for w in english_words):
            # English French has borrowed (data/english_ok.tsv's loanwords: « Email », « Newsletter »)
            yield unit_finding(self, ctx, s, e, _("The target is the source, untranslated. French uses it as a "
                                                  "loanword."), source_span=body(src), severity="minor")
            return
        if MODEL.search(src):
            # a product named by its model (printer and scanner lists): the maker's name, kept
            yield unit_finding(self, ctx, s, e, _("The target is the source, untranslated. It names a product "
                                                  "model: French keeps the maker's name."),
                               source_span=body(src), severity="minor")
            return
        if ABBREVIATION.fullmatch(ctx.text.strip()):
            # one abbreviation (« Synth. », « Harm. », « Temp. »): often the same in French, and short
            yield unit_finding(self, ctx, s, e, _("The target is the source, untranslated. It is an abbreviation: "
                                                  "French may share it."), source_span=body(src), severity="minor")
            return
        if len(words) == 1 and words[0][0].islower():
            # one lower-case word: as often a value, command or unit the program reads ("float", "nick", "mph")
            # as a fragment or a label left in English
            yield unit_finding(self, ctx, s, e, _("The target is the source, untranslated. One lower-case word "
                                                  "is often a value, a command or a unit the program reads as it "
                                                  "is: check that users read it as a label."),
                               source_span=body(src), severity="minor")
            return
        named = _words(src)
        if len(named) >= 2 and all(w[0].isupper() for w, _ in named):
            # every word capitalised: a name more often than a label (Orange Walk, Frame Relay DLCI)
            yield unit_finding(self, ctx, s, e, _("The target is the source, untranslated. Every word is "
                                                  "capitalised: if it is a name, French may keep it."),
                               source_span=body(src), severity="minor")
            return
        yield unit_finding(self, ctx, s, e, _("The target is the source, untranslated."), source_span=body(src))
