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
            if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
                    and stmt.targets[0].id in attrs):
                continue
            attr = stmt.targets[0].id
            if isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str):
                value = stmt.value.value
            elif isinstance(stmt.value, ast.JoinedStr):  # an f-string of module constants: its value at import
                value = _imported_value(getattr(fileobj, "name", ""), node.name, attr)
            else:
                continue
            if value and value.strip():
                yield stmt.lineno, None, " ".join(value.split()), [f"{node.name}.{attr}"]


def _imported_value(path, cls: str, attr: str) -> str | None:
    import importlib
    import re

    m = re.search(r"(mtaudit[/\\].*)\.py$", str(path))
    if not m:
        return None
    module = importlib.import_module(re.sub(r"[/\\]", ".", m.group(1)))
    return getattr(getattr(module, cls, None), attr, None)


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
