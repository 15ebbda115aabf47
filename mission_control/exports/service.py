"""Exports: requested by an admin, written by the worker, downloaded, expired.

The row is the truth (SPEC: no job state only in the queue): `pending` until a worker
claims it; `running` under a lease the worker renews with every progress report, so a
killed worker's export is taken again once the lease lapses (a new attempt, written from
scratch into its own partial file; only the latest attempt may finish); `done` with its
manifest and file, or `failed` with the error after the last attempt.
"""

from __future__ import annotations

import asyncio
import os
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import structlog

from mission_control.auth import policy
from mission_control.auth.principals import OrgNotFound, Principal
from mission_control.core import pagination
from mission_control.core.config import Settings
from mission_control.core.db import Conn, Database, Record, after_commit, json_dumps
from mission_control.core.errors import AppError, Conflict, Gone, NotFound
from mission_control.core.sql import Where
from mission_control.core.types import SYSTEM, Actor
from mission_control.events import service as events
from mission_control.exports import queries as q
from mission_control.exports import storage, writer
from mission_control.orgs import queries as orgs
from mission_control.worker.registry import Queue, current_queue, json_args

log = structlog.get_logger(__name__)
RUN = "exports.run"


class ExportNotFound(NotFound):
    code = "export_not_found"
    message = "Export not found."


class ExportNotReady(Conflict):
    code = "export_not_ready"
    message = "The export is not finished; its status says how far it is."


class ExportExpired(Gone):
    code = "export_expired"
    message = "The export's file was deleted at the end of its retention period."


class RangeNotSatisfiable(AppError):
    status_code = 416
    code = "range_not_satisfiable"
    message = "The requested range is outside the file."


class Superseded(Exception):
    """A later attempt took this export over (this worker's lease had lapsed)."""


def run_key(export_id: uuid.UUID, attempts: int) -> str:
    """The job id of an export's next attempt: a retry is never deduplicated against the
    queue entry of the attempt whose worker died."""
    return f"{RUN}:{export_id}:{attempts}"


def _event(conn: Conn, row: Record, actor: Actor, type: str, payload: dict[str, Any]) -> None:
    events.record(conn, "export", row, actor, type, payload, project_id=None)


async def _enqueue(
    queue: Queue | None, org_id: uuid.UUID, export_id: uuid.UUID, attempts: int
) -> None:
    if queue is not None:
        await queue.enqueue(
            RUN, json_args(org_id=org_id, export_id=export_id), key=run_key(export_id, attempts)
        )


async def request_export(conn: Conn, principal: Principal, settings: Settings) -> Record:
    """A new pending export of the whole org; the worker is woken once this commits."""
    policy.require_unlimited(principal, "Exports")
    actor = principal.actor
    target = "s3" if settings.export_s3_bucket else "local"
    row = await conn.fetchrow(q.INSERT, principal.org_id, actor.type, actor.id, target)
    assert row is not None
    _event(conn, row, actor, "export.requested", {"target": target})
    org_id, export_id = principal.org_id, row["id"]

    async def wake() -> None:
        await _enqueue(current_queue(), org_id, export_id, 0)

    after_commit(conn, wake)
    return row


async def list_exports(
    conn: Conn, *, limit: int, cursor: str | None
) -> tuple[list[Record], str | None]:
    """The org's exports, newest first."""
    where = Where()
    after = pagination.decode(cursor, (pagination.TIME, pagination.UUID))
    if after is not None:
        where.add("(created_at, id) < (?, ?)", *after)
    rows = await conn.fetch(q.page(where.sql, where.param(limit + 1)), *where.args)
    return pagination.page(rows, limit, lambda r: (r["created_at"], r["id"]))


async def get_export(conn: Conn, export_id: str) -> Record:
    try:
        parsed = uuid.UUID(export_id)
    except ValueError:
        raise ExportNotFound() from None
    row = await conn.fetchrow(q.BY_ID, parsed)
    if row is None:
        raise ExportNotFound()
    return row


def downloadable(row: Record) -> None:
    if row["status"] != "done":
        raise ExportNotReady(details={"status": row["status"]})
    if row["deleted_at"] is not None:
        raise ExportExpired()


def plain(row: Record, download_url: str | None) -> dict[str, Any]:
    """An export as ExportOut writes it."""
    total = row["rows_total"]
    return {
        "id": row["id"],
        "status": row["status"],
        "target": row["target"],
        "rows_done": row["rows_done"],
        "rows_total": total,
        "progress": (
            row["rows_done"] / total if total else (1.0 if row["status"] == "done" else 0.0)
        ),
        "attempts": row["attempts"],
        "error": row["error"],
        "size_bytes": row["size_bytes"],
        "sha256": row["sha256"],
        "manifest": row["manifest"],
        "created_at": row["created_at"],
        "started_at": row["started_at"],
        "finished_at": row["finished_at"],
        "expires_at": row["expires_at"],
        "expired": row["deleted_at"] is not None,
        "download_url": download_url
        if row["status"] == "done" and row["deleted_at"] is None
        else None,
    }


# --- Range -----------------------------------------------------------------------------

RANGE = re.compile(r"bytes=(\d{0,19})-(\d{0,19})")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int  # inclusive
    partial: bool


def span(header: str | None, size: int, if_range: str | None, etag: str) -> Span:
    """The bytes to send for a Range header (one range; anything else gets the whole file)."""
    whole = Span(0, size - 1, False)
    if header is None or (if_range is not None and if_range.strip() != etag):
        return whole
    match = RANGE.fullmatch(header.strip())
    if match is None or (not match.group(1) and not match.group(2)):
        return whole  # unparsable or several ranges: a server may ignore Range
    first, last = match.group(1), match.group(2)
    if not first:  # the last N bytes
        length = int(last)
        if length == 0:
            raise RangeNotSatisfiable(headers={"Content-Range": f"bytes */{size}"})
        return Span(max(0, size - length), size - 1, True)
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or (last and int(last) < start):
        raise RangeNotSatisfiable(headers={"Content-Range": f"bytes */{size}"})
    return Span(start, end, True)


def read(settings: Settings, row: Record, part: Span) -> AsyncIterator[bytes]:
    return storage.store_for(settings, row["target"]).read(row["location"], part.start, part.end)


# --- the job ---------------------------------------------------------------------------


async def run(
    db: Database, settings: Settings, queue: Queue, org_id: uuid.UUID, export_id: uuid.UUID
) -> None:
    """One attempt at an export, if it is pending or its last worker's lease lapsed."""
    lease = settings.export_lease_seconds
    async with db.tx(org_id) as tx:
        row = await tx.fetchrow(q.CLAIM, export_id, lease)
        if row is None:
            return  # done, failed, or another worker holds it
        attempt = row["attempts"]
        if attempt > settings.export_max_attempts:
            failed = await tx.fetchrow(q.FAILED, export_id, attempt, "gave up: too many attempts")
            if failed is not None:
                _event(
                    tx,
                    failed,
                    SYSTEM,
                    "export.failed",
                    {"error": failed["error"], "attempts": attempt},
                )
            return
    partial = Path(os.devnull)

    async def progress(done: int, total: int) -> None:
        async with db.tx(org_id) as tx:
            if await tx.fetchval(q.PROGRESS, export_id, attempt, done, total, lease) is None:
                raise Superseded()

    try:
        partial = await asyncio.to_thread(_partial_path, settings, export_id, attempt)
        async with db.tx(org_id, snapshot=True) as snap:
            manifest = await writer.write(snap, partial, org_id, progress)
        size = (await asyncio.to_thread(partial.stat)).st_size
        sha = await asyncio.to_thread(writer.file_sha256, partial)
        store = storage.store_for(settings, row["target"])
        location = await store.put(partial, org_id, export_id)
        retention = settings.export_retention_hours * 3600
        async with db.tx(org_id) as tx:
            done = await tx.fetchrow(
                q.DONE,
                export_id,
                attempt,
                manifest["total_rows"],
                location,
                size,
                sha,
                json_dumps(manifest),
                retention,
            )
            if done is None:
                raise Superseded()
            payload = {
                "rows": manifest["total_rows"],
                "files": len(manifest["files"]),
                "size_bytes": size,
                "sha256": sha,
                "attempts": attempt,
            }
            _event(tx, done, SYSTEM, "export.completed", payload)
    except Superseded:
        await asyncio.to_thread(_discard, partial)
        log.info("export_superseded", export_id=str(export_id), attempt=attempt)
    except Exception as exc:
        await asyncio.to_thread(_discard, partial)
        error = f"{type(exc).__name__}: {exc}"[:500]
        log.warning("export_failed", export_id=str(export_id), attempt=attempt, error=error)
        async with db.tx(org_id) as tx:
            if attempt < settings.export_max_attempts:
                await tx.fetchrow(q.RETRY, export_id, attempt, error)
            else:
                failed = await tx.fetchrow(q.FAILED, export_id, attempt, error)
                if failed is not None:
                    _event(
                        tx, failed, SYSTEM, "export.failed", {"error": error, "attempts": attempt}
                    )
        if attempt < settings.export_max_attempts:
            await _enqueue(queue, org_id, export_id, attempt)


def _partial_path(settings: Settings, export_id: uuid.UUID, attempt: int) -> Path:
    """This attempt's partial file, earlier attempts' half-written files removed."""
    folder = storage.work_dir(settings)
    for stale in folder.glob(f"{export_id}.*.partial"):
        stale.unlink(missing_ok=True)
    return folder / f"{export_id}.{attempt}.partial"


def _discard(path: Path) -> None:
    if path.name.endswith(".partial"):
        path.unlink(missing_ok=True)


async def export_to_file(
    db: Database, org_slug: str, out: Path, progress: writer.Progress | None = None
) -> dict[str, Any]:
    """The CLI's export: the same snapshot and writer, straight into `out` (no row, no job)."""
    async with db.tx() as tx:
        org_id = await tx.fetchval(orgs.ORG_BY_SLUG, org_slug)
    if org_id is None:
        raise OrgNotFound(f"No org with the slug {org_slug!r}.")
    partial = out.with_name(out.name + ".partial")
    try:
        async with db.tx(org_id, snapshot=True) as snap:
            manifest = await writer.write(snap, partial, org_id, progress)
        await asyncio.to_thread(partial.replace, out)
    finally:
        await asyncio.to_thread(_discard, partial)
    return manifest


async def sweep(db: Database, settings: Settings, queue: Queue) -> list[uuid.UUID]:
    """Wake a worker for every export that needs one; delete files past retention.
    Answers the orgs whose state changed (expiries write events)."""
    async with db.tx() as tx:
        due = list(await tx.fetch(q.DUE))
    changed: list[uuid.UUID] = []
    for item in due:
        if item["due"] == "run":
            await _enqueue(queue, item["org_id"], item["id"], item["attempts"])
            continue
        async with db.tx(item["org_id"]) as tx:
            row = await tx.fetchrow(q.EXPIRED, item["id"])
            if row is None:
                continue
            if row["location"]:
                await storage.store_for(settings, row["target"]).delete(row["location"])
            _event(tx, row, SYSTEM, "export.expired", {"expires_at": row["expires_at"]})
        changed.append(item["org_id"])
    return changed
