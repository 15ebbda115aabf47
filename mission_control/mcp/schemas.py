"""Tool arguments and results. Descriptions are short: hosts resend them every turn."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, Field

from mission_control.core.schemas import RequestModel
from mission_control.tasks.schemas import Priority, Status

Ref = Field(min_length=1, max_length=60, description="Task ref (MC-7) or id.")
ClientRef = Field(
    default=None,
    min_length=1,
    max_length=200,
    description="Your id for this create; a retry with it creates nothing twice.",
)


class NoArgs(RequestModel):
    pass


class NextActionArgs(RequestModel):
    claim: bool = Field(default=True, description="Claim the best task if starting one.")
    project: str | None = Field(default=None, max_length=10)


class WaitArgs(RequestModel):
    cursor: int | None = Field(default=None, ge=0, le=2**62, description="From the last answer.")
    timeout_seconds: float = Field(default=45, ge=0, le=45)
    claim: bool = Field(default=False, description="When work frees up, claim it for you.")


class ClaimNextArgs(RequestModel):
    project: str | None = Field(default=None, max_length=10)
    labels: list[str] | None = Field(default=None, max_length=20)
    min_priority: Priority | None = None


class TaskArgs(RequestModel):
    task: str = Ref


class UpdateArgs(RequestModel):
    task: str = Ref
    status: Status | None = None
    title: str | None = Field(default=None, min_length=1, max_length=500)
    description: str | None = Field(default=None, max_length=100_000)
    priority: Priority | None = None
    labels: list[str] | None = Field(default=None, max_length=50)
    expected_version: int | None = Field(default=None, ge=1, le=2**31 - 1)


class CompleteArgs(RequestModel):
    task: str = Ref
    expected_version: int | None = Field(default=None, ge=1, le=2**31 - 1)
    next: bool = Field(default=False, description="Also answer next_action (claims).")


class ReleaseArgs(RequestModel):
    task: str = Ref
    note: str = Field(default="", max_length=2000, description="Handoff for the next agent.")


class CommentArgs(RequestModel):
    task: str = Ref
    body: str = Field(min_length=1, max_length=20_000)


class ListTasksArgs(RequestModel):
    project: str | None = Field(default=None, max_length=10)
    status: list[Status] | None = Field(default=None, max_length=7)
    assignee: str | None = Field(default=None, max_length=40, description="An id, me or none.")
    label: str | None = Field(default=None, max_length=50)
    q: str | None = Field(default=None, max_length=200)
    limit: int = Field(default=20, ge=1, le=100)
    cursor: str | None = Field(default=None, max_length=500)


class SearchArgs(RequestModel):
    q: str = Field(min_length=1, max_length=200)
    types: list[Literal["project", "task", "message"]] | None = Field(default=None, max_length=3)
    project: str | None = Field(default=None, max_length=10)
    limit: int = Field(default=20, ge=1, le=50)
    cursor: str | None = Field(default=None, max_length=500)


class CreateTaskArgs(RequestModel):
    project: str = Field(min_length=1, max_length=10)
    title: str = Field(min_length=1, max_length=500)
    description: str = Field(default="", max_length=100_000)
    priority: Priority = "none"
    labels: list[str] | None = Field(default=None, max_length=50)
    depends_on: list[str] | None = Field(default=None, max_length=20, description="Task refs.")
    client_ref: str | None = ClientRef


class RequestApprovalArgs(RequestModel):
    task: str = Ref
    client_ref: str | None = ClientRef


class DecideArgs(RequestModel):
    approval_id: str = Field(min_length=1, max_length=40)
    decision: Literal["approve", "reject"]
    comment: str = Field(default="", max_length=5000)


class SpawnArgs(RequestModel):
    name: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9 ._-]*$")
    purpose: str = Field(default="", max_length=2000)
    task: str | None = Field(default=None, max_length=60)
    ttl_seconds: int = Field(default=3600, ge=1, le=24 * 3600)


class RevokeArgs(RequestModel):
    subagent_id: str = Field(min_length=1, max_length=40)
    reason: str = Field(default="", max_length=2000)


class PostMessageArgs(RequestModel):
    channel_id: str = Field(min_length=1, max_length=40)
    body: str = Field(min_length=1, max_length=20_000)
    parent_id: uuid.UUID | None = None


class ReadChannelArgs(RequestModel):
    channel_id: str = Field(min_length=1, max_length=40)
    limit: int = Field(default=20, ge=1, le=100)
    cursor: str | None = Field(default=None, max_length=500)


# --- results ------------------------------------------------------------------------


class Task(BaseModel):
    ref: str
    id: str
    title: str
    status: str
    priority: str
    version: int
    project_key: str
    labels: list[str] = []
    description: str | None = None
    assignee_type: str | None = None
    assignee_id: str | None = None
    lease_expires_at: str | None = None


class Brief(BaseModel):
    ref: str
    title: str
    status: str


class Message(BaseModel):
    id: str
    author: str | None = None
    body: str
    created_at: str


class Approval(BaseModel):
    id: str
    task_ref: str
    status: str


class Event(BaseModel):
    id: int
    type: str
    ref: str | None = None
    actor: str | None = None


class Result(BaseModel):
    """Every tool answers a reason code and a one-line hint, then what it found."""

    reason: str
    next_hint: str


class WhoamiResult(Result):
    agent_id: str | None = None
    name: str | None = None
    org: str | None = None
    scopes: list[str] = []
    project_keys: list[str] | None = None
    parent_id: str | None = None


class WorkResult(Result):
    """A task with what is needed to work on it (next_action, claim_next, get_task...)."""

    action: str | None = None
    task: Task | None = None
    depends_on: list[Brief] | None = None
    comments: list[Message] | None = None
    approval: Approval | None = None
    mention: dict[str, str | None] | None = None
    retry_after_seconds: int | None = None


class CompleteResult(WorkResult):
    next: WorkResult | None = None


class WaitResult(WorkResult):
    events: list[Event] = []
    cursor: int | None = None


class TaskListResult(Result):
    tasks: list[Task] = []
    next_cursor: str | None = None


class Hit(BaseModel):
    type: str
    id: str
    title: str | None = None
    snippet: str | None = None
    ref: str | None = None
    channel_id: str | None = None


class SearchResult(Result):
    hits: list[Hit] = []
    next_cursor: str | None = None


class ApprovalResult(Result):
    approval: Approval | None = None
    task: Task | None = None


class SubagentResult(Result):
    subagent_id: str | None = None
    status: str | None = None
    key: str | None = None
    expires_at: str | None = None


class MessageResult(Result):
    message: Message | None = None
    messages: list[Message] | None = None
    next_cursor: str | None = None
