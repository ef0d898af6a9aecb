"""English left in French (MTA401, MTA402), over one shared analysis (analysis.py)."""
from .english_name import EnglishNameWithFrenchForm
from .english_text import EnglishText

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    EnglishText,  # MTA401
    EnglishNameWithFrenchForm,  # MTA402
)
