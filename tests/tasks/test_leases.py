"""Claims are leases: a silent holder loses the task, a beating one keeps it, and the
expiry job — safe to run twice at once — writes each release exactly once."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from typing import Any

import asyncpg
import httpx

from mission_control.core.config import Settings
from mission_control.core.db import Database, plain_url
from mission_control.subagents import jobs
from mission_control.worker.registry import JobContext
from tests.tasks.helpers import agent_headers, events, project, task, world

JOB_INTERVAL = 1.0  # subagents.expire runs every second in the server's runner


async def _wait_for(check: Any, seconds: float) -> Any:
    for _ in range(int(seconds / 0.2)):
        found = await check()
        if found:
            return found
        await asyncio.sleep(0.2)
    return await check()


class TestLeases:
    async def test_a_silent_holder_loses_the_task_to_the_next_agent(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC", lease_seconds=1)
        t = await task(w, "MC", "Leased")
        anon, headers, ids = await agent_headers(w, make_client, 2)
        claimed = await anon.post(w.url(f"/tasks/{t['ref']}/claim"), headers=headers[0])
        assert claimed.status_code == 200 and claimed.json()["lease_expires_at"] is not None

        async def released() -> list[dict[str, Any]]:
            return await events(w, type="task.lease_expired", entity_id=t["id"])

        expired = await _wait_for(released, 1 + JOB_INTERVAL + 3)
        assert len(expired) == 1
        assert expired[0]["payload"]["holder"] == {"type": "agent", "id": ids[0]}
        back = (await w.client.get(w.url(f"/tasks/{t['ref']}"))).json()
        assert back["status"] == "todo" and back["assignee_id"] is None
        # claim-next hands it to the next agent; the old holder's key cannot take it back.
        nxt = await anon.post(w.url("/tasks/claim-next"), json={}, headers=headers[1])
        assert nxt.status_code == 200 and nxt.json()["id"] == t["id"]
        assert nxt.json()["assignee_id"] == ids[1]
        stale = await anon.post(w.url(f"/tasks/{t['ref']}/claim"), headers=headers[0])
        assert stale.status_code == 409

    async def test_a_heartbeat_keeps_the_lease(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC", lease_seconds=2)
        t = await task(w, "MC", "Kept")
        anon, headers, ids = await agent_headers(
            w, make_client, 1, scopes=["tasks:write", "agents:write"]
        )
        await anon.post(w.url(f"/tasks/{t['ref']}/claim"), headers=headers[0])
        first = (await w.client.get(w.url(f"/tasks/{t['ref']}"))).json()["lease_expires_at"]
        for _ in range(10):  # 5 s, more than twice the lease, beating every 0.5 s
            beat = await anon.post(
                w.url(f"/agents/{ids[0]}/heartbeat"), json={}, headers=headers[0]
            )
            assert beat.status_code == 200
            await asyncio.sleep(0.5)
        kept = (await w.client.get(w.url(f"/tasks/{t['ref']}"))).json()
        assert kept["status"] == "in_progress" and kept["assignee_id"] == ids[0]
        assert kept["lease_expires_at"] > first
        assert await events(w, type="task.lease_expired") == []

    async def test_a_write_by_the_holder_renews_the_lease(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC", lease_seconds=60)
        t = await task(w, "MC", "Edited")
        anon, headers, _ = await agent_headers(w, make_client, 1)
        claimed = (await anon.post(w.url(f"/tasks/{t['ref']}/claim"), headers=headers[0])).json()
        await asyncio.sleep(0.05)
        edited = await anon.patch(
            w.url(f"/tasks/{t['ref']}"), json={"title": "Edited!"}, headers=headers[0]
        )
        assert edited.json()["lease_expires_at"] > claimed["lease_expires_at"]
        # Someone else's write does not renew the holder's lease.
        other = await w.client.patch(w.url(f"/tasks/{t['ref']}"), json={"title": "By owner"})
        assert other.json()["lease_expires_at"] == edited.json()["lease_expires_at"]


class TestExpiryJob:
    async def test_two_jobs_at_once_write_each_event_exactly_once(
        self, app_url: str, owner_url: str, tmp_path: Any
    ) -> None:
        org = await _seed_due(owner_url, subagents=1000, leases=1000)
        db = Database(app_url, pool_size=4, max_overflow=4)
        news: list[uuid.UUID] = []

        async def announce(org_id: uuid.UUID) -> None:
            news.append(org_id)

        settings = Settings(database_url=app_url, data_dir=tmp_path)
        async with httpx.AsyncClient() as http:
            ctx = JobContext(db=db, settings=settings, queue=None, http=http, announce=announce)  # type: ignore[arg-type]
            try:
                await asyncio.gather(jobs.expire(ctx, {}), jobs.expire(ctx, {}))
                await jobs.expire(ctx, {})  # a third pass finds nothing left
            finally:
                await db.dispose()
        conn = await asyncpg.connect(plain_url(owner_url))
        try:
            rows = await conn.fetch(
                "SELECT type, entity_id FROM events WHERE org_id = $1"
                " AND type IN ('subagent.expired', 'task.lease_expired')",
                org,
            )
            left = await conn.fetchval(
                "SELECT count(*) FROM agents WHERE org_id = $1 AND lifecycle = 'active'", org
            )
            held = await conn.fetchval(
                "SELECT count(*) FROM tasks WHERE org_id = $1 AND status = 'in_progress'", org
            )
        finally:
            await conn.close()
        per_entity = Counter(r["entity_id"] for r in rows)
        assert Counter(r["type"] for r in rows) == {
            "subagent.expired": 1000,
            "task.lease_expired": 1000,
        }
        assert set(per_entity.values()) == {1}
        assert left == 0 and held == 0
        assert org in news


async def _seed_due(owner_url: str, *, subagents: int, leases: int) -> uuid.UUID:
    """An org with sub-agents past their deadline and claimed tasks past their lease."""
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        org = await conn.fetchval(
            "INSERT INTO organizations (slug, name) VALUES ('due', 'Due') RETURNING id"
        )
        parent = await conn.fetchval(
            "INSERT INTO agents (org_id, name) VALUES ($1, 'parent') RETURNING id", org
        )
        await conn.execute(
            "INSERT INTO agents (org_id, name, parent_id, depth, lifecycle, expires_at)"
            " SELECT $1, 'sub' || g, $2, 1, 'active', now() - interval '1 second'"
            " FROM generate_series(1, $3) g",
            org,
            parent,
            subagents,
        )
        project = await conn.fetchval(
            "INSERT INTO projects (org_id, key, name, stage, position)"
            " VALUES ($1, 'MC', 'MC', 'active', 'a0') RETURNING id",
            org,
        )
        await conn.execute(
            "INSERT INTO tasks (org_id, project_id, number, title, status, position,"
            " created_by_type, assignee_type, assignee_id, claimed_at, lease_expires_at)"
            " SELECT $1, $2, g, 't' || g, 'in_progress', 'a0', 'system', 'agent', $3,"
            "        now() - interval '1 hour', now() - interval '1 second'"
            " FROM generate_series(1, $4) g",
            org,
            project,
            parent,
            leases,
        )
        return org
    finally:
        await conn.close()
