"""The status workflow: the transition table, status changes with their cascades, and
Kanban moves."""

from __future__ import annotations

import uuid
from typing import Any

from mission_control.auth import policy
from mission_control.core.db import Conn, Record
from mission_control.core.errors import Conflict, Unprocessable
from mission_control.core.types import Actor
from mission_control.projects import service as projects
from mission_control.projects.models import ARCHIVED
from mission_control.projects.positions import append_key, key_between, place
from mission_control.tasks import approvals
from mission_control.tasks import queries as q
from mission_control.tasks.service import (
    ProjectArchived,
    check_version,
    event,
    get_for_status,
    get_task,
    ref,
    writable,
)

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


class TransitionNotAllowed(Conflict):
    code = "transition_not_allowed"


class DependenciesOpen(Conflict):
    code = "dependencies_open"


async def open_blockers(conn: Conn, task: Record) -> list[Record]:
    """The task's unfinished dependencies (a fresh read, after the task's lock is held)."""
    if task["dependency_count"] == 0:
        return []
    return list(await conn.fetch(q.OPEN_BLOCKERS_OF, task["id"]))


def dependencies_open(conn: Conn, task: Record, blockers: list[Record]) -> DependenciesOpen:
    return DependenciesOpen(
        f"{ref(task)} depends on unfinished tasks.",
        details={"open_dependencies": policy.refs(conn, blockers)},
    )


async def set_status(
    conn: Conn,
    task: Record,
    status: str,
    actor: Actor,
    *,
    event_type: str = "task.status_changed",
    blocked_reason: str | None = None,
    extra: dict[str, Any] | None = None,
    position: str | None = None,
) -> Record:
    """Move a locked task (read with its target column's end) to `status`, and cascade."""
    position = position or append_key(task["column_end"], task["number"])
    reason = blocked_reason if status == "blocked" else None
    updated = await conn.fetchrow(
        q.SET_STATUS, task["id"], status, position, reason, actor.type, actor.id
    )
    assert updated is not None
    event(
        conn,
        updated,
        actor,
        event_type,
        {
            "before": {"status": task["status"], "position": task["position"]},
            "after": {"status": status, "position": position},
            "version": updated["version"],
            **(extra or {}),
        },
    )
    if updated["dependant_count"]:
        if status == "done":
            await _unblock_dependants(conn, updated, actor)
        elif task["status"] == "done":
            await _block_dependants(conn, updated, actor)
    return updated


async def _unblock_dependants(conn: Conn, done: Record, actor: Actor) -> None:
    # Each dependant is locked before its blockers are counted (a later statement):
    # two blockers finishing at once queue on the dependant, and the second one sees
    # the first one's commit, so the last to finish always unblocks.
    dependants = await conn.fetch(q.DEPENDANTS_FOR_STATUS, done["id"], "todo", ["blocked"])
    for dependant in dependants:
        if dependant["blocked_reason"] != "dependency":
            continue
        if not await open_blockers(conn, dependant):
            await set_status(
                conn,
                dependant,
                "todo",
                actor,
                event_type="task.unblocked",
                extra={"by": ref(done)},
            )


async def block(conn: Conn, task: Record, blocker: Record, actor: Actor) -> Record:
    return await set_status(
        conn,
        task,
        "blocked",
        actor,
        event_type="task.blocked",
        blocked_reason="dependency",
        extra={"by": ref(blocker)},
    )


async def _block_dependants(conn: Conn, reopened: Record, actor: Actor) -> None:
    dependants = await conn.fetch(
        q.DEPENDANTS_FOR_STATUS, reopened["id"], "blocked", list(AUTO_BLOCKABLE)
    )
    for dependant in dependants:
        await block(conn, dependant, reopened, actor)


async def transition_task(
    conn: Conn,
    value: str,
    status: str,
    *,
    expected_version: int | None,
    actor: Actor,
) -> tuple[Record, Record | None]:
    """Move a task along the workflow; `done` under approval parks it in review instead."""
    task = await get_for_status(conn, value, status)
    writable(task)
    check_version(task, expected_version)
    return await apply_status(conn, task, status, actor)


async def apply_status(
    conn: Conn, task: Record, status: str, actor: Actor, *, position: str | None = None
) -> tuple[Record, Record | None]:
    """The workflow's rules for moving a locked task (read for `status`) to `status`:
    the task as it ends up, and the approval it waits on, if any."""
    if status == task["status"]:
        return task, None
    allowed = TRANSITIONS[task["status"]]
    if status not in allowed:
        raise TransitionNotAllowed(
            f"A task cannot move from {task['status']} to {status}.",
            details={"from": task["status"], "to": status, "allowed": sorted(allowed)},
        )
    if status in NEEDS_DEPENDENCIES_DONE or status == "todo":
        blockers = await open_blockers(conn, task)
        if blockers:
            if status == "todo" and task["status"] != "blocked":
                # Planned work with an open dependency waits in blocked.
                blocked = await get_for_status(conn, str(task["id"]), "blocked")
                return await block(conn, blocked, blockers[0], actor), None
            raise dependencies_open(conn, task, blockers)
    if status == "done" and task["requires_approval"]:
        return await approvals.request_approval(conn, task, actor)
    blocked_reason = "manual" if status == "blocked" else None
    updated = await set_status(
        conn, task, status, actor, blocked_reason=blocked_reason, position=position
    )
    return updated, None


# --- Kanban moves ----------------------------------------------------------------------


async def _anchor(conn: Conn, task: Record, anchor: uuid.UUID | None, status: str) -> str | None:
    if anchor is None:
        return None
    if anchor == task["id"]:
        raise projects.BadNeighbour()
    position = await conn.fetchval(q.POSITION_IN_COLUMN, anchor, task["project_id"], status)
    if position is None:
        raise projects.NeighbourNotFound()
    return str(position)


async def move_task(
    conn: Conn,
    value: str,
    *,
    before: uuid.UUID | None,
    after: uuid.UUID | None,
    status: str | None,
    actor: Actor,
) -> tuple[Record, Record | None]:
    """Drop a card between neighbours; within a column it is one UPDATE and no version bump."""
    task = await get_for_status(conn, value, status or "")
    writable(task)
    column = status or task["status"]
    position = await place(
        conn,
        end=q.COLUMN_LAST,
        following=q.COLUMN_NEXT,
        preceding=q.COLUMN_PREV,
        scope=(task["project_id"], column, task["id"]),
        before=await _anchor(conn, task, before, column),
        after=await _anchor(conn, task, after, column),
        number=task["number"],
    )
    if column != task["status"]:
        moved, approval = await apply_status(conn, task, column, actor, position=position)
        return moved, approval
    if position == task["position"]:
        return task, None
    updated = await conn.fetchrow(q.SET_POSITION, task["id"], position, actor.type, actor.id)
    assert updated is not None
    event(
        conn,
        updated,
        actor,
        "task.moved",
        {
            "before": {"position": task["position"]},
            "after": {"position": position, "status": updated["status"]},
        },
    )
    return updated, None


# --- to another project, and archiving ----------------------------------------------------


class MoveAcrossProjects(Unprocessable):
    code = "cross_project_anchor"
    message = "A move to another project puts the card at the end of its column there."


async def move_to_project(
    conn: Conn, value: str, project_key: str, *, status: str | None, actor: Actor
) -> tuple[Record, Record | None]:
    """Move a task to another project: the next number there; the old ref keeps resolving."""
    task = await get_for_status(conn, value, status or "")
    writable(task)
    if project_key.upper() == task["project_key"]:
        return task, None
    if not projects.visible_key(conn, project_key):
        raise projects.ProjectNotFound()
    target = await conn.fetchrow(q.TARGET_PROJECT, project_key.upper(), task["status"])
    if target is None:
        raise projects.ProjectNotFound()
    if target["stage"] == ARCHIVED:
        raise ProjectArchived()
    await conn.execute(
        q.KEEP_OLD_REF, task["org_id"], task["project_key"], task["number"], task["id"]
    )
    moved = await conn.fetchrow(
        q.CHANGE_PROJECT, task["id"], target["id"], key_between(target["last"], None)
    )
    assert moved is not None
    event(
        conn,
        moved,
        actor,
        "task.project_changed",
        {
            "before": {
                "ref": ref(task),
                "project_id": task["project_id"],
                "number": task["number"],
            },
            "after": {
                "ref": ref(moved),
                "project_id": moved["project_id"],
                "number": moved["number"],
            },
        },
    )
    if status is not None and status != moved["status"]:
        return await apply_status(
            conn, await get_for_status(conn, str(moved["id"]), status), status, actor
        )
    return moved, None


async def set_archived(conn: Conn, value: str, archived: bool, actor: Actor) -> Record:
    """Archive (off the boards and claim-next, still readable) or restore a task."""
    task = await get_task(conn, value, lock=True)
    if task["project_stage"] == ARCHIVED:
        raise ProjectArchived()
    if (task["archived_at"] is not None) == archived:
        return task
    changed = await conn.fetchrow(q.SET_ARCHIVED, task["id"], archived)
    assert changed is not None
    event(
        conn,
        changed,
        actor,
        "task.archived" if archived else "task.restored",
        {"before": {"archived": not archived}, "after": {"archived": archived}},
    )
    return changed
