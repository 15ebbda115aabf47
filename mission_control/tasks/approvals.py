"""Approvals: done under approval waits in review until a decider approves or rejects."""

from __future__ import annotations

import uuid

from sqlalchemy import Select, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import contains_eager

from mission_control.auth.principals import Principal
from mission_control.auth.scopes import Role
from mission_control.core.cursor import InvalidCursor, decode_cursor, encode_cursor
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events
from mission_control.projects import service as projects
from mission_control.projects.models import Project
from mission_control.tasks import workflow
from mission_control.tasks.models import Approval, Task
from mission_control.tasks.service import (
    ApprovalDecided,
    ApprovalNotFound,
    DependenciesOpen,
    NotAnApprover,
    _get_by_id,
    _open_blockers,
)

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
        await workflow._set_status(session, task, "review", actor)
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
        await workflow._set_status(
            session, task, target, actor, extra={"approval_id": str(approval.id)}
        )
    return approval
