"""Time the word-level error model at audit time: the score's word_* features from the audit's tokens.

Usage: python bench/word_speed.py [--repeat 3] [--model FILE]

Data: the 271 wmt22 de->fr human references (../shared/data/wmt22-defr), their cached plain audits and
spaCy analyses (bench/_cache.py). Times mtaudit.score.words.word_features (token matrix, one matrix
product, the sums) per document, the spaCy analysis and the detectors excluded (they run anyway), and
prints the added time per 1,000 words (best of --repeat passes).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _cache as C  # noqa: E402

from mtaudit.score import apply_precision, words as W  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", type=Path, default=W.MODEL_FILE)
    args = ap.parse_args()
    items = C.wmt22_docs(("ref_fr",))
    reports = C.audit_all(items, "plain", 1, progress=False)
    for r in reports:
        apply_precision(r["findings"])
    analyses = C.analyses([it["text"] for it in items], progress=False)
    words = sum(r["article"]["words"] for r in reports)
    tokens = sum(len(a[0]) for a in analyses)
    W.word_features(items[0]["text"], analyses[0][0], reports[0]["findings"], args.model)  # load the model
    best = None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for it, rep, an in zip(items, reports, analyses):
            W.word_features(it["text"], an[0], rep["findings"], args.model)
        dt = time.perf_counter() - t0
        best = min(best or dt, dt)
    print(f"word model on {len(items)} documents, {words:,} words, {tokens:,} tokens: {best:.2f} s, "
          f"{1000 * best / words * 1000:.1f} ms per 1,000 words (best of {args.repeat})")


if __name__ == "__main__":
    main()
