r"""False alarms on human French documentation in HTML: manuals translated from English by people,
audited page by page as articles (`mtaudit audit PAGE.html …`).

Usage: python bench/html_docs.py --set dev|a [--per-package 12] [--seed 1] [--work DIR] [--jobs 2]
                                 [--judged FILE] [--majors FILE]

Downloads the Debian packages of the set with `apt-get download` (nothing is installed; run `apt-get
update` first), unpacks them with `dpkg-deb -x`, takes their French HTML pages (a path with a `fr`
or `fr-FR` folder, or a name in `.fr.html`), draws up to --per-package of them per package with
random.Random(seed), audits them with the rules as they are, and prints per package and over all:
pages, words, major-or-worse findings per 5,000 words, pages passing, median quality, and the majors
by rule. --majors writes every major (page, rule, text, the line around it) for judging; --judged
reads those rows back with a verdict ("real defect" / "false alarm") in the second column and splits
the majors into real defects and false alarms.

Sets, each written down before any of its pages was audited:
- dev: maint-guide-fr and aptitude-doc-fr, every page. Read while designing stop 59's step (code
  elements of HTML are code), so not a measure.
- a (2026-12-06, stop 59, written after that step, before any of it was audited): Debian's French
  manuals and the French help of a few programs. The rules were never designed on them; three of
  them (debian-reference-fr, debian-faq-fr, developers-reference-fr) are the prose the part-of-speech
  model of the quality estimate counts (bench/build_pos_ngrams.py), which moves no finding.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SETS = {
    "dev": ["maint-guide-fr", "aptitude-doc-fr"],
    "a": ["developers-reference-fr", "debian-faq-fr", "debian-reference-fr", "debian-edu-doc-fr",
          "texworks-help-fr", "lilypond-doc-html-fr", "gosa-help-fr", "scilab-doc-fr", "kicad-doc-fr"],
}
FRENCH_PAGE = re.compile(r"(?:/fr(?:[-_]FR)?/.*|\.fr)\.html?$")
MIN_WORDS = 20  # a page with fewer is a redirect or an index of links


def fetch(packages: list[str], into: Path) -> dict[str, list[Path]]:
    """{package: its French HTML pages}, unpacked under into/package."""
    pages = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in packages:
            run = subprocess.run(["apt-get", "download", "-q", name], cwd=tmp, capture_output=True, text=True)
            debs = sorted(Path(tmp).glob(f"{name}_*.deb"))
            if run.returncode or not debs:
                print(f"skipped {name}: {run.stderr.strip()[-200:] or 'download failed'}", file=sys.stderr)
                continue
            root = into / name
            subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(root)], check=True)
            pages[name] = sorted(p for p in root.rglob("*") if p.is_file() and FRENCH_PAGE.search(p.as_posix()))
    return pages


def drawn(pages: dict[str, list[Path]], per_package: int, seed: int) -> dict[str, list[Path]]:
    rng = random.Random(seed)
    return {k: sorted(rng.sample(v, min(per_package, len(v)))) if per_package else v for k, v in pages.items()}


def audit(chosen: dict[str, list[Path]], work: Path, jobs: int) -> dict[str, str]:
    """Copies the pages flat into work/pages (package--path) and audits them; {page name: package}."""
    flat = work / "pages"
    shutil.rmtree(flat, ignore_errors=True)
    flat.mkdir(parents=True)
    owner = {}
    for package, paths in chosen.items():
        root = work / "unpacked" / package
        for p in paths:
            name = f"{package}--" + re.sub(r"[^\w.-]+", "_", p.relative_to(root).as_posix())
            shutil.copy(p, flat / name)
            owner[Path(name).stem] = package
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    files = sorted(str(p) for p in flat.iterdir())
    subprocess.run([sys.executable, "-m", "mtaudit", "audit", *files, "--out", str(out), "--format", "json",
                    "--no-config", "--fail-under", "0", "--quiet", "--jobs", str(jobs)], check=False)
    return owner


def reports(work: Path, owner: dict[str, str]):
    from mtaudit.read.inputs import read_file

    for name, package in sorted(owner.items()):
        path = work / "out" / f"{name}.json"
        if not path.exists():
            print(f"no report for {name}", file=sys.stderr)
            continue
        report = json.loads(path.read_text(encoding="utf-8"))
        if report["article"].get("words", 0) < MIN_WORDS:
            continue
        text = read_file(work / "pages" / f"{name}.html").text
        yield package, name, report, text


def line_of(text: str, start: int, end: int) -> str:
    a, b = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    b = len(text) if b < 0 else b
    a, b = max(a, start - 150), min(b, end + 150)
    return _cell(text[a:start] + "⟦" + text[start:end] + "⟧" + text[end:b])


def _cell(s: str) -> str:
    return s.replace("\t", " ").replace("\n", "\\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), default="a")
    ap.add_argument("--per-package", type=int, default=12, help="pages drawn per package (0: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, help="default /tmp/mtaudit-html-docs-SET")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--majors", type=Path, help="write every major finding here (TSV) for judging")
    ap.add_argument("--judged", type=Path, help="the --majors file with verdicts in its second column")
    ap.add_argument("--no-fetch", action="store_true", help="use the pages unpacked by an earlier run")
    args = ap.parse_args()
    work = args.work or Path(f"/tmp/mtaudit-html-docs-{args.set}")
    unpacked = work / "unpacked"
    if args.no_fetch:
        pages = {p.name: sorted(q for q in p.rglob("*") if q.is_file() and FRENCH_PAGE.search(q.as_posix()))
                 for p in sorted(unpacked.iterdir())}
    else:
        if not shutil.which("apt-get") or not shutil.which("dpkg-deb"):
            sys.exit("needs apt-get and dpkg-deb (Debian)")
        shutil.rmtree(unpacked, ignore_errors=True)
        unpacked.mkdir(parents=True)
        pages = fetch(SETS[args.set], unpacked)
    owner = audit(drawn(pages, args.per_package, args.seed), work, args.jobs)
    verdicts = {}
    if args.judged:
        with open(args.judged, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                verdicts[(row["page"], row["rule"], row["start"])] = row["verdict"]
    per = {}
    rows = []
    for package, name, report, text in reports(work, owner):
        p = per.setdefault(package, {"pages": 0, "words": 0, "majors": 0, "passed": 0, "quality": [],
                                     "rules": Counter(), "real": 0, "false": 0, "unjudged": 0})
        p["pages"] += 1
        p["words"] += report["article"]["words"]
        p["passed"] += report["score"]["verdict"] == "pass"
        p["quality"].append(report["score"]["quality"])
        for f in report["findings"]:
            if f["severity"] not in ("major", "critical"):
                continue
            p["majors"] += 1
            p["rules"][f["rule"]] += 1
            verdict = verdicts.get((name, f["rule"], str(f["start"])))
            p["real" if verdict == "real defect" else "false" if verdict == "false alarm" else "unjudged"] += 1
            rows.append({"n": len(rows), "verdict": verdict or "", "why": "", "page": name, "rule": f["rule"],
                         "start": f["start"], "text": _cell(f["text"]), "line": line_of(text, f["start"], f["end"]),
                         "message": _cell(f["message"])})
    total = {"pages": 0, "words": 0, "majors": 0, "passed": 0, "quality": [], "rules": Counter(), "real": 0,
             "false": 0, "unjudged": 0}
    print("| package | pages | words | major+ | per 5,000 words | real | false | pages passing | median quality |")
    print("|---|---|---|---|---|---|---|---|---|")
    for package, p in [*sorted(per.items()), ("all", total)]:
        if package != "all":
            for k in total:
                total[k] += p[k]
        per5k = lambda n: 5000 * n / max(p["words"], 1)  # noqa: E731
        judged = f"{p['real']} ({per5k(p['real']):.2f})", f"{p['false']} ({per5k(p['false']):.2f})"
        print(f"| {package} | {p['pages']} | {p['words']:,} | {p['majors']} | {per5k(p['majors']):.2f} | "
              f"{judged[0]} | {judged[1]} | {100 * p['passed'] / max(p['pages'], 1):.1f} % | "
              f"{statistics.median(p['quality']) if p['quality'] else 0:.1f} |")
    print("\nmajors by rule:", ", ".join(f"{k} {v}" for k, v in total["rules"].most_common()))
    if total["unjudged"] and verdicts:
        print(f"{total['unjudged']} majors have no verdict in {args.judged}")
    if args.majors:
        with open(args.majors, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["n"], delimiter="\t",
                               quoting=csv.QUOTE_NONE, escapechar="\\")
            w.writeheader()
            w.writerows(rows)


if __name__ == "__main__":
    main()
