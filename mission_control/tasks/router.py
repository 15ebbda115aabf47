"""Tasks: board lists, the workflow, dependencies, claims and approvals."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import pydantic_core
from fastapi import APIRouter, Depends, Header, Query, Response, status
from fastapi.responses import JSONResponse

from mission_control.auth.principals import OrgPrincipal, Principal, require
from mission_control.auth.scopes import Access, Role
from mission_control.core.db import SessionDep
from mission_control.core.errors import BadRequest
from mission_control.core.schemas import Page
from mission_control.projects import service as projects
from mission_control.tasks import approvals, claims, dependencies, workflow
from mission_control.tasks import service as tasks
from mission_control.tasks.models import Approval, Task
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
Reader = Annotated[Principal, Depends(require("tasks", Access.READ))]
Writer = Annotated[Principal, Depends(require("tasks", Access.WRITE))]
Limit = Annotated[int, Query(ge=1, le=200)]
StatusFilter = Annotated[str | None, Query(description="Statuses, comma-separated.")]
IfMatch = Annotated[str | None, Header(description="The task version, plain or quoted.")]
APPROVAL_RESPONSE: dict[int | str, dict[str, Any]] = {
    202: {"model": ApprovalOut, "description": "Done needs approval: the task waits in review."}
}


class InvalidIfMatch(BadRequest):
    code = "invalid_if_match"
    message = "If-Match must carry the task version as a number, plain or quoted."


def _expected_version(if_match: str | None, body_value: int | None) -> int | None:
    if if_match is None or if_match.strip() == "*":
        return body_value
    raw = if_match.strip().removeprefix("W/").strip().strip('"')
    if not raw.isdigit():
        raise InvalidIfMatch()
    header_value = int(raw)
    if body_value is not None and body_value != header_value:
        raise BadRequest(
            "If-Match and expected_version disagree.", code="conflicting_expected_version"
        )
    return header_value


def _task(response: Response, task: Task) -> TaskOut:
    response.headers["ETag"] = f'"{task.version}"'
    return TaskOut.model_validate(task)


def _accepted(approval: Approval) -> JSONResponse:
    body = ApprovalOut.model_validate(approval).model_dump(mode="json")
    return JSONResponse(body, status_code=status.HTTP_202_ACCEPTED)


def _approval_id(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise tasks.ApprovalNotFound() from None


def _statuses(value: str | None) -> list[str] | None:
    if not value:
        return None
    wanted = [s.strip() for s in value.split(",") if s.strip()]
    unknown = sorted(set(wanted) - set(tasks.TRANSITIONS))
    if unknown:
        raise BadRequest(f"Unknown status: {', '.join(unknown)}.", code="invalid_filter")
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
        raise BadRequest(
            "assignee is a user or agent id, `me` or `none`.", code="invalid_filter"
        ) from exc


@dataclass(frozen=True, slots=True)
class TaskQuery:
    """The query parameters both task lists take."""

    status: str | None
    assignee: str | None
    label: str | None
    q: str | None
    limit: int
    cursor: str | None


async def task_query(
    status: Annotated[
        str | None, Query(description="One or more statuses, comma-separated.")
    ] = None,
    assignee: Annotated[str | None, Query(description="An id, `me` or `none`.")] = None,
    label: str | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in the title.")] = None,
    limit: Limit = 50,
    cursor: str | None = None,
) -> TaskQuery:
    return TaskQuery(status, assignee, label, q, limit, cursor)


TaskQueryDep = Annotated[TaskQuery, Depends(task_query)]


async def _list(
    session: SessionDep, principal: Principal, project_key: str | None, query: TaskQuery
) -> Response:
    assignee_id, unassigned = _assignee(principal, query.assignee)
    project_id = None
    if project_key is not None:
        project_id = (await projects.get_by_key(session, project_key)).id
    filters = tasks.TaskFilter(
        project_id=project_id,
        statuses=_statuses(query.status),
        assignee_id=assignee_id,
        unassigned=unassigned,
        label=query.label,
        q=query.q,
    )
    rows, next_cursor = await tasks.list_tasks(
        session, filters, limit=query.limit, cursor=query.cursor
    )
    # Rows from our own table: written straight to JSON in TaskOut's shape (a test compares).
    page = {"items": [TaskOut.plain(row) for row in rows], "next_cursor": next_cursor}
    return Response(pydantic_core.to_json(page), media_type="application/json")


@router.get("/tasks", response_model=Page[TaskOut])
async def list_org_tasks(
    principal: Reader,
    session: SessionDep,
    query: TaskQueryDep,
    project: Annotated[str | None, Query(description="A project key.")] = None,
) -> Response:
    """The org's tasks in board order (status column, then position)."""
    return await _list(session, principal, project, query)


@router.get("/projects/{key}/tasks", response_model=Page[TaskOut])
async def list_project_tasks(
    key: str, principal: Reader, session: SessionDep, query: TaskQueryDep
) -> Response:
    """One project's board, column by column."""
    return await _list(session, principal, key, query)


@router.post("/projects/{key}/tasks", status_code=status.HTTP_201_CREATED)
async def create_task(
    key: str, body: TaskCreate, principal: Writer, session: SessionDep, response: Response
) -> TaskOut:
    task = await tasks.create_task(
        session,
        key,
        title=body.title,
        description=body.description,
        status=body.status,
        priority=body.priority,
        assignee_type=body.assignee_type,
        assignee_id=body.assignee_id,
        labels=body.labels or [],
        due_date=body.due_date,
        actor=principal.actor,
    )
    return _task(response, task)


@router.post(
    "/tasks/claim-next",
    response_model=TaskOut,
    responses={204: {"description": "No task is available."}},
)
async def claim_next(
    principal: Writer, session: SessionDep, response: Response, body: ClaimNext | None = None
) -> Any:
    """Atomically hand the caller the most urgent unassigned, unblocked todo task."""
    body = body or ClaimNext()
    task = await claims.claim_next(
        session,
        principal.actor,
        project_key=body.project,
        labels=body.labels,
        min_priority=body.min_priority,
    )
    if task is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    return _task(response, task)


@router.get("/tasks/{task}")
async def get_task(
    task: str, principal: Reader, session: SessionDep, response: Response
) -> TaskOut:
    """A task by `KEY-N` ref or id."""
    return _task(response, await tasks.get_task(session, task))


@router.patch("/tasks/{task}")
async def update_task(
    task: str,
    body: TaskUpdate,
    principal: Writer,
    session: SessionDep,
    response: Response,
    if_match: IfMatch = None,
) -> TaskOut:
    """Partial update; with If-Match or expected_version a stale write gets 409."""
    changes = body.model_dump(exclude_unset=True, exclude={"expected_version"})
    updated = await tasks.update_task(
        session,
        task,
        changes,
        expected_version=_expected_version(if_match, body.expected_version),
        actor=principal.actor,
    )
    return _task(response, updated)


@router.post("/tasks/{task}/transition", response_model=TaskOut, responses=APPROVAL_RESPONSE)
async def transition_task(
    task: str,
    body: TaskTransition,
    principal: Writer,
    session: SessionDep,
    response: Response,
    if_match: IfMatch = None,
) -> Any:
    """Move along the workflow; a forbidden move is 409 listing the allowed targets."""
    moved, approval = await workflow.transition_task(
        session,
        task,
        body.status,
        expected_version=_expected_version(if_match, body.expected_version),
        actor=principal.actor,
    )
    if approval is not None:
        return _accepted(approval)
    return _task(response, moved)


@router.post("/tasks/{task}/move", response_model=TaskOut, responses=APPROVAL_RESPONSE)
async def move_task(
    task: str, body: TaskMove, principal: Writer, session: SessionDep, response: Response
) -> Any:
    """Drop the card after `after` / before `before`, optionally in column `status`."""
    moved, approval = await workflow.move_task(
        session,
        task,
        before=body.before,
        after=body.after,
        status=body.status,
        actor=principal.actor,
    )
    if approval is not None:
        return _accepted(approval)
    return _task(response, moved)


@router.post("/tasks/{task}/claim")
async def claim_task(
    task: str, principal: Writer, session: SessionDep, response: Response
) -> TaskOut:
    """Assign the caller and start the task; of concurrent claimers exactly one wins."""
    claimed, _ = await claims.claim_task(session, task, principal.actor)
    return _task(response, claimed)


@router.post("/tasks/{task}/release")
async def release_task(
    task: str,
    principal: Writer,
    session: SessionDep,
    response: Response,
    body: TaskRelease | None = None,
) -> TaskOut:
    """Give a claimed task back to todo (the holder, or an admin)."""
    may_override = principal.role in (Role.ADMIN, Role.OWNER) or "admin" in (principal.scopes or ())
    released = await claims.release_task(
        session,
        task,
        (body or TaskRelease()).reason,
        principal.actor,
        may_override=may_override,
    )
    return _task(response, released)


@router.get("/tasks/{task}/dependencies")
async def list_dependencies(
    task: str,
    principal: Reader,
    session: SessionDep,
    direction: Literal["depends_on", "dependants"] = "depends_on",
) -> Page[TaskOut]:
    """What the task depends on, or (`direction=dependants`) what depends on it."""
    rows = await dependencies.list_dependencies(session, task, dependants=direction == "dependants")
    return Page(items=[TaskOut.model_validate(t) for t in rows], next_cursor=None)


@router.post("/tasks/{task}/dependencies", status_code=status.HTTP_201_CREATED)
async def add_dependency(
    task: str, body: DependencyCreate, principal: Writer, session: SessionDep
) -> DependencyOut:
    """The task depends on `depends_on` (any project of the org); a cycle is 422."""
    dependant, blocker = await dependencies.add_dependency(
        session, task, body.depends_on, principal.actor
    )
    return DependencyOut(
        task=TaskOut.model_validate(dependant), depends_on=TaskOut.model_validate(blocker)
    )


@router.delete("/tasks/{task}/dependencies/{other}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_dependency(task: str, other: str, principal: Writer, session: SessionDep) -> None:
    await dependencies.remove_dependency(session, task, other, principal.actor)


@router.get("/approvals")
async def list_approvals(
    principal: Reader,
    session: SessionDep,
    status: Literal["pending", "approved", "rejected"] | None = None,
    limit: Limit = 50,
    cursor: str | None = None,
) -> Page[ApprovalOut]:
    rows, next_cursor = await approvals.list_approvals(
        session, status=status, limit=limit, cursor=cursor
    )
    return Page(items=[ApprovalOut.model_validate(a) for a in rows], next_cursor=next_cursor)


async def _decide(
    approval_id: str,
    principal: Principal,
    session: SessionDep,
    body: ApprovalDecision | None,
    *,
    approve: bool,
) -> ApprovalOut:
    # Who may decide is the service's rule (approvers, admins, agents with approvals:decide).
    principal.require("tasks", Access.READ)
    approval = await approvals.decide_approval(
        session,
        _approval_id(approval_id),
        approve=approve,
        comment=(body or ApprovalDecision()).comment,
        principal=principal,
    )
    return ApprovalOut.model_validate(approval)


@router.post("/approvals/{approval_id}/approve")
async def approve(
    approval_id: str,
    principal: OrgPrincipal,
    session: SessionDep,
    body: ApprovalDecision | None = None,
) -> ApprovalOut:
    """Approve: the task moves to done (admins, owners, approvers; agents with approvals:decide)."""
    return await _decide(approval_id, principal, session, body, approve=True)


@router.post("/approvals/{approval_id}/reject")
async def reject(
    approval_id: str,
    principal: OrgPrincipal,
    session: SessionDep,
    body: ApprovalDecision | None = None,
) -> ApprovalOut:
    """Reject with a comment: the task goes back to in_progress."""
    return await _decide(approval_id, principal, session, body, approve=False)


__all__ = ["Status", "router"]
