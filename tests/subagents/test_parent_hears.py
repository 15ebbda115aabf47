"""A parent agent hears about its sub-agents: notifications and its agent webhooks (issue 11)."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.subagents.test_subagents import _setup, _spawn


async def _until(probe: Any, timeout: float = 20.0) -> Any:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        found = await probe()
        if found or asyncio.get_running_loop().time() > deadline:
            return found
        await asyncio.sleep(0.1)


async def test_the_parent_is_notified_of_its_sub_agents_end_and_its_webhook_gets_it(
    make_client: Any,
) -> None:
    w, client, h = await _setup(make_client, webhook_allow_networks="127.0.0.0/8")
    parent = {"Authorization": h["Authorization"]}
    hook = await w.client.post(
        w.url("/webhooks"),
        json={"url": "http://127.0.0.1:9/hook", "agent_id": h["x-agent"]},
    )
    assert hook.status_code == 201, hook.text
    spawned = await _spawn(client, w, h, task="MC-1", purpose="fix it", scopes=["tasks:write"])
    assert spawned.status_code == 201, spawned.text
    sub = spawned.json()
    # A person ends it (the parent did not: it hears about it).
    revoked = await w.client.post(w.url(f"/sub-agents/{sub['id']}/revoke"), json={})
    assert revoked.status_code == 200, revoked.text

    async def parent_notified() -> list[dict[str, Any]]:
        response = await client.get(w.url("/notifications"), headers=parent)
        assert response.status_code == 200, response.text
        return [n for n in response.json()["items"] if n["event"]["type"] == "subagent.revoked"]

    notes = await _until(parent_notified)
    assert len(notes) == 1, notes
    assert notes[0]["reason"] == "subagent"
    assert notes[0]["event"]["payload"]["parent_id"] == h["x-agent"]

    async def delivered() -> list[dict[str, Any]]:
        response = await w.client.get(w.url(f"/webhooks/{hook.json()['id']}/deliveries"))
        assert response.status_code == 200, response.text
        return [d for d in response.json()["items"] if d["event_type"] == "subagent.revoked"]

    assert len(await _until(delivered)) == 1
    # Its own spawn (the parent was the actor) notifies nobody.
    types = [
        n["event"]["type"]
        for n in (await client.get(w.url("/notifications"), headers=parent)).json()["items"]
    ]
    assert "subagent.spawned" not in types
