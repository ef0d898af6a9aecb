"""Compare mtaudit findings with human MQM error spans from WMT20 QE Task 3 (English -> French).

Usage: python bench/wmt20_qe.py [--limit N] [--jobs N] [--data-dir DIR]
Run on demand (not part of the test suite; the data is not shipped). Prints Markdown for README.

Each document's text is its segments' MT joined with "\\n" (by segment_id); human spans are mapped to
document offsets. A human span and one of our findings match when they share at least one character.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import math
import subprocess
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wmt20-qe-enfr"

# our category group -> (our categories, human categories, compared case-insensitively)
GROUPS = {
    "untranslated": ({"untranslated"}, {"untranslated", "shouldn't have been translated"}),
    "grammar": ({"grammar"}, {"agreement"}),
    "calque": ({"calque"}, {"overly literal", "false friend", "unidiomatic"}),
    "punctuation+typography": ({"punctuation", "typography"},
                               {"capitalization", "punctuation", "whitespace", "hyphenation"}),
    "spelling": ({"spelling"}, {"orthography", "spelling", "diacritics"}),
    "repetition": ({"repetition"}, {"duplication"}),
    "name": ({"name"}, {"named entity"}),
    "consistency": ({"consistency"}, {"inconsistency"}),
}

csv.field_size_limit(sys.maxsize)


def read_tsv(path: Path):
    with open(path, encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def load(data_dir: Path, limit: int | None):
    docs = {}
    for row in read_tsv(data_dir / "train_documents.tsv"):
        docs[row["doc_id"]] = {"id": row["doc_id"], "mqm": float(row["document_mqm"]), "segments": {}, "sources": {},
                               "spans": []}
    for row in read_tsv(data_dir / "train_segments.tsv"):
        if row["doc_id"] in docs:
            docs[row["doc_id"]]["segments"][int(row["segment_id"])] = row["mt"]
            docs[row["doc_id"]]["sources"][int(row["segment_id"])] = row["source"]
    for d in docs.values():
        offsets, parts, pos = {}, [], 0
        for sid in sorted(d["segments"]):
            offsets[sid] = pos
            parts.append(d["segments"][sid])
            pos += len(d["segments"][sid]) + 1
        d["text"] = "\n".join(parts)
        d["source"] = "\n".join(d["sources"][sid] for sid in sorted(d["sources"]))
        d["offsets"] = offsets
    bad = 0
    for row in read_tsv(data_dir / "train_errors.tsv"):
        d = docs.get(row["doc_id"])
        if d is None:
            continue
        sids, starts, lengths = row["segment_ids"].split(), row["starts"].split(), row["lengths"].split()
        if len(sids) == 1:
            sids = sids * len(starts)
        pieces = []
        for sid, s, n in zip(sids, starts, lengths):
            sid, s, n = int(sid), int(s), int(n)
            if sid not in d["offsets"] or s + n > len(d["segments"][sid]):
                bad += 1
                continue
            base = d["offsets"][sid]
            pieces.append((base + s, base + s + max(n, 1)))
        if pieces:
            d["spans"].append({"category": row["category"].strip().lower(), "severity": row["severity"],
                               "pieces": pieces})
            d["human_penalty"] = d.get("human_penalty", 0.0) + float(row["severity_weight"] or 0)
    out = [docs[k] for k in docs]  # file order
    return (out[:limit] if limit else out), bad


_auditor = None


def _init():
    global _auditor
    from mtaudit.pipeline import Auditor
    _auditor = Auditor()


def audit_one(item):
    doc_id, text = item
    from mtaudit.read import Article
    if _auditor is None:
        _init()
    report = _auditor.audit(Article.from_text(text, id=doc_id))
    s = report["score"]
    return ([(f["start"], f["end"], f["category"]) for f in report["findings"]],
            s["quality"], s["penalty_per_1000_words"], report["article"]["words"])


def overlaps(a0, a1, pieces):
    return any(a0 < b1 and b0 < a1 for b0, b1 in pieces)


def ranks(xs):
    order = sorted(range(len(xs)), key=lambda i: xs[i])
    r = [0.0] * len(xs)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and xs[order[j + 1]] == xs[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r


def spearman(x, y):
    try:
        from scipy.stats import spearmanr
        return float(spearmanr(x, y).correlation)
    except ImportError:
        rx, ry = ranks(x), ranks(y)
        n = len(x)
        mx, my = sum(rx) / n, sum(ry) / n
        cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
        vx = sum((a - mx) ** 2 for a in rx)
        vy = sum((b - my) ** 2 for b in ry)
        return cov / math.sqrt(vx * vy) if vx and vy else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N documents (default: all)")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()

    docs, bad = load(args.data_dir, args.limit)
    t0 = time.perf_counter()
    items = [(d["id"], d["text"]) for d in docs]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs, initializer=_init) as pool:
            results = list(pool.map(audit_one, items, chunksize=4))
    else:
        _init()
        results = [audit_one(it) for it in items]
    total = time.perf_counter() - t0

    human_n, human_hit = defaultdict(int), defaultdict(int)
    ours_n, ours_hit, ours_any = defaultdict(int), defaultdict(int), defaultdict(int)
    quality, per1000, mqm = [], [], []
    words = 0
    for d, (findings, q, p, w) in zip(docs, results):
        quality.append(q)
        per1000.append(p)
        mqm.append(d["mqm"])
        words += w
        for g, (ours, theirs) in GROUPS.items():
            mine = [(a, b) for a, b, c in findings if c in ours]
            human = [s["pieces"] for s in d["spans"] if s["category"] in theirs]
            human_n[g] += len(human)
            human_hit[g] += sum(1 for pcs in human if any(overlaps(a, b, pcs) for a, b in mine))
            ours_n[g] += len(mine)
            ours_hit[g] += sum(1 for a, b in mine if any(overlaps(a, b, pcs) for pcs in human))
            ours_any[g] += sum(1 for a, b in mine if any(overlaps(a, b, s["pieces"]) for s in d["spans"]))
    all_ours = sum(len(r[0]) for r in results)
    any_hit = sum(1 for d, r in zip(docs, results) for a, b, c in r[0]
                  if any(overlaps(a, b, s["pieces"]) for s in d["spans"]))

    def pct(a, b):
        return f"{100 * a / b:.1f}% ({a}/{b})" if b else "–"

    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()
    except OSError:
        head = "?"
    print(f"WMT20 QE Task 3 en→fr (train), {datetime.date.today().isoformat()}, mtaudit @ {head}")
    print(f"{len(docs)} documents, {words:,} words, {sum(len(d['spans']) for d in docs):,} human error spans"
          + (f" ({bad} span pieces out of range, skipped)" if bad else ""))
    print()
    print("| our category | human categories | human spans | our findings | recall | precision "
          "| precision vs any human span |")
    print("|---|---|---|---|---|---|---|")
    for g, (ours, theirs) in GROUPS.items():
        print(f"| {g} | {', '.join(sorted(theirs))} | {human_n[g]} | {ours_n[g]} | {pct(human_hit[g], human_n[g])} "
              f"| {pct(ours_hit[g], ours_n[g])} | {pct(ours_any[g], ours_n[g])} |")
    print(f"| all categories | all | {sum(len(d['spans']) for d in docs)} | {all_ours} | – | – "
          f"| {pct(any_hit, all_ours)} |")
    print()
    rq, rp = spearman(quality, mqm), spearman(per1000, mqm)
    # direction check: the data README says higher document_mqm = worse; test it against the annotations
    human_pw = [d.get("human_penalty", 0.0) / max(1, len(d["text"].split())) for d in docs]
    rh = spearman(mqm, human_pw)
    better = "higher = better" if rh < 0 else "higher = worse"
    print(f"Direction check: ρ(document_mqm, human error weight per word) = {rh:+.3f}, so in this data "
          f"document_mqm is {better}. Agreement with humans shows as ρ "
          f"{'> 0' if rh < 0 else '< 0'} for our quality and {'< 0' if rh < 0 else '> 0'} for our penalty.")
    print()
    print("| Spearman ρ with human document_mqm | value |")
    print("|---|---|")
    print(f"| our quality (0–100, higher = better) | {rq:+.3f} |")
    print(f"| our penalty_per_1000_words (higher = worse) | {rp:+.3f} |")
    print(f"| human error weight per word (reference) | {rh:+.3f} |")
    print()
    print(f"Time: {total:.1f} s total, {len(docs) / total:.2f} docs/s, {words / total:,.0f} words/s "
          f"(jobs={args.jobs}, including model load).")


if __name__ == "__main__":
    main()
