"""The org's event log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

import pydantic_core
from fastapi import APIRouter, Depends, Header, Query, Request
from starlette.responses import Response

from mission_control.auth.principals import Principal, require_tx
from mission_control.auth.scopes import Access
from mission_control.core.db import TxDep
from mission_control.core.schemas import Page
from mission_control.events import service as events
from mission_control.events.schemas import EventOut
from mission_control.realtime import sse

router = APIRouter(prefix="/api/v1/orgs/{org_slug}", tags=["events"])
Reader = Annotated[Principal, Depends(require_tx("events", Access.READ))]


async def event_filter(
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


@router.get("/events", response_model=Page[EventOut])
async def list_events(
    principal: Reader,
    tx: TxDep,
    filters: EventFilters,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: str | None = None,
    order: Literal["asc", "desc"] = "desc",
) -> Response:
    """Page through the log, newest first by default."""
    actor = principal.actor
    rows, next_cursor = await events.list_events(
        tx, filters, limit=limit, cursor=cursor, order=order, viewer=(actor.type, actor.id)
    )
    # Rows from our own table need no re-validation: serialise them straight to JSON.
    page = {"items": [events.plain(row) for row in rows], "next_cursor": next_cursor}
    return Response(pydantic_core.to_json(page), media_type="application/json")


@router.get(
    "/events/stream",
    status_code=200,
    response_class=sse.EventStreamResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "Server-Sent Events"}},
)
async def stream_events(
    request: Request,
    principal: Reader,
    filters: EventFilters,
    last_event_id: Annotated[
        str | None, Query(description="Resume after this event id (or send Last-Event-ID).")
    ] = None,
    last_event_id_header: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
) -> Response:
    """The live log as SSE: `event:` type, `id:` event id, `data:` the event JSON.

    With Last-Event-ID every later event is replayed from the log, then live ones
    follow with no gap and no duplicate; notifications arrive as `event: notification`
    frames without an id. The request's session is released before streaming starts.
    A Last-Event-ID that is not an event id is 400; too many open streams for the key
    or org, 429. A stream whose key or session ends gets a last `event: revoked` frame.
    """
    resume = sse.parse_last_event_id(last_event_id_header, last_event_id)
    return await sse.stream_response(request, principal, filters, resume)
