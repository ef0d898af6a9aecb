"""What MTA310 (unidiomatic.py) and MTA311 (false_friend.py) share: the lexicon data/calques.tsv,
split between them by its mqm column."""
from ...i18n import _, data_text
from .lexicon import LexiconRule

UNIDIOMATIC = "Style/Unidiomatic"


class CalqueRule(LexiconRule):
    table = "calques"

    def keep_row(self, row):
        return (row.get("mqm") or UNIDIOMATIC).strip() == self.mqm

    def message(self, ctx, m):
        r = m.row
        msg = _('"{text}" copies English "{english}"; use "{use}": {why}.') if r.get("why") \
            else _('"{text}" copies English "{english}"; use "{use}".')
        return msg.format(text=ctx.text[m.start:m.end], english=r["english"], use=r["use"], why=data_text(r.get("why") or ""))

    def suggestion(self, m):
        return m.row.get("use") or None
