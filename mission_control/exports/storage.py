"""Where finished exports live: a local folder (default) or an S3-compatible bucket.

The writer always writes a local partial file first; `put` moves it into place (a rename
in the folder, an upload to the bucket), so a half-written export is never visible.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Protocol

from mission_control.core.config import Settings

CHUNK = 256 * 1024


class Store(Protocol):
    target: str

    async def put(self, partial: Path, org_id: uuid.UUID, export_id: uuid.UUID) -> str: ...
    def read(self, location: str, start: int, end: int) -> AsyncIterator[bytes]: ...
    async def delete(self, location: str) -> None: ...


def work_dir(settings: Settings) -> Path:
    """Where partial files are written (and cleared on a retry)."""
    path = settings.exports_path / "tmp"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _place(partial: Path, final: Path) -> None:
    final.parent.mkdir(parents=True, exist_ok=True)
    partial.replace(final)  # atomic: the file appears whole or not at all


class LocalStore:
    target = "local"

    def __init__(self, root: Path) -> None:
        self.root = root

    async def put(self, partial: Path, org_id: uuid.UUID, export_id: uuid.UUID) -> str:
        folder = self.root / str(org_id)
        final = folder / f"{export_id}.zip"
        await asyncio.to_thread(_place, partial, final)
        return str(final.relative_to(self.root))

    def _path(self, location: str) -> Path:
        path = (self.root / location).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise ValueError("export location outside the export folder")
        return path

    async def read(self, location: str, start: int, end: int) -> AsyncIterator[bytes]:
        """Bytes start..end (inclusive) of the file."""
        handle = await asyncio.to_thread(self._path(location).open, "rb")
        try:
            await asyncio.to_thread(handle.seek, start)
            left = end - start + 1
            while left > 0:
                chunk = await asyncio.to_thread(handle.read, min(CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                yield chunk
        finally:
            handle.close()

    async def delete(self, location: str) -> None:
        self._path(location).unlink(missing_ok=True)


class S3Store:
    """An S3-compatible bucket through boto3 (the `s3` extra); calls run in threads."""

    target = "s3"

    def __init__(self, settings: Settings) -> None:
        import boto3

        assert settings.export_s3_bucket
        self.bucket = settings.export_s3_bucket
        self.prefix = settings.export_s3_prefix
        self.client: Any = boto3.client(
            "s3",
            endpoint_url=settings.export_s3_endpoint_url,
            region_name=settings.export_s3_region,
        )

    async def put(self, partial: Path, org_id: uuid.UUID, export_id: uuid.UUID) -> str:
        key = f"{self.prefix}{org_id}/{export_id}.zip"
        await asyncio.to_thread(self.client.upload_file, str(partial), self.bucket, key)
        await asyncio.to_thread(partial.unlink, missing_ok=True)
        return key

    async def read(self, location: str, start: int, end: int) -> AsyncIterator[bytes]:
        answer = await asyncio.to_thread(
            self.client.get_object, Bucket=self.bucket, Key=location, Range=f"bytes={start}-{end}"
        )
        body = answer["Body"]
        try:
            while chunk := await asyncio.to_thread(body.read, CHUNK):
                yield chunk
        finally:
            body.close()

    async def delete(self, location: str) -> None:
        await asyncio.to_thread(self.client.delete_object, Bucket=self.bucket, Key=location)


def store_for(settings: Settings, target: str | None = None) -> Store:
    """The configured store (or the one an export was written to)."""
    target = target or ("s3" if settings.export_s3_bucket else "local")
    if target == "s3":
        return S3Store(settings)
    return LocalStore(settings.exports_path)
