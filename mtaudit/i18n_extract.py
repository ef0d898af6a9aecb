"""A Babel extractor (babel.cfg: `[mtaudit.i18n_extract:extract: mtaudit/**.py]`): the `_()` calls
of a Python file, as Babel's own extractor finds them, plus the rule docs declared as class
attributes of rule classes (`name`, and the attributes listed in the `attrs` option), folded as mtaudit.i18n.doc()
looks them up."""
from __future__ import annotations

import ast

from babel.messages.extract import extract_python

DOC_ATTRS = ("name",)


def extract(fileobj, keywords, comment_tags, options):
    yield from extract_python(fileobj, keywords, comment_tags, options)
    fileobj.seek(0)
    attrs = tuple(options.get("attrs", " ".join(DOC_ATTRS)).split())
    tree = ast.parse(fileobj.read().decode(options.get("encoding", "utf-8")))
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        assigned = {t.id for s in node.body if isinstance(s, ast.Assign) for t in s.targets if isinstance(t, ast.Name)}
        if "slug" not in assigned:  # rules declare a slug; other classes' `name` is not user-facing text
            continue
        for stmt in node.body:
            if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                    and stmt.targets[0].id in attrs and isinstance(stmt.value, ast.Constant)
                    and isinstance(stmt.value.value, str) and stmt.value.value.strip()):
                yield stmt.lineno, None, " ".join(stmt.value.value.split()), [f"{node.name}.{stmt.targets[0].id}"]


def extract_tsv(fileobj, keywords, comment_tags, options):
    """The cells of the `columns` option in a data table (mtaudit/data/*.tsv): user-facing notes the
    rules quote in their messages (looked up with mtaudit.i18n.data_text)."""
    from .detect.resources import parse_table

    columns = options.get("columns", "note").split()
    text = fileobj.read().decode(options.get("encoding", "utf-8"))
    for row in parse_table(text):
        line = int(row["_source"].rsplit(":", 1)[1])
        for col in columns:
            value = row.get(col, "")
            if value:
                yield line, None, value, [col]
