"""The SSE event stream: frames, filters, resume, restarts, isolation, revocation."""

from __future__ import annotations

import asyncio

import asyncpg
import httpx

from mission_control.core.db import plain_url
from tests.realtime.conftest import make_org
from tests.realtime.helpers import frames, read_events


async def _latest(owner_url: str) -> int:
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        return int(await conn.fetchval("SELECT coalesce(max(id), 0) FROM events"))
    finally:
        await conn.close()


class TestFrames:
    async def test_live_frames_headers_and_shape(self, start_server, writer):
        server = await start_server()
        org = await make_org(server.url)
        async with (
            httpx.AsyncClient(base_url=server.url, timeout=20) as http,
            http.stream("GET", org.stream, headers=org.headers) as response,
        ):
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            assert response.headers["cache-control"] == "no-cache"
            assert response.headers["x-accel-buffering"] == "no"
            await asyncio.sleep(0.2)
            await writer.write(org.org_id, 1, type="test.created", payload={"after": {"x": 1}})
            async with asyncio.timeout(30):
                frame = await anext(aiter(frames(response)))
        assert frame.event == "test.created"
        assert frame.id == frame.data["id"]
        assert set(frame.data) == {
            "id",
            "type",
            "occurred_at",
            "actor",
            "entity_type",
            "entity_id",
            "project_id",
            "payload",
        }
        assert frame.data["payload"] == {"after": {"x": 1}}

    async def test_heartbeat_comments_and_session_not_held(self, start_server):
        server = await start_server(sse_heartbeat_seconds=0.3)
        org = await make_org(server.url)
        async with (
            httpx.AsyncClient(base_url=server.url, timeout=20) as http,
            http.stream("GET", org.stream, headers=org.headers) as response,
        ):
            seen = []
            async with asyncio.timeout(30):
                async for line in response.aiter_lines():
                    if line.startswith(":"):
                        seen.append(line)
                    if len(seen) >= 3:
                        break
            # An open stream holds no pooled connection between polls.
            assert server.app.state.db.pool_in_use() == 0
        assert ": heartbeat" in seen

    async def test_type_wildcard_and_entity_filters(self, start_server, writer):
        server = await start_server()
        org = await make_org(server.url)
        start = 0
        task = asyncio.create_task(
            read_events(
                server.url, org.stream, org.headers, 2, params={"type": "task.*"}, timeout=15
            )
        )
        await asyncio.sleep(0.5)
        await writer.write(org.org_id, 1, type="agent.status_changed")
        await writer.write(org.org_id, 1, type="task.created")
        await writer.write(org.org_id, 1, type="project.created")
        await writer.write(org.org_id, 1, type="task.status_changed")
        got = await task
        assert [f.event for f in got] == ["task.created", "task.status_changed"]
        assert got[0].id > start

    async def test_other_orgs_events_never_reach_a_stream(self, start_server, writer):
        server = await start_server()
        mine = await make_org(server.url)
        other = await make_org(server.url)
        task = asyncio.create_task(read_events(server.url, mine.stream, mine.headers, 3))
        await asyncio.sleep(0.5)
        for _ in range(3):
            await writer.write(other.org_id, 1, type="secret.thing")
            await writer.write(mine.org_id, 1, type="mine.thing")
        got = await task
        assert [f.event for f in got] == ["mine.thing"] * 3
        # Replaying from the very beginning shows none of the other org's events either.
        replay = await read_events(server.url, mine.stream, mine.headers, 3, last_event_id=0)
        assert all(f.event != "secret.thing" for f in replay)
        # And the other org's key cannot open this org's stream.
        async with httpx.AsyncClient(base_url=server.url) as http:
            response = await http.get(mine.stream, headers=other.headers)
        assert response.status_code == 404


async def _resume_scenario(start_server, writer, owner_url, *, restart: bool) -> None:
    server = await start_server()
    org = await make_org(server.url)
    first = asyncio.create_task(read_events(server.url, org.stream, org.headers, 10))
    await asyncio.sleep(0.5)
    await writer.write(org.org_id, 10, type="first.batch")
    got = await first
    assert [f.event for f in got] == ["first.batch"] * 10
    if restart:
        await server.stop()
    await writer.write(org.org_id, 100, type="second.batch")
    if restart:
        server = await start_server()
    expected_last = await _latest(owner_url)
    reader = asyncio.create_task(
        read_events(server.url, org.stream, org.headers, 105, last_event_id=got[-1].id)
    )
    await asyncio.sleep(1.0)
    await writer.write(org.org_id, 5, type="live.batch")
    resumed = await reader
    ids = [f.id for f in resumed]
    assert [f.event for f in resumed] == ["second.batch"] * 100 + ["live.batch"] * 5
    assert ids == sorted(set(ids))
    assert ids[0] > got[-1].id
    assert ids[99] == expected_last


class TestResume:
    async def test_reconnect_with_last_event_id_gets_exactly_the_missed(
        self, start_server, writer, owner_url
    ):
        await _resume_scenario(start_server, writer, owner_url, restart=False)

    async def test_resume_across_a_server_restart(self, start_server, writer, owner_url):
        await _resume_scenario(start_server, writer, owner_url, restart=True)

    async def test_last_event_id_query_parameter(self, start_server, writer):
        server = await start_server()
        org = await make_org(server.url)
        await writer.write(org.org_id, 3, type="a.b")
        everything = await read_events(server.url, org.stream, org.headers, 3, last_event_id=0)
        tail = everything[-3:]
        got = await read_events(
            server.url, org.stream, org.headers, 2, params={"last_event_id": tail[0].id}
        )
        assert [f.id for f in got] == [f.id for f in tail[1:]]

    async def test_last_event_id_older_than_the_retained_log_gets_reset(
        self, start_server, writer, owner_url
    ):
        server = await start_server()
        org = await make_org(server.url)
        await writer.write(org.org_id, 3)
        horizon = await _latest(owner_url)
        conn = await asyncpg.connect(plain_url(owner_url))
        try:
            await conn.execute("UPDATE event_log_horizon SET detached_through_id = $1", horizon)
        finally:
            await conn.close()
        async with (
            httpx.AsyncClient(base_url=server.url, timeout=20) as http,
            http.stream(
                "GET", org.stream, headers={**org.headers, "Last-Event-ID": "1"}
            ) as response,
        ):
            async with asyncio.timeout(30):
                frame = await anext(aiter(frames(response)))
        assert frame.event == "reset"
        assert frame.id is None


class TestCredentials:
    async def test_revoked_key_ends_an_open_stream(self, start_server):
        server = await start_server(sse_heartbeat_seconds=0.3)
        org = await make_org(server.url)
        async with httpx.AsyncClient(base_url=server.url, timeout=20) as http:
            keys = (
                await org.owner.client.get(f"/api/v1/orgs/{org.slug}/agents/{org.agent_id}/keys")
            ).json()["items"]
            async with http.stream("GET", org.stream, headers=org.headers) as response:
                assert response.status_code == 200
                revoked = await org.owner.client.delete(
                    f"/api/v1/orgs/{org.slug}/agents/{org.agent_id}/keys/{keys[0]['id']}"
                )
                assert revoked.status_code == 204, revoked.text
                ended = []
                async with asyncio.timeout(30):
                    async for frame in frames(response):
                        ended.append(frame.event)
        # The old `error` frame (clients read it today), then the final `event: revoked`.
        assert ended[-2:] == ["error", "revoked"]
