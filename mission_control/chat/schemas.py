"""Chat request and response shapes (and the WebSocket frames clients send)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from mission_control.core.schemas import RequestModel

Visibility = Literal["public", "private"]
MemberType = Literal["user", "agent"]
NAME = Field(min_length=1, max_length=80)
TOPIC = Field(default="", max_length=500)


class ChannelCreate(RequestModel):
    name: str = NAME
    visibility: Visibility = "public"
    project: str | None = Field(default=None, max_length=10, description="A project key.")
    topic: str = TOPIC
    members: list[uuid.UUID] = Field(
        default_factory=list, max_length=100, description="Users or agents to add (ids)."
    )


class ChannelUpdate(RequestModel):
    """Visibility is fixed at creation (events already written name it)."""

    name: str | None = Field(default=None, min_length=1, max_length=80)
    topic: str | None = Field(default=None, max_length=500)
    archived: bool | None = None


class ChannelOut(BaseModel):
    id: uuid.UUID
    name: str
    topic: str
    visibility: Visibility
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


class ChannelMemberAdd(RequestModel):
    """Nothing: join a public channel yourself; else exactly one of user_id or agent_id."""

    user_id: uuid.UUID | None = None
    agent_id: uuid.UUID | None = None


class ChannelMemberOut(BaseModel):
    member_type: MemberType
    member_id: uuid.UUID
    name: str | None
    last_read_seq: int
    joined_at: datetime


class MarkRead(RequestModel):
    message_id: uuid.UUID | None = Field(
        default=None, description="Read up to this message; omitted: everything."
    )


class ReadPosition(BaseModel):
    channel_id: uuid.UUID
    last_read_seq: int
    unread_count: int


class MessageCreate(RequestModel):
    body: str = Field(min_length=1, description="Markdown; at most 32 KiB (else 413).")
    parent_id: uuid.UUID | None = Field(default=None, description="Reply in this thread.")


class MessageUpdate(RequestModel):
    body: str = Field(min_length=1)


class Mention(BaseModel):
    type: MemberType
    id: uuid.UUID
    handle: str


class AuthorOut(BaseModel):
    type: MemberType
    id: uuid.UUID
    parent_id: uuid.UUID | None = None


class MessageOut(BaseModel):
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


class MessagePage(BaseModel):
    """`items` in reading order; `next_cursor` reads on, `prev_cursor` turns back."""

    items: list[MessageOut]
    next_cursor: str | None
    prev_cursor: str | None


class Ticket(BaseModel):
    ticket: str
    expires_in: int
    url: str
