"""Build the French part-of-speech trigram model (mtaudit/data/pos_trigrams.json) that the fluency
features read (mtaudit/score/fluency.py: how likely the text's sequence of parts of speech is in
ordinary French prose).

Usage: python bench/build_pos_ngrams.py [--out FILE]

Text: the French documentation that Debian ships (packages debian-reference-fr, debian-faq-fr,
developers-reference-fr; in the Makefile's SYSTEM_PACKAGES): prose paragraphs only (a paragraph counts
when French function words make up at least 20 % of its words and English ones under 3 %, and it has
at least 8 words; tables, commands and untranslated English paragraphs are left out). Tagged with the
audit's own spaCy model (the language layer, mtaudit.detect.nlp), so the tags are those an audit sees.
Only counts of tag sequences are kept: no word of the text is in the model. Tags: the universal part
of speech, with verbs and auxiliaries split by form (infinitive, participle, finite).
"""
from __future__ import annotations

import argparse
import datetime
import glob
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _cache as C  # noqa: E402

from mtaudit.score.fluency import tag_of  # noqa: E402

TEXTS = ["/usr/share/debian-reference/debian-reference.fr.txt.gz", "/usr/share/doc/debian/FAQ/debian-faq.fr.txt.gz"]
HTML = "/usr/share/developers-reference/fr/*.html"
FR = set("le la les de des du et est un une pour que qui dans sur par pas ne se sont au aux avec il elle ce "
         "cette vous nous on leur plus peut être".split())
EN = set("the of and to is are for with this that you it be on".split())


def paragraphs() -> list[str]:
    blocks = []
    for path in TEXTS:
        if Path(path).exists():
            text = gzip.open(path, "rt", encoding="utf-8", errors="replace").read()
            blocks += [" ".join(b.split()) for b in re.split(r"\n\s*\n", text)]
    for path in sorted(glob.glob(HTML)):
        from lxml import html

        doc = html.fromstring(Path(path).read_bytes())
        blocks += [" ".join(p.text_content().split()) for p in doc.iter("p")]
    out = []
    for b in blocks:
        words = re.findall(r"[^\W\d_]+", b.lower())
        if len(words) < 8 or "|" in b or "$ " in b:
            continue
        if sum(w in FR for w in words) >= 0.2 * len(words) and sum(w in EN for w in words) < 0.03 * len(words):
            out.append(b)
    return sorted(set(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=C.ROOT / "mtaudit" / "data" / "pos_trigrams.json")
    args = ap.parse_args()
    paras = paragraphs()
    if not paras:
        raise SystemExit("no French documentation found: install debian-reference-fr debian-faq-fr "
                         "developers-reference-fr (the Makefile's SYSTEM_PACKAGES)")
    an = C.analyses(paras)
    counts: Counter = Counter()
    words = 0
    for (tokens, _, _engine) in an:
        tags = ["<s>", "<s>"] + [tag_of(t) for t in tokens] + ["</s>"]
        words += len(tokens)
        for k in range(2, len(tags)):
            counts[" ".join(tags[k - 2:k + 1])] += 1
    out = {"version": "p1", "date": datetime.date.today().isoformat(), "commit": C.git_head(),
           "trained_on": f"{len(paras)} French prose paragraphs of Debian's documentation (debian-reference-fr, "
                         f"debian-faq-fr, developers-reference-fr), {words} tokens, tagged by {an[0][2]}",
           "trigrams": dict(sorted(counts.items()))}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(paras)} paragraphs, {words} tokens, {len(counts)} trigrams -> {args.out}")


if __name__ == "__main__":
    main()
