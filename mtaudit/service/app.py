"""The pre-publish HTTP service: POST /v1/audit, GET /v1/rules, /healthz, /readyz, /docs.

create_app() builds the app. At start-up it loads the rules, the data and the NLP model once and
runs one tiny audit (so /readyz turns ready only when an audit will be fast). Audits run on one
dedicated worker thread per process, off the event loop: spaCy pipelines are not documented as
safe to call from several threads at once, and with the GIL a second thread gains little for
this CPU-bound work (run several processes with `mtaudit serve --workers N` instead).

Heavy requests: an article over `max_words` gets 413 without being audited. With `heavy_words`
set (the `serve` command sets it), an article over that many words is audited in a separate,
pre-warmed worker process (the heavy lane), one at a time: small requests keep being served by the
audit thread meanwhile, and a heavy audit whose deadline passes or whose client disconnects is
stopped by killing that process (a fresh one warms up in the background). The deadline counts from
when the process takes the request; a request waits at most as long again for its turn (then 503
busy), and one whose client leaves while it waits never reaches the process. /readyz answers 503 while
warming up and while the audit thread's queue is longer than `max_queue`.
"""
from __future__ import annotations

import asyncio
import base64
import gc
import multiprocessing
import hmac
import json
import logging
import os
import pickle
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.requests import ClientDisconnect

from .. import __version__
from ..config import Config
from ..i18n import LANGS, _, accept_language, using
from ..gate import Gate
from ..request import AuditorCache, RequestError, audit_request, parse_json, parse_request
from . import (DEFAULT_HEAVY_WORDS, DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_MAX_QUEUE,  # noqa: F401 (re-exported)
               DEFAULT_MAX_WORDS, DEFAULT_PORT, DEFAULT_TIMEOUT, TOKEN_ENV)

log = logging.getLogger("mtaudit.service")

SETTINGS_ENV = "MTAUDIT_SERVE_SETTINGS"
HELPER_WARM_SECONDS = 120  # the warm-up waits this long for the engine helper process
WARM_TEXT = ("Le conseil municipal s'est réuni jeudi soir à Lyon. Les élus ont voté le budget de "
             "l'année prochaine après un long débat.")

REQUEST_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "description": "article id, echoed in the report (default: \"request\")"},
        "title": {"type": "string", "description": "headline, echoed in the report (not audited)"},
        "text": {"type": "string", "description": "the article as plain text"},
        "markdown": {"type": "string", "description": "the article as Markdown, read as a .md file is: its "
                                                      "front matter, raw HTML tags and HTML comments are not prose"},
        "html": {"type": "string", "description": "the article as HTML: tags are stripped for checking and "
                                                  "each finding also gets html_start/html_end offsets"},
        "source_text": {"type": "string", "description": "the English source, for round-trip checks"},
        "date": {"type": "string", "description": "the article's date (2019-03-03, 2019-03 or 2019): the name "
                                                  "rules check who held an office then (default: a dateline in "
                                                  "the text, else none)"},
        "options": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "select": {"type": "array", "items": {"type": "string"},
                           "description": "run only these rules: ids (MTA312), id prefixes (MTA3, MTA31; "
                                          "MTA: every rule) or categories"},
                "ignore": {"type": "array", "items": {"type": "string"},
                           "description": "skip these rules: ids, id prefixes or categories (a rule both "
                                          "selected and ignored follows the more specific selector)"},
                "fail_under": {"type": "number", "minimum": 0, "maximum": 100,
                               "description": "verdict is fail when the quality is below this"},
                "fail_on": {"type": "string", "enum": ["minor", "major", "critical"],
                            "description": "verdict is fail when a finding is at or above this severity"},
                "style": {"type": "string", "enum": ["web", "press"],
                          "description": "typography house style (default: the configured one, web)"},
                "lang": {"type": "string", "enum": ["fr", "en"],
                         "description": "language of the messages (default: the Accept-Language header, else "
                                        "the service's configuration)"},
            },
        },
    },
    "oneOf": [{"required": ["text"]}, {"required": ["markdown"]}, {"required": ["html"]}],
    "example": {"id": "article-42", "title": "Budget", "text": "Le conseil municipal a voté le budget.",
                "options": {"ignore": ["style"], "fail_on": "critical"}},
}
ERROR_SCHEMA = {"type": "object", "properties": {"error": {"type": "string"}, "detail": {"type": "string"}}}


class ServiceState:
    """What the app holds: the audit thread, the cached auditors, readiness."""

    def __init__(self, config: Config, gate: Gate | None = None, heavy_words: int | None = None,
                 concurrent: bool = True, reuse: bool = True, helper: bool = True):
        from ..lang.helper import EngineHelper, policy_from_env

        self.config = config
        self.gate = gate or Gate()  # the serve flags; a request's options win field by field
        # helper: Grammalecte and langdetect in a resident process beside spaCy (lang/helper.py)
        policy = policy_from_env()  # MTAUDIT_ENGINE_HELPER: auto, always or off
        self.helper = EngineHelper(policy=policy, spacy=True) if helper and concurrent and policy != "off" else None
        self.auditors = AuditorCache(config, concurrent=concurrent, reuse=reuse, helper=self.helper)
        self.executor: ThreadPoolExecutor | None = None
        self.ready = threading.Event()
        self.warm_error: str | None = None
        self.engines: dict = {}
        self.warm_seconds: float | None = None
        self.pending = 0  # requests submitted to the audit thread and not finished
        self.running = 0  # ... of which the one it is auditing now (0 or 1)
        self._count_lock = threading.Lock()
        self.heavy = HeavyLane(config, self.gate) if heavy_words else None

    def start(self, warm: bool = True) -> None:
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mtaudit-audit")
        if self.helper is not None:
            self.helper.start()
        if warm:
            self.executor.submit(self.warm_up)
        else:
            self.ready.set()
        if self.heavy is not None:
            self.heavy.start()

    def stop(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
        if self.heavy is not None:
            self.heavy.close()
        if self.helper is not None:
            self.helper.close()

    def submit(self, body: bytes, lang: str | None = None):
        with self._count_lock:
            self.pending += 1
        future = self.executor.submit(self._run, body, lang)

        def done(f):
            if f.cancelled():  # never ran (an audit that ran counted itself out in _run)
                with self._count_lock:
                    self.pending -= 1
        future.add_done_callback(done)
        return future

    def _run(self, body: bytes, lang: str | None):
        with self._count_lock:
            self.running += 1
        try:
            return self.handle(body, lang)
        finally:
            with self._count_lock:  # both at once: /readyz never sees it as waiting again
                self.running -= 1
                self.pending -= 1

    @property
    def waiting(self) -> int:
        """Audits submitted and not started yet (the one running is not waiting)."""
        with self._count_lock:
            return self.pending - self.running

    def warm_up(self) -> None:
        """Load rules, data and models, then run one tiny audit; errors are kept for /readyz."""
        t0 = time.perf_counter()
        try:
            from ..detect.nlp import analyse
            from ..read.article import Article

            _, _, nlp_engine = analyse("Texte de démarrage.")  # loads spaCy (or notes the regex fallback)
            if self.helper is not None and not self.helper.wait_ready(HELPER_WARM_SECONDS):
                log.warning("the engine helper is not ready (%s): audits use a thread until it is",
                            self.helper.error or "still loading")
            report = self.auditors.get().audit(Article.from_text(WARM_TEXT, id="warm-up"))
            self.engines = dict(sorted({"nlp": nlp_engine, **report.get("engines", {})}.items()))
            if report.get("failures"):
                log.warning("rules failed during warm-up: %s", [f["rule"] for f in report["failures"]])
        except Exception as e:  # keep serving liveness; readiness reports the problem
            log.exception("warm-up failed")
            self.warm_error = f"{type(e).__name__}: {e}"
            return
        # what warm-up loaded (models, dictionaries, tables) lives as long as the process: out of the
        # collector's reach, a full collection no longer walks it all (about 150 ms, one request in 30)
        gc.collect()
        gc.freeze()
        self.warm_seconds = round(time.perf_counter() - t0, 3)
        self.ready.set()

    def handle(self, body: bytes, lang: str | None = None) -> tuple[int, bytes, float]:
        """Runs on the audit thread: parse, validate, audit, serialize. Also returns the seconds spent.
        lang: the Accept-Language header's choice (the request's options.lang wins over it)."""
        t0 = time.perf_counter()
        with using(lang or self.config.lang):  # error details in the header's (or the configured) language
            try:
                obj = parse_json(body)
                with using(_options_lang(obj)):  # ... or the request's own options.lang
                    req = parse_request(obj)
                req.lang = req.lang or lang
                result = audit_request(req, self.auditors, self.gate)
                status, payload = 200, _dumps(result)
            except RequestError as e:
                status, payload = e.status, _dumps(e.to_dict())
            except Exception as e:  # a bug outside the rules (the engine isolates those): answer, keep serving
                log.exception("audit failed")
                status, payload = 500, _dumps({"error": "internal_error", "detail": _("the audit failed: {problem}").format(
                    problem=f"{type(e).__name__}: {e}")})
        return status, payload, time.perf_counter() - t0


def _options_lang(obj) -> str | None:
    """A valid options.lang of a decoded request, else None (then parse_request reports it)."""
    options = obj.get("options") if isinstance(obj, dict) else None
    lang = options.get("lang") if isinstance(options, dict) else None
    return lang if isinstance(lang, str) and lang in LANGS else None


def _dumps(obj) -> bytes:
    try:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate echoed from the request (an unknown rule id): JSON can escape it
        return json.dumps(obj).encode("ascii")


# -- the heavy lane: long articles in a separate process that can be stopped ---------------------------

def _heavy_main(conn, config, gate, log_level=None) -> None:
    """The heavy-lane process: warm up, say so, then audit one request body at a time."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the service stops it; Ctrl-C goes to the service
    if log_level:  # the service's log lines, in this process too
        setup_logging(log_level)
    state = ServiceState(config, gate, helper=False)  # long articles: Grammalecte in a thread here
    state.warm_up()
    conn.send(("ready", state.warm_error))
    while True:
        try:
            body, lang = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(state.handle(body, lang))


class HeavyLane:
    """One pre-warmed worker process for long articles. run() blocks (call it from a thread)."""

    def __init__(self, config, gate):
        self.args = (config, gate)
        self.lock = threading.Lock()  # one heavy audit at a time
        self._proc = None
        self._conn = None
        self._ready = threading.Event()
        self._closed = False
        self.restarts = 0
        self.busy = False

    @property
    def status(self) -> str:
        if self._closed:
            return "off"
        if not self._ready.is_set():
            return "warming"
        return "busy" if self.busy else "ready"

    def start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_heavy_main, args=(child, *self.args, _log_level), daemon=True, name="mtaudit-heavy")
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        self._ready.clear()

        def wait_ready():
            try:
                if parent.poll(600):
                    parent.recv()
                    if self._conn is parent:
                        self._ready.set()
            except (EOFError, OSError):
                pass
        threading.Thread(target=wait_ready, daemon=True, name="mtaudit-heavy-warm").start()

    def kill(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        self._ready.clear()
        if proc is not None:
            proc.kill()
            proc.join(10)
        if conn is not None:
            conn.close()

    def close(self) -> None:
        self._closed = True
        self.kill()

    def run(self, body: bytes, limit: float, cancelled: threading.Event, lang: str | None = None):
        """(status, payload, seconds), or a string saying why there is none: "busy" (another long
        article held the lane for longer than `limit` seconds), "cancelled", "warming", "timeout",
        "died". The time limit counts from when the lane takes this request, not from its arrival:
        waiting behind another long article is no part of it. Only a request the process started
        on and that times out or is cancelled kills the process."""
        waited_until = time.monotonic() + limit
        while not self.lock.acquire(timeout=0.05):  # wait for the lane, minding the client
            if cancelled.is_set():
                return "cancelled"
            if time.monotonic() > waited_until:
                return "busy"
        try:
            if cancelled.is_set():  # the client left while queued: nothing to stop
                return "cancelled"
            if not self._ready.wait(timeout=0.5):
                return "warming"
            self.busy = True
            conn, proc = self._conn, self._proc
            deadline = time.monotonic() + limit
            conn.send((body, lang))
            while True:
                if conn.poll(0.05):
                    return conn.recv()
                why = "timeout" if time.monotonic() > deadline else "cancelled" if cancelled.is_set() else \
                    "died" if not proc.is_alive() else None
                if why:
                    self.kill()
                    self.restarts += 1
                    if not self._closed:
                        self.start()  # a fresh worker warms up for the next heavy request
                    return why
        except (EOFError, OSError):
            self.kill()
            if not self._closed:
                self.start()
            return "died"
        finally:
            self.busy = False
            self.lock.release()


def create_app(config: Config | None = None, *, token: str | None = None, max_body: int = DEFAULT_MAX_BODY,
               timeout: float = DEFAULT_TIMEOUT, gate: Gate | None = None, warm: bool = True,
               max_words: int | None = DEFAULT_MAX_WORDS, heavy_words: int | None = None,
               max_queue: int = DEFAULT_MAX_QUEUE):
    """The FastAPI app. token None reads MTAUDIT_TOKEN; an empty token means no authentication.
    gate: the serve flags (--fail-under/--fail-on); unset, the default gate (mtaudit/gate.py).
    max_words: longer articles get 413 (None: no limit). heavy_words: longer articles are audited
    in the heavy-lane process (None: everything on the audit thread)."""
    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    state = ServiceState(config or Config(), gate, heavy_words)

    @asynccontextmanager
    async def lifespan(app):
        state.start(warm)
        try:
            yield
        finally:
            state.stop()

    app = FastAPI(
        title="mtaudit",
        version=__version__,
        description="Pre-publish audit of machine-translated French news text: findings with offsets, "
                    "MQM score and verdict (pass/review/fail).",
        lifespan=lifespan,
    )
    app.state.mtaudit = state

    def error(status: int, code: str, detail: str, headers: dict | None = None):
        return JSONResponse({"error": code, "detail": detail}, status_code=status, headers=headers)

    class AuthError(Exception):
        pass

    def timing(request: Request) -> dict:
        """Server-Timing of an answer given without an audit: the time since the request arrived."""
        t0 = getattr(request.state, "arrived", None)
        total = (time.perf_counter() - t0) * 1000 if t0 is not None else 0.0
        return {"Server-Timing": f"total;dur={total:.1f}"}

    @app.exception_handler(AuthError)
    async def _auth_failed(request, exc):
        return error(401, "unauthorized", str(exc), {"WWW-Authenticate": "Bearer", **timing(request)})

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request, exc):  # 404, 405...: the same {"error", "detail"} shape as every other answer
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, f"http_{exc.status_code}")
        return error(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))

    async def require_token(request: Request):
        request.state.arrived = time.perf_counter()
        if not token:
            return
        with using(accept_language(request.headers.get("accept-language")) or state.config.lang):
            _check_token(request)

    def _check_token(request: Request):
        got = request.headers.get("authorization", "")
        scheme, _sep, value = got.partition(" ")
        if scheme.lower() != "bearer" or not value:
            raise AuthError(_("this service needs an 'Authorization: Bearer <token>' header"))
        # the header's bytes (Starlette decodes them as Latin-1) against the token's UTF-8 bytes: a client
        # sends a non-ASCII token as UTF-8
        if not hmac.compare_digest(value.strip().encode("latin-1", "replace"), token.encode("utf-8")):
            raise AuthError(_("invalid bearer token"))

    errors_doc = {s: {"description": d, "content": {"application/json": {"schema": ERROR_SCHEMA}}}
                  for s, d in ((400, "malformed JSON, unknown rule id or option"), (401, "missing or wrong token"),
                               (413, "body larger than the limit"),
                               (415, "Content-Type is not application/json"), (422, "no text/html, or a field of the wrong type"),
                               (503, "the service is starting (\"warming\"), the audit did not finish within the time limit "
                                     "(\"timeout\"), or long articles held the heavy lane (\"busy\")"))}

    @app.post("/v1/audit", dependencies=[Depends(require_token)], summary="Audit one article",
              openapi_extra={"requestBody": {"required": True,
                                             "content": {"application/json": {"schema": REQUEST_SCHEMA}}}},
              responses={200: {"description": "the mtaudit.report/1 report with a top-level verdict"}, **errors_doc})
    async def audit(request: Request):
        lang = accept_language(request.headers.get("accept-language"))
        with using(lang or state.config.lang):  # the details of the errors answered here
            response = await _audit(request, lang)
        if "server-timing" not in response.headers:  # answered without an audit (413, 415, 503...)
            response.headers.update(timing(request))
        return response

    async def _audit(request: Request, lang: str | None):
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":  # a web page cannot send JSON cross-site without a preflight
            return error(415, "unsupported_media_type",
                         _("send the request as 'Content-Type: application/json' (got {got})").format(got=repr(ctype or "none")))
        length = request.headers.get("content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                return error(400, "bad_request", _("invalid Content-Length header {value}").format(value=repr(length)))
            if size > max_body:
                return error(413, "too_large", _("request body is {size} bytes; the limit is {limit} bytes").format(
                    size=size, limit=max_body))
        chunks, size = [], 0
        try:
            async for chunk in request.stream():
                size += len(chunk)
                if size > max_body:
                    return error(413, "too_large", _("request body is over the limit of {limit} bytes").format(limit=max_body))
                chunks.append(chunk)
        except ClientDisconnect:  # nobody to answer: one line in the log, not a traceback
            log.info("client disconnected before the end of its request body (%d bytes read)", size)
            return Response(status_code=400)
        t0 = time.perf_counter()
        body = b"".join(chunks)
        size = await asyncio.to_thread(_size_of, body) if (max_words or heavy_words) else None
        words, work = size if size is not None else (None, None)
        if max_words and words is not None and words > max_words:
            return error(413, "too_long", _("the article has {words} words; the limit is {limit} words "
                                            "(audit it in parts, or with `mtaudit check`/`audit`)").format(
                                              words=words, limit=max_words))
        if state.heavy is not None and work is not None and work > heavy_words:
            cancelled = threading.Event()
            task = asyncio.ensure_future(asyncio.to_thread(state.heavy.run, body, timeout, cancelled, lang))
            while not task.done():
                await asyncio.wait({task}, timeout=0.25)
                if not task.done() and await request.is_disconnected():
                    cancelled.set()  # the client has gone: stop its audit
            got = task.result()
            if isinstance(got, str):
                if got == "warming":
                    return error(503, "warming", _("the worker for long articles is starting; retry shortly"),
                                 {"Retry-After": "10"})
                if got == "busy":
                    return error(503, "busy", _("the worker for long articles stayed busy with other long articles "
                                                "for the {seconds} s time limit; retry later").format(
                                                  seconds=f"{timeout:g}"), {"Retry-After": "10"})
                if got == "died":
                    return error(500, "internal_error", _("the worker auditing this long article died "
                                                          "(out of memory?); a fresh one is starting"))
                return error(503, "timeout", _("the audit did not finish within the {seconds} s time limit and "
                                               "was stopped; send a shorter text").format(seconds=f"{timeout:g}"),
                             {"Retry-After": "5"})
            status, payload, work = got
        else:
            if not state.ready.is_set() and state.warm_error is None:  # the audit thread is warming up
                return error(503, "warming", _("the service is starting (loading rules, data and models); "
                                               "retry shortly"), {"Retry-After": "10"})
            future = state.submit(body, lang)
            try:
                status, payload, work = await asyncio.wait_for(asyncio.wrap_future(future), timeout)
            except asyncio.TimeoutError:
                future.cancel()
                return error(503, "timeout",
                             _("the audit did not finish within the {seconds} s time limit (the service is busy or "
                               "the article is very long); retry later, or send a shorter text").format(seconds=f"{timeout:g}"),
                             {"Retry-After": "5"})
        wait = time.perf_counter() - t0 - work
        return Response(payload, status_code=status, media_type="application/json",
                        headers={"Server-Timing": f"queue;dur={wait * 1000:.1f}, audit;dur={work * 1000:.1f}"})

    @app.get("/v1/rules", dependencies=[Depends(require_token)], summary="Every rule with its docs and examples")
    async def rules(request: Request):
        from ..api import rules as all_rule_docs
        from ..i18n import using

        with using(accept_language(request.headers.get("accept-language")) or state.config.lang):
            return all_rule_docs()

    @app.get("/healthz", summary="Liveness: the process answers")
    async def healthz():
        return {"status": "ok", "version": __version__}

    @app.get("/readyz", summary="Readiness: rules, data and models loaded",
             responses={503: {"description": "still loading, or loading failed"}})
    async def readyz(request: Request):
        with using(accept_language(request.headers.get("accept-language")) or state.config.lang):
            return _readyz()

    def _readyz():
        waiting = state.waiting
        lanes = {"queued": waiting, "running": state.running, "max_queue": max_queue,
                 "heavy": state.heavy.status if state.heavy is not None else "off",
                 "engine_helper": state.helper.to_dict() if state.helper is not None else {"status": "off"}}
        if state.ready.is_set() and waiting <= max_queue:
            return {"ready": True, "engines": state.engines, "warm_up_seconds": state.warm_seconds, **lanes}
        body = {"ready": False, "detail": _("loading rules, data and models"), **lanes}
        if state.warm_error:
            body["detail"] = _("warm-up failed: {problem}").format(problem=state.warm_error)
        elif state.ready.is_set():
            body["detail"] = _("busy: {n} audits waiting (more than {limit})").format(n=waiting, limit=max_queue)
        return JSONResponse(body, status_code=503)

    return app


def _words_of(body: bytes) -> int | None:
    """Words of the article in a request body (None when it does not parse: the audit says why)."""
    got = _size_of(body)
    return got[0] if got is not None else None


LONG_RUN = 40  # a whitespace-free span longer than this (no word is) counts each of its characters


def _size_of(body: bytes) -> tuple[int, int] | None:
    """(words, work) of the article in a request body, None when it does not parse. work estimates
    the audit's cost in words: each character of a whitespace-free span over LONG_RUN characters
    ("[[[[...", a 3,000-letter "word") counts as one, as spaCy makes up to a token of each."""
    from ..read.article import count_words

    try:
        obj = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(obj, dict):
        return None
    text = next((obj[name] for name in ("text", "markdown") if isinstance(obj.get(name), str)), obj.get("html"))
    if not isinstance(text, str):
        return None
    if obj.get("html") is not None and obj.get("text") is None and obj.get("markdown") is None:
        from ..read.html_input import html_plain_text

        # the text the audit reads: tags, comments and script/style/head content out, entities decoded
        text = html_plain_text(text)
    words = count_words(text)
    return words, words + sum(len(m) for m in _LONG_RUN_RE.findall(text))


_LONG_RUN_RE = re.compile(r"\S{%d,}" % (LONG_RUN + 1))


# -- running it -----------------------------------------------------------------------------

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_log_level: str | None = None  # what setup_logging set, for the processes the service starts


def setup_logging(level: str = "info") -> bool:
    """Give the `mtaudit` loggers a handler (stderr; time, level and logger in each line) at `level`,
    unless the program has set logging up itself (a handler on `mtaudit` or on the root logger).
    True when it did."""
    global _log_level
    logger = logging.getLogger("mtaudit")
    if logger.handlers or logging.getLogger().handlers:
        return False
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    _log_level = level
    return True


def app_from_env():
    """Factory for uvicorn worker processes: settings come pickled in MTAUDIT_SERVE_SETTINGS."""
    settings = pickle.loads(base64.b64decode(os.environ[SETTINGS_ENV]))
    log_level = settings.pop("log_level", None)
    if log_level:
        setup_logging(log_level)
    return create_app(**settings)


def serve(config: Config | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, workers: int = 1,
          log_level: str = "info", **settings) -> None:
    import uvicorn

    # audits are serialized per process: one BLAS thread each avoids oversubscribing the cores
    # (measured faster under load); scale with workers instead. No effect once numpy is loaded.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    configured = setup_logging(log_level)  # uvicorn sets up its own loggers only
    if workers <= 1:
        uvicorn.run(create_app(config, **settings), host=host, port=port, log_level=log_level)
        return
    os.environ[SETTINGS_ENV] = base64.b64encode(pickle.dumps(dict(
        settings, config=config, log_level=log_level if configured else None))).decode()
    uvicorn.run("mtaudit.service.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=log_level)
