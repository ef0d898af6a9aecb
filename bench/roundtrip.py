"""Round-trip speed: sentences/s per translation backend available here, per batch size for
marian/ctranslate2, cache-hit speed, encoder speed, and a whole round trip per article.

Usage: python bench/roundtrip.py [--models DIR] [--batch-sizes 1,8,32] [--beam 4] [--max-length 64]
                                 [--tiny] [--device cpu|cuda] [--json]

Sentences: every sentence of seeds/ (French). Translation is French -> English, one pass, no cache.
marian/ctranslate2 use the default models of DIR (models/, from `mtaudit models pull`) when present;
with --tiny (or when none are present) a tiny random MarianMT built on the spot (1 layer, d_model 16,
every output runs to --max-length tokens): its numbers measure the code path and its overheads, not a
real model's speed. Run on demand, not in tests; prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seed_sentences() -> list[str]:
    from mtaudit.read.article import Article
    from mtaudit.roundtrip.fidelity import segments

    out = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        out += [s.text for s in segments(Article.from_text(p.read_text(encoding="utf-8")))]
    return out


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", default=str(ROOT / "models"))
    ap.add_argument("--batch-sizes", default="1,8,32")
    ap.add_argument("--beam", type=int, default=4)
    ap.add_argument("--max-length", type=int, default=64)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--tiny", action="store_true", help="always use the tiny random model for marian/ctranslate2")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from mtaudit.roundtrip.backends import backend_class
    from mtaudit.roundtrip.options import Options

    texts = seed_sentences()
    words = sum(len(t.split()) for t in texts)
    rows: list[dict] = []
    tmp = Path(tempfile.mkdtemp(prefix="mtaudit-rt-bench-"))
    try:
        base = {"beam_size": args.beam, "max_length": args.max_length, "threads": args.threads, "device": args.device,
                "models_dir": args.models}
        real = Options.from_dict(dict(base, engine="auto"))
        use_tiny = args.tiny or backend_class("marian").probe(real) is not None
        model_note = "default opus-mt models"
        if use_tiny:
            from mtaudit.roundtrip.models import convert
            from mtaudit.roundtrip.tiny import build_tiny_marian

            build_tiny_marian(tmp / "tiny-marian")
            convert(tmp / "tiny-marian", tmp / "tiny-marian-ct2", quantization="int8")
            base.update(models_dir=str(tmp), fr_en="tiny-marian", en_fr="tiny-marian")
            model_note = f"tiny random MarianMT (1 layer, d_model 16), outputs run to {args.max_length} tokens"

        for name in ("ctranslate2", "marian"):
            sizes = [int(x) for x in args.batch_sizes.split(",")]
            for bs in sizes:
                opts = Options.from_dict(dict(base, engine=name, batch_size=bs))
                reason = backend_class(name).probe(opts, strict=True)
                if reason:
                    rows.append({"backend": name, "batch": bs, "note": f"unavailable: {reason}"})
                    break
                backend = backend_class(name)(opts)
                backend.translate(texts[:2], "fr-en")  # load the model
                dt = timed(lambda: backend.translate(texts, "fr-en"))
                rows.append({"backend": name, "batch": bs, "beam": args.beam, "sentences": len(texts),
                             "seconds": round(dt, 3), "sent_per_s": round(len(texts) / dt, 1),
                             "words_per_s": round(words / dt), "note": model_note})

        opts = Options.from_dict(dict(base, engine="apertium"))
        reason = backend_class("apertium").probe(opts)
        if reason:
            rows.append({"backend": "apertium", "note": f"unavailable: {reason}"})
        else:
            backend = backend_class("apertium")(opts)
            dt = timed(lambda: backend.translate(texts, "fr-en"), repeat=3)
            rows.append({"backend": "apertium", "batch": "all", "sentences": len(texts), "seconds": round(dt, 3),
                         "sent_per_s": round(len(texts) / dt, 1), "words_per_s": round(words / dt),
                         "note": "fr-es|spa-eng, one call for all sentences"})
            one = texts[:12]
            dt = timed(lambda: backend.translate(one, "fr-en"), repeat=3)
            rows.append({"backend": "apertium", "batch": len(one), "sentences": len(one), "seconds": round(dt, 3),
                         "sent_per_s": round(len(one) / dt, 1), "words_per_s": round(sum(len(t.split()) for t in one) / dt),
                         "note": "one article-sized call (process start-up included)"})

        # cache hits
        from mtaudit.roundtrip.cache import CachedTranslator, TranslationCache

        class Echo:
            name, calls = "echo", 0

            def signature(self, d):
                return "bench-echo"

            def translate(self, items, d):
                return [t[::-1] for t in items]

        cache = TranslationCache(tmp / "cache.sqlite3")
        CachedTranslator(Echo(), cache).translate(texts, "fr-en")
        hit = CachedTranslator(Echo(), cache)
        dt = timed(lambda: hit.translate(texts, "fr-en"), repeat=5)
        rows.append({"backend": "cache hit", "batch": "all", "sentences": len(texts), "seconds": round(dt, 4),
                     "sent_per_s": round(len(texts) / dt), "words_per_s": round(words / dt),
                     "note": "SQLite lookup of every sentence (WAL)"})
        cache.close()

        # the sentence encoder (semantic metric, alignment)
        from mtaudit.roundtrip import encoder

        encoder.get()
        dt = timed(lambda: encoder.embed(texts), repeat=2)
        rows.append({"backend": "encoder", "batch": "all", "sentences": len(texts), "seconds": round(dt, 3),
                     "sent_per_s": round(len(texts) / dt, 1), "words_per_s": round(words / dt),
                     "note": f"{encoder.name()} embeddings, numpy"})

        # a whole round trip per article, engine auto, cold cache then warm cache
        from mtaudit.config import Config
        from mtaudit.read.article import Article
        from mtaudit.roundtrip import run_roundtrip

        arts = [Article.from_text(p.read_text(encoding="utf-8"), id=p.stem) for p in sorted((ROOT / "seeds").glob("*.txt"))]
        total_words = sum(a.words for a in arts)
        for engine in ("auto", "apertium"):
            cfg = Config(roundtrip=dict({k: v for k, v in base.items() if k != "device"}, engine=engine,
                                        cache_dir=str(tmp / f"rt-cache-{engine}")))
            for label in ("empty cache", "cached"):
                t = time.perf_counter()
                results = [run_roundtrip(a, cfg) for a in arts]
                dt = time.perf_counter() - t
                used = sorted({str(r.get("engine")) for r in results})
                if not all(r.get("available") for r in results):
                    rows.append({"backend": f"round trip ({engine})", "note": "unavailable: " + results[0].get("reason", "")})
                    break
                rows.append({"backend": f"round trip {engine}, {label}", "batch": "article", "sentences": len(texts),
                             "seconds": round(dt, 3), "sent_per_s": round(len(texts) / dt, 1),
                             "words_per_s": round(total_words / dt),
                             "note": f"engine {', '.join(used)}: fr->en->fr, chrF++/BLEU/TER, encoder; "
                                     f"{len(arts)} articles, {total_words} words"})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if args.json:
        print(json.dumps(rows, indent=2))
        return
    import os

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(texts)} sentences ({words} words) from seeds/, French -> English; beam {args.beam}, "
          f"threads {args.threads or 'auto'}, {os.cpu_count()} CPUs, load average {load:.1f}\n")
    print("| backend | batch | sentences/s | words/s | seconds | note |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['backend']} | {r.get('batch', '')} | {r.get('sent_per_s', '–')} | {r.get('words_per_s', '–')} | "
              f"{r.get('seconds', '–')} | {r.get('note', '')} |")


if __name__ == "__main__":
    main()
