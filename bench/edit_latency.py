"""CPU and wall time per audit of the service's two latency cases, in process (no HTTP), and the
same for another checkout of mtaudit, side by side, runs alternating.

Usage: python bench/edit_latency.py [--requests 30] [--runs 2] [--words 860] [--against DIR] [--no-helper]
       [--helper-policy always|auto] [--json]

Each run starts a fresh process that builds its auditors the way `mtaudit serve` does
(ServiceState's AuditorCache: concurrent, and reusing per-paragraph work where the checkout has it),
warms up on one article, then audits --requests never-seen articles (every paragraph unique) and
--requests drafts of one article, each the previous one with one paragraph edited (bench/serve_load.py
builds both the same way). With the engine helper process that `serve` starts (lang/helper.py)
when the checkout has one; --no-helper adds runs of this checkout without it. It reports p50/p95 of
CPU time (process_time: every thread of the process, plus the helper process's CPU), wall time,
and the audit process's own CPU time (without the helper's: with a free core for the helper, the
audit cannot take less than this) per audit. --against DIR runs DIR's code (another worktree or an unpacked
commit) in alternate runs. The load average is printed beside each run: on a shared machine the
wall times vary with it; the CPU times much less. Run on demand (a few minutes).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1] + "/bench")
from serve_load import make_article, edited_drafts
from mtaudit.config import Config
from mtaudit.read.article import Article
from mtaudit.request import AuditorCache
helper = None
try:
    from mtaudit.lang.helper import EngineHelper
    try:  # as the service builds it (with a spaCy share where the checkout has one)
        helper = EngineHelper(policy=sys.argv[5], spacy=True) if sys.argv[4] == "1" else None
    except TypeError:
        helper = EngineHelper(policy=sys.argv[5]) if sys.argv[4] == "1" else None
    helper = helper.start() if helper is not None else None
    if helper is not None and not helper.wait_ready(300):
        raise SystemExit("the engine helper did not start: %s" % helper.error)
    cache = AuditorCache(Config(), concurrent=True, reuse=True, helper=helper)
except ImportError:  # a checkout without the engine helper
    try:
        cache = AuditorCache(Config(), concurrent=True, reuse=True)
    except TypeError:  # a checkout without per-paragraph reuse
        cache = AuditorCache(Config(), concurrent=True)
auditor = cache.get()
words, n = int(sys.argv[2]), int(sys.argv[3])
auditor.audit(Article.from_text(make_article(words, "warm"), id="warm"))
def helper_cpu():
    if helper is None or helper._proc is None:
        return 0.0
    f = open("/proc/%d/stat" % helper._proc.pid).read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
import os
def timed(texts):
    cpu, wall, main = [], [], []
    for t in texts:
        c, h, w = time.process_time(), helper_cpu(), time.perf_counter()
        auditor.audit(Article.from_text(t, id="bench"))
        main.append(time.process_time() - c)
        cpu.append(main[-1] + helper_cpu() - h); wall.append(time.perf_counter() - w)
    return cpu, wall, main
out = {}
out["never-seen"] = timed(make_article(words, f"ns{i}") for i in range(n))
body = edited_drafts(words, "ed")
out["edited"] = timed(json.loads(body(i))["text"] for i in range(n + 1))
out["edited"] = [x[1:] for x in out["edited"]]  # the first draft is never-seen
print(json.dumps(out))
"""


POLICY = ["always"]


def pct(values, q):
    v = sorted(values)
    k = (len(v) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (k - lo)


def run(tree: Path, words: int, n: int, helper: bool = True) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    load = os.getloadavg()[0]
    proc = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(words), str(n), "1" if helper else "0", POLICY[0]],
                          env=env, cwd=tree,
                          capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr[-2000:])
    raw = json.loads(proc.stdout.strip().splitlines()[-1])
    res = {"tree": str(tree), "helper": helper, "load_before": round(load, 2), "load_after": round(os.getloadavg()[0], 2)}
    for phase, (cpu, wall, *main) in raw.items():
        main = main[0] if main else cpu
        res[phase] = {"cpu_p50_ms": round(pct(cpu, .5) * 1000, 1), "cpu_p95_ms": round(pct(cpu, .95) * 1000, 1),
                      "wall_p50_ms": round(pct(wall, .5) * 1000, 1), "wall_p95_ms": round(pct(wall, .95) * 1000, 1),
                      "main_cpu_p50_ms": round(pct(main, .5) * 1000, 1),
                      "main_cpu_p95_ms": round(pct(main, .95) * 1000, 1)}
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--words", type=int, default=860)
    ap.add_argument("--against", type=Path, help="another checkout to compare with (runs alternate)")
    ap.add_argument("--no-helper", action="store_true",
                    help="this checkout without its engine helper process (the thread only), as a third tree")
    ap.add_argument("--helper-policy", choices=("always", "auto"), default="always",
                    help="the helper's policy: always (default here) or auto (serve's: only while a core is free)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    POLICY[0] = args.helper_policy
    trees = [(args.against.resolve(), True)] if args.against else []
    trees += [(ROOT, False)] if args.no_helper else []
    trees += [(ROOT, True)]
    results = []
    for r in range(args.runs):
        for tree, helper in trees:
            res = run(tree, args.words, args.requests, helper)
            res["run"] = r + 1
            results.append(res)
            if not args.json:
                name = tree.name + ("" if helper else "/thread")
                print(f"run {r + 1} {name:>12} load {res['load_before']:5.2f}  "
                      + "  ".join(f"{p}: cpu p50/p95 {res[p]['cpu_p50_ms']:.0f}/{res[p]['cpu_p95_ms']:.0f} ms, "
                                  f"wall {res[p]['wall_p50_ms']:.0f}/{res[p]['wall_p95_ms']:.0f} ms, "
                                  f"audit process cpu {res[p]['main_cpu_p50_ms']:.0f}/{res[p]['main_cpu_p95_ms']:.0f} ms"
                                  for p in ("never-seen", "edited")), flush=True)
    if args.json:
        print(json.dumps({"date": time.strftime("%Y-%m-%d"), "words": args.words, "requests": args.requests,
                          "results": results}, indent=2))


if __name__ == "__main__":
    main()
