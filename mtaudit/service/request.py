"""Audit requests as JSON ({"id"?, "title"?, "text" | "html", "source_text"?, "date"?, "options"?}).

"date" is the article's date (YYYY-MM-DD, YYYY-MM or YYYY), used by the name rules for who held
an office then; options.style picks the typography house style ("web" or "press").

Shared by the HTTP service and `mtaudit check -`; no web framework needed here.
"""
from __future__ import annotations

import dataclasses
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from ..config import Config
from ..detect.finding import SEVERITIES
from ..read.article import Article
from ..read.html_input import HtmlText, html_to_text
from ..score import crosses

FIELDS = ("id", "title", "text", "html", "source_text", "date", "options")
OPTIONS = ("select", "ignore", "fail_under", "fail_on", "style")
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
    article: Article
    title: str | None = None
    source_text: str | None = None
    html: HtmlText | None = None
    select: list | None = None  # None: keep the configured selection
    ignore: list = field(default_factory=list)
    fail_under: float | None = None
    fail_on: str | None = None
    style: str | None = None  # typography house style; None: the configured one


def parse_json(raw: bytes | str) -> object:
    """JSON from bytes; RequestError(400) naming the problem (bad UTF-8, syntax with line/column)."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise RequestError(400, "malformed_json",
                               f"request body is not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})") from None
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    if not raw.strip():
        raise RequestError(400, "malformed_json", "request body is empty; expected a JSON object")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise RequestError(400, "malformed_json",
                           f"malformed JSON: {e.msg} at line {e.lineno}, column {e.colno} (char {e.pos})") from None
    except RecursionError:
        raise RequestError(400, "malformed_json", "malformed JSON: nested too deeply") from None


def looks_like_request(obj: object) -> bool:
    return isinstance(obj, dict) and ("text" in obj or "html" in obj)


def _str_list(value, name: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RequestError(422, "invalid_request", f"options.{name} must be a list of rule ids or categories")
    return [x.strip() for v in value for x in v.split(",") if x.strip()]


def parse_request(obj: object, default_id: str = "request") -> AuditRequest:
    """Validate a decoded JSON body; RequestError with 400 (unknown rule ids) or 422 (shape)."""
    from ..detect.registry import UnknownRuleError, check_selectors

    if not isinstance(obj, dict):
        raise RequestError(422, "invalid_request",
                           f"request body must be a JSON object, got {type(obj).__name__ if obj is not None else 'null'}")
    unknown = sorted(k for k in obj if k not in FIELDS)
    if unknown:
        raise RequestError(422, "invalid_request",
                           f"unknown field(s) {', '.join(unknown)}; expected: {', '.join(FIELDS)}")
    text, html = obj.get("text"), obj.get("html")
    if text is None and html is None:
        raise RequestError(422, "missing_text", "the request needs \"text\" (plain text or Markdown) or \"html\"")
    if text is not None and html is not None:
        raise RequestError(422, "invalid_request", "give either \"text\" or \"html\", not both")
    for name in ("id", "title", "text", "html", "source_text", "date"):
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise RequestError(422, "invalid_request", f"\"{name}\" must be a string, got {type(obj[name]).__name__}")
    art_id = obj.get("id") or default_id
    if len(art_id) > MAX_ID or any(c in art_id for c in "\n\r\x00"):
        raise RequestError(422, "invalid_request", f"\"id\" must be one line of at most {MAX_ID} characters")

    converted = None
    if html is not None:
        converted = html_to_text(html)
        body = converted.text
        fmt = "html"
    else:
        body = text
        fmt = "text"
    if not body.strip():
        raise RequestError(422, "missing_text", f"\"{fmt}\" has no text to audit")
    meta = {"format": fmt}
    if obj.get("date"):
        from ..read.dates import DateError, parse_date

        try:
            meta["date"] = parse_date(obj["date"])
        except DateError as e:
            raise RequestError(422, "invalid_request", f"\"date\": {e}") from None
        meta["date_source"] = "request"
    article = Article.from_text(body, id=art_id, **meta)
    req = AuditRequest(article=article, title=obj.get("title"), source_text=obj.get("source_text") or None,
                       html=converted)

    options = obj.get("options") or {}
    if not isinstance(options, dict):
        raise RequestError(422, "invalid_request", "\"options\" must be an object")
    unknown = sorted(k for k in options if k not in OPTIONS)
    if unknown:
        raise RequestError(400, "invalid_options",
                           f"unknown option(s) {', '.join(unknown)}; valid options: {', '.join(OPTIONS)}")
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
            raise RequestError(400, "invalid_options", "options.fail_under must be a number from 0 to 100")
        req.fail_under = float(fu)
    st = options.get("style")
    if st is not None:
        from ..config import STYLES

        if st not in STYLES:
            raise RequestError(400, "invalid_options", f"options.style must be one of {', '.join(STYLES)}")
        req.style = st
    fo = options.get("fail_on")
    if fo is not None:
        if fo not in SEVERITIES:
            raise RequestError(400, "invalid_options", f"options.fail_on must be one of {', '.join(SEVERITIES)}")
        req.fail_on = fo
    return req


class AuditorCache:
    """Auditors by rule selection, built once and reused (they hold rules and loaded resources)."""

    def __init__(self, config: Config, size: int = 16):
        self.config = config
        self.size = size
        self._lock = threading.Lock()
        self._cache: OrderedDict = OrderedDict()

    def get(self, select: list | None = None, ignore: list | None = None, style: str | None = None):
        from ..pipeline import Auditor

        key = (tuple(select) if select is not None else None, tuple(ignore or ()), style)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        cfg = self.config
        if key != (None, (), None):
            cfg = dataclasses.replace(
                cfg, select=list(select) if select is not None else list(cfg.select),
                ignore=list(cfg.ignore) + [i for i in ignore or () if i not in cfg.ignore],
                style=style or cfg.style)
        auditor = Auditor(cfg)
        with self._lock:
            self._cache[key] = auditor
            while len(self._cache) > self.size:
                self._cache.popitem(last=False)
        return auditor


def run_request(req: AuditRequest, auditors: AuditorCache, fail_under: float | None = None,
                fail_on: str | None = None) -> dict:
    """Audit a request: the report plus a top-level verdict and, for HTML, offsets in the HTML.

    verdict is the score's verdict (pass/review/fail), turned into "fail" when a fail_under or
    fail_on gate (from the request's options, else the given defaults) is crossed.
    """
    auditor = auditors.get(req.select, req.ignore, req.style)
    try:
        report = auditor.audit(req.article, source_text=req.source_text)
    except ImportError as e:
        raise RequestError(501, "roundtrip_unavailable",
                           f"source_text needs the round-trip stack, which is not available here ({e})") from None
    return finish(report, req, fail_under, fail_on)


def finish(report: dict, req: AuditRequest, fail_under: float | None = None, fail_on: str | None = None) -> dict:
    fu = req.fail_under if req.fail_under is not None else fail_under
    fo = req.fail_on if req.fail_on is not None else fail_on
    crossed = crosses(report, fu, fo)
    out = {"schema": report["schema"], "verdict": "fail" if crossed else report["score"]["verdict"]}
    out.update((k, v) for k, v in report.items() if k != "schema")
    out["gate"] = {"fail_under": fu, "fail_on": fo, "crossed": crossed}
    art = dict(out["article"])
    if "units" not in out:  # a bilingual file keeps its own format (xliff1, po...)
        art["format"] = "html" if req.html is not None else "text"
    if req.title is not None:
        art["title"] = req.title
    out["article"] = art
    if req.html is not None:
        findings = []
        for f in report["findings"]:
            hs, he = req.html.html_span(f["start"], f["end"])
            findings.append(dict(f, html_start=hs, html_end=he))
        out["findings"] = findings
    return out
