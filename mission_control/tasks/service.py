"""Tasks: create, read, list and update; the helpers the workflow, dependency, claim
and approval modules share.

Every change writes an event carrying the task's project_id and before/after.
Rows a change depends on are locked (`FOR UPDATE`) before they are read for a
decision, so concurrent writers queue on the row instead of racing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from mission_control.core import pagination
from mission_control.core.db import Conn, Record, project_limit
from mission_control.core.errors import Conflict, NotFound, Unprocessable
from mission_control.core.sql import Where
from mission_control.core.types import Actor
from mission_control.events import service as events
from mission_control.projects import service as projects
from mission_control.projects.models import ARCHIVED
from mission_control.projects.positions import key_between
from mission_control.tasks import queries as q
from mission_control.tasks.schemas import TaskCreate, TaskUpdate

REF = re.compile(r"^([A-Za-z][A-Za-z0-9]{1,9})-([1-9][0-9]{0,8})$")


class TaskNotFound(NotFound):
    code = "task_not_found"
    message = "Task not found."


class VersionConflict(Conflict):
    code = "version_conflict"


class ProjectArchived(Conflict):
    code = "project_archived"
    message = "The project is archived; restore it first."


class AssigneeNotFound(Unprocessable):
    code = "assignee_not_found"
    message = "The assignee is not a member or agent of this organization."


def ref(task: Record) -> str:
    return f"{task['project_key']}-{task['number']}"


def plain(task: Record) -> dict[str, Any]:
    """A task row as the dict TaskOut writes (responses skip building and re-validating)."""
    return {
        "id": task["id"],
        "ref": ref(task),
        "number": task["number"],
        "project_id": task["project_id"],
        "project_key": task["project_key"],
        "title": task["title"],
        "description": task["description"],
        "status": task["status"],
        "blocked_reason": task["blocked_reason"],
        "priority": task["priority"],
        "assignee_type": task["assignee_type"],
        "assignee_id": task["assignee_id"],
        "labels": task["labels"],
        "due_date": task["due_date"],
        "position": task["position"],
        "version": task["version"],
        "claimed_at": task["claimed_at"],
        "lease_expires_at": task["lease_expires_at"],
        "archived_at": task["archived_at"],
        "created_at": task["created_at"],
        "updated_at": task["updated_at"],
    }


def snapshot(task: Record) -> dict[str, Any]:
    return {
        "title": task["title"],
        "status": task["status"],
        "priority": task["priority"],
        "assignee_type": task["assignee_type"],
        "assignee_id": task["assignee_id"],
        "labels": list(task["labels"]),
        "due_date": task["due_date"],
        "position": task["position"],
        "version": task["version"],
    }


def event(conn: Conn, task: Record, actor: Actor, type: str, payload: dict[str, Any]) -> None:
    """Record `type` for this task (the one place task events are written)."""
    events.record(conn, "task", task, actor, type, {"ref": ref(task), **payload})


def _visible(conn: Conn, task: Record | None) -> Record:
    if task is None:
        raise TaskNotFound()
    limit = project_limit(conn)
    if limit is not None and task["project_key"] not in limit:
        raise TaskNotFound()
    return task


def _parse_ref(value: str) -> uuid.UUID | tuple[str, int]:
    try:
        return uuid.UUID(value)
    except ValueError:
        match = REF.match(value)
        if match is None:
            raise TaskNotFound() from None
        return match[1].upper(), int(match[2])


async def _read(conn: Conn, value: str, by_ref: str, by_id: str, *extra: Any) -> Record:
    parsed = _parse_ref(value)
    if isinstance(parsed, uuid.UUID):
        return _visible(conn, await conn.fetchrow(by_id, parsed, *extra))
    found = None
    if projects.visible_key(conn, parsed[0]):
        found = await conn.fetchrow(by_ref, *parsed, *extra)
    if found is None:
        # A ref the task had before it moved to another project keeps naming it.
        moved = await conn.fetchval(q.MOVED_FROM, *parsed)
        if moved is not None:
            found = await conn.fetchrow(by_id, moved, *extra)
    return _visible(conn, found)


async def get_task(conn: Conn, value: str, *, lock: bool = False) -> Record:
    """The task named by `KEY-N` or its id; `lock` takes the row for this transaction."""
    if lock:
        return await _read(conn, value, q.BY_REF_FOR_UPDATE, q.BY_ID_FOR_UPDATE)
    return await _read(conn, value, q.BY_REF, q.BY_ID)


async def get_for_status(conn: Conn, value: str, status: str) -> Record:
    """The task, locked, with what a move to `status` decides on: `blocked` (an open
    dependency), `has_dependants`, and `column_end` (the last position in that column)."""
    return await _read(conn, value, q.BY_REF_FOR_STATUS, q.BY_ID_FOR_STATUS, status)


class TaskArchived(Conflict):
    code = "task_archived"
    message = "The task is archived; restore it first."


def writable(task: Record) -> None:
    """Refuse every write to a task of an archived project, or an archived task."""
    if task["project_stage"] == ARCHIVED:
        raise ProjectArchived()
    if task["archived_at"] is not None:
        raise TaskArchived()


def check_version(task: Record, expected: int | None) -> None:
    if expected is not None and expected != task["version"]:
        raise VersionConflict(
            f"The task is at version {task['version']}, not {expected}; reload and retry.",
            details={"current_version": task["version"], "expected_version": expected},
        )


async def check_assignee(
    conn: Conn, org_id: uuid.UUID, kind: str | None, assignee_id: uuid.UUID | None
) -> None:
    if kind is None or assignee_id is None:
        return
    if kind == "agent":
        found = await conn.fetchval(q.AGENT_EXISTS, assignee_id)
    else:
        found = await conn.fetchval(q.MEMBER_EXISTS, org_id, assignee_id)
    if not found:
        raise AssigneeNotFound()


# --- create, update, list --------------------------------------------------------


async def create_task(conn: Conn, project_key: str, body: TaskCreate, actor: Actor) -> Record:
    """Create a task numbered from the project's counter row (gapless, race-free)."""
    if not projects.visible_key(conn, project_key):
        raise projects.ProjectNotFound()
    project = await conn.fetchrow(q.FOR_CREATE, project_key.upper(), body.status)
    if project is None:
        raise projects.ProjectNotFound()
    if project["stage"] == ARCHIVED:
        raise ProjectArchived()
    await check_assignee(conn, project["org_id"], body.assignee_type, body.assignee_id)
    task = await conn.fetchrow(
        q.INSERT,
        project["org_id"],
        project["id"],
        body.title,
        body.description,
        body.status,
        body.priority,
        body.assignee_type,
        body.assignee_id,
        body.labels or [],
        body.due_date,
        key_between(project["last"], None),  # the number suffix is added in the statement
        actor.type,
        actor.id,
    )
    assert task is not None
    event(conn, task, actor, "task.created", {"after": snapshot(task)})
    return task


@dataclass(slots=True)
class TaskFilter:
    project_key: str | None = None
    statuses: list[str] | None = None
    assignee_id: uuid.UUID | None = None
    unassigned: bool = False
    label: str | None = None
    q: str | None = None
    include_archived: bool = False


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


async def list_tasks(
    conn: Conn, filters: TaskFilter, *, limit: int, cursor: str | None
) -> tuple[list[Record], str | None]:
    """Tasks in board order: status column, then position (`COLLATE "C"`), then id."""
    where = Where()
    keys = project_limit(conn)
    if keys is not None:
        where.add("p.key = ANY(?::text[])", list(keys))
    if not filters.include_archived:
        where.add("t.archived_at IS NULL")
    if filters.project_key is not None:
        if not projects.visible_key(conn, filters.project_key):
            raise projects.ProjectNotFound()
        where.add("p.key = ?", filters.project_key.upper())
    if filters.statuses:
        where.add("t.status = ANY(?::text[])", filters.statuses)
    if filters.unassigned:
        where.add("t.assignee_id IS NULL")
    elif filters.assignee_id is not None:
        where.add("t.assignee_id = ?", filters.assignee_id)
    if filters.label:
        where.add("t.labels @> ARRAY[?::text]", filters.label)
    if filters.q:
        where.add("t.title ILIKE ?", f"%{_escape_like(filters.q)}%")
    after = pagination.decode(cursor, (pagination.INT, pagination.TEXT, pagination.UUID))
    if after is not None:
        where.add("(t.status_rank, t.position, t.id) > (?, ?, ?)", *after)
    rows = await conn.fetch(q.page(where.sql, where.param(limit + 1)), *where.args)
    if not rows and filters.project_key is not None:
        await projects.get_by_key(conn, filters.project_key)  # an empty page, or 404
    return pagination.page(rows, limit, lambda r: (r["status_rank"], r["position"], r["id"]))


async def update_task(
    conn: Conn, value: str, body: TaskUpdate, *, expected_version: int | None, actor: Actor
) -> Record:
    """Partial update (the fields the body sets) under optimistic concurrency; an assignee
    change is `task.assigned`."""
    task = await get_task(conn, value, lock=True)
    writable(task)
    check_version(task, expected_version)
    changes = body.model_dump(include=body.model_fields_set - {"expected_version"})
    # null clears what may be empty; elsewhere it means "unchanged".
    nullable = {"assignee_type", "assignee_id", "due_date"}
    changes = {f: v for f, v in changes.items() if v is not None or f in nullable}
    if "assignee_type" in changes or "assignee_id" in changes:
        changes.setdefault("assignee_type", None)
        changes.setdefault("assignee_id", None)
        await check_assignee(conn, task["org_id"], changes["assignee_type"], changes["assignee_id"])
    diff = {f: v for f, v in changes.items() if f in q.UPDATABLE and task[f] != v}
    if not diff:
        return task
    unassigned = "assignee_id" in diff and diff["assignee_id"] is None
    updated = await conn.fetchrow(
        q.update(list(diff), clear_lease=unassigned),
        task["id"],
        actor.type,
        actor.id,
        *diff.values(),
    )
    assert updated is not None
    assignment = {f: diff.pop(f) for f in ("assignee_type", "assignee_id") if f in diff}
    if diff:
        event(
            conn,
            updated,
            actor,
            "task.updated",
            {"before": {f: task[f] for f in diff}, "after": diff},
        )
    if assignment:
        event(
            conn,
            updated,
            actor,
            "task.assigned",
            {
                "before": {f: task[f] for f in ("assignee_type", "assignee_id")},
                "after": {f: updated[f] for f in ("assignee_type", "assignee_id")},
            },
        )
    return updated
