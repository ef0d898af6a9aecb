"""The data tables: every table rules read, its columns, who reads it, and whether users may extend it.

`--data NAME=FILE` and the `[data]` table of mtaudit.toml are validated here: an unknown table
name, or a file whose columns are not the table's, is a clear error (exit 2), never a silent no-op
or a rule crash. The lists in `--help` and the README ("Data tables") are generated from TABLES.
A plug-in adds its own with `register_table(Table(...))`.

Columns come from the packaged file's header (mtaudit/data/<name>.tsv). A user's TSV file must
start with the table's key column and use only the table's columns (missing ones are empty).
Word lists (.txt) take one entry per line (a .tsv given for one contributes its first column).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .resources import DataFileError, data_path, parse_list, parse_table, read_text
from ..i18n import _


@dataclass(frozen=True)
class Table:
    name: str
    kind: str  # "tsv" (rows with named columns) | "list" (one entry per line)
    used_by: str  # the rules or stage that read it
    what: str
    extendable: bool = True  # users may add files with --data / [data]

    @property
    def columns(self) -> tuple[str, ...]:
        return packaged_columns(self.name) if self.kind == "tsv" else ()


TABLES: dict[str, Table] = {}


def register_table(table: Table) -> None:
    TABLES[table.name] = table


for _t in (
    Table("people", "tsv", "names, untranslated, bilingual", "people's names, variants, roles and dates"),
    Table("places", "tsv", "names, untranslated, spelling", "places: French and English names, variants"),
    Table("orgs", "tsv", "names, untranslated", "organisations: French and English names and acronyms"),
    Table("roles", "tsv", "names", "titles and roles (président, ministre...)"),
    Table("english_terms", "tsv", "untranslated", "English words with their usual French rendering"),
    Table("english_ok", "tsv", "untranslated", "English words and phrases accepted in French text"),
    Table("allow", "list", "spelling", "words never flagged as misspelt or English"),
    Table("set_phrases", "tsv", "set phrases", "English set phrases and their French rendering"),
    Table("calques", "tsv", "calques", "word-for-word renderings of English and the French to use"),
    Table("passive_calques", "tsv", "calques", "English passives calqued in French"),
    Table("idiom_calques", "tsv", "calques", "literal French renderings of English idioms (generated)",
          extendable=False),
    Table("boilerplate", "tsv", "boilerplate", "web-page chrome and plugin traces to flag"),
    Table("markup", "tsv", "markup", "template, entity and markup leftovers"),
    Table("typography", "tsv", "typography", "French typography patterns"),
    Table("repetition", "tsv", "repetition", "repeated words that are fine (nous nous...)"),
    Table("grammalecte", "tsv", "grammar, spelling", "Grammalecte rules kept or dropped"),
    Table("verb_usage", "tsv", "grammar", "verb constructions and auxiliaries"),
    Table("auxiliaries", "tsv", "grammar", "forms of être and avoir"),
    Table("determiners", "tsv", "grammar", "determiners with gender and number"),
    Table("word_endings", "tsv", "grammar", "word endings that tell gender"),
    Table("number_words", "tsv", "bilingual", "number words and their value"),
    Table("invariable_words", "list", "grammar", "words that never agree"),
    Table("gender_usage", "tsv", "grammar",
          "nouns a register writes with the other gender (le source, in technical French)"),
    Table("reporting_verbs", "list", "grammar", "verbs that introduce quotes (déclarer...)"),
    Table("role_fillers", "list", "names", "words that fill a role slot (élu...)"),
    Table("icon_contexts", "list", "l10n", "first words of freedesktop icon names (applications-games...)"),
    Table("name_kinds", "tsv", "l10n, MTA401", "kinds of thing a string names, French and English (commande: command...)",
          extendable=False),
    Table("roundtrip_thresholds", "tsv", "round trip", "calibrated thresholds per engine", extendable=False),
    Table("rule_precision", "tsv", "score", "measured precision and false alarms per rule (bench/rule_precision.py)",
          extendable=False),
    Table("english_verbs", "list", "MTA401", "English words that are mostly verbs, base form (WordNet 3.0; "
          "bench/build_english_verbs.py)", extendable=False),
    Table("bilex", "tsv", "score (source coverage), MTA401", "English content-word lemmas and their French lemmas "
          "(bench/build_bilex.py)", extendable=False),
):
    register_table(_t)


@lru_cache(maxsize=None)
def packaged_columns(name: str) -> tuple[str, ...]:
    p = data_path(f"{name}.tsv")
    if not p.exists():
        return ()
    for line in read_text(p).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return tuple(c.strip() for c in line.split("\t"))
    return ()


def extendable() -> list[str]:
    return sorted(n for n, t in TABLES.items() if t.extendable)


def check_user_file(name: str, path: str | Path, others: dict | None = None, option: bool = True) -> None:
    """Raise DataFileError (one line naming table and file) unless `path` can extend table `name`.
    `others`: the user's files of every table ({name: [paths]}), for values that name another
    table's keys (a person's role may be one of the user's own roles). option: the file came with
    --data NAME=FILE (named so), else from a configuration's [data] table (named data.NAME: FILE)."""
    where = f"--data {name}={path}" if option else f"data.{name}: {path}"
    table = TABLES.get(name)
    if table is None or not table.extendable:
        why = _("unknown data table") if table is None else _("this table cannot be extended")
        raise DataFileError(_("{where}: {problem}; tables you can extend: {tables}").format(
            where=where, problem=why, tables=", ".join(extendable())))
    p = Path(path)
    if not p.is_file():
        raise DataFileError(_("{where}: data file not found").format(where=where))
    if table.kind == "list" and p.suffix.lower() != ".tsv":
        read_text(p)  # UTF-8 check
        return
    try:
        rows = parse_table(read_text(p), str(p))
    except DataFileError as e:
        raise DataFileError(f"{where}: {e}") from None
    header = [k for k in (rows[0] if rows else {}) if k != "_source"] or _header(p)
    if table.kind == "list":
        return
    want = table.columns
    unknown = [c for c in header if c not in want]
    if not header or header[0] != want[0] or unknown:
        raise DataFileError(_("{where}: columns {columns} are not the {name} table's; its columns are "
                              "{want} (tab-separated, header first, starting with {first})").format(
                                  where=where, name=name, columns=", ".join(header) or _("(none)"),
                                  want=", ".join(want), first=want[0]))
    checker = VALUE_CHECKS.get(name)
    if checker:  # the packaged files are trusted; a user's values are checked here, not misread later
        check = checker(others or {})
        for row in rows:
            problem = check(row)
            if problem:
                line = row["_source"].rsplit(":", 1)[1]
                raise DataFileError(_("{where}: line {line}: {problem}").format(where=where, line=line, problem=problem))


MONTH = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")


def _people_rows(others: dict):
    """A check of a user's people row: what is wrong with it (a date not YYYY-MM or YYYY, an end
    before its start, an unknown role key), or None."""
    roles = role_keys(others.get("roles", ()))
    return lambda row: _people_row(row, roles)


def _people_row(row: dict, roles: set) -> str | None:
    for col in ("start", "end"):
        value = row.get(col, "")
        if value and not MONTH.fullmatch(value):
            return _("column {column}: {value!r} is not a month or a year; expected YYYY-MM or YYYY "
                     "(e.g. 2020-03 or 2020)").format(column=col, value=value)
    start, end = row.get("start", ""), row.get("end", "")
    n = min(len(start), len(end))
    if start and end and end[:n] < start[:n]:
        return _("column end: {end} is before the start, {start}").format(end=end, start=start)
    role = row.get("role", "")
    if role and role not in roles:
        return _("column role: unknown role {value!r}; known roles: {roles} (roles.tsv, or your own "
                 "roles table)").format(value=role, roles=", ".join(sorted(roles)))
    return None


def role_keys(user_files=()) -> set:
    """The role keys of the packaged roles table and of the user's roles files."""
    keys = set()
    for p in (data_path("roles.tsv"), *user_files):
        try:
            keys.update(r.get("role", "") for r in parse_table(read_text(p), str(p)))
        except DataFileError:
            continue  # that file's own check reports it
    keys.discard("")
    return keys


VALUE_CHECKS = {"people": _people_rows}  # table -> maker of its row check, for users' files only


def _header(p: Path) -> list[str]:
    for line in read_text(p).splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return [c.strip() for c in line.split("\t")]
    return []


def help_list() -> str:
    return ", ".join(extendable())


def markdown_table() -> str:
    """The README's "Data tables" list (generated: python -m mtaudit.docs --update README.md)."""
    lines = ["| table | kind | columns | read by | what |", "|---|---|---|---|---|"]
    for name in extendable():
        t = TABLES[name]
        cols = ", ".join(t.columns) if t.kind == "tsv" else "one entry per line"
        lines.append(f"| `{name}` | {t.kind} | {cols} | {t.used_by} | {t.what} |")
    return "\n".join(lines) + "\n"


def parse_words(path) -> list[str]:  # re-exported for plug-ins that read lists
    return parse_list(read_text(path))
