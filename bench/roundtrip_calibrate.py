"""Measure the round-trip fidelity distribution of the seeds, per article, to set the thresholds of
mtaudit/data/roundtrip_thresholds.tsv (see mtaudit/roundtrip/CALIBRATION.md).

Usage: python bench/roundtrip_calibrate.py [--engine apertium] [--worst 5] [--json]
Seeds 000 and 003 are clean human French; 001, 002 and 004 carry machine-translation artefacts.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pct(values, q):
    v = sorted(values)
    return v[min(len(v) - 1, int(q * len(v)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--engine", default="apertium")
    ap.add_argument("--worst", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from mtaudit.config import Config
    from mtaudit.read.article import Article
    from mtaudit.roundtrip import run_roundtrip

    with tempfile.TemporaryDirectory() as tmp:
        cfg = Config(roundtrip={"engine": args.engine, "cache_dir": tmp})
        per_seed = {}
        for p in sorted((ROOT / "seeds").glob("*.txt")):
            rt = run_roundtrip(Article.from_text(p.read_text(encoding="utf-8")), cfg)
            if not rt.get("available"):
                sys.exit(f"round trip unavailable: {rt.get('reason')}")
            per_seed[p.name[:3]] = rt
    if args.json:
        print(json.dumps({k: v["sentences"] for k, v in per_seed.items()}, ensure_ascii=False, indent=2))
        return
    print(f"engine {args.engine}\n")
    print("| seed | sentences | corpus chrF++ | BLEU | TER | semantic mean | semantic low decile | "
          "fidelity min | p10 | median | chrF++ min | semantic min |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for seed, rt in per_seed.items():
        s = rt["sentences"]
        fid = [r["fidelity"] for r in s]
        m = rt["metrics"]
        print(f"| {seed} | {len(s)} | {m['chrf']} | {m['bleu']} | {m['ter']} | {m['semantic']} | "
              f"{m['semantic_low_decile']} | {min(fid):.3f} | {pct(fid, 0.1):.3f} | {statistics.median(fid):.3f} | "
              f"{min(r['chrf'] for r in s):.1f} | {min(r['semantic'] for r in s):.3f} |")
    print(f"\nlowest-fidelity sentences (worst {args.worst} overall):")
    rows = sorted(((r["fidelity"], seed, r) for seed, rt in per_seed.items() for r in rt["sentences"]),
                  key=lambda x: x[0])
    for fid, seed, r in rows[:args.worst]:
        print(f"  {seed} fidelity {fid:.3f} chrF++ {r['chrf']:.1f} semantic {r['semantic']:.3f}: {r['text'][:80]!r}"
              f" -> {r['back'][:80]!r}")


if __name__ == "__main__":
    main()
