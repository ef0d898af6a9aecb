"""MTA403 foreign-text: paragraphs in a language other than French or English."""
from __future__ import annotations

from ...detect.rule import Rule, bad, good
from ...i18n import _, current
from ...lang.foreign import foreign_lines, language_name

ARTICLE_SHARE = 0.5  # foreign paragraphs holding this share of the article's letters: the article is not French


def lines(ctx) -> list:
    """The article's foreign lines (mtaudit.lang.foreign), once per article; the spelling rules read
    them too (a Spanish word is not a French misspelling)."""
    def build():
        from ..spelling.analysis import Speller

        return foreign_lines(ctx.text, Speller().known)
    return ctx.memo("foreign.lines", build)


class ForeignText(Rule):
    id = "MTA403"
    slug = "foreign-text"
    name = "Paragraph in another language"
    category = "untranslated"
    mqm = "Accuracy/Untranslated"
    severity = "major"
    what = """Finds paragraphs (lines) written in a language other than French or English (English
    is MTA401's): a line mostly in another script (Cyrillic, Greek, Arabic, Chinese, Korean...), or a
    line of at least 5 lower-case words, most of them unknown to the French dictionary, that
    langdetect, on that line alone, puts in another language with probability 0.9 or more.
    Capitalised words do not count, so a French sentence full of foreign names is left alone, and so
    is a French sentence with a short quotation; nor do technical tokens (commands' options, paths,
    identifiers, TeX commands: « $ dpkg-deb -x libtruc1_1.1-1.deb ») and web and e-mail addresses. When
    such paragraphs hold half the article's letters or more, the article is not French at all and each
    finding is critical."""
    why = """A paragraph in the source language or a third one has not been translated: the reader
    of the French article cannot read it. MQM counts a segment left untranslated as critical when the
    whole text is affected, and as major otherwise."""
    example = "El ministro dijo ayer que el presupuesto se reduciría. → Le ministre a dit hier que le budget serait réduit."
    examples_bad = [
        bad("Le ministre a parlé jeudi devant les députés.\n"
            "El ministro dijo ayer que el presupuesto se reduciría un diez por ciento el próximo año.\n"
            "La séance a ensuite été levée.",
            "El ministro dijo ayer que el presupuesto se reduciría un diez por ciento el próximo año."),
        bad("Der Minister sagte gestern, dass der Haushalt im nächsten Jahr gekürzt werden soll.",
            "Der Minister sagte gestern, dass der Haushalt im nächsten Jahr gekürzt werden soll."),
        bad("Министр заявил, что бюджет будет сокращён в следующем году.",
            "Министр заявил, что бюджет будет сокращён в следующем году."),
    ]
    examples_good = [
        good("Avec son équipe composée de Thorsten Margis (SV Halle), Candy Bauer (BSC Oberbärenburg) et "
             "Alexander Schüller, il a remporté le titre."),
        good("Son livre « Ein alter Mann wird älter » est sorti de presse la semaine dernière."),
        good("Le ministre a dit hier que le budget serait réduit de dix pour cent l'an prochain."),
        good("The minister said yesterday that the budget would be cut next year."),
        good("$ dpkg-deb -x libtruc1_1.1-1.deb libtruc1_1.1-1 --verbose /tmp/truc"),
        good("\\begin{itemize}[I] \\item a \\item b \\end{itemize}"),
    ]

    def check(self, ctx):
        found = lines(ctx)
        if not found:
            return
        total = sum(1 for c in ctx.text if c.isalpha()) or 1
        whole = sum(f.letters for f in found) >= ARTICLE_SHARE * total
        for f in found:
            name = language_name(f.language, current())
            if f.script:
                message = (_("Paragraph in {language}, not French (another script: {n} of its {m} letters).")
                           .format(language=name, n=f.unknown, m=f.counted) if name else
                           _("Paragraph in another script, not French ({n} of its {m} letters).")
                           .format(n=f.unknown, m=f.counted))
                confidence = 0.99
            else:
                message = (_("Paragraph in {language}, not French (langdetect {p:.2f}; {n} of its {m} lower-case "
                             "words are unknown to the French dictionary).")
                           .format(language=name or f.language, p=f.probability, n=f.unknown, m=f.counted))
                confidence = 0.95
            if whole:
                message += " " + _("Most of the article is in another language.")
            yield self.finding(ctx, f.start, f.end, message, severity="critical" if whole else None,
                               confidence=confidence, engine="langdetect")
