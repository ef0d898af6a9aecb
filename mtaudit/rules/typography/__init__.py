"""French typography (MTA650-MTA660): quotes, apostrophes, spaces and punctuation."""
from .rules import UnbalancedGuillemets, DoubledPunctuation, SpaceBeforeComma, GuillemetSpacing, EnglishQuotes, DoubledSpace, MixedApostrophes, MissingSpaceAfterPunctuation, MissingSpaceBeforeColon, StraightApostrophe, NoBreakSpace

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    UnbalancedGuillemets,  # MTA650
    DoubledPunctuation,  # MTA651
    SpaceBeforeComma,  # MTA652
    GuillemetSpacing,  # MTA653
    EnglishQuotes,  # MTA654
    DoubledSpace,  # MTA655
    MixedApostrophes,  # MTA656
    MissingSpaceAfterPunctuation,  # MTA657
    MissingSpaceBeforeColon,  # MTA658
    StraightApostrophe,  # MTA659
    NoBreakSpace,  # MTA660
)
