"""Search results."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class SearchHit(BaseModel):
    type: Literal["project", "task", "message"]
    id: uuid.UUID
    score: int = Field(description="Relevance (higher first); exact task refs score highest.")
    title: str = Field(description="HTML: the data escaped, matches in <mark>.")
    snippet: str = Field(description="HTML: the best fragments of the body, matches in <mark>.")
    project_key: str | None
    ref: str | None = Field(description="A task's `KEY-N`.")
    channel_id: uuid.UUID | None
    created_at: datetime
