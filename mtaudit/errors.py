"""mtaudit's exception types (public: mtaudit.MtauditError, mtaudit.InputError, mtaudit.ConfigError)."""


class MtauditError(Exception):
    """Base of every error mtaudit raises on purpose."""
