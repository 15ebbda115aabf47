"""Typed models of the Mission Control API, generated from /openapi.json by
scripts/gen_sdk_models.py: do not edit by hand. Unknown fields are kept (a newer
server may add some)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class AcceptedInvitation(Model):
    user: UserOut
    org: OrgOut


class ActorOut(Model):
    type: str
    id: uuid.UUID | None


class AgentCreate(Model):
    name: str
    description: str = ""
    capabilities: list[str] | None = None


class AgentMe(Model):
    agent: AgentOut
    org: OrgRef
    scopes: list[str]
    key_id: uuid.UUID


class AgentOut(Model):
    id: uuid.UUID
    name: str
    description: str
    capabilities: list[str]
    status: Literal["online", "busy", "idle", "offline"]
    last_seen_at: datetime | None
    created_at: datetime


class AgentUpdate(Model):
    name: str | None = None
    description: str | None = None
    capabilities: list[str] | None = None
    status: Literal["online", "busy", "idle", "offline"] | None = None


class ApprovalDecision(Model):
    comment: str = ""


class ApprovalOut(Model):
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


class AuthorOut(Model):
    type: Literal["user", "agent"]
    id: uuid.UUID
    parent_id: uuid.UUID | None = None


class ChannelCreate(Model):
    name: str
    visibility: Literal["public", "private"] = "public"
    project: str | None = None
    topic: str = ""
    members: list[uuid.UUID] | None = None


class ChannelMemberAdd(Model):
    "Nothing: join a public channel yourself; else exactly one of user_id or agent_id."

    user_id: uuid.UUID | None = None
    agent_id: uuid.UUID | None = None


class ChannelMemberOut(Model):
    member_type: Literal["user", "agent"]
    member_id: uuid.UUID
    name: str | None
    last_read_seq: int
    joined_at: datetime


class ChannelOut(Model):
    id: uuid.UUID
    name: str
    topic: str
    visibility: Literal["public", "private"]
    project_id: uuid.UUID | None
    project_key: str | None
    task_id: uuid.UUID | None
    task_ref: str | None
    created_by_type: str
    created_by_id: uuid.UUID | None
    last_seq: int
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime
    is_member: bool
    last_read_seq: int | None
    unread_count: int | None = None


class ChannelUpdate(Model):
    "Visibility is fixed at creation (events already written name it)."

    name: str | None = None
    topic: str | None = None
    archived: bool | None = None


class ClaimNext(Model):
    project: str | None = None
    labels: list[str] | None = None
    min_priority: Literal["none", "low", "medium", "high", "urgent"] | None = None


class DeliveryOut(Model):
    id: uuid.UUID
    webhook_id: uuid.UUID
    event_id: int | None
    event_type: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    response_code: int | None
    created_at: datetime
    delivered_at: datetime | None


class DependencyCreate(Model):
    depends_on: str


class DependencyOut(Model):
    task: TaskOut
    depends_on: TaskOut


DeploymentMode = Literal["single-tenant", "multi-tenant"]


class ErrorBody(Model):
    "Every failure answers in this one shape."

    error: dict[str, Any]


class EventOut(Model):
    id: int
    type: str
    occurred_at: datetime
    actor: ActorOut
    entity_type: str
    entity_id: uuid.UUID | None
    project_id: uuid.UUID | None
    payload: dict[str, Any]


class ExportOut(Model):
    id: uuid.UUID
    status: Literal["pending", "running", "done", "failed"]
    target: Literal["local", "s3"]
    rows_done: int
    rows_total: int | None
    progress: float
    attempts: int
    error: str | None
    size_bytes: int | None
    sha256: str | None
    manifest: dict[str, Any] | None
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    expires_at: datetime | None
    expired: bool
    download_url: str | None


class Heartbeat(Model):
    status: Literal["online", "busy", "idle", "offline"] = "online"


class InvitationAccept(Model):
    password: str | None = None
    display_name: str | None = None


class InvitationCreated(Model):
    id: uuid.UUID
    email: str
    role: Role
    created_at: datetime
    expires_at: datetime
    link: str
    token: str


class InvitationOut(Model):
    id: uuid.UUID
    email: str
    role: Role
    created_at: datetime
    expires_at: datetime


class KeyCreate(Model):
    name: str = ""
    scopes: list[str]
    expires_at: datetime | None = None
    project_keys: list[str] | None = None


class KeyCreated(Model):
    id: uuid.UUID
    name: str
    prefix: str
    scopes: list[str]
    project_keys: list[str] | None
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    created_at: datetime
    key: str


class KeyOut(Model):
    id: uuid.UUID
    name: str
    prefix: str
    scopes: list[str]
    project_keys: list[str] | None
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    created_at: datetime


class LoginRequest(Model):
    email: str
    password: str


class MarkRead(Model):
    message_id: uuid.UUID | None = None


class Me(Model):
    id: uuid.UUID
    email: str
    display_name: str
    created_at: datetime
    orgs: list[OrgMembershipOut]


class MemberAdd(Model):
    "Members join by invitation: the person accepts the link, with or without an account."

    email: str
    role: Role = "member"


class MemberOut(Model):
    user_id: uuid.UUID
    email: str
    display_name: str
    role: Role
    created_at: datetime


class MemberUpdate(Model):
    role: Role


class Mention(Model):
    type: Literal["user", "agent"]
    id: uuid.UUID
    handle: str


class MessageCreate(Model):
    body: str
    parent_id: uuid.UUID | None = None


class MessageOut(Model):
    id: uuid.UUID
    channel_id: uuid.UUID
    seq: int
    author: AuthorOut
    parent_id: uuid.UUID | None
    reply_count: int
    last_reply_at: datetime | None
    body: str
    mentions: list[Mention]
    created_at: datetime
    edited_at: datetime | None
    deleted_at: datetime | None


class MessagePage(Model):
    "`items` in reading order; `next_cursor` reads on, `prev_cursor` turns back."

    items: list[MessageOut]
    next_cursor: str | None
    prev_cursor: str | None


class MessageUpdate(Model):
    body: str


class Meta(Model):
    version: str
    deployment_mode: DeploymentMode
    signup_open: bool
    default_org: str | None
    generated_admin_password: bool


class NotificationOut(Model):
    id: int
    event: dict[str, Any]
    reason: str
    created_at: datetime
    read_at: datetime | None


class OrgCreate(Model):
    slug: str
    name: str


class OrgMembershipOut(Model):
    id: uuid.UUID
    slug: str
    name: str
    role: str


class OrgOut(Model):
    id: uuid.UUID
    slug: str
    name: str
    created_at: datetime
    role: Role | None = None


class OrgRef(Model):
    id: uuid.UUID
    slug: str
    name: str


class OrgUpdate(Model):
    name: str | None = None


class Page_AgentOut_(Model):
    items: list[AgentOut]
    next_cursor: str | None


class Page_ApprovalOut_(Model):
    items: list[ApprovalOut]
    next_cursor: str | None


class Page_ChannelMemberOut_(Model):
    items: list[ChannelMemberOut]
    next_cursor: str | None


class Page_ChannelOut_(Model):
    items: list[ChannelOut]
    next_cursor: str | None


class Page_DeliveryOut_(Model):
    items: list[DeliveryOut]
    next_cursor: str | None


class Page_EventOut_(Model):
    items: list[EventOut]
    next_cursor: str | None


class Page_ExportOut_(Model):
    items: list[ExportOut]
    next_cursor: str | None


class Page_InvitationOut_(Model):
    items: list[InvitationOut]
    next_cursor: str | None


class Page_KeyOut_(Model):
    items: list[KeyOut]
    next_cursor: str | None


class Page_MemberOut_(Model):
    items: list[MemberOut]
    next_cursor: str | None


class Page_NotificationOut_(Model):
    items: list[NotificationOut]
    next_cursor: str | None


class Page_OrgOut_(Model):
    items: list[OrgOut]
    next_cursor: str | None


class Page_ProjectOut_(Model):
    items: list[ProjectOut]
    next_cursor: str | None


class Page_SearchHit_(Model):
    items: list[SearchHit]
    next_cursor: str | None


class Page_SubAgentOut_(Model):
    items: list[SubAgentOut]
    next_cursor: str | None


class Page_SubscriptionOut_(Model):
    items: list[SubscriptionOut]
    next_cursor: str | None


class Page_TaskOut_(Model):
    items: list[TaskOut]
    next_cursor: str | None


class Page_TokenOut_(Model):
    items: list[TokenOut]
    next_cursor: str | None


class Page_WebhookOut_(Model):
    items: list[WebhookOut]
    next_cursor: str | None


class ProjectCreate(Model):
    key: str
    name: str
    description: str = ""
    stage: Literal["proposed", "planning", "active", "review", "done", "archived"] = "proposed"
    requires_approval: bool = False
    approvers: list[uuid.UUID] | None = None
    lease_seconds: int | None = None


class ProjectMove(Model):
    "Where the card goes: after one card and/or before another, optionally in another lane."

    before: uuid.UUID | None = None
    after: uuid.UUID | None = None
    stage: Literal["proposed", "planning", "active", "review", "done", "archived"] | None = None


class ProjectOut(Model):
    id: uuid.UUID
    key: str
    name: str
    description: str
    owner_type: str | None
    owner_id: uuid.UUID | None
    stage: Literal["proposed", "planning", "active", "review", "done", "archived"]
    position: str
    requires_approval: bool
    approvers: list[uuid.UUID]
    lease_seconds: int | None
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime


class ProjectUpdate(Model):
    name: str | None = None
    description: str | None = None
    owner_id: uuid.UUID | None = None
    stage: Literal["proposed", "planning", "active", "review", "done", "archived"] | None = None
    requires_approval: bool | None = None
    approvers: list[uuid.UUID] | None = None
    lease_seconds: int | None = None


class ProviderOut(Model):
    name: str
    label: str
    login_url: str


class ReadAllResult(Model):
    marked: int


class ReadPosition(Model):
    channel_id: uuid.UUID
    last_read_seq: int
    unread_count: int


Role = Literal["owner", "admin", "member", "viewer"]


class SearchHit(Model):
    type: Literal["project", "task", "message"]
    id: uuid.UUID
    score: int
    title: str
    snippet: str
    project_key: str | None
    ref: str | None
    channel_id: uuid.UUID | None
    created_at: datetime


class SignupRequest(Model):
    email: str
    password: str
    display_name: str | None = None


class SubAgentEnd(Model):
    reason: str = ""


class SubAgentOut(Model):
    id: uuid.UUID
    name: str
    purpose: str
    parent_id: uuid.UUID
    depth: int
    task_id: uuid.UUID | None
    status: Literal["active", "completed", "expired", "revoked"]
    expires_at: datetime
    ended_at: datetime | None
    end_reason: str | None
    scopes: list[str]
    project_keys: list[str] | None
    created_at: datetime


class SubAgentSpawn(Model):
    name: str
    purpose: str = ""
    task: str | None = None
    ttl_seconds: int = 3600
    scopes: list[str] | None = None
    parent_id: uuid.UUID | None = None


class SubAgentSpawned(Model):
    id: uuid.UUID
    name: str
    purpose: str
    parent_id: uuid.UUID
    depth: int
    task_id: uuid.UUID | None
    status: Literal["active", "completed", "expired", "revoked"]
    expires_at: datetime
    ended_at: datetime | None
    end_reason: str | None
    scopes: list[str]
    project_keys: list[str] | None
    created_at: datetime
    key: str


class Subscriber(Model):
    type: str
    id: uuid.UUID


class SubscriptionCreate(Model):
    "Exactly one of `project` (key), `task` (ref like MC-7, or id) or `channel` (id)."

    project: str | None = None
    task: str | None = None
    channel: uuid.UUID | None = None
    event_types: list[str] | None = None


class SubscriptionOut(Model):
    id: uuid.UUID
    subscriber: Subscriber
    target_type: str
    target_id: uuid.UUID
    event_types: list[str] | None
    reason: str
    created_at: datetime


class TaskCreate(Model):
    assignee_type: Literal["user", "agent"] | None = None
    assignee_id: uuid.UUID | None = None
    title: str
    description: str = ""
    status: Literal["backlog", "todo"] = "todo"
    priority: Literal["none", "low", "medium", "high", "urgent"] = "none"
    labels: list[str] | None = None
    due_date: date | None = None


class TaskMove(Model):
    "Where the card goes: after one card and/or before another in column `status`; or to"

    before: uuid.UUID | None = None
    after: uuid.UUID | None = None
    status: (
        Literal["backlog", "todo", "in_progress", "blocked", "review", "done", "cancelled"] | None
    ) = None
    project: str | None = None


class TaskOut(Model):
    id: uuid.UUID
    ref: str
    number: int
    project_id: uuid.UUID
    project_key: str
    title: str
    description: str
    status: Literal["backlog", "todo", "in_progress", "blocked", "review", "done", "cancelled"]
    blocked_reason: Literal["dependency", "manual"] | None
    priority: Literal["none", "low", "medium", "high", "urgent"]
    assignee_type: Literal["user", "agent"] | None
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


class TaskRelease(Model):
    reason: str = ""


class TaskTransition(Model):
    status: Literal["backlog", "todo", "in_progress", "blocked", "review", "done", "cancelled"]
    expected_version: int | None = None


class TaskUpdate(Model):
    "Every field optional; status changes go through /transition or /move."

    assignee_type: Literal["user", "agent"] | None = None
    assignee_id: uuid.UUID | None = None
    title: str | None = None
    description: str | None = None
    priority: Literal["none", "low", "medium", "high", "urgent"] | None = None
    labels: list[str] | None = None
    due_date: date | None = None
    expected_version: int | None = None


class Ticket(Model):
    ticket: str
    expires_in: int
    url: str


class TokenCreate(Model):
    name: str = ""
    scopes: list[str]
    expires_at: datetime | None = None
    project_keys: list[str] | None = None
    org: str


class TokenCreated(Model):
    id: uuid.UUID
    name: str
    prefix: str
    scopes: list[str]
    project_keys: list[str] | None
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    created_at: datetime
    org_id: uuid.UUID
    key: str


class TokenOut(Model):
    id: uuid.UUID
    name: str
    prefix: str
    scopes: list[str]
    project_keys: list[str] | None
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    created_at: datetime
    org_id: uuid.UUID


class UnreadCount(Model):
    unread: int


class UserOut(Model):
    id: uuid.UUID
    email: str
    display_name: str
    created_at: datetime


class UserUpdate(Model):
    display_name: str | None = None
    password: str | None = None
    current_password: str | None = None


class WebhookCreate(Model):
    url: str
    event_types: list[str] | None = None
    agent_id: uuid.UUID | None = None
    kind: Literal["generic", "openclaw"] = "generic"
    token: str | None = None


class WebhookCreated(Model):
    id: uuid.UUID
    url: str
    kind: str
    event_types: list[str] | None
    agent_id: uuid.UUID | None
    active: bool
    consecutive_failures: int
    disabled_at: datetime | None
    created_at: datetime
    secret: str


class WebhookOut(Model):
    id: uuid.UUID
    url: str
    kind: str
    event_types: list[str] | None
    agent_id: uuid.UUID | None
    active: bool
    consecutive_failures: int
    disabled_at: datetime | None
    created_at: datetime


__all__ = [
    "AcceptedInvitation",
    "ActorOut",
    "AgentCreate",
    "AgentMe",
    "AgentOut",
    "AgentUpdate",
    "ApprovalDecision",
    "ApprovalOut",
    "AuthorOut",
    "ChannelCreate",
    "ChannelMemberAdd",
    "ChannelMemberOut",
    "ChannelOut",
    "ChannelUpdate",
    "ClaimNext",
    "DeliveryOut",
    "DependencyCreate",
    "DependencyOut",
    "DeploymentMode",
    "ErrorBody",
    "EventOut",
    "ExportOut",
    "Heartbeat",
    "InvitationAccept",
    "InvitationCreated",
    "InvitationOut",
    "KeyCreate",
    "KeyCreated",
    "KeyOut",
    "LoginRequest",
    "MarkRead",
    "Me",
    "MemberAdd",
    "MemberOut",
    "MemberUpdate",
    "Mention",
    "MessageCreate",
    "MessageOut",
    "MessagePage",
    "MessageUpdate",
    "Meta",
    "NotificationOut",
    "OrgCreate",
    "OrgMembershipOut",
    "OrgOut",
    "OrgRef",
    "OrgUpdate",
    "Page_AgentOut_",
    "Page_ApprovalOut_",
    "Page_ChannelMemberOut_",
    "Page_ChannelOut_",
    "Page_DeliveryOut_",
    "Page_EventOut_",
    "Page_ExportOut_",
    "Page_InvitationOut_",
    "Page_KeyOut_",
    "Page_MemberOut_",
    "Page_NotificationOut_",
    "Page_OrgOut_",
    "Page_ProjectOut_",
    "Page_SearchHit_",
    "Page_SubAgentOut_",
    "Page_SubscriptionOut_",
    "Page_TaskOut_",
    "Page_TokenOut_",
    "Page_WebhookOut_",
    "ProjectCreate",
    "ProjectMove",
    "ProjectOut",
    "ProjectUpdate",
    "ProviderOut",
    "ReadAllResult",
    "ReadPosition",
    "Role",
    "SearchHit",
    "SignupRequest",
    "SubAgentEnd",
    "SubAgentOut",
    "SubAgentSpawn",
    "SubAgentSpawned",
    "Subscriber",
    "SubscriptionCreate",
    "SubscriptionOut",
    "TaskCreate",
    "TaskMove",
    "TaskOut",
    "TaskRelease",
    "TaskTransition",
    "TaskUpdate",
    "Ticket",
    "TokenCreate",
    "TokenCreated",
    "TokenOut",
    "UnreadCount",
    "UserOut",
    "UserUpdate",
    "WebhookCreate",
    "WebhookCreated",
    "WebhookOut",
]
