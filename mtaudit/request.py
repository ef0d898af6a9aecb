"""The request model: one article to audit, with its options and gate; the front door of the core.

`AuditRequest` is what `check`, the service (and `mtaudit.audit`) hand to `audit_request`, the one
"audit one request" function. `parse_request` validates the JSON form
({"id"?, "title"?, "text" | "markdown" | "html", "source_text"?, "date"?, "options"?}); no web framework needed here.
"date" is the article's date (YYYY-MM-DD, YYYY-MM or YYYY), used by the name rules for who held
an office then; options.style picks the typography house style ("web" or "press"); options.lang the
language of the messages ("fr" or "en"; the service otherwise follows Accept-Language).
"""
from __future__ import annotations

import dataclasses
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from .config import Config
from .detect.finding import SEVERITIES
from .gate import Gate
from .i18n import _
from .read.article import Article
from .read.loader import str_problem, surrogate_problem

FIELDS = ("id", "title", "text", "markdown", "html", "source_text", "date", "options")
BODIES = ("text", "markdown", "html")  # the article: exactly one of them
OPTIONS = ("select", "ignore", "fail_under", "fail_on", "style", "lang")
MAX_ID = 200


class RequestError(Exception):
    """A request the service refuses; status is the HTTP status, code a short machine name."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def to_dict(self) -> dict:
        return {"error": self.code, "detail": self.message}


@dataclass
class AuditRequest:
    """One article (its English source, if any, is article.source) and what to do with it."""

    article: Article
    title: str | None = None
    select: list | None = None  # None: keep the configured selection
    ignore: list = field(default_factory=list)
    gate: Gate = field(default_factory=Gate)  # unset: the caller's gate applies
    style: str | None = None  # typography house style; None: the configured one
    lang: str | None = None  # language of the messages; None: the configured one
    as_json: bool = False  # came as a JSON request (the answer then carries verdict and gate)


def parse_json(raw: bytes | str) -> object:
    """JSON from bytes; RequestError(400) naming the problem (bad UTF-8, syntax with line/column)."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise RequestError(400, "malformed_json",
                               _("request body is not valid UTF-8 (byte 0x{byte:02x} at offset {offset})").format(byte=raw[e.start], offset=e.start)) from None
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    if not raw.strip():
        raise RequestError(400, "malformed_json", _("request body is empty; expected a JSON object"))
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise RequestError(400, "malformed_json",
                           _("malformed JSON: {problem} at line {line}, column {column} (char {pos})").format(
                               problem=syntax_problem(e), line=e.lineno, column=e.colno, pos=e.pos)) from None
    except (ValueError, RecursionError) as e:
        raise RequestError(400, "malformed_json", json_problem(e)) from None


def syntax_problem(e: json.JSONDecodeError) -> str:
    """json's message without a trailing " at" ("Invalid control character at"): ours adds "at line..."."""
    return e.msg[:-3] if e.msg.endswith(" at") else e.msg


def json_problem(e: Exception) -> str:
    """What is wrong with a JSON text that json.loads refused other than by its syntax: nested too
    deeply (RecursionError) or a number over Python's digit limit (ValueError)."""
    if isinstance(e, RecursionError):
        return _("malformed JSON: nested too deeply")
    import sys

    return _("malformed JSON: a number has more than {n} digits").format(n=sys.get_int_max_str_digits())


def looks_like_request(obj: object) -> bool:
    return isinstance(obj, dict) and any(name in obj for name in BODIES)


def _str_list(value, name: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RequestError(422, "invalid_request", _("options.{name} must be a list of rule ids, id prefixes or categories").format(name=name))
    return [x.strip() for v in value for x in v.split(",") if x.strip()]


def control_char(s: str) -> str | None:
    """The first control character of s (C0 but the tab, DEL, C1), or None: an id is echoed in reports
    and terminals."""
    return next((c for c in s if c != "\t" and (c < " " or "\x7f" <= c <= "\x9f")), None)


def parse_request(obj: object, default_id: str = "request") -> AuditRequest:
    """Validate a decoded JSON body; RequestError with 400 (unknown rule ids) or 422 (shape)."""
    from .detect.registry import UnknownRuleError, check_selectors

    if not isinstance(obj, dict):
        raise RequestError(422, "invalid_request",
                           _("request body must be a JSON object, got {kind}").format(kind=type(obj).__name__ if obj is not None else "null"))
    unknown = sorted(k for k in obj if k not in FIELDS)
    if unknown:
        raise RequestError(422, "invalid_request",
                           _("unknown field(s) {fields}; expected: {expected}").format(fields=", ".join(unknown), expected=", ".join(FIELDS)))
    given = [name for name in BODIES if obj.get(name) is not None]
    if not given:
        raise RequestError(422, "missing_text", _("the request needs \"text\", \"markdown\" or \"html\""))
    if len(given) > 1:
        raise RequestError(422, "invalid_request", _("give one of \"text\", \"markdown\" and \"html\", not several: {fields}").format(
            fields=", ".join(f'"{name}"' for name in given)))
    body_name = given[0]
    markdown = body_name == "markdown"
    text, html = (obj[body_name], None) if body_name != "html" else (None, obj["html"])
    for name in ("id", "title", *BODIES, "source_text", "date"):
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise RequestError(422, "invalid_request", _("\"{name}\" must be a string, got {kind}").format(name=name, kind=type(obj[name]).__name__))
    for name in ("id", "title", *BODIES, "source_text", "date"):
        check = str_problem if name == "source_text" else surrogate_problem  # a source also not blank, no NUL
        problem = check(obj[name]) if obj.get(name) else None
        if problem:
            raise RequestError(422, "invalid_request", f"\"{name}\" {problem}")
    art_id = obj.get("id") or default_id
    if len(art_id) > MAX_ID or any(c in art_id for c in "\n\r\x00"):
        raise RequestError(422, "invalid_request", _("\"id\" must be one line of at most {n} characters").format(n=MAX_ID))
    control = control_char(art_id)
    if control is not None:  # echoed in reports and terminals: no escape sequences
        raise RequestError(422, "invalid_request", _("\"id\" contains a control character (U+{code:04X})").format(
            code=ord(control)))

    fmt = "md" if markdown else "html" if html is not None else "text"
    if "\x00" in (html if html is not None else text):
        raise RequestError(422, "invalid_request", _("\"{name}\" contains a NUL character; not text").format(name=body_name))
    if html is not None:
        from .read.inputs import read_html_str

        try:
            article = read_html_str(html, "request", id=art_id)
        except Exception:
            raise RequestError(422, "missing_text", _("\"html\" has no text to audit")) from None
    else:
        if not text.strip():
            raise RequestError(422, "missing_text", _("\"{name}\" has no text to audit").format(name=body_name))
        article = Article.from_text(text, id=art_id, format=fmt)
    article.source = obj.get("source_text") or None  # absent, null and "" are no source
    if obj.get("date"):
        from .read.dates import DateError, parse_date

        try:
            article.meta["date"] = parse_date(obj["date"])
        except DateError as e:
            raise RequestError(422, "invalid_request", f"\"date\": {e}") from None
        article.meta["date_source"] = "request"
    req = AuditRequest(article=article, title=obj.get("title"), as_json=True)

    options = obj.get("options")
    options = {} if options is None else options  # [], false or 0 are not options: refused below
    if not isinstance(options, dict):
        raise RequestError(422, "invalid_request", _("\"options\" must be an object"))
    unknown = sorted(k for k in options if k not in OPTIONS)
    if unknown:
        raise RequestError(400, "invalid_options",
                           _("unknown option(s) {options}; valid options: {valid}").format(options=", ".join(unknown), valid=", ".join(OPTIONS)))
    if "select" in options and options["select"] is not None:
        req.select = _str_list(options["select"], "select")
    if options.get("ignore") is not None:
        req.ignore = _str_list(options["ignore"], "ignore")
    try:
        check_selectors((req.select or []) + req.ignore)
    except UnknownRuleError as e:
        raise RequestError(400, "unknown_rule", str(e)) from None
    fu = options.get("fail_under")
    if fu is not None:
        if isinstance(fu, bool) or not isinstance(fu, (int, float)) or not 0 <= fu <= 100:
            raise RequestError(400, "invalid_options", _("options.fail_under must be a number from 0 to 100"))
        fu = float(fu)
    st = options.get("style")
    if st is not None:
        from .config import STYLES

        if st not in STYLES:
            raise RequestError(400, "invalid_options", _("options.{name} must be one of {valid}").format(name="style", valid=", ".join(STYLES)))
        req.style = st
    lang = options.get("lang")
    if lang is not None:
        from .i18n import LANGS

        if lang not in LANGS:
            raise RequestError(400, "invalid_options", _("options.{name} must be one of {valid}").format(name="lang", valid=", ".join(LANGS)))
        req.lang = lang
    fo = options.get("fail_on")
    if fo is not None and fo not in SEVERITIES:
        raise RequestError(400, "invalid_options", _("options.{name} must be one of {valid}").format(name="fail_on", valid=", ".join(SEVERITIES)))
    req.gate = Gate(fu, fo)
    return req


class AuditorCache:
    """Auditors by rule selection, built once and reused (they hold rules and loaded resources)."""

    def __init__(self, config: Config, size: int = 16, concurrent: bool = False, reuse: bool = False,
                 helper=None):
        self.config = config
        self.size = size
        self.concurrent = concurrent  # Auditor(concurrent=): Grammalecte beside spaCy, for latency
        self.reuse = reuse  # Auditor(reuse=): spaCy's analysis remembered per paragraph, for edited drafts
        self.helper = helper  # Auditor(helper=): the engine helper process (lang/helper.py)
        self._lock = threading.Lock()
        self._cache: OrderedDict = OrderedDict()

    def get(self, select: list | None = None, ignore: list | None = None, style: str | None = None,
            lang: str | None = None):
        from .pipeline import Auditor

        key = (tuple(select) if select is not None else None, tuple(ignore or ()), style, lang)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        cfg = self.config
        if key != (None, (), None, None):
            cfg = dataclasses.replace(
                cfg, select=list(select) if select is not None else list(cfg.select),
                ignore=list(cfg.ignore) + [i for i in ignore or () if i not in cfg.ignore],
                style=style or cfg.style, lang=lang or cfg.lang)
        auditor = Auditor(cfg, concurrent=self.concurrent, reuse=self.reuse, helper=self.helper)
        with self._lock:
            self._cache[key] = auditor
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)
        return auditor


def audit_request(req: AuditRequest, auditors: "AuditorCache", gate: Gate | None = None) -> dict:
    """Audit one request: the report, plus a top-level verdict and the gate applied.

    The gate is the request's own (its options), else `gate` (the caller's flags), else the default
    (see mtaudit/gate.py). verdict is the score's pass/review/fail, turned into "fail" when the gate
    is crossed. A pure function of the request and the configuration: safe to call from workers.
    """
    auditor = auditors.get(req.select, req.ignore, req.style, req.lang)
    try:
        report = auditor.audit(req.article)
    except ImportError as e:
        raise RequestError(501, "roundtrip_unavailable",
                           _("source_text needs the round-trip stack, which is not available here ({problem})").format(problem=e)) from None
    return finish(report, req, req.gate.over(gate).resolved(auditor.config.thresholds))


def finish(report: dict, req: AuditRequest, gate: Gate) -> dict:
    crossed = gate.crosses(report)
    out = {"schema": report["schema"], "verdict": "fail" if crossed else report["score"]["verdict"]}
    out.update((k, v) for k, v in report.items() if k != "schema")
    out["gate"] = gate.to_dict(crossed)
    art = dict(out["article"])
    if "units" not in out:  # a bilingual file keeps its own format (xliff1, po...)
        art["format"] = "html" if req.article.html is not None else \
            "md" if req.article.meta.get("format") == "md" else "text"
    if req.title is not None:
        art["title"] = req.title
    out["article"] = art
    return out
