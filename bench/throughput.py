"""Batch throughput per core with every default rule: words per CPU-second of one process, on WMT20
QE train documents (../shared/data/wmt20-qe-enfr, MT product listings) and on seed copies (each
with its own first line so no whole-text cache helps). Models are loaded and warmed first (not
counted); peak memory (max RSS) of the process is reported. CPU time is used because the machine
is shared: wall time is printed too.

After the audit, the engines alone run over the WMT20 documents again (spaCy's pipeline in the
same batches, through the language layer, Grammalecte's grammar parse and spelling of each line
with the audit's options; no rule, no score): the ceiling this machine puts on the audit's rate
with these engines. Grammalecte's per-line memos are emptied first; its per-word tables stay warm
from the audit, which flatters the ceiling a little.

Usage: python bench/throughput.py [--docs 300] [--copies 60] [--batch 32] [--profile FILE]
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def wmt20_articles(n: int):
    from mtaudit.read import Article
    from wmt20_qe import load

    docs = load(ROOT.parent / "shared" / "data" / "wmt20-qe-enfr", None)
    docs = list(docs[0])  # (documents, spans that did not fit)
    docs.sort(key=lambda d: d["id"])
    return [Article.from_text(d["text"], id=d["id"]) for d in docs[:n]]


def seed_copies(n: int):
    from mtaudit.read import Article

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [Article.from_text(f"Dépêche n° {i + 1}.\n\n{seeds[i % len(seeds)]}", id=f"copy{i}") for i in range(n)]


def run(auditor, articles, batch: int) -> tuple[float, float, int]:
    words = sum(a.words for a in articles)
    c, w = time.process_time(), time.perf_counter()
    if batch > 1 and hasattr(auditor, "audit_many"):
        for i in range(0, len(articles), batch):
            for _ in auditor.audit_many(articles[i:i + batch]):
                pass
    else:
        for a in articles:
            auditor.audit(a)
    return time.process_time() - c, time.perf_counter() - w, words


def engines_only(auditor, articles, batch: int) -> tuple[float, float, int]:
    """The engines alone, as the audit calls them, over these articles: CPU s, wall s, words."""
    from mtaudit.detect.context import Context
    from mtaudit.detect.nlp import analyse_many, load_spacy
    from mtaudit.lang import grammalecte
    from mtaudit.rules.grammar.grammar_checker import prefetch

    nlp = load_spacy()[0]
    engine = grammalecte.load()
    if nlp is None or engine is None:
        raise SystemExit("the engines row needs spaCy's French model and Grammalecte")
    engine.forget_lines()  # the audit pass parsed and spelled these lines: start them afresh
    words = sum(a.words for a in articles)
    c, w = time.process_time(), time.perf_counter()
    for i in range(0, len(articles), batch):  # spaCy as the language layer runs it
        analyse_many([a.text for a in articles[i:i + batch]], batch_size=batch)
    for a in articles:
        prefetch(Context(a, auditor.config, auditor.resources))  # the grammar parse of each prose line
        for line in a.lines:
            engine.spelling_errors(line.text)
    return time.process_time() - c, time.perf_counter() - w, words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--copies", type=int, default=60)
    ap.add_argument("--batch", type=int, default=32, help="articles per nlp.pipe batch (1: one at a time)")
    ap.add_argument("--profile", help="write a cProfile of the WMT20 pass here")
    args = ap.parse_args()

    from mtaudit.pipeline import Auditor

    auditor = Auditor()
    warm = seed_copies(5)
    run(auditor, warm, args.batch)  # loads models, builds indexes
    sets = [("WMT20 QE train documents", wmt20_articles(args.docs)), ("seed copies", seed_copies(args.copies))]
    print(f"{time.strftime('%Y-%m-%d %H:%M')} batch={args.batch} load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("| corpus | articles | words | CPU s | words/s per core (CPU) | wall s | words/s (wall) |")
    print("|---|---|---|---|---|---|---|")
    for name, arts in sets:
        if args.profile and name.startswith("WMT20"):
            import cProfile

            pr = cProfile.Profile()
            pr.enable()
            cpu, wall, words = run(auditor, arts, args.batch)
            pr.disable()
            pr.dump_stats(args.profile)
        else:
            cpu, wall, words = run(auditor, arts, args.batch)
        print(f"| {name} | {len(arts)} | {words:,} | {cpu:.1f} | {words / cpu:,.0f} | {wall:.1f} | "
              f"{words / wall:,.0f} |")
    cpu, wall, words = engines_only(auditor, sets[0][1], args.batch)
    print(f"| {sets[0][0]}: the engines alone (spaCy + Grammalecte, no rule) | {len(sets[0][1])} | {words:,} | "
          f"{cpu:.1f} | {words / cpu:,.0f} | {wall:.1f} | {words / wall:,.0f} |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS) of this worker: {rss:,.0f} MiB")


if __name__ == "__main__":
    main()
