"""Claims: claim, claim-next and release (where lease expiry will go)."""

from __future__ import annotations

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.core.errors import Forbidden
from mission_control.core.types import Actor, utcnow
from mission_control.projects import service as projects
from mission_control.projects.models import ARCHIVED, Project
from mission_control.tasks import workflow
from mission_control.tasks.models import PRIORITY_RANK, Task
from mission_control.tasks.service import (
    LEASE,
    TRANSITIONS,
    TaskAlreadyClaimed,
    TaskNotClaimable,
    TransitionNotAllowed,
    _column_end,
    _event,
    _get_by_id,
    _jsonable,
    _open_blockers,
    _open_blockers_exist,
    get_task,
)

# --- claims ----------------------------------------------------------------------------


async def _claim(session: AsyncSession, task: Task, actor: Actor) -> Task | None:
    """The conditional UPDATE: todo, unassigned (or ours), no open blocker -> ours."""
    now = utcnow()
    position = await _column_end(session, task.project_id, "in_progress")
    claimed = await session.execute(
        update(Task)
        .where(
            Task.id == task.id,
            Task.status == "todo",
            or_(
                Task.assignee_id.is_(None),
                and_(Task.assignee_type == actor.type, Task.assignee_id == actor.id),
            ),
            ~_open_blockers_exist(),
        )
        .values(
            status="in_progress",
            blocked_reason=None,
            assignee_type=actor.type,
            assignee_id=actor.id,
            claimed_at=now,
            lease_expires_at=now + LEASE,
            position=position,
            version=Task.version + 1,
            updated_at=now,
        )
        .returning(Task.id)
        .execution_options(synchronize_session=False)
    )
    if claimed.first() is None:
        return None
    row = await _get_by_id(session, task.id)
    _event(
        session,
        row,
        actor,
        "task.claimed",
        {
            "before": {
                "status": "todo",
                "assignee_type": task.assignee_type,
                "assignee_id": str(task.assignee_id) if task.assignee_id else None,
            },
            "after": {
                "status": "in_progress",
                "assignee_type": actor.type,
                "assignee_id": str(actor.id),
                "lease_expires_at": (now + LEASE).isoformat(),
            },
            "version": row.version,
        },
    )
    return row


async def claim_task(session: AsyncSession, ref: str, actor: Actor) -> tuple[Task, bool]:
    """Claim: of concurrent claimers exactly one wins; the holder asking again gets it back."""
    task = await get_task(session, ref)
    claimed = await _claim(session, task, actor)
    if claimed is not None:
        return claimed, True
    task = await get_task(session, ref)
    held = task.assignee_type == actor.type and task.assignee_id == actor.id
    if held and task.status == "in_progress":
        return task, False
    if task.status == "in_progress" or (task.assignee_id is not None and not held):
        raise TaskAlreadyClaimed(
            f"{task.ref} is already claimed; pick another task.",
            details={
                "status": task.status,
                "assignee_type": task.assignee_type,
                "assignee_id": str(task.assignee_id) if task.assignee_id else None,
            },
        )
    blockers = await _open_blockers(session, task.id)
    raise TaskNotClaimable(
        f"{task.ref} is {task.status}; only an unblocked todo task can be claimed.",
        details={"status": task.status, "open_dependencies": [b.ref for b in blockers]},
    )


async def claim_next(
    session: AsyncSession,
    actor: Actor,
    *,
    project_key: str | None,
    labels: list[str] | None,
    min_priority: str | None,
) -> Task | None:
    """Hand the caller the most urgent unassigned, unblocked todo task (None if there is none)."""
    query = projects.within_limit(
        select(Task.id)
        .join(Task.project)
        .where(
            Task.status == "todo",
            Task.assignee_id.is_(None),
            Project.stage != ARCHIVED,
            ~_open_blockers_exist(),
        ),
        session,
    )
    if project_key is not None:
        project = await projects.get_by_key(session, project_key)
        query = query.where(Task.project_id == project.id)
    if labels:
        query = query.where(Task.labels.contains(labels))
    if min_priority is not None:
        query = query.where(Task.priority_rank >= PRIORITY_RANK[min_priority])
    # SKIP LOCKED: concurrent callers each take a different row, nobody waits.
    query = (
        query.order_by(Task.priority_rank.desc(), Task.created_at, Task.id)
        .limit(1)
        .with_for_update(of=Task, skip_locked=True)
    )
    task_id = await session.scalar(query)
    if task_id is None:
        return None
    task = await _get_by_id(session, task_id)
    return await _claim(session, task, actor)


async def release_task(
    session: AsyncSession, ref: str, reason: str, actor: Actor, *, may_override: bool
) -> Task:
    """Give a claimed task back to todo, unassigned, with a reason."""
    task = await get_task(session, ref, lock=True)
    held = task.assignee_type == actor.type and task.assignee_id == actor.id
    if not held and not may_override:
        raise Forbidden("Only the holder (or an admin) may release this task.", code="not_holder")
    if task.status != "in_progress":
        raise TransitionNotAllowed(
            f"{task.ref} is {task.status}; only an in-progress task can be released.",
            details={
                "from": task.status,
                "to": "todo",
                "allowed": sorted(TRANSITIONS[task.status]),
            },
        )
    before = {"assignee_type": task.assignee_type, "assignee_id": task.assignee_id}
    task.assignee_type = task.assignee_id = None
    await workflow._set_status(
        session,
        task,
        "todo",
        actor,
        event="task.released",
        extra={"reason": reason, "assignee_before": _jsonable(before)},
    )
    return task
