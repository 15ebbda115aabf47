"""Subscriptions and the in-app tray; the event consumer that turns events into notifications.

Notifications are never made in the request that changed something: the
consumer reads the event log after its commit (a per-org cursor row, locked
while it runs, so two workers never read the same events twice) and writes
notifications and webhook deliveries in one transaction with the cursor.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth import policy
from mission_control.core import pagination
from mission_control.core.db import conn_of, project_limit
from mission_control.core.errors import NotFound, Unprocessable
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events
from mission_control.events.models import Event
from mission_control.events.schemas import EventOut
from mission_control.notifications import webhooks
from mission_control.notifications.models import EventConsumer, Notification, Subscription
from mission_control.realtime.visibility import private_channel

CONSUMER = "notifications"
BATCH = 500
TASK_REF = re.compile(r"^([A-Za-z][A-Za-z0-9]{1,9})-([1-9][0-9]{0,8})$")  # as tasks.service.REF


class SubscriptionNotFound(NotFound):
    code = "subscription_not_found"
    message = "Subscription not found."


class NotificationNotFound(NotFound):
    code = "notification_not_found"
    message = "Notification not found."


class TargetNotFound(NotFound):
    code = "target_not_found"
    message = "The project, task or channel to subscribe to was not found."


PROJECT_BY_ID = "SELECT id, key FROM projects WHERE id = $1"
PROJECT_BY_KEY = "SELECT id, key FROM projects WHERE key = $1"
TASK_BY_ID = (
    "SELECT t.id, p.key FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.id = $1"
)
TASK_BY_REF = (
    "SELECT t.id, p.key FROM tasks t JOIN projects p ON p.id = t.project_id"
    " WHERE p.key = $1 AND t.number = $2"
)


class InvalidTaskRef(Unprocessable):
    code = "invalid_task_ref"
    message = "A task is a ref like MC-7 or an id."


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


async def resolve_target(
    session: AsyncSession, *, project: str | None, task: str | None, channel: uuid.UUID | None
) -> tuple[str, uuid.UUID]:
    """(target_type, id) for a project key or id, a task ref (`MC-7`) or id, or a channel id;
    another org's, or (for a key limited to projects) another project's, is not found."""
    conn = conn_of(session)
    if project is not None:
        ident = _as_uuid(project)
        if ident is not None:
            row = await conn.fetchrow(PROJECT_BY_ID, ident)
        else:
            row = await conn.fetchrow(PROJECT_BY_KEY, project.upper())
        if row is None or not policy.visible_project(conn, row["key"]):
            raise TargetNotFound("Project not found.")
        return "project", row["id"]
    if task is not None:
        ident = _as_uuid(task)
        if ident is not None:
            row = await conn.fetchrow(TASK_BY_ID, ident)
        else:
            match = TASK_REF.match(task)
            if match is None:
                raise InvalidTaskRef()
            row = await conn.fetchrow(TASK_BY_REF, match.group(1).upper(), int(match.group(2)))
        if row is None or not policy.visible_project(conn, row["key"]):
            raise TargetNotFound("Task not found.")
        return "task", row["id"]
    assert channel is not None
    if await conn.fetchval("SELECT to_regclass('channels') IS NOT NULL"):
        found = await conn.fetchval("SELECT id FROM channels WHERE id = $1", channel)
        if found is None or not policy.visible_project(conn, None):
            raise TargetNotFound("Channel not found.")
    return "channel", channel


async def subscribe(
    session: AsyncSession,
    *,
    org_id: uuid.UUID,
    subscriber: Actor,
    target_type: str,
    target_id: uuid.UUID,
    event_types: list[str] | None = None,
    reason: str = "manual",
) -> Subscription:
    """Subscribe a user or agent to a project, task or channel (idempotent).

    Other domains call this for mentions (`reason="mention"`) and assignments
    (`reason="assignment"`); an automatic subscription never narrows a manual one.
    """
    assert subscriber.id is not None
    assert subscriber.type in ("user", "agent")
    values = {
        "org_id": org_id,
        "subscriber_type": subscriber.type,
        "subscriber_id": subscriber.id,
        "target_type": target_type,
        "target_id": target_id,
        "event_types": event_types,
        "reason": reason,
    }
    statement = insert(Subscription).values(**values)
    if reason == "manual":
        statement = statement.on_conflict_do_update(
            index_elements=[
                "org_id",
                "subscriber_type",
                "subscriber_id",
                "target_type",
                "target_id",
            ],
            set_={"event_types": event_types, "reason": "manual"},
        )
    else:
        statement = statement.on_conflict_do_nothing()
    await session.execute(statement)
    found = await session.scalar(
        select(Subscription).where(
            Subscription.org_id == org_id,
            Subscription.subscriber_type == subscriber.type,
            Subscription.subscriber_id == subscriber.id,
            Subscription.target_type == target_type,
            Subscription.target_id == target_id,
        )
    )
    assert found is not None
    return found


async def list_subscriptions(
    session: AsyncSession, subscriber: Actor, *, limit: int, cursor: str | None
) -> tuple[list[Subscription], str | None]:
    query = select(Subscription).where(
        Subscription.subscriber_type == subscriber.type,
        Subscription.subscriber_id == subscriber.id,
    )
    after = pagination.decode(cursor, (pagination.UUID,))
    if after is not None:
        query = query.where(Subscription.id > after[0])
    rows = list((await session.scalars(query.order_by(Subscription.id).limit(limit + 1))).all())
    return pagination.page(rows, limit, lambda r: (r.id,))


async def unsubscribe(session: AsyncSession, subscriber: Actor, subscription_id: uuid.UUID) -> None:
    row = await session.scalar(
        select(Subscription).where(
            Subscription.id == subscription_id,
            Subscription.subscriber_type == subscriber.type,
            Subscription.subscriber_id == subscriber.id,
        )
    )
    if row is None:
        raise SubscriptionNotFound()
    await session.delete(row)


def _mine(session: AsyncSession, recipient: Actor) -> Any:
    """The recipient's notifications (for a key limited to projects, of those projects only)."""
    mine = (Notification.recipient_type == recipient.type) & (
        Notification.recipient_id == recipient.id
    )
    keys = project_limit(session)
    if keys is None:
        return mine
    visible = text(
        "(notifications.event->>'project_id')::uuid IN"
        " (SELECT id FROM projects WHERE key = ANY(:limit_keys))"
    ).bindparams(limit_keys=list(keys))
    return mine & visible


async def list_notifications(
    session: AsyncSession, recipient: Actor, *, unread: bool, limit: int, cursor: str | None
) -> tuple[list[Notification], str | None]:
    """The recipient's tray, newest first."""
    query = select(Notification).where(_mine(session, recipient))
    if unread:
        query = query.where(Notification.read_at.is_(None))
    after = pagination.decode(cursor, (pagination.INT,))
    if after is not None:
        query = query.where(Notification.id < after[0])
    rows = list(
        (await session.scalars(query.order_by(Notification.id.desc()).limit(limit + 1))).all()
    )
    return pagination.page(rows, limit, lambda r: (r.id,))


async def unread_count(session: AsyncSession, recipient: Actor) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(Notification)
            .where(_mine(session, recipient), Notification.read_at.is_(None))
        )
        or 0
    )


async def mark_read(session: AsyncSession, recipient: Actor, notification_id: int) -> Notification:
    row = await session.scalar(
        select(Notification).where(_mine(session, recipient), Notification.id == notification_id)
    )
    if row is None:
        raise NotificationNotFound()
    if row.read_at is None:
        row.read_at = utcnow()
        await session.flush()
    return row


async def mark_all_read(session: AsyncSession, recipient: Actor) -> int:
    result = await session.execute(
        update(Notification)
        .where(_mine(session, recipient), Notification.read_at.is_(None))
        .values(read_at=utcnow())
    )
    return int(getattr(result, "rowcount", 0) or 0)


# --- the consumer -------------------------------------------------------------------------


def type_matches(patterns: Iterable[str] | None, type_: str) -> bool:
    """Whether an event type matches an optional list of patterns (`task.*`, `*`, exact)."""
    if not patterns:
        return True
    for pattern in patterns:
        if pattern == "*" or pattern == type_:
            return True
        if pattern.endswith(".*") and type_.startswith(pattern[:-1]):
            return True
    return False


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def targets_of(event: Event) -> list[tuple[str, uuid.UUID]]:
    """The subscribable things an event is about."""
    found: list[tuple[str, uuid.UUID]] = []
    payload = event.payload or {}
    if event.project_id is not None:
        found.append(("project", event.project_id))
    if event.entity_id is not None and event.entity_type in ("project", "task", "channel"):
        found.append((event.entity_type, event.entity_id))
    for key, kind in (("task_id", "task"), ("channel_id", "channel"), ("project_id", "project")):
        ident = _uuid(payload.get(key))
        if ident is not None:
            found.append((kind, ident))
    return list(dict.fromkeys(found))


def _assignee(event: Event) -> Actor | None:
    after = (event.payload or {}).get("after") or {}
    kind, ident = after.get("assignee_type"), _uuid(after.get("assignee_id"))
    if kind in ("user", "agent") and ident is not None:
        return Actor(kind, ident)
    return None


def _parent(event: Event) -> Actor | None:
    """The parent agent of a sub-agent lifecycle event: it hears about its sub-agents."""
    if not event.type.startswith("subagent."):
        return None
    ident = _uuid((event.payload or {}).get("parent_id"))
    return Actor("agent", ident) if ident is not None else None


def _mentions(event: Event) -> list[Actor]:
    found = []
    for item in (event.payload or {}).get("mentions") or []:
        if isinstance(item, dict) and item.get("type") in ("user", "agent"):
            ident = _uuid(item.get("id"))
            if ident is not None:
                found.append(Actor(str(item["type"]), ident))
    return found


@dataclass
class ConsumeResult:
    events: int = 0
    notifications: int = 0
    deliveries: list[uuid.UUID] = field(default_factory=list)
    more: bool = False


async def consume(session: AsyncSession, org_id: uuid.UUID) -> ConsumeResult:
    """Turn the org's next batch of events into notifications and webhook deliveries."""
    result = ConsumeResult()
    await session.execute(
        insert(EventConsumer)
        .values(org_id=org_id, name=CONSUMER, last_event_id=0)
        .on_conflict_do_nothing()
    )
    cursor_row = await session.scalar(
        select(EventConsumer)
        .where(EventConsumer.org_id == org_id, EventConsumer.name == CONSUMER)
        .with_for_update()
    )
    assert cursor_row is not None
    rows = await events.events_after(session, events.EventFilter(), cursor_row.last_event_id, BATCH)
    if not rows:
        return result
    result.events = len(rows)
    result.more = len(rows) == BATCH

    # Automatic subscriptions first, so the event that caused one also notifies.
    for event in rows:
        assignee = _assignee(event) if event.type == "task.assigned" else None
        if assignee is not None and event.entity_id is not None:
            await subscribe(
                session,
                org_id=org_id,
                subscriber=assignee,
                target_type="task",
                target_id=event.entity_id,
                reason="assignment",
            )
        for mentioned in _mentions(event):
            for kind, ident in targets_of(event):
                if kind in ("task", "channel"):
                    await subscribe(
                        session,
                        org_id=org_id,
                        subscriber=mentioned,
                        target_type=kind,
                        target_id=ident,
                        reason="mention",
                    )

    wanted = {ident for event in rows for _, ident in targets_of(event)}
    by_target: dict[tuple[str, uuid.UUID], list[Subscription]] = defaultdict(list)
    if wanted:
        subs = await session.scalars(select(Subscription).where(Subscription.target_id.in_(wanted)))
        for sub in subs:
            by_target[(sub.target_type, sub.target_id)].append(sub)
    hooks = await webhooks.active_webhooks(session)

    notes: list[dict[str, Any]] = []
    for event in rows:
        shown = EventOut.of(event)
        body = shown.model_dump(mode="json")
        recipients: dict[tuple[str, uuid.UUID], str] = {}
        for mentioned in _mentions(event):
            assert mentioned.id is not None
            recipients[(mentioned.type, mentioned.id)] = "mention"
        parent = _parent(event)
        if parent is not None and parent.id is not None:
            recipients.setdefault((parent.type, parent.id), "subagent")
        for target in targets_of(event):
            for sub in by_target.get(target, []):
                if type_matches(sub.event_types, event.type):
                    recipients.setdefault((sub.subscriber_type, sub.subscriber_id), sub.reason)
        channel = private_channel(event.payload or {})
        if channel is not None and recipients:
            # A private channel's events notify only its members (whatever they follow).
            inside = await session.execute(
                text("SELECT member_type, member_id FROM channel_members WHERE channel_id = :c"),
                {"c": channel},
            )
            members = {(row[0], row[1]) for row in inside}
            recipients = {k: v for k, v in recipients.items() if k in members}
        actor = (event.actor_type, event.actor_id)
        for (kind, ident), reason in recipients.items():
            if (kind, ident) == actor:
                continue  # nobody is notified of their own change
            notes.append(
                {
                    "org_id": org_id,
                    "recipient_type": kind,
                    "recipient_id": ident,
                    "event_id": event.id,
                    "event": body,
                    "reason": reason,
                    # The moment the row is written (the transaction's now() is older),
                    # so commit-to-notification lag is measurable (bench/bench_consumer.py).
                    "created_at": func.clock_timestamp(),
                }
            )
        agents_notified = {ident for (kind, ident) in recipients if kind == "agent"}
        result.deliveries.extend(
            await webhooks.queue_deliveries(session, hooks, event, body, agents_notified)
        )
    if notes:
        await session.execute(insert(Notification).values(notes).on_conflict_do_nothing())
        result.notifications = len(notes)
    cursor_row.last_event_id = rows[-1].id
    cursor_row.updated_at = utcnow()
    await session.flush()
    return result


async def notifications_after(
    session: AsyncSession, after_id: int, limit: int = 1000
) -> list[Notification]:
    query = select(Notification).where(Notification.id > after_id).order_by(Notification.id)
    return list((await session.scalars(query.limit(limit))).all())


async def latest_notification_id(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.coalesce(func.max(Notification.id), 0))) or 0)
