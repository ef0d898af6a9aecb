"""`mtaudit check`: audit one or more articles and print a report (for hooks and scripts).

Inputs: files (.txt/.md as text, .html/.htm stripped to text with offsets back to the HTML), or
`-` for stdin. On stdin, a body that starts with '{' and parses to a JSON object with "text" or
"html" is a request like the service's (id, title, source_text, options); anything else is the
article text itself. Output: json (one report, or an array for several inputs), text (linter lines),
sarif, junit or github. Exit 0 when every article passes the gate, 1 when one does not (default
gate: quality under the pass threshold, i.e. verdict review or fail; --fail-under/--fail-on set
it), 2 on an input error.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .config import Config
from .read import Article, InputError, decode, read_article
from .score import crosses
from .service.request import (AuditorCache, AuditRequest, RequestError, looks_like_request,
                              parse_request, run_request)

CHECK_FORMATS = ("json", "text", "sarif", "junit", "github")
HTML_SUFFIXES = (".html", ".htm")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def read_stdin_request(data: bytes, default_id: str = "stdin") -> tuple[AuditRequest, bool]:
    """(request, came as JSON). Raises InputError for unreadable or malformed input."""
    text = decode(data, "<stdin>")
    head = text.lstrip()
    if head.startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            if text.rstrip().endswith("}"):  # clearly meant as JSON
                raise InputError("<stdin>", f"malformed JSON request: {e.msg} at line {e.lineno}, column {e.colno}") \
                    from None
            obj = None
        if isinstance(obj, dict):
            if not looks_like_request(obj):
                raise InputError("<stdin>", "a JSON request needs \"text\" or \"html\"")
            try:
                return parse_request(obj, default_id=default_id), True
            except RequestError as e:
                raise InputError("<stdin>", e.message) from None
    return AuditRequest(Article.from_text(text, id=default_id)), False


def read_file_request(path: str, id: str | None = None) -> AuditRequest:
    from .read.bilingual import bilingual_kind

    if bilingual_kind(path):  # XLIFF, TMX, PO, CSV/TSV: one report, one segment per unit
        from .l10n.batch import BilingualBatch

        article = BilingualBatch([path]).article(path)
        if id:
            article.id = article.meta["bilingual"].id = id
        return AuditRequest(article)
    if Path(path).suffix.lower() in HTML_SUFFIXES:
        article = read_article(path, id=id)
        try:
            req = parse_request({"id": article.id, "html": article.text})
        except RequestError as e:
            raise InputError(path, e.message) from None
        req.article.path = article.path
        return req
    return AuditRequest(read_article(path, id=id))


def run_check(args, config: Config, stdout=None, stdin=None) -> int:
    from .report.ci import make_item, render_text
    from .report.github import render_github
    from .report.io import to_json
    from .report.junit import render_junit
    from .report.sarif import render_sarif

    stdout = stdout or sys.stdout
    stdin = stdin or sys.stdin
    paths = list(args.paths)
    fmt = getattr(args, "format", "json") or "json"
    auditors = AuditorCache(config)
    outputs, items, errors = [], [], []
    crossed_any = False
    for path in paths:
        try:
            if path == "-":
                req, as_json = read_stdin_request(stdin.buffer.read(), args.id or "stdin")
            else:
                req, as_json = read_file_request(path, id=args.id if len(paths) == 1 else None), False
            if getattr(args, "source", None) and not req.source_text:
                from .roundtrip.cli import source_for

                req.source_text = source_for(req.article.path or (path if path != "-" else None), args.source)
            fu = args.fail_under if args.fail_under is not None else req.fail_under
            fo = args.fail_on if args.fail_on is not None else req.fail_on
            shown = run_request(req, auditors, fu, fo)
        except (InputError, RequestError) as e:
            msg = str(e) if isinstance(e, InputError) else f"{path}: {e.message}"
            print(f"mtaudit: error: {msg}", file=sys.stderr)
            errors.append((path if path != "-" else "<stdin>", getattr(e, "problem", None) or getattr(e, "message", msg)))
            continue
        if fu is None and fo is None:
            fu = config.thresholds["pass"]
        crossed = crosses(shown, fu, fo)
        crossed_any |= crossed
        shown["gate"] = {"fail_under": fu, "fail_on": fo, "crossed": crossed}
        if not as_json and req.html is None and "bilingual" not in req.article.meta:
            # a plain file or text keeps the plain report format
            shown = {k: v for k, v in shown.items() if k not in ("verdict", "gate")}
            shown["article"] = {k: v for k, v in shown["article"].items() if k != "format"}
        outputs.append(shown)
        items.append((make_item(shown, req.article.text if req.html is None else None,
                                html=req.html.html if req.html is not None else None), crossed))

    if fmt == "json":
        if len(paths) == 1:
            if outputs:
                stdout.write(to_json(outputs[0]))
        else:
            stdout.write(json.dumps(outputs, ensure_ascii=False, indent=2) + "\n")
    else:
        ci_items = [it for it, _ in items]
        if fmt == "text":
            stdout.write(render_text(ci_items, errors))
        elif fmt == "sarif":
            stdout.write(render_sarif(ci_items, errors))
        elif fmt == "junit":
            gates = {id(it.report): c for it, c in items}
            stdout.write(render_junit(ci_items, errors, failed=lambda r: gates.get(id(r), False)))
        elif fmt == "github":
            stdout.write(render_github(ci_items, errors))
    if errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if crossed_any else EXIT_OK
