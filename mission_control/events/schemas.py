"""Events as clients see them (the list, the stream, webhooks)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Row

from mission_control.events.models import Event


class ActorOut(BaseModel):
    type: str
    id: uuid.UUID | None


class EventOut(BaseModel):
    id: int
    type: str
    occurred_at: datetime
    actor: ActorOut
    entity_type: str
    entity_id: uuid.UUID | None
    project_id: uuid.UUID | None
    payload: dict[str, Any]

    @staticmethod
    def plain(event: Event | Row[Any]) -> dict[str, Any]:
        """The same shape as a plain dict, for rows read from our own table (hot path:
        no model to build or re-validate; pydantic_core.to_json writes it as EventOut would)."""
        return {
            "id": event.id,
            "type": event.type,
            "occurred_at": event.occurred_at,
            "actor": {"type": event.actor_type, "id": event.actor_id},
            "entity_type": event.entity_type,
            "entity_id": event.entity_id,
            "project_id": event.project_id,
            "payload": event.payload,
        }

    @classmethod
    def of(cls, event: Event | Row[Any]) -> EventOut:
        return cls(
            id=event.id,
            type=event.type,
            occurred_at=event.occurred_at,
            actor=ActorOut(type=event.actor_type, id=event.actor_id),
            entity_type=event.entity_type,
            entity_id=event.entity_id,
            project_id=event.project_id,
            payload=event.payload,
        )
