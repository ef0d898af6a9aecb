"""Numbers of the source missing from the target, or target numbers the source does not have."""
import re
from decimal import Decimal

from ...detect.rule import Rule, bad, good
from ...l10n import body, mask_items, pair_changed, singular_count, source_of, unit_finding
from ...l10n.numbers import ORDINAL_FR, WORDS_EN, WORDS_FR, copied_lists, in_identifier, in_word, read_apart, \
    roman_numerals, roman_ordinals, source_numbers, spoken_numbers, target_numbers, unaccelerated, word_values
from ...i18n import _, quote


class NumberMismatch(Rule):
    id = "MTA901"
    slug = "number-mismatch"
    name = "Number mismatch"
    category = "mistranslation"
    mqm = "Accuracy/Mistranslation"
    severity = "major"
    stage = "l10n"
    what = """In a translation unit, finds a number of the source that the target does not have (compared by
    value: English 10,000.5 is French 10 000,5; "8 pm" may be "20 h"; a small number may be written as a word, 0
    as "nul", or named by a sign: "less than 0" is "négatif") and a number of the target that the source does
    not have (ordinals such as 1er, numbers the source writes as words and the numbers inside a short range of
    the source, "7-9" written out as "7, 8 ou 9", excepted); a number of the target in the place of one of the
    source's ("993" for "995") is one finding, on the target's number. Versions and other dotted numbers (1.2.3)
    must appear as written; 1.048.576 in the target is also 1,048,576 with dots between thousands, and 13.000 is
    13,000 when the source has that (MTA902 says how French writes it). Numbers inside codes and placeholders
    (%1$s, %6.2f, {0}) and at the end of identifiers (FILE1, EABI32, x86_64) are not quantities, nor are digits
    inside a word (i18n, P2P); a keyboard accelerator between digits ("1&0") is read past, and a number may be
    written in groups ("01 23 45 67 89" for "0123456789", « 1500 000 » for "1500000"), in one piece for the source's groups ("+33141981242"
    for "+33 1 41 98 12 42") or digit by digit in a list (« 1, 4 et 5 » for players
    145); a noun said twice around « par » (« ligne par ligne », « pixel par pixel ») is the source's 1 ("by 1
    line", "in 1 pixel steps"). An ordinal may be a Roman numeral (« XIVe siècle » for "14th century", its ending in superscript markup or not:
    « XI<sup>e</sup> »), a decade of two digits is its year (« les années 1960 » for "the 60's"), and a
    number may be said in words in either language, read whole (« Cent vingt-huitième » for "128th", "thirty
    three" for « 33 », « centièmes » for "100ths", « les secondes » for "the 2nd", "all sevens" for « tous les 7 »), "64 thousand" is 64 000, a
    decade may be written with two digits in French (« les années 80 » for "the 1980s"), "100%" may be said with a word of the
    whole (« entièrement », « totalement »: « entièrement en Python » for "100% Python"), a round number may be said
    as an approximation (« plus d'une cinquantaine » for "over 50"), and a Roman numeral of the source
    may be written in digits (« 15/03 » for "15 III"); "AM/PM" names the 12-hour clock (« format à 12 heures »); a fraction may be written as a decimal (« 9,5 » for "9 1/2").
    Numbers that go on in a run of numbers not grouped by three ("L 20 110 20 22": coordinates), or that the
    source writes the same ("extrude 10 210"), are each a number, not one grouped with spaces; a year stands
    where a template's source says YEAR ("Copyright © YEAR YOUR-NAME"). A source that is the program's key
    ("__config_preamble__"), translated into French words, has no numbers to keep; a plural entry's singular
    form may write its count where its source writes 1 (« %1 message » for KDE's "1 message"). A source that is
    a bare number of four digits or more, translated by words without a digit, is the message's key, which the
    program looks up (libgeonames: "1170395" → « Mingora »). A source that is one setting, key:value
    ("calendar:week_start:0"), asks the translator for the locale's value: the target may change the value after
    the same key. A number the target adds, with no number of the source lost for it, is minor: translators add
    some on purpose (a paper size's dimensions, « 2 dans 1 » for "2 up", wave heights for a wind force); against a
    code's sign ($, %, *, {, #, a backslash), after « % » and a space or right after a placeholder it stays major
    (« $0 » for "$O", « -% 1 » for "- %1", « %i 1 mA » for "%i mA": a placeholder broken or doubled)."""
    why = """A changed quantity, price, date or version is a factual error the reader cannot detect:
    the French reads well and is wrong."""
    example = "EN: 25 mm → FR: 52 mm"
    examples_bad = [
        bad("Le câble mesure 2,5 m et pèse 300 g.", "2,5", source="The cable is 1.5 m long and weighs 300 g."),
        bad("Livré en 3 jours.", "3", source="Delivered in 5 days."),  # 5 written 3: one finding, on the 3
        bad("Version 2.1.4 requise.", source="Version 2.1.3 required."),
        bad("Copyright © 1998, 1991-%d", "1998", source="Copyright (C) 1989, 1991-%d"),
        bad("M 1.048.577", "1.048.577", source="M 1,048,576"),
        bad("calendar:week_start:1", "1", source="calendar:week_end:0"),  # another key
        bad("1 500 fichiers", source="1,600 files"),
        bad("avant d'utiliser 7, 8 ou 10 !", "10", source="before using 7-9!"),  # outside the range
        bad("devrait être 0, 4 ou 8.", source="should be one of: 0,4,8,...124."),  # 124, after an ellipsis, lost
        bad("à moins de 4000 m (14.000 pieds)", "14.000", source="below 4,000 m (13,000 ft)"),
        bad("Fonction &11 :", "11", source="Function 1&0:"),
        bad("Appelez le 01 23 45 67 88.", source="Call 0123456789."),  # a digit changed
        bad("Au format international, p. ex. +33141981243.", "33141981243", source="Format: +33 1 41 98 12 42."),
        bad("Les équipes sont 1, 4 et 6 contre 2, 3 et 5.", source="Teams set for players 145 vs. 236."),
        bad("Le sultanat date du XVe siècle.", source="The sultanate dates from the 14th century."),
        bad("Soixante-quatrième", source="16th"),  # said in words, another number
        bad("Ville 1170396", "1170396", source="1170395"),  # not a key: the target has digits
        bad("Faire défiler ligne par ligne", source="Scroll by 2 lines"),  # one at a time is 1, not 2
        bad("(46 000 couleurs)", source="(64 thousand colors)"),
        bad("15/04/23 ap. W :", "04", source="15 III, 23 YW:"),
        bad("%{img L 20 111 20 22}Accélérer", "111", source="%{img L 20 110 20 22}Speed Up"),
        bad("Copyright © 2007 et 17 traducteurs", "17", source="Copyright © YEAR YOUR-NAME"),  # no year
        bad("Légal Extra 9,25 x 15 pouces", "9,25", source="Legal Extra 9 1/2 x 15 in"),
        bad("conçu vers la fin des années 1970.", "1970", source="designed in the late 60's."),  # another decade
        bad("des ordinateurs des années 70", source="1980s home computers"),  # another decade, said French's way
        bad("Il gère une vingtaine de formats.", source="It handles 30 formats."),  # an approximation of another number
        bad("une interface en Python", source="a 100% Python interface"),  # nothing says the whole
        bad("en comparant les troisièmes séquences", source="by comparing the 2nd reads"),
    ]
    examples_good = [
        good("Tous les 7 sont relancés", source="All sevens are rerolled"),  # a number's name in the plural
        good("Le prix est de 10 000,50 € pour 25 %.", source="The price is €10,000.50 for 25%."),
        good("Ouvert de 9 h à 20 h.", source="Open from 9 am to 8 pm."),
        good("Deux câbles de 1,5 m.", source="Two 1.5 m cables."),
        good("Le 1er prix.", source="The first prize."),
        good("Aucun chiffre ici.", source="No digits here."),
        good("Évalué à 400 lb/po2.", source="Rated to 400 PSI."),
        good("Supprimer {0} éléments «\u00a0ici\u00a0».", source="Delete {0} items &#x201C;here&#x201D;."),
        good("Le fanion %2$s du fichier %1$pB", source="File %pB's flag %s"),
        good("Fusion des différences des fichiers.", source="Merge of differences between FILE1 and FILE2."),
        good("M 1.048.576, G 1.073.741.824", source="M 1,048,576, G 1,073,741,824"),
        good("Passe NOM comme argument numéro 0", source="Pass NAME as the zeroth argument"),
        good("exposant négatif", source="exponent less than 0"),
        good("par exemple 1-3, 7, 11", source="e.g. 1-3,7,11"),  # a list, not thousands
        good("La valeur doit être dans la plage [0,31]", source="Value should be in range [0,31]"),  # the list kept
        good("au moins un des deux ne doit pas valoir 0", source="at least one of them should be nonzero"),
        good("calendar:week_start:1", source="calendar:week_start:0"),  # the locale's first day of the week
        good("devrait être 0, 4, 8… 124.", source="should be one of: 0,4,8,...124."),  # a number after an ellipsis
        good("MP3 128K", source="128K MP3"),  # a name's digits do not start a number grouped with spaces
        good("des serveurs tiers", source="3rd-party servers"),  # an ordinal said in words
        good("avant d'utiliser 7, 8 ou 9 !", source="before using 7-9!"),  # a range written out
        good("à moins de 4000 m (13.000 pieds)", source="below 4,000 m (13,000 ft)"),  # dots between thousands
        good("Corrections de l'internationalisation", source="i18n fixes"),  # a numeronym is a word
        good("applications pair à pair", source="P2P apps"),
        good("Fonction &10 :", source="Function 1&0:"),  # a keyboard accelerator between the digits
        good("Appelez le 01 23 45 67 89.", source="Call 0123456789."),  # the same digits, grouped
        good("avec plus de 1500 000 impulsions par seconde", source="with more than 1500000 packets"),  # grouped unevenly
        good("Au format international, p. ex. +33141981242.",
             source="In international format, e.g. +33 1 41 98 12 42."),  # the source's groups in one piece
        good("Cent vingt-huitième", source="128th"), good("Seconde à la quinzième", source="Second to 15th"),
        good("il y a 33 ans", source="thirty three years ago"), good("quatre-vingt-dix-sept", source="97"),
        good("Mingora", source="1170395"),  # a GeoNames identifier: the message's key
        good("+ Maj : déplacer pixel par pixel", source="+ Shift: Move in 1 pixel steps"),  # one at a time
        good("valeurs 1-1-1-2-3-4-5-6-7-8-9-9-9", source="values 1112345678999"),
        good("Songwrite 3 utilise un programme externe", source="__config_preamble__"),  # a key, not text
        good("%1 message dupliqué non importé", source="1 duplicate message not imported", plural_form=0),
        good("utiliser le format à 12 heures", source="use AM/PM display"),  # the 12-hour clock
        good("Légal Extra 9,5 x 15 pouces", source="Legal Extra 9 1/2 x 15 in"),  # a fraction as a decimal
        good("(64 000 couleurs)", source="(64 thousand colors)"), good("centièmes de seconde", source="100th seconds"),
        good("15/03/23 ap. W :", source="15 III, 23 YW:"),  # a Roman month in digits
        good("Il vécut au XI<sup>e</sup> siècle.", source="He lived in the 11th century."),  # the ending in markup
        good("conçu vers la fin des années 1960.", source="designed in the late 60's."),  # a decade
        good("des ordinateurs des années 80", source="1980s home computers"),  # the decade, said French's way
        good("une interface entièrement en Python", source="a 100% Python interface"),  # the whole, in a word
        good("en comparant les secondes séquences", source="by comparing the 2nd reads"),  # an ordinal in the plural
        good("%{img L 20 110 20 22}Accélérer", source="%{img L 20 110 20 22}Speed Up"),  # coordinates, not 20 110
        good("extrude 10 210 - extruder 10 mm à 210 mm/min", source="extrude 10 210 - extrudes 10mm at 210mm/min"),
        good("Traduction française Copyright © 2007-2014 Christian Perrier", source="Translation to LANGUAGE Copyright © YEAR YOUR-NAME"),
        good("Les équipes sont 1, 4 et 5 contre 2, 3 et 6.", source="Teams set for players 145 vs. 236."),  # digit by digit
        good("La Hesse devint un landgraviat au XIIIème siècle, puis se divisa au XVIe.",
             source="Hesse became a landgraviate in the 13th century and splintered in the 16th."),  # Roman numerals
        good("Il gère plus d'une cinquantaine de formats.", source="It handles over 50 formats."),  # said approximately
    ]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None or _locale_setting(src, ctx.text) or _number_key(src, ctx.text):
            return
        # numbers inside codes, placeholders and links ({0}, <g1>, %1$s, /v2/) and at the end of
        # identifiers (FILE1, EABI32, ai_socktype2) are not quantities
        masked_src = mask_items(src)
        sn = source_numbers(unaccelerated(masked_src))
        tn = read_apart(target_numbers(unaccelerated(mask_items(copied_lists(src, ctx.text)))), src)
        target_values = set().union(*(n.values for n in tn)) | word_values(ctx.text, WORDS_FR) \
            | {Decimal(v) for _, _, v in roman_ordinals(ctx.text)} | spoken_numbers(ctx.text, "fr") | _decades_fr(ctx.text)
        source_values = set().union(*(n.values for n in sn)) | word_values(src, WORDS_EN) | spoken_numbers(src, "en") \
            | roman_numerals(src) | ({Decimal(12)} if _AM_PM.search(src) else set())
        # "01 23 45 67 89", "1-1-1-2-3…", « 1, 4 et 5 » for players 145: one number, grouped
        grouped = _digit_groups(mask_items(ctx.text))
        digits = [re.sub(r"\D", "", n.text) for n in sn]
        counted = singular_count(ctx, src, ctx.text)  # « %1 commande » for "1 command": KDE's singular form
        # and the other way: "+33 1 41 98 12 42" written « +33141981242 », one number in one piece
        target_digits = [re.sub(r"\D", "", n.text) for n in tn]
        joined = {key: spans for key, spans in _digit_groups(masked_src).items() if key in target_digits}
        decades = {n.start: _decade(src, n) for n in sn}  # "the 60's": « les années 1960 »
        source_values |= set().union(*decades.values()) | _decades_en(src)
        missing = [n for n, d in zip(sn, digits) if not ((n.values | decades[n.start]) & target_values)
                   and not in_identifier(src, n.start) and not _whole(src, n, ctx.text)
                   and not in_word(src, n.start, n.end) and d not in grouped and not (counted and n.text == "1")
                   and not any(a <= n.start and n.end <= b for spans in joined.values() for a, b in spans)]
        inside = _range_values(src)
        regrouped = [span for key, spans in grouped.items() if key in digits for span in spans]
        added, years = [], _TEMPLATE_YEAR.search(src) is not None
        for n, d in zip(tn, target_digits):
            if n.values & (source_values | inside) or any(a <= n.start and n.end <= b for a, b in regrouped) \
                    or d in joined:
                continue
            if years and any(YEARS[0] <= v <= YEARS[1] for v in n.values if isinstance(v, Decimal)):
                continue  # the year a template's YEAR asks for
            if ORDINAL_FR.match(ctx.text, n.end) or (n.start and (ctx.text[n.start - 1].isalpha()
                                                                 or ctx.text[n.start - 1] == "_")):
                continue  # 1er, 2e; po2, m3, CO2, FICHIER1, x86_64: an exponent or part of a code
            added.append(n)
        s, e = body(ctx.text)
        # a number of the source written as another: one change, one finding where the target has it
        changed, missing, added = pair_changed(missing, added, src, ctx.text)
        if missing and s < e:  # (an empty target is MTA905's finding)
            listed = ", ".join(quote(n.text) for n in missing)
            msg = _("The source numbers {numbers} are not in the target.") if len(missing) > 1 \
                else _("The source number {numbers} is not in the target.")
            yield unit_finding(self, ctx, s, e, msg.format(numbers=listed),
                               source_span=(missing[0].start, missing[-1].end))
        for n, was in changed:
            yield unit_finding(self, ctx, n.start, n.end, _("The number {number} stands where the source has {source}.")
                               .format(number=quote(n.text), source=quote(was.text)), source_span=(was.start, was.end))
        for n in added:
            if missing or _in_code(ctx.text, n.start, n.end):  # (missing: past PAIR_LIMIT nothing is paired)
                yield unit_finding(self, ctx, n.start, n.end, _("The number {number} is not in the source.").format(
                    number=quote(n.text)))
            else:  # left unpaired, so the source lost no number: mostly the translator's own (sizes, examples)
                yield unit_finding(self, ctx, n.start, n.end, _("The number {number} is not in the source: an "
                                   "addition, minor while the source keeps all its numbers.").format(number=quote(n.text)),
                                   severity="minor")


_DECADE = re.compile(r"0(?:['’]?s)(?![\w'’])")
_DECADE_FR = re.compile(r"(?<![\w-])années[ \u00a0\u202f]+([1-9]0)(?![\w'’])", re.IGNORECASE)
# "100%", "100 percent": the whole of something, which French may say with a word (« entièrement en Python »)
_WHOLE_EN = re.compile(r"[ \u00a0]?(?:%|percent\b|per cent\b)", re.IGNORECASE)
_WHOLE_FR = re.compile(r"(?<![\w-])(?:entièrement|intégralement|totalement|complètement|pleinement|"
                       r"cent pour cent)(?![\w-])", re.IGNORECASE)


def _decades_fr(text: str) -> set:
    """The years a decade written with two digits names in French (« les années 80 »: 1980, or 2080 read the
    other century), for a source that writes the decade whole ("1980s")."""
    return {Decimal(c + int(m.group(1))) for m in _DECADE_FR.finditer(text) for c in (1900, 2000)}


_DECADE_WHOLE = re.compile(r"(?<![\w.,])(?:19|20)([1-9]0)['’]?s(?![\w'’])")


def _decades_en(src: str) -> set:
    """A decade the source writes whole ("the 1980s") by its two digits, as French may (« les années 80 »)."""
    return {Decimal(int(m.group(1))) for m in _DECADE_WHOLE.finditer(src)}


def _whole(src: str, n, target: str) -> bool:
    """The source's "100%" said as a word of the whole in the target (« totalement libres » for "100% license-free")."""
    return n.text == "100" and _WHOLE_EN.match(src, n.end) is not None and _WHOLE_FR.search(target) is not None


def _decade(text: str, n) -> set:
    """The 20th century's year a decade written with two digits names ("the late 60's", "the '80s": 1960,
    1980), which French writes « les années 1960 »; an empty set for any other number."""
    if len(n.text) != 2 or not n.text[0].isdigit() or _DECADE.match(text, n.end - 1) is None:
        return set()
    return {Decimal(1900 + int(n.text))}


# a sign of a code or placeholder right against the number: "$0" for "$O", "%{1]", "P*1", "#1"
_CODE_BEFORE, _CODE_AFTER = "%$*{#\\", "}"


def _in_code(text: str, start: int, end: int) -> bool:
    """Against a code's sign, after « % » and a space (« -% 1 » for "- %1": French writes a percentage's
    sign after its number) or right after a placeholder (« %i 1 mA »): a placeholder broken or doubled."""
    return (start > 0 and text[start - 1] in _CODE_BEFORE) or (end < len(text) and text[end] in _CODE_AFTER) \
        or _AFTER_PLACEHOLDER.search(text, 0, start) is not None


_AFTER_PLACEHOLDER = re.compile(r"%(?:\d{0,2}|[-#0+']*\d*(?:\.\d+)?(?:ll|l|h|z)?[sdifuxXeEgGcp])[ \u00a0\u202f]$")


# digits grouped by single spaces, hyphens or dots, two groups or more: a telephone or serial number, a
# sequence of values, written as the source writes it in one piece ("0123456789" -> "01 23 45 67 89"), or a
# number grouped unevenly (« 1500 000 » for "1500000")
_GROUPED_DIGITS = re.compile(r"(?<![\d.,-])\d+(?:[-. \u00a0\u202f]\d+)+(?![\d,]|[-.]\d)")
GROUPED_MIN = 6  # digits in all


# single digits written as a list, three or more: the source's number said digit by digit ("teams 145 vs. 236"
# -> « les équipes 1, 4 et 5 contre 2, 3 et 6 »)
_SPOKEN_DIGITS = re.compile(r"(?<![\d.,])\d(?:(?:,[ \u00a0]?|[ \u00a0](?:et|ou)[ \u00a0])\d){2,}(?![\d]|[.,]\d)")


def _digit_groups(text: str) -> dict:
    """The target's runs of grouped digits, and of single digits in a list: {digits without separators: [spans]}."""
    out: dict = {}
    for m in _GROUPED_DIGITS.finditer(text):
        key = re.sub(r"\D", "", m.group())
        if len(key) >= GROUPED_MIN:
            out.setdefault(key, []).append(m.span())
    for m in _SPOKEN_DIGITS.finditer(text):
        out.setdefault(re.sub(r"\D", "", m.group()), []).append(m.span())
    return out


# the 12-hour clock, named by its markers: "AM/PM display" is « format à 12 heures »
_AM_PM = re.compile(r"(?<![\w-])a\.?m\.?[ ]?/[ ]?p\.?m\.?(?![\w-])", re.IGNORECASE)


# gettext's template words: "Copyright (C) YEAR", "FIRST AUTHOR <EMAIL@ADDRESS>, YEAR."
_TEMPLATE_YEAR = re.compile(r"(?<![\w-])YEAR(?![\w-])")
YEARS = (1970, 2100)


_SETTING = re.compile(r"[A-Za-z_][\w.-]*(?::[\w.-]+)+")
# a short range of whole numbers ("7-9", "1–5"), which a translation may write out ("7, 8 ou 9")
_RANGE = re.compile(r"(?<![\w.,-])(\d{1,4})[ \u00a0]?[-–][ \u00a0]?(\d{1,4})(?![\w.,]?\d)")
RANGE_SPAN = 20


def _range_values(source: str) -> set:
    """The whole numbers strictly inside the source's short ranges (at most RANGE_SPAN apart)."""
    out = set()
    for m in _RANGE.finditer(source):
        a, b = int(m.group(1)), int(m.group(2))
        if 1 < b - a <= RANGE_SPAN:
            out.update(Decimal(k) for k in range(a + 1, b))
    return out


_KEY = re.compile(r"\s*\d{4,}\s*")


def _number_key(source: str, target: str) -> bool:
    """The source is a bare number of four digits or more and the target words without a digit: the
    number is the message's key, which the program looks up (libgeonames: "1170395" -> « Mingora »)."""
    return bool(_KEY.fullmatch(source)) and not any(c.isdigit() for c in target) and any(c.isalpha() for c in target)


def _locale_setting(source: str, target: str) -> bool:
    """The source is one key:value setting and the target the same key with its own value."""
    source, target = source.strip(), target.strip()
    return bool(_SETTING.fullmatch(source) and _SETTING.fullmatch(target)) \
        and source.rsplit(":", 1)[0] == target.rsplit(":", 1)[0]
