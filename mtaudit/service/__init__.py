"""The pre-publish HTTP service (`mtaudit serve`); the request format lives in mtaudit/request.py.

Server defaults are declared here once (no web framework imported): `mtaudit serve`'s flags and
service.app.create_app/serve use them.
"""
DEFAULT_HOST = "127.0.0.1"  # this machine only
DEFAULT_PORT = 8080
DEFAULT_MAX_BODY = 1024 * 1024  # bytes; larger bodies get 413
DEFAULT_TIMEOUT = 15.0  # seconds per request, then 503
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
TOKEN_ENV = "MTAUDIT_TOKEN"
