"""Event-log upkeep: partitions are made ahead and old months detached (kept, not dropped)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import asyncpg
import httpx

from mission_control.core.db import Database, plain_url
from mission_control.worker.registry import JOBS, JobContext, load_jobs
from tests.conftest import make_settings


async def _run(app_url: str, tmp_path: Path, today: date, **overrides) -> None:
    load_jobs()
    db = Database(app_url, pool_size=2, max_overflow=2)

    async def announce(org_id: uuid.UUID) -> None:
        return None

    async with httpx.AsyncClient() as http:
        ctx = JobContext(
            db=db,
            settings=make_settings(app_url, tmp_path, **overrides),
            queue=None,  # type: ignore[arg-type]
            http=http,
            announce=announce,
        )
        try:
            await JOBS["events.maintain_partitions"](ctx, {"today": today.isoformat()})
        finally:
            await db.dispose()


async def _partitions(conn: asyncpg.Connection) -> set[str]:
    rows = await conn.fetch(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
        " WHERE i.inhparent = 'events'::regclass"
    )
    return {r["relname"] for r in rows}


class TestPartitionUpkeep:
    async def test_creates_ahead_and_detaches_beyond_retention(self, app_url, owner_url, tmp_path):
        conn = await asyncpg.connect(plain_url(owner_url))
        try:
            await conn.execute("SELECT mc_ensure_event_partition('2020-01-01')")
            org = uuid.uuid4()
            await conn.execute(
                "INSERT INTO events (occurred_at, org_id, actor_type, type, entity_type)"
                " VALUES ('2020-01-15', $1, 'system', 'old.thing', 'test')",
                org,
            )
            old_id = await conn.fetchval("SELECT max(id) FROM events_2020_01")
            await _run(app_url, tmp_path, date(2031, 6, 10), event_retention_months=12)
            parts = await _partitions(conn)
            assert {"events_2031_06", "events_2031_07", "events_2031_08"} <= parts
            assert "events_2020_01" not in parts
            # Kept as a table (not dropped), and the horizon tells resuming streams to reset.
            assert await conn.fetchval("SELECT to_regclass('events_2020_01')") is not None
            assert (
                await conn.fetchval("SELECT detached_through_id FROM event_log_horizon") == old_id
            )
        finally:
            await conn.close()

    async def test_drops_only_when_configured(self, app_url, owner_url, tmp_path):
        conn = await asyncpg.connect(plain_url(owner_url))
        try:
            await conn.execute("SELECT mc_ensure_event_partition('2020-02-01')")
            await _run(
                app_url,
                tmp_path,
                date(2031, 6, 10),
                event_retention_months=12,
                event_retention_drop=True,
            )
            assert await conn.fetchval("SELECT to_regclass('events_2020_02')") is None
        finally:
            await conn.close()
