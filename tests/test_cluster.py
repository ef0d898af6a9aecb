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


def audit(args, cwd, timeout=900):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "mtaudit", "audit", *args, "--no-config", "--quiet"],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


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


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rows(folder: Path) -> Path:
    path = folder / "rows.jsonl"
    path.write_text('{"id": "a", "text": "Le maire a inauguré la médiathèque samedi."}\n'
                    '{"id": "empty", "text": "  "}\n', encoding="utf-8")
    return path


@pytest.mark.parametrize("scheme", ["", "ray://"])
def test_an_unreachable_address_is_one_error_in_seconds(tmp_path, scheme):
    import time

    address = f"{scheme}127.0.0.1:{_closed_port()}"
    t = time.monotonic()
    r = audit([str(_rows(tmp_path)), "--out", "o", "--engine", "ray", "--address", address], tmp_path, timeout=120)
    assert time.monotonic() - t < 60, r.stderr
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr[-3000:]
    lines = [x for x in r.stderr.splitlines() if x.startswith("mtaudit: error:")]
    assert "row 2" in lines[0]  # the rows' errors already read are still printed
    assert lines[-1].startswith(f"mtaudit: error: cannot reach the Ray cluster at {address} (") or \
        "pip install 'ray[client]'" in lines[-1], lines
    assert (tmp_path / "o" / "index.html").exists()


def test_a_malformed_address_is_a_usage_error(tmp_path):
    r = audit([str(_rows(tmp_path)), "--out", "o", "--engine", "ray", "--address", "head"], tmp_path)
    assert r.returncode == 2 and r.stderr.startswith("mtaudit: error: --address head: expected"), r.stderr


def test_a_ray_job_that_fails_keeps_the_reports_already_written(tmp_path, monkeypatch):
    """Ray loses an actor mid-window: the reports that came back are written, the window's other
    articles are listed as not audited, and the run stops with its reason (exit 2)."""
    from types import SimpleNamespace

    import numpy as np

    from mtaudit import cluster
    from mtaudit.config import Config
    from mtaudit.runner import BatchOptions, run_batch

    class Dataset:
        def __init__(self, rows):
            self.rows = rows

        def map_batches(self, actor, **kw):
            self.actor = actor
            return self

        def iter_batches(self, **kw):
            first = self.rows[:1]
            yield self.actor()({k: np.asarray([r[k] for r in first], dtype=object) for k in first[0]})
            raise RuntimeError("ActorDiedError: the actor died unexpectedly\n(traceback...)")

    fake = SimpleNamespace(data=SimpleNamespace(from_items=lambda rows, **kw: Dataset(rows),
                                                ActorPoolStrategy=lambda size: None))
    monkeypatch.setattr(cluster, "start", lambda address, jobs, quiet=False: fake)
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Le maire a parlé {i} fois samedi."}) + "\n"
                           for i in range(3)), encoding="utf-8")
    out = tmp_path / "o"
    result = run_batch([str(src)], Config(), BatchOptions(out=out, formats=["json"], engine="ray", jobs=1))
    assert [r["article"]["id"] for r in result.reports] == ["a0"] and (out / "a0.json").exists()
    assert [e.problem for e in result.errors] == ["not audited: the Ray job failed (see the error below)"] * 2
    assert result.stopped.startswith("the Ray job failed (RuntimeError: ActorDiedError: the actor died unexpectedly)")
    assert "the Ray job failed" in (out / "index.html").read_text(encoding="utf-8")


def test_quiet_silences_ray_s_own_warnings(monkeypatch):
    import logging

    pytest.importorskip("ray")
    import ray

    from mtaudit import cluster

    monkeypatch.setattr(ray, "is_initialized", lambda: True)  # no Ray started: only the settings are read
    for name in ("ray", "ray.data"):
        monkeypatch.setattr(logging.getLogger(name), "level", logging.NOTSET)
    cluster.start(None, 1, quiet=True)
    assert logging.getLogger("ray.data").level == logging.ERROR
    cluster.start(None, 1)
    assert logging.getLogger("ray.data").level == logging.WARNING
    # mtaudit turns Ray Data's progress bars off: Ray's warning that they are off is noise, -q or not
    assert logging.getLogger("ray.data._internal.progress").level == logging.ERROR


def test_ctrl_c_mutes_the_raylet_lines_of_the_actors_ray_kills(monkeypatch):
    pytest.importorskip("ray")
    from ray._private import worker

    from mtaudit import cluster

    monkeypatch.setattr(worker, "_worker_logs_enabled", True)
    cluster.mute_driver_logs()
    assert worker._worker_logs_enabled is False


def test_html_and_bilingual_inputs_are_audited_on_ray_as_locally(tmp_path, monkeypatch):
    """HTML (with its offset map) and bilingual files (with their units) go to the Ray actors like
    plain text, and come back with the reports the local runner writes."""
    import shutil
    from types import SimpleNamespace

    import numpy as np

    from mtaudit import cluster
    from mtaudit.config import Config
    from mtaudit.runner import BatchOptions, run_batch

    sent = []

    class Dataset:
        def __init__(self, rows):
            self.rows = rows
            sent.extend(rows)

        def map_batches(self, actor, **kw):
            self.actor = actor
            return self

        def iter_batches(self, **kw):
            yield self.actor()({k: np.asarray([r[k] for r in self.rows], dtype=object) for k in self.rows[0]})

    fake = SimpleNamespace(data=SimpleNamespace(from_items=lambda rows, **kw: Dataset(rows),
                                                ActorPoolStrategy=lambda size: None))
    monkeypatch.setattr(cluster, "start", lambda address, jobs, quiet=False: fake)
    (tmp_path / "p.html").write_text('<p class="x">Le maire a inauguré la médiathèque samedi. '
                                     '(Tagstotranslate) Politique (T) Monde</p>\n', encoding="utf-8")
    shutil.copy(ROOT / "tests/data/l10n/messages.po", tmp_path / "messages.po")
    (tmp_path / "t.txt").write_text("Le maire a parlé samedi.\n", encoding="utf-8")
    inputs = [str(tmp_path / n) for n in ("p.html", "messages.po", "t.txt")]
    outs = {}
    for engine in ("local", "ray"):
        out = tmp_path / engine
        run_batch(inputs, Config(), BatchOptions(out=out, formats=["json"], engine=engine, jobs=1))
        outs[engine] = {p.name: p.read_bytes() for p in out.glob("*.json")}
    assert len(sent) == 3  # none audited in the driver
    assert sorted(outs["ray"]) == ["messages.json", "p.json", "t.json"] and outs["ray"] == outs["local"]
    assert b"html_start" in outs["ray"]["p.json"]
