"""mtaudit: machine-translation quality auditor for French text."""
__version__ = "0.1.0"
