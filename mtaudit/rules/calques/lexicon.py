"""Base for rules driven by a lexicon table and the shared phrase matcher."""
from __future__ import annotations

from ...detect.finding import SEVERITIES
from ...detect.phrases import Match, PhraseMatcher, text_view
from ...detect.resources import DataFileError
from ...detect.rule import Rule


class LexiconRule(Rule):
    table = ""        # data table name (mtaudit/data/<table>.tsv + user files)
    column = "wrong"  # column holding the |-separated patterns
    default_gap = 1

    def keep_row(self, row: dict) -> bool:
        return True

    def rows(self, ctx) -> list[dict]:
        return [r for r in ctx.resources.table(self.table) if self.keep_row(r)]

    def matcher(self, ctx) -> PhraseMatcher:
        def build():
            rows = self.rows(ctx)
            for r in rows:
                sev = r.get("severity", "").strip()
                if sev and sev not in SEVERITIES:
                    raise DataFileError(f"{r.get('_source')}: severity {sev!r} not in {SEVERITIES}")
            return PhraseMatcher.from_rows(rows, self.column, self.default_gap, self.table)
        return ctx.resources.memo(("lexicon", self.id, self.table, self.column), build)

    def message(self, ctx, m: Match) -> str:
        raise NotImplementedError

    def suggestion(self, m: Match) -> str | None:
        return None

    def check(self, ctx):
        matcher = self.matcher(ctx)
        if not matcher.patterns:
            return
        for m in matcher.match(text_view(ctx)):
            row = m.row
            style = (row.get("style") or "").strip()
            if style and style != ctx.style:
                continue  # a row kept for one house style only ("press": strict usage)
            yield self.finding(ctx, m.start, m.end, self.message(ctx, m), suggestion=self.suggestion(m),
                               severity=row.get("severity", "").strip() or None,
                               confidence=0.8 if row.get("context", "").strip() else 0.95)
