"""False alarms on human French: audit the wmt22 de->fr human references and the six MT systems.

Usage: python bench/human_refs.py [--jobs 2] [--ref-only] [--domain news] [--examples 3] [--half tune]
                                  [--feature-auc] [--json bench/results/human_refs.json]

Data: ../shared/data/wmt22-defr (271 documents; `ref_fr` is a professional human translation, the
mt_* columns are six MT systems on the same German sources). Each document is its segments joined
by newlines. Prints Markdown: per column the major-or-worse findings per 5,000 words, the share of
documents whose verdict is pass, the median quality; the references by domain; the findings on the
references by rule (every one is a false alarm or a defect of a professional translation) with
examples; and per system the AUC of human over MT on article quality (the probability that a random
human document scores above a random document of that system, ties count half), overall and on news.
--feature-auc adds the same AUC for each input of the quality estimate (score.features), oriented as
the quality models read it (higher = better): which signals, if any, separate human from MT text.
Targets (issue 8): <= 1 major-or-worse per 5,000 human words, >= 90 % of human documents pass, AUC >= 0.8.

Audits are cached per text and detection code (bench/_cache.py); scores are recomputed from the
cached findings with the current score code, so re-running after a score change takes seconds.
"""
from __future__ import annotations

import argparse
import datetime
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _cache as C  # noqa: E402

from mtaudit.config import Config  # noqa: E402
from mtaudit.score import score_report  # noqa: E402

MAJOR = ("major", "critical")


def auc(pos: list[float], neg: list[float]) -> float | None:
    """P(pos > neg) + P(tie)/2 over all pairs (Mann-Whitney)."""
    if not pos or not neg:
        return None
    from bisect import bisect_left, bisect_right

    s = sorted(neg)
    total = sum(bisect_left(s, p) + 0.5 * (bisect_right(s, p) - bisect_left(s, p)) for p in pos)
    return total / (len(pos) * len(neg))


def summarise(items, reports) -> dict:
    words = sum(r["article"]["words"] for r in reports)
    majors = sum(1 for r in reports for f in r["findings"] if f["severity"] in MAJOR)
    q = [r["score"]["quality"] for r in reports]
    return {"documents": len(reports), "words": words,
            "major_per_5000_words": round(5000 * majors / max(words, 1), 2),
            "findings_per_5000_words": round(5000 * sum(len(r["findings"]) for r in reports) / max(words, 1), 2),
            "pass_share": round(sum(1 for r in reports if r["score"]["verdict"] == "pass") / max(len(reports), 1), 4),
            "median_quality": round(statistics.median(q), 1) if q else None,
            "median_mqm_quality": round(statistics.median(r["score"]["mqm_quality"] for r in reports), 1)
            if reports else None}


def feature_auc(refs, by_col, out) -> None:
    """Per feature of score.features: AUC of human over each system, the feature oriented by its sign
    in the quality models (base first; a feature no model has: higher = better as computed)."""
    from mtaudit.score.estimate import load

    models = load()["models"]
    signs = {}
    for model in models.values():
        for name, sign in zip(model["features"], model["signs"]):
            signs.setdefault(name, sign)
    base_model = models["base"]
    base = set(base_model["features"]) | set((base_model.get("trees") or {}).get("features", ()))
    names = sorted({k for _, r in refs for k in r["score"]["features"]})
    print()
    print("AUC of human over MT on each input of the estimate, oriented so that higher reads better "
          "(* = not in the base model; ? = in no model, read as computed):")
    print()
    print("| feature | sign | " + " | ".join(c[3:] for c in C.SYSTEMS) + " |")
    print("|---|---|" + "---|" * len(C.SYSTEMS))
    out["feature_auc"] = {}
    for name in names:
        sign = signs.get(name, 1)

        def values(pairs):
            return [sign * float(r["score"]["features"].get(name, 0.0)) for _, r in pairs]

        row = {c[3:]: round(auc(values(refs), values(by_col[c])), 3) for c in C.SYSTEMS}
        out["feature_auc"][name] = row
        mark = "" if name in base else " *" if name in signs else " ?"
        print(f"| {name}{mark} | {sign:+d} | " + " | ".join(f"{v:.2f}" for v in row.values()) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for uncached audits (default 2)")
    ap.add_argument("--ref-only", action="store_true", help="audit the human references only (no AUC)")
    ap.add_argument("--domain", choices=("news", "social", "ecommerce", "conversation"))
    ap.add_argument("--examples", type=int, default=3, help="examples per rule (default 3)")
    ap.add_argument("--half", choices=("tune", "heldout"),
                    help="take the findings by rule and their examples from this half of the documents only "
                         "(split by a hash of doc_id, bench/_cache.half): tune on one half, report the other")
    ap.add_argument("--feature-auc", action="store_true",
                    help="also print, per system, the AUC of human over MT on each feature of the estimate")
    ap.add_argument("--json", type=Path, default=C.ROOT / "bench" / "results" / "human_refs.json",
                    help="machine-readable summary (default bench/results/human_refs.json; '-' for none)")
    args = ap.parse_args()

    columns = ("ref_fr",) if args.ref_only else ("ref_fr",) + C.SYSTEMS
    items = C.wmt22_docs(columns, args.domain)
    t0 = time.perf_counter()
    reports = C.audit_all(items, "plain", args.jobs)
    config = Config()
    analyses = C.analyses([it["text"] for it in items])  # the tokens the word-level error model reads
    for it, rep, an in zip(items, reports, analyses):
        score_report(rep, it["text"], config, tokens=an[0] if str(an[2]).startswith("spacy") else None)
    elapsed = time.perf_counter() - t0

    by_col = defaultdict(list)
    for it, rep in zip(items, reports):
        by_col[it["column"]].append((it, rep))
    today = datetime.date.today().isoformat()
    head = C.git_head()
    out = {"date": today, "commit": head, "data": "wmt22-defr", "domain": args.domain or "all",
           "targets": {"major_per_5000_words": 1.0, "pass_share": 0.9, "auc": 0.8}, "columns": {}}
    print(f"wmt22 de→fr, {today}, mtaudit @ {head}, domain: {args.domain or 'all'} ({elapsed:.0f} s)")
    print()
    print("| text | documents | words | major+ per 5,000 words | findings per 5,000 words | pass | median quality "
          "| median MQM quality |")
    print("|---|---|---|---|---|---|---|---|")
    for col in columns:
        s = summarise(*zip(*by_col[col]))
        out["columns"][col] = s
        print(f"| {'human (ref_fr)' if col == 'ref_fr' else col[3:]} | {s['documents']} | {s['words']:,} "
              f"| {s['major_per_5000_words']:.2f} | {s['findings_per_5000_words']:.2f} | {s['pass_share']:.1%} "
              f"| {s['median_quality']} | {s['median_mqm_quality']} |")
    refs = by_col["ref_fr"]
    print()
    print("Human references by half (documents split by a hash of doc_id; tune on one, report the other):")
    print()
    print("| half | documents | words | major+ | major+ per 5,000 words | findings per 5,000 words | pass |")
    print("|---|---|---|---|---|---|---|")
    out["ref_by_half"] = {}
    for h in ("tune", "heldout"):
        part = [(i, r) for i, r in refs if i["half"] == h]
        if not part:
            continue
        s = summarise(*zip(*part))
        out["ref_by_half"][h] = s
        n_major = sum(1 for _, r in part for f in r["findings"] if f["severity"] in MAJOR)
        print(f"| {h} | {s['documents']} | {s['words']:,} | {n_major} | {s['major_per_5000_words']:.2f} "
              f"| {s['findings_per_5000_words']:.2f} | {s['pass_share']:.1%} |")
    if not args.domain:
        print()
        print("Human references by domain:")
        print()
        print("| domain | documents | words | major+ per 5,000 words | pass | median quality |")
        print("|---|---|---|---|---|---|")
        out["ref_by_domain"] = {}
        for dom in ("news", "social", "ecommerce", "conversation"):
            part = [(i, r) for i, r in refs if i["domain"] == dom]
            if not part:
                continue
            s = summarise(*zip(*part))
            out["ref_by_domain"][dom] = s
            print(f"| {dom} | {s['documents']} | {s['words']:,} | {s['major_per_5000_words']:.2f} "
                  f"| {s['pass_share']:.1%} | {s['median_quality']} |")

    # findings on the human references, by rule
    rule_n, rule_major, examples = Counter(), Counter(), defaultdict(list)
    shown_refs = [(i, r) for i, r in refs if not args.half or i["half"] == args.half]
    ref_words = sum(r["article"]["words"] for _, r in shown_refs)
    for it, rep in shown_refs:
        for f in rep["findings"]:
            rule_n[f["rule"]] += 1
            rule_major[f["rule"]] += f["severity"] in MAJOR
            if len(examples[f["rule"]]) < args.examples:
                a, b = f["start"], f["end"]
                ctx = it["text"][max(0, a - 40):b + 40].replace("\n", " ")
                examples[f["rule"]].append({"doc": it["id"], "severity": f["severity"], "text": f["text"],
                                            "context": ctx, "message": f["message"][:160]})
    print()
    print(f"Findings on the human references by rule ({args.half or 'both halves'}, {ref_words:,} words):")
    print()
    print("| rule | findings | major+ | per 10,000 words | example |")
    print("|---|---|---|---|---|")
    out["ref_rules"] = {}
    for rule, n in rule_n.most_common():
        ex = examples[rule][0] if examples[rule] else {"severity": "", "text": "", "context": ""}
        out["ref_rules"][rule] = {"findings": n, "major": rule_major[rule],
                                  "per_10000_words": round(10000 * n / max(ref_words, 1), 2),
                                  "examples": examples[rule]}
        shown = ex["context"].replace("|", "\\|")
        print(f"| {rule} | {n} | {rule_major[rule]} | {10000 * n / max(ref_words, 1):.2f} "
              f"| {ex['severity']}: «{ex['text'][:40]}» in “{shown[:110]}” |")

    if not args.ref_only:
        print()
        print("AUC of human over MT on article quality (1.0: every human document above every MT one; 0.5: chance):")
        print()
        print("| system | AUC, all | AUC, news | paired: human higher / tie / lower | AUC of the MQM penalty alone "
              "(mqm_quality) |")
        print("|---|---|---|---|---|")
        out["auc"] = {}
        hq = [r["score"]["quality"] for _, r in refs]
        hq_news = [r["score"]["quality"] for i, r in refs if i["domain"] == "news"]
        hm = [r["score"]["mqm_quality"] for _, r in refs]
        for col in C.SYSTEMS:
            sys_q = [r["score"]["quality"] for _, r in by_col[col]]
            sys_news = [r["score"]["quality"] for i, r in by_col[col] if i["domain"] == "news"]
            pairs = Counter((h > m) - (h < m) for h, m in zip(hq, sys_q))
            a_all, a_news = auc(hq, sys_q), auc(hq_news, sys_news)
            a_mqm = auc(hm, [r["score"]["mqm_quality"] for _, r in by_col[col]])
            out["auc"][col] = {"all": None if a_all is None else round(a_all, 4),
                               "news": None if a_news is None else round(a_news, 4),
                               "paired": {"higher": pairs[1], "tie": pairs[0], "lower": pairs[-1]},
                               "mqm_quality": None if a_mqm is None else round(a_mqm, 4)}
            print(f"| {col[3:]} | {a_all:.3f} | " + (f"{a_news:.3f}" if a_news is not None else "–")
                  + f" | {pairs[1]} / {pairs[0]} / {pairs[-1]} | {a_mqm:.3f} |")
    if args.feature_auc and not args.ref_only:
        feature_auc(refs, by_col, out)
    if str(args.json) != "-":
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
