"""mtaudit: machine-translation quality auditor for French text.

Public API (see mtaudit/api.py and README "From Python"): audit, Auditor, rules, MtauditError,
InputError, ConfigError. Loaded on first use, so `import mtaudit` stays cheap.
"""
__version__ = "0.1.0"
__all__ = ["audit", "Auditor", "rules", "MtauditError", "InputError", "ConfigError", "__version__"]


def __getattr__(name):
    if name in __all__ and name != "__version__":
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'mtaudit' has no attribute {name!r}")
