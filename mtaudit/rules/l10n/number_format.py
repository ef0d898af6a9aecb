"""Numbers the French target writes the English way: 1.5, 10,000, 25%."""
import re

from ...detect.rule import Rule, bad, good
from ...l10n import mask_items, source_of, unit_finding
from ...l10n.numbers import french_form, is_version_like, source_numbers, target_numbers
from ...i18n import _

PERCENT = re.compile(r"(?<=\d)%")


class NumberFormat(Rule):
    id = "MTA902"
    slug = "number-format"
    name = "English number format in French"
    category = "locale"
    mqm = "Locale convention/Number format"
    severity = "minor"
    stage = "l10n"
    what = """In a translation unit's French target, finds numbers written the English way: a
    decimal point (1.5 for 1,5), commas between thousands (10,000 for 10 000), dots between
    thousands where the source has that number (1.048.576 for 1 048 576) and a percent sign
    glued to the number (25% for 25 %). A target "1,500" is only reported when the source says
    1,500 (one thousand five hundred): French reads it as one and a half. Versions after a name
    (Bluetooth 5.0, USB 3.1, v2.4, pre-1.3) are left alone unless a unit follows (Cat 11.5 g), and
    so are numbers inside codes and placeholders (%4.2f, {0}) and file names (0001.5.backup)."""
    why = """French readers read 10,000 as ten and 1.5 as a typo; number formats are part of every
    French style guide (Imprimerie nationale; Microsoft French style guide)."""
    example = "1.5 kg → 1,5 kg; 10,000 → 10 000; 25% → 25 %"
    examples_bad = [
        bad("Il pèse 1.5 kg.", "1.5", suggestion="1,5", source="It weighs 1.5 kg."),
        bad("Plus de 10,000 clients.", "10,000", source="Over 10,000 customers."),
        bad("Une remise de 25%.", "%", source="A 25% discount."),
        bad("Jeu Fat Cat 11.5 g", "11.5", source="Fat Cat 11.5 g set"),
        bad("M 1.048.576 octets", "1.048.576", suggestion="1\u202f048\u202f576", source="M 1,048,576 bytes"),
        bad("à 4000 m (13.000 pieds)", "13.000", suggestion="13\u202f000", source="at 4,000 m (13,000 ft)"),
        bad("Il pèse 1.500 kg.", "1.500", suggestion="1,5", source="It weighs 1.5 kg."),
    ]
    examples_good = [
        good("Il pèse 1,5 kg pour 10 000 clients, soit 25 %.", source="It weighs 1.5 kg for 10,000 customers, 25%."),
        good("Compatible Bluetooth 5.0 et USB 3.1.", source="Bluetooth 5.0 and USB 3.1 compatible."),
        good("Il pèse 1,500 kg.", source="It weighs 1.5 kg."),
        good("Taux de compression %4.2f", source="Compression ratio %4.2f"),
        good("Version 1.000.000", source="Version 1.000.000"),
        good("Non pris en charge dans les archives pre-1.3", source="Not supported in pre-1.3 archives"),
        good("pg_archivecleanup 000000010000000000000010.00000020.backup",
             source="pg_archivecleanup 000000010000000000000010.00000020.backup"),
    ]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None:
            return
        # numbers inside codes and placeholders (%6.2f, {0}) are not written for readers
        source_values = set().union(*(n.values for n in source_numbers(mask_items(src))))
        for n in target_numbers(mask_items(ctx.text)):
            if n.style == "en-decimal" and not is_version_like(ctx.text, n.start, n.end):
                v = next(iter(n.values))
                yield unit_finding(self, ctx, n.start, n.end, _("Decimal point in French: write {form}.").format(form=french_form(n, v)),
                                   suggestion=french_form(n, v))
            elif n.style == "dot-grouped":
                grouped = [v for v in n.values if not isinstance(v, str) and v in source_values and v >= 1000]
                if grouped:
                    form = french_form(n, grouped[0])
                    yield unit_finding(self, ctx, n.start, n.end,
                                       _("Dots between thousands: French writes {form}.").format(form=form),
                                       suggestion=form)
                elif n.text.count(".") == 1 and not is_version_like(ctx.text, n.start, n.end):
                    v = min(v for v in n.values if not isinstance(v, str))  # "1.500" for 1.5: the decimal
                    yield unit_finding(self, ctx, n.start, n.end,
                                       _("Decimal point in French: write {form}.").format(form=french_form(n, v)),
                                       suggestion=french_form(n, v))
            elif n.style == "en-grouped":
                english = [v for v in n.values if v in source_values and v == int(v) and v >= 1000]
                if english:
                    form = french_form(n, english[0])
                    yield unit_finding(self, ctx, n.start, n.end,
                                       _("Comma between thousands: French reads {number} as a decimal; write {form}.")
                                       .format(number=n.text, form=form),
                                       suggestion=form)
        for m in PERCENT.finditer(ctx.text):
            yield unit_finding(self, ctx, m.start(), m.end(), _("French puts a no-break space before %."),
                               suggestion="\u00a0%")
