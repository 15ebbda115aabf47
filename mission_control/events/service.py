"""The event log: append in the change's transaction, read back in id order.

Ids are safe to resume from within an org: a transaction's events are buffered
and inserted just before commit, in one statement that first takes a per-org
advisory lock held until the commit, so an org's ids become visible in the
order they were allocated.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth import policy
from mission_control.core import pagination
from mission_control.core.db import Conn, Record, after_commit, before_commit, json_dumps
from mission_control.core.sql import Where
from mission_control.core.types import Actor
from mission_control.events import catalogue
from mission_control.events import queries as q
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
    unit: AsyncSession | Conn,
    *,
    org_id: uuid.UUID,
    actor: Actor,
    type: str,
    entity_type: str,
    entity_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
    payload: catalogue.Payload | dict[str, Any] | None = None,
) -> None:
    """Record an event; it is written in this transaction, just before it commits. The
    payload must be what the catalogue lists for `type` (else it raises, writing nothing)."""
    checked = catalogue.payload_for(type, payload if payload is not None else {})
    pending: list[PendingEvent] = unit.info.setdefault(PENDING, [])
    pending.append(PendingEvent(org_id, actor, type, entity_type, entity_id, project_id, checked))
    before_commit(unit, PENDING, _flush)


def record(
    unit: AsyncSession | Conn,
    entity_type: str,
    entity: Mapping[str, Any],
    actor: Actor,
    type: str,
    payload: catalogue.Payload | dict[str, Any],
    *,
    project_id: uuid.UUID | object | None = ...,
) -> None:
    """Record `type` about a row (its `org_id`, its `id` as the entity, its `project_id`
    unless given): the one helper every domain writes its events through."""
    events_project = entity.get("project_id") if project_id is ... else project_id
    append(
        unit,
        org_id=entity["org_id"],
        actor=actor,
        type=type,
        entity_type=entity_type,
        entity_id=entity["id"],
        project_id=events_project,  # type: ignore[arg-type]
        payload=payload,
    )


async def _flush(conn: Conn) -> None:
    pending: list[PendingEvent] = conn.info.pop(PENDING, [])
    if not pending:
        return
    orgs = sorted({item.org_id for item in pending})
    # Sorted order keeps writers of several orgs deadlock-free.
    for org_id in orgs:
        items = [item for item in pending if item.org_id == org_id]
        await conn.execute(
            q.FLUSH,
            EVENT_LOCK_CLASS,
            org_id,
            [i.actor.type for i in items],
            [i.actor.id for i in items],
            [i.type for i in items],
            [i.entity_type for i in items],
            [i.entity_id for i in items],
            [i.project_id for i in items],
            [json_dumps(i.payload) for i in items],
        )

    async def announce() -> None:
        for org_id in orgs:
            for listener in list(_news_listeners):
                await listener(org_id)

    after_commit(conn, announce)


async def ensure_partitions(
    unit: AsyncSession | Conn, today: date, months_ahead: int = 2
) -> list[str]:
    """Create this month's and the next `months_ahead` months' partitions if missing."""
    names = []
    for offset in range(months_ahead + 1):
        month = today.month - 1 + offset
        first = date(today.year + month // 12, month % 12 + 1, 1)
        if isinstance(unit, AsyncSession):
            name = await unit.scalar(
                text("SELECT mc_ensure_event_partition(:month)"), {"month": first}
            )
        else:
            name = await unit.fetchval(q.PARTITION, first)
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


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(filters: EventFilter) -> Where:
    where = Where()
    if filters.types and "*" not in filters.types:
        exact = [p for p in filters.types if not p.endswith(".*")]
        prefixes = [_escape_like(p[:-1]) + "%" for p in filters.types if p.endswith(".*")]
        where.add("(type = ANY(?::text[]) OR type LIKE ANY(?::text[]))", exact, prefixes)
    if filters.entity_type:
        where.add("entity_type = ?", filters.entity_type)
    if filters.entity_id:
        where.add("entity_id = ?", filters.entity_id)
    if filters.project_id:
        where.add("project_id = ?", filters.project_id)
    if filters.actor_id:
        where.add("actor_id = ?", filters.actor_id)
    if filters.since:
        where.add("occurred_at >= ?", filters.since)
    if filters.until:
        where.add("occurred_at < ?", filters.until)
    return where


async def list_events(
    conn: Conn,
    filters: EventFilter,
    *,
    limit: int,
    cursor: str | None,
    order: str = "desc",
    viewer: tuple[str, uuid.UUID | None] | None = None,
) -> tuple[list[Record], str | None]:
    """One page of the org's events (RLS scopes it to the org in context; a key's project
    limit, to its projects; a private channel's events, to the viewer's channels)."""
    where = _where(filters)
    policy.limit_events(conn, where)
    if viewer is not None:
        policy.limit_private_channels(where, *viewer)
    descending = order == "desc"
    after = pagination.decode(cursor, (pagination.INT,))
    if after is not None:
        where.add("id < ?" if descending else "id > ?", after[0])
    limit_param = where.param(limit + 1)
    rows = await conn.fetch(q.page(where.sql, descending, limit_param), *where.args)
    return pagination.page(rows, limit, lambda r: (r["id"],))


def plain(row: Record) -> dict[str, Any]:
    """A row as the dict EventOut would write (pages skip building models)."""
    return {
        "id": row["id"],
        "type": row["type"],
        "occurred_at": row["occurred_at"],
        "actor": {"type": row["actor_type"], "id": row["actor_id"]},
        "entity_type": row["entity_type"],
        "entity_id": row["entity_id"],
        "project_id": row["project_id"],
        "payload": row["payload"],
    }


# --- the ORM reads the live tail uses (realtime/) ------------------------------------


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
    "plain",
]
