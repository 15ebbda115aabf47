"""Live fan-out in one process: a tail per org reads the log by id and hands events to streams.

Nothing but "org X has news" travels between processes (see news.py). Each
process keeps, per org with open streams, a cursor into the event log and, when
woken, reads `id > cursor` in a short session and pushes each new event to that
org's subscribers. A lost wake-up only delays delivery: a slow poll wakes every
tail anyway, and the table is the source of truth.

The public interface (stable; the SSE stream and the chat WebSocket use it):

- `await hub.subscribe(org_id, viewer, filters) -> Subscriber`: an inbox. From
  the moment it returns, every event with id > `subscriber.start_cursor` that
  matches `filters` (and every notification for `viewer`) is pushed to it, in
  order: `await subscriber.wait(seconds)`, then `subscriber.take()` for the
  items (`LiveEvent`, `LiveNotification`). When `subscriber.lagged` is set it
  fell more than MAX_PENDING behind: re-read the table after your cursor.
  Private-channel visibility is the reader's to check
  (`visibility.private_channel(item.payload)`). `hub.unsubscribe(subscriber)`
  when done.
- `await hub.attach(org_id, sink) -> cursor` / `hub.detach(sink)`: the same
  feed into any object with `push(item)` (called synchronously by the tail, so
  it must not block); `LiveEvent.allowed` then tells which of the attached
  sinks' viewers may see a private-channel event. The SSE stream attaches its
  sinks this way and writes each frame straight to its transport.
- `hub.wake(org_id)`: news for an org (news.py calls it).
- `LiveEvent.frame` / `LiveNotification.frame`: the SSE bytes, rendered once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import pydantic_core
import structlog

from mission_control.core.db import Database
from mission_control.core.runtime import BurstFreezer
from mission_control.events import service as events
from mission_control.events.models import Event
from mission_control.events.schemas import EventOut
from mission_control.realtime import visibility
from mission_control.realtime.visibility import Viewer

log = structlog.get_logger(__name__)

PAGE = 500
MAX_PENDING = 2000  # a subscriber further behind than this re-reads the table instead


@dataclass(slots=True)
class LiveEvent:
    """An event as fanned out: the fields filters need and its SSE frame, built once."""

    id: int
    type: str
    occurred_at: datetime
    entity_type: str
    entity_id: uuid.UUID | None
    project_id: uuid.UUID | None
    actor_id: uuid.UUID | None
    payload: dict[str, Any]
    frame: bytes
    # For a private channel's event: the attached sinks' viewers who may see it.
    allowed: frozenset[Viewer] | None = None
    chunk: bytes = b""  # the frame as one HTTP/1.1 chunk, for writers to the transport

    def __post_init__(self) -> None:
        self.chunk = http_chunk(self.frame)

    @classmethod
    def of(cls, event: Event) -> LiveEvent:
        return cls(
            id=event.id,
            type=event.type,
            occurred_at=event.occurred_at,
            entity_type=event.entity_type,
            entity_id=event.entity_id,
            project_id=event.project_id,
            actor_id=event.actor_id,
            payload=event.payload,
            frame=event_frame(event),
        )

    @classmethod
    def of_row(cls, row: Mapping[str, Any]) -> LiveEvent:
        """From a plain row of the event list's query (events.service.list_events)."""
        data = pydantic_core.to_json(events.plain(row)).decode()
        return cls(
            id=row["id"],
            type=row["type"],
            occurred_at=row["occurred_at"],
            entity_type=row["entity_type"],
            entity_id=row["entity_id"],
            project_id=row["project_id"],
            actor_id=row["actor_id"],
            payload=row["payload"],
            frame=f"event: {row['type']}\nid: {row['id']}\ndata: {data}\n\n".encode(),
        )


@dataclass(slots=True)
class LiveNotification:
    """A notification for one recipient; rides the stream without an `id:` line."""

    recipient: Viewer
    frame: bytes
    project_id: uuid.UUID | None = None  # of the event it is about (project limits)
    chunk: bytes = b""

    def __post_init__(self) -> None:
        self.chunk = http_chunk(self.frame)


def http_chunk(data: bytes) -> bytes:
    """`data` framed as one chunk of a chunked HTTP/1.1 body."""
    return b"%x\r\n%b\r\n" % (len(data), data)


class Sink(Protocol):
    """Anything the tail pushes to: an inbox, or a stream that writes to its transport."""

    def push(self, item: LiveEvent | LiveNotification) -> None: ...


def event_frame(event: Event) -> bytes:
    data = EventOut.of(event).model_dump_json()
    return f"event: {event.type}\nid: {event.id}\ndata: {data}\n\n".encode()


def notification_frame(notification: dict[str, Any]) -> bytes:
    data = json.dumps(notification, default=str, separators=(",", ":"))
    return f"event: notification\ndata: {data}\n\n".encode()


def _type_matches(pattern: str, type_: str) -> bool:
    if pattern == "*":
        return True
    if pattern.endswith(".*"):
        return type_.startswith(pattern[:-1])
    return type_ == pattern


def matches(filters: events.EventFilter, event: LiveEvent) -> bool:
    """The live twin of events.service.filtered: the same filters, applied in memory."""
    if filters.types and not any(_type_matches(p, event.type) for p in filters.types):
        return False
    if filters.entity_type and event.entity_type != filters.entity_type:
        return False
    if filters.entity_id and event.entity_id != filters.entity_id:
        return False
    if filters.project_id and event.project_id != filters.project_id:
        return False
    if filters.actor_id and event.actor_id != filters.actor_id:
        return False
    if filters.since and event.occurred_at < filters.since:
        return False
    return not (filters.until and event.occurred_at >= filters.until)


class Subscriber:
    """One open stream's inbox."""

    __slots__ = ("filters", "items", "lagged", "org_id", "start_cursor", "viewer", "waiter")

    def __init__(self, org_id: uuid.UUID, viewer: Viewer, filters: events.EventFilter) -> None:
        self.org_id = org_id
        self.viewer = viewer
        self.filters = filters
        self.items: list[LiveEvent | LiveNotification] = []
        self.lagged = False
        self.waiter: asyncio.Future[None] | None = None
        self.start_cursor = 0

    def push(self, item: LiveEvent | LiveNotification) -> None:
        if isinstance(item, LiveEvent):
            if not matches(self.filters, item):
                return
        elif item.recipient != self.viewer:
            return
        if len(self.items) >= MAX_PENDING:
            # Too far behind: drop the backlog; the stream re-reads it from the table.
            self.items.clear()
            self.lagged = True
        else:
            self.items.append(item)
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)

    def take(self) -> list[LiveEvent | LiveNotification]:
        items, self.items = self.items, []
        return items

    async def wait(self, seconds: float) -> None:
        """Return when something arrived or `seconds` passed."""
        if self.items or self.lagged:
            return
        self.waiter = asyncio.get_running_loop().create_future()
        try:
            await asyncio.wait_for(self.waiter, seconds)
        except TimeoutError:
            pass
        finally:
            self.waiter = None


NotificationSource = Callable[[Database, uuid.UUID, int | None], Awaitable[tuple[int, list[Any]]]]


class OrgTail:
    """The per-org reader: one cursor into the log, many subscribers."""

    def __init__(self, hub: Hub, org_id: uuid.UUID) -> None:
        self.hub = hub
        self.org_id = org_id
        self.subscribers: set[Sink] = set()
        self.cursor = 0
        self.notification_cursor: int | None = None
        self.wake = asyncio.Event()
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.task = asyncio.create_task(self.run(), name=f"tail:{org_id}")

    async def run(self) -> None:
        try:
            await self._start()
        except Exception as exc:
            if not self.ready.done():
                self.ready.set_exception(exc)
            self.hub.drop(self)
            return
        while True:
            await self.wake.wait()
            self.wake.clear()
            try:
                await self.drain()
            except Exception:
                log.exception("realtime_tail_failed", org_id=str(self.org_id))
                await asyncio.sleep(0.5)
                self.wake.set()

    async def _start(self) -> None:
        async with self.hub.db.session(org_id=self.org_id) as session:
            self.cursor = await events.latest_id(session)
        if self.hub.notifications is not None:
            self.notification_cursor, _ = await self.hub.notifications(
                self.hub.db, self.org_id, None
            )
        self.ready.set_result(None)

    async def _allow(self, item: LiveEvent, channel_id: uuid.UUID) -> None:
        """Which viewers of the attached sinks may see this private-channel event."""
        viewers: set[Viewer] = set()
        for sink in self.subscribers:
            viewer = getattr(sink, "viewer", None)
            if viewer is not None and not isinstance(sink, Subscriber):
                viewers.add(viewer)
        if not viewers:
            item.allowed = frozenset()
            return
        async with self.hub.db.session(org_id=self.org_id) as session:
            item.allowed = await visibility.members_among(session, channel_id, viewers)

    async def drain(self) -> None:
        while True:
            async with self.hub.db.session(org_id=self.org_id) as session:
                rows = await events.events_after(session, events.EventFilter(), self.cursor, PAGE)
            if rows:
                live = [LiveEvent.of(row) for row in rows]
                self.cursor = live[-1].id
                for item in live:
                    channel = visibility.private_channel(item.payload)
                    if channel is not None:
                        await self._allow(item, channel)
                    for subscriber in list(self.subscribers):
                        subscriber.push(item)
            if len(rows) < PAGE:
                break
        if self.hub.notifications is not None:
            self.notification_cursor, found = await self.hub.notifications(
                self.hub.db, self.org_id, self.notification_cursor
            )
            for note in found:
                for subscriber in list(self.subscribers):
                    subscriber.push(note)


class Hub:
    """This process's live fan-out: org tails, woken by news and by a slow safety-net poll."""

    def __init__(
        self,
        db: Database,
        *,
        poll_seconds: float = 3.0,
        notifications: NotificationSource | None = None,
    ) -> None:
        self.db = db
        self.poll_seconds = poll_seconds
        self.notifications = notifications
        self.tails: dict[uuid.UUID, OrgTail] = {}
        self._orgs: dict[int, uuid.UUID] = {}  # id(sink) -> its org
        self._poller: asyncio.Task[None] | None = None
        self.freezer = BurstFreezer()  # shared with the chat sockets of this process

    async def start(self) -> None:
        self._poller = asyncio.create_task(self._poll(), name="realtime-poll")

    async def stop(self) -> None:
        tasks = [tail.task for tail in self.tails.values()]
        if self._poller is not None:
            tasks.append(self._poller)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self.tails.clear()

    async def _poll(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            for tail in list(self.tails.values()):
                tail.wake.set()

    def wake(self, org_id: uuid.UUID) -> None:
        """Org `org_id` has news: its tail (if any stream is open here) reads the log."""
        tail = self.tails.get(org_id)
        if tail is not None:
            tail.wake.set()

    async def subscribe(
        self, org_id: uuid.UUID, viewer: Viewer, filters: events.EventFilter
    ) -> Subscriber:
        """Register a stream; on return, every event after `start_cursor` will be pushed to it."""
        subscriber = Subscriber(org_id, viewer, filters)
        subscriber.start_cursor = await self.attach(org_id, subscriber)
        return subscriber

    async def attach(self, org_id: uuid.UUID, sink: Sink) -> int:
        """Push every later event of the org to `sink`; returns the cursor it starts after."""
        tail = self.tails.get(org_id)
        if tail is None:
            tail = self.tails[org_id] = OrgTail(self, org_id)
        tail.subscribers.add(sink)
        self._orgs[id(sink)] = org_id
        try:
            await asyncio.shield(tail.ready)
        except BaseException:
            self.detach(sink)
            raise
        self.freezer.connected()
        return tail.cursor

    def detach(self, sink: Sink) -> None:
        org_id = self._orgs.pop(id(sink), None)
        tail = self.tails.get(org_id) if org_id is not None else None
        if tail is None:
            return
        tail.subscribers.discard(sink)
        self.freezer.disconnected()
        if not tail.subscribers:
            self.drop(tail)

    def unsubscribe(self, subscriber: Subscriber) -> None:
        self.detach(subscriber)

    def drop(self, tail: OrgTail) -> None:
        if self.tails.get(tail.org_id) is tail:
            del self.tails[tail.org_id]
        if tail.task is not asyncio.current_task():
            tail.task.cancel()

    def connections(self) -> int:
        return sum(len(tail.subscribers) for tail in self.tails.values())
