"""Agreement rules (MTA501 Grammalecte, MTA502 noun phrase) leave a word used invariably alone, and
still report the real slips next to it."""
import pytest

from mtaudit.config import Config
from mtaudit.detect import Context, all_rules, run_rules
from mtaudit.lang import grammalecte

pytestmark = pytest.mark.skipif(grammalecte.load() is None, reason="Grammalecte not installed")


def agreement(text):
    rules = all_rules()
    ctx = Context.from_text(text, Config())
    findings, failures = run_rules(ctx, [rules["MTA501"](ctx.config), rules["MTA502"](ctx.config)])
    assert not failures, failures
    return [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("text", [
    # colloquial "genre" (= "such as") between a noun and what describes it: invariable
    "Il invite des amis genre artistes.",
    "Je ne veux pas parler des amis genre artistes exagérément snobs.",
    # the noun-phrase check stops before the classifier instead of reading "les gays genre" as one phrase
    "Je ne veux pas dire les gays genre stéréotypes exagérément efféminés.",
])
def test_invariable_classifier_is_not_an_agreement_error(text):
    assert agreement(text) == []


@pytest.mark.parametrize("text, span", [
    # the parse makes the adjective a modifier of the noun: a real number slip
    ("Il y avait des jeunes fille heureuses.", "fille"),
    ("Les petits garçon sages dorment.", "garçon"),
    # the noun has its own determiner
    ("Les enfant malades sont restés chez eux.", "enfant"),
])
def test_real_slips_beside_a_noun_are_still_reported(text, span):
    assert any(span in t for _, t in agreement(text))
