"""Rewrite tests/golden/*.json from the current code: `PYTHONPATH=$PWD python -m tests.regen_golden`."""
import tempfile
from pathlib import Path

from tests.golden_util import GOLDEN, make_reports, write_golden

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        reports = make_reports(Path(tmp))
    write_golden(reports)
    print(f"wrote {len(reports)} golden report(s) to {GOLDEN}")
