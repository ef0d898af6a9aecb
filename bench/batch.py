"""Batch throughput: `mtaudit audit` over a corpus made by repeating the seeds, with 1 and 2 jobs.

Usage: python bench/batch.py [--articles 1000] [--jobs 1,2] [--timeout 900] [--input files|jsonl] [--json]

Each copy of a seed gets its own first line ("Dépêche n° 17.") so no whole-text cache can help.
Every run is a new process (start-up and model loading included), --force, JSON reports only,
into a temporary folder; each run is killed after --timeout seconds. Peak memory (VmHWM from /proc,
sampled) of the driver and of the largest worker process is reported. Run on demand, not in tests.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_corpus(folder: Path, n: int, kind: str) -> tuple[list[str], int]:
    from mtaudit.read import count_words

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts = [f"Dépêche n° {i + 1}.\n\n{seeds[i % len(seeds)]}" for i in range(n)]
    words = sum(count_words(t) for t in texts)
    if kind == "jsonl":
        path = folder / "corpus.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for i, t in enumerate(texts):
                fh.write(json.dumps({"id": f"a{i + 1:05d}", "text": t}, ensure_ascii=False) + "\n")
        return [str(path)], words
    d = folder / "articles"
    d.mkdir()
    for i, t in enumerate(texts):
        (d / f"a{i + 1:05d}.txt").write_text(t, encoding="utf-8")
    return [str(d)], words


def _peak_kib(pid: int) -> int:
    """A process's peak resident memory so far (VmHWM, KiB; Linux), 0 when unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except (OSError, ValueError):
        return []


def run(inputs: list[str], out: Path, jobs: int, timeout: float) -> dict:
    """One `mtaudit audit` run; its peak memory is sampled every 0.2 s from /proc: the driver (the
    mtaudit process) and the largest of its worker processes (--jobs > 1)."""
    cmd = [sys.executable, "-m", "mtaudit", "audit", *inputs, "--out", str(out), "--format", "json", "--quiet",
           "--force", "--jobs", str(jobs)]
    env = dict(os.environ, CI="true")
    t = time.perf_counter()
    driver = worker = 0
    errfile = tempfile.TemporaryFile(mode="w+")  # not a pipe: a full pipe would stall the run
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=errfile, text=True)
    try:
        while proc.poll() is None:
            if time.perf_counter() - t > timeout:
                raise subprocess.TimeoutExpired(cmd, timeout)
            driver = max(driver, _peak_kib(proc.pid))
            for child in _children(proc.pid):
                worker = max(worker, _peak_kib(child))
            time.sleep(0.2)
        errfile.seek(0)
        code, err = proc.returncode, errfile.read().strip()[-500:]
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        code, err = None, f"killed after {timeout:.0f} s"
    finally:
        errfile.close()
    return {"jobs": jobs, "seconds": time.perf_counter() - t, "exit": code, "stderr": err,
            "reports": len(list(out.glob("*.json"))), "driver_peak_mib": round(driver / 1024),
            "worker_peak_mib": round(worker / 1024) if worker else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="corpus size (default 1000)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated job counts (default 1,2)")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before a run is killed (default 900)")
    ap.add_argument("--input", choices=["files", "jsonl"], default="files", help="a folder of .txt or one .jsonl")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",") if j.strip()]

    results = []
    with tempfile.TemporaryDirectory(prefix="mtaudit-bench-") as tmp:
        tmp = Path(tmp)
        inputs, words = make_corpus(tmp, args.articles, args.input)
        for j in jobs:
            r = run(inputs, tmp / f"out{j}", j, args.timeout)
            ok = r["exit"] in (0, 1) and r["reports"] == args.articles
            r.update(articles=args.articles, words=words, ok=ok,
                     articles_per_s=args.articles / r["seconds"] if ok else None,
                     words_per_s=words / r["seconds"] if ok else None)
            results.append(r)
    if args.json:
        print(json.dumps({"cpus": os.cpu_count(), "input": args.input, "results": results}, indent=2))
    else:
        print(f"{args.articles} articles, {words} words ({args.input}), {os.cpu_count()} CPUs; "
              "end-to-end wall time including start-up and model loading")
        print(f"{time.strftime('%Y-%m-%d %H:%M')}, load average {os.getloadavg()[0]:.1f}")
        print("| jobs | seconds | articles/s | words/s | driver peak MiB | worker peak MiB |")
        print("|---:|---:|---:|---:|---:|---:|")
        for r in results:
            if r["ok"]:
                print(f"| {r['jobs']} | {r['seconds']:.1f} | {r['articles_per_s']:.1f} | {r['words_per_s']:,.0f} | "
                      f"{r['driver_peak_mib']} | {r['worker_peak_mib'] or '–'} |")
            else:
                print(f"| {r['jobs']} | failed (exit {r['exit']}, {r['reports']} reports): {r['stderr']} | | |")
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
