"""The pre-publish HTTP service (`mtaudit serve`); the request format lives in mtaudit/request.py.

Server defaults are declared here once (no web framework imported): `mtaudit serve`'s flags and
service.app.create_app/serve use them.
"""
DEFAULT_HOST = "127.0.0.1"  # this machine only
DEFAULT_PORT = 8080
DEFAULT_MAX_BODY = 1024 * 1024  # bytes; larger bodies get 413
DEFAULT_TIMEOUT = 15.0  # seconds per request, then 503
DEFAULT_MAX_WORDS = 20_000  # about 15 s of audit on one core: longer articles are refused (413)
DEFAULT_HEAVY_WORDS = 3_000  # `serve`: longer articles go to the heavy lane (a separate process)
DEFAULT_MAX_QUEUE = 8  # /readyz says busy when more requests wait for the audit thread
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
TOKEN_ENV = "MTAUDIT_TOKEN"
