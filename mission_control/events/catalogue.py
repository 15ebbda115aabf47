"""Every event type and its payload: the contract of the event log, the stream and webhooks.

One module lists them all. `events.append` checks each payload against its entry (a model,
or a dict validated into one), so nothing is written in a shape this file does not know;
`docs/events.md` is generated from it (`python -m mission_control.events.catalogue`) and a
test fails when it is stale.

Naming, the same everywhere: `before`/`after` hold the fields that changed (their old and
new values); an event about a task carries its `ref`; an event about something else that
concerns a task carries `task_ref` and `task_id`; ids are uuids, times ISO 8601.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, ValidationError


class Payload(BaseModel):
    """An event's payload (unknown fields are refused)."""

    model_config = ConfigDict(extra="forbid")


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


Actorish = Literal["user", "agent"]
TaskStatus = Literal["backlog", "todo", "in_progress", "blocked", "review", "done", "cancelled"]


class Holder(_Part):
    type: str
    id: uuid.UUID | None


# --- tasks ------------------------------------------------------------------------


class TaskState(_Part):
    title: str
    status: TaskStatus
    priority: str
    assignee_type: Actorish | None
    assignee_id: uuid.UUID | None
    labels: list[str]
    due_date: date | None
    position: str
    version: int


class TaskFields(_Part):
    """The editable fields a task.updated names (only those that changed)."""

    title: str | None = None
    description: str | None = None
    priority: str | None = None
    labels: list[str] | None = None
    due_date: date | None = None


class Assignment(_Part):
    assignee_type: Actorish | None
    assignee_id: uuid.UUID | None


class Place(_Part):
    status: TaskStatus
    position: str


class Position(_Part):
    position: str


class PlaceInColumn(_Part):
    position: str
    status: TaskStatus


class ClaimState(_Part):
    status: TaskStatus
    assignee_type: Actorish | None
    assignee_id: uuid.UUID | None
    lease_expires_at: datetime | None = None


class HoldState(_Part):
    status: TaskStatus
    position: str
    assignee_type: Actorish | None
    assignee_id: uuid.UUID | None
    lease_expires_at: datetime | None = None


class TaskCreated(Payload):
    ref: str
    after: TaskState


class TaskUpdated(Payload):
    ref: str
    before: TaskFields
    after: TaskFields


class TaskAssigned(Payload):
    ref: str
    before: Assignment
    after: Assignment


class TaskStatusChanged(Payload):
    """A move along the workflow (or the system's: into review for an approval, out of it
    when decided — then `approval_id` names the decision)."""

    ref: str
    before: Place
    after: Place
    version: int
    approval_id: uuid.UUID | None = None


class TaskBlocked(Payload):
    """Blocked by a dependency that is not done (`by`: its ref)."""

    ref: str
    before: Place
    after: Place
    version: int
    by: str


class TaskMoved(Payload):
    ref: str
    before: Position
    after: PlaceInColumn


class TaskClaimed(Payload):
    """`parent_id`: a sub-agent's claim records its parent agent."""

    ref: str
    before: ClaimState
    after: ClaimState
    version: int
    parent_id: uuid.UUID | None = None


class TaskReleased(Payload):
    """Given back to todo: by its holder or an admin (`task.released`), by the expiry job
    when the lease lapsed (`task.lease_expired`), or when a sub-agent ended."""

    ref: str
    reason: str
    holder: Holder | None = None
    before: HoldState
    after: HoldState
    version: int


class DependencyChanged(Payload):
    ref: str
    depends_on: str
    depends_on_id: uuid.UUID


class TaskRef(_Part):
    ref: str
    project_id: uuid.UUID
    number: int


class Archival(_Part):
    archived: bool


class TaskProjectChanged(Payload):
    """Moved to another project: a new number there; the old ref keeps resolving."""

    ref: str
    before: TaskRef
    after: TaskRef


class TaskArchived(Payload):
    ref: str
    before: Archival
    after: Archival


# --- approvals --------------------------------------------------------------------------


class ApprovalState(_Part):
    status: Literal["pending", "approved", "rejected"]


class ApprovalRequested(Payload):
    task_ref: str
    task_id: uuid.UUID
    after: ApprovalState


class ApprovalDecided(Payload):
    task_ref: str
    task_id: uuid.UUID
    comment: str
    before: ApprovalState
    after: ApprovalState


# --- projects ---------------------------------------------------------------------------


class ProjectState(_Part):
    key: str
    name: str
    description: str
    owner_id: uuid.UUID | None
    stage: str
    position: str
    requires_approval: bool
    approvers: list[uuid.UUID]
    lease_seconds: int | None


class ProjectFields(_Part):
    name: str | None = None
    description: str | None = None
    owner_type: str | None = None
    owner_id: uuid.UUID | None = None
    requires_approval: bool | None = None
    approvers: list[uuid.UUID] | None = None
    lease_seconds: int | None = None


class Lane(_Part):
    stage: str
    position: str


class ProjectCreated(Payload):
    key: str
    after: ProjectState


class ProjectUpdated(Payload):
    key: str
    before: ProjectFields
    after: ProjectFields


class ProjectStageChanged(Payload):
    """A lane change; `project.archived` / `project.restored` when into or out of archived."""

    key: str
    before: Lane
    after: Lane


class ProjectMoved(Payload):
    key: str
    before: Position
    after: Position


# --- agents, keys, sub-agents ------------------------------------------------------------


class AgentFields(_Part):
    name: str | None = None
    description: str | None = None
    capabilities: list[str] | None = None
    status: str | None = None


class AgentStatus(_Part):
    status: str


class AgentCreated(Payload):
    name: str
    capabilities: list[str]


class AgentUpdated(Payload):
    before: AgentFields
    after: AgentFields


class AgentDeleted(Payload):
    name: str


class AgentStatusChanged(Payload):
    before: AgentStatus
    after: AgentStatus


class KeyCreated(Payload):
    agent_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None
    prefix: str
    scopes: list[str]


class KeyRevoked(Payload):
    agent_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None
    prefix: str


class SubAgentSpawned(Payload):
    name: str
    parent_id: uuid.UUID
    task_ref: str | None
    task_id: uuid.UUID | None
    purpose: str
    scopes: list[str]
    expires_at: datetime
    depth: int


class SubAgentEnded(Payload):
    """`subagent.completed`, `.revoked` (also when its parent ended) or `.expired`."""

    name: str
    parent_id: uuid.UUID
    task_id: uuid.UUID | None
    reason: str


# --- orgs, members, invitations --------------------------------------------------------


class OrgName(_Part):
    name: str


class Role(_Part):
    role: str


class OrgCreated(Payload):
    slug: str
    name: str
    owner_id: uuid.UUID


class OrgUpdated(Payload):
    before: OrgName
    after: OrgName


class MemberAdded(Payload):
    user_id: uuid.UUID
    role: str


class MemberRoleChanged(Payload):
    before: Role
    after: Role


class InvitationCreated(Payload):
    email: str
    role: str


class InvitationDeleted(Payload):
    email: str


# --- webhooks ------------------------------------------------------------------------


class WebhookState(_Part):
    url: str
    kind: str
    event_types: list[str] | None


class WebhookUrl(_Part):
    url: str


class Active(_Part):
    active: bool


class WebhookCreated(Payload):
    after: WebhookState


class WebhookDeleted(Payload):
    before: WebhookUrl


class WebhookDisabled(Payload):
    reason: str
    consecutive_failures: int
    before: Active
    after: Active


# --- chat -------------------------------------------------------------------------------
# Every channel and message event carries `channel_id` and `channel_visibility`: the list,
# the stream and the WebSocket show a private channel's events only to its members.

ChannelVisibility = Literal["public", "private"]


class ChannelState(_Part):
    name: str
    topic: str
    visibility: ChannelVisibility
    project_id: uuid.UUID | None
    task_id: uuid.UUID | None


class ChannelFields(_Part):
    name: str | None = None
    topic: str | None = None


class ChannelMember(_Part):
    type: Actorish
    id: uuid.UUID


class ChannelCreated(Payload):
    """A channel; a task's discussion channel (made on its first comment) names the task."""

    channel_id: uuid.UUID
    channel_visibility: ChannelVisibility
    task_id: uuid.UUID | None = None
    task_ref: str | None = None
    after: ChannelState


class ChannelUpdated(Payload):
    channel_id: uuid.UUID
    channel_visibility: ChannelVisibility
    before: ChannelFields
    after: ChannelFields


class ChannelArchived(Payload):
    channel_id: uuid.UUID
    channel_visibility: ChannelVisibility
    before: Archival
    after: Archival


class ChannelMembership(Payload):
    channel_id: uuid.UUID
    channel_visibility: ChannelVisibility
    member: ChannelMember


class MessageAuthor(_Part):
    type: Actorish
    id: uuid.UUID
    parent_id: uuid.UUID | None = None


class MentionRef(_Part):
    type: Actorish
    id: uuid.UUID
    handle: str


class MessageState(_Part):
    """The message as the API answers it (MessageOut)."""

    id: uuid.UUID
    channel_id: uuid.UUID
    seq: int
    author: MessageAuthor
    parent_id: uuid.UUID | None
    reply_count: int
    last_reply_at: datetime | None
    body: str
    mentions: list[MentionRef]
    created_at: datetime
    edited_at: datetime | None
    deleted_at: datetime | None


class MessageBody(_Part):
    body: str


class MessagePosted(Payload):
    """`mentions` are the users and agents the body names (they are notified and subscribed
    to the channel); a task comment also names its task."""

    channel_id: uuid.UUID
    channel_visibility: ChannelVisibility
    task_id: uuid.UUID | None = None
    task_ref: str | None = None
    mentions: list[MentionRef]
    message: MessageState


class MessageEdited(Payload):
    """The previous body is kept here (`before`); `mentions` lists only the newly named."""

    channel_id: uuid.UUID
    channel_visibility: ChannelVisibility
    task_id: uuid.UUID | None = None
    task_ref: str | None = None
    mentions: list[MentionRef]
    message: MessageState
    before: MessageBody
    after: MessageBody


class MessageDeleted(Payload):
    """A soft delete: the body is gone, the row stays for its thread."""

    channel_id: uuid.UUID
    channel_visibility: ChannelVisibility
    task_id: uuid.UUID | None = None
    task_ref: str | None = None
    message: MessageState


# --- exports -----------------------------------------------------------------------


class ExportRequested(Payload):
    target: Literal["local", "s3"]


class ExportCompleted(Payload):
    rows: int
    files: int
    size_bytes: int
    sha256: str
    attempts: int


class ExportFailed(Payload):
    error: str
    attempts: int


class ExportExpired(Payload):
    """The file was deleted at the end of its retention period."""

    expires_at: datetime


CATALOGUE: dict[str, type[Payload]] = {
    "task.created": TaskCreated,
    "task.updated": TaskUpdated,
    "task.assigned": TaskAssigned,
    "task.status_changed": TaskStatusChanged,
    "task.blocked": TaskBlocked,
    "task.unblocked": TaskBlocked,
    "task.moved": TaskMoved,
    "task.claimed": TaskClaimed,
    "task.released": TaskReleased,
    "task.lease_expired": TaskReleased,
    "task.project_changed": TaskProjectChanged,
    "task.archived": TaskArchived,
    "task.restored": TaskArchived,
    "dependency.added": DependencyChanged,
    "dependency.removed": DependencyChanged,
    "approval.requested": ApprovalRequested,
    "approval.approved": ApprovalDecided,
    "approval.rejected": ApprovalDecided,
    "project.created": ProjectCreated,
    "project.updated": ProjectUpdated,
    "project.stage_changed": ProjectStageChanged,
    "project.archived": ProjectStageChanged,
    "project.restored": ProjectStageChanged,
    "project.moved": ProjectMoved,
    "agent.created": AgentCreated,
    "agent.updated": AgentUpdated,
    "agent.deleted": AgentDeleted,
    "agent.status_changed": AgentStatusChanged,
    "key.created": KeyCreated,
    "key.revoked": KeyRevoked,
    "subagent.spawned": SubAgentSpawned,
    "subagent.completed": SubAgentEnded,
    "subagent.expired": SubAgentEnded,
    "subagent.revoked": SubAgentEnded,
    "org.created": OrgCreated,
    "org.updated": OrgUpdated,
    "member.added": MemberAdded,
    "member.role_changed": MemberRoleChanged,
    "member.removed": MemberAdded,
    "invitation.created": InvitationCreated,
    "invitation.deleted": InvitationDeleted,
    "invitation.accepted": InvitationCreated,
    "webhook.created": WebhookCreated,
    "webhook.deleted": WebhookDeleted,
    "webhook.disabled": WebhookDisabled,
    "channel.created": ChannelCreated,
    "channel.updated": ChannelUpdated,
    "channel.archived": ChannelArchived,
    "channel.restored": ChannelArchived,
    "channel.member_added": ChannelMembership,
    "channel.member_removed": ChannelMembership,
    "message.posted": MessagePosted,
    "message.edited": MessageEdited,
    "message.deleted": MessageDeleted,
    "export.requested": ExportRequested,
    "export.completed": ExportCompleted,
    "export.failed": ExportFailed,
    "export.expired": ExportExpired,
}


# What the code writes (docs/events.md lists exactly these; tests may register more).
DOCUMENTED = tuple(CATALOGUE)


class UnknownEventType(LookupError):
    """An event type the catalogue does not list: a bug, never written."""


class InvalidEventPayload(ValueError):
    """A payload its catalogue entry does not allow: a bug, never written."""


def payload_for(type: str, payload: Payload | dict[str, Any]) -> dict[str, Any]:
    """The payload of a `type` event as stored: checked against its entry, as JSON."""
    model = CATALOGUE.get(type)
    if model is None:
        raise UnknownEventType(f"{type!r} is not in the event catalogue")
    if isinstance(payload, Payload):
        if not isinstance(payload, model):
            raise InvalidEventPayload(
                f"{type!r} takes {model.__name__}, not {payload.__class__.__name__}"
            )
        checked = payload
    else:
        try:
            checked = model.model_validate(payload)
        except ValidationError as exc:
            raise InvalidEventPayload(f"{type!r}: {exc}") from exc
    return checked.model_dump(mode="json", exclude_unset=True)


def markdown() -> str:
    """docs/events.md: every type, its payload's fields, and what they mean."""
    lines = [
        "# Events",
        "",
        "Generated from `mission_control/events/catalogue.py` by",
        "`python -m mission_control.events.catalogue > docs/events.md`; a test fails when it is",
        "stale. Every event has `id`, `type`, `occurred_at`, `actor` {`type`, `id`},",
        "`entity_type`, `entity_id`, `project_id` and `payload`; the list (`GET .../events`), the",
        "stream (`GET .../events/stream`, SSE) and webhooks carry the same JSON.",
        "",
        " ".join((__doc__ or "").split("\n\n")[2].split()),
        "",
    ]
    for name in DOCUMENTED:
        model = CATALOGUE[name]
        lines += [f"## `{name}`", ""]
        if model.__doc__ and model.__doc__ != Payload.__doc__:
            lines += [" ".join(model.__doc__.split()), ""]
        lines += ["| field | type |", "|---|---|"]
        for field, info in model.model_fields.items():
            optional = "" if info.is_required() else " (optional)"
            lines.append(f"| `{field}` | {_type_name(info.annotation)}{optional} |")
        lines.append("")
    return "\n".join(lines)


def _type_name(annotation: Any) -> str:
    """A field's type in words a client author reads (no `|`: it would split the table)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return " / ".join(f"`{a}`" for a in args)
    if origin in (Union, UnionType):
        named = [_type_name(a) for a in args if a is not type(None)]
        return " or ".join(named) + (" or null" if type(None) in args else "")
    if origin is list:
        return f"list of {_type_name(args[0])}"
    if isinstance(annotation, type) and issubclass(annotation, _Part):
        inner = ", ".join(
            f"`{f}`: {_type_name(i.annotation)}" for f, i in annotation.model_fields.items()
        )
        return "{" + inner + "}"
    names = {
        uuid.UUID: "uuid",
        datetime: "timestamp",
        date: "date",
        str: "string",
        int: "integer",
        bool: "boolean",
    }
    return names.get(annotation, getattr(annotation, "__name__", str(annotation)))


if __name__ == "__main__":
    print(markdown())
