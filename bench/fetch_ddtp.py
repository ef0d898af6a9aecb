r"""Blind sets of human translations with their English source: Debian's package descriptions in French.

Usage: apt-get update -o Acquire::Languages=fr,en      (once: Debian's Translation-fr and Translation-en)
       python bench/fetch_ddtp.py --set 1|2|...|12 [--out DIR] [--skip DIR ...]
then:  python bench/l10n_human.py --dir DIR --units 1000 --mt --work WORK --json FILE
       python bench/l10n_judge.py list WORK --out RUN.tsv

Debian's Description Translation Project (DDTP) has people translate each package's description (its short
line and its paragraphs) through a web form, each translation reviewed by others before it is published in
the archive's Translation-fr index, keyed by the md5 of the English description it translates. This script
reads apt's copies of Translation-fr and Translation-en, pairs each French description with its English one,
splits both into units (the short line, then each paragraph; a paragraph's lines joined by a space, a list
item's kept on its own line) and writes one French catalogue (.mo, through msgfmt) per description, named by
the first package that uses it, that package's name in its header's Project-Id-Version as DDTP's records give
it beside the description (since stop 69; before, no header named it), as `bench/l10n_human.py` reads
catalogues: each description is a file whose units a localisation QA team would check against their sources.
A description whose two sides do not split into as many units is left out (counted). Identical French
descriptions (a package's -data, -doc, -dbg variants often share theirs) are read once.

Sets, each drawn before any of it was audited (the French descriptions of bookworm's main, 2026-12-07):
- 1 (stop 68): random.Random(681).sample(sorted(descriptions), 150).
- 2 (stop 68, drawn with set 1, from those set 1 did not take): random.Random(682).sample(..., 150).
- 3 and 4 (stop 69, drawn together before either was audited, each from those the sets before it did not
  take): random.Random(683).sample(..., 200), random.Random(684).sample(..., 200).
- 5 and 6 (stop 70, drawn together before either was audited, the same way): random.Random(685), (686), 200 each.
- 7 and 8 (stop 71, drawn together before either was audited, the same way): random.Random(687), (688), 200 each.
- 9 (stop 71, drawn after set 8 was judged, before it was audited): random.Random(689), 200.
- 10 (stop 71, drawn after set 9 was judged, before it was audited): random.Random(690), 200.
- 11 and 12 (stop 72, drawn together before either was audited, the same way): random.Random(691), (692), 200 each.
Nothing of the rules was designed on these descriptions before set 1 was audited. Set 1 was audited blind on
ead156d (the rules of 4d497d9) and set 2 on 03046d8, set 3 on 329384a (stop 68's final rules, before its catalogues
named their package) and set 4 on a59e46d (stop 69's steps, designed on sets 1 to 3), every major judged by reading
it: bench/results/ddtp_set1_judged.tsv to ddtp_set4_judged.tsv (`bench/l10n_judge.py list WORK`, verdicts filled
in; `tally` counts them).
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from l10n_human import write_po  # noqa: E402

LISTS = Path("/var/lib/apt/lists")
SETS = {"1": (681, 150, ()), "2": (682, 150, ("1",)), "3": (683, 200, ("1", "2")), "4": (684, 200, ("1", "2", "3")),
        "5": (685, 200, ("1", "2", "3", "4")), "6": (686, 200, ("1", "2", "3", "4", "5")),
        "7": (687, 200, ("1", "2", "3", "4", "5", "6")), "8": (688, 200, ("1", "2", "3", "4", "5", "6", "7")),
        "9": (689, 200, ("1", "2", "3", "4", "5", "6", "7", "8")),
        "10": (690, 200, ("1", "2", "3", "4", "5", "6", "7", "8", "9")),
        "11": (691, 200, tuple(str(n) for n in range(1, 11))),
        "12": (692, 200, tuple(str(n) for n in range(1, 12)))}
ITEM = re.compile(r"^\s*(?:[-*+o]|\d+[.)])\s")  # a list item's line keeps its line break


def read_index(pattern: str) -> dict[str, list[str]]:
    """{description md5: [package, ..., description lines]} of one apt Translation index (lz4 or plain)."""
    paths = sorted(LISTS.glob(pattern))
    if not paths:
        sys.exit(f"no {pattern} under {LISTS}: run apt-get update -o Acquire::Languages=fr,en first")
    text = ""
    for p in paths:
        data = subprocess.run(["lz4", "-dc", str(p)], capture_output=True, check=True).stdout \
            if p.suffix == ".lz4" else p.read_bytes()
        text += data.decode("utf-8", errors="replace") + "\n"
    out: dict[str, list] = {}
    for block in re.split(r"\n(?=Package: )", text):
        package = re.search(r"^Package: (\S+)", block, re.M)
        md5 = re.search(r"^Description-md5: (\w+)", block, re.M)
        desc = re.search(r"^Description-(?!md5)[\w-]+: (.*(?:\n .*)*)", block, re.M)
        if package and md5 and desc:
            entry = out.setdefault(md5.group(1), {"packages": [], "lines": desc.group(1).split("\n")})
            entry["packages"].append(package.group(1))
    return out


def units(lines: list[str]) -> list[str]:
    """The short line, then each paragraph (lines " ." apart): continuation lines joined by a space, a list
    item's line (« * », « - », « 1. ») and a verbatim line (two spaces) kept on its own line."""
    out, para = [lines[0].strip()], []
    for line in lines[1:] + [" ."]:
        if line.strip() == ".":
            if para:
                out.append("".join(para).strip())
            para = []
            continue
        body = line[1:]
        if para and (ITEM.match(body) or body.startswith(" ")):
            para.append("\n" + body.rstrip())
        else:
            para.append((" " if para else "") + body.strip())
    return [u for u in out if u]


def write_mo(pairs: list[tuple[str, str]], path: Path, package: str) -> None:
    """One catalogue of (English, French) units, through l10n_human's PO writer and msgfmt; its header names
    the package the description is for (Project-Id-Version), as DDTP's records do (Package:)."""
    seen, entries = set(), []
    for en, fr in pairs:
        if en in seen:  # a catalogue holds a message once
            continue
        seen.add(en)
        entries.append({"ctx": None, "id": en, "plural": None, "strs": [fr]})
    with tempfile.TemporaryDirectory() as tmp:
        po = Path(tmp) / "units.po"
        write_po(entries, po, {"Project-Id-Version": package})
        subprocess.run(["msgfmt", "-o", str(path), str(po)], check=True)


def draw(name: str, descriptions: list[str], drawn: dict[str, list[str]] | None = None) -> list[str]:
    """Set `name`'s descriptions; each set earlier drawn once (`drawn`), not once per set after it."""
    drawn = {} if drawn is None else drawn
    if name not in drawn:
        seed, count, before = SETS[name]
        taken = {d for b in before for d in draw(b, descriptions, drawn)}
        pool = sorted(d for d in descriptions if d not in taken)
        drawn[name] = random.Random(seed).sample(pool, min(count, len(pool)))
    return drawn[name]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(SETS), required=True)
    ap.add_argument("--out", type=Path, default=None, help="folder of the .mo files (default /tmp/mtaudit-ddtp-SET)")
    args = ap.parse_args()
    out = args.out or Path(f"/tmp/mtaudit-ddtp-{args.set}")
    french = read_index("*_main_i18n_Translation-fr*")
    english = read_index("*_main_i18n_Translation-en*")
    # one French description per text (its variants share it), keyed by the French text's digest
    by_text: dict[str, tuple[str, list[str], list[str]]] = {}
    uneven = unpaired = 0
    for md5, fr in sorted(french.items()):
        en = english.get(md5)
        if en is None:
            unpaired += 1
            continue
        fu, eu = units(fr["lines"]), units(en["lines"])
        if len(fu) != len(eu):
            uneven += 1
            continue
        key = hashlib.sha1("\n".join(fu).encode()).hexdigest()
        by_text.setdefault(key, (sorted(fr["packages"])[0], eu, fu))
    chosen = draw(args.set, sorted(by_text))
    out.mkdir(parents=True, exist_ok=True)
    words = 0
    for key in chosen:
        package, eu, fu = by_text[key]
        write_mo(list(zip(eu, fu)), out / f"{package}.mo", package)
        words += sum(len(u.split()) for u in fu)
    print(f"set {args.set}: {len(chosen)} descriptions of {len(by_text)} ({len(french)} French descriptions in the index, "
          f"{unpaired} without their English, {uneven} whose units are uneven, identical ones read once), "
          f"{words:,} French words, in {out}")


if __name__ == "__main__":
    main()
