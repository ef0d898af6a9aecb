"""Baseline files: the findings accepted so far, so that CI fails only on new ones.

A finding's fingerprint is its rule id, article id, span text and occurrence index (the n-th
finding of that rule on that same text in the article) — not offsets, so editing elsewhere in
the article keeps old findings recognised.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import SimpleNamespace

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
    for e in data["findings"]:
        if isinstance(e, dict) and isinstance(e.get("fingerprint"), str):
            out.add(e["fingerprint"])
        elif isinstance(e, dict) and {"article", "rule", "text", "occurrence"} <= set(e):
            out.add(fingerprint(e["article"], e["rule"], e["text"], int(e["occurrence"])))
        else:
            raise BaselineError(_("{path}: malformed entry {entry}").format(path=path, entry=repr(e)))
    return out


def digest(path: str | Path | None) -> str | None:
    if not path:
        return None
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:16]


def apply(report: dict, known: set[str], config) -> dict:
    """The report without findings in the baseline, re-scored; "baselined" counts the dropped ones."""
    from .score.mqm import score

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
        objs = [SimpleNamespace(severity=f["severity"], category=f["category"]) for f in keep]
        out["score"] = score(objs, report["article"]["words"], config.weights, config.thresholds)
    return out
