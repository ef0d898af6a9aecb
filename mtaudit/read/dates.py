"""The article's date: from metadata (a corpus `date` column, a request's "date"), `--date`, or a
dateline in the text ("PARIS, 3 mars 2019 (AFP) -", "Publié le 12/05/2021", a leading date line).

Dates are ISO strings at the precision known: "2019-03-03", "2019-03" or "2019"; they compare with
the tenures of data/people.tsv (YYYY-MM) by prefix.
"""
from __future__ import annotations

import datetime
import re

from ..i18n import _

MONTHS = {"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
          "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
          "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12,
          "déc": 12, "dec": 12}
DAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
HEAD_CHARS = 400  # a dateline sits in the first lines
HEAD_LINES = 3

# "3 mars 2019", "1er mars 2019", "3 mars, 2019", "3 Mars 2019"
WRITTEN = rf"(?P<d>\d{{1,2}})(?:er)?[ \u00a0]+(?P<m>(?i:{MONTH_RE}))\.?,?[ \u00a0]+(?P<y>(?:19|20)\d\d)"
# "12/05/2021", "12.05.2021", "12-05-2021"
NUMERIC = r"(?P<d2>\d{1,2})[/.-](?P<m2>\d{1,2})[/.-](?P<y2>(?:19|20)\d\d)"
ISO = r"(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)"
ANY = rf"(?:{WRITTEN}|{NUMERIC}|{ISO})"

DATELINES = [
    # PARIS, 3 mars 2019 (AFP) -   /   WASHINGTON (Reuters), le 3 mars 2019 —
    ("dateline", re.compile(rf"^[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{{1,40}}(?:\([^)\n]{{1,30}}\))?[ \u00a0]*,[ \u00a0]*"
                            rf"(?:(?i:le)[ \u00a0]+)?(?:{DAYS}[ \u00a0]+)?{ANY}", re.MULTILINE | re.IGNORECASE)),
    # Publié le 12/05/2021 à 10h00, Mis à jour le 3 mars 2019
    ("publication line", re.compile(rf"(?i:publié|publiée|mis à jour|mise à jour|modifié|actualisé)"
                                    rf"[ \u00a0]+(?i:le)[ \u00a0]+(?:(?i:{DAYS})[ \u00a0]+)?{ANY}")),
    # a line that is only a date: "Lundi 3 mars 2019", "03/03/2019"
    ("date line", re.compile(rf"^[ \t]*(?:(?i:{DAYS})[ \u00a0]+)?{ANY}[ \t.]*$", re.MULTILINE)),
]


class DateError(ValueError):
    pass


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        datetime.date(y, m, 1)
        return f"{y:04d}-{m:02d}"
    datetime.date(y, m, d)  # raises ValueError on 31/02
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_date(value) -> str:
    """A date given by a user or metadata, as ISO at its precision. Accepts YYYY-MM-DD, YYYY-MM,
    YYYY, DD/MM/YYYY, "3 mars 2019", and ISO datetimes (the time is dropped)."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str) or not value.strip():
        raise DateError(_("expected a date such as 2019-03-03, got {value}").format(value=repr(value)))
    v = value.strip()
    try:
        m = re.fullmatch(r"((?:19|20|21)\d\d)(?:-(\d\d)(?:-(\d\d)(?:[T ][\d:.+Z-]*)?)?)?", v)
        if m and len(v) > 10:  # a datetime: its time must be one too ("2019-03-03 25:99" is not)
            datetime.datetime.fromisoformat(v[:-1] + "+00:00" if v.endswith("Z") else v)
        if m:
            return _iso(int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                        int(m.group(3)) if m.group(3) else None)
        found = _from_match(re.fullmatch(ANY, v, re.IGNORECASE))
        if found:
            return found
        if re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", v):  # well formed, but outside the years accepted
            raise DateError(_("the year must be from 1900 to 2199, got {value}").format(value=repr(value)))
    except ValueError as e:
        if isinstance(e, DateError):
            raise
        raise DateError(_("not a valid date: {value}").format(value=repr(value))) from None
    raise DateError(_("expected a date such as 2019-03-03 (or 2019-03, 2019, 03/03/2019), got {value}").format(value=repr(value)))


def _from_match(m) -> str | None:
    if m is None:
        return None
    g = m.groupdict()
    if g.get("y"):
        return _iso(int(g["y"]), MONTHS[g["m"].lower().rstrip(".")], int(g["d"]))
    if g.get("y2"):
        return _iso(int(g["y2"]), int(g["m2"]), int(g["d2"]))
    if g.get("y3"):
        return _iso(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    return None


def find_dateline(text: str) -> tuple[str, str] | None:
    """(date, kind of line it came from) for a dateline near the top of the text, or None."""
    lines = text.split("\n")
    head = "\n".join(lines[:HEAD_LINES])[:HEAD_CHARS]
    for kind, rx in DATELINES:
        for m in rx.finditer(head):
            try:
                found = _from_match(m)
            except ValueError:
                continue
            if found:
                return found, f"{kind} «{m.group(0).strip()}»"
    return None


def article_date(article, config=None, extras=None) -> tuple[str, str] | None:
    """(date, where it came from) for an article: its metadata, then --date, then a dateline."""
    meta = dict(getattr(article, "meta", None) or {})
    if extras and extras.get("date") and not meta.get("date"):
        meta["date"], meta["date_source"] = parse_date(extras["date"]), "metadata"
    if meta.get("date"):
        return meta["date"], meta.get("date_source") or "metadata"
    given = getattr(config, "date", None) if config is not None else None
    if given:
        return given, "--date"
    found = find_dateline(article.text)
    if found:
        return found[0], found[1]
    return None
