"""Approvals: `done` under a project's approval rule waits in review until a decider
approves (-> done) or rejects (-> in_progress)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from mission_control.auth.principals import Principal
from mission_control.auth.scopes import Role
from mission_control.core import pagination
from mission_control.core.db import Conn, Record, project_limit
from mission_control.core.errors import Conflict, Forbidden, NotFound
from mission_control.core.sql import Where
from mission_control.core.types import Actor
from mission_control.events import service as events
from mission_control.tasks import queries as q
from mission_control.tasks import workflow
from mission_control.tasks.service import get_for_status, writable


class ApprovalNotFound(NotFound):
    code = "approval_not_found"
    message = "Approval not found."


class ApprovalDecided(Conflict):
    code = "approval_decided"
    message = "This approval has already been decided."


class NotAnApprover(Forbidden):
    code = "not_an_approver"


class OwnRequest(NotAnApprover):
    code = "own_request"
    message = "An agent cannot decide an approval it requested."


def _event(conn: Conn, approval: Record, actor: Actor, type: str, payload: dict[str, Any]) -> None:
    payload = {"task_ref": approval["task_ref"], "task_id": approval["task_id"], **payload}
    events.record(conn, "approval", approval, actor, type, payload)


async def request_approval(conn: Conn, task: Record, actor: Actor) -> tuple[Record, Record]:
    """Park a locked task in review with a pending approval (the one already pending, if any)."""
    pending = await conn.fetchrow(q.PENDING_APPROVAL, task["id"])
    if pending is not None:
        return task, pending
    if task["status"] != "review":
        task = await workflow.set_status(
            conn, await get_for_status(conn, str(task["id"]), "review"), "review", actor
        )
    approval = await conn.fetchrow(
        q.INSERT_APPROVAL, task["org_id"], task["project_id"], task["id"], actor.type, actor.id
    )
    assert approval is not None
    _event(conn, approval, actor, "approval.requested", {"after": {"status": "pending"}})
    return task, approval


async def list_approvals(
    conn: Conn, *, status: str | None, limit: int, cursor: str | None
) -> tuple[list[Record], str | None]:
    where = Where()
    keys = project_limit(conn)
    if keys is not None:
        where.add("p.key = ANY(?::text[])", list(keys))
    if status is not None:
        where.add("a.status = ?", status)
    after = pagination.decode(cursor, (pagination.TIME, pagination.UUID))
    if after is not None:
        where.add("(a.created_at, a.id) > (?, ?)", *after)
    rows = await conn.fetch(q.approvals_page(where.sql, where.param(limit + 1)), *where.args)
    return pagination.page(rows, limit, lambda r: (r["created_at"], r["id"]))


def _check_decider(principal: Principal, approval: Record, approvers: Sequence[uuid.UUID]) -> None:
    """Admins and owners, listed approvers, and agents holding approvals:decide decide;
    an agent never decides a request it made."""
    actor = principal.actor
    if actor.type == "agent":
        if approval["requested_by_type"] == "agent" and approval["requested_by_id"] == actor.id:
            raise OwnRequest()
        scopes = principal.scopes or frozenset()
        if "approvals:decide" not in scopes and "admin" not in scopes:
            raise NotAnApprover("This key lacks the approvals:decide scope.")
        return
    if principal.scopes is not None and not ({"approvals:decide", "admin"} & set(principal.scopes)):
        raise NotAnApprover("This token lacks the approvals:decide scope.")
    role = principal.role
    if role in (Role.ADMIN, Role.OWNER):
        return
    if actor.id in approvers and role is not None and role is not Role.VIEWER:
        return
    raise NotAnApprover("Only the project's approvers, admins and owners may decide.")


async def decide_approval(
    conn: Conn,
    approval_id: uuid.UUID,
    *,
    approve: bool,
    comment: str,
    principal: Principal,
) -> Record:
    """Approve (task -> done) or reject (task -> in_progress) a pending approval."""
    approval = await conn.fetchrow(q.APPROVAL_FOR_UPDATE, approval_id)
    keys = project_limit(conn)
    if approval is None or (keys is not None and approval["task_ref"].split("-")[0] not in keys):
        raise ApprovalNotFound()
    target = "done" if approve else "in_progress"
    task = await get_for_status(conn, str(approval["task_id"]), target)
    writable(task)
    _check_decider(principal, approval, approval["approvers"])
    if approval["status"] != "pending":
        raise ApprovalDecided(details={"status": approval["status"]})
    actor = principal.actor
    if approve:
        blockers = await workflow.open_blockers(conn, task)
        if blockers:
            raise workflow.dependencies_open(conn, task, blockers)
    status = "approved" if approve else "rejected"
    decided = await conn.fetchrow(
        q.DECIDE, approval_id, status, actor.type, actor.id, comment or None
    )
    assert decided is not None
    _event(
        conn,
        decided,
        actor,
        f"approval.{status}",
        {"comment": comment, "before": {"status": "pending"}, "after": {"status": status}},
    )
    if task["status"] != target:
        await workflow.set_status(conn, task, target, actor, extra={"approval_id": approval_id})
    return decided
