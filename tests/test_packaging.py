"""pyproject says what works: Python 3.11+ (settings.py imports tomllib from the standard library)."""
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_requires_python_matches_the_code():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["requires-python"].strip() == ">=3.11"
    assert sys.version_info >= (3, 11)
    assert "import tomllib" in (ROOT / "mtaudit/settings.py").read_text(encoding="utf-8")
    extras = [d for deps in meta["optional-dependencies"].values() for d in deps]
    assert not any(d.startswith("tomli") for d in extras)  # no back-port needed any more
