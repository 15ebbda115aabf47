"""Idempotency-Key: a retried create returns its first answer and makes one row, also when
the two requests race; the same key with another body is 422."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.fixtures.factories import bearer, create_agent, create_key
from tests.tasks.helpers import project, world


async def _setup(make_client: Any) -> Any:
    w = await world(make_client)
    await project(w, "MC")
    agent = await create_agent(w.owner, w.org)
    key = await create_key(
        w.owner, w.org, agent["id"], scopes=["tasks:write", "agents:write", "admin"]
    )
    return w, await make_client(), bearer(key["key"])


async def _titles(w: Any) -> list[str]:
    page = await w.client.get(w.url("/projects/MC/tasks"))
    return [t["title"] for t in page.json()["items"]]


class TestIdempotencyKey:
    async def test_a_retry_returns_the_first_answer_and_makes_one_row(
        self, make_client: Any
    ) -> None:
        w, client, h = await _setup(make_client)
        headers = {**h, "Idempotency-Key": "create-1"}
        first = await client.post(
            w.url("/projects/MC/tasks"), json={"title": "Once"}, headers=headers
        )
        again = await client.post(
            w.url("/projects/MC/tasks"), json={"title": "Once"}, headers=headers
        )
        assert first.status_code == again.status_code == 201
        assert again.json() == first.json()
        assert again.headers["etag"] == first.headers["etag"]
        assert again.headers.get("idempotent-replayed") == "true"
        assert await _titles(w) == ["Once"]

    async def test_the_same_key_with_another_body_is_422(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        headers = {**h, "Idempotency-Key": "k"}
        await client.post(w.url("/projects/MC/tasks"), json={"title": "A"}, headers=headers)
        other = await client.post(w.url("/projects/MC/tasks"), json={"title": "B"}, headers=headers)
        assert other.status_code == 422
        assert other.json()["error"]["code"] == "idempotency_key_reused"
        assert await _titles(w) == ["A"]

    async def test_keys_are_per_principal_and_route(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        headers = {**h, "Idempotency-Key": "shared"}
        await client.post(w.url("/projects/MC/tasks"), json={"title": "By key"}, headers=headers)
        by_owner = await w.client.post(
            w.url("/projects/MC/tasks"),
            json={"title": "By key"},
            headers={"Idempotency-Key": "shared"},
        )
        assert by_owner.status_code == 201 and "idempotent-replayed" not in by_owner.headers
        assert sorted(await _titles(w)) == ["By key", "By key"]

    async def test_two_racing_requests_with_one_key_run_once(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        headers = {**h, "Idempotency-Key": "race"}
        responses = await asyncio.gather(
            *(
                client.post(w.url("/projects/MC/tasks"), json={"title": "Raced"}, headers=headers)
                for _ in range(10)
            )
        )
        assert {r.status_code for r in responses} == {201}
        assert len({r.json()["id"] for r in responses}) == 1
        assert await _titles(w) == ["Raced"]

    async def test_a_failed_create_keeps_nothing(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        headers = {**h, "Idempotency-Key": "later"}
        missing = await client.post(
            w.url("/projects/NOPE/tasks"), json={"title": "x"}, headers=headers
        )
        assert missing.status_code == 404
        await project(w, "NOPE")
        made = await client.post(
            w.url("/projects/NOPE/tasks"), json={"title": "x"}, headers=headers
        )
        assert made.status_code == 201

    async def test_a_secret_in_the_first_answer_is_replayed_but_stored_sealed(
        self, make_client: Any, owner_url: str
    ) -> None:
        import asyncpg

        from mission_control.core.db import plain_url

        w, client, h = await _setup(make_client)
        agent = await create_agent(w.owner, w.org)
        headers = {**h, "Idempotency-Key": "mint"}
        body = {"scopes": ["tasks:read"]}
        first = await client.post(w.url(f"/agents/{agent['id']}/keys"), json=body, headers=headers)
        again = await client.post(w.url(f"/agents/{agent['id']}/keys"), json=body, headers=headers)
        assert first.status_code == 201 and again.json()["key"] == first.json()["key"]
        conn = await asyncpg.connect(plain_url(owner_url))
        try:
            stored = await conn.fetchval("SELECT body FROM idempotency_keys WHERE key = 'mint'")
        finally:
            await conn.close()
        assert first.json()["key"].encode() not in bytes(stored)

    async def test_bad_keys_are_400(self, make_client: Any) -> None:
        w, client, h = await _setup(make_client)
        for key in ("", "has space", "x" * 256, "tab\tin"):
            response = await client.post(
                w.url("/projects/MC/tasks"),
                json={"title": "x"},
                headers={**h, "Idempotency-Key": key},
            )
            assert response.status_code == 400, (key, response.text)
            assert response.json()["error"]["code"] == "invalid_idempotency_key"
        assert await _titles(w) == []
