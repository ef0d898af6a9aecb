"""Shared loading of mtaudit/data/markup.tsv, and whether a text writes code besides its markup."""
import re

from ...lang.technical import CODE_WRITING, code_spans, manual_page


def patterns(ctx, kind: str):
    def build():
        return [(re.compile(r["pattern"], re.IGNORECASE), r["severity"], r["note"])
                for r in ctx.resources.table("markup") if r["kind"] == kind]
    return ctx.resources.memo(("markup", kind), build)


def documents_code(ctx) -> bool:
    """Whether a text that is not a translation file writes code besides its placeholders and tags:
    CODE_WRITING technical tokens (options, paths, settings) or more that no placeholder or tag overlaps.
    A manual that writes « --output=FICHIER » and « /etc/cups » names « %d » or « <td> » as what it
    documents; placeholders left by a template do not make a text one that writes code by themselves. A manual's
    page (HTML a documentation tool rendered, a man page: read/html_input.py) documents the codes it names."""
    def build():
        if ctx.article.meta.get("bilingual") is not None:
            return False  # a unit's codes are read against its source (l10n/audit.py)
        if manual_page(ctx):
            return True
        marks = sorted(m.span() for kind in ("placeholder", "html_tag")
                       for rx, _, _ in patterns(ctx, kind) for m in rx.finditer(ctx.text))
        n = k = 0
        for s, e in code_spans(ctx):  # both in order
            while k < len(marks) and marks[k][1] <= s:
                k += 1
            if k == len(marks) or marks[k][0] >= e:
                n += 1
                if n >= CODE_WRITING:
                    return True
        return False
    return ctx.memo("markup.documents-code", build)
