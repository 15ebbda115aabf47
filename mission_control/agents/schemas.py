"""Agents and their API keys."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field, field_validator

from mission_control.auth.scopes import invalid_scopes
from mission_control.core.schemas import RequestModel, ResponseModel

AgentStatus = Literal["online", "busy", "idle", "offline"]
NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9 ._-]*$"


class AgentCreate(RequestModel):
    name: str = Field(min_length=1, max_length=100, pattern=NAME_PATTERN)
    description: str = Field(default="", max_length=2000)
    capabilities: list[str] = Field(default_factory=list, max_length=50)


class AgentUpdate(RequestModel):
    name: str | None = Field(default=None, min_length=1, max_length=100, pattern=NAME_PATTERN)
    description: str | None = Field(default=None, max_length=2000)
    capabilities: list[str] | None = Field(default=None, max_length=50)
    status: AgentStatus | None = None


class Heartbeat(RequestModel):
    status: AgentStatus = "online"


class AgentOut(ResponseModel):
    id: uuid.UUID
    name: str
    description: str
    capabilities: list[str]
    status: AgentStatus
    last_seen_at: datetime | None
    created_at: datetime


class KeyCreate(RequestModel):
    name: str = Field(default="", max_length=100)
    scopes: list[str] = Field(min_length=1, max_length=20)
    expires_at: datetime | None = None
    project_keys: list[str] | None = Field(default=None, max_length=100)

    @field_validator("scopes")
    @classmethod
    def known_scopes(cls, scopes: list[str]) -> list[str]:
        unknown = invalid_scopes(scopes)
        if unknown:
            raise ValueError(f"unknown scopes: {', '.join(unknown)}")
        return sorted(set(scopes))

    @field_validator("expires_at")
    @classmethod
    def aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("expires_at needs a timezone (e.g. 2027-01-01T00:00:00Z)")
        return value


class KeyOut(ResponseModel):
    id: uuid.UUID
    name: str
    prefix: str
    scopes: list[str]
    project_keys: list[str] | None
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    created_at: datetime


class KeyCreated(KeyOut):
    key: str = Field(description="The whole secret. Shown in this response only.")


class TokenCreate(KeyCreate):
    org: str = Field(description="Slug of the org the token acts in.")


class TokenOut(KeyOut):
    org_id: uuid.UUID


class TokenCreated(TokenOut):
    key: str = Field(description="The whole secret. Shown in this response only.")


class OrgRef(ResponseModel):
    id: uuid.UUID
    slug: str
    name: str


class AgentMe(ResponseModel):
    agent: AgentOut
    org: OrgRef
    scopes: list[str]
    key_id: uuid.UUID
