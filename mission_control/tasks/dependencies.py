"""Task dependencies: edges across projects of an org, no cycles, automatic blocking.

Dependency writes take one advisory lock per org (two requests adding A->B and B->A
would each pass a cycle check on their own snapshot), then lock the blocker before
the dependant — the order status cascades take — so they never deadlock with them.
"""

from __future__ import annotations

import uuid

from mission_control.auth import policy
from mission_control.core.db import Conn, Record, project_limit
from mission_control.core.errors import NotFound, Unprocessable
from mission_control.core.types import Actor
from mission_control.tasks import queries as q
from mission_control.tasks import workflow
from mission_control.tasks.service import event, get_for_status, get_task, ref, writable

DEPENDENCY_LOCK_CLASS = 0x4D44  # advisory-lock namespace of dependency changes, per org


class DependencyCycle(Unprocessable):
    code = "dependency_cycle"


class DependencyNotFound(NotFound):
    code = "dependency_not_found"
    message = "Dependency not found."


async def _lock(conn: Conn, org_id: uuid.UUID) -> None:
    await conn.execute(q.LOCK_DEPENDENCIES, DEPENDENCY_LOCK_CLASS, org_id)


async def _path(conn: Conn, start: uuid.UUID, goal: uuid.UUID) -> list[uuid.UUID] | None:
    """The dependency path start -> ... -> goal, if one exists (breadth-first)."""
    parents: dict[uuid.UUID, uuid.UUID | None] = {start: None}
    frontier = [start]
    while frontier:
        following: list[uuid.UUID] = []
        for edge in await conn.fetch(q.DEPENDENCY_EDGES, frontier):
            source, target = edge["task_id"], edge["depends_on_id"]
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


async def _refs(conn: Conn, ids: list[uuid.UUID]) -> list[str]:
    by_id = {row["id"]: row["ref"] for row in await conn.fetch(q.REFS, ids)}
    return [by_id[i] for i in ids]


async def add_dependency(
    conn: Conn, value: str, depends_on: str, actor: Actor
) -> tuple[Record, Record]:
    """`value` depends on `depends_on` (any project of the org); refuses cycles (422)."""
    first = await get_task(conn, value)
    await _lock(conn, first["org_id"])
    blocker = await get_task(conn, depends_on, lock=True)
    task = await get_for_status(conn, value, "blocked")
    writable(task)
    if blocker["id"] == task["id"]:
        raise DependencyCycle(
            "A task cannot depend on itself.", details={"cycle": [ref(task), ref(task)]}
        )
    if await conn.fetchval(q.DEPENDENCY_EXISTS, task["id"], blocker["id"]):
        return task, blocker
    path = await _path(conn, blocker["id"], task["id"])
    if path is not None:
        cycle = policy.mask_refs(conn, [ref(task), *await _refs(conn, path)])
        raise DependencyCycle(
            f"This dependency would close a cycle: {' -> '.join(cycle)}.",
            details={"cycle": cycle},
        )
    await conn.fetchval(q.ADD_DEPENDENCY, task["org_id"], task["id"], blocker["id"])
    event(
        conn,
        task,
        actor,
        "dependency.added",
        {"depends_on": ref(blocker), "depends_on_id": blocker["id"]},
    )
    if blocker["status"] != "done" and task["status"] in workflow.AUTO_BLOCKABLE:
        task = await workflow.block(conn, task, blocker, actor)
    return task, blocker


async def remove_dependency(conn: Conn, value: str, other: str, actor: Actor) -> Record:
    """Drop the edge; a task blocked only by it goes back to todo."""
    first = await get_task(conn, value)
    await _lock(conn, first["org_id"])
    blocker = await get_task(conn, other, lock=True)
    task = await get_for_status(conn, value, "todo")
    writable(task)
    if not await conn.fetchval(q.REMOVE_DEPENDENCY, task["id"], blocker["id"]):
        raise DependencyNotFound()
    event(
        conn,
        task,
        actor,
        "dependency.removed",
        {"depends_on": ref(blocker), "depends_on_id": blocker["id"]},
    )
    if (
        task["status"] == "blocked"
        and task["blocked_reason"] == "dependency"
        and not await workflow.open_blockers(conn, task)
    ):
        task = await workflow.set_status(
            conn, task, "todo", actor, event_type="task.unblocked", extra={"by": ref(blocker)}
        )
    return task


async def list_dependencies(conn: Conn, value: str, *, dependants: bool = False) -> list[Record]:
    """What the task depends on (or, with `dependants`, what depends on it)."""
    task = await get_task(conn, value)
    rows = await conn.fetch(q.DEPENDANTS if dependants else q.DEPENDS_ON, task["id"])
    limit = project_limit(conn)
    return [r for r in rows if limit is None or r["project_key"] in limit]
