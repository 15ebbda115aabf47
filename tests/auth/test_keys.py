"""Agent API keys: format, storage, scopes, revocation, expiry, last use."""

from __future__ import annotations

import asyncio
import hashlib
import re
from datetime import UTC, datetime, timedelta

import asyncpg

from mission_control.core.db import plain_url
from tests.fixtures.factories import bearer, create_agent, create_key, create_org, signup


async def _setup(make_client):
    owner = await signup(await make_client())
    org = await create_org(owner)
    agent = await create_agent(owner, org["slug"])
    return owner, org["slug"], agent


class TestKeyMaterial:
    async def test_key_is_shown_once_and_stored_only_as_sha256(self, make_client, owner_url):
        owner, org, agent = await _setup(make_client)
        created = await create_key(owner, org, agent["id"], scopes=["tasks:write"])
        key = created["key"]
        assert re.fullmatch(r"mc_[0-9A-Za-z]{8}_[0-9A-Za-z]{43}", key)
        assert created["prefix"] == key.split("_")[1]
        assert set(created) >= {"id", "prefix", "key", "scopes", "expires_at"}
        listed = await owner.client.get(f"/api/v1/orgs/{org}/agents/{agent['id']}/keys")
        assert "key" not in listed.json()["items"][0]
        assert key not in listed.text
        conn = await asyncpg.connect(plain_url(owner_url))
        try:
            row = await conn.fetchrow("SELECT * FROM api_keys WHERE id = $1::uuid", created["id"])
        finally:
            await conn.close()
        assert bytes(row["digest"]) == hashlib.sha256(key.encode()).digest()
        assert key.split("_")[2] not in str(dict(row))

    async def test_unknown_scope_is_422_and_nothing_is_created(self, make_client):
        owner, org, agent = await _setup(make_client)
        response = await owner.client.post(
            f"/api/v1/orgs/{org}/agents/{agent['id']}/keys", json={"scopes": ["root"]}
        )
        assert response.status_code == 422
        listed = await owner.client.get(f"/api/v1/orgs/{org}/agents/{agent['id']}/keys")
        assert listed.json()["items"] == []

    async def test_garbage_bearer_tokens_are_401(self, make_client):
        client = await make_client()
        for token in ("nope", "mc_short_x", "mc_abcdefgh_" + "A" * 43, "Basic abc"):
            response = await client.get("/api/v1/agents/me", headers=bearer(token))
            assert response.status_code == 401, token
            assert response.json()["error"]["code"] == "invalid_credentials"


class TestRevocationAndExpiry:
    async def test_revoked_key_is_refused_on_its_very_next_request(self, make_client):
        owner, org, agent = await _setup(make_client)
        created = await create_key(owner, org, agent["id"], scopes=["agents:read"])
        agent_client = await make_client()
        assert (
            await agent_client.get("/api/v1/agents/me", headers=bearer(created["key"]))
        ).status_code == 200
        revoke = await owner.client.delete(
            f"/api/v1/orgs/{org}/agents/{agent['id']}/keys/{created['id']}"
        )
        assert revoke.status_code == 204
        response = await agent_client.get("/api/v1/agents/me", headers=bearer(created["key"]))
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "key_revoked"

    async def test_expired_key_is_refused_on_its_very_next_request(self, make_client):
        owner, org, agent = await _setup(make_client)
        soon = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
        created = await create_key(owner, org, agent["id"], scopes=["agents:read"], expires_at=soon)
        agent_client = await make_client()
        assert (
            await agent_client.get("/api/v1/agents/me", headers=bearer(created["key"]))
        ).status_code == 200
        await asyncio.sleep(1.2)
        response = await agent_client.get("/api/v1/agents/me", headers=bearer(created["key"]))
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "key_expired"

    async def test_expiry_in_the_past_or_without_timezone_is_422(self, make_client):
        owner, org, agent = await _setup(make_client)
        url = f"/api/v1/orgs/{org}/agents/{agent['id']}/keys"
        past = await owner.client.post(
            url, json={"scopes": ["admin"], "expires_at": "2020-01-01T00:00:00Z"}
        )
        naive = await owner.client.post(
            url, json={"scopes": ["admin"], "expires_at": "2030-01-01T00:00:00"}
        )
        assert (past.status_code, naive.status_code) == (422, 422)

    async def test_deleting_the_agent_kills_its_keys(self, make_client):
        owner, org, agent = await _setup(make_client)
        created = await create_key(owner, org, agent["id"])
        assert (
            await owner.client.delete(f"/api/v1/orgs/{org}/agents/{agent['id']}")
        ).status_code == 204
        response = await (await make_client()).get(
            "/api/v1/agents/me", headers=bearer(created["key"])
        )
        assert response.status_code == 401

    async def test_a_new_key_works_before_the_old_one_is_revoked(self, make_client):
        owner, org, agent = await _setup(make_client)
        old = await create_key(owner, org, agent["id"], scopes=["agents:read"])
        new = await create_key(owner, org, agent["id"], scopes=["agents:read"])
        client = await make_client()
        for key in (old, new):
            assert (
                await client.get("/api/v1/agents/me", headers=bearer(key["key"]))
            ).status_code == 200
        await owner.client.delete(f"/api/v1/orgs/{org}/agents/{agent['id']}/keys/{old['id']}")
        assert (
            await client.get("/api/v1/agents/me", headers=bearer(new["key"]))
        ).status_code == 200


class TestLastUsed:
    async def test_last_used_at_is_written_once_per_minute_not_per_request(
        self, make_client, owner_url
    ):
        owner, org, agent = await _setup(make_client)
        created = await create_key(owner, org, agent["id"], scopes=["agents:read"])
        client = await make_client()

        async def last_used():
            conn = await asyncpg.connect(plain_url(owner_url))
            try:
                return await conn.fetchval(
                    "SELECT last_used_at FROM api_keys WHERE id = $1::uuid", created["id"]
                )
            finally:
                await conn.close()

        assert await last_used() is None
        await client.get("/api/v1/agents/me", headers=bearer(created["key"]))
        for _ in range(50):
            if await last_used() is not None:
                break
            await asyncio.sleep(0.05)
        first = await last_used()
        assert first is not None
        for _ in range(5):
            await client.get("/api/v1/agents/me", headers=bearer(created["key"]))
        await asyncio.sleep(0.3)
        assert await last_used() == first


class TestScopes:
    async def test_a_key_acts_only_within_its_scopes(self, make_client):
        owner, org, agent = await _setup(make_client)
        reader = await create_key(owner, org, agent["id"], scopes=["agents:read"])
        client = await make_client()
        listed = await client.get(f"/api/v1/orgs/{org}/agents", headers=bearer(reader["key"]))
        assert listed.status_code == 200
        create = await client.post(
            f"/api/v1/orgs/{org}/agents", json={"name": "x"}, headers=bearer(reader["key"])
        )
        assert create.status_code == 403
        assert create.json()["error"]["code"] == "insufficient_scope"
        events = await client.get(f"/api/v1/orgs/{org}/events", headers=bearer(reader["key"]))
        assert events.status_code == 403

    async def test_an_agent_heartbeats_itself_with_any_key(self, make_client):
        owner, org, agent = await _setup(make_client)
        key = await create_key(owner, org, agent["id"], scopes=["tasks:read"])
        client = await make_client()
        beat = await client.post(
            f"/api/v1/orgs/{org}/agents/{agent['id']}/heartbeat",
            json={"status": "busy"},
            headers=bearer(key["key"]),
        )
        assert beat.status_code == 200, beat.text
        assert beat.json()["status"] == "busy"
        assert beat.json()["last_seen_at"] is not None
        other = await create_agent(owner, org)
        denied = await client.post(
            f"/api/v1/orgs/{org}/agents/{other['id']}/heartbeat", headers=bearer(key["key"])
        )
        assert denied.status_code == 403
        log = await owner.client.get(f"/api/v1/orgs/{org}/events?type=agent.status_changed")
        assert [e["payload"]["after"]["status"] for e in log.json()["items"]] == ["busy"]
