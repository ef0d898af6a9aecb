"""Set phrases and calques: phrases rendered word for word from English (MTA301, MTA310-MTA312, MTA320),
matched against the lexicons of lexicon.py."""
from .calques import UnidiomaticCalque, FalseFriend, PassiveCalque
from .idioms import GeneratedIdiomCalque
from .set_phrases import SetPhraseMistranslation

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    SetPhraseMistranslation,  # MTA301
    UnidiomaticCalque,  # MTA310
    FalseFriend,  # MTA311
    GeneratedIdiomCalque,  # MTA312
    PassiveCalque,  # MTA320
)
