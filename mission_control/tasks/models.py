"""Tasks, their dependencies, and approvals."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Computed, Date, DateTime, ForeignKey, Integer, SmallInteger, Text
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mission_control.core.db import Base
from mission_control.core.types import CreatedAt, UUIDPk
from mission_control.projects.models import Project

STATUSES = ("backlog", "todo", "in_progress", "blocked", "review", "done", "cancelled")
PRIORITIES = ("none", "low", "medium", "high", "urgent")
STATUS_RANK = {s: i for i, s in enumerate(STATUSES)}
PRIORITY_RANK = {p: i for i, p in enumerate(PRIORITIES)}


def _rank_sql(column: str, values: tuple[str, ...]) -> str:
    arms = " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(values))
    return f"CASE {column} {arms} END"


class Task(Base):
    __tablename__ = "tasks"

    id: Mapped[UUIDPk]
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, server_default="")
    status: Mapped[str] = mapped_column(Text, server_default="todo")
    status_rank: Mapped[int] = mapped_column(SmallInteger, Computed(_rank_sql("status", STATUSES)))
    blocked_reason: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[str] = mapped_column(Text, server_default="none")
    priority_rank: Mapped[int] = mapped_column(
        SmallInteger, Computed(_rank_sql("priority", PRIORITIES))
    )
    assignee_type: Mapped[str | None] = mapped_column(Text)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    labels: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    due_date: Mapped[date | None] = mapped_column(Date)
    position: Mapped[str] = mapped_column(Text(collation="C"))
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    dependency_count: Mapped[int] = mapped_column(Integer, server_default="0")
    dependant_count: Mapped[int] = mapped_column(Integer, server_default="0")
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lease_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_by_type: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[CreatedAt]

    project: Mapped[Project] = relationship(lazy="raise", innerjoin=True)

    @property
    def ref(self) -> str:
        return f"{self.project.key}-{self.number}"

    @property
    def project_key(self) -> str:
        return self.project.key


class TaskDependency(Base):
    __tablename__ = "task_dependencies"

    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    task_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    depends_on_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[CreatedAt]


class Approval(Base):
    __tablename__ = "approvals"

    id: Mapped[UUIDPk]
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(Text, server_default="pending")
    requested_by_type: Mapped[str] = mapped_column(Text)
    requested_by_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    decided_by_type: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[uuid.UUID | None] = mapped_column(UUID(as_uuid=True))
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[CreatedAt]
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    task: Mapped[Task] = relationship(lazy="raise", innerjoin=True)

    @property
    def task_ref(self) -> str:
        return self.task.ref
