"""Write one org, read in one snapshot, as a zip of JSON Lines files with a manifest.

The rows leave PostgreSQL by `COPY (SELECT row_to_json(r) ...) TO STDOUT`: no row is built
in Python. COPY's text format escapes only backslashes, newlines, carriage returns and
tabs, and row_to_json's text never holds a raw newline, return or tab (strings escape
them; jsonb values print on one line; no tenant column is of type json), so undoing
COPY's escaping is turning each `\\\\` back into `\\`. The format is documented in
docs/exports.md.
"""

from __future__ import annotations

import hashlib
import time
import uuid
import zipfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import IO, Any

from mission_control.core.db import Tx, json_dumps
from mission_control.exports import queries as q

FORMAT = "mission-control-export"
FORMAT_VERSION = 1
EXCLUDED_TABLES = frozenset({"exports", "idempotency_keys", "ws_tickets"})
"""Not exported: the exports' own bookkeeping, first answers kept a day for retries, and
WebSocket tickets (sealed credentials that live for seconds)."""
PROGRESS_EVERY = 0.5  # seconds between progress reports

Progress = Callable[[int, int], Awaitable[None]]


class _Entry:
    """One JSON Lines file being written: COPY chunks in, whole lines out, hashed."""

    __slots__ = ("bytes", "digest", "handle", "rest", "rows")

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.digest = hashlib.sha256()
        self.rest = b""
        self.rows = 0
        self.bytes = 0

    def feed(self, chunk: bytes) -> int:
        data = self.rest + chunk
        cut = data.rfind(b"\n") + 1
        self.rest = data[cut:]
        if not cut:
            return 0
        lines = data[:cut].replace(b"\\\\", b"\\")
        self.handle.write(lines)
        self.digest.update(lines)
        self.bytes += len(lines)
        found = lines.count(b"\n")
        self.rows += found
        return found


async def write(
    tx: Tx, path: Path, org_id: uuid.UUID, progress: Progress | None = None
) -> dict[str, Any]:
    """Write the org's export to `path` from `tx` (a snapshot bound to the org); the manifest."""
    conn = tx.conn
    org = await tx.fetchrow(q.ORG, org_id)
    if org is None:
        raise LookupError(f"no org {org_id}")
    catalogue = [r for r in await tx.fetch(q.TENANT_TABLES) if r["name"] not in EXCLUDED_TABLES]
    tables = [r["name"] for r in catalogue]
    snap = await tx.fetchrow(q.SNAPSHOT)
    assert snap is not None
    counted = list(await tx.fetchval(q.counts(tables)))
    users = int(await tx.fetchval(q.MEMBER_USERS_COUNT, org_id))
    sources: list[tuple[str, str, tuple[Any, ...], int]] = [
        ("organization.jsonl", q.ORG_ROW, (str(org_id),), 1),
        ("users.jsonl", q.MEMBER_USERS, (str(org_id),), users),
    ] + [
        (f"{r['name']}.jsonl", q.rows_of(r["name"], list(r["columns"])), (), int(n))
        for r, n in zip(catalogue, counted, strict=True)
    ]
    total = sum(n for *_, n in sources)
    done = 0
    last_report = time.monotonic()
    if progress is not None:
        await progress(0, total)

    files: list[dict[str, Any]] = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        for name, sql, args, _expected in sources:
            with zf.open(name, "w", force_zip64=True) as handle:
                entry = _Entry(handle)

                async def sink(chunk: bytes, entry: _Entry = entry) -> None:
                    nonlocal done, last_report
                    done += entry.feed(chunk)
                    now = time.monotonic()
                    if progress is not None and now - last_report >= PROGRESS_EVERY:
                        last_report = now
                        await progress(done, total)

                await conn.copy_from_query(sql, *args, output=sink)
                if entry.rest:  # COPY ends every row with a newline; a tail means a bug
                    raise RuntimeError(f"{name}: COPY output ended mid-line")
            files.append(
                {
                    "name": name,
                    "rows": entry.rows,
                    "bytes": entry.bytes,
                    "sha256": entry.digest.hexdigest(),
                }
            )
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "org": {"id": org["id"], "slug": org["slug"], "name": org["name"]},
            "schema_revision": snap["revision"],
            "snapshot_at": snap["snapshot_at"],
            "time_range": {
                "from": snap["first_event_at"] or org["created_at"],
                "to": snap["snapshot_at"],
            },
            "events": {"first_id": snap["first_event_id"], "last_id": snap["last_event_id"]},
            "total_rows": done,
            "files": files,
        }
        zf.writestr("manifest.json", json_dumps(manifest))
    if progress is not None:
        await progress(done, total)
    return manifest


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
