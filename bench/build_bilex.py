"""Build mtaudit/data/bilex.tsv: English content-word lemmas -> the French lemmas they can translate to.

Usage: python bench/build_bilex.py [--out FILE] [--min-zipf Z] [--max-alts N]

Routes (each English lemma keeps the French lemmas of every route, ranked by the number of routes that
give them, then by French word frequency; at most --max-alts):
- Apertium eng-spa (English -> Spanish), then es-fr and the reversed fr-es (Spanish -> French);
- Apertium eng-cat, then cat-fra and the reversed fra-cat;
- Apertium en-eo and the reversed eo-en (English -> Esperanto), then the reversed fr-eo;
- FreeDict eng-fra as is, and fra-eng reversed (Debian dict-freedict-eng-fra / -fra-eng), when installed.
Only content words: nouns, lexical verbs, adjectives, adverbs, one word on each side (no names, no
numbers), English lemmas with an English Zipf frequency of at least --min-zipf. mtaudit/lang/bilex.py
reads the file, for the score's source coverage features (mtaudit/score/coverage.py) and MTA401. The Apertium and FreeDict readers are
bench/build_idioms.py's.
"""
from __future__ import annotations

import argparse
import collections
import datetime
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_idioms as B  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
APERTIUM = Path("/usr/share/apertium")
CONTENT = {"n": "n", "vblex": "v", "adj": "a", "adv": "r"}  # Apertium tag -> part of speech kept
FUNCTION = {"det", "predet", "prn", "pr", "cnjcoo", "cnjsub", "cnjadv", "vbser", "vbhaver", "vaux", "vbmod",
            "vbdo", "preadv", "num", "ij", "rel", "itg"}
EN_WORD = re.compile(r"[a-z][a-z]*(?:-[a-z]+)?")
FR_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœæ]+(?:-[a-zàâçéèêëîïôûùüÿœæ]+)?")


def english_keys(n_words: int, apertium: Path) -> list[tuple[str, str]]:
    """(lemma, tags) of the content-word analyses of English's n_words most frequent words (wordfreq),
    by the eng-spa morphological analyser; a word that can also be a function word ("can", "will",
    "that") is left out."""
    from wordfreq import top_n_list

    words = [w for w in top_n_list("en", n_words) if EN_WORD.fullmatch(w)]
    analyses = B.english_analyses(words, apertium)
    function = {lemma.lower() for v in analyses.values() for lemma, tags in v if B._pos(tags) in FUNCTION}
    function |= {w for w, v in analyses.items() if any(B._pos(t) in FUNCTION for _l, t in v)}
    keys = {k for v in analyses.values() for k in v if B._pos(k[1]) in CONTENT and k[0].lower() not in function}
    return sorted(keys)


def french_esperanto(n_words: int, apertium: Path) -> dict:
    """Esperanto (lemma, tag) -> French lemmas: French's n_words most frequent words analysed by the
    fr-es analyser, then through fr-eo (only that direction is installed, so it is read backwards)."""
    from wordfreq import top_n_list

    words = [w for w in top_n_list("fr", n_words) if FR_WORD.fullmatch(w)]
    out = B._lt_proc([str(apertium / "apertium-fr-es" / "fr-es.automorf.bin")], "\n".join(words) + "\n")
    keys = set()
    for line in out.split("\n"):
        for lu in B.LU.findall(line):
            for a in lu.split("/")[1:]:
                m = re.match(r"([^<]+)((?:<\w+>)+)$", a)
                if m and B._pos(m.group(2)) in CONTENT:
                    keys.add((m.group(1), "<" + B._pos(m.group(2)) + ">"))
    res = collections.defaultdict(set)
    for (fr, tags), eos in B.bidix_full(sorted(keys), apertium / "apertium-eo-fr" / "fr-eo.autobil.bin").items():
        for eo, eo_tags in eos:
            res[(eo, B._pos(eo_tags))].add(fr)
    return res


def routes(apertium: Path, freedict: Path, keys: list, n_words: int) -> list[tuple[str, dict]]:
    """(name, English lemma -> French lemmas) per route that is installed, for the English (lemma, tags) keys."""
    out = []
    spa = apertium / "apertium-eng-spa" / "eng-spa.autobil.bin"
    if spa.exists():
        es_fr = B.spanish_french(apertium)
        table = collections.defaultdict(set)
        for (en, _tags), targets in B.bidix(keys, spa).items():
            for es, tag in targets:
                table[en] |= es_fr.get((es, tag), set())
        out.append(("apertium eng-spa + fr-es", table))
    if (apertium / "apertium-eng-cat" / "eng-cat.autobil.bin").exists() \
            and (apertium / "apertium-fra-cat" / "cat-fra.autobil.bin").exists():
        table = collections.defaultdict(set)
        for (en, _tags), targets in B.pivot_french(keys, apertium, "eng-cat", "eng-cat",
                                                   "apertium-fra-cat/cat-fra").items():
            table[en] |= {fr for fr, _p in targets}
        out.append(("apertium eng-cat + cat-fra", table))
    if (apertium / "apertium-eo-en" / "en-eo.autobil.bin").exists() \
            and (apertium / "apertium-eo-fr" / "fr-eo.autobil.bin").exists():
        eo_fr = french_esperanto(n_words, apertium)
        table = collections.defaultdict(set)
        eo_keys = [(lemma, "<" + B._pos(tags) + ">") for lemma, tags in keys]
        for (en, _tags), targets in B.bidix_full(eo_keys, apertium / "apertium-eo-en" / "en-eo.autobil.bin").items():
            for eo, eo_tags in targets:
                table[en] |= eo_fr.get((eo, B._pos(eo_tags)), set())
        out.append(("apertium en-eo + fr-eo (read backwards)", table))
    if (freedict / "freedict-eng-fra.index").exists():
        direct, reverse = B.freedict_routes(freedict, apertium)
        table = collections.defaultdict(set)
        for t in (direct, reverse):
            for en, items in t.items():
                table[en] |= {fr for fr, _p in items}
        out.append(("freedict eng-fra + fra-eng", table))
    return [(name, r) for name, r in out if r]


def build(apertium: Path, freedict: Path, min_zipf: float, max_alts: int, n_words: int) -> tuple[dict, list]:
    from wordfreq import zipf_frequency

    counts = collections.defaultdict(collections.Counter)  # English lemma -> French lemma -> routes
    used = []
    keys = english_keys(n_words, apertium)
    content = {lemma.lower() for lemma, _t in keys}  # FreeDict has no parts of speech: the analyser's say
    for name, table in routes(apertium, freedict, keys, n_words):
        per = collections.defaultdict(set)
        for en, frs in table.items():
            en = en.lower()
            if en not in content or not EN_WORD.fullmatch(en):
                continue
            per[en] |= {f.lower() for f in frs if FR_WORD.fullmatch(f.lower()) and len(f) > 1}
        for en, frs in per.items():
            for f in frs:
                counts[en][f] += 1
        used.append(f"{name}: {sum(1 for v in per.values() if v)} English lemmas")
    lex = {}
    for en, c in counts.items():
        if len(en) < 2 or zipf_frequency(en, "en") < min_zipf:
            continue
        lex[en] = sorted(c, key=lambda f: (-c[f], -zipf_frequency(f, "fr"), f))[:max_alts]
    return lex, used


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "mtaudit" / "data" / "bilex.tsv")
    ap.add_argument("--apertium", type=Path, default=APERTIUM)
    ap.add_argument("--freedict", type=Path, default=B.FREEDICT)
    ap.add_argument("--min-zipf", type=float, default=2.0, help="rarer English lemmas are left out")
    ap.add_argument("--max-alts", type=int, default=12, help="French lemmas kept per English lemma")
    ap.add_argument("--words", type=int, default=40000, help="English (and French) words analysed, most frequent first")
    args = ap.parse_args()
    lex, used = build(args.apertium, args.freedict, args.min_zipf, args.max_alts, args.words)
    header = [
        "# English content-word lemma -> French lemmas it can translate to (space-separated, most routes first).",
        f"# Built by bench/build_bilex.py on {datetime.date.today().isoformat()} "
        f"(--words {args.words}, --min-zipf {args.min_zipf}, --max-alts {args.max_alts}); "
        "read by mtaudit/lang/bilex.py.",
        "# Sources: Apertium eng-spa, fr-es, eng-cat, fra-cat, eo-en, eo-fr (GPL-2+ or GPL-3, Debian apertium-*),",
        "# FreeDict eng-fra and fra-eng (GPL-2+, Debian dict-freedict-*). Derived word pairs, same licences.",
        "# Routes: " + "; ".join(used) + ".",
        "english\tfrench",
    ]
    lines = [f"{en}\t{' '.join(frs)}" for en, frs in sorted(lex.items())]
    args.out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    size = args.out.stat().st_size
    pairs = sum(len(v) for v in lex.values())
    print(f"{len(lines)} English lemmas, {pairs} pairs, {size / 1024:.0f} KiB -> {args.out}")


if __name__ == "__main__":
    main()
