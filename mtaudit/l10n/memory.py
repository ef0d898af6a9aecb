"""What the consistency rules compare a unit with: every unit of the file, or of the whole batch."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..i18n import _, quote
from ..lang.text import collapse_spaces
from ..read.bilingual import CODE_RE

_PUNCT = re.compile(r"[^\w\s]")


def squash(text: str) -> str:
    return collapse_spaces(unicodedata.normalize("NFC", text))


def loose(text: str) -> str:
    """Case, punctuation, codes, placeholders and links aside: "Save", "save", "Save:" and
    "Save {0}" are one source."""
    from . import mask_items

    return " ".join(_PUNCT.sub(" ", mask_items(CODE_RE.sub(" ", squash(text))).casefold()).split())


@dataclass(frozen=True)
class Entry:
    doc: str
    unit: str
    source: str
    target: str
    context: str = ""  # the PO msgctxt: one source in two contexts may be translated two ways
    message: str = ""  # a plural form's message (its unit id without "[k]"): the forms of one message differ


class TranslationMemory:
    """Units indexed by source and by target."""

    def __init__(self, entries=()):
        self.by_source: dict[str, list[Entry]] = {}
        self.by_target: dict[str, list[Entry]] = {}
        self.contexts: dict[tuple, str] = {}  # (doc, unit) -> its context, for the units that have one
        for e in entries:
            self.add(e if isinstance(e, Entry) else Entry(*e))

    def add(self, e: Entry) -> None:
        if e.context:
            self.contexts[(e.doc, e.unit)] = e.context
        if not e.target.strip() or not e.source.strip():
            return
        self.by_source.setdefault(squash(e.source), []).append(e)
        self.by_target.setdefault(squash(e.target), []).append(e)

    def add_document(self, doc) -> None:
        for u in doc.units:
            if u.translate:  # translate="no": not a translation
                self.add(Entry(doc.id, u.id, u.source, u.target, u.context,
                               _message(u.id) if u.plural is not None else ""))

    def other_targets(self, source: str, target: str, doc: str | None, unit: str | None) -> list[Entry]:
        """The units with this source (spaces aside) and another target, in the same context (PO msgctxt)
        as the unit (doc, unit)."""
        t = squash(target)
        context = self.contexts.get((doc, unit), "")
        message = _message(unit) if unit is not None else None
        return [e for e in self.by_source.get(squash(source), ())
                if squash(e.target) != t and (e.doc, e.unit) != (doc, unit) and e.context == context
                and not (e.doc == doc and e.message and e.message == message)]

    def other_sources(self, source: str, target: str, doc: str | None, unit: str | None) -> list[Entry]:
        s = loose(source)
        return [e for e in self.by_target.get(squash(target), ())
                if loose(e.source) != s and (e.doc, e.unit) != (doc, unit)]


def memory_of(ctx) -> TranslationMemory | None:
    m = ctx.extras.get("memory")
    if m is None or isinstance(m, TranslationMemory):
        return m
    tm = TranslationMemory(m)  # examples pass a list of (doc, unit, source, target)
    ctx.extras["memory"] = tm
    return tm


def where(e: Entry, doc: str | None) -> str:
    if e.doc == doc:
        return _("unit {unit}").format(unit=quote(e.unit))
    return _("unit {unit} of {doc}").format(unit=quote(e.unit), doc=e.doc)


def _message(unit_id: str) -> str:
    """A plural form's message: its unit id without the form's "[k]"."""
    return unit_id.rsplit("[", 1)[0]
