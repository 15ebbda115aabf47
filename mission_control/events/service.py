"""The event log: append in the change's transaction, read back in id order.

Ids are safe to resume from within an org: a transaction's events are buffered
and inserted just before commit under a per-org advisory lock that is held until
the commit, so an org's ids become visible in the order they were allocated.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, Select, func, insert, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.core.cursor import decode_cursor, encode_cursor
from mission_control.core.db import after_commit, before_commit
from mission_control.core.types import Actor
from mission_control.events.models import Event

PENDING = "pending_events"
EVENT_LOCK_CLASS = 0x4D43  # "MC": the advisory-lock namespace of event id allocation

# Listeners told "org X has news" after a commit (the realtime layer registers one).
_news_listeners: list[Callable[[uuid.UUID], Awaitable[None]]] = []


def on_news(listener: Callable[[uuid.UUID], Awaitable[None]]) -> None:
    """Register a coroutine called with an org id after that org's events commit."""
    if listener not in _news_listeners:
        _news_listeners.append(listener)


def remove_news_listener(listener: Callable[[uuid.UUID], Awaitable[None]]) -> None:
    if listener in _news_listeners:
        _news_listeners.remove(listener)


@dataclass(slots=True)
class PendingEvent:
    org_id: uuid.UUID
    actor: Actor
    type: str
    entity_type: str
    entity_id: uuid.UUID | None
    project_id: uuid.UUID | None
    payload: dict[str, Any] = field(default_factory=dict)


def append(
    session: AsyncSession,
    *,
    org_id: uuid.UUID,
    actor: Actor,
    type: str,
    entity_type: str,
    entity_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
    payload: dict[str, Any] | None = None,
) -> None:
    """Record an event; it is written in this transaction, just before it commits."""
    pending: list[PendingEvent] = session.info.setdefault(PENDING, [])
    pending.append(
        PendingEvent(org_id, actor, type, entity_type, entity_id, project_id, payload or {})
    )
    before_commit(session, PENDING, _flush)


async def _flush(session: AsyncSession) -> None:
    pending: list[PendingEvent] = session.info.pop(PENDING, [])
    if not pending:
        return
    orgs = sorted({item.org_id for item in pending})
    for org_id in orgs:
        # Held until COMMIT: the next writer of this org allocates only after
        # these ids are visible. Sorted order keeps multi-org writers deadlock-free.
        await session.execute(
            text("SELECT pg_advisory_xact_lock(:cls, hashtext(:org))"),
            {"cls": EVENT_LOCK_CLASS, "org": str(org_id)},
        )
    await session.execute(
        insert(Event),
        [
            {
                "org_id": item.org_id,
                "actor_type": item.actor.type,
                "actor_id": item.actor.id,
                "type": item.type,
                "entity_type": item.entity_type,
                "entity_id": item.entity_id,
                "project_id": item.project_id,
                "payload": item.payload,
            }
            for item in pending
        ],
    )

    async def announce() -> None:
        for org_id in orgs:
            for listener in list(_news_listeners):
                await listener(org_id)

    after_commit(session, announce)


async def ensure_partitions(session: AsyncSession, today: date, months_ahead: int = 2) -> list[str]:
    """Create this month's and the next `months_ahead` months' partitions if missing."""
    names = []
    for offset in range(months_ahead + 1):
        month = today.month - 1 + offset
        first = date(today.year + month // 12, month % 12 + 1, 1)
        name = await session.scalar(
            text("SELECT mc_ensure_event_partition(:month)"), {"month": first}
        )
        names.append(str(name))
    return names


@dataclass(slots=True)
class EventFilter:
    types: list[str] = field(default_factory=list)
    entity_type: str | None = None
    entity_id: uuid.UUID | None = None
    project_id: uuid.UUID | None = None
    actor_id: uuid.UUID | None = None
    since: datetime | None = None
    until: datetime | None = None


def _type_condition(pattern: str) -> Any:
    if pattern.endswith(".*"):
        return Event.type.startswith(pattern[:-1], autoescape=True)
    if pattern == "*":
        return Event.type.isnot(None)
    return Event.type == pattern


def filtered(query: Select[Any], filters: EventFilter) -> Select[Any]:
    """Apply the filters shared by the list and the live stream."""
    if filters.types:
        query = query.where(or_(*(_type_condition(p) for p in filters.types)))
    if filters.entity_type:
        query = query.where(Event.entity_type == filters.entity_type)
    if filters.entity_id:
        query = query.where(Event.entity_id == filters.entity_id)
    if filters.project_id:
        query = query.where(Event.project_id == filters.project_id)
    if filters.actor_id:
        query = query.where(Event.actor_id == filters.actor_id)
    if filters.since:
        query = query.where(Event.occurred_at >= filters.since)
    if filters.until:
        query = query.where(Event.occurred_at < filters.until)
    return query


async def list_events(
    session: AsyncSession,
    filters: EventFilter,
    *,
    limit: int,
    cursor: str | None,
    order: str = "desc",
) -> tuple[list[Row[Any]], str | None]:
    """One page of the org's events (RLS scopes it to the org in context).

    Plain rows, not ORM objects: a page is read-only and this is a hot path.
    """
    query = filtered(select(*Event.__table__.columns), filters)
    if cursor is not None:
        last = decode_cursor(cursor, {"id": int})["id"]
        query = query.where(Event.id < last if order == "desc" else Event.id > last)
    query = query.order_by(Event.id.desc() if order == "desc" else Event.id.asc())
    rows = list((await session.execute(query.limit(limit + 1))).all())
    next_cursor = encode_cursor({"id": rows[limit - 1].id}) if len(rows) > limit else None
    return rows[:limit], next_cursor


async def events_after(
    session: AsyncSession, filters: EventFilter, after_id: int, limit: int = 500
) -> list[Event]:
    """Events with id greater than `after_id`, oldest first (replay and tailing)."""
    query = filtered(select(Event), filters).where(Event.id > after_id)
    return list((await session.scalars(query.order_by(Event.id.asc()).limit(limit))).all())


async def latest_id(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.coalesce(func.max(Event.id), 0))) or 0)


__all__ = [
    "EventFilter",
    "append",
    "ensure_partitions",
    "events_after",
    "filtered",
    "latest_id",
    "list_events",
    "on_news",
]
