"""Claims: claim, claim-next and release (where lease expiry will go)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from mission_control.core.db import Conn, Record, project_limit
from mission_control.core.errors import Conflict, Forbidden
from mission_control.core.sql import Where
from mission_control.core.types import Actor
from mission_control.projects import service as projects
from mission_control.projects.positions import append_key
from mission_control.tasks import queries as q
from mission_control.tasks import workflow
from mission_control.tasks.models import PRIORITY_RANK
from mission_control.tasks.service import event, get_for_status, ref, writable

LEASE = timedelta(minutes=30)


class TaskAlreadyClaimed(Conflict):
    code = "task_already_claimed"


class TaskNotClaimable(Conflict):
    code = "task_not_claimable"


def _holds(task: Record, actor: Actor) -> bool:
    return bool(task["assignee_type"] == actor.type and task["assignee_id"] == actor.id)


async def _claim(conn: Conn, task: Record, column_end: str | None, actor: Actor) -> Record | None:
    """The conditional UPDATE: todo, unassigned (or ours), no open blocker -> ours."""
    claimed = await conn.fetchrow(
        q.CLAIM, task["id"], actor.type, actor.id, LEASE, append_key(column_end, task["number"])
    )
    if claimed is None:
        return None
    event(
        conn,
        claimed,
        actor,
        "task.claimed",
        {
            "before": {
                "status": task["status"],
                "assignee_type": task["assignee_type"],
                "assignee_id": task["assignee_id"],
            },
            "after": {
                "status": "in_progress",
                "assignee_type": actor.type,
                "assignee_id": actor.id,
                "lease_expires_at": claimed["lease_expires_at"],
            },
            "version": claimed["version"],
        },
    )
    return claimed


async def claim_task(conn: Conn, value: str, actor: Actor) -> tuple[Record, bool]:
    """Claim: of concurrent claimers exactly one wins; the holder asking again gets it back."""
    task = await get_for_status(conn, value, "in_progress")
    writable(task)
    claimed = await _claim(conn, task, task["column_end"], actor)
    if claimed is not None:
        return claimed, True
    # The row is locked: what we read is what the claim was refused on.
    if _holds(task, actor) and task["status"] == "in_progress":
        return task, False
    if task["status"] == "in_progress" or (
        task["assignee_id"] is not None and not _holds(task, actor)
    ):
        raise TaskAlreadyClaimed(
            f"{ref(task)} is already claimed; pick another task.",
            details={
                "status": task["status"],
                "assignee_type": task["assignee_type"],
                "assignee_id": task["assignee_id"],
            },
        )
    blockers = await workflow.open_blockers(conn, task)
    raise TaskNotClaimable(
        f"{ref(task)} is {task['status']}; only an unblocked todo task can be claimed.",
        details={"status": task["status"], "open_dependencies": [ref(b) for b in blockers]},
    )


def claim_next_query(
    conn: Conn, *, project_key: str | None, labels: list[str] | None, min_priority: str | None
) -> tuple[str, list[Any]]:
    """The claim-next statement for these filters (tests EXPLAIN it)."""
    where = Where()
    where.add(q.CLAIMABLE)
    keys = project_limit(conn)
    if keys is not None:
        where.add("p.key = ANY(?::text[])", list(keys))
    if project_key is not None:
        if not projects.visible_key(conn, project_key):
            raise projects.ProjectNotFound()
        where.add("t.project_id = (SELECT id FROM projects WHERE key = ?)", project_key.upper())
    if labels:
        where.add("t.labels @> ?::text[]", labels)
    if min_priority is not None:
        where.add("t.priority_rank >= ?", PRIORITY_RANK[min_priority])
    return q.claim_next(where.sql), where.args


async def claim_next(
    conn: Conn,
    actor: Actor,
    *,
    project_key: str | None,
    labels: list[str] | None,
    min_priority: str | None,
) -> Record | None:
    """Hand the caller the most urgent unassigned, unblocked todo task (None if there is none).

    Every filter is served by an index over claimable tasks: the org's, the project's
    (`t.project_id = (subquery)` lets the planner walk it in order), or labels' GIN.
    """
    sql, args = claim_next_query(
        conn, project_key=project_key, labels=labels, min_priority=min_priority
    )
    # SKIP LOCKED: concurrent callers each take a different row, nobody waits.
    found = await conn.fetchrow(sql, *args)
    if found is None:
        if project_key is not None:
            await projects.get_by_key(conn, project_key)  # 404 for an unknown project
        return None
    task = {
        "id": found["id"],
        "number": found["number"],
        "status": "todo",
        "assignee_type": None,
        "assignee_id": None,
    }
    return await _claim(conn, task, found["column_end"], actor)


async def release_task(
    conn: Conn, value: str, reason: str, actor: Actor, *, may_override: bool
) -> Record:
    """Give a claimed task back to todo, unassigned, with a reason."""
    task = await get_for_status(conn, value, "todo")
    writable(task)
    if not _holds(task, actor) and not may_override:
        raise Forbidden("Only the holder (or an admin) may release this task.", code="not_holder")
    if task["status"] != "in_progress":
        raise workflow.TransitionNotAllowed(
            f"{ref(task)} is {task['status']}; only an in-progress task can be released.",
            details={
                "from": task["status"],
                "to": "todo",
                "allowed": sorted(workflow.TRANSITIONS[task["status"]]),
            },
        )
    position = append_key(task["column_end"], task["number"])
    released = await conn.fetchrow(q.RELEASE, task["id"], position)
    assert released is not None
    event(
        conn,
        released,
        actor,
        "task.released",
        {
            "reason": reason,
            "before": {
                "status": task["status"],
                "position": task["position"],
                "assignee_type": task["assignee_type"],
                "assignee_id": task["assignee_id"],
            },
            "after": {
                "status": "todo",
                "position": position,
                "assignee_type": None,
                "assignee_id": None,
            },
            "version": released["version"],
        },
    )
    return released
