"""Baseline files: the findings accepted so far, so that CI fails only on new ones.

A finding's fingerprint is its rule id, article id, span text and occurrence index (the n-th
finding of that rule on that same text in the article) — not offsets, so editing elsewhere in
the article keeps old findings recognised.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .i18n import _

SCHEMA = "mtaudit.baseline/1"


class BaselineError(ValueError):
    pass


def fingerprint(article: str, rule: str, text: str, occurrence: int) -> str:
    key = "\x1f".join((article, rule, text, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def entries(report: dict) -> list[dict]:
    """One entry per finding, in the report's order (findings are sorted by offset)."""
    article = report["article"]["id"]
    seen: dict = {}
    out = []
    for f in report["findings"]:
        k = (f["rule"], f["text"])
        n = seen.get(k, 0)
        seen[k] = n + 1
        out.append({"fingerprint": fingerprint(article, f["rule"], f["text"], n), "article": article,
                    "rule": f["rule"], "text": f["text"], "occurrence": n})
    return out


def render(all_entries: list[dict]) -> str:
    rows = sorted(all_entries, key=lambda e: (e["article"], e["rule"], e["text"], e["occurrence"]))
    return json.dumps({"schema": SCHEMA, "count": len(rows), "findings": rows}, ensure_ascii=False, indent=1) + "\n"


FIELDS = ("article", "rule", "text", "occurrence")


def _entry_problem(e) -> str | None:
    """What is wrong with one entry, or None: every field it has must have its type."""
    if not isinstance(e, dict):
        return _("an entry must be an object")
    fp = e.get("fingerprint")
    if "fingerprint" in e and not (isinstance(fp, str) and len(fp) == 24 and all(c in "0123456789abcdef" for c in fp)):
        return _("'fingerprint' must be 24 hexadecimal digits")
    if "fingerprint" not in e and not set(FIELDS) <= set(e):
        return _("it needs 'fingerprint', or {fields}").format(fields=", ".join(repr(k) for k in FIELDS))
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


def load(path: str | Path) -> set[str]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(_("{path}: baseline file not found (write one with --write-baseline)").format(path=path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BaselineError(_("{path}: not a baseline file ({problem})").format(path=path, problem=e)) from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("findings"), list):
        raise BaselineError(_("{path}: not a baseline file (expected schema {schema})").format(path=path, schema=repr(SCHEMA)))
    out = set()
    for i, e in enumerate(data["findings"]):
        problem = _entry_problem(e)
        if problem:
            raise BaselineError(_("{path}: not a baseline file: malformed entry {n} {entry}: {problem}").format(
                path=path, n=i + 1, entry=json.dumps(e, ensure_ascii=False)[:200], problem=problem))
        if "fingerprint" in e:
            out.add(e["fingerprint"])
        else:
            out.add(fingerprint(e["article"], e["rule"], e["text"], e["occurrence"]))
    return out


def digest(path: str | Path | None) -> str | None:
    if not path:
        return None
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def apply(report: dict, known: set[str], config, article=None) -> dict:
    """The report without findings in the baseline, re-scored with the audit's quality model (the
    article, when given, lets the word-level error model read the kept findings); "baselined" counts
    the dropped ones."""
    keep = []
    dropped = 0
    for f, e in zip(report["findings"], entries(report)):
        if e["fingerprint"] in known:
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
