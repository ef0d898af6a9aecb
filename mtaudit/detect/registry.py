"""The rule registry: the rules each family of mtaudit.rules lists in its RULES, by id."""
from __future__ import annotations

import importlib

from .rule import Rule
from ..i18n import _

_rules: dict[str, type[Rule]] | None = None


class UnknownRuleError(ValueError):
    pass


def all_rules() -> dict[str, type[Rule]]:
    global _rules
    if _rules is None:
        import mtaudit.rules as pkg

        found: dict[str, type[Rule]] = {}
        for family in pkg.FAMILIES:
            module = importlib.import_module(f"{pkg.__name__}.{family}")
            for obj in module.RULES:
                if not (isinstance(obj, type) and issubclass(obj, Rule) and obj.id):
                    raise RuntimeError(f"{module.__name__}.RULES: {obj!r} is not a rule with an id")
                if obj.id in found and found[obj.id] is not obj:
                    raise RuntimeError(f"rule id {obj.id} declared twice ({found[obj.id].__module__}, {obj.__module__})")
                found[obj.id] = obj
        _rules = dict(sorted(found.items()))
    return _rules


def get_rule(rule_id: str) -> type[Rule]:
    rules = all_rules()
    if rule_id not in rules:
        raise UnknownRuleError(_("unknown rule id {id}; valid ids: {valid}").format(id=repr(rule_id), valid=", ".join(rules)))
    return rules[rule_id]


def known_selector(sel: str) -> bool:
    """Whether sel is a category or an id or id prefix (MTA3, MTA) that some rule's id starts with."""
    from ..selectors import is_prefix
    from .finding import CATEGORIES

    if is_prefix(sel):
        return any(rid.startswith(sel) for rid in all_rules())
    return sel in CATEGORIES


def check_selectors(selectors) -> None:
    """Raise UnknownRuleError for ids, id prefixes and categories that name no rule."""
    from .finding import CATEGORIES

    rules = all_rules()
    bad = [s for s in selectors if not known_selector(s)]
    if bad:
        raise UnknownRuleError(
            _("unknown rule selector(s) {names}; valid ids: {ids}; valid categories: {categories}").format(
                names=", ".join(map(repr, bad)), ids=", ".join(rules), categories=", ".join(CATEGORIES)))


def enabled_rules(config, stage: str | None = "detect") -> list[Rule]:
    return [cls(config) for cls in all_rules().values()
            if (stage is None or cls.stage == stage) and config.rule_enabled(cls.id, cls.category)]
