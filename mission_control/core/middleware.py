"""Pure ASGI middleware: request id and log context, metrics, and the body size limit."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pydantic_core
import structlog
from fastapi import HTTPException
from prometheus_client import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mission_control.core import idempotency
from mission_control.core.db import REQUEST_UNIT, RequestUnit, StatementLog, statement_log
from mission_control.core.errors import AppError, error_body
from mission_control.core.logging import log_request

log = structlog.get_logger("mission_control.request")

REQUESTS = Counter("mc_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram(
    "mc_http_request_duration_seconds",
    "HTTP request latency",
    ["method", "route"],
    buckets=(0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
)


class _BodyTooLarge(HTTPException):
    """Raised from receive(); an HTTPException so FastAPI's body parser re-raises it as is."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than {limit} bytes.")


async def _send_json(send: Send, status: int, body: dict[str, Any], request_id: str) -> None:
    raw = pydantic_core.to_json(body, fallback=str)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(raw)).encode()),
                (b"x-request-id", request_id.encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": raw})


class RequestMiddleware:
    """Gives every request an id, a log context, metrics, and a body size limit."""

    def __init__(self, app: ASGIApp, max_body_bytes: int, count_statements: bool = False) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        # Diagnostics (MC_COUNT_STATEMENTS): each answer carries X-MC-Statements, the number
        # of statements the request sent, for the statement-budget tests.
        self.count_statements = count_statements

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if 0 < len(incoming) <= 64 else uuid.uuid4().hex
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        method = scope["method"]
        started = time.perf_counter()
        status = 500

        if _nul_in_request(scope):
            body = error_body(
                "invalid_characters",
                "NUL characters are not allowed in the path, query or headers.",
            )
            await _send_json(send, 422, body, request_id)
            self._record(scope, method, 422, started)
            return

        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
            await _send_json(send, 413, _too_large(self.max_body_bytes), request_id)
            self._record(scope, method, 413, started)
            return

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _BodyTooLarge(self.max_body_bytes)
            return message

        response_started = False
        replaced = False  # the response was swapped for an error: drop the original's body
        unit = scope[REQUEST_UNIT] = RequestUnit(scope["app"])
        counting = (self.count_statements and StatementLog()) or None
        if counting is not None:
            statement_log.set(counting)

        held: list[Message] = []  # an idempotent create's answer, stored before it commits

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started, replaced
            if replaced:
                return
            claimed = scope.get(idempotency.REQUEST_KEY)
            if claimed is not None:
                if message["type"] == "http.response.start" and message["status"] < 400:
                    held.append(message)
                    return
                if held:
                    held.append(message)
                    if message.get("more_body", False):
                        return
                    start = held.pop(0)
                    answer = b"".join(m.get("body", b"") for m in held)
                    held.clear()
                    await idempotency.store(claimed, start["status"], start["headers"], answer)
                    scope.pop(idempotency.REQUEST_KEY, None)
                    await send_with_id(start)
                    await send_with_id({"type": "http.response.body", "body": answer})
                    return
            if message["type"] == "http.response.start":
                # The request's writes commit before the first byte: a 2xx means committed.
                scope.pop(idempotency.REQUEST_KEY, None)
                failure = await unit.finish(message["status"])
                if failure is not None:
                    replaced = True
                    status, body = _failure(failure)
                    response_started = True
                    await _send_json(send, status, body, request_id)
                    return
                status = message["status"]
                response_started = True
                message["headers"] = [
                    *message.get("headers", ()),
                    (b"x-request-id", request_id.encode()),
                ]
                if counting is not None:
                    count = str(len(counting.statements)).encode()
                    message["headers"].append((b"x-mc-statements", count))
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_id)
        except _BodyTooLarge:
            status = 413
            if not response_started:
                await _send_json(send, 413, _too_large(self.max_body_bytes), request_id)
        except Exception as exc:
            # Answered here, not re-raised: past Starlette's outermost handler an exception
            # makes Uvicorn drop the keep-alive connection.
            log.exception("unhandled_error", exc_type=type(exc).__name__)
            await unit.finish(None)
            status = 500
            if not response_started:
                body = error_body(
                    "internal_error",
                    "Something went wrong on our side.",
                    {"request_id": request_id},
                )
                await _send_json(send, 500, body, request_id)
        finally:
            await unit.finish(None)  # still open: the request failed before answering
            self._record(scope, method, status, started)

    def _record(self, scope: Scope, method: str, status: int, started: float) -> None:
        elapsed = time.perf_counter() - started
        route = scope.get("route")
        template = getattr(route, "path", None) or "unmatched"
        REQUESTS.labels(method, template, str(status)).inc()
        LATENCY.labels(method, template).observe(elapsed)
        if template not in ("/health", "/metrics"):
            log_request(method, template, status, round(elapsed * 1000, 2))


def _nul_in_request(scope: Scope) -> bool:
    """A NUL (raw or %00) in the path, the query string or a header value."""
    query = scope.get("query_string", b"")
    path = scope.get("raw_path") or scope.get("path", "").encode()
    for raw in (query, path):
        if b"\x00" in raw or b"%00" in raw:
            return True
    return any(b"\x00" in value for _, value in scope["headers"])


def _failure(exc: Exception) -> tuple[int, dict[str, Any]]:
    """The answer for a unit of work that could not commit."""
    if isinstance(exc, AppError):
        return exc.status_code, error_body(exc.code, exc.message, exc.details)
    log.error("commit_failed", exc_type=type(exc).__name__)
    return 500, error_body("internal_error", "Something went wrong on our side.")


def _too_large(limit: int) -> dict[str, Any]:
    return error_body(
        "payload_too_large", f"The request body is larger than {limit} bytes.", {"limit": limit}
    )
