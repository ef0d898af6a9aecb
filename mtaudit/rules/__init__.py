"""The rules, in families: one subpackage per family (markup/, names/, grammar/…), whose __init__ lists
its rules in RULES; each rule's file holds its declaration and its detection code, and what the
family's rules share sits beside them (e.g. grammar/analysis.py). The registry
(mtaudit/detect/registry.py) reads FAMILIES, then each family's RULES: nothing else is registered.
"""

import sys as _sys
import types as _types


class _RulesPackage(_types.ModuleType):
    """`mtaudit.rules` is this package once it is imported, and also the public `mtaudit.rules()`
    (every rule's docs and examples, see mtaudit/api.py): calling the package gives that list."""

    def __call__(self) -> list[dict]:
        from ..api import rules

        return rules()


# the registered families, in this order; a new family is a subpackage here plus its name in this list
FAMILIES = ("markup", "names", "calques", "untranslated", "grammar", "spelling", "boilerplate",
            "typography", "repetition", "fidelity", "l10n")

_sys.modules[__name__].__class__ = _RulesPackage
