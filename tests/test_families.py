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


def test_context_memo_builds_once_per_article_and_keeps_no_failure():
    from mtaudit.detect.context import Context

    calls = []
    ctx = Context.from_text("Un texte.")
    assert ctx.memo("k", lambda: calls.append(1) or len(calls)) == 1
    assert ctx.memo("k", lambda: calls.append(1) or len(calls)) == 1
    assert Context.from_text("Un texte.").memo("k", lambda: "other article") == "other article"

    def broken():
        raise RuntimeError("boom")

    for _ in range(2):  # a failed build is not kept: every rule that asks sees the failure
        try:
            ctx.memo("bad", broken)
        except RuntimeError:
            pass
        else:
            raise AssertionError("memo swallowed the failure")


def test_the_rule_template_in_docs_is_a_working_rule():
    import re
    import types
    from pathlib import Path

    from mtaudit.config import Config
    from mtaudit.detect import Context, run_rules

    doc = (Path(__file__).resolve().parent.parent / "docs" / "rule-template.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.*?)```", doc, re.S).group(1)
    module = types.ModuleType("mtaudit.rules.template_example")
    exec(compile(code.replace("from ...", "from mtaudit."), "rule-template.md", "exec"), module.__dict__)
    rules = [v for v in vars(module).values() if isinstance(v, type) and issubclass(v, Rule) and v.id]
    assert len(rules) == 1
    rule = rules[0]
    assert rule.validate() == [] and rule.id not in all_rules()
    for ex in rule.examples_bad + rule.examples_good:
        ctx = Context.from_text(ex.text, Config())
        findings, failures = run_rules(ctx, [rule(ctx.config)])
        assert not failures
        if ex in rule.examples_good:
            assert not findings
        else:
            assert [f.text for f in findings] == ex.flags and ex.suggestion in [f.suggestion for f in findings]
