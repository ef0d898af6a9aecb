"""Moved to mtaudit/request.py (the core's request model); kept so existing imports still work."""
from ..gate import Gate
from ..request import (FIELDS, MAX_ID, OPTIONS, AuditorCache, AuditRequest, RequestError, audit_request,  # noqa: F401
                       finish, looks_like_request, parse_json, parse_request)


def run_request(req: AuditRequest, auditors: AuditorCache, fail_under: float | None = None,
                fail_on: str | None = None) -> dict:
    """The old name and signature of request.audit_request."""
    return audit_request(req, auditors, Gate(fail_under, fail_on))
