"""MTA401 english-text: English words, phrases and sentences left in French text. The analysis is
shared with MTA402 (english_name.py): see analysis.py."""
from __future__ import annotations

import os
import re

from ...i18n import N_, _
from ...detect.rule import Rule, bad, good
from ...l10n import ENGLISH_FUNCTION
from ...lang import hunspell
from ...lang.frequency import LOANWORD_FR, LOANWORD_GAP, zipf_fr_en
from ...lang import bilex
from ...lang.kinds import name_kinds
from ...lang.technical import writes_code
from .analysis import analyse, initials_of, ok_lists, word_score


def _loanword(sp) -> bool:
    """A single English word that French itself commonly uses or lists: readers know it, so it is
    minor."""
    words = [t for t in sp.tokens if t.alpha and not t.masked]
    if len(words) != 1:
        return False
    word = words[0].lower.replace("’", "'")
    fr, en = zipf_fr_en(word)
    return (fr >= LOANWORD_FR and en - fr <= LOANWORD_GAP) or bool(hunspell.lists_common(word, plural="sx"))


def _bracketed_gloss(text: str, sp, n_words: int) -> bool:
    """One to three lower-case English words filling a pair of brackets set after a French word by a
    space, maybe with their acronym after a dash: the English term given beside its French one (« Avancer
    d'une ligne » (step over), « droite [right] », « contrôle d'accès obligatoire (mandatory access control –
    MAC) »), as translators of software do."""
    if not 1 <= n_words <= 3 or not text[sp.start:sp.end].islower():
        return False
    # read outwards from the span, past spaces and a pair of quotes (no copy of the text on either side)
    i, k = _past_spaces(text, sp.start, -1), _past_spaces(text, sp.end, 1)
    quotes = _quote_pair(text, sp.start, sp.end)
    if quotes:
        i, k = _past_spaces(text, quotes[0], -1), _past_spaces(text, quotes[1] + 1, 1)  # « réseau (« wake-on-lan ») »
    if 0 < i and text[i - 1] in "([" and k < len(text) and text[k] in DASHES:
        k = _acronym_after_dash(text, k, text[sp.start:sp.end])  # « (mandatory access control – MAC) »
    if i == 0 or text[i - 1] not in "([" or k == len(text) or text[k] != {"(": ")", "[": "]"}[text[i - 1]]:
        return False
    if i < 2 or text[i - 2] != " ":
        return False  # set apart by a space, as a gloss is: not machine text's « portable(roll-up) »
    j = _past_spaces(text, i - 1, -1)
    return j > 0 and (text[j - 1].isalpha() or text[j - 1] in "»”\"'’")


def _glossed_after(text: str, sp) -> bool:
    """One to three lower-case English words followed, after a space, by their French in brackets
    (« le segment de texte read-execute (lecture-exécution) ») or after a dash, to the end of the quotation or
    brackets (« par « smart card – carte à puce » »): the term named, then translated. Every
    word in the brackets reads French (analysis.word_score), and one of them is, or shares its stem
    with, a French word the bilingual lexicon gives for one of the English words (data/bilex.tsv:
    execute → exécuter, « exécution »); not any remark in brackets (« short-term (voir annexe) »)."""
    words = re.findall(r"[^\W\d_]+", text[sp.start:sp.end])
    if not 1 <= len(words) <= 3 or not text[sp.start:sp.end].islower():
        return False
    k = _past_spaces(text, sp.end, 1)
    if k == sp.end or k >= len(text) or text[k] not in "(" + DASHES:
        return False
    if text[k] == "(":
        close = text.find(")", k, k + 60)
    else:  # after a dash, up to the end of the quotation or bracket it stands in (« « smart card – carte à puce » »)
        if k + 1 >= len(text) or text[k + 1] not in SPACES:
            return False
        close = next((j for j in range(k + 1, min(len(text), k + 60)) if text[j] in GLOSS_ENDS), -1)
    inside = re.findall(r"[^\W\d_]+", text[k + 1:close].lower()) if close > 0 else []
    if not 1 <= len(inside) <= 4 or any(word_score(w) > 0 for w in inside):
        return False
    lex, _all = bilex.load()
    french = {f for w in words for f in bilex.translations(w, lex)}
    return any(_same_stem(g, f) for g in inside for f in french)


def _acronym_after_dash(text: str, k: int, words: str) -> int:
    """Past « – ACRONYM » at text[k] when the acronym's letters are the initials of words (« mandatory access
    control – MAC »): the index after it and its spaces; else k."""
    m = _DASH_ACRONYM.match(text, k)
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", words)).upper()
    if m and initials == m.group(1):
        return _past_spaces(text, m.end(), 1)
    return k


STEM = 4  # letters two French words share at their start to be read as one stem (« écriture », « écrire »)


def _same_stem(a: str, b: str) -> bool:
    n = len(os.path.commonprefix([a, b]))
    return a == b or (n >= STEM and n >= 0.6 * min(len(a), len(b)))


SPACES = " \u00a0\u202f"  # French quotes take a no-break space inside
DASHES = "–—"
GLOSS_ENDS = "»”)]\n"  # where a gloss after a dash ends: its quotation's or brackets' close, or the line's end
_DASH_ACRONYM = re.compile(rf"[{DASHES}][{SPACES}]+([A-Z]{{2,6}})\b")
OPENING_QUOTES = {"«": "»", "“": "”", '"': '"', "'": "'", "‘": "’"}


def _quote_pair(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(opening, closing) indices of the pair of quotes around text[start:end], spaces apart; or None."""
    i, k = _past_spaces(text, start, -1), _past_spaces(text, end, 1)
    if 0 < i and k < len(text) and text[i - 1] in OPENING_QUOTES and text[k] == OPENING_QUOTES[text[i - 1]]:
        return i - 1, k
    return None


def _past_spaces(text: str, i: int, step: int) -> int:
    """The index past the spaces that run from i backwards (step -1: the end of what stands before
    them) or forwards (step 1: the first index after them)."""
    if step < 0:
        while i > 0 and text[i - 1] in SPACES:
            i -= 1
    else:
        while i < len(text) and text[i] in SPACES:
            i += 1
    return i


KEPT_TERM_USES = 3  # a lone lower-case English word the article leaves this many times is a term it keeps


def _word_uses(spans) -> dict:
    """In how many spans (not sentences) each lower-case word is left."""
    counts: dict = {}
    for sp in spans:
        if not sp.sentence:
            for word in {t.lower for t in sp.tokens if t.alpha and not t.masked and t.text.islower()}:
                counts[word] = counts.get(word, 0) + 1
    return counts


def _apart(text: str, sp) -> bool:
    """The span stands as a word of its own, not glued by a hyphen to a number or word (« un 53-year-old »:
    machine translation's English inside a compound)."""
    before = text[sp.start - 1] if sp.start else " "
    after = text[sp.end] if sp.end < len(text) else " "
    return not (before.isalnum() or before in "-‑" or after.isalnum() or after in "-‑")


_TERM = re.compile(r"[a-z][a-z0-9]*(?:[_.][a-z0-9]+)*")  # a word, a file or an identifier; not a compound


def _quoted_term(text: str, sp) -> bool:
    """One lower-case English word alone in a pair of quotes (« des « overrides » supplémentaires »,
    « l'option 'write' »): a term the sentence names, set apart by the writer, as technical French
    names an option, a directive or a file. Not several words (« un plan « back to the future » »: a
    phrase left in English), nor a hyphenated compound (« des ingrédients « reef-safe » »: machine
    translation leaves the source's quoted compounds, which WMT20's annotators mark), nor a straight quote
    that is an apostrophe (a letter touches it outside)."""
    quotes = _quote_pair(text, sp.start, sp.end) if _TERM.fullmatch(text, sp.start, sp.end) else None
    if quotes is None:
        return False
    o, c = quotes
    if text[o] in "'\"" and o > 0 and text[o - 1].isalnum():
        return False
    return not (text[c] in "'\"" and c + 1 < len(text) and text[c + 1].isalnum())


_COMPOUND = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+")  # « marker-colors », « stop-printer »


def _quoted_compound(text: str, sp) -> bool:
    """One lower-case hyphenated compound alone in a pair of quotes (« les propriétés « marker-colors »,
    « marker-levels » », « la politique « stop-printer » »). A name the text sets apart only where the text
    writes code too (the caller checks it: writes_code); in prose that writes none, machine translation leaves
    the source's quoted compounds (« des ingrédients « reef-safe » », which WMT20's annotators mark)."""
    return _COMPOUND.fullmatch(text, sp.start, sp.end) is not None and _quote_pair(text, sp.start, sp.end) is not None


_LIST_JOIN = re.compile(r"[’'\"»”][ \u00a0\u202f]*(?:,|\bet\b|\bou\b)[ \u00a0\u202f]*(?:(?:et|ou)[ \u00a0\u202f]+)?"
                        r"[‘'\"«“][ \u00a0\u202f]*")


def _quoted_terms(text: str, sp) -> bool:
    """Lower-case words each alone in its own pair of quotes, listed with commas, « et » or « ou » (« les
    niveaux ‘none’, ‘notice’, ‘info’ et ‘warning’ », « ‘passwd’, ‘shadow’, ‘group’ »): the values or names
    a manual enumerates, each set apart as a term. Not a quoted phrase (« un plan « back to the future » »)."""
    inner = text[sp.start:sp.end]
    parts = _LIST_JOIN.split(inner)
    if len(parts) < 2 or not all(_TERM.fullmatch(p) for p in parts):
        return False
    return _quote_pair(text, sp.start, sp.end) is not None


_ITEM = re.compile(r"[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*")  # a word, a compound or an identifier
_ITEM_JOIN = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:(?:et|ou|and|or)[ \u00a0]+)?|[ \u00a0]+(?:et|ou|and|or)[ \u00a0]+")
ENUMERATION = 3  # items, at least


def _enumeration(text: str, sp) -> bool:
    """Three or more lower-case single words listed with commas and nothing else (« parmi upgrade, install,
    remove », « soit emerg, alert, crit, err »): the values or names a manual enumerates, no English
    phrase. A list inside an English sentence (« Force immediate halt, power-off, reboot ») is the
    sentence's."""
    parts = _ITEM_JOIN.split(text[sp.start:sp.end])
    return len(parts) >= ENUMERATION and "," in text[sp.start:sp.end] and all(_ITEM.fullmatch(p) for p in parts)


# an item, maybe with a short bracket after it (« bzip2 (.bz2) »), then its comma or « et », « ou »; a list may go on
# on the next line
_BEFORE_ITEM = re.compile(r"([^\s(]\S*)(?:[ \u00a0]*\([^()\n]{1,20}\))?[ \u00a0]*(?:,|[ \u00a0](?:et|ou))\s*$")
_AFTER_ITEM = re.compile(r"(?:[ \u00a0]*\([^()\n]{1,20}\))?[ \u00a0]*(?:,|(?:et|ou)[ \u00a0])\s*(\S+)")
_NAME_LIKE = re.compile(r"[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+|[a-z]+[0-9][a-z0-9]*")  # « dump_fmap », « bzip2 »


def _among_names(text: str, sp) -> bool:
    """One lower-case English word listed with commas, « et » or « ou » beside names and nothing else: each item
    next to it an identifier (« dump_fmap, futility, gbb_utility ») or a lower-case word neither French nor
    English knows (« avec compress ou gzip »), maybe with a short bracket after it and the list going on on the
    next line (« bzip2 (.bz2),⏎ compress (.Z), lzip (.lz) »): a program's name among programs' names. Not
    beside a word of either language (« des pommes, pears et oranges »)."""
    word = text[sp.start:sp.end]
    if not word.isalpha() or not word.islower() or word in ENGLISH_FUNCTION:
        return False  # (« sha1, and/or sha256 »: English's function words name nothing)
    before = _BEFORE_ITEM.search(text, max(0, sp.start - 60), sp.start)
    after = _AFTER_ITEM.match(text, sp.end)
    items = [m.group(1).strip(_EDGE + ".") for m in (before, after) if m]
    return bool(items) and all(_name_like(w) for w in items)


# a list item's head: a bullet, the word, then « : », a bracket or a dash (« — gzip : lecture et écriture »)
_ITEM_HEAD = re.compile(r"[ \t\u00a0]*([-–—*•])[ \t\u00a0]+([^\s:(]+)[ \u00a0\u202f]*(?::|\(|[-–—][ \u00a0])")


def _heading_names(text: str, sp) -> bool:
    """One lower-case English word heading a list item, between items of the same list (the lines right before and
    after it, the same bullet) each headed by a name (« — gzip : lecture et écriture ;⏎ — compress : lecture et
    écriture ;⏎ — uudecode : lecture seule »): a program's name among programs' names. Not among items headed by
    words (« — read : lecture ;⏎ — write : écriture »)."""
    word = text[sp.start:sp.end]
    if not word.isalpha() or not word.islower() or word in ENGLISH_FUNCTION:
        return False
    start = text.rfind("\n", 0, sp.start) + 1
    end = text.find("\n", sp.end)
    end = len(text) if end < 0 else end
    own = _ITEM_HEAD.match(text, start, end)
    if own is None or own.start(2) != sp.start or own.end(2) != sp.end:
        return False
    heads = []
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    if start > 0 and (m := _ITEM_HEAD.match(text, before, start - 1)) and m.group(1) == own.group(1):
        heads.append(m.group(2))
    nxt = text.find("\n", end + 1)
    if end < len(text) and (m := _ITEM_HEAD.match(text, end + 1, len(text) if nxt < 0 else nxt)) \
            and m.group(1) == own.group(1):
        heads.append(m.group(2))
    return bool(heads) and all(_name_like(h) for h in heads)


def _name_like(word: str) -> bool:
    if _NAME_LIKE.fullmatch(word):
        return True
    if not word.isalpha() or not word.islower() or hunspell.lists(word):
        return False
    fr, en = zipf_fr_en(word)
    return max(fr, en) < RARE_IN_ENGLISH


SPELLED_NEAR = 120  # characters either side where the identifier a phrase spells is looked for
INITIALS_MIN = 3  # initials, at least, that spell a name close by (an acronym's expansion)


def _spelled_identifier(text: str, sp) -> bool:
    """Two or more English words that, joined by hyphens or underscores, are an identifier the text writes
    close by (« parallel nuke (parallel-nuke, appelé pnuke par l'amont) »), or that identifier with its words
    written out close by: the program's name and its identifier, not a phrase left; and three words or more
    whose initials are a name written close by in lower case (« (two column virtual terminal, raccourci en
    tcvt) »: its expansion; an acronym in capitals has its glosses). Not words that no identifier near them
    spells (« le mode parallel nuke est lancé »), nor a clause that a command's name repeats (« Check if service
    is active "systemctl is-active" »: a capital or an English function word among the words)."""
    span = text[sp.start:sp.end]
    words = re.findall(r"[^\W\d_]+", span)
    if len(words) < 2 or not re.fullmatch(r"[^\W\d_]+(?:(?:[ \u00a0]+|[-_])[^\W\d_]+)+", span):
        return False
    joined, spaced = re.search(r"[-_]", span) is not None, re.search(r"[ \u00a0]", span) is not None
    if joined and spaced:
        return False
    other = r"[ \u00a0]+" if joined else r"[-_]"
    spelled = []
    if all(w.islower() and w not in ENGLISH_FUNCTION for w in words):  # not a clause (« service is active »)
        spelled.append(r"(?i:" + other.join(map(re.escape, words)) + ")")
    initials = initials_of(words)
    if spaced and len(initials) >= INITIALS_MIN:  # « (two column virtual terminal, raccourci en tcvt) »
        spelled.append(initials)  # a program's name in lower case (an acronym in capitals has its glosses)
    if not spelled:
        return False
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(spelled) + r")(?![\w-])")
    return rx.search(text, max(0, sp.start - SPELLED_NEAR), min(len(text), sp.end + SPELLED_NEAR)) is not None


_EDGE = "«»“”\"'‘’()[]{},;:!?"  # around a token, not part of it
_PATH = re.compile(r"/[\w.]")  # « /usr/share »; not a wiki's « //italics// »
_INNER_SLASH = re.compile(r"(?<=[\w.])/(?=[\w.])")  # « etc/menu-methods/paquet »
_EXTENSION = re.compile(r"\.[a-z][a-z0-9]{0,3}")  # « .d », « .conf »; not a number glued after a full stop


def _in_code_token(text: str, sp) -> bool:
    """The span is part of a longer token written as code that lang/technical.py leaves unmasked: a relative
    path without an extension (« etc/menu-methods/paquet »), a name with a short extension (« invoke-rc.d »),
    or a token only partly masked there (an option, a path or an identifier glued to more). Not a compound
    glued by a hyphen to a word or a number (« un 53-year-old »), nor words joined by one slash
    (« noir/White »), nor a wiki's italics (« //since 1.1.2// »)."""
    a, b = sp.start, sp.end
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    while b < len(text) and not text[b].isspace():
        b += 1
    while a < sp.start and text[a] in _EDGE:
        a += 1
    while b > sp.end and (text[b - 1] in _EDGE or (text[b - 1] == "." and b - 1 >= sp.end)):
        b -= 1  # a sentence's full stop is not the token's
    token = text[a:b]
    if (a, b) == (sp.start, sp.end) or " " in text[sp.start:sp.end]:
        return False
    return (token.startswith(("-", "~", "./")) or _PATH.match(token) is not None
            or len(_INNER_SLASH.findall(token)) >= 2 or "_" in token
            or _EXTENSION.fullmatch(text, sp.end, b) is not None)


# words a manual writes as names or values, not as prose: minor, with the message of the first test that holds
WRITTEN_AS_NAMES = (
    (_quoted_terms, N_("English words each alone in quotes, listed: values or names the text enumerates, or words "
                       "left in English")),
    (_enumeration, N_("English words listed one by one with commas: values or names the text enumerates, or words "
                      "left in English")),
    (_in_code_token, N_("English words inside a longer token written as code (an option, a path, a file or program "
                        "name): a name, or English left")),
    (_spelled_identifier, N_("English words that spell an identifier the text writes beside them (« parallel nuke "
                             "(parallel-nuke) »): the program's name written out, or words left in English")),
    (_among_names, N_("English word listed beside names that no dictionary knows (programs, files): a name among "
                      "them, or a word left in English")),
    (_heading_names, N_("English word heading a list item between items headed by names that no dictionary knows "
                        "(« — gzip : …⏎ — compress : … »): a name among them, or a word left in English")),
)


RARE_IN_ENGLISH = 2.0  # wordfreq zipf: under once in 10 million English words


_KIND_BEFORE = re.compile(r"(?<![\w-])(?:le|la|l['’]|du|au|un|une|ce|cet|cette)[ \u00a0]*([^\W\d_]+)[ \u00a0]+"
                          r"(?:[«“\"'‘][ \u00a0\u202f]*)?$", re.IGNORECASE)  # a quote may open before the name


def _named_identifier(text: str, sp) -> bool:
    """A lower-case word joined by hyphens or underscores right after the kind of thing it names, one,
    after its determiner (data/name_kinds.tsv: « le paquet gnome-user-share », « la commande apt-get »): a
    package's or a program's name, in quotes or not (« l'attribut « print-quality » »). Not an English
    compound after any noun (« des prêts short-term », « des ingrédients « reef-safe » »), nor after kinds in
    the plural (« les nouveaux paquets per-rep »)."""
    word = text[sp.start:sp.end]
    if not re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)+", word):
        return False
    return _kind_before(text, sp.start, _KIND_BEFORE)


_CLAUSE_MARK = re.compile(r"[(\[.;:!?«»“”\n]")
NAMED_ITEMS = 2  # names coordinated between the participle and the span, at most
ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du"})  # a noun phrase, no name given


def _named_after(text: str, sp, cues) -> bool:
    """English right after a participle that names (data/english_ok.tsv's title cues: « appelé », « nommé »,
    « intitulé »), in the same bracket or clause, maybe after other names « ou », « et » or a comma join (« (parfois
    appelé clustering ou unsupervised learning) »): the name the text gives a thing, not a phrase left. Not
    after an article (« appelé le 74-year-old »), nor after « dit », the verb of an incise as often as a name's cue."""
    before = text[max(0, sp.start - 80):sp.start]
    marks = list(_CLAUSE_MARK.finditer(before))
    words = re.findall(r"[^\W\d_][\w'’-]*|,", before[marks[-1].end():] if marks else before)
    items = 0
    while words and (words[-1] in (",", "ou", "et") or (items < NAMED_ITEMS and words[-1].islower()
                                                          and words[-1] not in cues and words[-1] not in ARTICLES)):
        items += words.pop() not in (",", "ou", "et")
    return bool(words) and words[-1].lower() in cues and words[-1].lower().endswith(("é", "ée", "és", "ées"))


_KIND_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:le|la|l['’]|du|au|un|une|ce|cet|cette|en)[ \u00a0]*([^\W\d_]+)[ \u00a0]+$",
                                re.IGNORECASE)


def _named_by_kind(text: str, sp) -> bool:
    """One lower-case English word right after the kind of thing it names, one, after its determiner or « en »
    (data/name_kinds.tsv: « au format pileup », « en mode overwrite »): a format's, a mode's or a command's
    name more often than a word left. Not after kinds in the plural."""
    word = text[sp.start:sp.end]
    if not word.isalpha() or not word.islower():
        return False
    return _kind_before(text, sp.start, _KIND_RIGHT_BEFORE)


def _built_on(text: str, sp, rx) -> bool:
    """One lower-case English word right after « basé sur », « fondé sur », « reposant sur » (data/english_ok.tsv's
    base cues) with no determiner (« basé sur curses »): French writes a common noun there with one (« basé sur le
    web »), so the bare word is a name (a library's, a language's)."""
    word = text[sp.start:sp.end]
    if rx is None or not word.isalpha() or not word.islower() or word in ENGLISH_FUNCTION:
        return False
    return rx.search(text, max(0, sp.start - 40), sp.start) is not None


# French prepositions after which a noun stands with no determiner for a name (« la sortie de make », « sans make »)
_BARE_AFTER = re.compile(r"(?<![\w'’-])(de|d['’]|sans|avec|par|via|sur|en|comme)[ \u00a0]*$", re.IGNORECASE)
# a determiner right after the word: the word is a verb with its object (« permet de install les fichiers »)
_OBJECT_AFTER = re.compile(r"[ \u00a0]+(?:les?|la|l['’]|une?|des|du|ce|cet|cette|ces|[mts](?:on|a|es)|leurs?|"
                           r"notre|nos|votre|vos)(?![\w-])", re.IGNORECASE)


def _command_name(ctx, sp, verbs) -> bool:
    """One lower-case English word that is mostly a verb (data/english_verbs.txt, from WordNet: « make », « find »,
    « compress ») right after a French preposition with no determiner (« la sortie de make », « construire sans
    make », « avec compress ou gzip »): a verb cannot stand where French puts a noun, so the word is a command's
    name. Not a noun left in English (« une copie de backup »), nor a verb with its object (« permet de install les
    fichiers »), nor after « de » that follows a verb or an adjective (« permet de install »: an infinitive's place),
    nor a word glued to the next (« densité de feelMedium »)."""
    text = ctx.text
    word = text[sp.start:sp.end]
    if not word.isalpha() or not word.islower() or word not in verbs or word in ENGLISH_FUNCTION:
        return False
    if text[sp.end:sp.end + 1].isalnum():
        return False  # glued to the next word (« densité de feelMedium »): a garbled line, no name
    m = _BARE_AFTER.search(text, max(0, sp.start - 12), sp.start)
    if m is None or _OBJECT_AFTER.match(text, sp.end):
        return False
    if m.group(1).lower() in ("de", "d'", "d’"):
        lo = max(0, m.start() - 40)
        before = re.search(r"([^\W\d_][\w'’-]*)[ \u00a0]*$", text[lo:m.start()])
        tok = ctx.token_at(lo + before.start(1)) if before else None
        if tok is not None and tok.pos in ("VERB", "AUX", "ADJ"):
            return False
    return True


def _kind_before(text: str, start: int, rx) -> bool:
    """Does rx find, right before start, the singular of a kind of thing data/name_kinds.tsv lists?"""
    m = rx.search(text, max(0, start - 40), start)
    kind = m.group(1).lower() if m else ""
    return kind in name_kinds() and not kind.endswith(("s", "x"))


def _rare_in_english(sp) -> bool:
    """No word of the span is common in English ("newa, newar, newari, lipi": names of scripts)."""
    words = [t.lower for t in sp.tokens if t.alpha and not t.masked]
    return bool(words) and all(zipf_fr_en(w)[1] < RARE_IN_ENGLISH for w in words)


class EnglishText(Rule):
    id = "MTA401"
    slug = "english-text"
    name = "English text left in French"
    category = "untranslated"
    mqm = "Accuracy/Untranslated"
    severity = "major"
    what = """Finds English words, phrases and whole sentences left inside French text. Every word
    gets a score from its frequency in English and in French (wordfreq) and its casing (English
    capitalises every word of a name, French only the first); a French/English sequence model groups
    neighbouring English words into one span, and lingua must agree that a span of several words is
    English. A sentence that is mostly English is reported once, as a whole. Person names, press
    titles, brands, institutions, accepted loanwords ("week-end", "leader"), Latin, English titles
    introduced as such in quotes or *emphasis* (and later uses of a term so introduced: "ce que l'on
    appelle *awareness*"), web addresses, placeholders (#NUMBER#) and English glosses in brackets (an
    acronym's expansion, in capitals or not, maybe glossed in French after a dash or a colon: « CCTV
    (closed-circuit television) », « PCRE (perl compatible regular expression – expressions rationnelles…) », or
    after the acronyms and a dash: « (SNOM ou NSOM – Near-field Scanning Optical Microscopy) », « (OTP – one time
    password) », or a name in mixed
    case whose capitals the capitalised words spell: « TopFD (Top-down mass spectral Feature Detection) »; brackets
    may wrap onto an indented line) are left alone
    (data/english_ok.tsv, people.tsv, the NLP entities), and so is a capitalised English name that
    the sentence treats as a French noun phrase (right after a determiner: "la Major League Soccer",
    "des Portland Timbers") or sets whole in quotes (« League of Legends »). English words French
    often uses (wordfreq: common in French, not much more common in English) or that the
    French dictionary lists (hunspell-fr: "talk-show") are minor, and so is a span none of whose
    words is common in English (wordfreq: names, or words of another language lingua reads as
    English), and so are one to three lower-case English words filling a pair of brackets set after
    French words by a space: the original given beside its translation, as software translators do
    (« Avancer d'une ligne » (step over), « droite [right] », « réseau (« wake-on-lan ») », their acronym
    after a dash: « (mandatory access control – MAC) »), or followed by their French in brackets or after a
    dash, one word of which the bilingual lexicon gives for them (« read-execute (lecture-exécution) »,
    « « smart card – carte à puce » »), and a word joined by hyphens or underscores right after the kind of thing it
    names, in quotes or not (data/name_kinds.tsv: « le paquet gnome-user-share », « l'attribut
    « print-quality » »), and one lower-case English word alone
    in quotes, not a hyphenated compound: a term the text names (« des « overrides » supplémentaires »,
    « l'option 'write' »), and a lower-case hyphenated compound alone in quotes in a text that writes code
    (three options, paths or identifiers or more: « la politique « stop-printer » »), and lower-case words
    each alone in its own quotes, listed (« ‘none’, ‘info’ et ‘warning’ »), and three or more lower-case
    words listed with commas and nothing else (« soit emerg, alert, crit, err »), and words inside a longer
    token written as code: a path, a name with an extension (« invoke-rc.d »), and one lower-case word listed
    beside identifiers or words neither French nor English knows (« avec compress ou gzip », « dump_fmap,
    futility, gbb_utility »): a program's name among names, and one heading a list item between items headed by such
    names (« — gzip : …⏎ — compress : … »), and words that spell an identifier written close by
    (« parallel nuke (parallel-nuke) »), or whose initials do (« two column virtual terminal, raccourci en tcvt »),
    and English right after a participle that names
    (« (parfois appelé clustering ou unsupervised learning) »), and one lower-case word right after the kind of thing
    it names, one (data/name_kinds.tsv: « au format pileup », « en mode overwrite »; in a translation file, the
    unit's source says whether it is a name: l10n/audit.py), and one lower-case word right after « basé sur » or
    « fondé sur » with no determiner, where French writes a name (« basé sur curses »; data/english_ok.tsv's base
    cues), and one lower-case word that is mostly an English verb (data/english_verbs.txt, from WordNet) right
    after a preposition with no determiner and no object after it, where French puts a noun (« la sortie de
    make », « sans make »): a command's name. Options, paths and settings (« method=stdout ») are code, not English (lang/technical.py), and so is a token of letters then digits: a format,
    a codec or a version (« m4a », « h264 », « ipv6 »), and lower-case words hyphen-joined between two acronyms, a
    protocol's name (« DNS-over-HTTPS »). A lone lower-case English word the article
    leaves three times or more is minor too: a term the writer keeps on purpose, as French technical writing
    keeps a name (« la distribution unstable »); a translation
    file's terms are read against their sources instead. Short English expressions (two to four
    words) are reported where their place sets them
    apart from the French sentence: the whole of a quotation, the opening words of a sentence before
    a colon or comma, a lower-case hyphenated compound ("long-term"). A compound that a French
    dictionary lists (Grammalecte, hunspell-fr:
    "talk-shows", "e-book", "start-up") is a loanword and is not reported.
    A name's function word takes the capitalised word after it ("Eye of GNOME"), and a lower-case word
    French uses about as much as English before a name is not part of it (« une session GNU Screen »).
    English names that have a French form are MTA402's."""
    why = """A French reader meets a piece of English in the middle of the article: the translation
    engine skipped it (a quote, a tag, a newsletter name, a web widget) or the page mixed languages.
    Text that was not translated is an accuracy error, and a whole English sentence is content the
    reader may not understand at all."""
    example = "Le ministre a salué la décision, calling it a major step forward. → « …, qu'il a qualifiée de grand pas en avant »"
    examples_bad = [
        bad("Le ministre a salué la décision, calling it a major step forward.", "calling it a major step forward"),
        bad("Les troupes restent sur place.\n\nRelated Post\n\nLe sommet s'ouvre lundi.", "Related Post"),
        bad("Le sommet s'ouvre lundi. The talks are expected to last two days. Les ministres arriveront dimanche.",
            "The talks are expected to last two days"),
        bad("Recevez gratuitement la lettre White House Watch chaque semaine.", "White House Watch"),
        bad("Mots-clés : Défense (T) EU-US Military Ties (T) Finlande", "EU-US Military Ties"),
        bad("Selon lui, the situation remains very difficult pour les soldats.", "the situation remains very difficult"),
        bad("Le lot comprend trois Garden Hose Connectors en laiton.", "Garden Hose Connectors"),
        # short English expressions: opening a sentence, filling a quotation, a hyphenated compound
        bad("Game over : le gouvernement démissionne après le vote.", "Game over"),
        bad("« Never again », ont scandé les manifestants devant le parlement.", "Never again"),
        bad("Les élus ont adopté une approche case-by-case pour les dérogations.", "case-by-case"),
        bad("La banque privilégie des prêts short-term pour ses clients.", "short-term"),
        bad("Le ministre a promis un plan « back to the future » pour l'industrie.", "back to the future"),
        bad("Le navigateur active le DNS over HTTPS par défaut.", "over"),  # not joined: a word left
        # after a dash, words that do not spell the acronym are no expansion of it
        bad("Il gère le microscope optique (NSOM – the near-field scanning microscope).", "the near-field scanning microscope"),
        bad("Il prend en charge les mots de passe à usage unique (OTP – very long string).", "very long string"),
        bad("Il construit l'en-tête et des TLV (« Very long string ») sans erreur.", "Very long string"),
    ]
    examples_good = [
        good("Le leader du parti a présenté un budget pour le week-end, avant le match."),
        good("Selon le Washington Post et le Wall Street Journal, le Sénat votera mardi."),
        good("Le Financial Times (FT) cite l'IISS et les avions AWACS de l'Alliance."),
        good("Le président Donald Trump a reçu Mark Rutte à la Maison-Blanche."),
        good("Cette question simple touche l'union de la nation, selon l'article à la date prévue."),
        good("Le renseignement (ISR, pour Intelligence, Surveillance and Reconnaissance) reste décisif."),
        good("Cette décision crée de facto un statu quo, obtenu in extremis."),
        good("Son livre « The Art of the Deal » a été un best-seller."),
        good("Le secrétaire général a publié un post sur X, repris par CNN et Fox News."),
        good("Le formulaire de garantie est en ligne sur www.exemple-outils.com/warranty-claim."),
        good("Ce phénomène s'appelle *burnout parental*. Un burnout parental se soigne."),
        good("Votre numéro de commande est #ORDER-ID#, merci."),
        good("Le club a perdu la finale de la Premier Lacrosse League contre les Boston Cannons."),
        good("Sa série préférée reste « Breaking Cold Waters », diffusée le dimanche."),
        good("Le ministre a parlé d'un « soft power » européen."),
        good("Le club a signé un contrat de sponsoring avec une start-up."),
        good("Je lis surtout des e-book le soir."),
        good("Il est l'invité de nombreux talk-shows le dimanche."),
        good("Formats pris en charge : MP4 (mp4, m4a, etc.), Musepack (mpc)."),  # letters then digits: a format
        good("Le navigateur active le DNS-over-HTTPS par défaut."),  # words between two acronyms: a name
        # the acronyms, then their expansion after a dash, brackets wrapped onto an indented line
        good("Il gère le microscope optique en champ proche (SNOM ou NSOM – Near-field\n   Scanning Optical Microscopy)."),
        good("Il prend en charge les mots de passe à usage unique (OTP – one time password)."),  # in lower case
        good("Il construit l'en-tête et des TLV (« Type-length-value ») sans erreur."),  # initials in mixed case
    ]

    def check(self, ctx):
        a = analyse(ctx)
        ctx.engines["untranslated"] = a.engine
        # a translation file has its own convention, read against each unit's source (l10n/audit.py: kept_terms)
        bilingual = ctx.article.meta.get("bilingual") is not None
        uses_of = {} if bilingual else _word_uses(a.spans)
        text_writes_code = writes_code(ctx)
        ok = ok_lists(ctx.resources)
        title_cues, base_cues = ok["title_cues"], ok["base_cues"]
        for sp in a.spans:
            n_words = sum(1 for t in sp.tokens if t.alpha and not t.masked)
            uses = uses_of.get(next((t.lower for t in sp.tokens if t.alpha and not t.masked), ""), 0) \
                if n_words == 1 else 0
            if sp.sentence:
                sev = "major"
                msg = _("English sentence left untranslated in French text") if n_words >= 3 \
                    else _("English line left untranslated in French text")
            elif sp.title_case:
                sev, msg = "minor", _("English name or title left untranslated in French text")
            elif n_words == 1 and _loanword(sp):
                sev, msg = "minor", _("English word left untranslated in French text, though French often uses it")
            elif uses >= KEPT_TERM_USES and not sp.sentence and not sp.title_case and _apart(ctx.text, sp):
                sev, msg = "minor", _("English word left untranslated in French text; the article leaves it {n} "
                                      "times, a term it may keep on purpose (a name: « la distribution unstable »)"
                                      ).format(n=uses)
            elif n_words == 1 and _named_identifier(ctx.text, sp):
                sev, msg = "minor", _("English word left untranslated in French text; written as an identifier "
                                      "after the kind of thing it names (« le paquet gnome-user-share »), a name")
            elif n_words == 1 and not bilingual and _named_by_kind(ctx.text, sp):
                sev, msg = "minor", _("English word right after the kind of thing it names (« au format pileup », « en mode "
                                      "overwrite »): a name, or a word left in English")
            elif n_words == 1 and _built_on(ctx.text, sp, base_cues):
                sev, msg = "minor", _("English word right after « basé sur » or « fondé sur » with no determiner, as "
                                      "French writes a name there (« basé sur curses »): a name, or a word left in English")
            elif _glossed_after(ctx.text, sp):
                sev, msg = "minor", _("English term followed by its French, in brackets or after a dash: the original "
                                      "named, then translated")
            elif _named_after(ctx.text, sp, title_cues):
                sev, msg = "minor", _("English words right after « appelé », « nommé » or « intitulé »: the name the text "
                                      "gives a thing, or words left in English")
            elif n_words == 1 and _quoted_term(ctx.text, sp):
                sev, msg = "minor", _("English word alone in quotes: a term the text names (an option, a file, "
                                      "a directive), or a word left in English")
            elif text_writes_code and _quoted_compound(ctx.text, sp):
                sev, msg = "minor", _("English compound alone in quotes in a text that writes code: a name the text "
                                      "sets apart (an attribute, a value), or words left in English")
            elif named := next((m for test, m in WRITTEN_AS_NAMES if test(ctx.text, sp)), None):
                sev, msg = "minor", _(named)
            elif n_words == 1 and _command_name(ctx, sp, ctx.resources.words("english_verbs")):
                sev, msg = "minor", _("English verb alone right after a preposition, where French writes a noun with no "
                                      "determiner (« la sortie de make »): a command's name, or a word left in English")
            elif _bracketed_gloss(ctx.text, sp, n_words):
                sev, msg = "minor", _("English term in brackets after French words: the original given beside "
                                      "its translation, or English left")
            else:
                sev = "major"
                msg = _("English phrase left untranslated in French text") if n_words >= 2 \
                    else _("English word left untranslated in French text")
            rare = not sp.sentence and _rare_in_english(sp)
            if rare:
                sev = "minor"  # lingua's letters say English, no word does: names, or another language
            if sp.lingua is not None:
                msg += _(" (lingua: {score} English)").format(score=f"{sp.lingua:.2f}")
            if sp.title_case and not sp.sentence:
                msg += _("; translate it, or keep it only if it is a proper name French press keeps in English")
            if rare:
                msg += _("; none of its words is common in English (a name, or a word of another language)")
            if sp.names:
                msg += _("; French forms: {forms}").format(
                    forms=", ".join(f"{h.entry.english} → {h.entry.french[0]}" for h in sp.names))
            conf = sp.lingua if sp.lingua is not None else 0.7
            if sp.title_case and not sp.sentence:
                conf *= 0.8  # English names are often kept on purpose
            elif n_words == 1:
                conf = 0.6
            yield self.finding(ctx, sp.start, sp.end, msg + ".", severity=sev,
                               confidence=round(max(0.5, min(1.0, conf)), 3), engine=a.engine)
