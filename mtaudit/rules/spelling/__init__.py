"""Spelling (MTA510, MTA511): Hunspell/Grammalecte words, known places."""
from .analysis import Misspelling, MisspeltPlace

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    Misspelling,  # MTA510
    MisspeltPlace,  # MTA511
)
