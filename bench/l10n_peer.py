"""mtaudit against translate-toolkit's pofilter on XLIFF files built from WMT20 QE (en -> fr).

Usage: python bench/l10n_peer.py [--docs N] [--seed S] [--work DIR] [--calibrate]
Run on demand (the data is not shipped). Prints Markdown for the README.

1. Test set: documents of ../shared/data/wmt20-qe-enfr are drawn with a seeded RNG, split in two
   by document (`--calibrate` reads one half; the test set is drawn from the other), and written as
   one XLIFF 1.2 file per document, one unit per segment (English source, the real MT French).
   To give the code and URL checks something to check, a seeded share of units carry, on both
   sides, an inline code (<x id="1"/> appended, or the segment wrapped in <g id="1">), a
   placeholder ({0} or %s prefixed) or a URL appended. The test set is product listings, not
   software strings: those carriers are synthetic, and said so.
2. Injected errors (seeded, counted, one per chosen unit): number (a number of the target changed),
   number format (French 2,5 written 2.5), code (an <x/>, a <g> pair or a placeholder removed from
   the target), URL (a URL of the target changed or removed), terminology (a glossary term replaced
   by its forbidden variant), do-not-translate (a brand name of the DNT list changed), consistency
   (a unit repeated in another file of the batch with its translation altered).
3. Both tools read the same files: `pofilter --language=fr --notranslatefile DNT` (all its default
   checks) and mtaudit (all rules, `--glossary`, `--dnt`). An injected error is found when the
   tool flags that unit with a check of the error's family (below). False alarms: flags of an
   injected family on a unit where that family was not injected; other flags are counted on
   units without any injected or human-annotated error (WMT20 MQM spans), per 1,000 units.
   MT artefacts: human MQM error spans (WMT20 categories) that mtaudit's French rules find
   (a finding overlapping the span) and that pofilter flags (any check, on the unit).
"""
from __future__ import annotations

import argparse
import csv
import datetime
import html
import random
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "wmt20-qe-enfr"
csv.field_size_limit(sys.maxsize)

# check families: mtaudit rules and pofilter tests that report each injected error type
FAMILIES = {
    "number": ({"MTA901", "MTA902"}, {"numbers"}),
    "number-format": ({"MTA901", "MTA902"}, {"numbers"}),
    "code": ({"MTA903"}, {"printf", "pythonbraceformat", "xmltags", "variables"}),
    "url": ({"MTA904"}, {"urls", "emails"}),
    "terminology": ({"MTA914", "MTA915"}, {"musttranslatewords"}),
    "dnt": ({"MTA916"}, {"notranslatewords"}),
    "consistency": ({"MTA912", "MTA913"}, set()),
}
# glossary (source term -> required, forbidden variant) and do-not-translate names
GLOSSARY = [("book", "livre", "bouquin"), ("size", "taille", "grandeur"), ("water", "eau", "flotte"),
            ("color", "couleur", "coloris"), ("bag", "sac", "besace"), ("light", "lumière", "clarté"),
            ("battery", "batterie", "accu"), ("cover", "couverture", "housse"), ("music", "musique", "zique"),
            ("kit", "kit", "trousse"), ("case", "étui", "boîtier"), ("game", "jeu", "partie")]
DNT_SIZE = 15  # do-not-translate names: the commonest capitalised words kept as is by the MT (see dnt_terms)
URL = "https://shop.example.com/p/{n}"
# human MQM categories that confirm a flag of a family on a unit where nothing was injected (the MT
# itself got it wrong): such flags are not counted as false alarms, for either tool
CONFIRMS = {"number": {"Unit Conversion"}, "number-format": {"Unit Conversion"},
            "dnt": {"Shouldn't Have Been Translated", "Shouldn't have been translated"},
            "terminology": {"Lexical Selection", "Shouldn't Have Been Translated", "False Friend"}}


def load(limit_docs: int, seed: int):
    segs = defaultdict(list)
    with open(DATA / "train_segments.tsv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            segs[r["doc_id"]].append((int(r["segment_id"]), r["source"], r["mt"]))
    errors = defaultdict(list)  # (doc, seg) -> [(start, end, category)]
    with open(DATA / "train_errors.tsv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            ids = r["segment_ids"].split()
            if len(ids) != 1:
                continue
            for s, n in zip(r["starts"].split(), r["lengths"].split()):
                errors[(r["doc_id"], int(ids[0]))].append((int(s), int(s) + int(n), r["category"]))
    docs = sorted(segs)
    random.Random(seed).shuffle(docs)
    half = len(docs) // 2  # calibration documents; the test set is drawn from the other half
    return {d: sorted(segs[d]) for d in docs}, errors, docs[:half], docs[half:half + limit_docs]


def xml(s: str) -> str:
    return html.escape(s, quote=False)


class Unit:
    def __init__(self, doc, seg, source, target):
        self.doc, self.seg, self.source, self.target = doc, seg, source, target
        self.id = str(seg)
        self.src_xml, self.tgt_xml = xml(source), xml(target)
        self.injected = None  # error type
        self.human = []  # [(start, end, category)] in the MT
        self.shift = 0  # characters added before the MT text in the rendered target

    @property
    def key(self):
        return (self.doc, self.id)


def build(docs, segs, errors, rng):
    units = []
    for d in docs:
        for seg, src, mt in segs[d]:
            u = Unit(d, seg, src, mt)
            u.human = errors.get((d, seg), [])
            units.append(u)
    # carriers: codes, placeholders, URLs on both sides
    for u in units:
        r = rng.random()
        if r < 0.10:
            u.src_xml += ' <x id="1"/>'
            u.tgt_xml += ' <x id="1"/>'
        elif r < 0.18:
            u.src_xml = f'<g id="1">{u.src_xml}</g>'
            u.tgt_xml = f'<g id="1">{u.tgt_xml}</g>'
            u.shift = len("<g1>")
        elif r < 0.26:
            ph = rng.choice(["{0}", "%s"])
            u.src_xml, u.tgt_xml = f"{ph} {u.src_xml}", f"{ph} {u.tgt_xml}"
            u.shift = len(ph) + 1
        elif r < 0.34:
            url = URL.format(n=rng.randrange(1000, 9999))
            u.src_xml += f" ({url})"
            u.tgt_xml += f" ({url})"
    return units


NUM = re.compile(r"(?<![\d.,])\d+(?:,\d+)?(?![\d]|[.,]\d)")


def inject(units, rng, per_type: int, dnt: list):
    pool = [u for u in units]
    rng.shuffle(pool)
    done = Counter()
    extra_units = []
    term_rx = {s: re.compile(rf"\b{re.escape(t)}\b", re.IGNORECASE) for s, t, _ in GLOSSARY}

    def take(kind, pred, change):
        for u in pool:
            if done[kind] >= per_type:
                return
            if u.injected or not pred(u):
                continue
            if change(u):
                u.injected = kind
                done[kind] += 1

    def change_number(u):
        # a number of the text, not one inside a carrier (<x id="1"/>, {0}, a URL)
        ms = [m for m in NUM.finditer(u.tgt_xml) if not re.search(r"[<{/=\"]", u.tgt_xml[max(0, m.start() - 4):m.start()])
              and "shop.example" not in u.tgt_xml[max(0, m.start() - 30):m.start()]]
        if not ms:
            return False
        m = rng.choice(ms)
        old = m.group()
        new = str(int(old.split(",")[0]) + rng.choice([1, 2, 10])) + ("," + old.split(",")[1] if "," in old else "")
        u.tgt_xml = u.tgt_xml[:m.start()] + new + u.tgt_xml[m.end():]
        return True

    def format_number(u):
        m = re.search(r"(?<![\d.,])(\d+),(\d+)(?![\d]|[.,]\d)", u.tgt_xml)
        if not m:
            return False
        u.tgt_xml = u.tgt_xml[:m.start()] + f"{m.group(1)}.{m.group(2)}" + u.tgt_xml[m.end():]
        return True

    def drop_code(u):
        if '<x id="1"/>' in u.tgt_xml:
            u.tgt_xml = u.tgt_xml.replace(' <x id="1"/>', "")
        elif u.tgt_xml.startswith('<g id="1">'):
            u.tgt_xml = u.tgt_xml[len('<g id="1">'):-len("</g>")]
            u.shift = 0
        elif u.tgt_xml.startswith(("{0} ", "%s ")):
            u.tgt_xml = u.tgt_xml[u.shift:]
            u.shift = 0
        else:
            return False
        return True

    def change_url(u):
        m = re.search(r" \((https://shop\.example\.com/p/\d+)\)$", u.tgt_xml)
        if not m:
            return False
        if rng.random() < 0.5:
            u.tgt_xml = u.tgt_xml[:m.start()]
        else:
            u.tgt_xml = u.tgt_xml.replace("/p/", "/produit/")
        return True

    def change_term(u):
        for s, t, bad in GLOSSARY:
            if re.search(rf"\b{s}s?\b", u.source, re.IGNORECASE) and term_rx[s].search(u.tgt_xml) and t != bad:
                u.tgt_xml = term_rx[s].sub(bad, u.tgt_xml, count=1)
                return True
        return False

    def change_dnt(u):
        for name in dnt:
            if re.search(rf"\b{name}\b", u.source) and re.search(rf"\b{name}\b", u.tgt_xml):
                u.tgt_xml = re.sub(rf"\b{name}\b", name.lower() if name != name.lower() else name.upper(),
                                   u.tgt_xml)
                return True
        return False

    take("number", lambda u: NUM.search(u.source) and NUM.search(u.target), change_number)
    take("number-format", lambda u: re.search(r"\d\.\d", u.source), format_number)
    take("code", lambda u: u.tgt_xml != xml(u.target) and "shop.example" not in u.tgt_xml, drop_code)
    take("url", lambda u: "shop.example" in u.tgt_xml, change_url)
    take("terminology", lambda u: True, change_term)
    take("dnt", lambda u: True, change_dnt)
    # consistency: a unit repeated in another document with its translation altered
    docs = sorted({u.doc for u in units})
    for u in pool:
        if done["consistency"] >= per_type:
            break
        words = u.target.split()
        if u.injected or len(words) < 4 or u.tgt_xml != xml(u.target):
            continue
        other = rng.choice([d for d in docs if d != u.doc])
        k = rng.randrange(1, len(words))
        altered = " ".join(words[:k] + words[k + 1:])  # one word dropped
        dup = Unit(other, 9000 + done["consistency"], u.source, altered)
        dup.injected = "consistency"
        dup.partner = u
        extra_units.append(dup)
        done["consistency"] += 1
    return done, extra_units


def dnt_terms(units) -> list[str]:
    """Names the MT always kept as they are: capitalised words (not opening the segment) that are
    in the target of every unit whose source has them, in at least two units; the commonest."""
    seen, kept = Counter(), Counter()
    for u in units:
        for w in set(re.findall(r"(?<=\s)[A-Z][A-Za-z0-9]{2,}\b", u.source)):
            seen[w] += 1
            kept[w] += bool(re.search(rf"\b{w}\b", u.target))
    names = [w for w in seen if seen[w] >= 2 and kept[w] == seen[w]]
    return sorted(names, key=lambda w: (-seen[w], w))[:DNT_SIZE]


def write_files(units, folder: Path):
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    by_doc = defaultdict(list)
    for u in units:
        by_doc[u.doc].append(u)
    for d, us in by_doc.items():
        body = "\n".join(f'      <trans-unit id="{u.id}">\n        <source>{u.src_xml}</source>\n'
                         f'        <target>{u.tgt_xml}</target>\n      </trans-unit>' for u in us)
        (folder / f"{d}.xlf").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
            f'  <file original="{d}" source-language="en" target-language="fr" datatype="plaintext">\n    <body>\n'
            f"{body}\n    </body>\n  </file>\n</xliff>\n", encoding="utf-8")


def run_pofilter(folder: Path, out: Path, dnt: Path) -> dict:
    """(doc, unit id) -> set of pofilter tests that failed."""
    if out.exists():
        shutil.rmtree(out)
    exe = Path(sys.executable).with_name("pofilter")
    t = time.time()
    subprocess.run([str(exe), "--language=fr", "--progress=none", f"--notranslatefile={dnt}",
                    "--excludefilter=isfuzzy", "--excludefilter=isreview", "--excludefilter=hassuggestion",
                    "-i", str(folder), "-o", str(out)], check=True, capture_output=True)
    elapsed = time.time() - t
    from lxml import etree

    flags = defaultdict(set)
    for f in sorted(out.glob("*.xlf")):
        root = etree.parse(str(f)).getroot()
        for tu in root.iter("{*}trans-unit"):
            for note in tu.iter("{*}note"):
                if note.get("from") == "pofilter" or (note.text or "").startswith("(pofilter)"):
                    text = (note.text or "").replace("(pofilter)", "").strip()
                    flags[(f.stem, tu.get("id"))].add(text.split(":")[0].strip())
    return flags, elapsed


def run_mtaudit(folder: Path, glossary: Path, dnt: Path):
    """(doc, unit id) -> list of findings; and the seconds it took (model loading included)."""
    from mtaudit.config import Config
    from mtaudit.l10n.batch import BilingualBatch
    from mtaudit.pipeline import Auditor

    t = time.time()
    files = sorted(folder.glob("*.xlf"))
    batch = BilingualBatch(files)
    auditor = Auditor(Config(glossary=[str(glossary)], dnt=[str(dnt)]))
    found = defaultdict(list)
    for f in files:
        report = auditor.audit(batch.article(f))
        for x in report["findings"]:
            found[(f.stem, x["unit"])].append(x)
    return found, time.time() - t


def overlaps(f, u) -> list:
    """Human error spans of the unit that a finding overlaps (offsets shifted by carriers)."""
    s, e = f["start"] - u.shift, f["end"] - u.shift
    return [h for h in u.human if h[0] < e and s < h[1]]


def calibrate(segs, errors, docs):
    """Length ratio of MT segments without any human error (sources of 30+ characters)."""
    ratios = sorted(len(mt.strip()) / len(src.strip()) for d in docs for seg, src, mt in segs[d]
                    if not errors.get((d, seg)) and len(src.strip()) >= 30)
    if not ratios:
        print("no clean segments")
        return
    q = lambda p: ratios[min(len(ratios) - 1, int(p * len(ratios)))]  # noqa: E731
    print(f"{len(ratios)} clean segments (sources of 30+ characters) in {len(docs)} calibration documents")
    for p in (0.0, 0.005, 0.01, 0.05, 0.5, 0.95, 0.99, 0.995, 1.0):
        print(f"  p{p * 100:g}: {q(p):.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=150, help="test documents drawn (from the half not used to calibrate)")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--per-type", type=int, default=20, help="injected errors per type")
    ap.add_argument("--work", default="/tmp/mtaudit-l10n-peer")
    ap.add_argument("--calibrate", action="store_true", help="print length-ratio percentiles of the first half")
    ap.add_argument("--verbose", action="store_true", help="list the family false alarms on stderr")
    args = ap.parse_args()
    segs, errors, cal_docs, test_docs = load(args.docs, args.seed)
    if args.calibrate:
        calibrate(segs, errors, cal_docs)
        return 0
    rng = random.Random(args.seed)
    units = build(test_docs, segs, errors, rng)
    dnt = dnt_terms(units)
    done, extra = inject(units, rng, args.per_type, dnt)
    everything = units + extra
    work = Path(args.work)
    write_files(everything, work / "xliff")
    (work / "glossary.csv").write_text("source,target,forbidden\n" + "".join(f"{s},{t},{b}\n" for s, t, b in GLOSSARY),
                                       encoding="utf-8")
    (work / "dnt.txt").write_text("\n".join(dnt) + "\n", encoding="utf-8")
    po_flags, po_time = run_pofilter(work / "xliff", work / "pofilter", work / "dnt.txt")
    mt_found, mt_time = run_mtaudit(work / "xliff", work / "glossary.csv", work / "dnt.txt")

    n = len(everything)
    today = datetime.date.today().isoformat()
    print(f"## mtaudit vs pofilter on {n} XLIFF units ({len(test_docs)} WMT20 QE documents, seed {args.seed}; "
          f"{today})\n")
    print(f"pofilter (translate-toolkit) {po_time:.1f} s; mtaudit {mt_time:.1f} s (models loaded once, "
          "all rules).\n")
    print("| injected error | count | pofilter finds | mtaudit finds | found by pofilter, missed by mtaudit |")
    print("|---|---|---|---|---|")
    missed_all = []
    for kind in FAMILIES:
        ours, theirs = FAMILIES[kind]
        injected = [u for u in everything if u.injected == kind]
        po = [u for u in injected if po_flags.get(u.key, set()) & theirs]
        if kind == "consistency":
            mt = [u for u in injected if any(f["rule"] in ours for f in mt_found.get(u.key, []))
                  or any(f["rule"] in ours for f in mt_found.get(u.partner.key, []))]
        else:
            mt = [u for u in injected if any(f["rule"] in ours for f in mt_found.get(u.key, []))]
        missed = [u for u in po if u not in mt]
        if args.verbose:
            for u in injected:
                if u not in mt:
                    print(f"<!-- mtaudit misses {kind} {u.doc}#{u.id}: {u.tgt_xml[:200]!r} -->", file=sys.stderr)
        missed_all += missed
        print(f"| {kind} | {len(injected)} | {len(po)} | {len(mt)} | {len(missed)} |")
    print()
    # false alarms in the injected families
    fam_rules = {r for ours, _ in FAMILIES.values() for r in ours}
    fam_tests = {t for _, theirs in FAMILIES.values() for t in theirs}
    po_fa = mt_fa = mt_terms = 0
    for u in everything:
        kinds = {u.injected} if u.injected else set()
        human_cats = {h[2] for h in u.human}
        kinds |= {k for k, cats in CONFIRMS.items() if cats & human_cats}
        ours_ok = {r for k in kinds for r in FAMILIES[k][0]}
        theirs_ok = {t for k in kinds for t in FAMILIES[k][1]}
        if u.injected == "consistency" or any(x.injected == "consistency" and x.partner is u for x in extra):
            ours_ok |= FAMILIES["consistency"][0]
        po_bad = (po_flags.get(u.key, set()) & fam_tests) - theirs_ok
        mt_bad = {f["rule"] for f in mt_found.get(u.key, []) if f["rule"] in fam_rules} - ours_ok
        po_fa += len(po_bad)
        mt_fa += len(mt_bad)
        mt_terms += len(mt_bad & FAMILIES["terminology"][0])
        if args.verbose and (po_bad or mt_bad):
            msgs = [f"{f['rule']} {f['text'][:40]!r} {f['message'][:90]}" for f in mt_found.get(u.key, [])
                    if f["rule"] in mt_bad]
            print(f"<!-- {u.doc}#{u.id} pofilter {sorted(po_bad)} mtaudit {msgs}\n   src {u.source[:150]!r}\n"
                  f"   tgt {u.tgt_xml[:150]!r} human {[h[2] for h in u.human]} -->", file=sys.stderr)
    clean = [u for u in everything if not u.injected and not u.human
             and not any(x.injected == "consistency" and x.partner is u for x in extra)]
    po_other = sum(len(po_flags.get(u.key, set()) - fam_tests) for u in clean)
    mt_other = sum(len({f["rule"] for f in mt_found.get(u.key, []) if f["rule"] not in fam_rules}) for u in clean)
    per_k = lambda x, d: f"{1000 * x / max(d, 1):.1f}"  # noqa: E731
    print("| false alarms | pofilter | mtaudit |")
    print("|---|---|---|")
    print(f"| flags of an injected family where none was injected, per 1,000 units | {per_k(po_fa, n)} | "
          f"{per_k(mt_fa, n)} |")
    print(f"| … of which glossary flags (MTA914/915) where the MT itself did not use the glossary term "
          f"(pofilter has no glossary check) | – | {per_k(mt_terms, n)} |")
    print(f"| other flags on the {len(clean)} units without any injected or human-annotated error, per 1,000 "
          f"of them | {per_k(po_other, len(clean))} | {per_k(mt_other, len(clean))} |")
    print(f"| total per 1,000 units (the second row weighted by all {n} units) | "
          f"{per_k(po_fa, n)} + {per_k(po_other, len(clean))} | {per_k(mt_fa, n)} + {per_k(mt_other, len(clean))} |")
    print()
    po_rules = Counter(t for u in clean for t in po_flags.get(u.key, set()) - fam_tests)
    mt_rules = Counter(f["rule"] for u in clean for f in {f["rule"]: f for f in mt_found.get(u.key, [])}.values()
                       if f["rule"] not in fam_rules)
    print("Other flags on clean units — pofilter: " + (", ".join(f"{k} {v}" for k, v in po_rules.most_common()) or "none")
          + "; mtaudit: " + (", ".join(f"{k} {v}" for k, v in mt_rules.most_common()) or "none") + ".\n")
    # MT artefacts: human MQM spans
    human = Counter()
    mt_hit = Counter()
    mt_unit = Counter()
    po_hit = Counter()
    mt_only = Counter()
    for u in everything:
        if u.injected:
            continue
        fs = [f for f in mt_found.get(u.key, []) if not f["rule"].startswith("MTA9")]
        for h in u.human:
            human[h[2]] += 1
            hit = any(h in overlaps(f, u) for f in fs)
            mt_hit[h[2]] += hit
            mt_unit[h[2]] += bool(mt_found.get(u.key))
            po_hit[h[2]] += bool(po_flags.get(u.key))
            mt_only[h[2]] += hit and not po_flags.get(u.key)
    print("| human MQM category (uninjected units) | spans | mtaudit: a French-rule finding overlaps the span | "
          "mtaudit: any finding on the unit | pofilter: any check on the unit | mtaudit overlaps it, pofilter "
          "flags nothing on the unit |")
    print("|---|---|---|---|---|---|")
    for cat, c in human.most_common(12):
        print(f"| {cat} | {c} | {mt_hit[cat]} | {mt_unit[cat]} | {po_hit[cat]} | {mt_only[cat]} |")
    print(f"| all | {sum(human.values())} | {sum(mt_hit.values())} | {sum(mt_unit.values())} | "
          f"{sum(po_hit.values())} | {sum(mt_only.values())} |")
    print()
    if missed_all:
        print("Missed by mtaudit, found by pofilter: " + "; ".join(f"{u.doc}#{u.id} ({u.injected})" for u in missed_all))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
