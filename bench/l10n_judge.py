r"""Judge the major findings of a blind set of human catalogues, one by one, and count what was judged.

Usage: python bench/l10n_judge.py list WORK [--out RUN.tsv] [--judged TSV ...]
       python bench/l10n_judge.py tally TSV [--summary SUMMARY.json]
       python bench/l10n_judge.py diff OLD.tsv NEW.tsv

`list` reads the reports `bench/l10n_human.py --work WORK` left (WORK/NAME.json beside NAME.po; Apertium's
*.mt.json left out) and writes one row per major-or-worse finding in the judged tables' columns (n, verdict,
why, file, unit, rule, severity, target with the finding's span in ⟦ ⟧, source, message; tabs, line breaks
and backslashes written \t, \n, \\). A row that an earlier table (--judged TSV ...) has (same file,
unit, rule, span and 20 characters of the target each side) takes its verdict and why; the others are left
blank for a person to fill in: "real defect" (the translation is wrong there) or "false alarm", and why in
a few words. Nothing here judges: it only lays the findings out and counts what was judged.

`tally` counts a filled table: majors, real defects, false alarms and rows still blank, by rule, and per
5,000 words when --summary (l10n_human's --json) gives the set's words. `diff` matches two tables of the
same files (before and after a rule change; rows match as above) and lists the majors that went and came,
with their verdicts: a real defect that went is a lost catch, a false alarm that came a new one.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

COLUMNS = ("n", "verdict", "why", "file", "unit", "rule", "severity", "target", "source", "message")
VERDICTS = ("real defect", "false alarm")
MAJOR = ("major", "critical")
CONTEXT = 150  # characters of the target kept on each side of the span
UNIT_CHARS, SOURCE_CHARS = 60, 400


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def marked(target: str, start: int, end: int) -> str:
    """The target around [start, end) with the span in ⟦ ⟧ (code points, as the report gives them)."""
    lo, hi = max(0, start - CONTEXT), min(len(target), end + CONTEXT)
    return target[lo:start] + "⟦" + target[start:end] + "⟧" + target[end:hi]


def key(row: dict) -> tuple:
    """A row's identity: its file, unit and rule, its span and 20 characters each side (tables written with
    other context lengths still match)."""
    before, _, rest = row["target"].partition("⟦")
    span, _, after = rest.partition("⟧")
    return row["file"], row["unit"], row["rule"], before[-20:], span, after[:20]


def read_table(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        sys.exit(f"{path}: not a judged table (its first line must be the columns {', '.join(COLUMNS)})")
    rows = []
    for number, line in enumerate(lines[1:], 2):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            sys.exit(f"{path}:{number}: {len(cells)} cells, {len(COLUMNS)} expected")
        row = dict(zip(COLUMNS, cells))
        if row["verdict"] and row["verdict"] not in VERDICTS:
            sys.exit(f"{path}:{number}: verdict {row['verdict']!r} is neither of {', '.join(VERDICTS)}")
        rows.append(row)
    return rows


def write_table(rows: list[dict], out) -> None:
    out.write("\t".join(COLUMNS) + "\n")
    for n, row in enumerate(rows):
        out.write("\t".join(str(n) if c == "n" else row.get(c, "") for c in COLUMNS) + "\n")


def majors(work: Path) -> list[dict]:
    """One row per major-or-worse finding of the human files' reports in work, in file and unit order."""
    rows = []
    for path in sorted(work.glob("*.json")):
        if path.name.endswith(".mt.json"):
            continue
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"skipped {path.name}: {error}", file=sys.stderr)
            continue
        units = {u.get("id"): u for u in report.get("units") or []}
        for x in report.get("findings", []):
            if x["severity"] not in MAJOR:
                continue
            unit = units.get(x.get("unit"), {})
            target = unit.get("target", report.get("text", ""))
            rows.append({"verdict": "", "why": "", "file": path.stem, "unit": escape(str(x.get("unit", ""))[:UNIT_CHARS]),
                         "rule": x["rule"], "severity": x["severity"],
                         "target": escape(marked(target, x["start"], x["end"])),
                         "source": escape(str(unit.get("source", ""))[:SOURCE_CHARS]),
                         "message": escape(x["message"])})
    return rows


def tally(rows: list[dict], words: int | None) -> str:
    count = Counter(r["verdict"] or "blank" for r in rows)
    by_rule: dict[str, Counter] = {}
    for r in rows:
        by_rule.setdefault(r["rule"], Counter())[r["verdict"] or "blank"] += 1
    per = (lambda n: f" ({5000 * n / words:.2f} per 5,000 words)") if words else (lambda n: "")
    lines = [f"{len(rows)} majors{per(len(rows))}: {count['real defect']} real{per(count['real defect'])}, "
             f"{count['false alarm']} false{per(count['false alarm'])}, {count['blank']} not judged"]
    for rule, c in sorted(by_rule.items(), key=lambda kv: -sum(kv[1].values())):
        lines.append(f"  {rule}: {c['real defect']} real, {c['false alarm']} false" +
                     (f", {c['blank']} not judged" if c["blank"] else ""))
    return "\n".join(lines)


def diff(old: list[dict], new: list[dict]) -> str:
    before, after = Counter(map(key, old)), Counter(map(key, new))
    verdict = {key(r): r["verdict"] or "not judged" for r in old + new if r["verdict"]}
    went, came = before - after, after - before
    lines = [f"{sum(went.values())} went, {sum(came.values())} came"]
    for label, rows in (("went", went), ("came", came)):
        for k, n in sorted(rows.items()):
            lines.append(f"{label}\t{verdict.get(k, 'not judged')}\t{n}\t" + "\t".join(k))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="the majors of a work folder, as a table to judge")
    listing.add_argument("work", type=Path)
    listing.add_argument("--out", type=Path, help="the table (default: stdout)")
    listing.add_argument("--judged", type=Path, action="extend", nargs="+", default=[],
                         help="earlier tables whose verdicts the same rows take")
    counting = sub.add_parser("tally", help="count a judged table")
    counting.add_argument("table", type=Path)
    counting.add_argument("--summary", type=Path, help="l10n_human.py's --json of the set, for its words")
    comparing = sub.add_parser("diff", help="majors that went and came between two tables of the same files")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    args = ap.parse_args()
    if args.command == "list":
        if not args.work.is_dir():
            sys.exit(f"no folder {args.work}")
        rows = majors(args.work)
        known = {key(r): r for t in args.judged for r in read_table(t) if r["verdict"]}
        for r in rows:
            if key(r) in known:
                r["verdict"], r["why"] = known[key(r)]["verdict"], known[key(r)]["why"]
        print(f"{len(rows)} majors, {sum(1 for r in rows if r['verdict'])} judged before", file=sys.stderr)
        if args.out:
            with args.out.open("w", encoding="utf-8") as out:
                write_table(rows, out)
        else:
            write_table(rows, sys.stdout)
    elif args.command == "tally":
        words = None
        if args.summary:
            words = json.loads(args.summary.read_text(encoding="utf-8"))["halves"]["all"]["words"]
        print(tally(read_table(args.table), words))
    else:
        print(diff(read_table(args.old), read_table(args.new)))


if __name__ == "__main__":
    main()
