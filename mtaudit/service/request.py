"""Moved to mtaudit/request.py (the core's request model); kept so existing imports still work."""
from ..request import (FIELDS, MAX_ID, OPTIONS, AuditorCache, AuditRequest, RequestError, audit_request,  # noqa: F401
                       finish, looks_like_request, parse_json, parse_request)
