"""Projects and their per-project task counters."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, Text
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column

from mission_control.core.db import Base
from mission_control.core.types import CreatedAt, UUIDPk

STAGES = ("proposed", "planning", "active", "review", "done")
ARCHIVED = "archived"


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[UUIDPk]
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, server_default="")
    owner_type: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    stage: Mapped[str] = mapped_column(Text, server_default="proposed")
    archived_from: Mapped[str | None] = mapped_column(Text)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    position: Mapped[str] = mapped_column(Text(collation="C"))
    requires_approval: Mapped[bool] = mapped_column(Boolean, server_default="false")
    approvers: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(UUID(as_uuid=True)), server_default="{}"
    )
    lease_seconds: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[CreatedAt]


class TaskCounter(Base):
    __tablename__ = "task_counters"

    project_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    last_number: Mapped[int] = mapped_column(Integer, server_default="0")
