"""Who may see which event: the one rule the event list, the live stream and webhooks share.

Every event of an org is visible to every reader of that org, except the
messages of a private channel, which only its members see. An event is such a
message when its payload carries `channel_id` and `channel_visibility: "private"`.
The chat domain answers "which of these channels is the viewer in?" by
registering a membership lookup with `set_channel_membership`; until it does,
a default lookup reads a `channel_members` table if one exists.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth.principals import Principal


@dataclass(frozen=True, slots=True)
class Viewer:
    """The reader an event is checked against (a user or an agent of the org)."""

    type: str
    id: uuid.UUID | None


def viewer_of(principal: Principal) -> Viewer:
    """The viewer a principal reads as (its user, or its agent)."""
    actor = principal.actor
    return Viewer(actor.type, actor.id)


class HasPayload(Protocol):
    @property
    def payload(self) -> dict[str, Any]: ...


MembershipLookup = Callable[[AsyncSession, Viewer, set[uuid.UUID]], Awaitable[set[uuid.UUID]]]


async def _default_membership(
    session: AsyncSession, viewer: Viewer, channel_ids: set[uuid.UUID]
) -> set[uuid.UUID]:
    if viewer.id is None or not channel_ids:
        return set()
    exists = await session.scalar(text("SELECT to_regclass('channel_members') IS NOT NULL"))
    if not exists:
        return set()
    rows = await session.execute(
        text(
            "SELECT channel_id FROM channel_members"
            " WHERE channel_id = ANY(:ids) AND member_type = :type AND member_id = :id"
        ),
        {"ids": list(channel_ids), "type": viewer.type, "id": viewer.id},
    )
    return {row[0] for row in rows}


_membership: MembershipLookup = _default_membership


def set_channel_membership(lookup: MembershipLookup) -> None:
    """Let the chat domain answer which private channels a viewer belongs to."""
    global _membership
    _membership = lookup


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
    allowed = await _membership(session, viewer, channels)
    return [e for e in events if _allowed(e.payload, allowed)]


def _allowed(payload: dict[str, Any], allowed: Iterable[uuid.UUID]) -> bool:
    channel = private_channel(payload)
    return channel is None or channel in allowed
