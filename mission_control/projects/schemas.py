"""Projects: create, update, move, and the response shape."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field, field_validator

from mission_control.core.schemas import RequestModel, ResponseModel

Stage = Literal["proposed", "planning", "active", "review", "done", "archived"]
LEASE = "How long a claim holds a task without a write or heartbeat (seconds; null: 1800)."
Key = Field(pattern=r"^[A-Z][A-Z0-9]{1,9}$", description="Short upper-case key, e.g. `MC`.")


def _unique(values: list[uuid.UUID] | None) -> list[uuid.UUID] | None:
    return list(dict.fromkeys(values)) if values is not None else None


class ProjectCreate(RequestModel):
    key: str = Key
    name: str = Field(min_length=1, max_length=200)
    description: str = Field(default="", max_length=20_000)
    stage: Stage = "proposed"
    requires_approval: bool = False
    approvers: list[uuid.UUID] = Field(default_factory=list, max_length=100)
    lease_seconds: int | None = Field(default=None, ge=1, le=86400, description=LEASE)

    _approvers = field_validator("approvers")(_unique)


class ProjectUpdate(RequestModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = Field(default=None, max_length=20_000)
    owner_id: uuid.UUID | None = None
    stage: Stage | None = None
    requires_approval: bool | None = None
    approvers: list[uuid.UUID] | None = Field(default=None, max_length=100)
    lease_seconds: int | None = Field(default=None, ge=1, le=86400, description=LEASE)

    _approvers = field_validator("approvers")(_unique)


class ProjectMove(RequestModel):
    """Where the card goes: after one card and/or before another, optionally in another lane."""

    before: uuid.UUID | None = None
    after: uuid.UUID | None = None
    stage: Stage | None = None


class ProjectOut(ResponseModel):
    id: uuid.UUID
    key: str
    name: str
    description: str
    owner_type: str | None
    owner_id: uuid.UUID | None
    stage: Stage
    position: str
    requires_approval: bool
    approvers: list[uuid.UUID]
    lease_seconds: int | None = Field(description=LEASE)
    archived_at: datetime | None
    created_at: datetime
    updated_at: datetime
