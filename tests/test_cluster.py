"""`mtaudit audit --engine ray`: a local two-worker Ray writes the same reports, byte for byte, as
the local runner, and resumes like it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

pytest.importorskip("ray.data")


def corpus(folder: Path) -> Path:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for i in range(20):  # short articles keep the run modest: Ray's start-up dominates anyway
            paras = [p for p in seeds[i % len(seeds)].split("\n\n") if p.strip()]
            text = f"Dépêche n° {i + 1}.\n\n" + "\n\n".join(paras[:2]) + "\n"
            f.write(json.dumps({"id": f"art{i:02d}", "text": text}, ensure_ascii=False) + "\n")
    return path


def audit(args, cwd):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "mtaudit", "audit", *args, "--no-config", "--quiet"],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


@pytest.mark.slow
def test_ray_engine_writes_the_local_reports_and_resumes(tmp_path):
    src = corpus(tmp_path)
    local = audit([str(src), "--out", "local", "--format", "json,md"], tmp_path)
    assert local.returncode in (0, 1), local.stderr
    ray = audit([str(src), "--out", "ray", "--format", "json,md", "--engine", "ray", "--jobs", "2"], tmp_path)
    assert ray.returncode == local.returncode, ray.stderr[-3000:]
    names = sorted(p.name for p in (tmp_path / "local").iterdir())
    assert sum(n.endswith(".json") for n in names) >= 20
    assert names == sorted(p.name for p in (tmp_path / "ray").iterdir())
    for name in names:
        if name.endswith((".json", ".md", ".csv")):
            assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
    # resume: nothing changed, nothing is re-audited, the reports stay as they are
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "ray").glob("art*.json")}
    again = audit([str(src), "--out", "ray", "--format", "json,md", "--engine", "ray", "--jobs", "2"], tmp_path)
    assert again.returncode == local.returncode, again.stderr[-3000:]
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "ray").glob("art*.json")} == before


def test_address_needs_the_ray_engine(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Texte.\n", encoding="utf-8")
    r = audit([str(src), "--out", "o", "--address", "127.0.0.1:6379"], tmp_path)
    assert r.returncode == 2 and "--engine ray" in r.stderr
