"""A swarm: 10 agents drain 100 tasks with dependencies through the core profile only.

Counted: calls per finished task (target at most 4 on average), calls made while idle
(target 0 besides the one wait_for_events each agent keeps in flight), no task done
twice, and a killed agent's task picked up by another after its lease.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from mcp import Client

from tests.mcp.helpers import agent_key, app_of, mcp_client, project, world
from tests.tasks.helpers import events, task

AGENTS = 10
TASKS = 100
CHAINS = 10  # task i depends on task i - CHAINS


@dataclass
class Tally:
    calls: Counter[str] = field(default_factory=Counter)
    idle_calls: int = 0  # calls that answered "nothing to do", besides waits
    waits: int = 0
    finished: list[str] = field(default_factory=list)
    all_finished: list[str] = field(default_factory=list)  # shared by the swarm
    drained: asyncio.Event = field(default_factory=asyncio.Event)  # shared by the swarm


async def work_on(c: Client, answer: dict[str, Any], tally: Tally) -> dict[str, Any] | None:
    """Update and complete the task in `answer`; the next answer (complete's next_action)."""
    ref = answer["task"]["ref"]
    tally.calls["update_task"] += 1
    updated = await c.call_tool("update_task", {"task": ref, "description": "worked on it"})
    assert updated.structured_content["reason"] == "updated", updated.structured_content
    tally.calls["comment"] += 1
    said = await c.call_tool("comment", {"task": ref, "body": "evidence: tests pass"})
    assert said.structured_content["reason"] == "commented", said.structured_content
    tally.calls["complete"] += 1
    done = (await c.call_tool("complete", {"task": ref, "next": True})).structured_content
    assert done["reason"] == "done", done
    tally.finished.append(ref)
    tally.all_finished.append(ref)
    if len(tally.all_finished) >= TASKS:
        tally.drained.set()
    return done.get("next")


async def agent(c: Client, tally: Tally, drained: asyncio.Event) -> None:
    tally.calls["next_action"] += 1
    answer: dict[str, Any] | None = (await c.call_tool("next_action", {})).structured_content
    cursor = None
    while not drained.is_set():
        if answer is not None and answer.get("task") is not None:
            answer = await work_on(c, answer, tally)
            continue
        tally.waits += 1
        args = {"timeout_seconds": 2, "claim": True, **({"cursor": cursor} if cursor else {})}
        waited = (await c.call_tool("wait_for_events", args)).structured_content
        cursor = waited["cursor"]
        if waited.get("task") is not None:
            tally.calls["wait_for_events (claimed)"] += 1
            answer = waited
        else:
            answer = None
            if waited["reason"] != "timeout":
                tally.idle_calls += 1  # woken for nothing it could take


class TestSwarm:
    async def test_ten_agents_drain_a_backlog_with_dependencies(self, make_client):
        w = await world(make_client)
        await project(w, "SW", lease_seconds=3)
        made = [await task(w, "SW", title=f"step {i}") for i in range(TASKS)]
        for i in range(CHAINS, TASKS):
            dep = await w.client.post(
                w.url(f"/tasks/{made[i]['ref']}/dependencies"),
                json={"depends_on": made[i - CHAINS]["ref"]},
            )
            assert dep.status_code == 201, dep.text
        app = app_of(w.client)

        # One agent claims a task and dies holding it.
        _, doomed = await agent_key(w)
        async with mcp_client(app, doomed) as c:
            held = (await c.call_tool("next_action", {})).structured_content
        lost_ref = held["task"]["ref"]

        keys = [(await agent_key(w))[1] for _ in range(AGENTS)]
        drained, all_finished = asyncio.Event(), []
        tallies = [Tally(all_finished=all_finished, drained=drained) for _ in keys]

        async def run(key: str, tally: Tally) -> None:
            async with mcp_client(app, key) as c:
                await agent(c, tally, drained)

        await asyncio.wait_for(
            asyncio.gather(*(run(k, t) for k, t in zip(keys, tallies, strict=True))),
            timeout=240,
        )

        finished = [ref for t in tallies for ref in t.finished]
        assert len(finished) == TASKS and len(set(finished)) == TASKS  # none done twice
        assert lost_ref in finished
        lapsed = await events(w, type="task.lease_expired")
        assert [e["payload"]["ref"] for e in lapsed] == [lost_ref]
        done_events = await events(w, type="task.status_changed", limit=500)
        to_done = Counter(
            e["payload"]["ref"] for e in done_events if e["payload"]["after"]["status"] == "done"
        )
        assert set(to_done.values()) == {1} and len(to_done) == TASKS

        # Calls that moved work: the first next_action, waits that claimed, updates, completes.
        per_task = sum(sum(t.calls.values()) for t in tallies) / TASKS
        idle = sum(t.idle_calls for t in tallies)
        waits = sum(t.waits for t in tallies)
        print(
            f"swarm: {TASKS} tasks by {AGENTS} agents; {per_task:.2f} calls per finished task "
            f"({dict(sum((t.calls for t in tallies), Counter()))}), "
            f"{idle} idle calls besides waits, {waits} waits"
        )
        assert per_task <= 4
        assert idle == 0
