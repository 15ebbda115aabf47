"""The stream's guards (issue 8): project limits, caps on open streams, credential
re-checks that end a stream with `event: revoked`, and a Last-Event-ID that is an id."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid

import httpx
import pytest

from tests.fixtures.factories import add_member, bearer, create_key, signup
from tests.realtime.conftest import make_org
from tests.realtime.helpers import frames, read_events

PROJECT_TYPE = "test.in_project"


async def _project(org, key: str) -> uuid.UUID:
    response = await org.owner.client.post(
        f"/api/v1/orgs/{org.slug}/projects", json={"key": key, "name": key}
    )
    assert response.status_code == 201, response.text
    return uuid.UUID(response.json()["id"])


def _error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code


class TestProjectLimits:
    async def test_a_limited_key_sees_only_its_projects_in_replay_and_live(
        self, start_server, writer
    ):
        server = await start_server()
        org = await make_org(server.url)
        mine, other = await _project(org, "MINE"), await _project(org, "OTHER")
        limited = await create_key(
            org.owner, org.slug, org.agent_id, scopes=["events:read"], project_keys=["MINE"]
        )
        headers = bearer(limited["key"])
        params = {"type": PROJECT_TYPE}
        await writer.write(org.org_id, type=PROJECT_TYPE, project_id=other)
        await writer.write(org.org_id, type=PROJECT_TYPE, project_id=mine, payload={"n": 1})
        await writer.write(org.org_id, type=PROJECT_TYPE)  # no project: outside any limit
        await writer.write(org.org_id, type=PROJECT_TYPE, project_id=mine, payload={"n": 2})
        replayed = await read_events(
            server.url, org.stream, headers, 2, last_event_id=0, params=params, timeout=20
        )
        assert [f.data["payload"] for f in replayed] == [{"n": 1}, {"n": 2}]
        # The unlimited key sees all four, so the limit is what hid them.
        every = await read_events(
            server.url, org.stream, org.headers, 4, last_event_id=0, params=params, timeout=20
        )
        assert len(every) == 4

        live = asyncio.create_task(
            read_events(server.url, org.stream, headers, 2, params=params, timeout=20)
        )
        await asyncio.sleep(0.5)
        for i, project in enumerate([other, None, mine, other, mine]):
            await writer.write(org.org_id, type=PROJECT_TYPE, project_id=project, payload={"i": i})
        got = await live
        assert [f.data["payload"] for f in got] == [{"i": 2}, {"i": 4}]
        assert all(f.data["project_id"] == str(mine) for f in got)


class TestStreamCaps:
    async def test_per_key_cap_answers_429_and_a_closed_stream_frees_its_place(self, start_server):
        server = await start_server(stream_limit_per_key=2, stream_limit_per_org=100)
        org = await make_org(server.url)
        async with httpx.AsyncClient(base_url=server.url, timeout=20) as http:
            async with http.stream("GET", org.stream, headers=org.headers) as first:
                assert first.status_code == 200
                async with http.stream("GET", org.stream, headers=org.headers) as second:
                    assert second.status_code == 200
                    third = await http.get(org.stream, headers=org.headers)
                    _error(third, 429, "too_many_streams")
                    assert int(third.headers["Retry-After"]) >= 1
            # Both closed: their places are free again.
            for _ in range(50):
                async with http.stream("GET", org.stream, headers=org.headers) as again:
                    if again.status_code == 200:
                        break
                await asyncio.sleep(0.1)
            assert again.status_code == 200

    async def test_per_org_cap_counts_every_key_of_the_org(self, start_server):
        server = await start_server(stream_limit_per_key=10, stream_limit_per_org=2)
        org = await make_org(server.url)
        other = bearer(
            (await create_key(org.owner, org.slug, org.agent_id, scopes=["events:read"]))["key"]
        )
        async with (
            httpx.AsyncClient(base_url=server.url, timeout=20) as http,
            http.stream("GET", org.stream, headers=org.headers) as a,
            http.stream("GET", org.stream, headers=other) as b,
        ):
            assert a.status_code == b.status_code == 200
            _error(await http.get(org.stream, headers=other), 429, "too_many_streams")


async def _until_closed(response: httpx.Response, timeout: float) -> list[str]:
    seen: list[str] = []
    async with asyncio.timeout(timeout):
        async for frame in frames(response):
            seen.append(frame.event)
    return seen


class TestCredentialRechecks:
    async def test_a_revoked_key_ends_its_streams_within_5_s_even_between_heartbeats(
        self, start_server
    ):
        server = await start_server(sse_heartbeat_seconds=60.0)
        org = await make_org(server.url)
        keys = (
            await org.owner.client.get(f"/api/v1/orgs/{org.slug}/agents/{org.agent_id}/keys")
        ).json()["items"]
        async with (
            httpx.AsyncClient(base_url=server.url, timeout=30) as http,
            http.stream("GET", org.stream, headers=org.headers) as one,
            http.stream("GET", org.stream, headers=org.headers) as two,
        ):
            assert one.status_code == two.status_code == 200
            await asyncio.sleep(0.3)
            keeper = server.app.state.keeper
            before = keeper.checks
            revoked = await org.owner.client.delete(
                f"/api/v1/orgs/{org.slug}/agents/{org.agent_id}/keys/{keys[0]['id']}"
            )
            assert revoked.status_code == 204
            started = time.monotonic()
            ended = await asyncio.gather(_until_closed(one, 10), _until_closed(two, 10))
            took = time.monotonic() - started
        assert all(seen[-1] == "revoked" for seen in ended)
        assert took < 6.0
        # Two streams of one key: one lookup per round, not one per stream.
        assert keeper.checks - before <= 2

    async def test_a_removed_member_loses_their_session_stream(self, start_server):
        server = await start_server(sse_heartbeat_seconds=0.5)
        org = await make_org(server.url)
        member = await signup(httpx.AsyncClient(base_url=server.url, timeout=30))
        await add_member(org.owner, org.slug, member, "member")
        async with member.client.stream("GET", org.stream) as response:
            assert response.status_code == 200
            await asyncio.sleep(0.3)
            removed = await org.owner.client.delete(
                f"/api/v1/orgs/{org.slug}/members/{member.user['id']}"
            )
            assert removed.status_code == 204, removed.text
            seen = await _until_closed(response, 10)
        assert seen[-1] == "revoked"

    async def test_one_session_in_two_orgs_loses_only_the_org_it_was_removed_from(
        self, start_server
    ):
        server = await start_server(sse_heartbeat_seconds=0.5)
        first = await make_org(server.url)
        second = await make_org(server.url)
        member = await signup(httpx.AsyncClient(base_url=server.url, timeout=30))
        await add_member(first.owner, first.slug, member, "member")
        await add_member(second.owner, second.slug, member, "member")
        async with (
            member.client.stream("GET", first.stream) as kept,
            member.client.stream("GET", second.stream) as cut,
        ):
            assert kept.status_code == cut.status_code == 200
            await asyncio.sleep(0.3)
            removed = await second.owner.client.delete(
                f"/api/v1/orgs/{second.slug}/members/{member.user['id']}"
            )
            assert removed.status_code == 204, removed.text
            seen = await _until_closed(cut, 10)
            assert seen[-1] == "revoked"
            # The first org's stream outlives the next re-checks of the same session.
            still: list[str] = []
            ended = False
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(6):
                    async for frame in frames(kept):
                        still.append(frame.event)
                    ended = True
            assert not ended and "revoked" not in still, still

    async def test_an_expired_sub_agent_key_ends_its_stream(self, start_server):
        server = await start_server(sse_heartbeat_seconds=0.5)
        org = await make_org(server.url)
        spawned = await httpx.AsyncClient(base_url=server.url, timeout=30).post(
            f"/api/v1/orgs/{org.slug}/sub-agents",
            json={"name": "brief", "ttl_seconds": 2, "scopes": ["events:read"]},
            headers=org.headers,
        )
        assert spawned.status_code == 201, spawned.text
        headers = bearer(spawned.json()["key"])
        async with (
            httpx.AsyncClient(base_url=server.url, timeout=30) as http,
            http.stream("GET", org.stream, headers=headers) as response,
        ):
            assert response.status_code == 200
            seen = await _until_closed(response, 15)
        assert seen[-1] == "revoked"


class TestLastEventId:
    @pytest.mark.parametrize(
        "value", ["abc", "9223372036854775808", "99999999999999999999999", "-1", "1.5", "0x10"]
    )
    async def test_not_an_event_id_is_400_in_the_error_shape(self, start_server, value):
        server = await start_server()
        org = await make_org(server.url)
        async with httpx.AsyncClient(base_url=server.url, timeout=20) as http:
            by_header = await http.get(org.stream, headers={**org.headers, "Last-Event-ID": value})
            by_query = await http.get(
                org.stream, headers=org.headers, params={"last_event_id": value}
            )
        _error(by_header, 400, "invalid_last_event_id")
        _error(by_query, 400, "invalid_last_event_id")

    async def test_the_largest_id_is_accepted(self, start_server):
        server = await start_server()
        org = await make_org(server.url)
        async with (
            httpx.AsyncClient(base_url=server.url, timeout=20) as http,
            http.stream(
                "GET", org.stream, headers={**org.headers, "Last-Event-ID": str(2**63 - 1)}
            ) as response,
        ):
            assert response.status_code == 200
