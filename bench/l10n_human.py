"""False alarms on human software translations: audit the French gettext catalogues of the machine.

Usage: python bench/l10n_human.py [--dir /usr/share/locale/fr/LC_MESSAGES] [--units 120] [--seed 1]
                                  [--jobs 2] [--half tune|heldout] [--mt] [--calibrate] [--examples 2]
                                  [--work DIR] [--json bench/results/l10n_human.json]

Data: the compiled catalogues (.mo) that Debian packages install for French (coreutils, git, dpkg,
PostgreSQL, GTK...): interface strings translated by people (the packages' translation teams), so every
finding is a false alarm or a defect of a human translation. Catalogues with identical content (the
iso-codes package installs some twice) are read once; mtaudit's own catalogue is skipped. Each
catalogue gives one PO file (its header's Project-Id-Version, Last-Translator and Language-Team kept)
of at most --units entries drawn with a seeded RNG (plural entries as msgid_plural and msgstr[n];
contexts kept), audited as a localisation QA team would:
`mtaudit check FILE.po --format json --no-config`. Prints Markdown: files by verdict, median quality, major-or-worse
findings per 1,000 units and per 5,000 target words, and the findings by rule with examples.
Catalogues are split in two halves by a hash of their name (tune on one, report the other).
--mt adds a machine column: Apertium's English -> French (through Catalan) of the same sources, audited
the same way, and the AUC of human over MT on file quality: a check that what lets human files pass
does not let machine output pass with them (needs Debian's apertium-eng-cat and apertium-fra-cat).
--calibrate (with --half tune) writes the units domain's pass line into mtaudit/data/quality_model.json.
Targets (issue 8's, read for files): >= 90 % of human files pass, <= 1 major-or-worse per 5,000 words.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from _cache import git_head  # noqa: E402
from human_refs import auc  # noqa: E402
MAJOR = ("major", "critical")


def half(name: str) -> str:
    return "tune" if int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def po_string(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return f'"{out}"'


def read_catalogue(path: Path) -> tuple[list[dict], str]:
    """Entries of a .mo file (translate-toolkit's reader, which keeps msgid_plural): {ctx, id, plural,
    strs}, the header and untranslated entries left out; and the header's fields a delivered file
    keeps (HEADER_KEPT)."""
    from translate.storage import mo

    entries = []
    store = mo.mofile.parsefile(str(path))
    fields = store.parseheader()
    header = {k: str(fields[k]) for k in HEADER_KEPT if fields.get(k)}
    for u in store.units:
        sources = [str(x) for x in getattr(u.source, "strings", [u.source])]
        targets = [str(x) for x in getattr(u.target, "strings", [u.target])] if u.target is not None else []
        if not sources or not sources[0] or not any(t.strip() for t in targets):
            continue
        plural = sources[1] if len(sources) > 1 else None
        entries.append({"ctx": u.getcontext() or None, "id": sources[0], "plural": plural,
                        "strs": targets if plural is not None else targets[:1]})
    return sorted(entries, key=lambda e: (e["ctx"] or "", e["id"])), header


# the header fields a translator's PO file has and mtaudit reads: the software's name (kept like a
# do-not-translate term) and the translators' own addresses (MTA904 leaves them when a target adds them)
HEADER_KEPT = ("Project-Id-Version", "Last-Translator", "Language-Team")


def write_po(entries: list[dict], path: Path, header: dict | None = None) -> None:
    lines = ['msgid ""', 'msgstr ""'] + [po_string(f"{k}: {v}\n") for k, v in (header or {}).items()] + [
             po_string("Content-Type: text/plain; charset=UTF-8\n"),
             po_string("Language: fr\n"), po_string("Plural-Forms: nplurals=2; plural=(n > 1);\n"), ""]
    for e in entries:
        if e["ctx"]:
            lines.append("msgctxt " + po_string(e["ctx"]))
        lines.append("msgid " + po_string(e["id"]))
        if e["plural"] is None:
            lines.append("msgstr " + po_string(e["strs"][0]))
        else:
            lines.append("msgid_plural " + po_string(e["plural"]))
            lines += [f"msgstr[{i}] " + po_string(s) for i, s in enumerate(e["strs"])]
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def apertium(texts: list[str]) -> list[str] | None:
    """English -> French through Apertium's eng-cat and cat-fra pairs (Debian apertium-eng-cat,
    apertium-fra-cat), one call for all texts, split again on numbered separator lines; None when
    the separators do not come back in order."""
    joined = "".join(f"{t}\n\n[[[U{i}]]]\n\n" for i, t in enumerate(texts))
    a = subprocess.run(["apertium", "-u", "eng-cat"], input=joined, capture_output=True, text=True, check=True)
    b = subprocess.run(["apertium", "-u", "cat-fra"], input=a.stdout, capture_output=True, text=True, check=True)
    parts = re.split(r"\n*\[\[\[U(\d+)\]\]\]\n*", b.stdout)
    if [int(x) for x in parts[1::2]] != list(range(len(texts))):
        return None
    out = parts[0::2][:len(texts)]
    # keep each source's edge whitespace (the unit's layout), which the split took
    return [src[:len(src) - len(src.lstrip())] + t.strip() + src[len(src.rstrip()):] for src, t in zip(texts, out)]


def machine_entries(entries: list[dict]) -> list[dict] | None:
    """The same entries with every msgstr replaced by Apertium's translation of its msgid (plural forms:
    of msgid, then msgid_plural)."""
    texts = []
    for e in entries:
        texts += [e["id"]] if e["plural"] is None else [e["id"]] + [e["plural"]] * (len(e["strs"]) - 1)
    done = apertium(texts)
    if done is None:
        return None
    out, k = [], 0
    for e in entries:
        n = 1 if e["plural"] is None else len(e["strs"])
        out.append(e | {"strs": done[k:k + n]})
        k += n
    return out


def build(src: Path, work: Path, units: int, seed: int, mt: bool = False, only: str | None = None) -> list[dict]:
    work.mkdir(parents=True, exist_ok=True)
    seen, files = set(), []
    for mo in sorted(src.glob("*.mo")):
        if mo.stem == "mtaudit":
            continue
        digest = hashlib.sha1(mo.read_bytes()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        if only and half(mo.stem) != only:
            continue
        try:
            entries, header = read_catalogue(mo)
        except Exception as e:  # a catalogue Python's gettext cannot read is named, not fatal
            print(f"skipped {mo.name}: {e}", file=sys.stderr)
            continue
        if not entries:
            continue
        rng = random.Random(f"{seed}:{mo.stem}")
        picked = sorted(rng.sample(range(len(entries)), min(units, len(entries))))
        po = work / f"{mo.stem}.po"
        chosen = [entries[i] for i in picked]
        write_po(chosen, po, header)
        files.append({"name": mo.stem, "path": po, "half": half(mo.stem), "units": len(picked),
                      "catalogue_units": len(entries), "kind": "human"})
        if mt:
            machine = machine_entries(chosen)
            if machine is None:
                print(f"skipped the MT of {mo.name}: Apertium's output lost a separator", file=sys.stderr)
                continue
            write_po(machine, work / f"{mo.stem}.mt.po", header)
            files.append(files[-1] | {"path": work / f"{mo.stem}.mt.po", "kind": "mt"})
    return files


def audit(files: list[dict], jobs: int) -> list[dict]:
    """One `mtaudit check` per file, --jobs at a time (each a fresh process, as a CI step runs it)."""
    python = sys.executable
    reports, running, queue = {}, [], list(enumerate(files))
    while queue or running:
        while queue and len(running) < jobs:
            i, f = queue.pop(0)
            out = f["path"].with_suffix(".json")
            p = subprocess.Popen([python, "-m", "mtaudit", "check", str(f["path"]), "--format", "json",
                                  "--no-config", "--fail-under", "0"],
                                 stdout=out.open("w"), stderr=subprocess.PIPE, cwd=ROOT)
            running.append((i, f, p, out))
        time.sleep(0.2)
        for item in list(running):
            i, f, p, out = item
            if p.poll() is None:
                continue
            running.remove(item)
            err = p.stderr.read().decode(errors="replace")
            if p.returncode not in (0, 1):
                print(f"{f['name']}: exit {p.returncode}: {err.strip()[-300:]}", file=sys.stderr)
                continue
            reports[i] = json.loads(out.read_text(encoding="utf-8"))
            print(f"  {len(reports)}/{len(files)} {f['name']}", file=sys.stderr, flush=True)
    return [reports.get(i) for i in range(len(files))]


def summarise(pairs) -> dict:
    reports = [r for _, r in pairs]
    units = sum(f["units"] for f, _ in pairs)
    words = sum(r["article"]["words"] for r in reports)
    majors = sum(1 for r in reports for x in r["findings"] if x["severity"] in MAJOR)
    verdicts = Counter(r["score"]["verdict"] for r in reports)
    return {"files": len(reports), "units": units, "words": words, "findings": sum(len(r["findings"]) for r in reports),
            "major": majors, "major_per_1000_units": round(1000 * majors / max(units, 1), 2),
            "major_per_5000_words": round(5000 * majors / max(words, 1), 2),
            "verdicts": dict(sorted(verdicts.items())),
            "pass_share": round(verdicts["pass"] / max(len(reports), 1), 4),
            "pass_share_no_major": round(sum(1 for r in reports if not any(x["severity"] in MAJOR for x in r["findings"]))
                                         / max(len(reports), 1), 4),
            "median_quality": round(statistics.median(r["score"]["quality"] for r in reports), 1) if reports else None}


def unit_text(report: dict, finding: dict) -> str:
    for u in report.get("units") or []:
        if u.get("id") == finding.get("unit"):
            return f"{u.get('source', '')!r} → {u.get('target', '')!r}"
    return ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, default=Path("/usr/share/locale/fr/LC_MESSAGES"))
    ap.add_argument("--units", type=int, default=120, help="entries drawn per catalogue (default 120)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--half", choices=("tune", "heldout"),
                    help="audit this half of the catalogues only (split by a hash of the name: tune on one, report the other)")
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--work", type=Path, default=Path("/tmp/mtaudit-l10n-human"))
    ap.add_argument("--mt", action="store_true",
                    help="also audit Apertium's translation of each catalogue's sources (eng-cat | cat-fra) and "
                         "print the AUC of human over MT on file quality")
    ap.add_argument("--calibrate", action="store_true",
                    help="with --half tune: write the units domain's calibration into mtaudit/data/quality_model.json "
                         "(the raw shift that puts the pass line at the same quantile of these human files' "
                         "predictions as of the human news references)")
    ap.add_argument("--json", default=str(ROOT / "bench" / "results" / "l10n_human.json"),
                    help="machine-readable summary ('-' for none)")
    args = ap.parse_args()
    if not args.dir.is_dir():
        sys.exit(f"no catalogue folder {args.dir}")
    if args.calibrate and args.half != "tune":
        sys.exit("--calibrate reads the tune half only: add --half tune")
    files = build(args.dir, args.work, args.units, args.seed, args.mt, args.half)
    if not files:
        sys.exit(f"no French .mo catalogue in {args.dir}")
    t0 = time.perf_counter()
    reports = audit(files, args.jobs)
    elapsed = time.perf_counter() - t0
    machine = [(f, r) for f, r in zip(files, reports) if r is not None and f["kind"] == "mt"]
    pairs = [(f, r) for f, r in zip(files, reports) if r is not None and f["kind"] == "human"]
    today, head = datetime.date.today().isoformat(), git_head()
    out = {"date": today, "commit": head, "dir": str(args.dir), "units_per_file": args.units, "seed": args.seed,
           "failed_files": [f["path"].name for f, r in zip(files, reports) if r is None]}
    print(f"French gettext catalogues of {args.dir}, {today}, mtaudit @ {head} "
          f"({len(pairs)} files, {elapsed:.0f} s; failed: {len(out['failed_files'])})")
    print()
    print("| files | count | units | words | major+ | major+ per 1,000 units | major+ per 5,000 words "
          "| pass | no major | median quality | verdicts |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    out["halves"] = {}
    for h in ("tune", "heldout", None):
        part = [(f, r) for f, r in pairs if h is None or f["half"] == h]
        if not part:
            continue
        s = summarise(part)
        out["halves"][h or "all"] = s
        print(f"| {h or 'all'} | {s['files']} | {s['units']:,} | {s['words']:,} | {s['major']} "
              f"| {s['major_per_1000_units']:.2f} | {s['major_per_5000_words']:.2f} | {s['pass_share']:.1%} "
              f"| {s['pass_share_no_major']:.1%} | {s['median_quality']} | {s['verdicts']} |")
    if machine:
        print()
        print("Apertium's translation of the same sources (eng-cat | cat-fra), and the AUC of human over MT on "
              "file quality (ties count half):")
        print()
        print("| files | count | major+ per 5,000 words | pass | median quality | AUC human > MT |")
        print("|---|---|---|---|---|---|")
        out["mt"] = {}
        for h in ("tune", "heldout", None):
            hm = [r["score"]["quality"] for f, r in pairs if h is None or f["half"] == h]
            mm = [(f, r) for f, r in machine if h is None or f["half"] == h]
            if not mm:
                continue
            s = summarise(mm)
            s["auc"] = round(auc(hm, [r["score"]["quality"] for _, r in mm]), 4)
            out["mt"][h or "all"] = s
            print(f"| {h or 'all'} | {s['files']} | {s['major_per_5000_words']:.2f} | {s['pass_share']:.1%} "
                  f"| {s['median_quality']} | {s['auc']:.3f} |")
    shown = pairs
    units = sum(f["units"] for f, _ in shown)
    rule_n, rule_major, examples = Counter(), Counter(), defaultdict(list)
    for f, r in shown:
        for x in r["findings"]:
            rule_n[x["rule"]] += 1
            rule_major[x["rule"]] += x["severity"] in MAJOR
            if len(examples[x["rule"]]) < args.examples:
                examples[x["rule"]].append({"file": f["name"], "severity": x["severity"], "text": x["text"],
                                            "unit": unit_text(r, x)[:200], "message": x["message"][:160]})
    print()
    print(f"Findings by rule ({args.half or 'both halves'}, {units:,} units):")
    print()
    print("| rule | findings | major+ | per 1,000 units | example |")
    print("|---|---|---|---|---|")
    out["rules"] = {}
    for rule, n in rule_n.most_common():
        ex = examples[rule][0]
        out["rules"][rule] = {"findings": n, "major": rule_major[rule],
                              "per_1000_units": round(1000 * n / max(units, 1), 2), "examples": examples[rule]}
        print(f"| {rule} | {n} | {rule_major[rule]} | {1000 * n / max(units, 1):.1f} "
              f"| {ex['severity']}: «{ex['text'][:40]}» in {ex['unit'][:120]} |".replace("\n", " "))
    if args.calibrate:
        calibrate(pairs, today, head, args.units)
    out["files"] = {f["path"].name: {"half": f["half"], "units": f["units"], "quality": r["score"]["quality"],
                                     "verdict": r["score"]["verdict"], "findings": len(r["findings"])}
                    for f, r in pairs + machine}
    if args.json != "-":
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def calibrate(pairs, today: str, head: str, units: int) -> None:
    """Shift of the raw prediction for files of translation units: the PASS_QUANTILE quantile of the
    base model's raw predictions on these human files goes to the pass line, as bench/train_quality.py
    puts the same quantile of the human news references there."""
    import math

    import numpy as np

    from train_quality import PASS_LINE, PASS_QUANTILE, model_text

    path = ROOT / "mtaudit" / "data" / "quality_model.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    base = data["models"]["base"]["map"]
    raw = [r["score"]["estimate"]["predicted_mqm"] for _, r in pairs]
    at_pass = float(base["center"]) + float(base["scale"]) * math.log(PASS_LINE / (100 - PASS_LINE))
    shift = round(at_pass - float(np.quantile(raw, PASS_QUANTILE)), 4)
    data.setdefault("domains", {})["units"] = {
        "shift": shift, "model": "base", "quantile": PASS_QUANTILE, "files": len(raw), "date": today,
        "commit": head,
        "calibration": f"pass line {PASS_LINE:g} at the {PASS_QUANTILE:.0%} quantile of the base model's raw "
                       f"predictions on {len(raw)} human-translated gettext catalogues (bench/l10n_human.py, "
                       f"tune half, PO files of up to {units} entries; measured on the base model)"}
    path.write_text(model_text(data), encoding="utf-8")
    print(f"\nunits domain: raw shift {shift:+.2f} (pass line at raw {at_pass:.2f}; the {PASS_QUANTILE:.0%} quantile "
          f"of {len(raw)} human files is {np.quantile(raw, PASS_QUANTILE):.2f}); wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
