"""Numbers in an English source and a French target: values, and how French writes them.

English writes 1,500.5 and 25%; French writes 1 500,5 (space, or no-break space, between groups
of three digits, decimal comma) and 25 % (no-break space before %). A target number can read two
ways ("1,500": French 1.5 or English 1500); the source decides which reading was meant.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

SPACES = " \u00a0\u202f"
# English: 1,500,000.25 | 1.5 | 42 ; not inside a longer dotted token (1.2.3 versions, IPs); a comma
# after the number ends it ("1,000, 1,024 and 1,048,576")
# not after a digit, comma or dot, but after an ellipsis ("0,4,8,...124")
_START = r"(?<![\d,])(?:(?<!\.)|(?<=\.\.\.))"
EN_NUMBER = re.compile(rf"{_START}\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d|[.,]\d)|{_START}\d+(?:\.\d+)?(?![\d]|[.,]\d)")
# French side, tried in this order
FR_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?"
EN_GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
EN_DECIMAL = r"\d+\.\d+"
FR_PLAIN = r"\d+(?:,\d+)?"
FR_NUMBER = re.compile(rf"{_START}(?:(?P<frg>{FR_GROUPED})|(?P<eng>{EN_GROUPED})|(?P<end>{EN_DECIMAL})|(?P<plain>{FR_PLAIN}))"
                       r"(?![\d]|[.,]\d)")
_FR_PLAIN_RE = re.compile(FR_PLAIN)
DOTTED = re.compile(r"\d+(?:\.\d+){2,}")  # 1.2.3: a version or an address, compared as written
DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 1.048.576: also thousands grouped with dots (German, Belgian)
ONE_DOT_GROUPED = re.compile(r"[1-9]\d{0,2}\.\d{3}")  # 13.000: a decimal, or thirteen thousand grouped with a dot
PM = re.compile(r"\s?(?:pm|p\.m\.)", re.IGNORECASE)
ORDINAL_FR = re.compile(r"(?:er|re|e|ème|nd|nde)\b")
WORDS_EN = {"zero": 0, "zeroth": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "first": 1, "second": 2, "third": 3, "fourth": 4,
            "fifth": 5, "single": 1, "double": 2, "twice": 2, "dozen": 12, "hundred": 100, "thousand": 1000,
            "half": 0.5, "once": 1, "both": 2,
            # 0 as the bound a sign names: "less than 0" is "négatif", "nonzero" may be "ne doit pas valoir 0"
            "nonzero": 0, "negative": 0, "positive": 0,
            # a number's name in the plural, as dice and cards say it ("All sevens are rerolled": « Tous les 7 »)
            **{w: v for v, w in enumerate("- - twos threes fours fives sixes sevens eights nines tens elevens "
                                          "twelves".split()) if v > 1}}
WORDS_FR = {"zéro": 0, "nul": 0, "nulle": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
            "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "premier": 1, "première": 1, "second": 2,
            "seconde": 2, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
            "huitième": 8, "neuvième": 9, "dixième": 10, "tiers": 3, "tierce": 3, "double": 2,
            "douzaine": 12, "cent": 100, "mille": 1000, "demi": 0.5, "demie": 0.5, "moitié": 0.5,
            **dict.fromkeys(("négatif", "négative", "négatifs", "négatives", "positif", "positive", "positifs",
                             "positives"), 0)}
# a round number said as an approximation (« plus d'une cinquantaine » for "over 50", « une centaine » for "100")
WORDS_FR.update({"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
                 "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000})
# an ordinal in the plural names its number too (« les secondes séquences » for "the 2nd reads")
WORDS_FR.update({w + "s": v for w, v in list(WORDS_FR.items())
                 if w.endswith("ième") or w in ("premier", "première", "second", "seconde")})


# numbers said in words, read whole (« cent vingt-huitième » for "128th", "thirty three" for 33):
# (value, kind) with kind "n" for a number below 100, "c" for a hundred, "m" for a thousand
_SPOKEN_FR = {**{w: (v, "n") for v, ws in enumerate((
    ("zéro",), ("un", "une", "unième", "premier", "première"), ("deux", "deuxième"), ("trois", "troisième"),
    ("quatre", "quatrième"), ("cinq", "cinquième"), ("six", "sixième"), ("sept", "septième"), ("huit", "huitième"),
    ("neuf", "neuvième"), ("dix", "dixième"), ("onze", "onzième"), ("douze", "douzième"), ("treize", "treizième"),
    ("quatorze", "quatorzième"), ("quinze", "quinzième"), ("seize", "seizième"))) for w in ws},
    **{w: (v, "n") for v, ws in ((20, ("vingt", "vingts", "vingtième")), (30, ("trente", "trentième")),
                                 (40, ("quarante", "quarantième")), (50, ("cinquante", "cinquantième")),
                                 (60, ("soixante", "soixantième")))
       for w in ws},
    **dict.fromkeys(("cent", "cents", "centième"), (100, "c")),
    **dict.fromkeys(("mille", "millième", "millier", "milliers"), (1000, "m"))}
# a plural ordinal is a fraction (« dixièmes de seconde » for "10th seconds", « centièmes » for "100ths")
_SPOKEN_FR.update({w + "s": v for w, v in list(_SPOKEN_FR.items()) if w.endswith("ième")})
_SPOKEN_EN = {**{w: (v, "n") for v, ws in enumerate((
    ("zero", "zeroth"), ("one", "first"), ("two", "second"), ("three", "third"), ("four", "fourth"), ("five", "fifth"),
    ("six", "sixth"), ("seven", "seventh"), ("eight", "eighth"), ("nine", "ninth"), ("ten", "tenth"),
    ("eleven", "eleventh"), ("twelve", "twelfth"), ("thirteen", "thirteenth"), ("fourteen", "fourteenth"),
    ("fifteen", "fifteenth"), ("sixteen", "sixteenth"), ("seventeen", "seventeenth"), ("eighteen", "eighteenth"),
    ("nineteen", "nineteenth"))) for w in ws},
    **{w: (10 * k, "n") for k, ws in ((2, ("twenty", "twentieth")), (3, ("thirty", "thirtieth")),
                                      (4, ("forty", "fortieth")), (5, ("fifty", "fiftieth")), (6, ("sixty", "sixtieth")),
                                      (7, ("seventy", "seventieth")), (8, ("eighty", "eightieth")),
                                      (9, ("ninety", "ninetieth")))
       for w in ws},
    **dict.fromkeys(("hundred", "hundredth", "hundreds"), (100, "c")),
    **dict.fromkeys(("thousand", "thousandth", "thousands"), (1000, "m"))}
_WORD = re.compile(r"[^\W\d_]+")  # a word of letters


# a noun repeated around « par », « à » or « après »: one at a time, 1 ("Scroll by 1 line" -> « Faire défiler
# ligne par ligne », "Move in 1 pixel steps" -> « déplacer pixel par pixel »)
_DISTRIBUTIVE = re.compile(r"(?<![\w-])([^\W\d_]{2,})[ \u00a0](?:par|à|après)[ \u00a0]\1(?![\w-])", re.IGNORECASE)


def spoken_numbers(text: str, lang: str) -> set:
    """The values of the numbers a text says in words, each run read whole: « cent vingt-huitième » 128,
    « quatre-vingt-dix » 90, « vingt et un » 21, "thirty three" 33, "one hundred and five" 105; in French,
    a noun said twice around « par » says 1 (« pixel par pixel »: one pixel at a time)."""
    table, glue = (_SPOKEN_FR, "et") if lang == "fr" else (_SPOKEN_EN, "and")
    out, run = set(), []
    if lang == "fr" and _DISTRIBUTIVE.search(text):
        out.add(Decimal(1))
    words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    for k, (w, start, end) in enumerate(words + [("", len(text), len(text))]):
        gap = text[words[k - 1][2]:start] if k and run else ""
        if w in table and (not run or gap.strip(" -\u00a0") == ""):
            run.append(w)
            continue
        if w == glue and run and k + 1 < len(words) and words[k + 1][0] in table and gap.strip(" -\u00a0") == "":
            continue
        if run:
            out.add(Decimal(_run_value(run, lang)))
        run = [w] if w in table else []
    return out


def _run_value(run: list, lang: str) -> int:
    table = _SPOKEN_FR if lang == "fr" else _SPOKEN_EN
    total = current = 0
    last = None
    for w in run:
        value, kind = table[w]
        if kind == "n":
            # « quatre-vingt(s) »: four twenties
            current += 76 if lang == "fr" and value == 20 and last == 4 else value
            last = value
        elif kind == "c":
            current = (current or 1) * 100
            last = None
        else:
            total += (current or 1) * 1000
            current, last = 0, None
    return total + current


@dataclass
class Number:
    start: int
    end: int
    text: str
    values: frozenset  # the readings (Decimal), most often one
    style: str = "plain"  # fr-grouped | en-grouped | en-decimal | plain | dotted | dot-grouped


def _dec(s: str) -> Decimal | None:
    try:
        return Decimal(s).normalize()
    except InvalidOperation:
        return None


# a comma between digits that is no thousands separator: the group after it is not three digits
# ("pages 1-3,7,11"): a list, read as a space
LIST_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d)|\d{4,})")


_DIGIT_LIST = re.compile(r"(?<![\d,])(?<!\d,)\d+(?:,\d+)+(?!,?\d)")


def copied_lists(source: str, target: str) -> str:
    """The target with the commas blanked in a run of digits it copies from the source where the
    source's commas are a list's (« [0,31] » for "in range [0,31]", « 0,4,8 »): French would read
    « 0,31 » as a decimal; the translator kept the source's list."""
    if "," not in target or "," not in source:
        return target
    lists = {m.group() for m in _DIGIT_LIST.finditer(source) if LIST_COMMA.search(m.group())}
    if not lists:
        return target
    return _DIGIT_LIST.sub(lambda m: m.group().replace(",", " ") if m.group() in lists else m.group(), target)


# a fraction English writes with a slash, after its whole number or alone: "9 1/2", "1/4"
_FRACTION = re.compile(r"(?<![\d/.,])(?:(\d+)[ -])?([1-9])/([2348])(?![\d/])")
_MULTIPLIERS = {"thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}
_MULTIPLIER = re.compile(r"[ \u00a0-](thousand|million|billion)s?\b", re.IGNORECASE)


def source_numbers(text: str) -> list[Number]:
    out = []
    if "," in text:
        text = LIST_COMMA.sub(" ", text)  # same length: the offsets hold
    for m in DOTTED.finditer(text):
        out.append(Number(m.start(), m.end(), m.group(), frozenset({m.group()}), "dotted"))
    for m in _FRACTION.finditer(text):  # "9 1/2" is 9.5 (and its digits as written)
        num, den = int(m.group(2)), int(m.group(3))
        if num < den:
            whole = Decimal(m.group(1) or 0)
            values = {whole + Decimal(num) / Decimal(den), Decimal(num), Decimal(den)} | ({whole} if m.group(1) else set())
            out.append(Number(m.start(), m.end(), m.group(), frozenset(v.normalize() for v in values)))
    dotted = {i for n in out for i in range(n.start, n.end)}
    for m in EN_NUMBER.finditer(text):
        if m.start() in dotted:
            continue
        v = _dec(m.group().replace(",", ""))
        if v is None:
            continue
        values = {v}
        if PM.match(text, m.end()) and v < 12:
            values.add(v + 12)  # 8 pm -> 20 h
        if (k := _MULTIPLIER.match(text, m.end())) is not None:
            values.add((v * _MULTIPLIERS[k.group(1).lower()]).normalize())  # "64 thousand" is 64 000
        out.append(Number(m.start(), m.end(), m.group(), frozenset(values)))
    return sorted(out, key=lambda n: n.start)


_MORE_DIGITS = re.compile(r"[ \u00a0\u202f]\d")


def target_numbers(text: str) -> list[Number]:
    out = []
    for m in DOTTED.finditer(text):
        if DOT_GROUPED.fullmatch(m.group()):  # 1.000.000: as written (a version), or a million grouped with dots
            out.append(Number(m.start(), m.end(), m.group(), frozenset({m.group(), _dec(m.group().replace(".", ""))}),
                              "dot-grouped"))
            continue
        out.append(Number(m.start(), m.end(), m.group(), frozenset({m.group()}), "dotted"))
    dotted = {i for n in out for i in range(n.start, n.end)}
    pos = 0
    while (m := FR_NUMBER.search(text, pos)) is not None:
        pos = m.end()
        if m.start() in dotted:
            continue
        s, start = m.group(), m.start()
        kind = next(k for k in ("frg", "eng", "end", "plain") if m.group(k))
        if kind == "frg" and (start and text[start - 1].isalpha() or _MORE_DIGITS.match(text, m.end())):
            # the digits end a name ("MP3 128K"), or go on in numbers that are no group of three ("L 20 110
            # 20 22": coordinates): they are no number grouped with spaces
            s, kind = _FR_PLAIN_RE.match(text, start).group(), "plain"
            pos = start + len(s)
        if kind == "frg":
            values, style = {_dec(re.sub(f"[{SPACES}]", "", s).replace(",", "."))}, "fr-grouped"
        elif kind == "eng":
            # "1,500": English 1500, or French 1.5 written with three decimals
            values, style = {_dec(s.replace(",", "")), _dec(s.replace(",", "."))} if s.count(",") == 1 and "." not in s \
                else {_dec(s.replace(",", ""))}, "en-grouped"
        elif kind == "end" and ONE_DOT_GROUPED.fullmatch(s):
            # "13.000": 13 with a decimal point, or 13,000 with a dot between thousands; the source decides
            values, style = {_dec(s), _dec(s.replace(".", ""))}, "dot-grouped"
        elif kind == "end":
            values, style = {_dec(s)}, "en-decimal"
        else:
            values, style = {_dec(s.replace(",", "."))}, "plain"
        values.discard(None)
        if values:
            out.append(Number(start, start + len(s), s, frozenset(values), style))
    return sorted(out, key=lambda n: n.start)


def read_apart(numbers: list[Number], source: str) -> list[Number]:
    """The target's numbers, each grouped with spaces that the source writes the same, as separate numbers
    ("extrude 10 210" in both: 10 and 210, not 10 210): the source's reading of its own digits."""
    out = []
    for n in numbers:
        if n.style == "fr-grouped" and re.search(rf"(?<![\d.,]){re.escape(n.text)}(?![\d]|[.,]\d)", source):
            out += [Number(n.start + m.start(), n.start + m.end(), m.group(), frozenset({_dec(m.group())}))
                    for m in re.finditer(r"\d+", n.text)]
        else:
            out.append(n)
    return out


IDENTIFIER_BEFORE = re.compile(r"(?:[^\W\d_]{2}|_)$")


def in_word(text: str, start: int, end: int) -> bool:
    """Are the digits at start:end inside a word, letters on both sides: a numeronym or a name ("i18n",
    "l10n", "P2P", "k8s"), not a quantity a translation must keep?"""
    return 0 < start and end < len(text) and text[start - 1].isalpha() and text[end].isalpha()


# a keyboard accelerator between digits ("Function 1&0"): moved before them, the same length, so that
# the digits read as one number ("&10")
_ACCELERATED_DIGITS = re.compile(r"(\d+)&(?=\d)")


def unaccelerated(text: str) -> str:
    return _ACCELERATED_DIGITS.sub(r"&\1", text) if "&" in text else text


def in_identifier(text: str, start: int) -> bool:
    """Is the number at start the end of an identifier (FILE1, EABI32, x86_64, ipv6) rather than a
    quantity? A single letter before it is a prefix (v2, x86: compared as numbers)."""
    return IDENTIFIER_BEFORE.search(text, max(0, start - 2), start) is not None


# an upper-case Roman numeral that French writes for an ordinal (« XIVe siècle », « XIXème », « IIIᵉ
# République »): an ordinal ending after it, or « siècle » / « millénaire » next
# (one letter and a plain ending, « Ce », « Le », « De », counts only before « siècle »)
ROMAN_ORDINAL = re.compile(r"(?<![\w-])(M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
                           r"(?:(?<=[MDCLXVI]{2})(?:er|re|e|ème|eme|è)(?!\w)|(?:ᵉ|ᵉʳ|ʳᵉ)(?!\w)"
                           r"|(?<=[MDCLXVI])<sup>(?:er|re|e|ème|eme|è)</sup>"  # « XI<sup>e</sup> siècle »
                           r"|(?:er|re|e|ème|eme|è)?(?=[ \u00a0\u202f]+(?:siècles?|millénaires?)\b))")
_ROMAN = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}


def roman_ordinals(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of the Roman numerals the text writes as ordinals, the numeral only: « XIVe
    siècle » is 14, « XX siècle » 20. French writes centuries, millennia and the like so where English
    writes 14th."""
    out = []
    for m in ROMAN_ORDINAL.finditer(text):
        if m.group(1):
            out.append((m.start(1), m.end(1), _roman_value(m.group(1))))
    return out


# an upper-case Roman numeral of two letters or more standing alone: a month or a rank the source writes so
# ("15 III, 23 YW" -> « 15/03/23 », "Henry VIII")
_ROMAN_NUMERAL = re.compile(r"(?<![\w-])(?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\w-])")


def roman_numerals(text: str) -> set:
    """The values of the Roman numerals of two letters or more the text writes (III is 3, XII 12)."""
    return {Decimal(_roman_value(m.group())) for m in _ROMAN_NUMERAL.finditer(text)}


def _roman_value(numeral: str) -> int:
    """XIV is 14: a letter before a greater one is subtracted."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def word_values(text: str, table: dict) -> set:
    return {Decimal(str(table[w])).normalize() for w in _WORD.findall(text.lower()) if w in table}


def french_form(n: Number, value) -> str:
    """How French writes this value: 1 500,5 (no-break spaces between thousands)."""
    q = format(value, "f")
    whole, _, frac = q.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    if len(whole) > 4 or (len(whole) == 4 and n.style == "en-grouped"):
        groups = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = "\u202f".join(groups)
    return sign + whole + ("," + frac if frac else "")


UNIT_AFTER = re.compile(r"[\s\u00a0\u202f]?(?:%|€|\$|£|°|(?:mm|cm|m|km|mg|g|kg|ml|cl|l|oz|lb|lbs|po|pouces?|pieds?|"
                        r"mètres?|litres?|grammes?|kilos?|heures?|h|min|s|ans?|mois|jours?|W|kW|V|mAh|Go|Mo|To|"
                        r"GHz|MHz|Hz|x)\b)")


def is_version_like(text: str, start: int, end: int | None = None) -> bool:
    """'Bluetooth 5.0', 'USB 3.1', 'v2.4', 'iOS 14.2', 'pre-1.3', 'gcc-4.9': a version after a name,
    not a quantity ('Fat Cat 11.5 g' is a quantity: a unit follows); '0001.5.backup', 'cat.1.5.gz':
    part of a file name."""
    if end is not None and UNIT_AFTER.match(text, end):
        return False
    if end is not None and re.match(r"\.[^\W\d_]", text[end:end + 2]):
        return True  # a file name goes on: .backup, .tar
    before = text[:start]
    if before.endswith(("v", "V")) or re.search(r"[^\W\d_]-$", before):
        return True
    m = re.search(r"([^\s]+)\s*$", before)
    if not m:
        return False
    word = m.group(1)
    return bool(re.fullmatch(r"(?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*|\w*\d\w*|version|versions)", word)) \
        and word.lower() not in ("de", "à", "et", "ou", "x")
