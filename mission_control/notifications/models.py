"""Subscriptions, notifications, webhooks and their deliveries (all tenant rows)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ARRAY, BigInteger, DateTime, Integer, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from mission_control.core.db import Base
from mission_control.core.types import CreatedAt, OrgId, UUIDPk


class Subscription(Base):
    __tablename__ = "subscriptions"

    id: Mapped[UUIDPk]
    org_id: Mapped[OrgId]
    subscriber_type: Mapped[str] = mapped_column(Text)
    subscriber_id: Mapped[uuid.UUID]
    target_type: Mapped[str] = mapped_column(Text)
    target_id: Mapped[uuid.UUID]
    event_types: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    reason: Mapped[str] = mapped_column(Text, server_default="manual")
    created_at: Mapped[CreatedAt]


class Notification(Base):
    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    org_id: Mapped[OrgId]
    recipient_type: Mapped[str] = mapped_column(Text)
    recipient_id: Mapped[uuid.UUID]
    event_id: Mapped[int] = mapped_column(BigInteger)
    event: Mapped[dict[str, Any]] = mapped_column(JSONB)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[CreatedAt]
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class EventConsumer(Base):
    __tablename__ = "event_consumers"

    org_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, primary_key=True)
    last_event_id: Mapped[int] = mapped_column(BigInteger, server_default="0")
    updated_at: Mapped[CreatedAt]


class Webhook(Base):
    __tablename__ = "webhooks"

    id: Mapped[UUIDPk]
    org_id: Mapped[OrgId]
    agent_id: Mapped[uuid.UUID | None]
    url: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text, server_default="generic")
    event_types: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    secret: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(server_default=text("true"))
    consecutive_failures: Mapped[int] = mapped_column(Integer, server_default="0")
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[CreatedAt]
    created_by_type: Mapped[str] = mapped_column(Text)
    created_by_id: Mapped[uuid.UUID | None]


class WebhookDelivery(Base):
    __tablename__ = "webhook_deliveries"

    id: Mapped[UUIDPk]
    org_id: Mapped[OrgId]
    webhook_id: Mapped[uuid.UUID]
    event_id: Mapped[int | None] = mapped_column(BigInteger)
    event_type: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text, server_default="pending")
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=text("now()")
    )
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str | None] = mapped_column(Text)
    response_code: Mapped[int | None]
    created_at: Mapped[CreatedAt]
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
