"""Channels, their members and messages (typed mappings; the domain's SQL is in queries.py).

`messages` is partitioned by month on `created_at` (partitions come from
`mc_ensure_event_partition`), so its primary key is (id, created_at) and nothing
references it by foreign key.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Computed, DateTime, ForeignKey, Integer, LargeBinary, Text, text
from sqlalchemy.dialects.postgresql import JSONB, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from mission_control.core.db import Base
from mission_control.core.types import CreatedAt, UUIDPk


class Channel(Base):
    __tablename__ = "channels"

    id: Mapped[UUIDPk]
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(Text, server_default="")
    visibility: Mapped[str] = mapped_column(Text)
    project_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE")
    )
    task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    created_by_type: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID | None]
    last_seq: Mapped[int] = mapped_column(BigInteger, server_default="0")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[CreatedAt]


class ChannelMember(Base):
    __tablename__ = "channel_members"

    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    channel_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True
    )
    member_type: Mapped[str] = mapped_column(Text, primary_key=True)
    member_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    last_read_seq: Mapped[int] = mapped_column(BigInteger, server_default="0")
    joined_at: Mapped[CreatedAt]


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[uuid.UUID] = mapped_column(
        primary_key=True, server_default=text("gen_random_uuid()")
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), primary_key=True, server_default=text("now()")
    )
    org_id: Mapped[uuid.UUID]
    channel_id: Mapped[uuid.UUID]
    seq: Mapped[int] = mapped_column(BigInteger)
    author_type: Mapped[str] = mapped_column(Text)
    author_id: Mapped[uuid.UUID]
    author_parent_id: Mapped[uuid.UUID | None]
    parent_id: Mapped[uuid.UUID | None]
    reply_count: Mapped[int] = mapped_column(Integer, server_default="0")
    last_reply_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    body: Mapped[str] = mapped_column(Text)
    mentions: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default="[]")
    edited_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    search: Mapped[Any] = mapped_column(
        TSVECTOR, Computed("to_tsvector('simple', body)", persisted=True)
    )


class WsTicket(Base):
    __tablename__ = "ws_tickets"

    digest: Mapped[bytes] = mapped_column(LargeBinary, primary_key=True)
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(Text)
    credential: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
