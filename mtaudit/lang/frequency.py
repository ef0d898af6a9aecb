"""Word frequencies from wordfreq, cached once per process, and the frequency thresholds the rules
share, named once. Frequencies are zipf values: 3 is once per million words, 6 once per thousand;
0 for a word wordfreq does not know (and for every word when wordfreq is not installed)."""
from __future__ import annotations

from functools import lru_cache

# -- thresholds (zipf) -----------------------------------------------------------------------------
KNOWN = 1.5         # at least this frequent (in French for common words, anywhere for names): wordfreq knows it
COMMON_FR = 2.0     # a French word this frequent is not a misspelling
FR_WORD = 2.5       # a French word on its own (not glued words)
COMMON_EN = 3.0     # a common English word
FREQUENT_FR = 3.0   # an ordinary French word even when no dictionary says so
COMMON_EN_SHORT = 3.5  # a common English word of three letters or fewer (short pieces need more evidence)
LOANWORD_FR = 3.5   # an English word French writers use (e-book 3.7, week-end 4.5) ...
LOANWORD_GAP = 1.5  # ... and not much more English than French ("the": 5.4 in French, 7.7 in English)


@lru_cache(maxsize=1)
def version() -> str | None:
    """wordfreq's version, None when it is not installed."""
    try:
        from importlib.metadata import version as _version

        return _version("wordfreq")
    except Exception:
        return None


def _wordfreq():
    """wordfreq, imported without its one slow step: at import it finds its data folder through
    locate.this_dir(), which calls inspect.stack() (source lines of every frame of the caller's stack,
    0.05-0.1 s deep inside an audit). The same folder is found from the calling frame's __file__."""
    import sys

    if "wordfreq" in sys.modules:
        return sys.modules["wordfreq"]
    try:
        import locate
    except ImportError:
        locate = None
    original = getattr(locate, "this_dir", None)
    if original is not None:
        def this_dir():
            import os
            from pathlib import Path

            caller = sys._getframe(1).f_globals
            if "__file__" in caller:
                return Path(os.path.abspath(caller["__file__"])).parent
            return Path(os.path.abspath(os.getcwd()))
        locate.this_dir = this_dir
    try:
        import wordfreq
    finally:
        if original is not None:
            locate.this_dir = original
    return wordfreq


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """The zipf frequency of word in lang ("fr", "en"); 0 without wordfreq."""
    try:
        zipf_frequency = _wordfreq().zipf_frequency
    except ImportError:
        return 0.0
    return zipf_frequency(word, lang)


@lru_cache(maxsize=200_000)
def zipf_fr_en(word: str) -> tuple[float, float]:
    """(French, English) zipf frequency of word; (0, 0) without wordfreq."""
    return zipf(word, "fr"), zipf(word, "en")


def top_words(lang: str, n: int) -> list[str]:
    """The n most frequent words of lang, most frequent first; [] without wordfreq."""
    try:
        top_n_list = _wordfreq().top_n_list
    except ImportError:
        return []
    return top_n_list(lang, n)
