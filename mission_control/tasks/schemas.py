"""Tasks, dependencies, claims and approvals: request bodies and response shapes."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal, Self

from pydantic import Field, field_validator, model_validator

from mission_control.core.schemas import RequestModel, ResponseModel

Status = Literal["backlog", "todo", "in_progress", "blocked", "review", "done", "cancelled"]
Priority = Literal["none", "low", "medium", "high", "urgent"]
AssigneeType = Literal["user", "agent"]
Labels = Field(default=None, max_length=50)


def _clean_labels(labels: list[str] | None) -> list[str] | None:
    if labels is None:
        return None
    cleaned = list(dict.fromkeys(label.strip() for label in labels))
    if any(not label or len(label) > 50 for label in cleaned):
        raise ValueError("labels must be 1 to 50 characters")
    return cleaned


class _AssigneeFields(RequestModel):
    assignee_type: AssigneeType | None = None
    assignee_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def both_or_neither(self) -> Self:
        if (self.assignee_type is None) != (self.assignee_id is None):
            raise ValueError("assignee_type and assignee_id go together")
        return self


class TaskCreate(_AssigneeFields):
    title: str = Field(min_length=1, max_length=500)
    description: str = Field(default="", max_length=100_000)
    status: Literal["backlog", "todo"] = "todo"
    priority: Priority = "none"
    labels: list[str] | None = Labels
    due_date: date | None = None

    _labels = field_validator("labels")(_clean_labels)


class TaskUpdate(_AssigneeFields):
    """Every field optional; status changes go through /transition or /move."""

    title: str | None = Field(default=None, min_length=1, max_length=500)
    description: str | None = Field(default=None, max_length=100_000)
    priority: Priority | None = None
    labels: list[str] | None = Labels
    due_date: date | None = None
    expected_version: int | None = Field(default=None, ge=1)

    _labels = field_validator("labels")(_clean_labels)


class TaskTransition(RequestModel):
    status: Status
    expected_version: int | None = Field(default=None, ge=1)


class TaskMove(RequestModel):
    """Where the card goes: after one card and/or before another in column `status`; or to
    another `project` (the end of its column there: it takes the next number, and its old
    ref keeps resolving)."""

    before: uuid.UUID | None = None
    after: uuid.UUID | None = None
    status: Status | None = None
    project: str | None = Field(default=None, max_length=10, description="A project key.")


class TaskRelease(RequestModel):
    reason: str = Field(default="", max_length=2000)


class ClaimNext(RequestModel):
    project: str | None = Field(default=None, max_length=10)
    labels: list[str] | None = Field(default=None, max_length=20)
    min_priority: Priority | None = None


class DependencyCreate(RequestModel):
    depends_on: str = Field(min_length=1, max_length=60, description="A task ref (`MC-7`) or id.")


class ApprovalDecision(RequestModel):
    comment: str = Field(default="", max_length=5000)


class TaskOut(ResponseModel):
    id: uuid.UUID
    ref: str
    number: int
    project_id: uuid.UUID
    project_key: str
    title: str
    description: str
    status: Status
    blocked_reason: Literal["dependency", "manual"] | None
    priority: Priority
    assignee_type: AssigneeType | None
    assignee_id: uuid.UUID | None
    labels: list[str]
    due_date: date | None
    position: str
    version: int
    claimed_at: datetime | None
    lease_expires_at: datetime | None
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime


class DependencyOut(ResponseModel):
    task: TaskOut
    depends_on: TaskOut


class ApprovalOut(ResponseModel):
    id: uuid.UUID
    task_id: uuid.UUID
    task_ref: str
    project_id: uuid.UUID
    status: Literal["pending", "approved", "rejected"]
    requested_by_type: str
    requested_by_id: uuid.UUID | None
    decided_by_type: str | None
    decided_by_id: uuid.UUID | None
    comment: str | None
    created_at: datetime
    decided_at: datetime | None
