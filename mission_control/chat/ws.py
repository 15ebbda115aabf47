"""The chat WebSocket: one connection per client, multiplexing channels.

Authentication happens before the handshake is accepted: the session cookie (its
Origin must be PUBLIC_URL's: no cross-site WebSocket hijacking), a Bearer key, or a
single-use ticket. The socket then holds no database connection; each frame that
needs the database runs its own short transaction through the same service calls as
REST. Live messages come from this process's realtime hub (the event log tailed per
org, woken across processes by the news path), so a message reaches sockets only after
its transaction committed, in log order, once. Typing and presence ride the ephemeral
path (ephemeral.py) and never touch the database.

Each process holds one hub subscriber per org with open sockets (OrgFanout), which
builds each live frame once and hands it to the sockets subscribed to that channel. A
socket's own task reads its frames; a writer task exists only while it has frames to
send, so a slow reader stalls only itself, and after SEND_TIMEOUT (or MAX_OUTBOX frames
waiting) it is closed with the reason `slow_consumer`. One checker per process re-asks
each distinct credential every CHECK_SECONDS, and at once when the log says a key was
revoked or a member removed, and closes the sockets whose credential is gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

import pydantic_core
import structlog
from fastapi import Request, WebSocket
from pydantic import ValidationError
from starlette.websockets import WebSocketDisconnect

from mission_control.auth.principals import Principal, resolve
from mission_control.auth.scopes import Access
from mission_control.auth.sessions import SESSION_COOKIE
from mission_control.chat import service as chat
from mission_control.chat import tickets
from mission_control.chat.ephemeral import Ephemeral
from mission_control.chat.schemas import MessageCreate
from mission_control.core.db import Database, Tx, limit_to_projects
from mission_control.core.errors import AppError, Forbidden, error_response
from mission_control.core.ratelimit import Quota, StreamSlot
from mission_control.events import service as events
from mission_control.realtime import sse
from mission_control.realtime.hub import Hub, LiveEvent, Subscriber
from mission_control.realtime.keeper import acquire_slot
from mission_control.realtime.visibility import Viewer

log = structlog.get_logger(__name__)

CHECK_SECONDS = 3.0  # a revoked key, ended session or removed member is gone within 5 s
SEND_TIMEOUT = 5.0
MAX_FRAME_CHARS = 64 * 1024
MAX_SUBSCRIPTIONS = 500
MAX_OUTBOX = 1000  # frames waiting for a socket's writer; beyond: slow consumer
MAX_REF = 100
FRAME_QUOTA = Quota(capacity=60.0, per_second=20.0)  # per connection
TYPING_EVERY = 2.0
LIVE_TYPES = ["message.*", "channel.member_removed", "key.revoked", "member.*"]
RECHECK_TYPES = frozenset({"key.revoked", "member.removed", "member.role_changed"})
CLOSE_POLICY = 1008
CLOSE_TRY_AGAIN = 1013


class OriginNotAllowed(Forbidden):
    code = "origin_not_allowed"
    message = "This page's origin may not open the WebSocket with the session cookie."


class FrameError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _request_for(websocket: WebSocket, credential: tuple[str, str] | None) -> Request:
    """The handshake as the HTTP request authentication reads (a GET), carrying the
    ticket's credential in place of any sent when one was redeemed."""
    scope = dict(websocket.scope)
    scope["type"], scope["method"] = "http", "GET"
    if credential is not None:
        headers = [(k, v) for k, v in scope["headers"] if k not in (b"authorization", b"cookie")]
        kind, value = credential
        if kind == "bearer":
            headers.append((b"authorization", f"Bearer {value}".encode("latin-1")))
        else:
            headers.append((b"cookie", f"{SESSION_COOKIE}={value}".encode("latin-1")))
        scope["headers"] = headers
    return Request(scope)


async def _authenticate(websocket: WebSocket, org_slug: str) -> tuple[Principal, Request]:
    app = websocket.app
    db: Database = app.state.db
    ticket = websocket.query_params.get("ticket")
    async with db.tx() as tx:
        credential = None
        if ticket is not None:
            credential = await tickets.redeem(
                tx, app.state.settings.resolved_secret_key(), org_slug, ticket
            )
        request = _request_for(websocket, credential)
        if credential is None and "authorization" not in request.headers:
            origin = request.headers.get("origin")
            if origin is not None and origin.lower() != _origin(app.state.settings.public_url):
                raise OriginNotAllowed()
        principal = await resolve(request, tx, org_slug)
        principal.require("chat", Access.READ)
    return principal, request


async def _deny(websocket: WebSocket, exc: AppError) -> None:
    if "websocket.http.response" in websocket.scope.get("extensions", {}):
        response = error_response(exc.status_code, exc.code, exc.message, exc.details, exc.headers)
        await websocket.send_denial_response(response)
    else:
        await websocket.close(CLOSE_POLICY, exc.code)


async def serve(websocket: WebSocket, org_slug: str) -> None:
    """Authenticate the handshake, take a stream slot, then run the connection."""
    app = websocket.app
    try:
        # In a task of its own: what the database work leaves behind on the task that did
        # it (SQLAlchemy's greenlet bridge, ~6 KB) goes with it, not with every idle socket.
        principal, request = await asyncio.create_task(_authenticate(websocket, org_slug))
        slot = await acquire_slot(app.state.limiter, principal)
    except AppError as exc:
        await _deny(websocket, exc)
        return
    try:
        await websocket.accept()
        connection = Connection(websocket, principal, request, slot)
        await connection.run()
    finally:
        await slot.release()


def _dump(frame: dict[str, Any]) -> str:
    return pydantic_core.to_json(frame).decode()


def error_frame(code: str, message: str, ref: Any = None) -> str:
    frame: dict[str, Any] = {"type": "error", "error": {"code": code, "message": message}}
    if ref is not None:
        frame["ref"] = ref
    return _dump(frame)


SYSTEM = Viewer("system", None)  # the org fan-out reads every event; sockets filter by channel


class OrgFanout:
    """One hub subscriber per org per process, fanning events out to sockets by channel."""

    def __init__(self, sockets: Sockets, org_id: uuid.UUID) -> None:
        self.sockets = sockets
        self.org_id = org_id
        self.connections: set[Connection] = set()
        self.channels: dict[uuid.UUID, set[Connection]] = {}
        self.subscriber: Subscriber | None = None
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.task = asyncio.create_task(self._run(), name=f"chat-fanout:{org_id}")

    async def _run(self) -> None:
        try:
            filters = events.EventFilter(types=LIVE_TYPES)
            self.subscriber = await self.sockets.hub.subscribe(self.org_id, SYSTEM, filters)
        except BaseException as exc:
            self.ready.set_exception(exc)
            self.sockets.orgs.pop(self.org_id, None)
            raise
        self.ready.set_result(None)
        subscriber = self.subscriber
        try:
            while True:
                await subscriber.wait(60.0)
                if subscriber.lagged:
                    # The hub dropped our backlog: sockets cannot be told what they missed.
                    subscriber.lagged = False
                    subscriber.take()
                    for connection in list(self.connections):
                        connection.close(CLOSE_TRY_AGAIN, "lagged")
                for item in subscriber.take():
                    if isinstance(item, LiveEvent):
                        try:
                            self.dispatch(item)
                        except Exception:
                            log.exception("chat_fanout_failed", event_id=item.id)
        finally:
            self.sockets.hub.unsubscribe(subscriber)

    def dispatch(self, item: LiveEvent) -> None:
        if item.type in RECHECK_TYPES:
            self.sockets.recheck()
            return
        payload = item.payload
        try:
            channel_id = uuid.UUID(str(payload.get("channel_id")))
        except ValueError:
            return
        listeners = self.channels.get(channel_id)
        if not listeners:
            return
        if item.type == "channel.member_removed":
            for connection in list(listeners):
                if payload.get("member") == connection.member:
                    connection.removed_from(channel_id)
            return
        message = payload.get("message")
        kind = FRAME_KINDS.get(item.type)
        if kind is None or not isinstance(message, dict):
            return
        frame = pydantic_core.to_json(
            {"type": kind, "channel_id": str(channel_id), "message": message}
        ).decode()
        mine = message.get("id") if kind == "message" else None
        for connection in list(listeners):
            posted = connection.posted
            if mine is not None and posted is not None and mine in posted:
                posted.discard(mine)  # its poster had it in the ack
                continue
            connection.push_text(frame)

    def listen(self, connection: Connection, channel_id: uuid.UUID) -> None:
        self.channels.setdefault(channel_id, set()).add(connection)

    def unlisten(self, connection: Connection, channel_id: uuid.UUID) -> None:
        found = self.channels.get(channel_id)
        if found is not None:
            found.discard(connection)
            if not found:
                del self.channels[channel_id]


FRAME_KINDS = {
    "message.posted": "message",
    "message.edited": "message_updated",
    "message.deleted": "message_deleted",
}
SLOT_REFRESH_ROUNDS = 10  # stream slots lapse after 120 s unless refreshed: every ~30 s


class Sockets:
    """This process's chat sockets: the org fan-outs, and one credential checker for all.

    The checker runs every CHECK_SECONDS (and at once when the log says a key was revoked
    or a member removed) while any socket is open, asking each distinct credential once
    however many sockets share it, and closes the sockets whose credential is gone.
    """

    def __init__(self, hub: Hub) -> None:
        self.hub = hub
        self.orgs: dict[uuid.UUID, OrgFanout] = {}
        self.connections: set[Connection] = set()
        self._checker: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    @classmethod
    def of(cls, app: Any) -> Sockets:
        found: Sockets | None = getattr(app.state, "chat_sockets", None)
        if found is None or found.hub is not app.state.hub:
            found = app.state.chat_sockets = cls(app.state.hub)
        return found

    async def register(self, connection: Connection) -> OrgFanout:
        org_id = connection.principal.org_id
        fanout = self.orgs.get(org_id)
        if fanout is None:
            fanout = self.orgs[org_id] = OrgFanout(self, org_id)
        fanout.connections.add(connection)
        self.connections.add(connection)
        try:
            await asyncio.shield(fanout.ready)
        except BaseException:
            self.unregister(connection, fanout)
            raise
        if self._checker is None:
            self._checker = asyncio.create_task(self._check_loop(), name="chat-checks")
        self.hub.freezer.connected()
        return fanout

    def unregister(self, connection: Connection, fanout: OrgFanout) -> None:
        if connection in self.connections:
            self.hub.freezer.disconnected()
        self.connections.discard(connection)
        fanout.connections.discard(connection)
        for channel_id in list(connection.channels):
            fanout.unlisten(connection, channel_id)
        if not fanout.connections and self.orgs.get(fanout.org_id) is fanout:
            del self.orgs[fanout.org_id]
            fanout.task.cancel()
        if not self.connections and self._checker is not None:
            self._checker.cancel()
            self._checker = None

    def recheck(self) -> None:
        self._wake.set()

    async def _check_loop(self) -> None:
        rounds = 0
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), CHECK_SECONDS)
            self._wake.clear()
            rounds += 1
            groups: dict[Any, list[Connection]] = {}
            for connection in list(self.connections):
                groups.setdefault(connection.credential, []).append(connection)
            now = time.monotonic()
            for connection in list(self.connections):
                if connection.stalled(now):
                    connection.close(CLOSE_TRY_AGAIN, "slow_consumer")
            for members in groups.values():
                try:
                    alive = await members[0].check()
                except Exception:
                    log.warning("chat_credential_check_failed")
                    continue
                if not alive:
                    for connection in members:
                        connection.close(CLOSE_POLICY, "credentials_revoked")
            if rounds % SLOT_REFRESH_ROUNDS == 0:
                for connection in list(self.connections):
                    with contextlib.suppress(Exception):
                        await connection.slot.refresh()


class Connection:
    """One client's socket: the task reading its frames, its channels, a writer when
    there is something to send (an idle socket holds no task but its own)."""

    __slots__ = (
        "bucket",
        "channels",
        "check",
        "closing",
        "credential",
        "db",
        "ephemeral",
        "fanout",
        "member",
        "outbox",
        "posted",
        "principal",
        "reader",
        "sending_since",
        "slot",
        "sockets",
        "typed",
        "websocket",
        "writer",
    )

    def __init__(
        self, websocket: WebSocket, principal: Principal, request: Request, slot: StreamSlot
    ) -> None:
        app = websocket.app
        self.websocket = websocket
        self.principal = principal
        self.slot = slot
        self.db: Database = app.state.db
        self.sockets = Sockets.of(app)
        self.ephemeral = Ephemeral.of(app)
        self.check = sse.credential_of(request, principal).alive
        self.credential = (
            request.headers.get("authorization") or request.cookies.get(SESSION_COOKIE),
            principal.org_id,
        )
        actor = principal.actor
        self.member = {"type": actor.type, "id": str(actor.id)}
        self.channels: dict[uuid.UUID, str] = {}
        self.outbox: list[str] = []
        self.writer: asyncio.Task[None] | None = None
        self.sending_since = 0.0
        self.reader: asyncio.Task[Any] | None = None
        self.posted: set[str] | None = None  # made on first use: most sockets only read
        self.typed: dict[uuid.UUID, float] | None = None
        self.bucket = [FRAME_QUOTA.capacity, time.monotonic()]
        self.closing: tuple[int, str] | None = None
        self.fanout: OrgFanout | None = None

    # --- the fan-outs' view of this socket ---

    def wants(self, channel_id: uuid.UUID) -> bool:
        return channel_id in self.channels

    def push_text(self, frame: str) -> None:
        if self.closing is not None:
            return
        if len(self.outbox) >= MAX_OUTBOX:
            self.close(CLOSE_TRY_AGAIN, "slow_consumer")
            return
        self.outbox.append(frame)
        if self.writer is None:
            # Eager: a socket that can take the frame now gets it now, with no task
            # scheduled at all; only one that must wait keeps a task (and is watched).
            loop = asyncio.get_running_loop()
            writer = asyncio.Task(self._drain(), loop=loop, eager_start=True)
            if not writer.done():
                self.writer = writer

    def removed_from(self, channel_id: uuid.UUID) -> None:
        if self.channels.get(channel_id) != "private":
            return  # a public channel stays readable
        del self.channels[channel_id]
        if self.fanout is not None:
            self.fanout.unlisten(self, channel_id)
        self.push_text(
            _dump(
                {
                    "type": "unsubscribed",
                    "channel_id": str(channel_id),
                    "error": {
                        "code": "removed_from_channel",
                        "message": "You were removed from this private channel.",
                    },
                }
            )
        )

    # --- lifecycle ---

    async def run(self) -> None:
        self.reader = asyncio.current_task()
        self.fanout = await self.sockets.register(self)
        self.ephemeral.register(self.principal.org_id, self)
        try:
            await self._read()
        finally:
            self.sockets.unregister(self, self.fanout)
            self.ephemeral.unregister(self.principal.org_id, self)
            for channel_id in list(self.channels):
                await self._presence(channel_id, "offline")
            if self.writer is not None:
                self.writer.cancel()  # a stalled send on a socket we are leaving
            if self.closing is not None and self.closing[1] != "slow_consumer":
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self.websocket.close(*self.closing), 2.0)

    def close(self, code: int, reason: str) -> None:
        """End the connection (from the writer, the fan-out or the checker): the reading
        task is cancelled out of its receive, and returns."""
        if self.closing is None:
            self.closing = (code, reason)
            if self.reader is not None and self.reader is not asyncio.current_task():
                self.reader.cancel()

    async def _read(self) -> None:
        try:
            while self.closing is None:
                message = await self.websocket.receive()
                if message["type"] == "websocket.disconnect":
                    return
                await self._frame(message)
        except asyncio.CancelledError:
            if self.closing is None:
                raise
            current = asyncio.current_task()
            if current is not None:
                current.uncancel()  # our own close(), not the server's shutdown
        except (WebSocketDisconnect, RuntimeError, OSError):
            return

    async def _drain(self) -> None:
        try:
            while self.outbox and self.closing is None:
                frames, self.outbox = self.outbox, []
                for frame in frames:
                    self.sending_since = time.monotonic()
                    await self.websocket.send_text(frame)
        except (WebSocketDisconnect, RuntimeError, OSError):
            self.close(1000, "gone")
        finally:
            self.sending_since = 0.0
            self.writer = None

    def stalled(self, now: float) -> bool:
        """Whether the writer has waited on one frame longer than SEND_TIMEOUT."""
        return self.writer is not None and 0.0 < self.sending_since < now - SEND_TIMEOUT

    # --- frames from the client ---

    def _allow(self) -> bool:
        tokens, at = self.bucket
        now = time.monotonic()
        tokens = min(FRAME_QUOTA.capacity, tokens + (now - at) * FRAME_QUOTA.per_second)
        if tokens < 1.0:
            self.bucket = [tokens, now]
            return False
        self.bucket = [tokens - 1.0, now]
        return True

    async def _frame(self, message: Mapping[str, Any]) -> None:
        ref: Any = None
        try:
            text = message.get("text")
            if text is None:
                raise FrameError("invalid_frame", "Frames are JSON text, not binary.")
            if len(text) > MAX_FRAME_CHARS:
                raise FrameError("frame_too_large", f"A frame is at most {MAX_FRAME_CHARS} chars.")
            if not self._allow():
                raise FrameError("rate_limited", "Too many frames; slow down.")
            try:
                frame = json.loads(text)
            except (ValueError, RecursionError):
                raise FrameError("invalid_frame", "The frame is not valid JSON.") from None
            if not isinstance(frame, dict):
                raise FrameError("invalid_frame", "A frame is a JSON object with a `type`.")
            ref = frame.get("ref")
            if ref is not None and (
                not isinstance(ref, str | int) or isinstance(ref, bool) or len(str(ref)) > MAX_REF
            ):
                ref = None
                raise FrameError("invalid_ref", f"`ref` is a string or number (≤ {MAX_REF}).")
            kind = frame.get("type")
            # Frames that touch the database run in a task of their own (see serve()).
            if kind == "subscribe":
                await asyncio.create_task(self._subscribe(frame, ref))
            elif kind == "unsubscribe":
                await self._unsubscribe(frame, ref)
            elif kind == "message":
                await asyncio.create_task(self._post(frame, ref))
            elif kind == "typing":
                await self._typing(frame, ref)
            else:
                raise FrameError(
                    "unknown_frame", "`type` is subscribe, unsubscribe, message or typing."
                )
        except FrameError as exc:
            self.push_text(error_frame(exc.code, exc.message, ref))
        except AppError as exc:
            self.push_text(error_frame(exc.code, exc.message, ref))
        except Exception:
            log.exception("chat_frame_failed")
            self.push_text(error_frame("internal_error", "That frame could not be handled.", ref))

    def _channel_id(self, frame: dict[str, Any]) -> uuid.UUID:
        raw = frame.get("channel_id")
        if not isinstance(raw, str):
            raise FrameError("invalid_frame", "`channel_id` (a channel's id) is required.")
        try:
            return uuid.UUID(raw)
        except ValueError:
            raise chat.ChannelNotFound() from None

    @asynccontextmanager
    async def _tx(self) -> AsyncIterator[Tx]:
        async with self.db.tx(self.principal.org_id) as tx:
            limit_to_projects(tx, self.principal.project_keys)
            yield tx

    def _ack(self, ref: Any, **body: Any) -> None:
        self.push_text(_dump({"type": "ack", "ref": ref, **body}))

    async def _subscribe(self, frame: dict[str, Any], ref: Any) -> None:
        channel_id = self._channel_id(frame)
        if channel_id not in self.channels and len(self.channels) >= MAX_SUBSCRIPTIONS:
            raise FrameError("too_many_subscriptions", f"At most {MAX_SUBSCRIPTIONS} channels.")
        async with self._tx() as tx:
            channel = await chat.get_channel(tx, self.principal, channel_id)
        fresh = channel_id not in self.channels
        self.channels[channel_id] = channel["visibility"]
        if self.fanout is not None:
            self.fanout.listen(self, channel_id)
        self._ack(ref, channel_id=str(channel_id), last_seq=channel["last_seq"])
        if fresh:
            await self._presence(channel_id, "online")

    async def _unsubscribe(self, frame: dict[str, Any], ref: Any) -> None:
        channel_id = self._channel_id(frame)
        if self.channels.pop(channel_id, None) is not None:
            if self.fanout is not None:
                self.fanout.unlisten(self, channel_id)
            await self._presence(channel_id, "offline")
        self._ack(ref, channel_id=str(channel_id))

    async def _post(self, frame: dict[str, Any], ref: Any) -> None:
        self.principal.require("chat", Access.WRITE)
        channel_id = self._channel_id(frame)
        try:
            body = MessageCreate.model_validate(
                {k: frame[k] for k in ("body", "parent_id") if k in frame}
            )
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise FrameError("invalid_frame", f"{where}: {first['msg']}") from None
        async with self._tx() as tx:
            message = await chat.post_message(tx, self.principal, channel_id, body)
            plain = chat.message_plain(message)
            if channel_id in self.channels:
                if self.posted is None:
                    self.posted = set()
                self.posted.add(str(message["id"]))
        self._ack(ref, channel_id=str(channel_id), message=plain)

    async def _typing(self, frame: dict[str, Any], ref: Any) -> None:
        self.principal.require("chat", Access.WRITE)
        channel_id = self._channel_id(frame)
        if channel_id not in self.channels:
            raise FrameError("not_subscribed", "Subscribe to the channel first.")
        now = time.monotonic()
        if self.typed is None:
            self.typed = {}
        if now - self.typed.get(channel_id, 0.0) < TYPING_EVERY:
            return  # at most one typing frame per channel every few seconds
        self.typed[channel_id] = now
        typing = _dump({"type": "typing", "channel_id": str(channel_id), "member": self.member})
        await self.ephemeral.publish(self.principal.org_id, channel_id, typing, self)

    async def _presence(self, channel_id: uuid.UUID, state: str) -> None:
        self.ephemeral.presence(self.principal.org_id, channel_id, self.member, state)
