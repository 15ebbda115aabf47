"""Export requests and their state."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field


class ExportOut(BaseModel):
    id: uuid.UUID
    status: Literal["pending", "running", "done", "failed"]
    target: Literal["local", "s3"]
    rows_done: int
    rows_total: int | None = Field(description="Known once the worker has counted the snapshot.")
    progress: float = Field(description="rows_done / rows_total, 0 to 1.")
    attempts: int
    error: str | None
    size_bytes: int | None
    sha256: str | None = Field(description="SHA-256 of the zip file.")
    manifest: dict[str, Any] | None = Field(description="The manifest (docs/exports.md).")
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None
    expires_at: datetime | None = Field(description="When the file will be deleted.")
    expired: bool
    download_url: str | None
