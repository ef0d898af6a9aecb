"""Every registered rule: a valid declaration, and its own examples behave as documented."""
import pytest

from mtaudit.config import Config
from mtaudit.detect import Context, all_rules, run_rules

RULES = list(all_rules().values())
BAD = [(r, i) for r in RULES for i in range(len(r.examples_bad))]
GOOD = [(r, i) for r in RULES for i in range(len(r.examples_good))]


def _run(rule_cls, example):
    ctx = Context.from_text(example.text, Config(), **example.context)
    rule = rule_cls(ctx.config)
    findings, failures = run_rules(ctx, [rule])
    assert not failures, failures
    return findings


def test_registry_is_not_empty():
    assert len(RULES) >= 3


@pytest.mark.parametrize("rule_cls", RULES, ids=lambda r: r.id)
def test_declaration(rule_cls):
    assert rule_cls.validate() == []


@pytest.mark.parametrize("rule_cls,i", BAD, ids=lambda x: x.id if isinstance(x, type) else str(x))
def test_incorrect_example_is_flagged(rule_cls, i):
    ex = rule_cls.examples_bad[i]
    findings = _run(rule_cls, ex)
    assert findings, f"{rule_cls.id} found nothing in {ex.text!r}"
    texts = [f.text for f in findings]
    for flag in ex.flags:
        assert flag in texts, f"{rule_cls.id}: expected a finding on {flag!r}, got {texts}"
    if ex.suggestion is not None:
        assert ex.suggestion in [f.suggestion for f in findings], [f.suggestion for f in findings]
    for f in findings:
        assert f.rule == rule_cls.id and f.text == ex.text[f.start:f.end]


@pytest.mark.parametrize("rule_cls,i", GOOD, ids=lambda x: x.id if isinstance(x, type) else str(x))
def test_correct_example_is_quiet(rule_cls, i):
    ex = rule_cls.examples_good[i]
    findings = _run(rule_cls, ex)
    assert not findings, f"{rule_cls.id} flagged correct text: {[(f.text, f.message) for f in findings]}"
