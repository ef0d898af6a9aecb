"""The seeds' golden JSON reports: how they are made and what may vary between runs.

Regenerate (after an intended change of rule behaviour, in the same commit):
    PYTHONPATH=$PWD python -m tests.regen_golden
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"
# Keys that legitimately vary between machines and versions; everything else must match exactly.
VARYING = (("tool", "version"), ("article", "path"), ("run", "config"))


def make_reports(out: Path) -> dict[str, dict]:
    """Audit the seeds the way `make demo` does (without round trip and config files), JSON only,
    in English whatever the machine's locale."""
    from mtaudit.cli import main

    rc = main(["audit", str(SEEDS), "--out", str(out), "--format", "json", "--no-config", "--force", "-q", "--lang", "en",
               "--roundtrip", "none"])
    if rc not in (0, 1):
        raise RuntimeError(f"auditing the seeds exited {rc}")
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))}


def normalise(report: dict) -> dict:
    r = copy.deepcopy(report)
    for outer, inner in VARYING:
        if isinstance(r.get(outer), dict):
            r[outer].pop(inner, None)
    return r


def write_golden(reports: dict[str, dict]) -> None:
    GOLDEN.mkdir(exist_ok=True)
    for old in GOLDEN.glob("*.json"):
        old.unlink()
    for name, report in reports.items():
        (GOLDEN / f"{name}.json").write_text(json.dumps(normalise(report), ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")


def read_golden() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*.json"))}
