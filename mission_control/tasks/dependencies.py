"""Task dependencies: edges across projects, no cycles, blocking."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.core.types import Actor
from mission_control.projects.models import Project
from mission_control.tasks import workflow
from mission_control.tasks.models import Task, TaskDependency
from mission_control.tasks.service import (
    AUTO_BLOCKABLE,
    DEPENDENCY_LOCK_CLASS,
    DependencyCycle,
    DependencyNotFound,
    _event,
    _open_blockers,
    _with_project,
    get_task,
)

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
        await workflow._block(session, task, blocker, actor)
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
        await workflow._set_status(
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
