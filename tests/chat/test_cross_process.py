"""Live chat across processes: two servers sharing one Redis, and two without Redis."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from websockets.asyncio.client import connect

from tests.chat.conftest import ChatOrg, http_org
from tests.chat.test_ws import send, subscribe, until
from tests.fixtures.servers import free_port, wait_healthy

ROOT = Path(__file__).resolve().parents[2]

OTHER_SERVER = """
import sys, uvicorn
from mission_control.core.config import DeploymentMode, Settings
from mission_control.main import create_app
settings = Settings(database_url=sys.argv[1], data_dir=sys.argv[2], redis_url=sys.argv[3] or None,
    secret_key="test-secret-key-0123456789abcdef", deployment_mode=DeploymentMode.MULTI_TENANT,
    bootstrap_email="admin@example.com", bootstrap_password="admin-password-123",
    public_url=f"http://127.0.0.1:{sys.argv[4]}", realtime_poll_seconds=float(sys.argv[5]),
    run_jobs_in_process=True, log_level="WARNING")
uvicorn.run(create_app(settings), host="127.0.0.1", port=int(sys.argv[4]), log_level="warning",
    ws_per_message_deflate=False)
"""


class OtherProcess:
    def __init__(self, url: str) -> None:
        self.url = url
        self.ws_url = url.replace("http://", "ws://")


async def start_other(app_url: str, data_dir: Path, redis: str, poll: float) -> tuple:
    port = free_port()
    proc = subprocess.Popen(  # noqa: ASYNC220
        [sys.executable, "-c", OTHER_SERVER, app_url, str(data_dir), redis, str(port), str(poll)],
        cwd=ROOT,
        env={**os.environ},
    )
    url = f"http://127.0.0.1:{port}"
    await wait_healthy(url)
    return proc, OtherProcess(url)


@pytest.fixture
async def other_process(app_url: str, tmp_path: Path) -> AsyncIterator:
    procs: list[subprocess.Popen] = []

    async def start(redis: str, poll: float) -> OtherProcess:
        proc, other = await start_other(app_url, tmp_path / f"p{len(procs)}", redis, poll)
        procs.append(proc)
        return other

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(10)


async def _exactly_once_in_order(
    reader, writer, org: ChatOrg, count: int = 15, typing: bool = False
) -> None:
    """A socket on `reader` gets every message posted through `writer`, in order, once."""
    room = await org.channel(name=f"x{count}{reader.url[-5:]}")
    headers = {"Cookie": f"mc_session={org.member.client.cookies['mc_session']}"}
    sock = await connect(f"{reader.ws_url}{org.base}/ws", additional_headers=headers)
    await subscribe(sock, room["id"])
    async with httpx.AsyncClient(base_url=writer.url, timeout=30) as http:
        http.headers.update(org.agent_headers)
        for i in range(count):
            r = await http.post(f"{org.base}/channels/{room['id']}/messages", json={"body": f"{i}"})
            assert r.status_code == 201, r.text
    got = [(await until(sock, "message", timeout=20))["message"]["body"] for _ in range(count)]
    assert got == [str(i) for i in range(count)]
    # and posted over a socket on the writer, to the reader's socket
    other = await connect(f"{writer.ws_url}{org.base}/ws", additional_headers=org.agent_headers)
    await send(other, type="message", channel_id=room["id"], body="via ws", ref=1)
    assert (await until(other, "ack"))["ref"] == 1
    assert (await until(sock, "message", timeout=20))["message"]["body"] == "via ws"
    with pytest.raises(TimeoutError):  # nothing twice
        await until(sock, "message", timeout=1.5)
    if typing:  # ephemeral frames cross through Redis too
        await subscribe(other, room["id"])
        await send(other, type="typing", channel_id=room["id"])
        async with asyncio.timeout(10):
            while (frame := json.loads(await sock.recv()))["type"] != "typing":
                pass
        assert frame["member"]["id"] == org.agent["id"]
    await sock.close()
    await other.close()


class TestAcrossProcesses:
    async def test_two_servers_sharing_one_redis(self, live_server, other_process, redis_url):
        here = await live_server(redis_url=redis_url, realtime_poll_seconds=60.0)
        there = await other_process(redis_url, 60.0)
        org = await http_org(there.url)
        await _exactly_once_in_order(here, there, org, typing=True)
        await _exactly_once_in_order(there, here, org, typing=True)

    async def test_two_servers_without_redis(self, live_server, other_process):
        # No Redis: each process's hub finds the other's commits on its poll of the log.
        here = await live_server(realtime_poll_seconds=0.5)
        there = await other_process("", 0.5)
        org = await http_org(here.url)
        await _exactly_once_in_order(here, there, org)
        await _exactly_once_in_order(there, here, org)
