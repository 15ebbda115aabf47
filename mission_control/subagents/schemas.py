"""Sub-agents: spawning one, ending one, and the shapes answered."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field, field_validator

from mission_control.agents.schemas import NAME_PATTERN
from mission_control.auth.scopes import invalid_scopes
from mission_control.core.schemas import RequestModel, ResponseModel

Lifecycle = Literal["active", "completed", "expired", "revoked"]
MAX_TTL_SECONDS = 24 * 3600


class SubAgentSpawn(RequestModel):
    name: str = Field(min_length=1, max_length=100, pattern=NAME_PATTERN)
    purpose: str = Field(default="", max_length=2000)
    task: str | None = Field(
        default=None,
        max_length=60,
        description="A task ref or id: the key is confined to its project.",
    )
    ttl_seconds: int = Field(default=3600, ge=1, le=MAX_TTL_SECONDS)
    scopes: list[str] | None = Field(
        default=None,
        max_length=20,
        description="At most the parent's; by default the calling key's scopes.",
    )
    parent_id: uuid.UUID | None = Field(
        default=None, description="The parent agent (a person spawns on behalf of an agent)."
    )

    @field_validator("scopes")
    @classmethod
    def known_scopes(cls, scopes: list[str] | None) -> list[str] | None:
        if scopes is None:
            return None
        unknown = invalid_scopes(scopes)
        if unknown:
            raise ValueError(f"unknown scopes: {', '.join(unknown)}")
        return sorted(set(scopes))


class SubAgentEnd(RequestModel):
    reason: str = Field(default="", max_length=2000)


class SubAgentOut(ResponseModel):
    id: uuid.UUID
    name: str
    purpose: str
    parent_id: uuid.UUID
    depth: int
    task_id: uuid.UUID | None
    status: Lifecycle
    expires_at: datetime
    ended_at: datetime | None
    end_reason: str | None
    scopes: list[str]
    project_keys: list[str] | None
    created_at: datetime


class SubAgentSpawned(SubAgentOut):
    key: str = Field(description="The sub-agent's API key. Shown in this response only.")
