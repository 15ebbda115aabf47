"""The AppError tree and the one handler that turns every failure into one JSON shape."""

from __future__ import annotations

from typing import Any

import asyncpg
import pydantic_core
import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

log = structlog.get_logger(__name__)


class AppError(Exception):
    status_code = 500
    code = "internal_error"
    message = "Something went wrong on our side."

    def __init__(
        self,
        message: str | None = None,
        *,
        code: str | None = None,
        details: dict[str, Any] | list[Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.message = message or self.message
        self.code = code or self.code
        self.details = details
        self.headers = headers
        super().__init__(self.message)


class BadRequest(AppError):
    status_code = 400
    code = "bad_request"
    message = "The request could not be understood."


class Unauthorized(AppError):
    status_code = 401
    code = "unauthorized"
    message = "Authentication is required."


class Forbidden(AppError):
    status_code = 403
    code = "forbidden"
    message = "You are not allowed to do this."


class NotFound(AppError):
    status_code = 404
    code = "not_found"
    message = "Not found."


class Conflict(AppError):
    status_code = 409
    code = "conflict"
    message = "The request conflicts with the current state."


class Gone(AppError):
    status_code = 410
    code = "gone"
    message = "This is no longer available."


class PayloadTooLarge(AppError):
    status_code = 413
    code = "payload_too_large"
    message = "The request body is too large."


class Unprocessable(AppError):
    status_code = 422
    code = "validation_error"
    message = "The request is not valid."


class TooManyRequests(AppError):
    status_code = 429
    code = "rate_limited"
    message = "Too many requests."


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def error_response(
    status: int, code: str, message: str, details: Any = None, headers: dict[str, str] | None = None
) -> Response:
    # pydantic_core writes uuids and datetimes that details may carry.
    body = pydantic_core.to_json(error_body(code, message, details), fallback=str)
    return Response(body, status_code=status, headers=headers, media_type="application/json")


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    410: "gone",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
}


def _clean_validation_errors(errors: list[Any]) -> list[dict[str, Any]]:
    # Pydantic puts the offending input and its context objects in each error;
    # keep what a client can act on and drop what could echo secrets back.
    cleaned = []
    for err in errors:
        cleaned.append(
            {
                "loc": [str(part) for part in err.get("loc", ())],
                "type": err.get("type"),
                "message": err.get("msg"),
            }
        )
    return cleaned


async def _app_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AppError)
    return error_response(exc.status_code, exc.code, exc.message, exc.details, exc.headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    if any(err.get("type") == "json_invalid" for err in errors):
        return error_response(400, "malformed_json", "The request body is not valid JSON.")
    return error_response(
        422, "validation_error", "The request is not valid.", _clean_validation_errors(errors)
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "error")
    message = exc.detail if isinstance(exc.detail, str) else "Request failed."
    return error_response(
        exc.status_code, code, message, headers=dict(exc.headers) if exc.headers else None
    )


# What a database error that slipped past validation means to a client (SQLSTATE classes).
_SQLSTATE = {
    "23505": (409, "conflict", "This conflicts with something that already exists."),
    "23503": (422, "invalid_reference", "The request refers to something that does not exist."),
    "23": (422, "invalid_value", "A value in the request is not allowed."),
    "22": (422, "invalid_value", "A value in the request is out of range or malformed."),
}


def _sqlstate(exc: BaseException) -> str | None:
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 5:
        state = getattr(current, "sqlstate", None)
        if isinstance(state, str):
            return state
        current = getattr(current, "orig", None) or current.__cause__
        seen += 1
    return None


async def _database_error(request: Request, exc: Exception) -> Response:
    """A safety net: constraint and data errors are the client's (4xx), the rest a 500."""
    state = _sqlstate(exc)
    mapped = _SQLSTATE.get(state or "") or _SQLSTATE.get((state or "")[:2])
    if mapped is None:
        return await _unhandled(request, exc)
    log.warning("database_refused_input", sqlstate=state, exc_type=type(exc).__name__)
    status, code, message = mapped
    return error_response(status, code, message)


async def _unhandled(request: Request, exc: Exception) -> Response:
    log.exception("unhandled_error", exc_type=type(exc).__name__)
    return error_response(500, "internal_error", "Something went wrong on our side.")


def install_error_handlers(app: FastAPI) -> None:
    from mission_control.core import idempotency

    app.add_exception_handler(idempotency.Replay, idempotency.replayed)
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(asyncpg.PostgresError, _database_error)
    app.add_exception_handler(DBAPIError, _database_error)
    app.add_exception_handler(Exception, _unhandled)
