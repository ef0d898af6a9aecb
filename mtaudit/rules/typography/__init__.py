"""French typography (MTA650-MTA660): quotes, apostrophes, spaces and punctuation. One rule a file;
common.py holds what they share (kinds of space, the article's guillemet pairs, web addresses),
patterns.py the base of the rules driven by data/typography.tsv (MTA651, 652, 655, 657, 658).

Two house styles (config `style = "web"|"press"`, `--style`, request option "style"):
- web (the default): the ordinary conventions of French on the web. A normal space, U+00A0 and
  U+202F all count as "a space"; the straight apostrophe is fine; a colon glued to the word before
  it is not reported. Only what is wrong in any style is reported (glued words, doubled marks...).
- press: the Imprimerie nationale conventions on top: a no-break space (U+00A0 or U+202F) before
  : ; ! ? and » and after « (MTA660), the typographic apostrophe ’ (MTA659), and a space before a
  colon (MTA658). Rules with `styles = ("press",)` run only in that style.
"""
from .doubled_punctuation import DoubledPunctuation
from .doubled_space import DoubledSpace
from .english_quotes import EnglishQuotes
from .guillemet_spacing import GuillemetSpacing
from .missing_space_after_punctuation import MissingSpaceAfterPunctuation
from .missing_space_before_colon import MissingSpaceBeforeColon
from .mixed_apostrophes import MixedApostrophes
from .no_break_space import NoBreakSpace
from .space_before_comma import SpaceBeforeComma
from .straight_apostrophe import StraightApostrophe
from .unbalanced_guillemets import UnbalancedGuillemets

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
