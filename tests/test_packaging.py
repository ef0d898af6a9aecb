"""pyproject says what works: Python 3.11+ (settings.py imports tomllib from the standard library)."""
import sys
import tomllib

from conftest import ROOT


def test_requires_python_matches_the_code():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert meta["requires-python"].strip() == ">=3.11"
    assert sys.version_info >= (3, 11)
    assert "import tomllib" in (ROOT / "mtaudit/settings.py").read_text(encoding="utf-8")
    extras = [d for deps in meta["optional-dependencies"].values() for d in deps]
    assert not any(d.startswith("tomli") for d in extras)  # no back-port needed any more


def _imported_modules(*folders: str) -> set[str]:
    """The top-level names of every absolute import statement (parsed: a docstring line that starts with
    "from it" is no import)."""
    import ast

    found = set()
    for folder in folders:
        for f in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found |= {a.name.split(".")[0] for a in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module.split(".")[0])
    return found


def test_every_imported_package_is_declared_in_pyproject():
    """A fresh `make install` (pip install -e ".[all]") must give the package and the tests what they import."""
    import re
    from importlib import metadata

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    norm = lambda name: re.sub(r"[-_.]+", "-", name).lower()  # noqa: E731
    spec = lambda req: norm(re.match(r"[A-Za-z0-9_.-]+", req).group(0))  # noqa: E731
    declared = {spec(d) for d in meta["dependencies"]}
    declared |= {spec(d) for deps in meta["optional-dependencies"].values() for d in deps if not d.startswith("mtaudit")}
    reachable = set(declared)  # and what they pull in themselves (numpy through torch, ctranslate2...)
    for dist in declared:
        try:
            reachable |= {spec(r) for r in metadata.requires(dist) or []}
        except metadata.PackageNotFoundError:
            pass
    local = {"mtaudit", "tests", "conftest", "golden_util"} | {p.stem for p in (ROOT / "tests").glob("*.py")} \
        | {p.stem for p in (ROOT / "bench").glob("*.py")}  # a test may read a bench script (test_estimate)
    system = {"grammalecte"}  # Debian python3-grammalecte: the Makefile's SYSTEM_PACKAGES, optional
    dists = metadata.packages_distributions()
    missing = []
    for module in sorted(_imported_modules("mtaudit", "tests") - set(sys.stdlib_module_names) - local - system):
        names = {norm(d) for d in dists.get(module, [module])}
        if not names & reachable:
            missing.append(f"{module} ({', '.join(sorted(names))})")
    assert not missing, f"imported but not in pyproject.toml: {missing}"
