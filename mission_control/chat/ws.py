"""The chat WebSocket: one connection per client, multiplexing channels.

Authentication happens before the handshake is accepted: the session cookie (its
Origin must be PUBLIC_URL's: no cross-site WebSocket hijacking), a Bearer key, or a
single-use ticket. The socket then holds no database connection; each frame that
needs the database runs its own short transaction through the same service calls as
REST. Live messages come from this process's realtime hub (the event log tailed per
org, woken across processes by the news path), so a message reaches sockets only after
its transaction committed, in log order, once. Typing and presence ride the ephemeral
path (ephemeral.py) and never touch the database.

Each socket has two tasks: the handshake's own task reads frames, a writer sends. A
slow reader stalls only its writer; after SEND_TIMEOUT (or a backlog the hub gives up
on) the socket is closed with the reason `slow_consumer`. Credentials are re-checked
every CHECK_SECONDS and at once when the log says a key was revoked or a member removed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
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
from mission_control.realtime.visibility import viewer_of

log = structlog.get_logger(__name__)

CHECK_SECONDS = 3.0  # a revoked key, ended session or removed member is gone within 5 s
SEND_TIMEOUT = 5.0
MAX_FRAME_CHARS = 64 * 1024
MAX_SUBSCRIPTIONS = 500
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
        principal, request = await _authenticate(websocket, org_slug)
        who = f"key:{principal.identity.key.id}" if principal.identity.key else ""
        who = who or f"user:{principal.user_id}"
        slot = await app.state.limiter.acquire_stream(who, principal.org_id)
    except AppError as exc:
        await _deny(websocket, exc)
        return
    try:
        await websocket.accept()
        connection = Connection(websocket, principal, request, slot)
        await connection.run()
    finally:
        await slot.release()


_frames: OrderedDict[tuple[uuid.UUID, int, str], str] = OrderedDict()


def _frame_of(org_id: uuid.UUID, event: LiveEvent, kind: str, body: dict[str, Any]) -> str:
    """A live frame, built once per event per process however many sockets send it."""
    key = (org_id, event.id, kind)
    found = _frames.get(key)
    if found is None:
        found = _frames[key] = pydantic_core.to_json({"type": kind, **body}).decode()
        if len(_frames) > 512:
            _frames.popitem(last=False)
    return found


def _dump(frame: dict[str, Any]) -> str:
    return pydantic_core.to_json(frame).decode()


def error_frame(code: str, message: str, ref: Any = None) -> str:
    frame: dict[str, Any] = {"type": "error", "error": {"code": code, "message": message}}
    if ref is not None:
        frame["ref"] = ref
    return _dump(frame)


class Connection:
    """One client's socket: its channels, its inbox from the hub, its writer."""

    __slots__ = (
        "bucket",
        "channels",
        "check",
        "closing",
        "db",
        "ephemeral",
        "hub",
        "member",
        "outbox",
        "posted",
        "principal",
        "recheck",
        "slot",
        "subscriber",
        "typed",
        "websocket",
    )

    def __init__(
        self, websocket: WebSocket, principal: Principal, request: Request, slot: StreamSlot
    ) -> None:
        app = websocket.app
        self.websocket = websocket
        self.principal = principal
        self.slot = slot
        self.db: Database = app.state.db
        self.hub: Hub = app.state.hub
        self.ephemeral = Ephemeral.of(app)
        self.check = sse.credential_check(request, principal)
        actor = principal.actor
        self.member = {"type": actor.type, "id": str(actor.id)}
        self.channels: dict[uuid.UUID, str] = {}
        self.outbox: list[str] = []
        self.posted: set[str] = set()
        self.typed: dict[uuid.UUID, float] = {}
        self.bucket = [FRAME_QUOTA.capacity, time.monotonic()]
        self.subscriber: Subscriber | None = None
        self.closing: tuple[int, str] | None = None
        self.recheck = False

    # --- the ephemeral path's view of this socket ---

    def wants(self, channel_id: uuid.UUID) -> bool:
        return channel_id in self.channels

    def push_text(self, frame: str) -> None:
        self.outbox.append(frame)
        if self.subscriber is not None:
            self.subscriber.poke()

    # --- lifecycle ---

    async def run(self) -> None:
        filters = events.EventFilter(types=LIVE_TYPES)
        self.subscriber = await self.hub.subscribe(
            self.principal.org_id, viewer_of(self.principal), filters
        )
        self.ephemeral.register(self.principal.org_id, self)
        writer = asyncio.create_task(self._write())
        try:
            await self._read(writer)
        finally:
            self.hub.unsubscribe(self.subscriber)
            self.ephemeral.unregister(self.principal.org_id, self)
            for channel_id in list(self.channels):
                await self._presence(channel_id, "offline")
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await writer
            if self.closing is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(self.websocket.close(*self.closing), 2.0)

    def close(self, code: int, reason: str) -> None:
        """Ask the reader to end the connection (from the writer or a check)."""
        if self.closing is None:
            self.closing = (code, reason)
        if self.subscriber is not None:
            self.subscriber.poke()

    async def _read(self, writer: asyncio.Task[None]) -> None:
        receiving: asyncio.Future[Any] | None = None
        try:
            while self.closing is None:
                receiving = asyncio.ensure_future(self.websocket.receive())
                done, _ = await asyncio.wait({receiving, writer}, return_when="FIRST_COMPLETED")
                if writer in done:
                    return  # the writer ended the connection (slow consumer, revoked, gone)
                message = receiving.result()
                receiving = None
                if message["type"] == "websocket.disconnect":
                    return
                await self._frame(message)
        except (WebSocketDisconnect, RuntimeError, OSError):
            return
        finally:
            if receiving is not None:
                receiving.cancel()

    async def _write(self) -> None:
        assert self.subscriber is not None
        subscriber = self.subscriber
        next_check = time.monotonic() + CHECK_SECONDS
        try:
            while self.closing is None:
                if subscriber.lagged:
                    self.close(CLOSE_TRY_AGAIN, "slow_consumer")
                    return
                frames = self._live(subscriber.take())
                if self.outbox:
                    frames = [*self.outbox, *frames]
                    self.outbox.clear()
                for frame in frames:
                    try:
                        await asyncio.wait_for(self.websocket.send_text(frame), SEND_TIMEOUT)
                    except TimeoutError:
                        self.close(CLOSE_TRY_AGAIN, "slow_consumer")
                        return
                if not frames and not self.recheck:
                    await subscriber.wait(max(0.0, next_check - time.monotonic()))
                if self.recheck or time.monotonic() >= next_check:
                    self.recheck = False
                    if not await self.check():
                        self.close(CLOSE_POLICY, "credentials_revoked")
                        return
                    await self.slot.refresh()
                    next_check = time.monotonic() + CHECK_SECONDS
        except (WebSocketDisconnect, RuntimeError, OSError):
            self.close(1000, "gone")

    def _live(self, items: list[Any]) -> list[str]:
        out: list[str] = []
        for item in items:
            if not isinstance(item, LiveEvent):
                continue  # notifications ride the SSE stream
            if item.type in RECHECK_TYPES:
                self.recheck = True
                continue
            try:
                channel_id = uuid.UUID(str(item.payload.get("channel_id")))
            except ValueError:
                continue
            if channel_id not in self.channels:
                continue
            payload = item.payload
            if item.type == "channel.member_removed":
                if payload.get("member") == self.member and self.channels[channel_id] == "private":
                    del self.channels[channel_id]
                    out.append(
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
                continue
            message = payload.get("message")
            if not isinstance(message, dict):
                continue
            body = {"channel_id": str(channel_id), "message": message}
            if item.type == "message.posted":
                if message.get("id") in self.posted:
                    self.posted.discard(message["id"])  # its poster had it in the ack
                    continue
                out.append(_frame_of(self.principal.org_id, item, "message", body))
            elif item.type == "message.edited":
                out.append(_frame_of(self.principal.org_id, item, "message_updated", body))
            elif item.type == "message.deleted":
                out.append(_frame_of(self.principal.org_id, item, "message_deleted", body))
        return out

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

    async def _frame(self, message: dict[str, Any]) -> None:
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
            if kind == "subscribe":
                await self._subscribe(frame, ref)
            elif kind == "unsubscribe":
                await self._unsubscribe(frame, ref)
            elif kind == "message":
                await self._post(frame, ref)
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
        self._ack(ref, channel_id=str(channel_id), last_seq=channel["last_seq"])
        if fresh:
            await self._presence(channel_id, "online")

    async def _unsubscribe(self, frame: dict[str, Any], ref: Any) -> None:
        channel_id = self._channel_id(frame)
        if self.channels.pop(channel_id, None) is not None:
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
                self.posted.add(str(message["id"]))
        self._ack(ref, channel_id=str(channel_id), message=plain)

    async def _typing(self, frame: dict[str, Any], ref: Any) -> None:
        self.principal.require("chat", Access.WRITE)
        channel_id = self._channel_id(frame)
        if channel_id not in self.channels:
            raise FrameError("not_subscribed", "Subscribe to the channel first.")
        now = time.monotonic()
        if now - self.typed.get(channel_id, 0.0) < TYPING_EVERY:
            return  # at most one typing frame per channel every few seconds
        self.typed[channel_id] = now
        typing = _dump({"type": "typing", "channel_id": str(channel_id), "member": self.member})
        await self.ephemeral.publish(self.principal.org_id, channel_id, typing, self)

    async def _presence(self, channel_id: uuid.UUID, state: str) -> None:
        self.ephemeral.presence(self.principal.org_id, channel_id, self.member, state)
