"""The OpenAPI document tells the truth: every error a route can answer, in our one shape,
with the codes a client can branch on, and how each route authenticates.

FastAPI builds the document from the routes; `install` post-processes it once: the
`ErrorBody` schema replaces FastAPI's validation-error schema, every operation declares
the error statuses it can answer (each with the codes of that status), and the security
schemes (a Bearer key; the session cookie with its CSRF header on unsafe methods) are
declared and applied to every route that authenticates.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from mission_control.core.errors import AppError

# Statuses every authenticated route can answer, and those any route can.
AUTHENTICATED = (400, 401, 403, 404, 409, 410, 413, 422, 429)
PUBLIC = (400, 401, 403, 404, 409, 410, 413, 422, 429)
REASONS = {
    400: "Bad request: malformed JSON, a bad cursor, filter or header.",
    401: "Not authenticated: no credential, or a revoked, expired or unknown one.",
    403: "Forbidden: the role or the key's scopes do not allow this.",
    404: "Not found (another org's objects are always 404).",
    409: "Conflict with the current state (a stale version, a forbidden transition, ...).",
    410: "Gone.",
    413: "The body is too large.",
    422: "The body or a parameter does not validate.",
    429: "Rate limited: retry after `Retry-After` seconds (see the RateLimit-* headers).",
}
# Codes answered outside any AppError class (the request middleware, FastAPI's own errors).
EXTRA_CODES = {
    400: ["malformed_json", "bad_request"],
    404: ["not_found"],
    413: ["payload_too_large"],
    422: ["validation_error", "invalid_characters"],
    429: ["rate_limited"],
}
ERROR_BODY = {
    "type": "object",
    "title": "ErrorBody",
    "description": "Every failure answers in this one shape.",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message", "details"],
            "properties": {
                "code": {
                    "type": "string",
                    "description": "What went wrong, for code to branch on (listed per status).",
                },
                "message": {"type": "string", "description": "The same in plain words."},
                "details": {"description": "Structured facts about the error, or null."},
            },
        }
    },
}
SECURITY_SCHEMES = {
    "bearerKey": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "mc_<prefix>_<secret>",
        "description": "An agent's API key or a person's access token.",
    },
    "sessionCookie": {
        "type": "apiKey",
        "in": "cookie",
        "name": "mc_session",
        "description": "The web session (set by sign-in).",
    },
    "csrfHeader": {
        "type": "apiKey",
        "in": "header",
        "name": "X-CSRF-Token",
        "description": "With the session cookie, on unsafe methods: the mc_csrf cookie's value.",
    },
}
SAFE = {"get", "head", "options"}


def error_codes() -> dict[int, list[str]]:
    """Every error code a client can branch on, by status (each a class of AppError)."""
    found: dict[int, set[str]] = defaultdict(set)
    pending: list[type[AppError]] = [AppError]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if 400 <= cls.status_code < 500 and cls.__module__.startswith("mission_control"):
            found[cls.status_code].add(cls.code)
    for status, codes in EXTRA_CODES.items():
        found[status].update(codes)
    return {status: sorted(codes) for status, codes in sorted(found.items())}


def _authenticates(dependant: Dependant) -> bool:
    stack = [dependant]
    while stack:
        current = stack.pop()
        if getattr(current.call, "mc_authenticates", False):
            return True
        stack.extend(current.dependencies)
    return False


def _api_routes(routes: Any) -> list[APIRoute]:
    """Every APIRoute, through included routers (FastAPI keeps those as their own routes)."""
    found: list[APIRoute] = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        inner = getattr(route, "original_router", None)
        if inner is not None:
            found.extend(_api_routes(inner.routes))
    return found


def _response(status: int, codes: list[str]) -> dict[str, Any]:
    listed = ", ".join(f"`{c}`" for c in codes)
    return {
        "description": f"{REASONS.get(status, 'Error.')} Codes: {listed}.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
    }


def document(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
    )
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["ErrorBody"] = ERROR_BODY
    components["securitySchemes"] = SECURITY_SCHEMES
    codes = error_codes()
    secured = {
        (route.path_format, method.lower())
        for route in _api_routes(app.routes)
        if _authenticates(route.dependant)
        for method in route.methods or ()
    }
    for path, item in schema.get("paths", {}).items():
        for method, operation in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            authenticated = (path, method) in secured
            responses = operation.setdefault("responses", {})
            for status in AUTHENTICATED if authenticated else PUBLIC:
                responses[str(status)] = _response(status, codes.get(status, []))
            if authenticated:
                cookie: dict[str, list[str]] = {"sessionCookie": []}
                if method not in SAFE:
                    cookie["csrfHeader"] = []
                operation["security"] = [{"bearerKey": []}, cookie]
    return schema


def install(app: FastAPI) -> None:
    """Serve the post-processed document at /openapi.json (built once)."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = document(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
