"""Small shared column helpers and type aliases."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated

from sqlalchemy import DateTime, text
from sqlalchemy.dialects.postgresql import UUID
from sqlalchemy.orm import mapped_column

UUIDPk = Annotated[
    uuid.UUID,
    mapped_column(UUID(as_uuid=True), primary_key=True, server_default=text("gen_random_uuid()")),
]
OrgId = Annotated[uuid.UUID, mapped_column(UUID(as_uuid=True), nullable=False, index=True)]
CreatedAt = Annotated[
    datetime, mapped_column(DateTime(timezone=True), nullable=False, server_default=text("now()"))
]
Timestamp = Annotated[datetime, mapped_column(DateTime(timezone=True))]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Actor:
    """Who did something: a user, an agent, or the system."""

    __slots__ = ("id", "type")

    def __init__(self, type: str, id: uuid.UUID | None) -> None:
        self.type = type
        self.id = id

    def as_dict(self) -> dict[str, str | None]:
        return {"type": self.type, "id": str(self.id) if self.id else None}


SYSTEM = Actor("system", None)
