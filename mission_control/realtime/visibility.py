"""Who may see which event: the one rule the event list, the live stream and webhooks share.

Every event of an org is visible to every reader of that org, except the
messages of a private channel, which only its members see. An event is such a
message when its payload carries `channel_id` and `channel_visibility: "private"`.
Membership is read from the chat domain's `channel_members` table.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth.principals import Principal
from mission_control.core.db import Database

PROJECT_IDS = "SELECT id FROM projects WHERE key = ANY($1::text[])"


@dataclass(frozen=True, slots=True)
class Viewer:
    """The reader an event is checked against (a user or an agent of the org)."""

    type: str
    id: uuid.UUID | None


def viewer_of(principal: Principal) -> Viewer:
    """The viewer a principal reads as (its user, or its agent)."""
    actor = principal.actor
    return Viewer(actor.type, actor.id)


async def limited_project_ids(db: Database, principal: Principal) -> frozenset[uuid.UUID] | None:
    """The ids of the projects a project-limited key may see (None: every project), for
    live filters that match an event's project_id."""
    if principal.project_keys is None:
        return None
    async with db.tx(principal.org_id) as tx:
        rows = await tx.fetch(PROJECT_IDS, list(principal.project_keys))
    return frozenset(row["id"] for row in rows)


class HasPayload(Protocol):
    @property
    def payload(self) -> dict[str, Any]: ...


async def _member_channels(
    session: AsyncSession, viewer: Viewer, channel_ids: set[uuid.UUID]
) -> set[uuid.UUID]:
    """Which of these channels the viewer is a member of."""
    if viewer.id is None or not channel_ids:
        return set()
    rows = await session.execute(
        text(
            "SELECT channel_id FROM channel_members"
            " WHERE channel_id = ANY(:ids) AND member_type = :type AND member_id = :id"
        ),
        {"ids": list(channel_ids), "type": viewer.type, "id": viewer.id},
    )
    return {row[0] for row in rows}


async def members_among(
    session: AsyncSession, channel_id: uuid.UUID, viewers: set[Viewer]
) -> frozenset[Viewer]:
    """Which of these viewers are members of the channel (one query for them all)."""
    if not viewers:
        return frozenset()
    rows = await session.execute(
        text("SELECT member_type, member_id FROM channel_members WHERE channel_id = :id"),
        {"id": channel_id},
    )
    return frozenset(viewers & {Viewer(row[0], row[1]) for row in rows})


def private_channel(payload: dict[str, Any]) -> uuid.UUID | None:
    """The private channel an event belongs to, or None when the event is org-visible."""
    if payload.get("channel_visibility") != "private":
        return None
    raw = payload.get("channel_id")
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        return uuid.UUID(int=0)  # malformed: treat as a channel nobody is a member of


async def visible[E: HasPayload](
    session: AsyncSession, viewer: Viewer, events: Sequence[E]
) -> list[E]:
    """The events of `events` that `viewer` may see, in the same order."""
    channels = {c for c in (private_channel(e.payload) for e in events) if c is not None}
    if not channels:
        return list(events)
    allowed = await _member_channels(session, viewer, channels)
    return [e for e in events if _allowed(e.payload, allowed)]


def _allowed(payload: dict[str, Any], allowed: Iterable[uuid.UUID]) -> bool:
    channel = private_channel(payload)
    return channel is None or channel in allowed
