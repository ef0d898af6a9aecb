"""Repetitions machine translation leaves (MTA700-MTA704): one rule a file; common.py holds the word
lists they share (data/repetition.tsv)."""
from .doubled_word import DoubledWord
from .duplicated_sentence import DuplicatedSentence
from .number_range import GarbledNumberRange
from .repeated_nearby import RepeatedWordNearby
from .x_de_x import XDeX

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    DoubledWord,  # MTA700
    RepeatedWordNearby,  # MTA701
    XDeX,  # MTA702
    GarbledNumberRange,  # MTA703
    DuplicatedSentence,  # MTA704
)
