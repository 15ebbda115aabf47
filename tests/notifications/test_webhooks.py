"""Webhooks: signed deliveries, retries with backoff, surviving a killed worker, admin only."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

import uvicorn

from mission_control.worker.lifecycle import ServerJobs
from tests.realtime.conftest import make_org
from tests.realtime.helpers import free_port


@dataclass
class Receiver:
    """A real local HTTP server that records what it gets and answers `status`."""

    status: int = 200
    port: int = field(default_factory=free_port)
    received: list[dict[str, Any]] = field(default_factory=list)
    server: uvicorn.Server | None = None
    task: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def app(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.received.append({"headers": headers, "body": body, "status": self.status})
        await send({"type": "http.response.start", "status": self.status, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    async def start(self) -> None:
        config = uvicorn.Config(
            self.app,
            host="127.0.0.1",
            port=self.port,
            log_config=None,
            lifespan="off",
            interface="asgi3",
        )
        self.server = uvicorn.Server(config)
        self.task = asyncio.create_task(self.server.serve())
        while not self.server.started:  # noqa: ASYNC110
            await asyncio.sleep(0.02)

    async def stop(self) -> None:
        assert self.server is not None and self.task is not None
        self.server.should_exit = True
        await self.task


def verify(secret: str, body: bytes, header: str) -> bool:
    parts = dict(item.split("=", 1) for item in header.split(","))
    mac = hmac.new(secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256)
    return hmac.compare_digest(mac.hexdigest(), parts["v1"])


async def _heartbeat(org, status: str) -> None:
    response = await org.owner.client.post(
        f"/api/v1/orgs/{org.slug}/agents/{org.agent_id}/heartbeat", json={"status": status}
    )
    assert response.status_code == 200, response.text


async def _deliveries(org, hook_id: str) -> list[dict[str, Any]]:
    response = await org.owner.client.get(f"/api/v1/orgs/{org.slug}/webhooks/{hook_id}/deliveries")
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def _until(predicate, timeout: float = 60.0) -> Any:
    async with asyncio.timeout(timeout):
        while True:
            value = await predicate()
            if value:
                return value
            await asyncio.sleep(0.1)


# Receivers listen on this host: the operator allows loopback for them.
FAST = {
    "worker_sweep_seconds": 0.3,
    "webhook_backoff_base_seconds": 0.2,
    "webhook_allow_networks": "127.0.0.0/8",
}


class TestDelivery:
    async def test_signed_delivery_retries_through_500s_and_arrives(self, start_server):
        receiver = Receiver(status=500)
        await receiver.start()
        server = await start_server(**FAST)
        org = await make_org(server.url)
        created = await org.owner.client.post(
            f"/api/v1/orgs/{org.slug}/webhooks",
            json={"url": receiver.url, "event_types": ["agent.*"]},
        )
        assert created.status_code == 201, created.text
        hook = created.json()
        secret = hook["secret"]
        listed = await org.owner.client.get(f"/api/v1/orgs/{org.slug}/webhooks")
        assert "secret" not in listed.json()["items"][0]
        await _heartbeat(org, "online")
        await _until(lambda: asyncio.sleep(0, len(receiver.received) >= 3))
        receiver.status = 200
        await _until(lambda: asyncio.sleep(0, any(r["status"] == 200 for r in receiver.received)))
        await receiver.stop()
        ok = [r for r in receiver.received if r["status"] == 200]
        assert len(ok) == 1
        first = receiver.received[0]
        assert {r["headers"]["x-mc-delivery"] for r in receiver.received} == {
            first["headers"]["x-mc-delivery"]
        }
        headers, body = ok[0]["headers"], ok[0]["body"]
        assert headers["x-mc-event"] == "agent.status_changed"
        assert verify(secret, body, headers["x-mc-signature"])
        assert not verify("wrong", body, headers["x-mc-signature"])
        event = json.loads(body)
        assert event["type"] == "agent.status_changed"
        assert event["payload"]["after"] == {"status": "online"}
        deliveries = await _deliveries(org, hook["id"])
        assert deliveries[0]["status"] == "delivered"
        assert deliveries[0]["attempts"] == len(receiver.received)
        assert deliveries[0]["response_code"] == 200
        assert deliveries[0]["id"] == headers["x-mc-delivery"]

    async def test_killed_worker_mid_retry_loses_nothing(self, start_server):
        receiver = Receiver()  # not started: the receiver is down
        server = await start_server(**FAST)
        org = await make_org(server.url)
        hook = (
            await org.owner.client.post(
                f"/api/v1/orgs/{org.slug}/webhooks",
                json={"url": receiver.url, "event_types": ["agent.status_changed"]},
            )
        ).json()
        await _heartbeat(org, "busy")

        async def failed_once():
            items = await _deliveries(org, hook["id"])
            # attempts counts from the claim; last_error shows the attempt has finished
            return items if items and items[0]["last_error"] else None

        items = await _until(failed_once)
        assert items[0]["status"] == "pending"
        assert items[0]["last_error"]
        jobs: ServerJobs = server.app.state.jobs
        await jobs.stop()  # the runner dies mid-retry
        await receiver.start()
        await asyncio.sleep(1.0)
        assert receiver.received == []
        fresh = ServerJobs(server.app.state.db, jobs.settings, jobs.news)
        await fresh.start()
        server.app.state.jobs = fresh
        await _until(lambda: asyncio.sleep(0, len(receiver.received) >= 1))
        await receiver.stop()
        assert receiver.received[0]["headers"]["x-mc-delivery"] == items[0]["id"]

        async def delivered():
            found = await _deliveries(org, hook["id"])
            return found if found[0]["status"] == "delivered" else None

        await _until(delivered)
        await fresh.stop()

    async def test_ping_redeliver_and_disable_after_a_run_of_failures(self, start_server):
        receiver = Receiver(status=200)
        await receiver.start()
        server = await start_server(**FAST, webhook_disable_after_failures=3)
        org = await make_org(server.url)
        base = f"/api/v1/orgs/{org.slug}/webhooks"
        hook = (await org.owner.client.post(base, json={"url": receiver.url})).json()
        ping = await org.owner.client.post(f"{base}/{hook['id']}/ping")
        assert ping.status_code == 202, ping.text

        def pings() -> list[dict[str, Any]]:
            # The hook takes every event type, so its own webhook.created arrives too.
            return [r for r in receiver.received if r["headers"]["x-mc-event"] == "webhook.ping"]

        await _until(lambda: asyncio.sleep(0, len(pings()) >= 1))
        assert pings()[0]["headers"]["x-mc-delivery"] == ping.json()["id"]
        again = await org.owner.client.post(
            f"{base}/{hook['id']}/deliveries/{ping.json()['id']}/redeliver"
        )
        assert again.status_code == 202
        await _until(lambda: asyncio.sleep(0, len(pings()) >= 2))
        assert {p["headers"]["x-mc-delivery"] for p in pings()} == {ping.json()["id"]}
        receiver.status = 500
        await org.owner.client.post(f"{base}/{hook['id']}/ping")

        async def disabled():
            items = (await org.owner.client.get(base)).json()["items"]
            return items if not items[0]["active"] else None

        items = await _until(disabled)
        assert items[0]["disabled_at"] is not None
        await receiver.stop()
        events = await org.owner.client.get(
            f"/api/v1/orgs/{org.slug}/events", params={"type": "webhook.disabled"}
        )
        assert len(events.json()["items"]) == 1

    async def test_only_admins_manage_webhooks(self, start_server):
        server = await start_server()
        org = await make_org(server.url, scopes=["events:read", "agents:write"])
        response = await org.owner.client.post(
            f"/api/v1/orgs/{org.slug}/agents/{org.agent_id}/keys", json={"scopes": ["events:read"]}
        )
        import httpx

        async with httpx.AsyncClient(base_url=server.url) as http:
            denied = await http.get(
                f"/api/v1/orgs/{org.slug}/webhooks",
                headers={"Authorization": f"Bearer {response.json()['key']}"},
            )
        assert denied.status_code == 403
