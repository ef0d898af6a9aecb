"""Cold-start machinery: the compiled-regex cache and the resident `check` worker give the same
results as plain `re` and as an in-process `check`."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# a pattern slow enough to be cached: many alternatives over large Unicode classes, with groups
BIG = "(?iu)" + "|".join(f"(?:^{w}[-‐][{chr(0x00C0)}-{chr(0x024F)}a-z{chr(0x0400)}-{chr(0x04FF)}]+$)"
                          for w in ("anti", "auto", "contre", "extra", "hyper", "inter", "micro", "multi",
                                    "post", "pré", "semi", "sous", "super", "ultra")) + r"|(?P<num>\d+)-(?P<x>x)"
SAMPLES = ["anti-éléphant", "Contre-Ёж", "sous-marin", "sousmarin", "12-x", "12-y", "ultra-", "hyper-ça"]


def _run(code: str, cache: Path) -> str:
    env = dict(os.environ, MTAUDIT_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout


def test_regex_cache_gives_the_same_compiled_pattern(tmp_path):
    code = f"""
import re, sys
from mtaudit import recache
recache.MIN_SECONDS = 0
recache.install()
p = re.compile({BIG!r})
print(len(recache._entries) > 0, p.pattern == {BIG!r}, p.flags, p.groups, sorted(p.groupindex.items()))
for s in {SAMPLES!r}:
    m = p.match(s)
    print(s, bool(m), m and m.span(), m and m.groupdict())
recache.save()
"""
    first = _run(code, tmp_path)
    files = list(tmp_path.glob("re-*.marshal"))
    assert files, "the cache file was not written"
    second = _run(code, tmp_path)  # now served from the cache
    assert first == second
    assert first.startswith("True True")
    plain = re.compile(BIG)
    expected = [f"{s} {bool(m)} {m and m.span()} {m and m.groupdict()}" for s in SAMPLES for m in [plain.match(s)]]
    assert second.splitlines()[1:] == expected


def test_damaged_regex_cache_falls_back(tmp_path):
    code = f"""
import re
from mtaudit import recache
recache.install()
print(bool(re.compile({BIG!r}).match("sous-marin")))
"""
    for f in ("garbage", ""):
        (tmp_path / "junk").write_text(f)
    _run(code.replace("recache.install()", "recache.MIN_SECONDS = 0\nrecache.install()") + "recache.save()", tmp_path)
    for p in tmp_path.glob("re-*.marshal"):
        p.write_bytes(b"\x00not marshal")
    assert _run(code, tmp_path).strip() == "True"


@pytest.mark.slow
def test_check_through_the_worker_is_byte_identical(tmp_path):
    """`check` answered by a resident worker prints exactly what an in-process check prints."""
    env = dict(os.environ, MTAUDIT_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    art = tmp_path / "a.txt"
    art.write_text("Le Premier ministre a annoncé mardi un nouveau plan. Les mesures a été présentées "
                   "devant la coalition des volontaires, a-t-il déclaré.\n", encoding="utf-8")
    py = [sys.executable, "-m", "mtaudit"]
    inproc = subprocess.run(py + ["check", str(art), "--no-config"], env=dict(env, MTAUDIT_WORKER="off"),
                            capture_output=True, cwd=tmp_path)
    start = subprocess.run(py + ["worker", "start", "--idle-timeout", "300"], env=env, capture_output=True, text=True)
    assert start.returncode == 0, start.stderr
    try:
        status = subprocess.run(py + ["worker", "status"], env=env, capture_output=True, text=True)
        assert status.returncode == 0 and "running" in status.stdout
        via = subprocess.run(py + ["check", str(art), "--no-config"], env=env, capture_output=True, cwd=tmp_path)
        piped = subprocess.run(py + ["check", "-", "--no-config"], env=env, capture_output=True, cwd=tmp_path,
                               input=art.read_bytes())
        missing = subprocess.run(py + ["check", "nope.txt"], env=env, capture_output=True, cwd=tmp_path)
        # a terminal in another language is not answered by the English worker (falls back in-process)
        french = subprocess.run(py + ["check", str(art), "--no-config"], env=dict(env, LANGUAGE="fr"),
                                capture_output=True, cwd=tmp_path)
    finally:
        subprocess.run(py + ["worker", "stop"], env=env, capture_output=True)
    assert via.returncode == inproc.returncode
    assert via.stdout == inproc.stdout and via.stdout.startswith(b"{")
    assert piped.stdout.replace(b'"stdin"', b'"x"').count(b'"findings"') == 1
    assert missing.returncode == 2 and b"nope.txt" in missing.stderr
    assert json.loads(french.stdout)["lang"] == "fr"
    after = subprocess.run(py + ["worker", "status"], env=env, capture_output=True, text=True)
    assert after.returncode == 1
