"""The one publish path: "org X has news", through Redis pub/sub or in process.

Only the org id travels; every process's hub then reads the log itself, so a
lost message delays delivery (until the hub's poll) and never loses an event.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Awaitable, Callable

import structlog
from redis.asyncio import Redis

from mission_control.events import service as events
from mission_control.realtime.hub import Hub

log = structlog.get_logger(__name__)

CHANNEL = "mc:news"

Listener = Callable[[uuid.UUID], Awaitable[None]]


class News:
    """Tells every process's hub (and local listeners, such as the job trigger) about news."""

    def __init__(self, hub: Hub, redis_url: str | None = None) -> None:
        self.hub = hub
        self.redis_url = redis_url
        self.redis: Redis | None = None
        self._listener: asyncio.Task[None] | None = None
        self._local: list[Listener] = []

    def on_local(self, listener: Listener) -> None:
        """Also call `listener` for news committed by this process (e.g. to enqueue jobs)."""
        self._local.append(listener)

    async def start(self) -> None:
        if self.redis_url:
            self.redis = Redis.from_url(self.redis_url)
            pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
            await pubsub.subscribe(CHANNEL)
            self._listener = asyncio.create_task(self._listen(pubsub), name="news-listener")
        events.on_news(self.announce)

    async def stop(self) -> None:
        events.remove_news_listener(self.announce)
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener
        if self.redis is not None:
            await self.redis.aclose()

    async def publish(self, org_id: uuid.UUID) -> None:
        """Wake every process's tail of `org_id` (events or notifications were committed)."""
        self.hub.wake(org_id)
        if self.redis is not None:
            try:
                await self.redis.publish(CHANNEL, str(org_id))
            except Exception as exc:  # the hubs' poll picks the rows up anyway
                log.warning("news_publish_failed", error=type(exc).__name__)

    async def announce(self, org_id: uuid.UUID) -> None:
        """Called after an org's events commit in this process."""
        await self.publish(org_id)
        for listener in self._local:
            try:
                await listener(org_id)
            except Exception:
                log.exception("news_listener_failed")

    async def _listen(self, pubsub: object) -> None:
        from redis.asyncio.client import PubSub

        assert isinstance(pubsub, PubSub)
        while True:
            try:
                async for message in pubsub.listen():
                    if message.get("type") != "message":
                        continue
                    try:
                        self.hub.wake(uuid.UUID(message["data"].decode()))
                    except ValueError:
                        continue
            except asyncio.CancelledError:
                await pubsub.aclose()  # type: ignore[no-untyped-call]
                raise
            except Exception as exc:
                log.warning("news_listener_reconnecting", error=type(exc).__name__)
                await asyncio.sleep(1.0)
                with contextlib.suppress(Exception):
                    await pubsub.subscribe(CHANNEL)
