"""Shared loading of mtaudit/data/markup.tsv."""
import re


def patterns(ctx, kind: str):
    def build():
        return [(re.compile(r["pattern"], re.IGNORECASE), r["severity"], r["note"])
                for r in ctx.resources.table("markup") if r["kind"] == kind]
    return ctx.resources.memo(("markup", kind), build)
