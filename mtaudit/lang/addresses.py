"""Web and e-mail addresses: no language in either French or English. The untranslated-English analysis and the
other-language paragraphs (lang/foreign.py) leave them alone.

    [m.group() for m in url_matches("voir www.exemple.fr ou ecrire a info@exemple.org")]
        -> ['www.exemple.fr', 'info@exemple.org']
"""
from __future__ import annotations

import re

# an address: a scheme and "//" (https://, ftp://, smb://), mailto:, www., an e-mail address, or a host name ending
# with a listed domain
URL_RX = re.compile(r"(?:\b[a-z][a-z0-9+.-]{1,15}://|\bmailto:|www\.)[^\s<>«»\"]+|[\w.+-]+@[\w-]+\.[\w.]+|"
                    r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|fr|org|net|de|eu|io|info|be|ch|ca|uk)(?:/[^\s<>«»\"]*)?",
                    re.IGNORECASE)
_URL_CUE = re.compile(r"://|mailto:|www\.|@|\.(?:com|fr|org|net|de|eu|io|info|be|ch|ca|uk)", re.IGNORECASE)


URL_RUN_MAX = 1000  # characters: a longer run without a space that has a cue is taken whole


def url_matches(text: str):
    """URL_RX's matches in text, found run by run: no match crosses a space, and a run without "://",
    "www.", "@" or a listed domain ending holds none. The pattern is quadratic on a long run of word
    characters, dots and hyphens that it fails on (16,000 of them took 17 s): a run longer than
    URL_RUN_MAX with a cue is no prose, and is one match."""
    for run in re.finditer(r"\S+", text):
        if not _URL_CUE.search(run.group()):
            continue
        if run.end() - run.start() > URL_RUN_MAX:
            yield run
        else:
            yield from URL_RX.finditer(text, run.start(), run.end())
