"""Idempotency-Key on every POST that creates: the first answer is kept 24 h and replayed.

The key is claimed in the request's own transaction (`INSERT ... ON CONFLICT DO NOTHING`)
and the answer is stored in that transaction just before it commits (the request
middleware holds the response back for it), so a create and its stored answer commit
together or not at all. A retry with the same key and body gets the stored answer; with a
different body, 422. Two concurrent requests with one key run once: the second's claim
waits on the first's uncommitted row, then replays its answer. A create that fails (any
answer of 400 and above rolls back) keeps nothing, so retrying it runs it again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from mission_control.core import crypto
from mission_control.core.db import Conn, json_dumps
from mission_control.core.errors import AppError, BadRequest, Unprocessable

HEADER = "idempotency-key"
REQUEST_KEY = "mc.idempotency"
KEEP = timedelta(hours=24)
_VALID = re.compile(r"^[\x21-\x7e]{1,255}$")  # printable ASCII, no spaces
_KEPT_HEADERS = (b"content-type", b"etag", b"location")

CLAIM = (
    "INSERT INTO idempotency_keys (org_id, principal, route, key, request_hash)"
    " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING key"
)
STORED = (
    "SELECT request_hash, status, headers, body, created_at < now() - $5::interval AS stale"
    " FROM idempotency_keys WHERE org_id = $1 AND principal = $2 AND route = $3 AND key = $4"
)
FORGET = (
    "DELETE FROM idempotency_keys WHERE org_id = $1 AND principal = $2 AND route = $3 AND key = $4"
)
STORE = (
    "UPDATE idempotency_keys SET status = $5, headers = $6, body = $7"
    " WHERE org_id = $1 AND principal = $2 AND route = $3 AND key = $4"
)
PURGE = "SELECT mc_purge_idempotency_keys(now() - $1::interval)"


class InvalidIdempotencyKey(BadRequest):
    code = "invalid_idempotency_key"
    message = "Idempotency-Key must be 1 to 255 printable ASCII characters."


class IdempotencyKeyReused(Unprocessable):
    code = "idempotency_key_reused"
    message = "This Idempotency-Key was used for a different request."


class Replay(AppError):
    """Raised to answer with the stored first answer (handled into that response)."""

    status_code = 200

    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        super().__init__("replay")
        self.status = status
        self.stored_headers = headers
        self.body = body


@dataclass(frozen=True, slots=True)
class Claim:
    """This request owns the key: its answer is stored before it commits."""

    conn: Conn
    ids: tuple[Any, ...]
    secret_key: str


# A first answer may carry a secret shown once (an API key, a webhook secret, an invitation
# link): it is kept sealed with a key derived from SECRET_KEY, never in plain text.
PURPOSE = "idempotent-answer"


@dataclass(frozen=True, slots=True)
class First:
    """The stored first answer of a key: status, kept headers, body (unsealed)."""

    status: int
    headers: dict[str, str]
    body: str


async def take(
    conn: Conn, ids: tuple[Any, ...], digest: bytes, secret: str, reused: str | None = None
) -> First | None:
    """Claim `ids` for a request with this digest: None when it is ours now (a stale claim
    is taken over), else its first answer. The same key with another request is refused
    (`reused` says so in the caller's words). A concurrent claimer waits on the row."""
    if await conn.fetchval(CLAIM, *ids, digest) is not None:
        return None
    stored = await conn.fetchrow(STORED, *ids, KEEP)
    assert stored is not None
    if stored["stale"]:
        await conn.execute(FORGET, *ids)
        await conn.fetchval(CLAIM, *ids, digest)
        return None
    if bytes(stored["request_hash"]) != digest:
        raise IdempotencyKeyReused(reused)
    if stored["status"] is None:
        return None
    body = crypto.unseal(bytes(stored["body"]).decode(), secret, PURPOSE)
    return First(stored["status"], dict(stored["headers"]), body)


async def keep(
    conn: Conn, ids: tuple[Any, ...], secret: str, status: int, headers: dict[str, str], body: str
) -> None:
    """Store the first answer with its claimed key, sealed (in the claimer's transaction)."""
    sealed = crypto.seal(body, secret, PURPOSE).encode()
    await conn.execute(STORE, *ids, status, json_dumps(headers), sealed)


async def claim(request: Request, conn: Conn, org_id: Any, principal: str) -> None:
    """Claim the request's Idempotency-Key (if it sent one) or replay its first answer."""
    key = request.headers.get(HEADER)
    if key is None:
        return
    if not _VALID.match(key):
        raise InvalidIdempotencyKey()
    body = await request.body()
    digest = hashlib.sha256(
        b"\0".join([request.method.encode(), request.url.path.encode(), body])
    ).digest()
    route = getattr(request.scope.get("route"), "path", request.url.path)
    secret = request.app.state.settings.resolved_secret_key()
    ids = (org_id, principal, f"{request.method} {route}", key)
    first = await take(conn, ids, digest, secret)
    if first is not None:
        raise Replay(first.status, first.headers, first.body.encode("latin-1"))
    request.scope[REQUEST_KEY] = Claim(conn, ids, secret)


async def store(
    claimed: Claim, status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    """Keep the answer with the key, in the request's transaction (before it commits)."""
    kept = {
        name.decode("latin-1"): value.decode("latin-1")
        for name, value in headers
        if name.lower() in _KEPT_HEADERS
    }
    await keep(claimed.conn, claimed.ids, claimed.secret_key, status, kept, body.decode("latin-1"))


async def replayed(request: Request, exc: Exception) -> Response:
    """The exception handler that answers a replay with the stored first answer."""
    assert isinstance(exc, Replay)
    headers = {**exc.stored_headers, "Idempotent-Replayed": "true"}
    return Response(exc.body, status_code=exc.status, headers=headers)
