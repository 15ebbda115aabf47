"""The one publish path: "org X has news", through Redis pub/sub, or PostgreSQL LISTEN/NOTIFY.

Only the org id travels; every process's hub then reads the log itself, so a
lost message delays delivery (until the hub's poll) and never loses an event.

With REDIS_URL the news is a Redis publish per commit. Without it, every
process (server workers and the job worker) holds one plain connection that
LISTENs on `mc_news` and sends the news of this process: never inside the
writing transaction (NOTIFY at commit serialises every committer on one global
lock) and at most one NOTIFY per `NOTIFY_INTERVAL` for all of this process's
orgs together (the first at once, later ones batched), so the cost does not grow
with the write rate.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import structlog
from redis.asyncio import Redis

from mission_control.core.db import plain_url
from mission_control.events import service as events
from mission_control.realtime.hub import Hub

log = structlog.get_logger(__name__)

CHANNEL = "mc:news"
PG_CHANNEL = "mc_news"
NOTIFY_INTERVAL = 0.02  # seconds between two NOTIFYs of one process
PAYLOAD_IDS = 200  # org ids per NOTIFY (the payload limit is 8,000 bytes)

Listener = Callable[[uuid.UUID], Awaitable[None]]


class News:
    """Tells every process's hub (and local listeners, such as the job trigger) about news."""

    def __init__(
        self,
        hub: Hub | None,
        redis_url: str | None = None,
        database_url: str | None = None,
    ) -> None:
        self.hub = hub
        self.redis_url = redis_url
        self.database_url = None if redis_url else database_url
        self.redis: Redis | None = None
        self._listener: asyncio.Task[None] | None = None
        self._local: list[Listener] = []
        self._remote: list[Listener] = []
        # PostgreSQL path
        self.token = f"{os.getpid()}.{uuid.uuid4().hex[:8]}"
        self._pg: Any = None
        self._pending: set[uuid.UUID] = set()
        self._dirty = asyncio.Event()
        self._sender: asyncio.Task[None] | None = None
        self.notifies_sent = 0
        self._hearing: set[asyncio.Future[None]] = set()

    def on_local(self, listener: Listener) -> None:
        """Also call `listener` for news committed by this process (e.g. to enqueue jobs)."""
        self._local.append(listener)

    def on_remote(self, listener: Listener) -> None:
        """Also call `listener` for news from other processes (the job worker's trigger)."""
        self._remote.append(listener)

    async def start(self) -> None:
        if self.redis_url:
            self.redis = Redis.from_url(self.redis_url)
            pubsub = self.redis.pubsub(ignore_subscribe_messages=True)
            await pubsub.subscribe(CHANNEL)
            self._listener = asyncio.create_task(self._listen(pubsub), name="news-listener")
        elif self.database_url:
            await self._pg_connect()
            self._listener = asyncio.create_task(self._pg_watch(), name="news-pg-watch")
            self._sender = asyncio.create_task(self._pg_send(), name="news-pg-send")
        events.on_news(self.announce)

    async def stop(self) -> None:
        events.remove_news_listener(self.announce)
        for task in (self._listener, self._sender):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        if self.redis is not None:
            await self.redis.aclose()
        if self._pg is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._pg.close(), 2)
            self._pg = None

    def _wake(self, org_id: uuid.UUID) -> None:
        if self.hub is not None:
            self.hub.wake(org_id)

    async def publish(self, org_id: uuid.UUID) -> None:
        """Wake every process's tail of `org_id` (events or notifications were committed)."""
        self._wake(org_id)
        if self.redis is not None:
            try:
                await self.redis.publish(CHANNEL, str(org_id))
            except Exception as exc:  # the hubs' poll picks the rows up anyway
                log.warning("news_publish_failed", error=type(exc).__name__)
        elif self.database_url:
            self._pending.add(org_id)
            self._dirty.set()

    async def announce(self, org_id: uuid.UUID) -> None:
        """Called after an org's events commit in this process."""
        await self.publish(org_id)
        for listener in self._local:
            try:
                await listener(org_id)
            except Exception:
                log.exception("news_listener_failed")

    async def _heard(self, org_id: uuid.UUID) -> None:
        self._wake(org_id)
        for listener in self._remote:
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
                        org_id = uuid.UUID(message["data"].decode())
                    except ValueError:
                        continue
                    await self._heard(org_id)
            except asyncio.CancelledError:
                await pubsub.aclose()  # type: ignore[no-untyped-call]
                raise
            except Exception as exc:
                log.warning("news_listener_reconnecting", error=type(exc).__name__)
                await asyncio.sleep(1.0)
                with contextlib.suppress(Exception):
                    await pubsub.subscribe(CHANNEL)

    # ---- PostgreSQL LISTEN/NOTIFY ----

    async def _pg_connect(self) -> None:
        assert self.database_url
        conn = await asyncpg.connect(plain_url(self.database_url))
        await conn.add_listener(PG_CHANNEL, self._pg_notified)
        self._pg = conn

    def _pg_notified(self, _conn: object, _pid: int, _channel: str, payload: str) -> None:
        token, _, ids = payload.partition(" ")
        if token == self.token:
            return  # our own news; this process already woke its tails
        for raw in ids.split(","):
            try:
                org_id = uuid.UUID(raw)
            except ValueError:
                continue
            if self._remote:
                task = asyncio.ensure_future(self._heard(org_id))
                self._hearing.add(task)
                task.add_done_callback(self._hearing.discard)
            else:
                self._wake(org_id)

    async def _pg_send(self) -> None:
        while True:
            await self._dirty.wait()
            self._dirty.clear()
            orgs, self._pending = sorted(self._pending), set()
            for start in range(0, len(orgs), PAYLOAD_IDS):
                chunk = ",".join(str(o) for o in orgs[start : start + PAYLOAD_IDS])
                try:
                    await self._pg.execute(
                        "SELECT pg_notify($1, $2)", PG_CHANNEL, f"{self.token} {chunk}"
                    )
                    self.notifies_sent += 1
                except Exception as exc:  # the hubs' poll picks the rows up anyway
                    log.warning("news_notify_failed", error=type(exc).__name__)
            await asyncio.sleep(NOTIFY_INTERVAL)

    async def _pg_watch(self) -> None:
        """Reconnect the LISTEN connection when it drops (news heard meanwhile is polled)."""
        while True:
            await asyncio.sleep(1.0)
            if self._pg is not None and not self._pg.is_closed():
                continue
            try:
                await self._pg_connect()
                log.info("news_listener_reconnected")
                if self.hub is not None:
                    for org_id in list(self.hub.tails):
                        self.hub.wake(org_id)
            except Exception as exc:
                log.warning("news_listener_reconnecting", error=type(exc).__name__)
