"""The event stream over Server-Sent Events: replay after Last-Event-ID, then live.

The order of operations is what makes the seam exact: subscribe to the hub
first (from then on every event after the hub's cursor is pushed to us), then
replay from the table, then drain the inbox skipping what the replay already
sent. The request's database session is gone before the first byte streams;
every read afterwards is its own short session.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable

from fastapi import Request
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from mission_control.auth import keys
from mission_control.auth.principals import Principal
from mission_control.auth.sessions import SESSION_COOKIE, active_session_user, decode_token
from mission_control.core.db import Database
from mission_control.events import service as events
from mission_control.orgs.models import Membership
from mission_control.realtime import visibility
from mission_control.realtime.hub import Hub, LiveEvent, LiveNotification, Subscriber, event_frame
from mission_control.realtime.visibility import viewer_of

HEADERS = {
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",
    "Connection": "keep-alive",
}
REPLAY_PAGE = 500

CredentialCheck = Callable[[], Awaitable[bool]]


def credential_check(request: Request, principal: Principal) -> CredentialCheck:
    """A re-check of the caller's key or session, run at every heartbeat of an open stream."""
    db: Database = request.app.state.db
    header = request.headers.get("authorization", "")
    token = header.partition(" ")[2].strip()
    if principal.identity.key is not None and token:
        digest = keys.digest_key(token)

        async def lookup() -> bool:
            async with db.session() as session:
                row = (
                    await session.execute(
                        text(
                            "SELECT revoked_at, expires_at, now() AS now"
                            " FROM mc_lookup_api_key(:digest)"
                        ),
                        {"digest": digest},
                    )
                ).first()
            return (
                row is not None
                and row.revoked_at is None
                and (row.expires_at is None or row.expires_at > row.now)
            )

        async def key_alive() -> bool:
            return await _shared_check(digest, lookup)

        return key_alive

    cookie = request.cookies.get(SESSION_COOKIE, "")
    settings = request.app.state.settings
    org_id, user_id = principal.org_id, principal.user_id

    async def session_alive() -> bool:
        claims = decode_token(settings, cookie)
        if claims is None:
            return False
        async with db.session(org_id=org_id) as session:
            if await active_session_user(session, claims) is None:
                return False
            role = await session.scalar(
                select(Membership.role).where(
                    Membership.org_id == org_id, Membership.user_id == user_id
                )
            )
        return role is not None

    return session_alive


CHECK_FRESH_SECONDS = 1.0
_checks: dict[bytes, tuple[float, asyncio.Future[bool]]] = {}


async def _shared_check(digest: bytes, lookup: Callable[[], Awaitable[bool]]) -> bool:
    """One lookup per key per second however many of its streams heartbeat at once.

    Thousands of streams on one key would otherwise each query at every heartbeat;
    an answer at most a second old still ends a revoked key's streams at their next beat.
    """
    now = time.monotonic()
    found = _checks.get(digest)
    if found is not None and now - found[0] < CHECK_FRESH_SECONDS:
        return await asyncio.shield(found[1])
    if len(_checks) > 10_000:
        for key, (at, _future) in list(_checks.items()):
            if now - at >= CHECK_FRESH_SECONDS:
                del _checks[key]
    future: asyncio.Future[bool] = asyncio.ensure_future(lookup())
    _checks[digest] = (now, future)
    try:
        return await asyncio.shield(future)
    except Exception:
        _checks.pop(digest, None)
        raise


async def _horizon(session: AsyncSession) -> int:
    value = await session.scalar(text("SELECT detached_through_id FROM event_log_horizon"))
    return int(value or 0)


def reset_frame(last_event_id: int, horizon: int) -> bytes:
    data = json.dumps(
        {
            "reason": "last_event_id_expired",
            "last_event_id": last_event_id,
            "oldest_available_after": horizon,
            "message": "Events after your Last-Event-ID are no longer kept; refetch state.",
        }
    )
    return f"event: reset\ndata: {data}\n\n".encode()


def parse_last_event_id(header: str | None, query: str | None) -> int | None:
    raw = (header or query or "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        return None
    return max(value, 0)


class EventStream:
    """One client's stream: replay, then live frames, heartbeats and credential re-checks."""

    def __init__(
        self,
        *,
        db: Database,
        hub: Hub,
        principal: Principal,
        filters: events.EventFilter,
        last_event_id: int | None,
        heartbeat: float,
        check: CredentialCheck,
    ) -> None:
        self.db = db
        self.hub = hub
        self.org_id = principal.org_id
        self.viewer = viewer_of(principal)
        self.filters = filters
        self.last_event_id = last_event_id
        self.heartbeat = heartbeat
        self.check = check
        self.cursor = 0
        self.gone: asyncio.Future[None] | None = None  # resolves when the client disconnects

    async def frames(self) -> AsyncGenerator[bytes]:
        subscriber = await self.hub.subscribe(self.org_id, self.viewer, self.filters)
        if self.gone is not None:
            self.gone.add_done_callback(lambda _: subscriber.poke())
        try:
            yield b": connected\n\n"
            if self.last_event_id is None:
                self.cursor = subscriber.start_cursor
            else:
                self.cursor = self.last_event_id
                async with self.db.session(org_id=self.org_id) as session:
                    horizon = await _horizon(session)
                if self.last_event_id < horizon:
                    yield reset_frame(self.last_event_id, horizon)
                    self.cursor = subscriber.start_cursor
                else:
                    async for frame in self._replay():
                        yield frame
            async for frame in self._live(subscriber):
                yield frame
        finally:
            self.hub.unsubscribe(subscriber)

    async def _replay(self) -> AsyncIterator[bytes]:
        while True:
            async with self.db.session(org_id=self.org_id) as session:
                rows = await events.events_after(session, self.filters, self.cursor, REPLAY_PAGE)
                shown = await visibility.visible(session, self.viewer, rows)
            for row in shown:
                yield event_frame(row)
            if rows:
                self.cursor = rows[-1].id
            if len(rows) < REPLAY_PAGE:
                return

    async def _live(self, subscriber: Subscriber) -> AsyncIterator[bytes]:
        next_check = time.monotonic() + self.heartbeat
        while self.gone is None or not self.gone.done():
            if subscriber.lagged:
                subscriber.lagged = False
                subscriber.take()
                async for frame in self._replay():
                    yield frame
            items = subscriber.take()
            if items:
                chunk = await self._frames_of(items)
                if chunk:
                    yield chunk
            else:
                await subscriber.wait(max(0.0, next_check - time.monotonic()))
            if time.monotonic() >= next_check:
                if not await self.check():
                    yield b'event: error\ndata: {"code":"credentials_revoked"}\n\n'
                    return
                yield b": heartbeat\n\n"
                next_check = time.monotonic() + self.heartbeat

    async def _frames_of(self, items: list[LiveEvent | LiveNotification]) -> bytes:
        out: list[bytes] = []
        for item in items:
            if isinstance(item, LiveNotification):
                out.append(item.frame)
                continue
            if item.id <= self.cursor:
                continue  # already sent by the replay
            if visibility.private_channel(item.payload) is not None:
                async with self.db.session(org_id=self.org_id) as session:
                    if not await visibility.visible(session, self.viewer, [item]):
                        self.cursor = item.id
                        continue
            out.append(item.frame)
            self.cursor = item.id
        return b"".join(out)


class EventStreamResponse(Response):
    """A lean streaming response: one small waiter for the disconnect instead of a task group.

    Each idle stream costs its memory in every process, so this keeps to the
    request's own task, the frame generator and one future for `http.disconnect`.
    """

    media_type = "text/event-stream"

    def __init__(self, stream: EventStream, headers: dict[str, str]) -> None:
        # No body attribute: Starlette then sends no Content-Length (the stream is open-ended).
        self.status_code = 200
        self.background = None
        self.init_headers(headers)
        self.stream = stream

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        gone = asyncio.ensure_future(_disconnect(receive))
        self.stream.gone = gone
        frames = self.stream.frames()
        try:
            await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
            async for chunk in frames:
                if gone.done():
                    break
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if not gone.done():
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:
            pass  # the client went away mid-write
        finally:
            gone.cancel()
            with contextlib.suppress(Exception):
                await frames.aclose()


async def _disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


def stream_response(
    request: Request,
    principal: Principal,
    filters: events.EventFilter,
    last_event_id: int | None,
) -> Response:
    """The SSE response for GET .../events/stream."""
    stream = EventStream(
        db=request.app.state.db,
        hub=request.app.state.hub,
        principal=principal,
        filters=filters,
        last_event_id=last_event_id,
        heartbeat=request.app.state.settings.sse_heartbeat_seconds,
        check=credential_check(request, principal),
    )
    return EventStreamResponse(stream, HEADERS)
