"""Repetitions machine translation leaves (MTA700-MTA704)."""
from .rules import DoubledWord, RepeatedWordNearby, XDeX, GarbledNumberRange, DuplicatedSentence

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    DoubledWord,  # MTA700
    RepeatedWordNearby,  # MTA701
    XDeX,  # MTA702
    GarbledNumberRange,  # MTA703
    DuplicatedSentence,  # MTA704
)
