"""Tasks: the status workflow, dependencies, claims, approvals and Kanban order.

Every change writes an event carrying the task's project_id and before/after.
Rows a change depends on are locked (`FOR UPDATE`) before they are read for a
decision, so concurrent writers queue on the row instead of racing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Select, and_, delete, exists, or_, select, text, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, contains_eager

from mission_control.agents.models import Agent
from mission_control.auth.principals import Principal
from mission_control.auth.scopes import Role
from mission_control.core.cursor import InvalidCursor, decode_cursor, encode_cursor
from mission_control.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events
from mission_control.orgs.models import Membership
from mission_control.projects import service as projects
from mission_control.projects.models import ARCHIVED, Project, TaskCounter
from mission_control.tasks.models import PRIORITY_RANK, Approval, Task, TaskDependency

# The workflow, in one place. Rows: from; values: the statuses a person or
# agent may move a task to. Notes on the choices:
# - done only from review or in_progress; reopening is done -> todo only.
# - cancelled from anything that is not done; a cancelled task comes back
#   to backlog or todo.
# - blocked is reachable by hand from todo/in_progress and is left by hand
#   (back to todo/backlog, or straight to in_progress once unblocked).
# - review can go back to in_progress or todo (changes requested).
# The system also moves tasks outside this table: into blocked while a
# dependency is open, back to todo when the last one is done, into review
# when done needs an approval, and out of review when the approval is decided.
TRANSITIONS: dict[str, frozenset[str]] = {
    "backlog": frozenset({"todo", "cancelled"}),
    "todo": frozenset({"backlog", "in_progress", "blocked", "cancelled"}),
    "in_progress": frozenset({"todo", "blocked", "review", "done", "cancelled"}),
    "blocked": frozenset({"backlog", "todo", "in_progress", "cancelled"}),
    "review": frozenset({"in_progress", "todo", "done", "cancelled"}),
    "done": frozenset({"todo"}),
    "cancelled": frozenset({"backlog", "todo"}),
}
# A task may not enter these while one of its dependencies is not done.
NEEDS_DEPENDENCIES_DONE = frozenset({"in_progress", "review", "done"})
# Statuses that an open dependency turns into `blocked` automatically.
AUTO_BLOCKABLE = frozenset({"todo", "in_progress", "review"})
LEASE = timedelta(minutes=30)
DEPENDENCY_LOCK_CLASS = 0x4D44  # advisory-lock namespace of dependency changes, per org

REF = re.compile(r"^([A-Za-z][A-Za-z0-9]{1,9})-([1-9][0-9]{0,8})$")


class TaskNotFound(NotFound):
    code = "task_not_found"
    message = "Task not found."


class TransitionNotAllowed(Conflict):
    code = "transition_not_allowed"


class DependenciesOpen(Conflict):
    code = "dependencies_open"


class VersionConflict(Conflict):
    code = "version_conflict"


class TaskAlreadyClaimed(Conflict):
    code = "task_already_claimed"


class TaskNotClaimable(Conflict):
    code = "task_not_claimable"


class DependencyCycle(Unprocessable):
    code = "dependency_cycle"


class DependencyNotFound(NotFound):
    code = "dependency_not_found"
    message = "Dependency not found."


class ApprovalNotFound(NotFound):
    code = "approval_not_found"
    message = "Approval not found."


class ApprovalDecided(Conflict):
    code = "approval_decided"
    message = "This approval has already been decided."


class NotAnApprover(Forbidden):
    code = "not_an_approver"


class ProjectArchived(Conflict):
    code = "project_archived"
    message = "The project is archived; restore it first."


class AssigneeNotFound(Unprocessable):
    code = "assignee_not_found"
    message = "The assignee is not a member or agent of this organization."


# --- reading -------------------------------------------------------------------


def _with_project(query: Select[Task], limit_by: AsyncSession | None = None) -> Select[Task]:
    """Join the task's project; with `limit_by`, also keep to that request's project limit
    (entry points do; the blocking rules must see every dependency, so they don't)."""
    joined = query.join(Task.project).options(contains_eager(Task.project))
    return joined if limit_by is None else projects.within_limit(joined, limit_by)


def _ref_condition(ref: str) -> Any:
    try:
        return Task.id == uuid.UUID(ref)
    except ValueError:
        match = REF.match(ref)
        if match is None:
            raise TaskNotFound() from None
        return and_(Project.key == match[1].upper(), Task.number == int(match[2]))


async def get_task(session: AsyncSession, ref: str, *, lock: bool = False) -> Task:
    """The task named by `KEY-N` or its id; `lock` takes the row for this transaction."""
    query = _with_project(select(Task), session).where(_ref_condition(ref))
    if lock:
        query = query.with_for_update(of=Task)
    result = await session.scalars(query.execution_options(populate_existing=True))
    task = result.first()
    if task is None:
        raise TaskNotFound()
    return task


async def _get_by_id(session: AsyncSession, task_id: uuid.UUID, *, lock: bool = False) -> Task:
    return await get_task(session, str(task_id), lock=lock)


def _snapshot(task: Task) -> dict[str, Any]:
    return {
        "title": task.title,
        "status": task.status,
        "priority": task.priority,
        "assignee_type": task.assignee_type,
        "assignee_id": str(task.assignee_id) if task.assignee_id else None,
        "labels": list(task.labels),
        "due_date": task.due_date.isoformat() if task.due_date else None,
        "position": task.position,
        "version": task.version,
    }


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    def one(value: Any) -> Any:
        if isinstance(value, uuid.UUID):
            return str(value)
        if hasattr(value, "isoformat"):
            return value.isoformat()
        if isinstance(value, list):
            return [one(v) for v in value]
        return value

    return {k: one(v) for k, v in values.items()}


def _event(
    session: AsyncSession, task: Task, actor: Actor, type: str, payload: dict[str, Any]
) -> None:
    events.append(
        session,
        org_id=task.org_id,
        actor=actor,
        type=type,
        entity_type="task",
        entity_id=task.id,
        project_id=task.project_id,
        payload={"ref": task.ref, **payload},
    )


async def _column_end(session: AsyncSession, project_id: uuid.UUID, status: str) -> str:
    return await projects.position_between(
        session,
        Task.position,
        [Task.project_id == project_id, Task.status == status],
        before=None,
        after=None,
    )


def _open_blockers_exist() -> Any:
    blocker = aliased(Task)
    return exists().where(
        TaskDependency.task_id == Task.id,
        TaskDependency.depends_on_id == blocker.id,
        blocker.status != "done",
    )


async def _open_blockers(session: AsyncSession, task_id: uuid.UUID) -> list[Task]:
    query = (
        _with_project(select(Task))
        .join(TaskDependency, TaskDependency.depends_on_id == Task.id)
        .where(TaskDependency.task_id == task_id, Task.status != "done")
        .order_by(Project.key, Task.number)
    )
    return list((await session.scalars(query)).all())


async def _check_assignee(
    session: AsyncSession, org_id: uuid.UUID, kind: str | None, assignee_id: uuid.UUID | None
) -> None:
    if kind is None or assignee_id is None:
        return
    if kind == "agent":
        found = await session.scalar(select(Agent.id).where(Agent.id == assignee_id))
    else:
        found = await session.scalar(
            select(Membership.user_id).where(
                Membership.org_id == org_id, Membership.user_id == assignee_id
            )
        )
    if found is None:
        raise AssigneeNotFound()


def _check_version(task: Task, expected: int | None) -> None:
    if expected is not None and expected != task.version:
        raise VersionConflict(
            f"The task is at version {task.version}, not {expected}; reload and retry.",
            details={"current_version": task.version, "expected_version": expected},
        )


# --- create, update, list --------------------------------------------------------


async def create_task(
    session: AsyncSession,
    project_key: str,
    *,
    title: str,
    description: str,
    status: str,
    priority: str,
    assignee_type: str | None,
    assignee_id: uuid.UUID | None,
    labels: list[str],
    due_date: Any,
    actor: Actor,
) -> Task:
    """Create a task numbered from the project's counter row (gapless, race-free)."""
    project = await projects.get_by_key(session, project_key)
    if project.stage == ARCHIVED:
        raise ProjectArchived()
    await _check_assignee(session, project.org_id, assignee_type, assignee_id)
    # The counter row lock is held until commit, so creators in one project
    # queue here: numbers have no gap and the column end below is not raced.
    number = await session.scalar(
        update(TaskCounter)
        .where(TaskCounter.project_id == project.id)
        .values(last_number=TaskCounter.last_number + 1)
        .returning(TaskCounter.last_number)
    )
    assert number is not None
    now = utcnow()
    task = Task(
        org_id=project.org_id,
        project_id=project.id,
        project=project,
        number=number,
        title=title,
        description=description,
        status=status,
        priority=priority,
        assignee_type=assignee_type,
        assignee_id=assignee_id,
        labels=labels,
        due_date=due_date,
        position=await _column_end(session, project.id, status),
        version=1,
        created_by_type=actor.type,
        created_by_id=actor.id,
        created_at=now,
        updated_at=now,
    )
    session.add(task)
    await session.flush()
    _event(session, task, actor, "task.created", {"after": _snapshot(task)})
    return task


@dataclass(slots=True)
class TaskFilter:
    project_id: uuid.UUID | None = None
    statuses: list[str] | None = None
    assignee_id: uuid.UUID | None = None
    unassigned: bool = False
    label: str | None = None
    q: str | None = None


async def list_tasks(
    session: AsyncSession, filters: TaskFilter, *, limit: int, cursor: str | None
) -> tuple[list[Any], str | None]:
    """Tasks in board order: status column, then position (`COLLATE "C"`), then id.

    Plain rows (task columns plus `project_key`), not ORM objects: a board page is
    read-only and the most frequent read there is.
    """
    query = projects.within_limit(
        select(*Task.__table__.columns, Project.key.label("project_key")).join(
            Project, Project.id == Task.project_id
        ),
        session,
    )
    if filters.project_id is not None:
        query = query.where(Task.project_id == filters.project_id)
    if filters.statuses:
        query = query.where(Task.status.in_(filters.statuses))
    if filters.unassigned:
        query = query.where(Task.assignee_id.is_(None))
    elif filters.assignee_id is not None:
        query = query.where(Task.assignee_id == filters.assignee_id)
    if filters.label:
        query = query.where(Task.labels.contains([filters.label]))
    if filters.q:
        query = query.where(Task.title.icontains(filters.q, autoescape=True))
    position = Task.position.collate("C")
    if cursor is not None:
        after = decode_cursor(cursor, {"s": int, "p": str, "id": str})
        try:
            after_id = uuid.UUID(after["id"])
        except ValueError as exc:
            raise InvalidCursor() from exc
        query = query.where(
            tuple_(Task.status_rank, position, Task.id) > tuple_(after["s"], after["p"], after_id)
        )
    query = query.order_by(Task.status_rank, position, Task.id).limit(limit + 1)
    rows = list((await session.execute(query)).all())
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor({"s": last.status_rank, "p": last.position, "id": str(last.id)})
    return rows[:limit], next_cursor


async def update_task(
    session: AsyncSession,
    ref: str,
    changes: dict[str, Any],
    *,
    expected_version: int | None,
    actor: Actor,
) -> Task:
    """Partial update under optimistic concurrency; an assignee change is `task.assigned`."""
    task = await get_task(session, ref, lock=True)
    _check_version(task, expected_version)
    # null clears what may be empty; elsewhere it means "unchanged".
    nullable = {"assignee_type", "assignee_id", "due_date"}
    changes = {f: v for f, v in changes.items() if v is not None or f in nullable}
    if "assignee_type" in changes or "assignee_id" in changes:
        changes.setdefault("assignee_type", None)
        changes.setdefault("assignee_id", None)
        await _check_assignee(
            session, task.org_id, changes["assignee_type"], changes["assignee_id"]
        )
    current = {f: getattr(task, f) for f in changes}
    diff = {f: v for f, v in changes.items() if current[f] != v}
    if not diff:
        return task
    for field, value in diff.items():
        setattr(task, field, value)
    assignment = {f: diff.pop(f) for f in ("assignee_type", "assignee_id") if f in diff}
    if assignment and task.assignee_id is None:
        task.claimed_at = task.lease_expires_at = None
    task.version += 1
    task.updated_at = utcnow()
    await session.flush()
    if diff:
        _event(
            session,
            task,
            actor,
            "task.updated",
            {"before": _jsonable({f: current[f] for f in diff}), "after": _jsonable(diff)},
        )
    if assignment:
        _event(
            session,
            task,
            actor,
            "task.assigned",
            {
                "before": _jsonable({f: current[f] for f in assignment}),
                "after": _jsonable({f: getattr(task, f) for f in assignment}),
            },
        )
    return task


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
        return await _request_approval(session, task, actor)
    await _set_status(
        session, task, status, actor, blocked_reason="manual" if status == "blocked" else None
    )
    return None


# --- dependencies ------------------------------------------------------------------


async def _lock_dependencies(session: AsyncSession, org_id: uuid.UUID) -> None:
    # Two requests adding A->B and B->A would both pass a cycle check on
    # their own snapshot; one lock per org makes them take turns.
    await session.execute(
        text("SELECT pg_advisory_xact_lock(:cls, hashtext(:org))"),
        {"cls": DEPENDENCY_LOCK_CLASS, "org": str(org_id)},
    )


async def _path(session: AsyncSession, start: uuid.UUID, goal: uuid.UUID) -> list[uuid.UUID] | None:
    """The dependency path start -> ... -> goal, if one exists (breadth-first)."""
    parents: dict[uuid.UUID, uuid.UUID | None] = {start: None}
    frontier = [start]
    while frontier:
        rows = await session.execute(
            select(TaskDependency.task_id, TaskDependency.depends_on_id).where(
                TaskDependency.task_id.in_(frontier)
            )
        )
        following: list[uuid.UUID] = []
        for source, target in rows:
            if target in parents:
                continue
            parents[target] = source
            if target == goal:
                path: list[uuid.UUID] = [goal]
                while (step := parents[path[-1]]) is not None:
                    path.append(step)
                return path[::-1]
            following.append(target)
        frontier = following
    return None


async def _refs(session: AsyncSession, ids: list[uuid.UUID]) -> list[str]:
    rows = await session.execute(
        select(Task.id, Project.key, Task.number).join(Task.project).where(Task.id.in_(ids))
    )
    by_id = {row.id: f"{row.key}-{row.number}" for row in rows}
    return [by_id[i] for i in ids]


async def add_dependency(
    session: AsyncSession, ref: str, depends_on: str, actor: Actor
) -> tuple[Task, Task]:
    """`ref` depends on `depends_on` (any project of the org); refuses cycles (422)."""
    task = await get_task(session, ref)
    await _lock_dependencies(session, task.org_id)
    task = await get_task(session, ref, lock=True)
    blocker = await get_task(session, depends_on)
    if blocker.id == task.id:
        raise DependencyCycle(
            "A task cannot depend on itself.", details={"cycle": [task.ref, task.ref]}
        )
    exists_already = await session.scalar(
        select(TaskDependency.task_id).where(
            TaskDependency.task_id == task.id, TaskDependency.depends_on_id == blocker.id
        )
    )
    if exists_already is not None:
        return task, blocker
    path = await _path(session, blocker.id, task.id)
    if path is not None:
        cycle = [task.ref, *await _refs(session, path)]
        raise DependencyCycle(
            f"This dependency would close a cycle: {' -> '.join(cycle)}.",
            details={"cycle": cycle},
        )
    session.add(TaskDependency(org_id=task.org_id, task_id=task.id, depends_on_id=blocker.id))
    await session.flush()
    _event(
        session,
        task,
        actor,
        "dependency.added",
        {"depends_on": blocker.ref, "depends_on_id": str(blocker.id)},
    )
    if blocker.status != "done" and task.status in AUTO_BLOCKABLE:
        await _block(session, task, blocker, actor)
    return task, blocker


async def remove_dependency(session: AsyncSession, ref: str, other: str, actor: Actor) -> Task:
    """Drop the edge; a task blocked only by it goes back to todo."""
    task = await get_task(session, ref)
    await _lock_dependencies(session, task.org_id)
    task = await get_task(session, ref, lock=True)
    blocker = await get_task(session, other)
    result = await session.execute(
        delete(TaskDependency)
        .where(TaskDependency.task_id == task.id, TaskDependency.depends_on_id == blocker.id)
        .returning(TaskDependency.task_id)
    )
    if result.first() is None:
        raise DependencyNotFound()
    _event(
        session,
        task,
        actor,
        "dependency.removed",
        {"depends_on": blocker.ref, "depends_on_id": str(blocker.id)},
    )
    if (
        task.status == "blocked"
        and task.blocked_reason == "dependency"
        and not await _open_blockers(session, task.id)
    ):
        await _set_status(
            session, task, "todo", actor, event="task.unblocked", extra={"by": blocker.ref}
        )
    return task


async def list_dependencies(
    session: AsyncSession, ref: str, *, dependants: bool = False
) -> list[Task]:
    """What the task depends on (or, with `dependants`, what depends on it)."""
    task = await get_task(session, ref)
    if dependants:
        join_on, where = TaskDependency.task_id == Task.id, TaskDependency.depends_on_id
    else:
        join_on, where = TaskDependency.depends_on_id == Task.id, TaskDependency.task_id
    query = (
        _with_project(select(Task), session)
        .join(TaskDependency, join_on)
        .where(where == task.id)
        .order_by(Project.key, Task.number)
    )
    return list((await session.scalars(query)).all())


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
    await _set_status(
        session,
        task,
        "todo",
        actor,
        event="task.released",
        extra={"reason": reason, "assignee_before": _jsonable(before)},
    )
    return task


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


# --- approvals ---------------------------------------------------------------------


def _approval_query(session: AsyncSession) -> Select[Approval]:
    return projects.within_limit(
        select(Approval)
        .join(Approval.task)
        .join(Task.project)
        .options(contains_eager(Approval.task).contains_eager(Task.project)),
        session,
    )


async def _request_approval(session: AsyncSession, task: Task, actor: Actor) -> Approval:
    pending = (
        await session.scalars(
            _approval_query(session).where(
                Approval.task_id == task.id, Approval.status == "pending"
            )
        )
    ).first()
    if pending is not None:
        return pending
    if task.status != "review":
        await _set_status(session, task, "review", actor)
    approval = Approval(
        org_id=task.org_id,
        project_id=task.project_id,
        task_id=task.id,
        task=task,
        status="pending",
        requested_by_type=actor.type,
        requested_by_id=actor.id,
        created_at=utcnow(),
    )
    session.add(approval)
    await session.flush()
    events.append(
        session,
        org_id=task.org_id,
        actor=actor,
        type="approval.requested",
        entity_type="approval",
        entity_id=approval.id,
        project_id=task.project_id,
        payload={"task": task.ref, "task_id": str(task.id), "after": {"status": "pending"}},
    )
    return approval


async def list_approvals(
    session: AsyncSession, *, status: str | None, limit: int, cursor: str | None
) -> tuple[list[Approval], str | None]:
    query = _approval_query(session)
    if status is not None:
        query = query.where(Approval.status == status)
    if cursor is not None:
        after = decode_cursor(cursor, {"t": str, "id": str})
        try:
            after_id = uuid.UUID(after["id"])
        except ValueError as exc:
            raise InvalidCursor() from exc
        query = query.where(tuple_(Approval.created_at, Approval.id) > tuple_(after["t"], after_id))
    query = query.order_by(Approval.created_at, Approval.id).limit(limit + 1)
    rows = list((await session.scalars(query)).all())
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor({"t": last.created_at.isoformat(), "id": str(last.id)})
    return rows[:limit], next_cursor


def _check_decider(principal: Principal, approval: Approval, project: Project) -> None:
    """Admins and owners, listed approvers, and agents holding approvals:decide decide;
    an agent never decides a request it made."""
    actor = principal.actor
    if actor.type == "agent":
        if approval.requested_by_type == "agent" and approval.requested_by_id == actor.id:
            raise NotAnApprover(
                "An agent cannot decide an approval it requested.", code="own_request"
            )
        scopes = principal.scopes or frozenset()
        if "approvals:decide" not in scopes and "admin" not in scopes:
            raise NotAnApprover("This key lacks the approvals:decide scope.")
        return
    if principal.scopes is not None and not ({"approvals:decide", "admin"} & set(principal.scopes)):
        raise NotAnApprover("This token lacks the approvals:decide scope.")
    role = principal.role
    if role in (Role.ADMIN, Role.OWNER):
        return
    if actor.id in project.approvers and role is not None and role is not Role.VIEWER:
        return
    raise NotAnApprover("Only the project's approvers, admins and owners may decide.")


async def decide_approval(
    session: AsyncSession,
    approval_id: uuid.UUID,
    *,
    approve: bool,
    comment: str,
    principal: Principal,
) -> Approval:
    """Approve (task -> done) or reject (task -> in_progress) a pending approval."""
    approval = (
        await session.scalars(
            select(Approval)
            .where(Approval.id == approval_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).first()
    if approval is None:
        raise ApprovalNotFound()
    task = await _get_by_id(session, approval.task_id, lock=True)
    approval.task = task
    _check_decider(principal, approval, task.project)
    if approval.status != "pending":
        raise ApprovalDecided(details={"status": approval.status})
    actor = principal.actor
    if approve:
        blockers = await _open_blockers(session, task.id)
        if blockers:
            raise DependenciesOpen(
                f"{task.ref} depends on unfinished tasks.",
                details={"open_dependencies": [b.ref for b in blockers]},
            )
    approval.status = "approved" if approve else "rejected"
    approval.decided_by_type, approval.decided_by_id = actor.type, actor.id
    approval.comment = comment or None
    approval.decided_at = utcnow()
    await session.flush()
    events.append(
        session,
        org_id=task.org_id,
        actor=actor,
        type=f"approval.{approval.status}",
        entity_type="approval",
        entity_id=approval.id,
        project_id=task.project_id,
        payload={
            "task": task.ref,
            "task_id": str(task.id),
            "comment": comment,
            "before": {"status": "pending"},
            "after": {"status": approval.status},
        },
    )
    target = "done" if approve else "in_progress"
    if task.status != target:
        await _set_status(session, task, target, actor, extra={"approval_id": str(approval.id)})
    return approval
