"""What a batch run's driver holds in memory per article: the full report (as the runner kept
before 2026-12-01) against the summary it keeps now (runner.kept), and, when SARIF, JUnit or GitHub
output is asked for, the CI item with the article's text (before) against the compact one
(CiItem.compact), measured with tracemalloc on JSON reports (default: the golden reports of the
seeds, tests/golden, whose texts are in seeds/; or a folder of a run, texts read from their paths).

Usage: python bench/runner_memory.py [--reports FOLDER] [--copies 2000]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def held(make) -> int:
    """Bytes still allocated after building make()'s result (kept alive while measuring)."""
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    obj = make()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del obj
    return after - before


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", default=str(ROOT / "tests" / "golden"), help="a folder of mtaudit JSON reports")
    ap.add_argument("--copies", type=int, default=2000, help="reports held at once (cycling through the folder)")
    args = ap.parse_args()
    from mtaudit.report.ci import make_item
    from mtaudit.runner import kept

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.reports).glob("*.json"))]
    texts = [t for t in texts if json.loads(t).get("schema") == "mtaudit.report/1"]
    if not texts:
        sys.exit(f"no mtaudit reports in {args.reports}")
    n = args.copies
    full = held(lambda: [json.loads(texts[i % len(texts)]) for i in range(n)])
    slim = held(lambda: [kept(json.loads(texts[i % len(texts)])) for i in range(n)])
    articles = [_text(json.loads(t)) for t in texts]
    ci_full = held(lambda: [make_item(json.loads(texts[i % len(texts)]), (articles[i % len(texts)] + ".")[:-1])  # its own copy, as read
                            for i in range(n)])
    ci_compact = held(lambda: [make_item(json.loads(texts[i % len(texts)]), (articles[i % len(texts)] + ".")[:-1]).compact()
                               for i in range(n)])
    print(f"{time.strftime('%Y-%m-%d %H:%M')}: {n} reports cycling through {len(texts)} from {args.reports}")
    print("| held per article | bytes | for 1,000,000 articles |")
    print("|---|---:|---:|")
    for name, b in (("full report (before)", full), ("runner.kept summary (now)", slim),
                    ("CI item: full report and text (before)", ci_full), ("CI item, compact (now)", ci_compact)):
        print(f"| {name} | {b / n:,.0f} | {b / n * 1e6 / 2**30:,.1f} GiB |")


def _text(report: dict) -> str:
    """The article's text: the seed of that id, else the file at its path, else empty."""
    seed = ROOT / "seeds" / f"{report['article']['id']}.txt"
    path = Path(report["article"].get("path") or "")
    for p in (seed, path):
        if p.is_file():
            return p.read_text(encoding="utf-8")
    return ""


if __name__ == "__main__":
    main()
