"""Baseline files: the findings accepted so far, so that CI fails only on new ones.

A finding's fingerprint is its article id, rule id, span text, context (the CONTEXT_WORDS words either
side of it on its line, spaces normalised) and occurrence index (the n-th finding of that rule on that
text in that context) — not offsets, so editing elsewhere in the article keeps old findings recognised,
and the same text found in a new place is a new finding. Files of the first schema
(mtaudit.baseline/1, no context: the n-th finding of that rule on that text in the article) are still read.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import _

SCHEMA = "mtaudit.baseline/2"
OLD_SCHEMA = "mtaudit.baseline/1"
CONTEXT_WORDS = 4


class BaselineError(ValueError):
    pass


@dataclass
class Known:
    """A baseline file's fingerprints: with context, or (an older file) without."""
    fingerprints: set = field(default_factory=set)
    old: set = field(default_factory=set)


def fingerprint(article: str, rule: str, text: str, occurrence: int, context: str | None = None) -> str:
    """context None: the first schema's fingerprint."""
    parts = (article, rule, text) + (() if context is None else (context,)) + (str(occurrence),)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def context_of(line: str, start: int, end: int) -> str:
    """The words either side of line[start:end] on that line, spaces normalised; "…" is the span."""
    return " ".join(line[:start].split()[-CONTEXT_WORDS:] + ["…"] + line[end:].split()[:CONTEXT_WORDS])


def _context(f: dict, text: str, units: dict) -> str:
    base = units.get(f["unit"], "") if "unit" in f else text  # a unit finding: offsets into its target
    s, e = f["start"], max(f["end"], f["start"])
    lo = base.rfind("\n", 0, s) + 1
    hi = base.find("\n", e)
    hi = len(base) if hi < 0 else hi
    return context_of(base[lo:hi], s - lo, e - lo)


def _occurrences(keys) -> list[int]:
    """For each key, how many times it came before (the n-th finding of a rule on a text)."""
    seen: dict = {}
    out = []
    for k in keys:
        out.append(seen.get(k, 0))
        seen[k] = out[-1] + 1
    return out


def entries(report: dict, text: str) -> list[dict]:
    """One entry per finding, in the report's order (findings are sorted by offset); text: the article's."""
    article = report["article"]["id"]
    units = {u["id"]: u.get("target", "") for u in report.get("units") or ()}
    found = [(f, _context(f, text, units)) for f in report["findings"]]
    return [{"fingerprint": fingerprint(article, f["rule"], f["text"], n, ctx), "article": article,
             "rule": f["rule"], "text": f["text"], "context": ctx, "occurrence": n}
            for (f, ctx), n in zip(found, _occurrences((f["rule"], f["text"], ctx) for f, ctx in found))]


def _old_fingerprints(report: dict) -> list[str]:
    """The first schema's fingerprints of the report's findings."""
    article = report["article"]["id"]
    found = report["findings"]
    return [fingerprint(article, f["rule"], f["text"], n)
            for f, n in zip(found, _occurrences((f["rule"], f["text"]) for f in found))]


def render(all_entries: list[dict]) -> str:
    rows = sorted(all_entries, key=lambda e: (e["article"], e["rule"], e["text"], e["context"], e["occurrence"]))
    return json.dumps({"schema": SCHEMA, "count": len(rows), "findings": rows}, ensure_ascii=False, indent=1) + "\n"


FIELDS = ("article", "rule", "text", "context", "occurrence")


def _entry_problem(e, fields: tuple) -> str | None:
    """What is wrong with one entry, or None: every field it has must have its type."""
    if not isinstance(e, dict):
        return _("an entry must be an object")
    fp = e.get("fingerprint")
    if "fingerprint" in e and not (isinstance(fp, str) and len(fp) == 24 and all(c in "0123456789abcdef" for c in fp)):
        return _("'fingerprint' must be 24 hexadecimal digits")
    if "fingerprint" not in e and not set(fields) <= set(e):
        return _("it needs 'fingerprint', or {fields}").format(fields=", ".join(repr(k) for k in fields))
    for k in FIELDS:
        if k not in e:
            continue
        v = e[k]
        if k == "occurrence":
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                return _("'occurrence' must be a whole number, 0 or more")
        elif not isinstance(v, str):
            return _("'{field}' must be a string").format(field=k)
    return None


def load(path: str | Path) -> Known:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(_("{path}: baseline file not found (write one with --write-baseline)").format(path=path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BaselineError(_("{path}: not a baseline file ({problem})").format(path=path, problem=e)) from None
    schema = data.get("schema") if isinstance(data, dict) else None
    if schema not in (SCHEMA, OLD_SCHEMA):
        raise BaselineError(_("{path}: not a baseline file (expected schema {schema})").format(path=path, schema=repr(SCHEMA)))
    if not isinstance(data.get("findings"), list):
        raise BaselineError(_("{path}: not a baseline file (no 'findings' list)").format(path=path))
    old = schema == OLD_SCHEMA
    fields = tuple(k for k in FIELDS if not (old and k == "context"))
    known = Known()
    into = known.old if old else known.fingerprints
    for i, e in enumerate(data["findings"]):
        problem = _entry_problem(e, fields)
        if problem:
            raise BaselineError(_("{path}: not a baseline file: malformed entry {n} {entry}: {problem}").format(
                path=path, n=i + 1, entry=json.dumps(e, ensure_ascii=False)[:200], problem=problem))
        if "fingerprint" in e:
            into.add(e["fingerprint"])
        else:
            into.add(fingerprint(e["article"], e["rule"], e["text"], e["occurrence"], None if old else e["context"]))
    return known


def digest(path: str | Path | None) -> str | None:
    if not path:
        return None
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def apply(report: dict, known: Known, config, text: str, article=None) -> dict:
    """The report without findings in the baseline, re-scored with the audit's quality model (the
    article, when given, lets the word-level error model read the kept findings); "baselined" counts
    the dropped ones. text: the article's (the findings' contexts)."""
    keep = []
    dropped = 0
    olds = _old_fingerprints(report) if known.old else [None] * len(report["findings"])
    for f, e, old in zip(report["findings"], entries(report, text), olds):
        if e["fingerprint"] in known.fingerprints or old in known.old:
            dropped += 1
        else:
            keep.append(f)
    out = dict(report)
    out["findings"] = keep
    out["baselined"] = dropped
    if dropped:
        if article is not None:
            from .pipeline import rescore_report

            out["score"] = rescore_report(out, article, config)
        else:
            from .score import rescore

            out["score"] = rescore(out, config)
    return out
