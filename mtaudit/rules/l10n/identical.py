"""A target that is the source copied."""
import re

from ...detect.rule import Rule, bad, good
from ...l10n import CODE_RE, PLACEHOLDER_RE, URL_RE, EMAIL_RE, body, source_of, unit_finding
from ...i18n import _

LETTERS = re.compile(r"[^\W\d_]{2,}")


def _words(text: str) -> list[str]:
    for rx in (CODE_RE, PLACEHOLDER_RE, URL_RE, EMAIL_RE):
        text = rx.sub(" ", text)
    return LETTERS.findall(text)


class TargetSameAsSource(Rule):
    id = "MTA906"
    slug = "target-same-as-source"
    name = "Target identical to source"
    category = "untranslated"
    mqm = "Accuracy/Untranslated"
    severity = "major"
    stage = "l10n"
    what = """A unit whose target equals its source (spaces and case aside) while the source has
    at least two words of letters outside codes, placeholders and links. Single words and names
    (OK, Bluetooth, iPhone 12) are often the same in French and are left alone."""
    why = """A copied source is the commonest untranslated string: the MT engine or the translator
    skipped it, and English ships in the French product."""
    example = "EN: Save your changes → FR: Save your changes"
    examples_bad = [bad("Save your changes", "Save your changes", source="Save your changes")]
    examples_good = [good("OK", source="OK"), good("Bluetooth", source="Bluetooth"),
                     good("Enregistrez vos modifications", source="Save your changes"),
                     good("{0} / {1}", source="{0} / {1}")]

    def check(self, ctx):
        src = source_of(ctx)
        if src is None or not ctx.text.strip():
            return
        if " ".join(ctx.text.split()).casefold() != " ".join(src.split()).casefold():
            return
        if len(_words(src)) < 2:
            return
        s, e = body(ctx.text)
        yield unit_finding(self, ctx, s, e, _("The target is the source, untranslated."), source_span=body(src))
