"""Measure each rule's precision and its false alarms on human French; write mtaudit/data/rule_precision.tsv.

Usage: python bench/rule_precision.py [--jobs 2] [--out mtaudit/data/rule_precision.tsv] [--no-write]

Precision: on WMT20 QE Task 3 en->fr train (../shared/data/wmt20-qe-enfr, MT product listings), the
share of a rule's findings that overlap (one shared character) a span annotated as an error by the
human MQM annotators, of any category (the categories map loosely onto ours; see bench/wmt20_qe.py).
False alarms: the rule's findings per 10,000 words of the wmt22 de->fr human references
(../shared/data/wmt22-defr, ref_fr): professional translations, so nearly every finding there is
a false alarm. Worth: the rule's confirmed findings per 10,000 words of MT on WMT20.
The rules that need a round trip or the English source (stages "roundtrip" and "bilingual", MTA8xx) are
measured on a source-mode audit of the same WMT20 documents (Apertium round trip, the English source), and
their false alarms on a round-trip audit of the references; a "bilingual" rule has no false-alarm figure
(the references' source is German, so those rules cannot run there).
Chance: the share of the rule's findings that would overlap an annotated span if each were put at a
random place in its document with its own length (WMT20's listings are dense with errors, so a long
span overlaps one by chance alone). A rule of those two stages marks the whole sentence it judges, not
the error in it, so overlap tests the sentence more than the rule: its `confidence` is its precision
beyond chance, (precision - chance) / (1 - chance), at least 0 (the share of its findings that are
detections, if the others overlap only by chance). Every other rule's confidence is its precision.
A rule whose false alarms on human text exceed its worth is listed with a recommended action; `default_severity`
(a column kept from the existing table, edited by hand after reading this list) demotes a rule by default.
"""
from __future__ import annotations

import argparse
import datetime
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _cache as C  # noqa: E402
from wmt20_qe import overlaps  # noqa: E402  (a finding against an annotated span's pieces)

OUT = C.ROOT / "mtaudit" / "data" / "rule_precision.tsv"
COLUMNS = ("rule", "slug", "findings", "confirmed", "precision", "chance", "confidence", "human_findings",
           "false_alarms_per_10k", "worth_per_10k", "default_severity", "date", "commit")


# the stages whose findings mark the sentence they judge (its confidence is its precision beyond chance)
SENTENCE_STAGES = ("roundtrip", "bilingual")


def coverage(doc):
    """Prefix sums of the document's characters inside an annotated span (cum[i]: such characters before i)."""
    import numpy as np

    n = len(doc["text"])
    inside = np.zeros(n, dtype=np.int64)
    for s in doc["spans"]:
        for a, b in s["pieces"]:
            inside[max(0, a):max(0, min(b, n))] = 1
    return np.concatenate([[0], np.cumsum(inside)])


def chance(cum, length: int) -> float:
    """The share of places a span of `length` characters can take in the document (cum: coverage())
    where it shares a character with an annotated span."""
    n = len(cum) - 1
    length = max(1, length)
    if n <= length:
        return float(cum[-1] > 0)
    return float(((cum[length:] - cum[:-length]) > 0).mean())


def beyond_chance(precision: float, by_chance: float) -> float:
    """Precision corrected for chance: (p - c) / (1 - c), at least 0 (0 when chance is certain)."""
    if by_chance >= 1.0:
        return 0.0
    return max(0.0, (precision - by_chance) / (1.0 - by_chance))


def existing_demotions(path: Path) -> dict:
    from mtaudit.detect.resources import load_table

    if not path.exists():
        return {}
    return {r["rule"]: r.get("default_severity", "") for r in load_table(path) if r.get("default_severity")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args()

    from mtaudit.detect.registry import all_rules

    docs = C.wmt20_docs()
    reps = C.audit_all([{"text": d["text"]} for d in docs], "plain", args.jobs)
    refs = C.wmt22_docs(("ref_fr",))
    ref_reps = C.audit_all(refs, "plain", args.jobs)
    # the round-trip and source rules: the bench's round-trip and source modes run only those (bench/_cache.py)
    later = C.audit_all([{"text": d["text"], "source": d["source"]} for d in docs], "source", args.jobs)
    ref_later = C.audit_all(refs, "roundtrip", args.jobs)

    n, hit, by_chance, sev = Counter(), Counter(), Counter(), {}
    mt_words = sum(r["article"]["words"] for r in reps)
    for d, rep, more in zip(docs, reps, later):
        cum, seen = coverage(d), {}
        for f in rep["findings"] + more["findings"]:
            n[f["rule"]] += 1
            hit[f["rule"]] += any(overlaps(f["start"], f["end"], s["pieces"]) for s in d["spans"])
            length = f["end"] - f["start"]
            if length not in seen:
                seen[length] = chance(cum, length)
            by_chance[f["rule"]] += seen[length]
    human, human_major = Counter(), Counter()
    ref_words = sum(r["article"]["words"] for r in ref_reps)
    for rep, more in zip(ref_reps, ref_later):
        for f in rep["findings"] + more["findings"]:
            human[f["rule"]] += 1
            human_major[f["rule"]] += f["severity"] in ("major", "critical")
    for rep in reps + ref_reps + later + ref_later:
        for f in rep["findings"]:
            sev.setdefault(f["rule"], Counter())[f["severity"]] += 1

    today, head = datetime.date.today().isoformat(), C.git_head()
    # the demotions are hand edits of the shipped table, whatever --out names (a run written to a scratch
    # file and copied over had dropped MTA801's "minor", 2026-12-03)
    demoted = existing_demotions(OUT)
    rules = all_rules()
    rows = []
    for rid in rules:
        if not n[rid] and not human[rid]:
            continue
        prec = hit[rid] / n[rid] if n[rid] else None
        luck = by_chance[rid] / n[rid] if n[rid] else None
        conf = prec
        if prec is not None and rules[rid].stage in SENTENCE_STAGES:
            conf = beyond_chance(prec, luck)
        unmeasured = rules[rid].stage == "bilingual"  # no English source for the references
        fa = None if unmeasured else 10000 * human[rid] / ref_words
        worth = 10000 * hit[rid] / mt_words
        rows.append({"rule": rid, "slug": rules[rid].slug, "findings": n[rid], "confirmed": hit[rid],
                     "precision": "" if prec is None else f"{prec:.3f}",
                     "chance": "" if luck is None else f"{luck:.3f}",
                     "confidence": "" if conf is None else f"{conf:.3f}",
                     "human_findings": "" if unmeasured else human[rid],
                     "false_alarms_per_10k": "" if fa is None else f"{fa:.2f}", "worth_per_10k": f"{worth:.2f}",
                     "default_severity": demoted.get(rid, ""), "date": today, "commit": head})

    print(f"Per-rule precision, {today}, mtaudit @ {head}: WMT20 QE en-fr train ({len(docs)} docs, "
          f"{mt_words:,} MT words) and wmt22 de-fr human references ({len(refs)} docs, {ref_words:,} words)")
    print()
    print("| rule | slug | findings on MT | precision | by chance | confidence | findings on human text "
          "| of them major+ | false alarms /10k human words | confirmed /10k MT words |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['rule']} | {r['slug']} | {r['findings']} | {r['precision'] or '–'} | {r['chance'] or '–'} "
              f"| {r['confidence'] or '–'} | {r['human_findings']} "
              f"| {human_major[r['rule']]} | {r['false_alarms_per_10k'] or '–'} | {r['worth_per_10k']} |")
    print()
    print("Rules whose false alarms on human text exceed their worth (confirmed findings on MT):")
    print()
    for r in rows:
        if not r["false_alarms_per_10k"]:
            continue
        fa, worth = float(r["false_alarms_per_10k"]), float(r["worth_per_10k"])
        if fa > worth and r["human_findings"] >= 3:
            majors = human_major[r["rule"]]
            action = ("demote to minor by default (major+ on human text)" if majors else
                      "narrow (minor, but adds up on human text)")
            print(f"- {r['rule']} {r['slug']}: {fa:.2f} false alarms vs {worth:.2f} confirmed per 10k words, "
                  f"precision {r['precision'] or '–'}, {majors} major+ on human text -> {action}")
    if not args.no_write:
        header = [
            "# Per-rule precision, measured by bench/rule_precision.py (do not edit by hand, except default_severity).",
            f"# Measured {today} at commit {head}: precision = share of the rule's findings on WMT20 QE Task 3",
            "# en-fr train (MT product listings) that overlap a human MQM error span; false_alarms_per_10k =",
            "# findings per 10,000 words of the wmt22 de-fr human references (professional translations);",
            "# worth_per_10k = confirmed findings per 10,000 MT words. The round-trip and source rules (MTA8xx) on a",
            "# source-mode audit of the same documents; a source rule has no false-alarm figure (the references'",
            "# source is German). chance = the share expected to overlap a span if each finding were put at a",
            "# random place in its document with its length; confidence = precision, or for the rules that mark",
            "# a whole sentence (MTA8xx) the precision beyond chance, max(0, (precision - chance) / (1 - chance)).",
            "# A finding's confidence is its rule's confidence when the rule has >= 20 findings",
            "# (mtaudit/score/precision.py). default_severity, when set, caps the rule's severity by default (a",
            "# user's severity override still wins).",
            "\t".join(COLUMNS),
        ]
        body = ["\t".join(str(r[c]) for c in COLUMNS) for r in rows]
        args.out.write_text("\n".join(header + body) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
