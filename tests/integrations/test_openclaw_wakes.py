"""Push wake-ups: a fake OpenClaw gateway (a local HTTP server) gets one merged wake for a
burst of assignments, with its bearer token and an idempotency key, and none for what the
agent did itself. The wake says what happened and what to do, never a key or a secret."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.fixtures.factories import bearer, create_agent, create_key, create_org, signup
from tests.fixtures.servers import serve
from tests.tasks.helpers import World, project, task

TOKEN = "gateway-hooks-token-0123456789"


def gateway(received: list[dict[str, Any]]) -> Starlette:
    async def hooks(request: Request) -> JSONResponse:
        received.append({"headers": dict(request.headers), "body": await request.body()})
        return JSONResponse({"ok": True, "runId": len(received)})

    return Starlette(routes=[Route("/hooks/agent", hooks, methods=["POST"])])


async def _settle(received: list[Any], count: int, seconds: float) -> None:
    for _ in range(int(seconds / 0.1)):
        if len(received) >= count:
            break
        await asyncio.sleep(0.1)


class TestOpenClawWakes:
    async def test_one_merged_wake_per_burst_and_none_for_own_actions(self, make_client):
        received: list[dict[str, Any]] = []
        app_client = await make_client(webhook_allow_networks="127.0.0.0/8")
        owner = await signup(app_client)
        w = World(owner=owner, org=(await create_org(owner))["slug"])
        await project(w)
        for i in range(3):
            await task(w, title=f"job {i}")
        agent = await create_agent(w.owner, w.org)
        key = (await create_key(w.owner, w.org, agent["id"], scopes=["tasks:write", "chat:write"]))[
            "key"
        ]
        async with serve(gateway(received)) as url:
            hook = await w.client.post(
                w.url("/webhooks"),
                json={
                    "url": f"{url}/hooks/agent",
                    "kind": "openclaw",
                    "agent_id": agent["id"],
                    "token": TOKEN,
                },
            )
            assert hook.status_code == 201, hook.text
            no_token = await w.client.post(
                w.url("/webhooks"), json={"url": f"{url}/hooks/agent", "kind": "openclaw"}
            )
            assert no_token.status_code == 422

            for ref in ("MC-1", "MC-2", "MC-3"):  # a burst of assignments
                assigned = await w.client.patch(
                    w.url(f"/tasks/{ref}"),
                    json={"assignee_type": "agent", "assignee_id": agent["id"]},
                )
                assert assigned.status_code == 200, assigned.text
            await _settle(received, 1, 8)
            await asyncio.sleep(1.0)  # nothing else is coming
            assert len(received) == 1
            wake = received[0]
            assert wake["headers"]["authorization"] == f"Bearer {TOKEN}"
            assert wake["headers"]["idempotency-key"] == wake["headers"]["x-mc-delivery"]
            body = json.loads(wake["body"])
            assert body["wakeMode"] == "now"
            for ref in ("MC-1", "MC-2", "MC-3"):
                assert ref in body["message"]
            assert "next_action" in body["message"]
            assert [e["type"] for e in body["events"]] == ["task.assigned"] * 3
            assert key not in wake["body"].decode() and TOKEN not in wake["body"].decode()

            # The agent's own work wakes nobody.
            for ref in ("MC-1", "MC-2"):
                claimed = await app_client.post(w.url(f"/tasks/{ref}/claim"), headers=bearer(key))
                assert claimed.status_code == 200, claimed.text
                said = await app_client.post(
                    w.url(f"/tasks/{ref}/comments"), json={"body": "on it"}, headers=bearer(key)
                )
                assert said.status_code == 201, said.text
            await asyncio.sleep(3.5)
            assert len(received) == 1

            # Someone else's change to its task does.
            await w.client.patch(w.url("/tasks/MC-1"), json={"title": "renamed by a human"})
            await _settle(received, 2, 8)
            assert len(received) == 2
            assert "MC-1" in json.loads(received[1]["body"])["message"]
