"""Web-page chrome and stray lines (MTA600-MTA602): one rule a file, over the line scores of
line_scores.py (computed once per article)."""
from .boilerplate_line import BoilerplateLine
from .headline_site_suffix import HeadlineSiteSuffix
from .stray_glyph_line import StrayGlyphLine

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    BoilerplateLine,  # MTA600
    StrayGlyphLine,  # MTA601
    HeadlineSiteSuffix,  # MTA602
)
