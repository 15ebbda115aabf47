"""Projects: lifecycle lanes, board order (fractional keys), archive and restore."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.core.cursor import InvalidCursor, decode_cursor, encode_cursor
from mission_control.core.db import project_limit
from mission_control.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events
from mission_control.projects.models import ARCHIVED, STAGES, Project, TaskCounter
from mission_control.projects.positions import key_between


class ProjectNotFound(NotFound):
    code = "project_not_found"
    message = "Project not found."


class ProjectKeyTaken(Conflict):
    code = "project_key_taken"
    message = "A project with this key already exists in the organization."


class NeighbourNotFound(Unprocessable):
    code = "neighbour_not_found"
    message = "`before`/`after` must name a card in the same lane."


def snapshot(project: Project) -> dict[str, Any]:
    return {
        "key": project.key,
        "name": project.name,
        "description": project.description,
        "owner_id": str(project.owner_id) if project.owner_id else None,
        "stage": project.stage,
        "position": project.position,
        "requires_approval": project.requires_approval,
        "approvers": [str(a) for a in project.approvers],
    }


def _event(
    session: AsyncSession, project: Project, actor: Actor, type: str, payload: dict[str, Any]
) -> None:
    events.append(
        session,
        org_id=project.org_id,
        actor=actor,
        type=type,
        entity_type="project",
        entity_id=project.id,
        project_id=project.id,
        payload={"key": project.key, **payload},
    )


async def _lane_end(session: AsyncSession, stage: str) -> str:
    last = await session.scalar(
        select(func.max(Project.position.collate("C"))).where(Project.stage == stage)
    )
    return key_between(last, None)


async def create_project(
    session: AsyncSession,
    org_id: uuid.UUID,
    *,
    key: str,
    name: str,
    description: str,
    stage: str,
    requires_approval: bool,
    approvers: list[uuid.UUID],
    actor: Actor,
) -> Project:
    limit = project_limit(session)
    if limit is not None and key.upper() not in limit:
        raise Forbidden(
            "This key is limited to certain projects and cannot create others.",
            code="project_limited",
        )
    project = Project(
        org_id=org_id,
        key=key,
        name=name,
        description=description,
        owner_type=actor.type if actor.type in ("user", "agent") else None,
        owner_id=actor.id,
        stage=stage,
        archived_at=utcnow() if stage == ARCHIVED else None,
        position=await _lane_end(session, stage),
        requires_approval=requires_approval,
        approvers=approvers,
    )
    session.add(project)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:
        raise ProjectKeyTaken() from exc
    session.add(TaskCounter(project_id=project.id, org_id=org_id, last_number=0))
    await session.flush()
    await session.refresh(project)
    _event(session, project, actor, "project.created", {"after": snapshot(project)})
    return project


def within_limit[Q: Select[Any]](query: Q, session: AsyncSession) -> Q:
    """Keep `query` (which has Project in its FROM) inside a key's project limit, if any."""
    limit = project_limit(session)
    return query if limit is None else query.where(Project.key.in_(limit))


async def get_by_key(session: AsyncSession, key: str, *, lock: bool = False) -> Project:
    """The org's project with `key` (RLS hides other orgs': their keys are simply not found)."""
    query = within_limit(select(Project).where(Project.key == key.upper()), session)
    if lock:
        query = query.with_for_update()
    project = (await session.scalars(query)).first()
    if project is None:
        raise ProjectNotFound()
    return project


async def list_projects(
    session: AsyncSession,
    *,
    stage: str | None,
    include_archived: bool,
    limit: int,
    cursor: str | None,
) -> tuple[list[Project], str | None]:
    """Projects in board order: lane by lane, then position within the lane."""
    lane_order = {s: i for i, s in enumerate((*STAGES, ARCHIVED))}
    lane = func.array_position(list(lane_order), Project.stage)
    query = within_limit(select(Project), session)
    if stage is not None:
        query = query.where(Project.stage == stage)
    elif not include_archived:
        query = query.where(Project.stage != ARCHIVED)
    if cursor is not None:
        after = decode_cursor(cursor, {"l": int, "p": str, "id": str})
        try:
            after_id = uuid.UUID(after["id"])
        except ValueError as exc:
            raise InvalidCursor() from exc
        query = query.where(
            tuple_(lane, Project.position.collate("C"), Project.id)
            > tuple_(after["l"], after["p"], after_id)
        )
    query = query.order_by(lane, Project.position.collate("C"), Project.id).limit(limit + 1)
    rows = list((await session.scalars(query)).all())
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor(
            {"l": lane_order[last.stage] + 1, "p": last.position, "id": str(last.id)}
        )
    return rows[:limit], next_cursor


def _stage_event(project: Project, before: str, after: str) -> str:
    if after == ARCHIVED:
        return "project.archived"
    if before == ARCHIVED:
        return "project.restored"
    return "project.stage_changed"


async def _change_stage(
    session: AsyncSession, project: Project, stage: str, position: str | None, actor: Actor
) -> None:
    before = {"stage": project.stage, "position": project.position}
    if stage == ARCHIVED:
        project.archived_from, project.archived_at = project.stage, utcnow()
    else:
        project.archived_from, project.archived_at = None, None
    project.position = position or await _lane_end(session, stage)
    type_ = _stage_event(project, project.stage, stage)
    project.stage = stage
    project.updated_at = utcnow()
    await session.flush()
    _event(
        session,
        project,
        actor,
        type_,
        {"before": before, "after": {"stage": stage, "position": project.position}},
    )


async def update_project(
    session: AsyncSession, key: str, changes: dict[str, Any], actor: Actor
) -> Project:
    """Apply a partial update; a stage change is its own event (archive/restore included)."""
    project = await get_by_key(session, key, lock=True)
    stage = changes.pop("stage", None)
    # null clears only what may be empty (the owner); elsewhere it means "unchanged".
    changes = {f: v for f, v in changes.items() if v is not None or f == "owner_id"}
    if "owner_id" in changes:
        changes["owner_type"] = "user" if changes["owner_id"] is not None else None
    current = {field: getattr(project, field) for field in changes}
    diff = {f: v for f, v in changes.items() if current[f] != v}
    if diff:
        for field, value in diff.items():
            setattr(project, field, value)
        project.updated_at = utcnow()
        await session.flush()
        _event(
            session,
            project,
            actor,
            "project.updated",
            {
                "before": _jsonable({f: current[f] for f in diff}),
                "after": _jsonable(diff),
            },
        )
    if stage is not None and stage != project.stage:
        await _change_stage(session, project, stage, None, actor)
    return project


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    def one(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return str(value)
        if isinstance(value, list):
            return [one(v) for v in value]
        return value

    return {k: one(v) for k, v in values.items()}


async def archive_project(session: AsyncSession, key: str, actor: Actor) -> Project:
    """Archive (DELETE): reachable from any stage, restorable with a stage via PATCH or /move."""
    project = await get_by_key(session, key, lock=True)
    if project.stage != ARCHIVED:
        await _change_stage(session, project, ARCHIVED, None, actor)
    return project


async def position_between(
    session: AsyncSession,
    column: Any,
    scope: list[Any],
    *,
    before: str | None,
    after: str | None,
) -> str:
    """A key after `after` and before `before` in one lane/column, using real neighbours.

    `before`/`after` are the positions of the client's anchor cards; the other
    side is read from the database, so ties or a stale client never produce a
    key outside the gap. Both given and consistent: the gap between them.
    """
    c = column.collate("C")
    if after is not None and before is not None and after < before:
        return key_between(after, before)
    if after is not None:
        upper = await session.scalar(select(func.min(c)).where(*scope, c > after))
        return key_between(after, upper)
    if before is not None:
        lower = await session.scalar(select(func.max(c)).where(*scope, c < before))
        return key_between(lower, before)
    last = await session.scalar(select(func.max(c)).where(*scope))
    return key_between(last, None)


async def _anchor(session: AsyncSession, project_id: uuid.UUID | None, stage: str) -> str | None:
    if project_id is None:
        return None
    position = await session.scalar(
        select(Project.position).where(Project.id == project_id, Project.stage == stage)
    )
    if position is None:
        raise NeighbourNotFound()
    return position


async def move_project(
    session: AsyncSession,
    key: str,
    *,
    before: uuid.UUID | None,
    after: uuid.UUID | None,
    stage: str | None,
    actor: Actor,
) -> Project:
    """Drop the card between neighbours (and/or in another lane): one UPDATE of one row."""
    project = await get_by_key(session, key, lock=True)
    lane = stage or project.stage
    if project.id in (before, after):
        raise Unprocessable("A card cannot be placed next to itself.", code="bad_neighbour")
    position = await position_between(
        session,
        Project.position,
        [Project.stage == lane, Project.id != project.id],
        before=await _anchor(session, before, lane),
        after=await _anchor(session, after, lane),
    )
    if lane != project.stage:
        await _change_stage(session, project, lane, position, actor)
        return project
    before_pos = project.position
    project.position = position
    project.updated_at = utcnow()
    await session.flush()
    _event(
        session,
        project,
        actor,
        "project.moved",
        {"before": {"position": before_pos}, "after": {"position": position}},
    )
    return project
