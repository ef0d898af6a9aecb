"""Markup, encoding and plugin leftovers (MTA101-MTA106)."""
from .html_in_text import HtmlInText
from .invisible import InvisibleCharacters
from .mojibake import Mojibake
from .placeholders import Placeholder
from .plugin_tag import PluginTag
from .tag_separator import TagSeparator

# the family's rules, registered in this order (mtaudit/rules/__init__.py lists the families)
RULES = (
    PluginTag,  # MTA101
    TagSeparator,  # MTA102
    Placeholder,  # MTA103
    HtmlInText,  # MTA104
    Mojibake,  # MTA105
    InvisibleCharacters,  # MTA106
)
