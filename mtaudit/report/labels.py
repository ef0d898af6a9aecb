"""Display labels of the report's stable ids (severities, verdicts, categories) and numbers, in the
current language (mtaudit/i18n.py). The ids themselves never change in JSON, CSV or class names."""
from __future__ import annotations

from ..i18n import N_, _, current, ngettext

SEVERITY = {"critical": N_("critical"), "major": N_("major"), "minor": N_("minor")}
VERDICT = {"pass": N_("pass"), "review": N_("review"), "fail": N_("fail")}
CATEGORY = {
    "markup": N_("markup"), "untranslated": N_("untranslated"), "boilerplate": N_("boilerplate"),
    "name": N_("name"), "mistranslation": N_("mistranslation"), "calque": N_("calque"),
    "grammar": N_("grammar"), "spelling": N_("spelling"), "punctuation": N_("punctuation"),
    "typography": N_("typography"), "consistency": N_("consistency"), "repetition": N_("repetition"),
    "fidelity": N_("fidelity"), "omission": N_("omission"), "style": N_("style"),
    "terminology": N_("terminology"), "locale": N_("locale"),
}


def severity(key: str) -> str:
    return _(SEVERITY[key]) if key in SEVERITY else key


# "5 minor" chips and lists: the label agrees with its count (5 mineurs, 1 mineur, 0 mineur)
SEVERITY_COUNT = {
    "critical": lambda n: ngettext("{n} critical", "{n} critical", n),
    "major": lambda n: ngettext("{n} major", "{n} major", n),
    "minor": lambda n: ngettext("{n} minor", "{n} minor", n),
}


def _count(forms: dict, label, key: str, n: int) -> str:
    form = forms[key](n) if key in forms else None
    if form is None or (current() != "en" and form.startswith("{n} ") and form[4:] == key):
        return f"{num(n)} {label(key)}"  # not in the catalogue yet: the label as it stands
    return form.format(n=num(n))


def severity_count(key: str, n: int) -> str:
    """A count of findings of a severity, "3 minor" (French: "3 mineurs")."""
    return _count(SEVERITY_COUNT, severity, key, n)


def verdict(key: str) -> str:
    return _(VERDICT[key]) if key in VERDICT else key


# "2 pass, 1 review" in summary lines: the label agrees with its count (French: 2 acceptés, 1 refusé)
VERDICT_COUNT = {
    "pass": lambda n: ngettext("{n} pass", "{n} pass", n),
    "review": lambda n: ngettext("{n} review", "{n} review", n),
    "fail": lambda n: ngettext("{n} fail", "{n} fail", n),
}


def verdict_count(key: str, n: int) -> str:
    """A count of articles of a verdict, "2 pass" (French: "2 acceptés")."""
    return _count(VERDICT_COUNT, verdict, key, n)


def category(key: str) -> str:
    return _(CATEGORY[key]) if key in CATEGORY else key


def colon() -> str:
    """A colon as the language writes it after a word (French: a no-break space before it)."""
    return "\u00a0:" if current() == "fr" else ":"


def num(value, digits: int | None = None) -> str:
    """A number as the reader writes it: 1,234.5 in English, 1 234,5 in French (narrow no-break
    space between thousands, decimal comma)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = f"{value:,.{digits}f}" if digits is not None else f"{value:,}"
    else:
        return str(value)
    if current() == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text



def num_or_dash(value, digits: int = 1) -> str:
    """num(), or "–" for a value that was not measured."""
    return "–" if value is None else num(value, digits)

def note(n: dict) -> str:
    """A report note as the sheets show it: its message, after its line when it has one."""
    return _("line {line}: {message}").format(line=n["line"], message=n["message"]) if "line" in n else n["message"]
