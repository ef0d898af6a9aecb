"""The kinds of thing a string names (mtaudit/data/name_kinds.tsv: « commande », command; « paquet »,
package), French and English: a translation file's name kept after its kind (l10n.audit) and MTA401's
identifier after its kind (« le paquet gnome-user-share »)."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def name_kinds() -> dict:
    """French kind -> its English words as a pattern, from name_kinds.tsv, plurals derived."""
    from ..detect.resources import data_path, load_table
    kinds = {}
    for r in load_table(data_path("name_kinds.tsv")):
        english = "|".join(re.escape(w) + "(?:e?s)?" for w in r["english"].split("|"))
        for french in (r["french"], r["french"] + "s", r["french"] + "x"):
            kinds[french] = english
    return kinds
