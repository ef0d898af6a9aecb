"""Web-page chrome and stray lines (MTA600-MTA602)."""
from .rules import BoilerplateLine, StrayGlyphLine, HeadlineSiteSuffix

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    BoilerplateLine,  # MTA600
    StrayGlyphLine,  # MTA601
    HeadlineSiteSuffix,  # MTA602
)
