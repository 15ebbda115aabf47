"""The Python SDK against a running server: typed models, typed errors, safe creates,
sub-agents that revoke on exit, webhook signatures, work_loop, and a stream that
resumes across a server restart with no gap."""

from __future__ import annotations

import asyncio
import time

import pytest

from mission_control.notifications.webhooks import sign
from mission_control_sdk import (
    ApprovalRequired,
    AsyncClient,
    Client,
    Conflict,
    Forbidden,
    NotFound,
    RateLimited,
    StreamReset,
    Unauthorized,
    models,
    verify_webhook,
)
from tests.fixtures.servers import free_port
from tests.mcp.helpers import agent_key, project, world
from tests.realtime.helpers import forget_all_events


class TestAsyncClient:
    async def test_task_lifecycle_and_typed_models(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w, ["tasks:write"])
        async with live_server() as url, AsyncClient(url, key) as mc:
            me = await mc.whoami()
            assert isinstance(me, models.AgentMe) and me.org.slug == w.org
            made = await mc.tasks.create("MC", "write docs", priority="high")
            assert isinstance(made, models.TaskOut) and made.ref == "MC-1"
            claimed = await mc.tasks.claim_next()
            assert claimed is not None and claimed.status == "in_progress"
            assert await mc.tasks.claim_next() is None
            updated = await mc.tasks.update(
                "MC-1", description="half", expected_version=claimed.version
            )
            assert updated.description == "half"
            with pytest.raises(Conflict) as stale:
                await mc.tasks.update("MC-1", title="x", expected_version=claimed.version)
            assert stale.value.status == 409
            done = await mc.tasks.complete("MC-1")
            assert done.status == "done"
            page = await mc.tasks.list(status="done")
            assert [t.ref for t in page.items] == ["MC-1"]
            with pytest.raises(NotFound) as missing:
                await mc.tasks.get("MC-99")
            assert missing.value.code == "task_not_found"

    async def test_creates_carry_one_idempotency_key(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w, ["tasks:write"])
        async with live_server() as url, AsyncClient(url, key) as mc:
            first = await mc.tasks.create("MC", "once", idempotency_key="job-1")
            again = await mc.tasks.create("MC", "once", idempotency_key="job-1")
            other = await mc.tasks.create("MC", "twice")
            assert first.id == again.id and other.id != first.id
            assert len((await mc.tasks.list()).items) == 2

    async def test_errors_are_typed(self, make_client, live_server):
        w = await world(make_client)
        await project(w, requires_approval=True)
        _, reader = await agent_key(w, ["tasks:read"])
        _, worker = await agent_key(w, ["tasks:write"])
        _, rival = await agent_key(w, ["tasks:write"])
        async with live_server() as url:
            async with AsyncClient(url, "mc_bad_key") as mc:
                with pytest.raises(Unauthorized):
                    await mc.whoami()
            async with AsyncClient(url, reader) as mc:
                with pytest.raises(Forbidden) as denied:
                    await mc.tasks.create("MC", "nope")
                assert denied.value.code == "insufficient_scope"
            async with AsyncClient(url, worker) as mc, AsyncClient(url, rival) as other:
                await mc.tasks.create("MC", "needs a human")
                await mc.tasks.claim("MC-1")
                with pytest.raises(Conflict) as lost:
                    await other.tasks.claim("MC-1")
                assert lost.value.code == "task_already_claimed"
                with pytest.raises(ApprovalRequired) as waiting:
                    await mc.tasks.complete("MC-1")
                assert waiting.value.approval.status == "pending"
                assert [a.task_ref for a in (await mc.approvals.list()).items] == ["MC-1"]

    async def test_rate_limited_carries_retry_after(self, make_client, live_server):
        w = await world(make_client)
        _, key = await agent_key(w, ["tasks:read"])
        limited_server = live_server(rate_limit_per_minute=1, rate_limit_burst=1)
        async with limited_server as url, AsyncClient(url, key) as mc:
            with pytest.raises(RateLimited) as limited:
                for _ in range(5):
                    await mc.whoami()
            assert limited.value.retry_after >= 1

    async def test_subagent_spawn_revokes_on_exit(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w, ["tasks:write", "subagents:spawn"])
        async with live_server() as url, AsyncClient(url, key) as mc:
            async with (
                mc.subagents.spawn("helper", ttl_seconds=120) as sub,
                AsyncClient(url, sub.key) as child,
            ):
                assert (await child.whoami()).agent.id == sub.info.id
            async with AsyncClient(url, sub.key) as child:
                with pytest.raises(Unauthorized) as refused:
                    await child.whoami()
                assert refused.value.code == "key_revoked"

    async def test_work_loop_drains_and_returns_at_idle(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w, ["tasks:write", "events:read"])
        async with live_server() as url, AsyncClient(url, key) as mc:
            for i in range(3):
                await mc.tasks.create("MC", f"job {i}")
            handled = []

            async def handle(answer):
                handled.append(answer["task"]["ref"])
                await mc.tasks.complete(answer["task"]["ref"])

            await mc.work_loop(handle, until_idle=True)
        assert handled == ["MC-1", "MC-2", "MC-3"]

    def test_webhook_verify(self):
        body = b'{"type":"task.created"}'
        now = int(time.time())
        good = sign("s3cret", body, now)

        assert verify_webhook("s3cret", body, good)
        assert not verify_webhook("other", body, good)
        assert not verify_webhook("s3cret", body + b" ", good)
        assert not verify_webhook("s3cret", body, sign("s3cret", body, now - 3600))
        assert not verify_webhook("s3cret", body, "garbage")


class TestSyncClient:
    async def test_the_blocking_client_in_a_thread(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w, ["tasks:write"])

        def work(url: str) -> list[str]:
            with Client(url, key) as mc:
                mc.tasks.create("MC", "sync one")
                task = mc.tasks.claim_next()
                assert task is not None
                mc.tasks.complete(task.ref)
                return [t.status for t in mc.tasks.list().items]

        async with live_server() as url:
            assert await asyncio.to_thread(work, url) == ["done"]


class TestStream:
    async def test_stream_resumes_across_a_server_restart_with_no_gap(
        self, make_client, live_server
    ):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w, ["tasks:write", "events:read"])
        port = free_port()
        got: list[models.EventOut] = []
        async with AsyncClient(f"http://127.0.0.1:{port}", key) as mc:

            async def follow() -> None:
                async for event in mc.events.stream(types=["task.created"], max_backoff=0.3):
                    got.append(event)
                    if len(got) == 6:
                        return

            async with live_server(port) as url:
                await mc.org()
                follower = asyncio.create_task(follow())
                await asyncio.sleep(0.5)
                async with AsyncClient(url, key) as maker:
                    for i in range(3):
                        await maker.tasks.create("MC", f"before {i}")
                for _ in range(50):
                    if len(got) == 3:
                        break
                    await asyncio.sleep(0.1)
            # The server is down: these are made through another app on the same database.
            for i in range(3):
                response = await w.client.post(
                    w.url("/projects/MC/tasks"), json={"title": f"during {i}"}
                )
                assert response.status_code == 201
            async with live_server(port):
                await asyncio.wait_for(follower, 20)
        assert [e.type for e in got] == ["task.created"] * 6
        ids = [e.id for e in got]
        assert ids == sorted(set(ids))
        listed = await w.client.get(
            w.url("/events"), params={"type": "task.created", "order": "asc"}
        )
        assert ids == [e["id"] for e in listed.json()["items"]]

    async def test_a_resume_point_older_than_the_kept_log_is_said_not_skipped(
        self, make_client, live_server, owner_url
    ):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w, ["tasks:write", "events:read"])
        for i in range(3):
            made = await w.client.post(w.url("/projects/MC/tasks"), json={"title": f"old {i}"})
            assert made.status_code == 201
        newest = await forget_all_events(owner_url)
        async with live_server() as url, AsyncClient(url, key) as mc:
            with pytest.raises(StreamReset) as raised:
                async with asyncio.timeout(20):
                    async for _ in mc.events.stream(last_event_id=1):
                        pass
            assert raised.value.details["oldest_available_after"] == newest

            resets: list[dict[str, object]] = []
            got: list[models.EventOut] = []

            async def follow() -> None:
                async for event in mc.events.stream(
                    last_event_id=1, types=["task.created"], on_reset=resets.append
                ):
                    got.append(event)
                    return

            follower = asyncio.create_task(follow())
            for _ in range(100):
                if resets:
                    break
                await asyncio.sleep(0.05)
            assert resets and resets[0]["last_event_id"] == 1
            await mc.tasks.create("MC", "after the reset")
            await asyncio.wait_for(follower, 20)
        assert [e.payload["ref"] for e in got] == ["MC-4"]


class TestChat:
    async def test_channels_over_rest_and_the_websocket(self, make_client, live_server):
        w = await world(make_client)
        channel = await w.client.post(
            w.url("/channels"), json={"name": "ops", "visibility": "public"}
        )
        cid = channel.json()["id"]
        _, key = await agent_key(w, ["chat:write"])
        _, other = await agent_key(w, ["chat:write"])
        async with (
            live_server() as url,
            AsyncClient(url, key) as mc,
            AsyncClient(url, other) as them,
        ):
            async with mc.chat.connect() as ws:
                await ws.subscribe(cid)
                ack = await ws.send(cid, "over the socket")
                assert ack["message"]["body"] == "over the socket"
                await them.chat.post(cid, "over REST")
                frame = await ws.next(10)
                while frame.get("type") != "message" or frame["message"]["body"] != "over REST":
                    frame = await ws.next(10)
            page = await mc.chat.read(cid)
            assert sorted(m.body for m in page.items) == ["over REST", "over the socket"]


def test_models_are_generated_from_the_current_openapi():
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "scripts/gen_sdk_models.py", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
