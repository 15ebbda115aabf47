"""Projects: lanes, board order, archive and restore."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from mission_control.auth.principals import Principal, require_tx
from mission_control.auth.scopes import Access
from mission_control.core.db import Record, TxDep
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
Reader = Annotated[Principal, Depends(require_tx("projects", Access.READ))]
Writer = Annotated[Principal, Depends(require_tx("projects", Access.WRITE))]
Creator = Annotated[Principal, Depends(require_tx("projects", Access.WRITE, creates=True))]
Limit = Annotated[int, Query(ge=1, le=200)]


def _out(row: Record) -> ProjectOut:
    return ProjectOut.model_validate(dict(row))


@router.get("")
async def list_projects(
    principal: Reader,
    tx: TxDep,
    stage: Stage | None = None,
    include_archived: bool = False,
    limit: Limit = 50,
    cursor: str | None = None,
) -> Page[ProjectOut]:
    """Projects in board order (lane, then position); archived ones only when asked."""
    rows, next_cursor = await projects.list_projects(
        tx, stage=stage, include_archived=include_archived, limit=limit, cursor=cursor
    )
    return Page(items=[_out(p) for p in rows], next_cursor=next_cursor)


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_project(body: ProjectCreate, principal: Creator, tx: TxDep) -> ProjectOut:
    project = await projects.create_project(tx, principal.org_id, body, principal.actor)
    return _out(project)


@router.get("/{key}")
async def get_project(key: str, principal: Reader, tx: TxDep) -> ProjectOut:
    return _out(await projects.get_by_key(tx, key))


@router.patch("/{key}")
async def update_project(key: str, body: ProjectUpdate, principal: Writer, tx: TxDep) -> ProjectOut:
    """Partial update; `stage` moves lanes (a stage other than archived restores)."""
    return _out(await projects.update_project(tx, key, body, principal.actor))


@router.delete("/{key}")
async def archive_project(key: str, principal: Writer, tx: TxDep) -> ProjectOut:
    """Archive the project (restorable with PATCH or /move and a stage)."""
    return _out(await projects.archive_project(tx, key, principal.actor))


@router.post("/{key}/move")
async def move_project(key: str, body: ProjectMove, principal: Writer, tx: TxDep) -> ProjectOut:
    """Place the card after `after` / before `before`, optionally in lane `stage`."""
    project = await projects.move_project(
        tx, key, before=body.before, after=body.after, stage=body.stage, actor=principal.actor
    )
    return _out(project)
