"""Typing and presence: frames that are never stored, fanned out like the hub's news.

In process they go straight to this process's sockets subscribed to the channel; with
REDIS_URL they are also published on one Redis channel that every process listens to
while it has sockets open (the listener stops with the last socket). Nothing touches
the database. Without Redis, sockets on other processes do not see them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from typing import Any, Protocol

import structlog

log = structlog.get_logger(__name__)

CHANNEL = "mc:chat:ephemeral"
PROCESS = uuid.uuid4().hex
PRESENCE_EVERY = 1.0  # presence changes are batched per channel: N joins cost N/s frames, not N^2


class Socket(Protocol):
    def wants(self, channel_id: uuid.UUID) -> bool: ...
    def push_text(self, frame: str) -> None: ...


class Ephemeral:
    """This process's typing/presence fan-out (one per app, made on the first socket)."""

    def __init__(self, redis: Any | None) -> None:
        self.redis = redis
        self.sockets: dict[uuid.UUID, set[Socket]] = {}
        self._listener: asyncio.Task[None] | None = None
        self._presence: dict[tuple[uuid.UUID, uuid.UUID], dict[tuple[str, str], str]] = {}
        self._flush: asyncio.TimerHandle | None = None

    @classmethod
    def of(cls, app: Any) -> Ephemeral:
        found: Ephemeral | None = getattr(app.state, "chat_ephemeral", None)
        if found is None:
            found = app.state.chat_ephemeral = cls(getattr(app.state, "redis", None))
        return found

    def register(self, org_id: uuid.UUID, socket: Socket) -> None:
        self.sockets.setdefault(org_id, set()).add(socket)
        if self.redis is not None and self._listener is None:
            self._listener = asyncio.create_task(self._listen(), name="chat-ephemeral")

    def unregister(self, org_id: uuid.UUID, socket: Socket) -> None:
        found = self.sockets.get(org_id)
        if found is not None:
            found.discard(socket)
            if not found:
                del self.sockets[org_id]
        if not self.sockets and self._listener is not None:
            self._listener.cancel()
            self._listener = None

    def presence(
        self, org_id: uuid.UUID, channel_id: uuid.UUID, member: dict[str, str], state: str
    ) -> None:
        """Note that a member came online or went offline in a channel; sent batched."""
        changes = self._presence.setdefault((org_id, channel_id), {})
        changes[(member["type"], member["id"])] = state
        if self._flush is None:
            loop = asyncio.get_running_loop()
            self._flush = loop.call_later(PRESENCE_EVERY, self._send_presence)

    def _send_presence(self) -> None:
        self._flush = None
        pending, self._presence = self._presence, {}
        for (org_id, channel_id), changes in pending.items():
            members = [{"type": t, "id": i, "state": st} for (t, i), st in changes.items()]
            frame = json.dumps(
                {"type": "presence", "channel_id": str(channel_id), "members": members},
                separators=(",", ":"),
            )
            task = asyncio.ensure_future(self.publish(org_id, channel_id, frame, None))
            task.add_done_callback(lambda t: t.exception())

    async def publish(
        self, org_id: uuid.UUID, channel_id: uuid.UUID, frame: str, origin: Socket | None
    ) -> None:
        self.deliver(org_id, channel_id, frame, origin)
        if self.redis is not None:
            message = json.dumps({"p": PROCESS, "o": str(org_id), "c": str(channel_id), "f": frame})
            try:
                await self.redis.publish(CHANNEL, message)
            except Exception as exc:  # typing is best effort
                log.warning("chat_ephemeral_publish_failed", error=type(exc).__name__)

    def deliver(
        self, org_id: uuid.UUID, channel_id: uuid.UUID, frame: str, origin: Socket | None
    ) -> None:
        for socket in list(self.sockets.get(org_id, ())):
            if socket is not origin and socket.wants(channel_id):
                socket.push_text(frame)

    async def _listen(self) -> None:
        assert self.redis is not None
        while True:
            pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
            try:
                await pubsub.subscribe(CHANNEL)
                async for message in pubsub.listen():
                    if message.get("type") == "message":
                        self._received(message["data"])
            except asyncio.CancelledError:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
                raise
            except Exception as exc:
                log.warning("chat_ephemeral_reconnecting", error=type(exc).__name__)
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
                await asyncio.sleep(1.0)

    def _received(self, data: bytes) -> None:
        try:
            message = json.loads(data)
            if message["p"] == PROCESS:
                return
            org_id, channel_id = uuid.UUID(message["o"]), uuid.UUID(message["c"])
            frame = str(message["f"])
        except (ValueError, KeyError, TypeError):
            return
        self.deliver(org_id, channel_id, frame, None)
