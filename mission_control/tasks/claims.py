"""Claims: claim, claim-next and release (where lease expiry will go)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from mission_control.auth import policy
from mission_control.core.db import Conn, Record, project_limit
from mission_control.core.errors import Conflict, Forbidden
from mission_control.core.sql import Where
from mission_control.core.types import SYSTEM, Actor
from mission_control.projects import service as projects
from mission_control.projects.positions import append_key, key_between
from mission_control.tasks import queries as q
from mission_control.tasks import workflow
from mission_control.tasks.models import PRIORITY_RANK
from mission_control.tasks.service import event, get_for_status, ref, writable


class TaskAlreadyClaimed(Conflict):
    code = "task_already_claimed"


class TaskNotClaimable(Conflict):
    code = "task_not_claimable"


class NotHolder(Forbidden):
    code = "not_holder"
    message = "Only the holder (or an admin) may release this task."


def _holds(task: Record, actor: Actor) -> bool:
    return bool(task["assignee_type"] == actor.type and task["assignee_id"] == actor.id)


async def _claim(
    conn: Conn,
    task: Record,
    column_end: str | None,
    actor: Actor,
    parent_id: uuid.UUID | None,
) -> Record | None:
    """The conditional UPDATE: todo, unassigned (or ours), no open blocker -> ours.
    A sub-agent's claim records its parent in the event."""
    claimed = await conn.fetchrow(
        q.CLAIM, task["id"], actor.type, actor.id, append_key(column_end, task["number"])
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
            **({"parent_id": parent_id} if parent_id is not None else {}),
        },
    )
    return claimed


async def claim_task(
    conn: Conn, value: str, actor: Actor, *, parent_id: uuid.UUID | None = None
) -> tuple[Record, bool]:
    """Claim: of concurrent claimers exactly one wins; the holder asking again gets it back."""
    task = await get_for_status(conn, value, "in_progress")
    writable(task)
    claimed = await _claim(conn, task, task["column_end"], actor, parent_id)
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
        details={"status": task["status"], "open_dependencies": policy.refs(conn, blockers)},
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
    parent_id: uuid.UUID | None = None,
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
    return await _claim(conn, task, found["column_end"], actor, parent_id)


async def release_task(
    conn: Conn, value: str, reason: str, actor: Actor, *, may_override: bool
) -> Record:
    """Give a claimed task back to todo, unassigned, with a reason."""
    task = await get_for_status(conn, value, "todo")
    writable(task)
    if not _holds(task, actor) and not may_override:
        raise NotHolder()
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


async def release_held(
    conn: Conn, held: Sequence[Record], actor: Actor, *, event_type: str, reason: str
) -> list[Record]:
    """Give locked in-progress tasks back to todo, one UPDATE per project (a lapsed lease,
    a sub-agent that ended); each event names the holder it was taken from."""
    released: list[Record] = []
    by_project: dict[uuid.UUID, list[Record]] = {}
    for task in held:
        by_project.setdefault(task["project_id"], []).append(task)
    for project_id, tasks in by_project.items():
        last = await conn.fetchval(q.COLUMN_END, project_id, "todo")
        rows = await conn.fetch(q.RELEASE_MANY, [t["id"] for t in tasks], key_between(last, None))
        before = {t["id"]: t for t in tasks}
        for row in rows:
            old = before[row["id"]]
            holder = {"type": old["assignee_type"], "id": old["assignee_id"]}
            event(
                conn,
                row,
                actor,
                event_type,
                {
                    "reason": reason,
                    "holder": holder,
                    "before": {
                        "status": old["status"],
                        "position": old["position"],
                        "assignee_type": old["assignee_type"],
                        "assignee_id": old["assignee_id"],
                        "lease_expires_at": old["lease_expires_at"],
                    },
                    "after": {
                        "status": "todo",
                        "position": row["position"],
                        "assignee_type": None,
                        "assignee_id": None,
                    },
                    "version": row["version"],
                },
            )
            released.append(row)
    return released


async def expire_leases(conn: Conn, *, batch: int = 500) -> list[Record]:
    """Release tasks whose lease lapsed (the expiry job; safe to run twice at once)."""
    lapsed = await conn.fetch(q.LAPSED, batch)
    return await release_held(
        conn, lapsed, SYSTEM, event_type="task.lease_expired", reason="lease_expired"
    )


async def release_all_held(
    conn: Conn, agent_ids: list[uuid.UUID], actor: Actor, *, reason: str
) -> list[Record]:
    """Release every task the agents hold (sub-agents that ended)."""
    held = await conn.fetch(q.HELD_BY, agent_ids)
    return await release_held(conn, held, actor, event_type="task.released", reason=reason)
