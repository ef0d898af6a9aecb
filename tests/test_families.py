"""The rule registry is explicit: mtaudit.rules.FAMILIES names the families, each family's RULES
lists its rules. A rule class written but not listed would never run: this test finds it."""
import importlib
import pkgutil

import mtaudit.rules as pkg
from mtaudit.detect.registry import all_rules
from mtaudit.detect.rule import Rule


def _declared_rules():
    out = {}
    for info in pkgutil.walk_packages(pkg.__path__, prefix=pkg.__name__ + "."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Rule) and obj.id and obj.__module__ == module.__name__:
                out[obj.id] = obj
    return out


def test_every_rule_class_is_registered():
    declared = _declared_rules()
    registered = all_rules()
    assert sorted(declared) == sorted(registered)
    assert all(declared[i] is registered[i] for i in declared)


def test_every_family_is_a_package_listed_once():
    found = sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.ispkg)
    assert sorted(pkg.FAMILIES) == found
    assert len(set(pkg.FAMILIES)) == len(pkg.FAMILIES)


def test_a_rule_lives_in_its_family_package():
    for family in pkg.FAMILIES:
        for rule in importlib.import_module(f"{pkg.__name__}.{family}").RULES:
            assert rule.__module__.startswith(f"{pkg.__name__}.{family}."), rule
