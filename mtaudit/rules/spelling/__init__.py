"""Spelling (MTA510, MTA511): one pass over the article (analysis.py: the speller, the allow-list,
the knowledge base's names), one rule a file."""
from .misspelling import Misspelling
from .misspelt_place import MisspeltPlace

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    Misspelling,  # MTA510
    MisspeltPlace,  # MTA511
)
