"""The pre-publish HTTP service: POST /v1/audit, GET /v1/rules, /healthz, /readyz, /docs.

create_app() builds the app. At start-up it loads the rules, the data and the NLP model once and
runs one tiny audit (so /readyz turns ready only when an audit will be fast). Audits run on one
dedicated worker thread per process, off the event loop: spaCy pipelines are not documented as
safe to call from several threads at once, and with the GIL a second thread gains little for
this CPU-bound work (run several processes with `mtaudit serve --workers N` instead).
"""
from __future__ import annotations

import asyncio
import base64
import hmac
import json
import logging
import os
import pickle
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response

from .. import __version__
from ..config import Config
from ..gate import Gate
from ..request import AuditorCache, RequestError, audit_request, parse_json, parse_request
from . import DEFAULT_HOST, DEFAULT_MAX_BODY, DEFAULT_PORT, DEFAULT_TIMEOUT, TOKEN_ENV  # noqa: F401 (re-exported)

log = logging.getLogger("mtaudit.service")

SETTINGS_ENV = "MTAUDIT_SERVE_SETTINGS"
WARM_TEXT = ("Le conseil municipal s'est réuni jeudi soir à Lyon. Les élus ont voté le budget de "
             "l'année prochaine après un long débat.")

REQUEST_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "description": "article id, echoed in the report (default: \"request\")"},
        "title": {"type": "string", "description": "headline, echoed in the report (not audited)"},
        "text": {"type": "string", "description": "the article as plain text or Markdown"},
        "html": {"type": "string", "description": "the article as HTML: tags are stripped for checking and "
                                                  "each finding also gets html_start/html_end offsets"},
        "source_text": {"type": "string", "description": "the English source, for round-trip checks"},
        "options": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "select": {"type": "array", "items": {"type": "string"},
                           "description": "run only these rule ids or categories"},
                "ignore": {"type": "array", "items": {"type": "string"},
                           "description": "skip these rule ids or categories"},
                "fail_under": {"type": "number", "minimum": 0, "maximum": 100,
                               "description": "verdict is fail when the quality is below this"},
                "fail_on": {"type": "string", "enum": ["minor", "major", "critical"],
                            "description": "verdict is fail when a finding is at or above this severity"},
            },
        },
    },
    "oneOf": [{"required": ["text"]}, {"required": ["html"]}],
    "example": {"id": "article-42", "title": "Budget", "text": "Le conseil municipal a voté le budget.",
                "options": {"ignore": ["style"], "fail_on": "critical"}},
}
ERROR_SCHEMA = {"type": "object", "properties": {"error": {"type": "string"}, "detail": {"type": "string"}}}


class ServiceState:
    """What the app holds: the audit thread, the cached auditors, readiness."""

    def __init__(self, config: Config, gate: Gate | None = None):
        self.config = config
        self.gate = gate or Gate()  # the serve flags; a request's options win field by field
        self.auditors = AuditorCache(config)
        self.executor: ThreadPoolExecutor | None = None
        self.ready = threading.Event()
        self.warm_error: str | None = None
        self.engines: dict = {}
        self.warm_seconds: float | None = None

    def start(self, warm: bool = True) -> None:
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mtaudit-audit")
        if warm:
            self.executor.submit(self.warm_up)
        else:
            self.ready.set()

    def stop(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)

    def warm_up(self) -> None:
        """Load rules, data and models, then run one tiny audit; errors are kept for /readyz."""
        t0 = time.perf_counter()
        try:
            from ..detect.nlp import analyse
            from ..read.article import Article

            _, _, nlp_engine = analyse("Texte de démarrage.")  # loads spaCy (or notes the regex fallback)
            report = self.auditors.get().audit(Article.from_text(WARM_TEXT, id="warm-up"))
            self.engines = dict(sorted({"nlp": nlp_engine, **report.get("engines", {})}.items()))
            if report.get("failures"):
                log.warning("rules failed during warm-up: %s", [f["rule"] for f in report["failures"]])
        except Exception as e:  # keep serving liveness; readiness reports the problem
            log.exception("warm-up failed")
            self.warm_error = f"{type(e).__name__}: {e}"
            return
        self.warm_seconds = round(time.perf_counter() - t0, 3)
        self.ready.set()

    def handle(self, body: bytes) -> tuple[int, bytes, float]:
        """Runs on the audit thread: parse, validate, audit, serialize. Also returns the seconds spent."""
        t0 = time.perf_counter()
        try:
            req = parse_request(parse_json(body))
            result = audit_request(req, self.auditors, self.gate)
            status, payload = 200, _dumps(result)
        except RequestError as e:
            status, payload = e.status, _dumps(e.to_dict())
        except Exception as e:  # a bug outside the rules (the engine isolates those): answer, keep serving
            log.exception("audit failed")
            status, payload = 500, _dumps({"error": "internal_error",
                                           "detail": f"the audit failed: {type(e).__name__}: {e}"})
        return status, payload, time.perf_counter() - t0


def _dumps(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def create_app(config: Config | None = None, *, token: str | None = None, max_body: int = DEFAULT_MAX_BODY,
               timeout: float = DEFAULT_TIMEOUT, gate: Gate | None = None, warm: bool = True):
    """The FastAPI app. token None reads MTAUDIT_TOKEN; an empty token means no authentication.
    gate: the serve flags (--fail-under/--fail-on); unset, the default gate (mtaudit/gate.py)."""
    if token is None:
        token = os.environ.get(TOKEN_ENV) or None
    state = ServiceState(config or Config(), gate)

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

    @app.exception_handler(AuthError)
    async def _auth_failed(request, exc):
        return error(401, "unauthorized", str(exc), {"WWW-Authenticate": "Bearer"})

    async def require_token(request: Request):
        if not token:
            return
        got = request.headers.get("authorization", "")
        scheme, _, value = got.partition(" ")
        if scheme.lower() != "bearer" or not value:
            raise AuthError("this service needs an 'Authorization: Bearer <token>' header")
        if not hmac.compare_digest(value.strip().encode("utf-8"), token.encode("utf-8")):
            raise AuthError("invalid bearer token")

    errors_doc = {s: {"description": d, "content": {"application/json": {"schema": ERROR_SCHEMA}}}
                  for s, d in ((400, "malformed JSON, unknown rule id or option"), (401, "missing or wrong token"),
                               (413, "body larger than the limit"),
                               (415, "Content-Type is not application/json"), (422, "no text/html, or a field of the wrong type"),
                               (503, "the audit did not finish within the time limit"))}

    @app.post("/v1/audit", dependencies=[Depends(require_token)], summary="Audit one article",
              openapi_extra={"requestBody": {"required": True,
                                             "content": {"application/json": {"schema": REQUEST_SCHEMA}}}},
              responses={200: {"description": "the mtaudit.report/1 report with a top-level verdict"}, **errors_doc})
    async def audit(request: Request):
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":  # a web page cannot send JSON cross-site without a preflight
            return error(415, "unsupported_media_type",
                         f"send the request as 'Content-Type: application/json' (got {ctype or 'none'!r})")
        length = request.headers.get("content-length")
        if length is not None:
            try:
                size = int(length)
            except ValueError:
                return error(400, "bad_request", f"invalid Content-Length header {length!r}")
            if size > max_body:
                return error(413, "too_large", f"request body is {size} bytes; the limit is {max_body} bytes")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_body:
                return error(413, "too_large", f"request body is over the limit of {max_body} bytes")
            chunks.append(chunk)
        t0 = time.perf_counter()
        future = state.executor.submit(state.handle, b"".join(chunks))
        try:
            status, payload, work = await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except asyncio.TimeoutError:
            future.cancel()
            return error(503, "timeout",
                         f"the audit did not finish within the {timeout:g} s time limit (the service is busy or the "
                         "article is very long); retry later, or send a shorter text", {"Retry-After": "5"})
        wait = time.perf_counter() - t0 - work
        return Response(payload, status_code=status, media_type="application/json",
                        headers={"Server-Timing": f"queue;dur={wait * 1000:.1f}, audit;dur={work * 1000:.1f}"})

    @app.get("/v1/rules", dependencies=[Depends(require_token)], summary="Every rule with its docs and examples")
    async def rules():
        from ..api import rules as all_rule_docs

        return all_rule_docs()

    @app.get("/healthz", summary="Liveness: the process answers")
    async def healthz():
        return {"status": "ok", "version": __version__}

    @app.get("/readyz", summary="Readiness: rules, data and models loaded",
             responses={503: {"description": "still loading, or loading failed"}})
    async def readyz():
        if state.ready.is_set():
            return {"ready": True, "engines": state.engines, "warm_up_seconds": state.warm_seconds}
        body = {"ready": False, "detail": "loading rules, data and models"}
        if state.warm_error:
            body["detail"] = f"warm-up failed: {state.warm_error}"
        return JSONResponse(body, status_code=503)

    return app


# -- running it -----------------------------------------------------------------------------

def app_from_env():
    """Factory for uvicorn worker processes: settings come pickled in MTAUDIT_SERVE_SETTINGS."""
    settings = pickle.loads(base64.b64decode(os.environ[SETTINGS_ENV]))
    return create_app(**settings)


def serve(config: Config | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, workers: int = 1,
          log_level: str = "info", **settings) -> None:
    import uvicorn

    # audits are serialized per process: one BLAS thread each avoids oversubscribing the cores
    # (measured faster under load); scale with workers instead. No effect once numpy is loaded.
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    if workers <= 1:
        uvicorn.run(create_app(config, **settings), host=host, port=port, log_level=log_level)
        return
    os.environ[SETTINGS_ENV] = base64.b64encode(pickle.dumps(dict(settings, config=config))).decode()
    uvicorn.run("mtaudit.service.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                log_level=log_level)
