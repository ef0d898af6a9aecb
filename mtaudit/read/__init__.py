"""Read: the article model (exact text with offsets) and input loading."""
from .article import Article, Span, WORD_RE, count_words
from .loader import InputError, decode, discover, read_article

__all__ = ["Article", "Span", "WORD_RE", "count_words", "InputError", "decode", "discover", "read_article"]
