"""The seeds' JSON reports equal the golden copy in tests/golden/ (keys that vary by machine aside).

A refactor must leave them unchanged. After an intended change of rule behaviour, regenerate them in
the same commit: `PYTHONPATH=$PWD python -m tests.regen_golden` (see tests/golden_util.py)."""
import pytest

from golden_util import SEEDS, make_reports, normalise, read_golden


def test_seed_reports_match_golden(tmp_path):
    golden = read_golden()
    assert sorted(golden) == sorted(p.stem for p in SEEDS.glob("*.txt")), "regenerate: python -m tests.regen_golden"
    got = {k: normalise(v) for k, v in make_reports(tmp_path).items()}
    engines = {k: g.get("engines") for k, g in golden.items()}
    if any(got[k].get("engines") != engines[k] for k in got):
        pytest.skip(f"golden made with engines {next(iter(engines.values()))}, this machine has "
                    f"{next(iter(got.values())).get('engines')}")
    for name in golden:
        g, r = golden[name], got[name]
        assert r["findings"] == g["findings"], f"{name}: findings differ from tests/golden/{name}.json"
        assert r == g, f"{name}: report differs from tests/golden/{name}.json"
