"""People's names: corrupted or misplaced names (MTA201-MTA204, over the one pass of people.py),
spellings and variants within an article (MTA250, MTA251: consistency.py) and across a batch
(MTA252: across_articles.py). index.py holds the people-and-roles index, mentions and variants."""
from .across_articles import NameVariantAcrossArticles
from .consistency import NameSpellingInconsistent, NameVariantInconsistent
from .near_known_person import NearKnownPerson
from .role_holder_name import RoleHolderName
from .role_out_of_tenure import RoleOutOfTenure
from .word_for_surname import WordForSurname

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
