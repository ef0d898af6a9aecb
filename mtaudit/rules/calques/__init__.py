"""Set phrases and calques: phrases rendered word for word from English (MTA301, MTA310-MTA312,
MTA320), one rule a file, each matching a lexicon on lemmas through lexicon.py's LexiconRule
(calques.py: what MTA310 and MTA311 share)."""
from .false_friend import FalseFriend
from .idioms import GeneratedIdiomCalque
from .passive import PassiveCalque
from .set_phrases import SetPhraseMistranslation
from .unidiomatic import UnidiomaticCalque

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    SetPhraseMistranslation,  # MTA301
    UnidiomaticCalque,  # MTA310
    FalseFriend,  # MTA311
    GeneratedIdiomCalque,  # MTA312
    PassiveCalque,  # MTA320
)
