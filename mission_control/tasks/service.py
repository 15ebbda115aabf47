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

from sqlalchemy import Select, and_, exists, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, contains_eager

from mission_control.agents.models import Agent
from mission_control.core.cursor import InvalidCursor, decode_cursor, encode_cursor
from mission_control.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events
from mission_control.orgs.models import Membership
from mission_control.projects import service as projects
from mission_control.projects.models import ARCHIVED, Project, TaskCounter
from mission_control.tasks.models import Task, TaskDependency

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
