"""Events as clients see them (the list, the stream, webhooks)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel

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

    @classmethod
    def of(cls, event: Event) -> EventOut:
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
