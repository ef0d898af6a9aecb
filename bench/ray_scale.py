"""Scale-out on Ray: `mtaudit audit --engine ray` with 1 and 2 actors against the local runner, on a
JSONL corpus of WMT20 QE train documents (../shared) or seed copies.

Reports per run: wall time, words/s, words/s per worker, and the peak memory (max RSS, read from
/proc while the run lasts) of the biggest Ray actor process; plus Ray's own start-up time
(ray.init + shutdown with nothing to do). Every run is a new process with --force. Run on demand.

Usage: python bench/ray_scale.py [--docs 200] [--kind wmt20|seeds] [--jobs 1,2]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def write_corpus(path: Path, kind: str, n: int) -> int:
    from throughput import seed_copies, wmt20_articles

    arts = wmt20_articles(n) if kind == "wmt20" else seed_copies(n)
    with path.open("w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n")
    return sum(a.words for a in arts)


def rss_watch(stop: threading.Event, peaks: dict) -> None:
    """Max RSS (MiB) per process whose command line names a Ray Data map worker."""
    while not stop.is_set():
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                if b"MapWorker" not in cmd and b"ray::" not in cmd:
                    continue
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peaks[pid] = max(peaks.get(pid, 0), int(line.split()[1]) / 1024)
            except OSError:
                continue
        stop.wait(0.5)


def run(cmd, env) -> tuple[float, dict, int]:
    peaks: dict = {}
    stop = threading.Event()
    t = threading.Thread(target=rss_watch, args=(stop, peaks), daemon=True)
    t.start()
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    stop.set()
    t.join()
    if p.returncode not in (0, 1):
        sys.exit(f"failed: {p.stderr[-2000:]}")
    return wall, peaks, p.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--kind", choices=("wmt20", "seeds"), default="wmt20")
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    py = [sys.executable, "-m", "mtaudit"]
    rows = []
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "corpus.jsonl"
        words = write_corpus(src, args.kind, args.docs)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import ray; ray.init(num_cpus=2, include_dashboard=False, "
                        "logging_level='ERROR'); ray.shutdown()"], env=env, check=True, capture_output=True)
        ray_start = time.perf_counter() - t0
        base = py + ["audit", str(src), "--no-config", "--quiet", "--force", "--format", "json"]
        wall, _, _ = run(base + ["--out", str(Path(d) / "local")], env)
        rows.append(("local runner, 1 process", 1, wall, None))
        for j in [int(x) for x in args.jobs.split(",")]:
            wall, peaks, _ = run(base + ["--out", str(Path(d) / f"ray{j}"), "--engine", "ray", "--jobs", str(j)], env)
            rows.append((f"--engine ray, {j} actor(s)", j, wall, max(peaks.values()) if peaks else None))
    print(f"{time.strftime('%Y-%m-%d %H:%M')}: {args.docs} {args.kind} articles, {words:,} words; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; Ray start+stop alone {ray_start:.1f} s")
    print("| run | wall s (start-up included) | words/s | words/s per worker | peak RSS of a Ray worker |")
    print("|---|---:|---:|---:|---:|")
    for name, workers, wall, rss in rows:
        print(f"| {name} | {wall:.1f} | {words / wall:,.0f} | {words / wall / workers:,.0f} | "
              f"{f'{rss:,.0f} MiB' if rss else '-'} |")


if __name__ == "__main__":
    main()
