"""Build mtaudit/data/english_verbs.txt: English words that are mostly verbs (their base form), from WordNet 3.0.

Usage: python bench/build_english_verbs.py [--wordnet DIR] [--out FILE]

A word is kept when WordNet lists it as a verb lemma of one word (letters only) and the number of its senses
tagged in WordNet's semantic concordance as a verb (index.verb's tagsense_cnt) is at least one and larger than
as a noun, an adjective or an adverb: "make" (29 tagged verb senses, 1 noun), "find", "compress", "include";
not "test" (3 verb, 5 noun), "print", "copy". MTA401 reads the list: such a word, lower case, alone right after a
French preposition (« la sortie de make », « sans make », « avec compress ou gzip ») stands where French puts a
noun with no determiner, so it is a command's name more often than a word left in English.
Needs the Debian package wordnet-base (/usr/share/wordnet).
"""
from __future__ import annotations

import argparse
import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = """# English words that are mostly verbs (base form), one per line: read by rule MTA401 (english-text).
# Built by bench/build_english_verbs.py on {date}; do not edit by hand, rerun the script.
# A WordNet verb lemma of one word whose tagged verb senses (index.verb's tagsense_cnt) are at least one and
# more than its tagged noun, adjective and adverb senses.
# Source: WordNet 3.0 (Princeton University; Debian wordnet-base). Licence: "Permission to use, copy, modify and
#   distribute this software and database and its documentation for any purpose and without fee or royalty is
#   hereby granted", provided the notice appears: WordNet 3.0 Copyright 2006 by Princeton University. All rights
#   reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR
#   WARRANTIES, EXPRESS OR IMPLIED.
"""


def tagged_senses(path: Path) -> dict[str, int]:
    """{lemma: tagsense_cnt} of one WordNet index file (index.noun, index.verb, ...)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):  # the licence at the top of the file
            continue
        f = line.split()
        pointers = int(f[3])  # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...
        out[f[0]] = int(f[5 + pointers])
    return out


def mostly_verbs(wordnet: Path) -> list[str]:
    verb = tagged_senses(wordnet / "index.verb")
    others = [tagged_senses(wordnet / f"index.{pos}") for pos in ("noun", "adj", "adv")]
    return sorted(w for w, n in verb.items()
                  if w.isalpha() and w.isascii() and n >= 1 and n > max(o.get(w, 0) for o in others))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--out", type=Path, default=ROOT / "mtaudit" / "data" / "english_verbs.txt")
    args = ap.parse_args()
    words = mostly_verbs(args.wordnet)
    args.out.write_text(HEADER.format(date=datetime.date.today().isoformat()) + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words in {args.out}")


if __name__ == "__main__":
    main()
