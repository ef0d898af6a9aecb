"""Documentation generated from the registries: README's rules list and data tables list.

    python -m mtaudit.docs --update README.md   # rewrite the block between the markers
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

START, END = "<!-- rules:start -->", "<!-- rules:end -->"
TABLES_START, TABLES_END = "<!-- tables:start -->", "<!-- tables:end -->"


def _one_line(s: str) -> str:
    return " ".join(s.split()).replace("|", "\\|")


def rules_markdown() -> str:
    from .detect.registry import all_rules

    from .score.precision import default_severity, table

    rules = list(all_rules().values())
    measured = table()
    lines = [f"{len(rules)} rules. Run `mtaudit rules` for the full docs and examples. Precision: the share of "
             "the rule's findings on WMT20 QE en-fr MT that overlap a human MQM error span (findings measured); "
             "false alarms: findings per 10,000 words of professional human French (wmt22 references); "
             "both from `mtaudit/data/rule_precision.tsv` (`python bench/rule_precision.py`).", "",
             "| id | slug | category | MQM | default severity | precision | false alarms | what it finds |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rules:
        row = measured.get(r.id) or {}
        prec = f"{float(row['precision']):.2f} ({row['findings']})" if row.get("precision") else "–"
        fa = row.get("false_alarms_per_10k") or "–"
        sev = r.severity
        cap = default_severity(r.id)
        if cap and cap != sev:
            sev = f"{cap} (demoted from {r.severity})"
        lines.append(f"| {r.id} | `{r.slug}` | {r.category} | {r.mqm} | {sev} | {prec} | {fa} | {_one_line(r.what)} |")
    return "\n".join(lines) + "\n"


def tables_markdown() -> str:
    from .detect.tables import markdown_table

    return markdown_table()


def update(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    new = text
    for start, end, body in ((START, END, rules_markdown()), (TABLES_START, TABLES_END, tables_markdown())):
        block = f"{start}\n{body}{end}"
        new, n = re.subn(re.escape(start) + r".*?" + re.escape(end), lambda m: block, new, flags=re.S)
        if n != 1:
            raise SystemExit(f"{path}: markers {start} … {end} not found")
    if new != text:
        path.write_text(new, encoding="utf-8")
        return True
    return False


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m mtaudit.docs")
    ap.add_argument("--update", metavar="README", help="rewrite the rules block in this file")
    args = ap.parse_args(argv)
    if args.update:
        changed = update(Path(args.update))
        print(f"{args.update}: {'updated' if changed else 'already up to date'}")
    else:
        sys.stdout.write(rules_markdown())
    return 0


if __name__ == "__main__":
    sys.exit(main())
