"""Projects: lifecycle lanes, board order (fractional keys), archive and restore."""

from __future__ import annotations

import uuid
from typing import Any

from mission_control.core import pagination
from mission_control.core.db import Conn, Record, project_limit
from mission_control.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from mission_control.core.sql import Where
from mission_control.core.types import Actor
from mission_control.events import service as events
from mission_control.projects import queries as q
from mission_control.projects.models import ARCHIVED, STAGES
from mission_control.projects.positions import place
from mission_control.projects.schemas import ProjectCreate, ProjectUpdate

LANES = (*STAGES, ARCHIVED)


class ProjectNotFound(NotFound):
    code = "project_not_found"
    message = "Project not found."


class ProjectKeyTaken(Conflict):
    code = "project_key_taken"
    message = "A project with this key already exists in the organization."


class NeighbourNotFound(Unprocessable):
    code = "neighbour_not_found"
    message = "`before`/`after` must name a card in the same lane."


class ProjectLimited(Forbidden):
    code = "project_limited"
    message = "This key is limited to certain projects and cannot create others."


class BadNeighbour(Unprocessable):
    code = "bad_neighbour"
    message = "A card cannot be placed next to itself."


def snapshot(project: Record) -> dict[str, Any]:
    return {
        "key": project["key"],
        "name": project["name"],
        "description": project["description"],
        "owner_id": project["owner_id"],
        "stage": project["stage"],
        "position": project["position"],
        "requires_approval": project["requires_approval"],
        "approvers": list(project["approvers"]),
        "lease_seconds": project["lease_seconds"],
    }


def _event(conn: Conn, project: Record, actor: Actor, type: str, payload: dict[str, Any]) -> None:
    payload = {"key": project["key"], **payload}
    events.record(conn, "project", project, actor, type, payload, project_id=project["id"])


def visible_key(conn: Conn, key: str) -> bool:
    """Whether this unit of work may see the project `key` (a key's project limit)."""
    limit = project_limit(conn)
    return limit is None or key.upper() in limit


async def get_by_key(conn: Conn, key: str, *, lock: bool = False) -> Record:
    """The org's project with `key` (RLS hides other orgs': their keys are simply not found)."""
    if not visible_key(conn, key):
        raise ProjectNotFound()
    row = await conn.fetchrow(q.BY_KEY_FOR_UPDATE if lock else q.BY_KEY, key.upper())
    if row is None:
        raise ProjectNotFound()
    return row


async def _lane_end(conn: Conn, stage: str, exclude: uuid.UUID | None = None) -> str:
    return await place(
        conn,
        end=q.LANE_END,
        following=q.LANE_NEXT,
        preceding=q.LANE_PREV,
        scope=(stage, exclude),
        before=None,
        after=None,
    )


async def create_project(
    conn: Conn, org_id: uuid.UUID, body: ProjectCreate, actor: Actor
) -> Record:
    if not visible_key(conn, body.key):
        raise ProjectLimited()
    owner_type = actor.type if actor.type in ("user", "agent") else None
    project = await conn.fetchrow(
        q.INSERT,
        org_id,
        body.key,
        body.name,
        body.description,
        owner_type,
        actor.id,
        body.stage,
        await _lane_end(conn, body.stage),
        body.requires_approval,
        body.approvers,
        body.lease_seconds,
    )
    if project is None:
        raise ProjectKeyTaken()
    _event(conn, project, actor, "project.created", {"after": snapshot(project)})
    return project


async def list_projects(
    conn: Conn,
    *,
    stage: str | None,
    include_archived: bool,
    limit: int,
    cursor: str | None,
) -> tuple[list[Record], str | None]:
    """Projects in board order: lane by lane, then position within the lane."""
    where = Where()
    keys = project_limit(conn)
    if keys is not None:
        where.add("key = ANY(?::text[])", list(keys))
    if stage is not None:
        where.add("stage = ?", stage)
    elif not include_archived:
        where.add("stage <> 'archived'")
    after = pagination.decode(cursor, (pagination.INT, pagination.TEXT, pagination.UUID))
    if after is not None:
        where.add(f"({q.LANE}, position, id) > (?, ?, ?)", *after)
    rows = await conn.fetch(q.page(where.sql, where.param(limit + 1)), *where.args)
    return pagination.page(rows, limit, lambda r: (r["lane"], r["position"], r["id"]))


def _stage_event(before: str, after: str) -> str:
    if after == ARCHIVED:
        return "project.archived"
    if before == ARCHIVED:
        return "project.restored"
    return "project.stage_changed"


async def _change_stage(
    conn: Conn, project: Record, stage: str, position: str | None, actor: Actor
) -> Record:
    archived_from = project["stage"] if stage == ARCHIVED else None
    position = position or await _lane_end(conn, stage, project["id"])
    updated = await conn.fetchrow(q.SET_STAGE, project["id"], stage, position, archived_from)
    assert updated is not None
    _event(
        conn,
        updated,
        actor,
        _stage_event(project["stage"], stage),
        {
            "before": {"stage": project["stage"], "position": project["position"]},
            "after": {"stage": stage, "position": position},
        },
    )
    return updated


async def update_project(conn: Conn, key: str, body: ProjectUpdate, actor: Actor) -> Record:
    """Apply a partial update (the fields the body sets); a stage change is its own event
    (archive/restore included)."""
    project = await get_by_key(conn, key, lock=True)
    changes = body.model_dump(include=body.model_fields_set)
    stage = changes.pop("stage", None)
    # null clears only what may be empty (the owner, the lease); elsewhere it means "unchanged".
    changes = {
        f: v for f, v in changes.items() if v is not None or f in ("owner_id", "lease_seconds")
    }
    if "owner_id" in changes:
        changes["owner_type"] = "user" if changes["owner_id"] is not None else None
    diff = {f: v for f, v in changes.items() if f in q.UPDATABLE and project[f] != v}
    if diff:
        fields = list(diff)
        updated = await conn.fetchrow(q.update(fields), project["id"], *diff.values())
        assert updated is not None
        _event(
            conn,
            updated,
            actor,
            "project.updated",
            {"before": {f: project[f] for f in fields}, "after": diff},
        )
        project = updated
    if stage is not None and stage != project["stage"]:
        project = await _change_stage(conn, project, stage, None, actor)
    return project


async def archive_project(conn: Conn, key: str, actor: Actor) -> Record:
    """Archive (DELETE): reachable from any stage, restorable with a stage via PATCH or /move."""
    project = await get_by_key(conn, key, lock=True)
    if project["stage"] != ARCHIVED:
        project = await _change_stage(conn, project, ARCHIVED, None, actor)
    return project


async def _anchor(conn: Conn, project_id: uuid.UUID | None, stage: str) -> str | None:
    if project_id is None:
        return None
    anchor = await conn.fetchrow(q.POSITION_IN_LANE, project_id, stage)
    if anchor is None or not visible_key(conn, anchor["key"]):
        raise NeighbourNotFound()
    return str(anchor["position"])


async def move_project(
    conn: Conn,
    key: str,
    *,
    before: uuid.UUID | None,
    after: uuid.UUID | None,
    stage: str | None,
    actor: Actor,
) -> Record:
    """Drop the card between neighbours (and/or in another lane): one UPDATE of one row."""
    project = await get_by_key(conn, key, lock=True)
    lane = stage or project["stage"]
    if project["id"] in (before, after):
        raise BadNeighbour()
    position = await place(
        conn,
        end=q.LANE_END,
        following=q.LANE_NEXT,
        preceding=q.LANE_PREV,
        scope=(lane, project["id"]),
        before=await _anchor(conn, before, lane),
        after=await _anchor(conn, after, lane),
    )
    if lane != project["stage"]:
        return await _change_stage(conn, project, lane, position, actor)
    updated = await conn.fetchrow(q.SET_POSITION, project["id"], position)
    assert updated is not None
    _event(
        conn,
        updated,
        actor,
        "project.moved",
        {"before": {"position": project["position"]}, "after": {"position": position}},
    )
    return updated
