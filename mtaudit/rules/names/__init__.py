"""People's names: corrupted or misplaced names (MTA201-MTA204), spellings and variants within an
article (MTA250, MTA251) and across a batch (MTA252)."""
from .across_articles import NameVariantAcrossArticles
from .consistency import NameSpellingInconsistent, NameVariantInconsistent
from .people import NearKnownPerson, RoleHolderName, WordForSurname, RoleOutOfTenure

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    NearKnownPerson,  # MTA201
    RoleHolderName,  # MTA202
    WordForSurname,  # MTA203
    RoleOutOfTenure,  # MTA204
    NameSpellingInconsistent,  # MTA250
    NameVariantInconsistent,  # MTA251
    NameVariantAcrossArticles,  # MTA252
)
