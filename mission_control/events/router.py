"""The org's event log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from mission_control.auth.principals import can
from mission_control.auth.scopes import Access
from mission_control.core.db import SessionDep
from mission_control.core.schemas import Page
from mission_control.events import service as events
from mission_control.events.schemas import EventOut

router = APIRouter(prefix="/api/v1/orgs/{org_slug}", tags=["events"])
Reader = can("events", Access.READ)


def event_filter(
    type: Annotated[
        list[str] | None, Query(description="Event types; `task.*` matches a domain.")
    ] = None,
    entity_type: str | None = None,
    entity_id: uuid.UUID | None = None,
    project_id: uuid.UUID | None = None,
    actor_id: uuid.UUID | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> events.EventFilter:
    """Query parameters shared by the list and the stream (repeat or comma-separate `type`)."""
    types = [t.strip() for group in type or [] for t in group.split(",") if t.strip()]
    return events.EventFilter(
        types=types,
        entity_type=entity_type,
        entity_id=entity_id,
        project_id=project_id,
        actor_id=actor_id,
        since=since,
        until=until,
    )


EventFilters = Annotated[events.EventFilter, Depends(event_filter)]


@router.get("/events")
async def list_events(
    principal: Reader,
    session: SessionDep,
    filters: EventFilters,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: str | None = None,
    order: Literal["asc", "desc"] = "desc",
) -> Page[EventOut]:
    """Page through the log, newest first by default."""
    rows, next_cursor = await events.list_events(
        session, filters, limit=limit, cursor=cursor, order=order
    )
    return Page(items=[EventOut.of(e) for e in rows], next_cursor=next_cursor)
