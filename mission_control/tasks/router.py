"""Tasks: board lists, the workflow, dependencies, claims and approvals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import pydantic_core
from fastapi import APIRouter, Depends, Header, Query, Response, status

from mission_control.auth.principals import Principal, TxPrincipal, require_tx
from mission_control.auth.scopes import Access
from mission_control.core.db import Record, TxDep
from mission_control.core.errors import BadRequest
from mission_control.core.schemas import Page
from mission_control.tasks import approvals, claims, dependencies, workflow
from mission_control.tasks import service as tasks
from mission_control.tasks.schemas import (
    ApprovalDecision,
    ApprovalOut,
    ClaimNext,
    DependencyCreate,
    DependencyOut,
    Status,
    TaskCreate,
    TaskMove,
    TaskOut,
    TaskRelease,
    TaskTransition,
    TaskUpdate,
)

router = APIRouter(prefix="/api/v1/orgs/{org_slug}", tags=["tasks"])
Reader = Annotated[Principal, Depends(require_tx("tasks", Access.READ))]
Writer = Annotated[Principal, Depends(require_tx("tasks", Access.WRITE))]
Creator = Annotated[Principal, Depends(require_tx("tasks", Access.WRITE, creates=True))]
Limit = Annotated[int, Query(ge=1, le=200)]
StatusFilter = Annotated[str | None, Query(description="Statuses, comma-separated.")]
IfMatch = Annotated[str | None, Header(description="The task version, plain or quoted.")]
APPROVAL_RESPONSE: dict[int | str, dict[str, Any]] = {
    202: {"model": ApprovalOut, "description": "Done needs approval: the task waits in review."}
}


class InvalidIfMatch(BadRequest):
    code = "invalid_if_match"
    message = "If-Match must carry the task version as a number, plain or quoted."


class ConflictingExpectedVersion(BadRequest):
    code = "conflicting_expected_version"
    message = "If-Match and expected_version disagree."


class InvalidFilter(BadRequest):
    code = "invalid_filter"


def _expected_version(if_match: str | None, body_value: int | None) -> int | None:
    if if_match is None or if_match.strip() == "*":
        return body_value
    raw = if_match.strip().removeprefix("W/").strip().strip('"')
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:  # versions are int4
        raise InvalidIfMatch()
    header_value = int(raw)
    if body_value is not None and body_value != header_value:
        raise ConflictingExpectedVersion()
    return header_value


def _json(body: Any, status_code: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        pydantic_core.to_json(body), status_code, headers, media_type="application/json"
    )


def _task(task: Record, status_code: int = 200) -> Response:
    """A task answered in TaskOut's shape with its version as ETag (no re-validation)."""
    return _json(tasks.plain(task), status_code, {"ETag": f'"{task["version"]}"'})


def _approval(approval: Record) -> dict[str, Any]:
    return {field: approval[field] for field in ApprovalOut.model_fields}


def _accepted(approval: Record) -> Response:
    return _json(_approval(approval), status.HTTP_202_ACCEPTED)


def _approval_id(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise approvals.ApprovalNotFound() from None


def _statuses(value: str | None) -> list[str] | None:
    if not value:
        return None
    wanted = [s.strip() for s in value.split(",") if s.strip()]
    unknown = sorted(set(wanted) - set(workflow.TRANSITIONS))
    if unknown:
        raise InvalidFilter(f"Unknown status: {', '.join(unknown)}.")
    return wanted


def _assignee(principal: Principal, value: str | None) -> tuple[uuid.UUID | None, bool]:
    if value is None:
        return None, False
    if value == "none":
        return None, True
    if value == "me":
        return principal.actor.id, False
    try:
        return uuid.UUID(value), False
    except ValueError as exc:
        raise InvalidFilter() from exc


@dataclass(frozen=True, slots=True)
class TaskQuery:
    """The query parameters both task lists take."""

    status: str | None
    assignee: str | None
    label: str | None
    q: str | None
    limit: int
    cursor: str | None
    include_archived: bool


async def task_query(
    status: Annotated[
        str | None, Query(description="One or more statuses, comma-separated.")
    ] = None,
    assignee: Annotated[str | None, Query(description="An id, `me` or `none`.")] = None,
    label: str | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in the title.")] = None,
    limit: Limit = 50,
    cursor: str | None = None,
    include_archived: Annotated[bool, Query(description="Archived tasks too.")] = False,
) -> TaskQuery:
    return TaskQuery(status, assignee, label, q, limit, cursor, include_archived)


TaskQueryDep = Annotated[TaskQuery, Depends(task_query)]


async def _list(
    tx: TxDep, principal: Principal, project_key: str | None, query: TaskQuery
) -> Response:
    assignee_id, unassigned = _assignee(principal, query.assignee)
    filters = tasks.TaskFilter(
        project_key=project_key,
        statuses=_statuses(query.status),
        assignee_id=assignee_id,
        unassigned=unassigned,
        label=query.label,
        q=query.q,
        include_archived=query.include_archived,
    )
    rows, next_cursor = await tasks.list_tasks(tx, filters, limit=query.limit, cursor=query.cursor)
    # Rows from our own table: written straight to JSON in TaskOut's shape (a test compares).
    return _json({"items": [tasks.plain(row) for row in rows], "next_cursor": next_cursor})


@router.get("/tasks", response_model=Page[TaskOut])
async def list_org_tasks(
    principal: Reader,
    tx: TxDep,
    query: TaskQueryDep,
    project: Annotated[str | None, Query(description="A project key.")] = None,
) -> Response:
    """The org's tasks in board order (status column, then position)."""
    return await _list(tx, principal, project, query)


@router.get("/projects/{key}/tasks", response_model=Page[TaskOut])
async def list_project_tasks(
    key: str, principal: Reader, tx: TxDep, query: TaskQueryDep
) -> Response:
    """One project's board, column by column."""
    return await _list(tx, principal, key, query)


@router.post("/projects/{key}/tasks", status_code=status.HTTP_201_CREATED, response_model=TaskOut)
async def create_task(key: str, body: TaskCreate, principal: Creator, tx: TxDep) -> Response:
    task = await tasks.create_task(tx, key, body, principal.actor)
    return _task(task, status.HTTP_201_CREATED)


@router.post(
    "/tasks/claim-next",
    response_model=TaskOut,
    responses={204: {"description": "No task is available."}},
)
async def claim_next(principal: Writer, tx: TxDep, body: ClaimNext | None = None) -> Response:
    """Atomically hand the caller the most urgent unassigned, unblocked todo task."""
    body = body or ClaimNext()
    task = await claims.claim_next(
        tx,
        principal.actor,
        project_key=body.project,
        labels=body.labels,
        min_priority=body.min_priority,
        parent_id=principal.parent_id,
    )
    if task is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    return _task(task)


@router.get("/tasks/{task}", response_model=TaskOut)
async def get_task(task: str, principal: Reader, tx: TxDep) -> Response:
    """A task by `KEY-N` ref or id."""
    return _task(await tasks.get_task(tx, task))


@router.patch("/tasks/{task}", response_model=TaskOut)
async def update_task(
    task: str, body: TaskUpdate, principal: Writer, tx: TxDep, if_match: IfMatch = None
) -> Response:
    """Partial update; with If-Match or expected_version a stale write gets 409."""
    updated = await tasks.update_task(
        tx,
        task,
        body,
        expected_version=_expected_version(if_match, body.expected_version),
        actor=principal.actor,
    )
    return _task(updated)


@router.post("/tasks/{task}/transition", response_model=TaskOut, responses=APPROVAL_RESPONSE)
async def transition_task(
    task: str, body: TaskTransition, principal: Writer, tx: TxDep, if_match: IfMatch = None
) -> Response:
    """Move along the workflow; a forbidden move is 409 listing the allowed targets."""
    moved, approval = await workflow.transition_task(
        tx,
        task,
        body.status,
        expected_version=_expected_version(if_match, body.expected_version),
        actor=principal.actor,
    )
    if approval is not None:
        return _accepted(approval)
    return _task(moved)


@router.post("/tasks/{task}/move", response_model=TaskOut, responses=APPROVAL_RESPONSE)
async def move_task(task: str, body: TaskMove, principal: Writer, tx: TxDep) -> Response:
    """Drop the card after `after` / before `before`, optionally in column `status`."""
    if body.project is not None:
        if body.before is not None or body.after is not None:
            raise workflow.MoveAcrossProjects()
        moved, approval = await workflow.move_to_project(
            tx, task, body.project, status=body.status, actor=principal.actor
        )
    else:
        moved, approval = await workflow.move_task(
            tx,
            task,
            before=body.before,
            after=body.after,
            status=body.status,
            actor=principal.actor,
        )
    if approval is not None:
        return _accepted(approval)
    return _task(moved)


@router.post("/tasks/{task}/archive", response_model=TaskOut)
async def archive_task(task: str, principal: Writer, tx: TxDep) -> Response:
    """Archive: off the boards and claim-next, still readable and searchable."""
    return _task(await workflow.set_archived(tx, task, True, principal.actor))


@router.post("/tasks/{task}/restore", response_model=TaskOut)
async def restore_task(task: str, principal: Writer, tx: TxDep) -> Response:
    """Bring an archived task back to its board."""
    return _task(await workflow.set_archived(tx, task, False, principal.actor))


@router.post("/tasks/{task}/claim", response_model=TaskOut)
async def claim_task(task: str, principal: Writer, tx: TxDep) -> Response:
    """Assign the caller and start the task; of concurrent claimers exactly one wins."""
    claimed, _ = await claims.claim_task(tx, task, principal.actor, parent_id=principal.parent_id)
    return _task(claimed)


@router.post("/tasks/{task}/release", response_model=TaskOut)
async def release_task(
    task: str, principal: Writer, tx: TxDep, body: TaskRelease | None = None
) -> Response:
    """Give a claimed task back to todo (the holder, or an admin)."""
    # Taking a task from its holder is an admin's power: role and key scope both count.
    may_override = principal.allows("tasks", Access.MANAGE)
    released = await claims.release_task(
        tx, task, (body or TaskRelease()).reason, principal.actor, may_override=may_override
    )
    return _task(released)


@router.get("/tasks/{task}/dependencies", response_model=Page[TaskOut])
async def list_dependencies(
    task: str,
    principal: Reader,
    tx: TxDep,
    direction: Literal["depends_on", "dependants"] = "depends_on",
) -> Response:
    """What the task depends on, or (`direction=dependants`) what depends on it."""
    rows = await dependencies.list_dependencies(tx, task, dependants=direction == "dependants")
    return _json({"items": [tasks.plain(t) for t in rows], "next_cursor": None})


@router.post(
    "/tasks/{task}/dependencies", status_code=status.HTTP_201_CREATED, response_model=DependencyOut
)
async def add_dependency(
    task: str, body: DependencyCreate, principal: Creator, tx: TxDep
) -> Response:
    """The task depends on `depends_on` (any project of the org); a cycle is 422."""
    dependant, blocker = await dependencies.add_dependency(
        tx, task, body.depends_on, principal.actor
    )
    return _json(
        {"task": tasks.plain(dependant), "depends_on": tasks.plain(blocker)},
        status.HTTP_201_CREATED,
    )


@router.delete("/tasks/{task}/dependencies/{other}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_dependency(task: str, other: str, principal: Writer, tx: TxDep) -> None:
    await dependencies.remove_dependency(tx, task, other, principal.actor)


@router.get("/approvals", response_model=Page[ApprovalOut])
async def list_approvals(
    principal: Reader,
    tx: TxDep,
    status: Literal["pending", "approved", "rejected"] | None = None,
    limit: Limit = 50,
    cursor: str | None = None,
) -> Response:
    rows, next_cursor = await approvals.list_approvals(
        tx, status=status, limit=limit, cursor=cursor
    )
    return _json({"items": [_approval(a) for a in rows], "next_cursor": next_cursor})


async def _decide(
    approval_id: str,
    principal: Principal,
    tx: TxDep,
    body: ApprovalDecision | None,
    *,
    approve: bool,
) -> Response:
    # Who may decide is the service's rule (approvers, admins, agents with approvals:decide).
    principal.require("tasks", Access.READ)
    approval = await approvals.decide_approval(
        tx,
        _approval_id(approval_id),
        approve=approve,
        comment=(body or ApprovalDecision()).comment,
        principal=principal,
    )
    return _json(_approval(approval))


@router.post("/approvals/{approval_id}/approve", response_model=ApprovalOut)
async def approve(
    approval_id: str, principal: TxPrincipal, tx: TxDep, body: ApprovalDecision | None = None
) -> Response:
    """Approve: the task moves to done (admins, owners, approvers; agents with approvals:decide)."""
    return await _decide(approval_id, principal, tx, body, approve=True)


@router.post("/approvals/{approval_id}/reject", response_model=ApprovalOut)
async def reject(
    approval_id: str, principal: TxPrincipal, tx: TxDep, body: ApprovalDecision | None = None
) -> Response:
    """Reject with a comment: the task goes back to in_progress."""
    return await _decide(approval_id, principal, tx, body, approve=False)


__all__ = ["Status", "router"]
