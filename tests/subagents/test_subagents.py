"""Sub-agents: narrowed ephemeral keys that die with their sub-agent, at their very next use."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.fixtures.factories import bearer, create_agent, create_key
from tests.tasks.helpers import World, project, task, world

PARENT_SCOPES = ["tasks:write", "chat:write", "agents:write", "events:read", "subagents:spawn"]


async def _setup(make_client: Any, **app: Any) -> tuple[World, httpx.AsyncClient, dict[str, str]]:
    async def same_app() -> httpx.AsyncClient:
        return await make_client(**app)  # every client on one app: one job runner or none

    w = await world(same_app)
    await project(w, "MC")
    await project(w, "OPS")
    await task(w, "MC", "Parent's work")
    await task(w, "OPS", "Elsewhere")
    agent = await create_agent(w.owner, w.org)
    key = await create_key(w.owner, w.org, agent["id"], scopes=PARENT_SCOPES)
    return w, await make_client(**app), {**bearer(key["key"]), "x-agent": agent["id"]}


async def _spawn(client: httpx.AsyncClient, w: World, h: dict[str, str], **body: Any) -> Any:
    headers = {"Authorization": h["Authorization"]}
    return await client.post(w.url("/sub-agents"), json={"name": "helper", **body}, headers=headers)


def _auth(key: str) -> dict[str, str]:
    return bearer(key)


@pytest.fixture
async def no_worker(make_client: Any, redis_url: str) -> Any:
    """An app whose jobs go to a Redis queue no worker reads: nothing expires but requests."""
    return await _setup(make_client, redis_url=redis_url)


class TestSpawn:
    async def test_a_sub_agent_works_in_its_tasks_project_only(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        spawned = await _spawn(client, w, h, task="MC-1", purpose="fix it", scopes=["tasks:write"])
        assert spawned.status_code == 201, spawned.text
        sub = spawned.json()
        assert sub["key"].startswith("mc_") and sub["parent_id"] == h["x-agent"]
        assert sub["project_keys"] == ["MC"] and sub["scopes"] == ["tasks:write"]
        assert sub["status"] == "active" and sub["depth"] == 1
        me = _auth(sub["key"])
        assert (await client.get(w.url("/tasks/MC-1"), headers=me)).status_code == 200
        assert (await client.get(w.url("/tasks/OPS-1"), headers=me)).status_code == 404
        assert (await client.get(w.url("/projects/OPS/tasks"), headers=me)).status_code == 404
        # A scope it lacks is 403.
        events = await client.get(w.url("/events"), headers=me)
        assert events.status_code == 403
        assert events.json()["error"]["code"] == "insufficient_scope"
        # Its claim records its parent.
        claimed = await client.post(w.url("/tasks/MC-1/claim"), headers=me)
        assert claimed.status_code == 200 and claimed.json()["assignee_id"] == sub["id"]
        log = await w.client.get(w.url("/events"), params={"type": "task.claimed"})
        assert log.json()["items"][0]["payload"]["parent_id"] == h["x-agent"]
        assert log.json()["items"][0]["actor"]["id"] == sub["id"]

    async def test_it_cannot_widen_its_scopes(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        wider = await _spawn(client, w, h, scopes=["tasks:write", "admin"])
        assert wider.status_code == 403
        assert wider.json()["error"]["code"] == "scope_exceeds_parent"
        assert wider.json()["error"]["details"]["not_allowed"] == ["admin"]
        # A sub-agent without subagents:spawn cannot spawn.
        sub = (await _spawn(client, w, h, scopes=["tasks:write"])).json()
        again = await _spawn(client, w, {"Authorization": f"Bearer {sub['key']}"})
        assert again.status_code == 403 and again.json()["error"]["code"] == "spawn_not_allowed"

    async def test_depth_is_at_most_three(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        auth = h
        depths = []
        for _ in range(3):
            sub = await _spawn(client, w, auth, scopes=["tasks:write", "subagents:spawn"])
            assert sub.status_code == 201, sub.text
            depths.append(sub.json()["depth"])
            auth = {"Authorization": f"Bearer {sub.json()['key']}"}
        assert depths == [1, 2, 3]
        fourth = await _spawn(client, w, auth, scopes=["tasks:write"])
        assert fourth.status_code == 403 and fourth.json()["error"]["code"] == "depth_exceeded"

    async def test_a_person_spawns_for_an_agent_within_their_token(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        made = await w.client.post(
            w.url("/sub-agents"),
            json={"name": "by-hand", "parent_id": h["x-agent"], "scopes": ["tasks:read"]},
        )
        assert made.status_code == 201, made.text
        assert made.json()["parent_id"] == h["x-agent"]
        missing = await w.client.post(w.url("/sub-agents"), json={"name": "x"})
        assert missing.status_code == 422

    async def test_bad_ttls_and_tasks_are_refused(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        for body in ({"ttl_seconds": 0}, {"ttl_seconds": 86401}, {"name": ""}):
            assert (await _spawn(client, w, h, **body)).status_code == 422
        assert (await _spawn(client, w, h, task="NOPE-1")).status_code == 404

    async def test_another_org_never_sees_it(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        sub = (await _spawn(client, w, h)).json()
        other = await world(make_client)
        assert (await other.client.get(other.url(f"/sub-agents/{sub['id']}"))).status_code == 404
        assert (await other.client.get(other.url("/sub-agents"))).json()["items"] == []
        revoke = await other.client.post(other.url(f"/sub-agents/{sub['id']}/revoke"))
        assert revoke.status_code == 404
        # Nor can its key reach the other org.
        their = await client.get(other.url("/tasks"), headers=_auth(sub["key"]))
        assert their.status_code == 404


class TestEnd:
    """Completed, revoked or out of time: refused on the very next request, no worker needed."""

    async def _sub(self, no_worker: Any, **body: Any) -> tuple[World, httpx.AsyncClient, Any]:
        w, client, h = no_worker
        sub = (await _spawn(client, w, h, task="MC-1", **body)).json()
        assert (await client.get("/api/v1/agents/me", headers=_auth(sub["key"]))).status_code == 200
        return w, client, {**sub, "parent": h}

    @pytest.mark.redis
    async def test_complete_kills_the_key_and_releases_its_claims(self, no_worker: Any) -> None:
        w, client, sub = await self._sub(no_worker)
        assert (
            await client.post(w.url("/tasks/MC-1/claim"), headers=_auth(sub["key"]))
        ).status_code == 200
        done = await client.post(
            w.url(f"/sub-agents/{sub['id']}/complete"),
            json={"reason": "finished"},
            headers={"Authorization": sub["parent"]["Authorization"]},
        )
        assert done.status_code == 200, done.text
        assert done.json()["status"] == "completed" and done.json()["end_reason"] == "finished"
        refused = await client.get("/api/v1/agents/me", headers=_auth(sub["key"]))
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "key_revoked"
        back = (await w.client.get(w.url("/tasks/MC-1"))).json()
        assert back["status"] == "todo" and back["assignee_id"] is None
        types = [e["type"] for e in (await w.client.get(w.url("/events"))).json()["items"]]
        assert "subagent.completed" in types and "task.released" in types
        again = await client.post(
            w.url(f"/sub-agents/{sub['id']}/revoke"),
            headers={"Authorization": sub["parent"]["Authorization"]},
        )
        assert again.status_code == 409 and again.json()["error"]["code"] == "subagent_ended"

    @pytest.mark.redis
    async def test_revoke_ends_the_whole_subtree(self, no_worker: Any) -> None:
        w, client, sub = await self._sub(no_worker, scopes=["tasks:write", "subagents:spawn"])
        child = (await _spawn(client, w, {"Authorization": f"Bearer {sub['key']}"})).json()
        assert child["depth"] == 2
        # Only its parent (or an admin) may end it.
        stranger = await client.post(
            w.url(f"/sub-agents/{child['id']}/revoke"),
            headers={"Authorization": sub["parent"]["Authorization"]},
        )
        assert stranger.status_code == 404
        revoked = await w.client.post(w.url(f"/sub-agents/{sub['id']}/revoke"))
        assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
        for key in (sub["key"], child["key"]):
            response = await client.get("/api/v1/agents/me", headers=_auth(key))
            assert response.status_code == 401
        listed = (await w.client.get(w.url("/sub-agents"), params={"status": "revoked"})).json()
        assert {s["id"] for s in listed["items"]} == {sub["id"], child["id"]}

    @pytest.mark.redis
    async def test_ttl_refuses_at_expiry_with_the_worker_stopped(self, no_worker: Any) -> None:
        w, client, sub = await self._sub(no_worker, ttl_seconds=1)
        await asyncio.sleep(1.2)
        refused = await client.get("/api/v1/agents/me", headers=_auth(sub["key"]))
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "key_expired"
        # No job ran: the row still says active; the request alone refused the key.
        row = (await w.client.get(w.url(f"/sub-agents/{sub['id']}"))).json()
        assert row["status"] == "active"

    async def test_the_job_expires_it_with_an_event(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        sub = (await _spawn(client, w, h, ttl_seconds=1, task="MC-1")).json()
        await client.post(w.url("/tasks/MC-1/claim"), headers=_auth(sub["key"]))
        for _ in range(60):
            row = (await w.client.get(w.url(f"/sub-agents/{sub['id']}"))).json()
            if row["status"] == "expired":
                break
            await asyncio.sleep(0.25)
        assert row["status"] == "expired" and row["end_reason"] == "ttl"
        types = [e["type"] for e in (await w.client.get(w.url("/events"))).json()["items"]]
        assert types.count("subagent.expired") == 1
        assert (await w.client.get(w.url("/tasks/MC-1"))).json()["status"] == "todo"
