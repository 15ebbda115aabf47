"""Projects: lanes, board order, archive and restore."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from mission_control.auth.principals import Principal, require
from mission_control.auth.scopes import Access
from mission_control.core.db import SessionDep
from mission_control.core.schemas import Page
from mission_control.projects import service as projects
from mission_control.projects.schemas import (
    ProjectCreate,
    ProjectMove,
    ProjectOut,
    ProjectUpdate,
    Stage,
)

router = APIRouter(prefix="/api/v1/orgs/{org_slug}/projects", tags=["projects"])
Reader = Annotated[Principal, Depends(require("projects", Access.READ))]
Writer = Annotated[Principal, Depends(require("projects", Access.WRITE))]
Limit = Annotated[int, Query(ge=1, le=200)]


@router.get("")
async def list_projects(
    principal: Reader,
    session: SessionDep,
    stage: Stage | None = None,
    include_archived: bool = False,
    limit: Limit = 50,
    cursor: str | None = None,
) -> Page[ProjectOut]:
    """Projects in board order (lane, then position); archived ones only when asked."""
    rows, next_cursor = await projects.list_projects(
        session, stage=stage, include_archived=include_archived, limit=limit, cursor=cursor
    )
    return Page(items=[ProjectOut.model_validate(p) for p in rows], next_cursor=next_cursor)


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_project(body: ProjectCreate, principal: Writer, session: SessionDep) -> ProjectOut:
    project = await projects.create_project(
        session,
        principal.org_id,
        key=body.key,
        name=body.name,
        description=body.description,
        stage=body.stage,
        requires_approval=body.requires_approval,
        approvers=body.approvers,
        actor=principal.actor,
    )
    return ProjectOut.model_validate(project)


@router.get("/{key}")
async def get_project(key: str, principal: Reader, session: SessionDep) -> ProjectOut:
    return ProjectOut.model_validate(await projects.get_by_key(session, key))


@router.patch("/{key}")
async def update_project(
    key: str, body: ProjectUpdate, principal: Writer, session: SessionDep
) -> ProjectOut:
    """Partial update; `stage` moves lanes (a stage other than archived restores)."""
    changes = body.model_dump(exclude_unset=True)
    project = await projects.update_project(session, key, changes, principal.actor)
    return ProjectOut.model_validate(project)


@router.delete("/{key}")
async def archive_project(key: str, principal: Writer, session: SessionDep) -> ProjectOut:
    """Archive the project (restorable with PATCH or /move and a stage)."""
    return ProjectOut.model_validate(await projects.archive_project(session, key, principal.actor))


@router.post("/{key}/move")
async def move_project(
    key: str, body: ProjectMove, principal: Writer, session: SessionDep
) -> ProjectOut:
    """Place the card after `after` / before `before`, optionally in lane `stage`."""
    project = await projects.move_project(
        session,
        key,
        before=body.before,
        after=body.after,
        stage=body.stage,
        actor=principal.actor,
    )
    return ProjectOut.model_validate(project)
