"""Detect: the rule engine (rules live in mtaudit.rules) and the analysis rules share."""
from .context import Context
from .engine import merge, run_rules
from .finding import CATEGORIES, SEVERITIES, Finding
from .registry import all_rules, enabled_rules, get_rule
from .rule import Example, Rule, bad, good

__all__ = ["Context", "merge", "run_rules", "CATEGORIES", "SEVERITIES", "Finding", "all_rules",
           "enabled_rules", "get_rule", "Example", "Rule", "bad", "good"]
