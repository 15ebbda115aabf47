"""wait_for_events wakes on news within 100 ms, times out otherwise, ignores the caller's
own actions; next_action's idle writes nothing."""

from __future__ import annotations

import asyncio
import time

import asyncpg
import httpx

from tests.mcp.helpers import agent_key, app_of, mcp_client, project, world
from tests.tasks.helpers import task


async def _log_size(owner_url: str) -> tuple[int, int]:
    conn = await asyncpg.connect(owner_url)
    try:
        row = await conn.fetchrow(
            "SELECT (SELECT count(*) FROM events) AS events,"
            " (SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)"
            "  FROM pg_stat_xact_user_tables) AS writes"
        )
        assert row is not None
        return int(row["events"]), int(row["writes"])
    finally:
        await conn.close()


class TestWaitForEvents:
    async def test_wakes_within_100ms_of_a_matching_event(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w)
        _, other = await agent_key(w)
        # Over real HTTP, the event made through the same server (its news path wakes the hub).
        async with (
            live_server() as url,
            mcp_client(url, key) as c,
            httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {other}"}) as rest,
        ):
            await c.call_tool("whoami", {})
            woke, cursor = [], None
            for i in range(5):  # five wakes; the median is the figure (the machine is shared)
                args = {"timeout_seconds": 10, **({"cursor": cursor} if cursor else {})}
                waiting = asyncio.create_task(c.call_tool("wait_for_events", args))
                await asyncio.sleep(0.3)
                response = await rest.post(w.url("/projects/MC/tasks"), json={"title": f"w{i}"})
                committed = time.perf_counter()
                assert response.status_code == 201, response.text
                result = await waiting
                woke.append((time.perf_counter() - committed) * 1000)
                got = result.structured_content
                assert got["reason"] == "events"
                assert [e["ref"] for e in got["events"]] == [response.json()["ref"]]
                assert got["cursor"] == got["events"][-1]["id"]
                cursor = got["cursor"]
        median = sorted(woke)[2]
        print(f"wait_for_events woke after the commit: median {median:.1f} ms, max {max(woke):.1f}")
        assert median < 100

    async def test_answers_after_its_timeout_when_nothing_happens(self, make_client):
        w = await world(make_client)
        _, key = await agent_key(w)
        async with mcp_client(app_of(w.client), key) as c:
            started = time.perf_counter()
            result = await c.call_tool("wait_for_events", {"timeout_seconds": 1})
            elapsed = time.perf_counter() - started
        assert result.structured_content["reason"] == "timeout"
        assert 1.0 <= elapsed < 2.0

    async def test_a_cursor_replays_news_already_in_the_log_at_once(self, make_client):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w)
        async with mcp_client(app_of(w.client), key) as c:
            quiet = await c.call_tool("wait_for_events", {"timeout_seconds": 0})
            cursor = quiet.structured_content["cursor"]
            made = await task(w)
            started = time.perf_counter()
            result = await c.call_tool("wait_for_events", {"cursor": cursor, "timeout_seconds": 10})
            assert time.perf_counter() - started < 1
        assert [e["ref"] for e in result.structured_content["events"]] == [made["ref"]]

    async def test_the_agents_own_actions_never_wake_it(self, make_client):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w)
        app = app_of(w.client)
        async with mcp_client(app, key) as waiter, mcp_client(app, key, "full") as actor:
            waiting = asyncio.create_task(
                waiter.call_tool("wait_for_events", {"timeout_seconds": 1.5})
            )
            await asyncio.sleep(0.3)
            made = await actor.call_tool("create_task", {"project": "MC", "title": "mine"})
            assert made.structured_content["reason"] == "created"
            await actor.call_tool("claim", {"task": "MC-1"})
            result = await waiting
        assert result.structured_content["reason"] == "timeout"
        assert result.structured_content["events"] == []


class TestNextActionIdle:
    async def test_idle_when_there_is_nothing_and_nothing_is_written(self, make_client, owner_url):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w)
        async with mcp_client(app_of(w.client), key) as c:
            await c.call_tool("whoami", {})
            before = await _log_size(owner_url)
            result = await c.call_tool("next_action", {})
            after = await _log_size(owner_url)
        got = result.structured_content
        assert got["reason"] == "idle" and got["action"] == "idle"
        assert got["retry_after_seconds"] > 0
        assert "end the turn" in got["next_hint"]
        assert after[0] == before[0]  # no event

    async def test_next_action_hands_over_the_task_with_its_dependencies(self, make_client):
        w = await world(make_client)
        await project(w)
        first = await task(w, title="foundation")
        second = await task(w, title="walls")
        dep = await w.client.post(
            w.url(f"/tasks/{second['ref']}/dependencies"), json={"depends_on": first["ref"]}
        )
        assert dep.status_code == 201
        _, key = await agent_key(w)
        async with mcp_client(app_of(w.client), key) as c:
            start = (await c.call_tool("next_action", {})).structured_content
            assert start["action"] == "start" and start["task"]["ref"] == first["ref"]
            again = (await c.call_tool("next_action", {})).structured_content
            assert again["action"] == "continue" and again["task"]["ref"] == first["ref"]
            done = await c.call_tool("complete", {"task": first["ref"]})
            assert done.structured_content["reason"] == "done"
            nxt = (await c.call_tool("next_action", {})).structured_content
            assert nxt["task"]["ref"] == second["ref"]
            assert nxt["depends_on"] == [
                {"ref": first["ref"], "title": "foundation", "status": "done"}
            ]
