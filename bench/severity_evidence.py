"""Check each rule's default severity against how professional annotators grade the same kind of error.

Usage: python bench/severity_evidence.py [--jobs 2] [--findings] [--out bench/results/severity_evidence.tsv]

Evidence: the WMT20 QE Task 3 en->fr MQM annotations (../shared/data/wmt20-qe-enfr/train_errors.tsv,
columns category and severity): per annotated category, how many errors the annotators graded minor
and how many major or critical. Each rule is mapped below (MAPPING) to the annotated categories its
findings are instances of, by what the rule detects (its MQM path is shown beside it); a rule with no
matching annotated category (markup, page chrome, URLs) has no evidence and keeps its default.

Decision, the same for every rule:
- the annotators' verdict is "major" when the 95 % Wilson interval of the major-or-worse share lies
  above 1/2, "minor" when it lies below, "unclear" otherwise;
- a major rule whose category the annotators clearly grade minor is demoted to minor (a minor
  still reports the finding; nothing is hidden);
- a minor rule whose category the annotators clearly grade major is promoted only when the rule is
  also clearly right more often than wrong: its precision on WMT20 MT (mtaudit/data/rule_precision.tsv,
  >= 20 findings) has a 95 % Wilson interval above 1/2. A major blocks an article (the newsroom hook,
  the CI gate), so it must not be wrong more often than right; a rule below that keeps reporting
  as minor, its confidence showing the doubt.

--findings adds, per rule, the annotators' grades of the mapped-category spans its own WMT20 findings
overlap (audits from the bench cache; re-audits ~3,300 documents when the detectors changed).
Writes a TSV with a commented header (date, commit) and prints a Markdown table.
"""
from __future__ import annotations

import argparse
import datetime
import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _cache as C  # noqa: E402
from wmt20_qe import overlaps  # noqa: E402

OUT = C.ROOT / "bench" / "results" / "severity_evidence.tsv"
OMISSION = ("Omitted Auxiliary Verb", "Omitted Conjunction", "Omitted Determiner", "Omitted Preposition",
            "Omitted Pronoun", "Other POS Omitted")
SPELLING = ("Spelling", "Orthography", "Diacritics")  # MQM Fluency/Spelling covers all three
LITERAL = ("Unidiomatic", "Overly Literal")

# rule -> annotated categories its findings are instances of (empty: none annotated in WMT20)
MAPPING = {
    "MTA101": (), "MTA102": (), "MTA103": (), "MTA104": (),  # markup and tags: not annotated
    "MTA105": ("Character Encoding",),
    "MTA106": ("Character Encoding", "Whitespace"),
    "MTA201": ("Named Entity",), "MTA202": ("Named Entity",), "MTA203": ("Named Entity",),
    "MTA204": (),  # an office held at another date: listings have no dated facts
    "MTA250": ("Inconsistency",), "MTA251": ("Inconsistency",), "MTA252": ("Inconsistency",),
    "MTA301": ("Overly Literal", "Lexical Selection"),
    "MTA310": LITERAL, "MTA311": ("False Friend",), "MTA312": LITERAL, "MTA320": ("Overly Literal",),
    "MTA401": ("Untranslated",), "MTA402": ("Untranslated",),
    "MTA501": ("Agreement",), "MTA502": ("Agreement",), "MTA503": ("Agreement",),
    "MTA504": ("Wrong Auxiliary Verb",),
    "MTA510": SPELLING, "MTA511": SPELLING,
    "MTA600": ("Addition",), "MTA601": (), "MTA602": (),  # page chrome: not annotated
    "MTA650": ("Punctuation",), "MTA651": ("Punctuation",), "MTA652": ("Whitespace",),
    "MTA653": ("Whitespace",), "MTA654": ("Punctuation",), "MTA655": ("Whitespace",),
    "MTA656": ("Punctuation",), "MTA657": ("Whitespace",), "MTA658": ("Whitespace",),
    "MTA659": ("Punctuation",), "MTA660": ("Whitespace",),
    "MTA700": ("Duplication",), "MTA701": ("Duplication",), "MTA702": ("Unidiomatic",),
    "MTA703": ("Number",),
    "MTA704": ("Duplication",),  # a sentence repeated in the text (its MQM path says Accuracy/Addition)
    "MTA801": ("Lexical Selection",),
    "MTA810": OMISSION, "MTA811": ("Number",) + OMISSION, "MTA812": ("Named Entity",),
    "MTA820": ("Addition",), "MTA821": ("Lexical Selection",),
    "MTA901": ("Number", "Unit Conversion"), "MTA902": (), "MTA903": (), "MTA904": (),
    "MTA905": OMISSION, "MTA906": ("Untranslated",), "MTA907": ("Whitespace",), "MTA908": ("Punctuation",),
    "MTA909": ("Capitalization",), "MTA910": ("Punctuation",), "MTA911": OMISSION,
    "MTA912": ("Inconsistency",), "MTA913": ("Inconsistency",),
    "MTA914": ("Company Terminology",), "MTA915": ("Company Terminology",), "MTA916": ("Company Terminology",),
}
# defaults changed from this evidence: rule -> (severity before, date)
CHANGED = {"MTA105": ("major", "2026-12-01")}
COLUMNS = ("rule", "slug", "mqm", "categories", "annotated_minor", "annotated_major", "major_share",
           "ci_low", "ci_high", "annotators", "precision", "precision_low", "default", "evidence_says",
           "before", "confirmed_minor", "confirmed_major")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    c = p + z * z / (2 * n)
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - h) / d, (c + h) / d


def annotated_counts() -> Counter:
    out = Counter()
    for r in C.read_tsv(C.WMT20 / "train_errors.tsv"):
        cat = r["category"].strip().lower()
        out[(cat, "minor" if r["severity"] == "minor" else "major")] += 1
    return out


def confirmed_by_rule(jobs: int) -> dict:
    """Per rule, the annotators' grades of the mapped-category spans its WMT20 findings overlap."""
    docs = C.wmt20_docs()
    reps = C.audit_all([{"text": d["text"]} for d in docs], "plain", jobs)
    out: dict = {}
    for d, rep in zip(docs, reps):
        for f in rep["findings"]:
            cats = {c.lower() for c in MAPPING.get(f["rule"], ())}
            hits = [s for s in d["spans"] if s["category"] in cats
                    and overlaps(f["start"], f["end"], s["pieces"])]
            if hits:
                worst = "major" if any(s["severity"] != "minor" for s in hits) else "minor"
                out.setdefault(f["rule"], Counter())[worst] += 1
                if f["rule"] in ("MTA501", "MTA502"):  # does the kind of agreement change the grade?
                    out.setdefault(f"{f['rule']}:{agreement_kind(f['message'])}", Counter())[worst] += 1
    return out


def agreement_kind(message: str) -> str:
    """Gender or number, from the finding's message (Grammalecte's French, or MTA502's English)."""
    m = message.lower()
    if "genre" in m or "féminin" in m or "masculin" in m or "gender" in m:
        return "gender"
    if "nombre" in m or "pluriel" in m or "singulier" in m or "plural" in m or "singular" in m:
        return "number"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--findings", action="store_true", help="add the grades of the rules' own confirmed findings")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    from mtaudit.detect.registry import all_rules
    from mtaudit.detect.resources import load_table

    rules = all_rules()
    missing = sorted(set(rules) - set(MAPPING))
    if missing:
        sys.exit(f"no mapping for {', '.join(missing)}: add them to MAPPING")
    counts = annotated_counts()
    precision = {r["rule"]: r for r in load_table(C.ROOT / "mtaudit" / "data" / "rule_precision.tsv")}
    confirmed = confirmed_by_rule(args.jobs) if args.findings else {}
    rows = []
    for rid, rule in rules.items():
        cats = MAPPING[rid]
        minor = sum(counts[(c.lower(), "minor")] for c in cats)
        major = sum(counts[(c.lower(), "major")] for c in cats)
        lo, hi = wilson(major, minor + major)
        says = "major" if cats and lo > 0.5 else "minor" if cats and hi < 0.5 else "unclear"
        pr = precision.get(rid)
        n, prec = (int(pr["findings"]), pr["precision"]) if pr else (0, "")
        p_low = wilson(round(float(prec) * n), n)[0] if prec and n >= 20 else None
        default = rule.severity
        if says == "minor":
            evidence = "minor"
        elif says == "major" and default == "minor":
            evidence = ("major" if p_low > 0.5 else "minor (precision not clearly > 1/2)") if p_low is not None \
                else "minor (precision not measured)"
        else:
            evidence = default if says == "major" or not cats else "keep (unclear)"
        if default == "critical" and says == "major":
            evidence = "critical"
        conf = confirmed.get(rid, Counter())
        rows.append({
            "rule": rid, "slug": rule.slug, "mqm": rule.mqm, "categories": ", ".join(cats) or "–",
            "annotated_minor": minor, "annotated_major": major,
            "major_share": f"{major / (minor + major):.3f}" if minor + major else "",
            "ci_low": f"{lo:.3f}" if cats else "", "ci_high": f"{hi:.3f}" if cats else "",
            "annotators": says if cats else "no evidence", "precision": prec,
            "precision_low": f"{p_low:.3f}" if p_low is not None else "", "default": default,
            "evidence_says": evidence, "before": CHANGED.get(rid, ("",))[0],
            "confirmed_minor": conf["minor"] if args.findings else "",
            "confirmed_major": conf["major"] if args.findings else ""})

    today, head = datetime.date.today().isoformat(), C.git_head()
    print(f"Severity evidence, {today}, mtaudit @ {head}: WMT20 QE en-fr train MQM annotations "
          f"({sum(counts.values()):,} errors)\n")
    print("| rule | slug | annotated categories | minor / major+ | major+ share [95 % CI] | annotators "
          "| WMT20 precision [low] | default | evidence says | own confirmed minor / major+ |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        share = f"{r['major_share']} [{r['ci_low']}–{r['ci_high']}]" if r["major_share"] else "–"
        prec = f"{r['precision']} [{r['precision_low'] or '–'}]" if r["precision"] else "–"
        own = f"{r['confirmed_minor']} / {r['confirmed_major']}" if args.findings else "–"
        default = f"{r['default']} (was {r['before']})" if r["before"] else r["default"]
        print(f"| {r['rule']} | {r['slug']} | {r['categories']} | {r['annotated_minor']} / {r['annotated_major']} "
              f"| {share} | {r['annotators']} | {prec} | {default} | {r['evidence_says']} | {own} |")
    if args.findings:
        print("\nAgreement findings by kind (the grades of the Agreement spans they overlap):\n")
        print("| rule:kind | confirmed minor | confirmed major+ | major+ share [95 % CI] |")
        print("|---|---|---|---|")
        for k in sorted(x for x in confirmed if ":" in x):
            mi, ma = confirmed[k]["minor"], confirmed[k]["major"]
            lo, hi = wilson(ma, mi + ma)
            print(f"| {k} | {mi} | {ma} | {ma / max(mi + ma, 1):.3f} [{lo:.3f}–{hi:.3f}] |")
    disagree = [r for r in rows if r["evidence_says"] not in (r["default"], "keep (unclear)")
                and not r["evidence_says"].startswith("minor (")]
    print("\nDefaults the evidence contradicts:", ", ".join(r["rule"] for r in disagree) or "none")
    header = [
        "# Severity evidence per rule, written by bench/severity_evidence.py (do not edit by hand).",
        f"# Measured {today} at commit {head} from ../shared/data/wmt20-qe-enfr/train_errors.tsv (MQM",
        "# annotations of en-fr MT product listings): per rule, the annotated categories its findings are",
        "# instances of, how the annotators graded them (minor vs major or critical), the 95 % Wilson",
        "# interval of the major share, the rule's WMT20 precision (rule_precision.tsv) and its lower bound,",
        "# the rule's default severity, what the evidence says (see the script's docstring), and `before`",
        "# when the default was changed from this evidence.",
        "\t".join(COLUMNS),
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(header + ["\t".join(str(r[c]) for c in COLUMNS) for r in rows]) + "\n",
                        encoding="utf-8")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
