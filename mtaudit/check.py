"""`mtaudit check`: audit one or more articles and print a report (for hooks and scripts).

Inputs go through the one reader (mtaudit/read/inputs.py): .txt/.md as text, .html/.htm stripped to
text with offsets back to the HTML, or `-` for stdin. On stdin, a body that starts with '{' and a
quoted key followed by a colon is a JSON request like the service's (id, title, source_text,
options): one that does not parse, or has none of "text", "markdown" and "html", is an error (a CMS hook must
not audit its own request as an article); anything else is the article text. Each article goes through
request.audit_request, the gate is mtaudit/gate.py's (default: verdict "fail"; --fail-under/--fail-on
or the request's options set it), exit codes and formats come from mtaudit/outputs.py.
"""
from __future__ import annotations

import json
import re
import sys

from .config import Config
from .gate import Gate
from .i18n import _
from .outputs import CHECK_FORMATS, exit_code, rule_failures, run_pieces, suppression_notes  # noqa: F401 (CHECK_FORMATS re-exported)
from .read import InputError, decode
from .read.bilingual import read_warnings
from .read.inputs import read_file
from .request import (AuditorCache, AuditRequest, RequestError, audit_request, json_problem,
                      looks_like_request, parse_request, syntax_problem)


# a JSON object as a request starts: '{', then a quoted key and its colon ("{Note} ..." is text)
JSON_START = re.compile(r'\{\s*"(?:[^"\\\n]|\\.)*"\s*:')


def read_stdin_request(data: bytes, default_id: str = "stdin") -> tuple[AuditRequest, bool]:
    """(request, came as JSON). Raises InputError for unreadable or malformed input: a body that
    starts as a JSON object does but does not parse (a request cut short), or an object with
    none of "text", "markdown" and "html"."""
    text = decode(data, "<stdin>")
    head = text.lstrip()
    obj = None
    if head.startswith("{"):
        try:
            obj = json.loads(text)
        except (ValueError, RecursionError) as e:  # JSONDecodeError; a number of over 4,300 digits, nested too deeply
            if JSON_START.match(head):  # it starts as a request does: one cut short or mistyped
                raise InputError("<stdin>", _("malformed JSON request: {error} at line {line}, column {column}").format(
                    error=syntax_problem(e), line=e.lineno, column=e.colno) if isinstance(e, json.JSONDecodeError)
                    else json_problem(e)) from None
            # "{Note de la rédaction} Le sommet...": text
    if isinstance(obj, dict):  # "{}" too
        if not looks_like_request(obj):
            raise InputError("<stdin>", _("a JSON request needs \"text\", \"markdown\" or \"html\""))
        try:
            return parse_request(obj, default_id=default_id), True
        except RequestError as e:
            raise InputError("<stdin>", e.message) from None
    from .read.article import Article

    return AuditRequest(Article.from_text(text, id=default_id)), False


def read_file_request(path: str, id: str | None = None, args=None) -> AuditRequest:
    """`args`: the command line's --source-column, --target-column and --id-column (bilingual tables)."""
    from .read.corpus import Columns

    columns = Columns(id=getattr(args, "id_column", None) or "id", source=getattr(args, "source_column", None))
    target = getattr(args, "target_column", None) or "target"
    return AuditRequest(read_file(path, id=id, target_column=target, columns=columns))  # a bilingual file: one report, one segment per unit


def run_check(args, config: Config, stdout=None, stdin=None) -> int:
    from .report.ci import make_item
    from .report.io import json_pieces

    stdout = stdout or sys.stdout
    stdin = stdin or sys.stdin
    paths = list(args.paths)
    fmt = getattr(args, "format", "json") or "json"
    cli_gate = Gate(args.fail_under, args.fail_on)
    auditors = AuditorCache(config)
    outputs, items, errors = [], [], []
    reasons = []  # (name, path, verdict, why) of each article that crossed the gate: said in the text and github formats
    crossed_any = False
    plain = 0  # articles that are not bilingual files: the glossary does not apply to them
    roundtrip_said = False  # an asked-for round trip that could not run: said once
    for path in paths:
        try:
            if path == "-":
                req, as_json = read_stdin_request(stdin.buffer.read(), args.id or "stdin")
            else:
                req, as_json = read_file_request(path, id=args.id if len(paths) == 1 else None, args=args), False
                for warning in read_warnings(req.article):
                    print(_("mtaudit: warning: {message}").format(message=warning), file=sys.stderr)
            if getattr(args, "source", None) and not req.article.source:
                from .roundtrip.cli import attach_source

                warning = attach_source(req.article, req.article.path or (path if path != "-" else None), args.source)
                if warning is not None:  # a --source folder with no source for it
                    print(_("mtaudit: warning: {message}").format(message=warning), file=sys.stderr)
            req.gate = cli_gate.over(req.gate)  # the command line wins over a piped request's options
            cli_options_win(req, args)
            shown = audit_request(req, auditors)
        except (InputError, RequestError) as e:
            msg = str(e) if isinstance(e, InputError) else f"{path}: {e.message}"
            if fmt != "text":  # the text format says it on stdout ("<path>: error: ..."): not twice
                print(_("mtaudit: error: {message}").format(message=msg), file=sys.stderr)
            errors.append((path if path != "-" else "<stdin>", getattr(e, "problem", None) or getattr(e, "message", msg)))
            continue
        if not roundtrip_said:
            from .roundtrip.cli import unavailable_warning

            warning = unavailable_warning(config, shown)
            if warning:
                print(_("mtaudit: warning: {message}").format(message=warning), file=sys.stderr)
                roundtrip_said = True
        for line in suppression_notes([shown]):
            print(_("mtaudit: warning: {message}").format(message=line), file=sys.stderr)
        allowed = getattr(args, "allow_rule_failures", False)
        for line in rule_failures([shown]):
            print((_("mtaudit: warning: {message}") if allowed else _("mtaudit: error: {message}")).format(message=line),
                  file=sys.stderr)
        crossed = shown["gate"]["crossed"]
        crossed_any |= crossed
        gate = shown["gate"]
        html = req.article.html
        bilingual = "bilingual" in req.article.meta
        plain += not bilingual
        if not as_json and html is None and not bilingual:
            # a plain file or text keeps the plain report format
            shown = {k: v for k, v in shown.items() if k not in ("verdict", "gate")}
            shown["article"] = {k: v for k, v in shown["article"].items() if k != "format"}
        outputs.append(shown)
        item = make_item(shown, req.article.text if html is None else None, html=html.html if html is not None else None)
        if item.uri and req.article.path:
            from .read.loader import shown_path

            item.uri = shown_path(req.article.path)  # a pipe (`<(cmd)`) as given, not its /proc name
        items.append((item, crossed))
        if crossed:
            reasons.append((items[-1][0].name, req.article.path, shown["score"]["verdict"],
                            Gate(gate["fail_under"], gate["fail_on"]).reason(shown)))

    from .glossary import plain_articles_note

    note = plain_articles_note(config, plain)
    if note:
        print(_("mtaudit: warning: {message}").format(message=note), file=sys.stderr)
    if fmt == "json":
        if len(paths) == 1:
            if outputs:
                for piece in json_pieces(outputs[0]):  # to_json's text, never whole at once
                    stdout.write(piece)
        else:
            stdout.write(json.dumps(outputs, ensure_ascii=False, indent=2) + "\n")
    else:
        gates = {id(it.report): c for it, c in items}
        for piece in run_pieces(fmt, [it for it, _ in items], errors, failed=lambda r: gates.get(id(r), False)):
            stdout.write(piece)
        stdout.write(gate_lines(fmt, reasons))
    return exit_code(errors, crossed_any, rule_failures(outputs), getattr(args, "allow_rule_failures", False))


def cli_options_win(req: AuditRequest, args) -> None:
    """Drop a request's select, ignore, style and lang where the command line gave them: the
    configuration already holds the command line's (a request's own apply where it said nothing)."""
    if getattr(args, "select", None):
        req.select = None
    if getattr(args, "ignore", None):
        req.ignore = []
    if getattr(args, "style", None):
        req.style = None
    if getattr(args, "lang", None):
        req.lang = None


def gate_lines(fmt: str, reasons) -> str:
    """A line for each article that crossed the gate, so that a red hook or CI step says why: in
    plain text when its summary line does not say "fail", and always as a GitHub error annotation."""
    if fmt not in ("text", "github"):
        return ""
    out = []
    for name, path, verdict, why in reasons:
        message = _("gate crossed: {reason}").format(reason=why or _("the verdict is fail"))
        if fmt == "text":
            if verdict != "fail":  # a "fail" verdict in the summary line says it already
                out.append(f"{name}: {message}")
        else:
            from .report.github import command

            out.append(command("error", message, file=path, title="mtaudit") if path else command("error", message))
    return "".join(line + "\n" for line in out)
