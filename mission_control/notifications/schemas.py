"""Subscriptions, notifications and webhooks as clients send and see them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal, Self

from pydantic import BaseModel, Field, HttpUrl, model_validator

from mission_control.core.schemas import RequestModel, ResponseModel


class SubscriptionCreate(RequestModel):
    """Exactly one of `project` (key), `task` (ref like MC-7, or id) or `channel` (id)."""

    project: str | None = Field(default=None, min_length=1, max_length=100)
    task: str | None = Field(default=None, min_length=1, max_length=100)
    channel: uuid.UUID | None = None
    event_types: list[str] | None = Field(default=None, max_length=50)

    @model_validator(mode="after")
    def _exactly_one_target(self) -> SubscriptionCreate:
        given = [v for v in (self.project, self.task, self.channel) if v is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of project, task or channel")
        return self


class Subscriber(BaseModel):
    type: str
    id: uuid.UUID


class SubscriptionOut(ResponseModel):
    id: uuid.UUID
    subscriber: Subscriber
    target_type: str
    target_id: uuid.UUID
    event_types: list[str] | None
    reason: str
    created_at: datetime


class NotificationOut(ResponseModel):
    id: int
    event: dict[str, Any]
    reason: str
    created_at: datetime
    read_at: datetime | None


class UnreadCount(BaseModel):
    unread: int


class ReadAllResult(BaseModel):
    marked: int


class WebhookCreate(RequestModel):
    url: HttpUrl
    event_types: list[str] | None = Field(default=None, max_length=50)
    agent_id: uuid.UUID | None = None
    kind: Literal["generic", "openclaw"] = "generic"
    token: str | None = Field(
        default=None,
        min_length=8,
        max_length=500,
        description="openclaw only: the gateway's hooks token, sent as its bearer token.",
    )

    @model_validator(mode="after")
    def token_for_openclaw(self) -> Self:
        if (self.kind == "openclaw") != (self.token is not None):
            raise ValueError("an openclaw webhook takes the gateway's token; others take none")
        return self


class WebhookOut(ResponseModel):
    id: uuid.UUID
    url: str
    kind: str
    event_types: list[str] | None
    agent_id: uuid.UUID | None
    active: bool
    consecutive_failures: int
    disabled_at: datetime | None
    created_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(description="Signs every delivery; shown in this response only.")


class DeliveryOut(ResponseModel):
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
