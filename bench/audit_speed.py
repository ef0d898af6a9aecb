"""Time `mtaudit audit seeds/` cold (new process) and warm (in process, repeated); report words/s.

Usage: python bench/audit_speed.py [--runs N] [--warm-runs N] [PATH ...]
Run on demand (not part of the test suite). Prints a Markdown table for README.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "seeds")])
    ap.add_argument("--runs", type=int, default=3, help="cold runs (new process each)")
    ap.add_argument("--warm-runs", type=int, default=10, help="warm in-process passes")
    args = ap.parse_args()

    from mtaudit.pipeline import Auditor
    from mtaudit.read import discover, read_article

    files, errors = discover(args.paths)
    articles = [read_article(f) for f in files]
    words = sum(a.words for a in articles)

    cold = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.runs):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "mtaudit", "audit", *args.paths, "--out", out, "--quiet", "--force", "--no-config"],
                           check=False, env=dict(os.environ))
            cold.append(time.perf_counter() - t)

    t = time.perf_counter()
    auditor = Auditor()
    auditor.audit(articles[0])  # loads models and data
    load = time.perf_counter() - t
    warm = []
    for _ in range(args.warm_runs):
        t = time.perf_counter()
        for a in articles:
            a2 = type(a)(id=a.id, text=a.text, path=a.path)  # fresh article: no cached analysis
            auditor.audit(a2)
        warm.append(time.perf_counter() - t)

    med_cold, med_warm = statistics.median(cold), statistics.median(warm)
    print(f"{len(articles)} articles, {words} words; cold runs {args.runs}, warm passes {args.warm_runs}")
    print("| measure | median | spread | words/s | s per 1,000 words |")
    print("|---|---|---|---|---|")
    print(f"| cold `mtaudit audit` (new process) | {med_cold:.2f} s | {min(cold):.2f}–{max(cold):.2f} s "
          f"| {words / med_cold:,.0f} | {1000 * med_cold / words:.3f} |")
    print(f"| warm, in process (one pass over all) | {med_warm:.3f} s | {min(warm):.3f}–{max(warm):.3f} s "
          f"| {words / med_warm:,.0f} | {1000 * med_warm / words:.3f} |")
    print(f"| first audit in a process (loads models and data) | {load:.2f} s | | | |")


if __name__ == "__main__":
    main()
