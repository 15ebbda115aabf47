"""The event log: written with the change, filtered and paged by cursor."""

from __future__ import annotations

import asyncio
import uuid

import asyncpg

from mission_control.core.db import Database, plain_url
from mission_control.core.types import Actor
from mission_control.events import service as events
from tests.fixtures.factories import bearer, create_agent, create_key, create_org, signup


async def _org_with_agents(make_client, n):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    agents = [await create_agent(owner, org, f"bot-{i}") for i in range(n)]
    return owner, org, agents


class TestListing:
    async def test_changes_appear_newest_first_with_actor_and_before_after(self, make_client):
        owner, org, (agent,) = await _org_with_agents(make_client, 1)
        await owner.client.patch(
            f"/api/v1/orgs/{org}/agents/{agent['id']}", json={"description": "does things"}
        )
        page = (await owner.client.get(f"/api/v1/orgs/{org}/events")).json()
        latest = page["items"][0]
        assert latest["type"] == "agent.updated"
        assert latest["actor"] == {"type": "user", "id": owner.user["id"]}
        assert latest["entity_type"] == "agent" and latest["entity_id"] == agent["id"]
        assert latest["payload"] == {
            "before": {"description": ""},
            "after": {"description": "does things"},
        }
        ids = [e["id"] for e in page["items"]]
        assert ids == sorted(ids, reverse=True)

    async def test_filters_by_type_wildcard_entity_actor_and_time(self, make_client):
        owner, org, agents = await _org_with_agents(make_client, 3)
        key = await create_key(owner, org, agents[0]["id"], scopes=["events:read"])
        client = await make_client()
        await client.post(
            f"/api/v1/orgs/{org}/agents/{agents[0]['id']}/heartbeat",
            json={"status": "busy"},
            headers=bearer(key["key"]),
        )
        base = f"/api/v1/orgs/{org}/events"

        async def types(query):
            response = await owner.client.get(f"{base}?{query}")
            assert response.status_code == 200, response.text
            return [e["type"] for e in response.json()["items"]]

        assert await types("type=agent.created") == ["agent.created"] * 3
        assert set(await types("type=agent.*")) == {"agent.created", "agent.status_changed"}
        assert set(await types("type=agent.created,key.created")) == {
            "agent.created",
            "key.created",
        }
        assert await types(f"entity_id={agents[1]['id']}") == ["agent.created"]
        assert await types(f"actor_id={agents[0]['id']}") == ["agent.status_changed"]
        assert await types("since=2999-01-01T00:00:00Z") == []
        assert len(await types("until=2999-01-01T00:00:00Z")) >= 5

    async def test_cursor_pages_cover_everything_once_in_both_orders(self, make_client):
        owner, org, _ = await _org_with_agents(make_client, 7)
        everything = (await owner.client.get(f"/api/v1/orgs/{org}/events?limit=500")).json()
        expected = [e["id"] for e in everything["items"]]
        for order in ("desc", "asc"):
            seen, cursor = [], None
            while True:
                query = f"limit=3&order={order}" + (f"&cursor={cursor}" if cursor else "")
                page = (await owner.client.get(f"/api/v1/orgs/{org}/events?{query}")).json()
                seen += [e["id"] for e in page["items"]]
                cursor = page["next_cursor"]
                if cursor is None:
                    break
            assert seen == (expected if order == "desc" else expected[::-1])


class TestWrittenWithTheChange:
    async def test_a_rolled_back_change_leaves_no_event(self, app_url, owner_url):
        conn = await asyncpg.connect(plain_url(owner_url))
        org_id = await conn.fetchval(
            "INSERT INTO organizations (slug, name) VALUES ('x', 'X') RETURNING id"
        )
        await conn.close()
        db = Database(app_url, pool_size=2, max_overflow=0)
        try:
            try:
                async with db.session(org_id=org_id) as session:
                    events.append(
                        session,
                        org_id=org_id,
                        actor=Actor("system", None),
                        type="x.y",
                        entity_type="x",
                    )
                    raise RuntimeError("the change failed")
            except RuntimeError:
                pass
            async with db.session(org_id=org_id) as session:
                assert await events.latest_id(session) == 0
                events.append(
                    session, org_id=org_id, actor=Actor("system", None), type="x.y", entity_type="x"
                )
            async with db.session(org_id=org_id) as session:
                assert await events.latest_id(session) > 0
        finally:
            await db.dispose()

    async def test_a_reader_tailing_by_id_never_skips_a_late_commit(self, app_url, owner_url):
        """Tail by `id > high-water mark` while 8 writers commit: nothing may be skipped."""
        conn = await asyncpg.connect(plain_url(owner_url))
        org_id = await conn.fetchval(
            "INSERT INTO organizations (slug, name) VALUES ('race', 'R') RETURNING id"
        )
        await conn.close()
        db = Database(app_url, pool_size=20, max_overflow=0)
        stop = asyncio.Event()
        seen: list[int] = []

        async def writer() -> None:
            while not stop.is_set():
                async with db.session(org_id=org_id) as session:
                    for _ in range(3):
                        events.append(
                            session,
                            org_id=org_id,
                            actor=Actor("system", None),
                            type="t.w",
                            entity_type="t",
                            entity_id=uuid.uuid4(),
                        )
                    # Hold the transaction open a little so commits interleave.
                    await asyncio.sleep(0.002)

        async def reader() -> None:
            while not stop.is_set():
                async with db.session(org_id=org_id) as session:
                    high = seen[-1] if seen else 0
                    seen.extend(
                        r.id for r in await events.events_after(session, events.EventFilter(), high)
                    )

        try:
            tasks = [asyncio.create_task(writer()) for _ in range(8)]
            tasks.append(asyncio.create_task(reader()))
            await asyncio.sleep(3)
            stop.set()
            await asyncio.gather(*tasks)
            async with db.session(org_id=org_id) as session:
                everything = [
                    r.id for r in await events.events_after(session, events.EventFilter(), 0, 10**6)
                ]
        finally:
            await db.dispose()
        assert len(everything) > 100
        # Every committed event up to the reader's last high-water mark was seen, once, in order.
        assert seen == [i for i in everything if i <= seen[-1]]


def test_the_fast_page_writes_exactly_what_the_model_would():
    """The list skips model validation on a hot path; its bytes must match EventOut's."""
    import datetime

    import pydantic_core

    from mission_control.events.models import Event
    from mission_control.events.schemas import EventOut

    event = Event(
        id=7,
        occurred_at=datetime.datetime(2026, 11, 25, 12, 0, 0, 123456, tzinfo=datetime.UTC),
        org_id=uuid.uuid4(),
        actor_type="agent",
        actor_id=uuid.uuid4(),
        type="task.updated",
        entity_type="task",
        entity_id=uuid.uuid4(),
        project_id=None,
        payload={"before": {"title": "a"}, "after": {"title": "b"}, "n": [1, 2.5, None]},
    )
    assert (
        pydantic_core.to_json(EventOut.plain(event))
        == EventOut.of(event).model_dump_json().encode()
    )
