"""Text left untranslated: English in French (MTA401, MTA402, over one shared analysis, analysis.py)
and paragraphs in another language (MTA403)."""
from .english_name import EnglishNameWithFrenchForm
from .english_text import EnglishText
from .foreign_text import ForeignText

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    EnglishText,  # MTA401
    EnglishNameWithFrenchForm,  # MTA402
    ForeignText,  # MTA403
)
