"""The status workflow: transitions, automatic blocking, and Kanban moves."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.core.errors import Unprocessable
from mission_control.core.types import Actor, utcnow
from mission_control.projects import service as projects
from mission_control.tasks import approvals
from mission_control.tasks.models import Approval, Task, TaskDependency
from mission_control.tasks.service import (
    AUTO_BLOCKABLE,
    NEEDS_DEPENDENCIES_DONE,
    TRANSITIONS,
    DependenciesOpen,
    TransitionNotAllowed,
    _check_version,
    _column_end,
    _event,
    _open_blockers,
    _with_project,
    get_task,
)

# --- the status workflow ---------------------------------------------------------


async def _set_status(
    session: AsyncSession,
    task: Task,
    status: str,
    actor: Actor,
    *,
    event: str = "task.status_changed",
    blocked_reason: str | None = None,
    extra: dict[str, Any] | None = None,
) -> None:
    """Move a locked task to `status` (end of that column) and cascade to dependants."""
    previous = task.status
    before = {"status": previous, "position": task.position}
    task.status = status
    task.blocked_reason = blocked_reason if status == "blocked" else None
    task.position = await _column_end(session, task.project_id, status)
    if status != "in_progress":
        task.claimed_at = task.lease_expires_at = None
    task.version += 1
    task.updated_at = utcnow()
    await session.flush()
    _event(
        session,
        task,
        actor,
        event,
        {
            "before": before,
            "after": {"status": status, "position": task.position},
            "version": task.version,
            **(extra or {}),
        },
    )
    if status == "done":
        await _unblock_dependants(session, task, actor)
    elif previous == "done":
        await _block_dependants(session, task, actor)


async def _dependants(session: AsyncSession, task: Task, *conditions: Any) -> list[Task]:
    query = (
        _with_project(select(Task))
        .join(TaskDependency, TaskDependency.task_id == Task.id)
        .where(TaskDependency.depends_on_id == task.id, *conditions)
        .order_by(Task.id)
        .with_for_update(of=Task)
        .execution_options(populate_existing=True)
    )
    return list((await session.scalars(query)).all())


async def _unblock_dependants(session: AsyncSession, done: Task, actor: Actor) -> None:
    # Each dependant is locked before its blockers are counted: two blockers
    # finishing at once queue on the dependant, and the second one sees the
    # first one's commit, so the last to finish always unblocks.
    dependants = await _dependants(
        session, done, Task.status == "blocked", Task.blocked_reason == "dependency"
    )
    for dependant in dependants:
        if not await _open_blockers(session, dependant.id):
            await _set_status(
                session, dependant, "todo", actor, event="task.unblocked", extra={"by": done.ref}
            )


async def _block(session: AsyncSession, task: Task, blocker: Task, actor: Actor) -> None:
    await _set_status(
        session,
        task,
        "blocked",
        actor,
        event="task.blocked",
        blocked_reason="dependency",
        extra={"by": blocker.ref},
    )


async def _block_dependants(session: AsyncSession, reopened: Task, actor: Actor) -> None:
    for dependant in await _dependants(session, reopened, Task.status.in_(AUTO_BLOCKABLE)):
        await _block(session, dependant, reopened, actor)


async def transition_task(
    session: AsyncSession,
    ref: str,
    status: str,
    *,
    expected_version: int | None,
    actor: Actor,
) -> tuple[Task, Approval | None]:
    """Move a task along the workflow; `done` under approval parks it in review instead."""
    task = await get_task(session, ref, lock=True)
    _check_version(task, expected_version)
    approval = await _apply_status(session, task, status, actor)
    return task, approval


async def _apply_status(
    session: AsyncSession, task: Task, status: str, actor: Actor
) -> Approval | None:
    if status == task.status:
        return None
    allowed = TRANSITIONS[task.status]
    if status not in allowed:
        raise TransitionNotAllowed(
            f"A task cannot move from {task.status} to {status}.",
            details={"from": task.status, "to": status, "allowed": sorted(allowed)},
        )
    if status in NEEDS_DEPENDENCIES_DONE or status == "todo":
        blockers = await _open_blockers(session, task.id)
        if blockers:
            if status == "todo" and task.status != "blocked":
                # Planned work with an open dependency waits in blocked.
                await _block(session, task, blockers[0], actor)
                return None
            raise DependenciesOpen(
                f"{task.ref} depends on unfinished tasks.",
                details={"open_dependencies": [b.ref for b in blockers]},
            )
    if status == "done" and task.project.requires_approval:
        return await approvals._request_approval(session, task, actor)
    await _set_status(
        session, task, status, actor, blocked_reason="manual" if status == "blocked" else None
    )
    return None


# --- Kanban moves ----------------------------------------------------------------------


async def _task_anchor(
    session: AsyncSession, task: Task, anchor: uuid.UUID | None, status: str
) -> str | None:
    if anchor is None:
        return None
    if anchor == task.id:
        raise Unprocessable("A card cannot be placed next to itself.", code="bad_neighbour")
    position = await session.scalar(
        select(Task.position).where(
            Task.id == anchor, Task.project_id == task.project_id, Task.status == status
        )
    )
    if position is None:
        raise projects.NeighbourNotFound()
    return position


async def move_task(
    session: AsyncSession,
    ref: str,
    *,
    before: uuid.UUID | None,
    after: uuid.UUID | None,
    status: str | None,
    actor: Actor,
) -> tuple[Task, Approval | None]:
    """Drop a card between neighbours; within a column it is one UPDATE and no version bump."""
    task = await get_task(session, ref, lock=True)
    column = status or task.status
    lower = await _task_anchor(session, task, after, column)
    upper = await _task_anchor(session, task, before, column)
    if column != task.status:
        approval = await _apply_status(session, task, column, actor)
        if approval is not None or task.status != column:
            return task, approval
    previous = task.position
    task.position = await projects.position_between(
        session,
        Task.position,
        [Task.project_id == task.project_id, Task.status == column, Task.id != task.id],
        before=upper,
        after=lower,
    )
    if task.position != previous:
        task.updated_at = utcnow()
        await session.flush()
        _event(
            session,
            task,
            actor,
            "task.moved",
            {
                "before": {"position": previous},
                "after": {"position": task.position, "status": task.status},
            },
        )
    return task, None
