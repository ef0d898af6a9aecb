"""The name knowledge base the rules share: people, places, organisations, roles and English terms
(data/people.tsv, places.tsv, orgs.tsv, roles.tsv, english_terms.tsv, each with the user's --data
files), read once per configuration, and the views of it that more than one rule needs.

    base = name_base(ctx.resources)
    base.rows("places")                  # the table's rows ([] when it cannot be read)
    base.rows("people", strict=True)     # ... or its error, for rules that cannot work without it
    base.names("orgs", ("name_fr", "variants"))   # every name in those columns, |-cells split
    base.name_words()                    # names and their words, lower case (spelling's allow-list)
    base.single_word_places()            # one-word place names: lower case -> as written
    base.person_words()                  # capitalised words of people's names

Rule-specific indexes are built from it where they are used: the people-and-roles index of the
name rules (rules/names/index.py NameIndex), the English-to-French name entries of MTA402
(rules/untranslated/analysis.py build_names).
"""
from __future__ import annotations

import re

from .text import cells

TABLES = ("people", "places", "orgs", "roles", "english_terms")
# the columns that hold names (spelling accepts every one of them, and each of their words)
NAME_COLUMNS = {"people": ("name", "variants", "short"),
                "places": ("name_fr", "name_en", "variants", "aliases", "capital_fr", "capital_en", "adj_fr"),
                "orgs": ("name_fr", "acronym_fr", "name_en", "acronym_en", "variants", "adj_fr")}
PLACE_FR_COLUMNS = ("name_fr", "variants", "aliases", "capital_fr")


class NameBase:
    def __init__(self, resources):
        self.resources = resources

    def rows(self, table: str, strict: bool = False) -> list[dict]:
        """The rows of a name table. A table that cannot be read gives [] (the rules that only use
        names to stay quiet keep working), or raises when strict."""
        if strict:
            return self.resources.table(table)
        try:
            return self.resources.table(table)
        except Exception:  # an absent or broken table: no names from it
            return []

    def names(self, table: str, columns) -> list[str]:
        """Every name written in those columns of the table, row by row, |-separated values split."""
        return [name for row in self.rows(table) for col in columns for name in cells(row.get(col, ""))]

    def name_words(self) -> frozenset:
        """Every name of people, places and organisations, and each word of them, in lower case."""
        def build():
            words = set()
            for table, cols in NAME_COLUMNS.items():
                for name in self.names(table, cols):
                    words.add(name.lower())
                    words.update(w.lower() for w in re.split(r"[\s\-'’]+", name) if w)
            return frozenset(words)
        return self.resources.memo(("names-kb", "name-words"), build)

    def single_word_places(self) -> dict:
        """Place names of one word (four letters or more), French forms: lower case -> as written."""
        def build():
            out = {}
            for name in self.names("places", PLACE_FR_COLUMNS):
                if " " not in name and len(name) >= 4:
                    out.setdefault(name.lower(), name)
            return out
        return self.resources.memo(("names-kb", "single-word-places"), build)

    def person_words(self) -> frozenset:
        """Capitalised words (two letters or more) of people's names, variants and short forms."""
        def build():
            words = set()
            for r in self.rows("people"):
                for form in [r.get("name", "")] + cells(r.get("variants", "")) + cells(r.get("short", "")):
                    for w in re.findall(r"\w+", form):
                        if w[:1].isupper() and len(w) > 1:
                            words.add(w)
            return frozenset(words)
        return self.resources.memo(("names-kb", "person-words"), build)


def name_base(resources) -> NameBase:
    """The knowledge base of this configuration's data (one per Resources)."""
    return resources.memo(("names-kb", "base"), lambda: NameBase(resources))
