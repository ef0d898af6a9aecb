"""What the repetition rules share: their word lists (data/repetition.tsv)."""
from __future__ import annotations


def words(ctx, kind: str) -> frozenset:
    def build():
        return frozenset(r["entry"].lower() for r in ctx.resources.table("repetition") if r["kind"] == kind)
    return ctx.resources.memo(("repetition", kind), build)
