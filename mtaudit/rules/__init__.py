"""One module per rule (or small family of rules). Every Rule subclass here is registered."""

import sys as _sys
import types as _types


class _RulesPackage(_types.ModuleType):
    """`mtaudit.rules` is this package once it is imported, and also the public `mtaudit.rules()`
    (every rule's docs and examples, see mtaudit/api.py): calling the package gives that list."""

    def __call__(self) -> list[dict]:
        from ..api import rules

        return rules()


_sys.modules[__name__].__class__ = _RulesPackage
