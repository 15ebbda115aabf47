"""The event stream over Server-Sent Events: replay after Last-Event-ID, then live.

The order of operations is what makes the seam exact: attach to the hub first
(from then on every event after the hub's cursor is pushed to us and held),
then replay from the table, then deliver what was held, skipping what the replay
already sent, and go live. The request's database session is gone before the
first byte streams; every read afterwards is its own short transaction.

Live frames are written straight to the connection from the org's tail: the
tail calls `push`, which filters and hands the frame (rendered once for every
stream) to the ASGI `send`, driven to completion on the spot when the socket
accepts it, which is always unless the client reads slowly. Only then does a
task take over, for that stream, until its backlog drains; a client that falls
more than MAX_BACKLOG_BYTES behind has its backlog dropped and is caught up
from the table instead. So an idle stream is its request task waiting for the
disconnect, this object and its place in the tail and the keeper (keeper.py),
which writes the heartbeats and re-checks the credential.
"""

from __future__ import annotations

import asyncio
import json
from collections import deque
from collections.abc import Awaitable, Coroutine
from typing import Any

from fastapi import Request
from sqlalchemy import select
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from mission_control.auth import keys
from mission_control.auth.principals import Principal
from mission_control.auth.sessions import SessionClaims, active_session_user
from mission_control.core import pagination
from mission_control.core.db import Database, limit_to_projects
from mission_control.core.errors import BadRequest
from mission_control.core.ratelimit import StreamSlot
from mission_control.events import service as events
from mission_control.orgs.models import Membership
from mission_control.realtime import visibility
from mission_control.realtime.hub import Hub, LiveEvent, LiveNotification, http_chunk, matches
from mission_control.realtime.keeper import Credential, Keeper, acquire_slot
from mission_control.realtime.visibility import viewer_of

HEADERS = {
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",
    "Connection": "keep-alive",
}
REPLAY_PAGE = 500
MAX_HELD = 2000  # live items held during a catch-up before it re-reads the table instead
MAX_BACKLOG_BYTES = 1 << 20  # a slower client is caught up from the table

CONNECTED = b": connected\n\n"
HEARTBEAT = b": heartbeat\n\n"
REVOKED = (
    b'event: error\ndata: {"code":"credentials_revoked"}\n\n'
    b'event: revoked\ndata: {"code":"credentials_revoked",'
    b'"message":"The key or session of this stream is no longer valid."}\n\n'
)
END: Message = {"type": "http.response.body", "body": b"", "more_body": False}
NOTHING: Message = {"type": "http.response.body", "body": b"", "more_body": True}
HEARTBEAT_CHUNK = http_chunk(HEARTBEAT)
SERVER_SEND = "mc.server_send"  # the ASGI server's own `send`, put in the scope by the app

HORIZON = "SELECT detached_through_id FROM event_log_horizon"
KEY_STATE = "SELECT revoked_at, expires_at, user_id, now() AS now FROM mc_lookup_api_key($1)"
MEMBER = "SELECT 1 FROM memberships WHERE org_id = $1 AND user_id = $2"


class InvalidLastEventId(BadRequest):
    code = "invalid_last_event_id"
    message = "Last-Event-ID must be an event id (a whole number from 0 to 2^63 - 1)."


def parse_last_event_id(header: str | None, query: str | None) -> int | None:
    """The resume point, or None; anything but an id in int64's range is a 400."""
    raw = (header if header is not None else query or "").strip()
    if not raw:
        return None
    if not raw.isascii() or not raw.isdigit() or len(raw) > 19:
        raise InvalidLastEventId()
    value = int(raw)
    if value > pagination.INT64_MAX:
        raise InvalidLastEventId()
    return value


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


def credential_of(request: Request, principal: Principal) -> Credential:
    """How an open stream re-checks the caller: its key (revoked, expired; a person's token
    also needs the membership), or its session (ended, or the membership removed)."""
    db: Database = request.app.state.db
    org_id, user_id = principal.org_id, principal.user_id
    key = principal.identity.key
    token = request.headers.get("authorization", "").partition(" ")[2].strip()
    if key is not None and token:
        digest = keys.digest_key(token)

        async def key_alive() -> bool:
            async with db.tx() as tx:
                row = await tx.fetchrow(KEY_STATE, digest)
            if row is None or row["revoked_at"] is not None:
                return False
            if row["expires_at"] is not None and row["expires_at"] <= row["now"]:
                return False
            if row["user_id"] is None:
                return True
            async with db.tx(org_id) as tx:
                return await tx.fetchval(MEMBER, org_id, row["user_id"]) is not None

        return Credential(("key", key.id), key_alive)

    session_id = principal.identity.session_id
    assert session_id is not None
    assert user_id is not None

    async def session_alive() -> bool:
        async with db.session(org_id=org_id) as session:
            claims = SessionClaims(session_id, user_id)
            if await active_session_user(session, claims) is None:
                return False
            role = await session.scalar(
                select(Membership.role).where(
                    Membership.org_id == org_id, Membership.user_id == user_id
                )
            )
        return role is not None

    # One session may stream in several orgs, and its membership is checked per org.
    return Credential(("session", session_id, org_id), session_alive)


async def _resume(coro: Coroutine[Any, Any, None], waiting: Any) -> None:
    """Finish a coroutine whose first step already ran and is waiting on `waiting`."""
    while True:
        try:
            if waiting is None:
                await asyncio.sleep(0)
            else:
                await waiting
        except BaseException as exc:
            try:
                waiting = coro.throw(exc)
            except StopIteration:
                return
            continue
        try:
            waiting = coro.send(None)
        except StopIteration:
            return


def _chunked_transport(server_send: Any) -> asyncio.WriteTransport | None:
    """The socket under a Uvicorn (httptools) response that is being sent chunked, if any.

    Only then are frames written to it directly; with any other server, or framing, every
    write goes through the ASGI `send`.
    """
    cycle = getattr(server_send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if getattr(cycle, "chunked_encoding", None) is True and isinstance(
        transport, asyncio.WriteTransport
    ):
        return transport
    return None


async def _await(awaitable: Awaitable[None]) -> None:
    await awaitable


class EventStream:
    """One client's stream: a sink of the org's tail that writes frames to its connection."""

    def __init__(
        self,
        *,
        db: Database,
        hub: Hub,
        keeper: Keeper,
        principal: Principal,
        filters: events.EventFilter,
        last_event_id: int | None,
        credential: Credential,
        slot: StreamSlot | None,
        project_ids: frozenset[Any] | None,
    ) -> None:
        self.db = db
        self.hub = hub
        self.keeper = keeper
        self.org_id = principal.org_id
        self.viewer = viewer_of(principal)
        self.project_keys = principal.project_keys
        self.project_ids = project_ids
        self.filters = filters
        self.last_event_id = last_event_id
        self.credential = credential
        self.slot = slot
        self.send: Send | None = None
        self.held: list[LiveEvent | LiveNotification] | None = []  # None: live
        self.overflowed = False
        self.cursor = 0  # the last event id handed on (written, in flight or queued)
        self.sent = 0  # the last event id handed to `send`
        self.backlog: deque[tuple[int | None, Message]] | None = None  # while a send waits
        self.backlog_bytes = 0
        self.flusher: asyncio.Future[None] | None = None
        self.drained: asyncio.Future[None] | None = None
        self.ended = False  # the last message is queued; nothing more is written
        self.transport: asyncio.WriteTransport | None = None
        self.catching_up = False

    # ---- the tail's side ----

    def push(self, item: LiveEvent | LiveNotification) -> None:
        if self.ended:
            return
        if self.held is not None:
            if len(self.held) >= MAX_HELD:
                self.held.clear()
                self.overflowed = True  # the catch-up reads the table once more
            else:
                self.held.append(item)
            return
        self._deliver(item)

    def _in_limit(self, project_id: Any) -> bool:
        return self.project_ids is None or project_id in self.project_ids

    def _deliver(self, item: LiveEvent | LiveNotification) -> None:
        if isinstance(item, LiveNotification):
            if item.recipient == self.viewer and self._in_limit(item.project_id):
                self._write(item.frame, None, item.chunk)
            return
        if item.id <= self.cursor:
            return  # already sent by the replay
        self.cursor = item.id
        if (
            matches(self.filters, item)
            and self._in_limit(item.project_id)
            and (item.allowed is None or self.viewer in item.allowed)
        ):
            self._write(item.frame, item.id, item.chunk)

    # ---- the keeper's side ----

    def heartbeat(self) -> None:
        if self.held is None and not self.ended:
            self._write(HEARTBEAT, None, HEARTBEAT_CHUNK)

    def revoke(self) -> None:
        if not self.ended:
            self._write(REVOKED, None)
            self._queue(END, None)
            self.ended = True

    # ---- writing ----

    def _write(self, data: bytes, event_id: int | None, chunk: bytes | None = None) -> None:
        if self.ended:
            return
        transport = self.transport
        if transport is not None and self.backlog is None:
            # Straight to the socket, in the chunked framing the server chose for this
            # response (the ASGI send path below does the same, with more layers).
            if transport.is_closing():
                self._gone()
                return
            transport.write(chunk if chunk is not None else http_chunk(data))
            if event_id is not None:
                self.sent = event_id
            if transport.get_write_buffer_size() > MAX_BACKLOG_BYTES:
                self._slow_reader()
            return
        self._queue({"type": "http.response.body", "body": data, "more_body": True}, event_id)

    def _slow_reader(self) -> None:
        """The client stopped reading: hold live items, wait for the socket, catch up."""
        if self.held is None:  # live: from here the table has what it misses
            self.cursor = self.sent
            self.held = []
            self.overflowed = True
        self._queue(NOTHING, None)  # the server's send waits for the socket to drain
        if self.backlog is None:  # it did not wait after all: still catch up, in a task
            self.backlog = deque()
            self.flusher = asyncio.ensure_future(self._flush(_await(asyncio.sleep(0)), None))

    def _queue(self, message: Message, event_id: int | None) -> None:
        if self.backlog is not None:
            self.backlog.append((event_id, message))
            self.backlog_bytes += len(message["body"])
            if self.backlog_bytes > MAX_BACKLOG_BYTES and self.held is None:
                self._fall_behind()
            return
        assert self.send is not None
        sending = self.send(message)
        if not isinstance(sending, Coroutine):  # an ASGI server's own awaitable: await it
            self.backlog, self.backlog_bytes = deque(), 0
            self.flusher = asyncio.ensure_future(self._flush(_await(sending), None))
            return
        coro = sending
        try:
            waiting = coro.send(None)
        except StopIteration:
            if event_id is not None:
                self.sent = event_id
            return
        except Exception:
            self._gone()
            return
        # The socket is full (the client reads slowly): finish this send, then the backlog.
        if event_id is not None:
            self.sent = event_id
        self.backlog, self.backlog_bytes = deque(), 0
        self.flusher = asyncio.ensure_future(self._flush(coro, waiting))

    def _fall_behind(self) -> None:
        assert self.backlog is not None
        end = [entry for entry in self.backlog if entry[1] is END]
        self.backlog.clear()
        self.backlog.extend(end)
        self.backlog_bytes = 0
        self.cursor = self.sent
        self.held = []  # live items wait while the flusher catches up from the table
        self.overflowed = True

    async def _flush(self, coro: Coroutine[Any, Any, None], waiting: Any) -> None:
        assert self.send is not None
        assert self.backlog is not None
        try:
            await _resume(coro, waiting)
            while self.backlog:
                event_id, message = self.backlog.popleft()
                self.backlog_bytes -= len(message["body"])
                await self.send(message)
                if event_id is not None:
                    self.sent = event_id
        except Exception:
            self._gone()
        finally:
            self.backlog, self.flusher = None, None
            if self.drained is not None and not self.drained.done():
                self.drained.set_result(None)
            self.drained = None
        if self.overflowed and self.held is not None and not self.ended and not self.catching_up:
            await self._catch_up(replay=True)

    async def _until_drained(self) -> None:
        if self.backlog is None:
            return
        if self.drained is None:
            self.drained = asyncio.get_running_loop().create_future()
        await self.drained

    def _gone(self) -> None:
        self.ended = True

    # ---- the request's side ----

    async def run(
        self,
        receive: Receive,
        send: Send,
        headers: list[tuple[bytes, bytes]],
        server_send: Any = None,
    ) -> None:
        self.send = send
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        self.transport = _chunked_transport(server_send)
        self._write(CONNECTED, None)
        start = await self.hub.attach(self.org_id, self)
        self.keeper.add(self)
        try:
            replay = self.last_event_id is not None
            if self.last_event_id is None:
                self.cursor = start
            else:
                self.cursor = self.last_event_id
                async with self.db.tx(self.org_id) as tx:
                    horizon = int(await tx.fetchval(HORIZON) or 0)
                if self.last_event_id < horizon:
                    self._write(reset_frame(self.last_event_id, horizon), None)
                    self.cursor, replay = start, False
            self.sent = self.cursor
            await self._catch_up(replay=replay)
            while not self.ended:
                if (await receive())["type"] == "http.disconnect":
                    break
        finally:
            self.ended = True
            self.hub.detach(self)
            self.keeper.discard(self)
            if self.flusher is not None:
                self.flusher.cancel()

    async def _catch_up(self, *, replay: bool) -> None:
        """Replay from the table after `cursor`, deliver what was held meanwhile, go live."""
        self.catching_up = True
        try:
            while True:
                self.overflowed = False
                if replay:
                    await self._replay()
                if self.ended:
                    return
                if self.overflowed:
                    replay = True
                    continue  # held items were dropped: read them from the table too
                held, self.held = self.held or [], None
                for item in held:
                    self._deliver(item)
                return
        finally:
            self.catching_up = False

    async def _replay(self) -> None:
        replay_cursor = self.cursor
        while not self.ended:
            async with self.db.tx(self.org_id) as tx:
                limit_to_projects(tx, self.project_keys)
                rows, more = await events.list_events(
                    tx,
                    self.filters,
                    limit=REPLAY_PAGE,
                    cursor=pagination.encode([replay_cursor]),
                    order="asc",
                    viewer=(self.viewer.type, self.viewer.id),  # the event list's own rule
                )
            items = [LiveEvent.of_row(row) for row in rows]
            if items:
                replay_cursor = self.cursor = items[-1].id
                self._write(b"".join(i.frame for i in items), items[-1].id)
            await self._until_drained()
            if more is None:
                return


class EventStreamResponse(Response):
    """The SSE response: the stream runs in the request's own task; no body iterator."""

    media_type = "text/event-stream"

    def __init__(self, stream: EventStream, headers: dict[str, str]) -> None:
        # No body attribute: Starlette then sends no Content-Length (the stream is open-ended).
        self.status_code = 200
        self.background = None
        self.init_headers(headers)
        self.stream = stream

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await self.stream.run(receive, send, self.raw_headers, scope.get(SERVER_SEND))
        except OSError:
            pass  # the client went away mid-write
        finally:
            if self.stream.slot is not None:
                await self.stream.slot.release()


async def stream_response(
    request: Request,
    principal: Principal,
    filters: events.EventFilter,
    last_event_id: int | None,
) -> Response:
    """The SSE response for GET .../events/stream (429 when the key or org has too many)."""
    db: Database = request.app.state.db
    project_ids = await visibility.limited_project_ids(db, principal)
    slot = await acquire_slot(request.app.state.limiter, principal)
    stream = EventStream(
        db=db,
        hub=request.app.state.hub,
        keeper=request.app.state.keeper,
        principal=principal,
        filters=filters,
        last_event_id=last_event_id,
        credential=credential_of(request, principal),
        slot=slot,
        project_ids=project_ids,
    )
    return EventStreamResponse(stream, HEADERS)
