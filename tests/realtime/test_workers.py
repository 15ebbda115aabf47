"""`serve --workers 2` without Redis: every server process gets every live event.

News crosses processes over PostgreSQL LISTEN/NOTIFY; the table poll is set to a
minute so it cannot stand in for a missing wake-up.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO

import httpx
import psutil
import pytest

from mission_control.realtime.news import NOTIFY_INTERVAL, News
from tests.conftest import SuiteLog
from tests.fixtures.servers import free_port, wait_healthy
from tests.realtime.conftest import OrgSetup, make_org
from tests.realtime.helpers import Frame, frames

ROOT = Path(__file__).resolve().parents[2]


def _serve(
    data_dir: Path, port: int, database_url: str | None, output: IO[bytes]
) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        {
            "DEPLOYMENT_MODE": "multi-tenant",
            "SECRET_KEY": "test-secret-key-0123456789abcdef",
            "MC_BOOTSTRAP_EMAIL": "ops@example.com",
            "MC_BOOTSTRAP_PASSWORD": "ops-password-1",
            "REALTIME_POLL_SECONDS": "60",
            "SSE_HEARTBEAT_SECONDS": "1",
            "LOG_LEVEL": "INFO",
            "LOG_FORMAT": "json",
        }
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    command = [sys.executable, "-m", "mission_control.cli", "serve", "--workers", "2"]
    command += ["--data-dir", str(data_dir), "--port", str(port)]
    return subprocess.Popen(command, env=env, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)


@contextlib.contextmanager
def running(proc: subprocess.Popen[bytes]) -> Iterator[subprocess.Popen[bytes]]:
    try:
        yield proc
    finally:
        proc.send_signal(2)  # Ctrl-C: uvicorn stops its workers, serve its job worker
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            for child in psutil.Process(proc.pid).children(recursive=True):
                child.kill()
            proc.kill()
            proc.wait()


def _server_pid(serve_pid: int, client_port: int) -> int | None:
    """The process that holds the server side of our connection from `client_port`."""
    for child in psutil.Process(serve_pid).children(recursive=True):
        with contextlib.suppress(psutil.Error):
            for conn in child.net_connections(kind="tcp"):
                if conn.raddr and conn.raddr.port == client_port:
                    return child.pid
    return None


class Stream:
    def __init__(self) -> None:
        self.got: list[Frame] = []
        self.pid: int | None = None
        self.ready = asyncio.Event()


async def _read(url: str, org: OrgSetup, stream: Stream, serve_pid: int, want: int) -> None:
    async with (
        httpx.AsyncClient(base_url=url, timeout=60) as http,
        http.stream(
            "GET", org.stream, headers=org.headers, params={"type": "agent.status_changed"}
        ) as response,
    ):
        assert response.status_code == 200
        sock = response.extensions["network_stream"].get_extra_info("socket")
        stream.pid = _server_pid(serve_pid, sock.getsockname()[1])
        stream.ready.set()
        async for frame in frames(response):
            if frame.id is not None:
                stream.got.append(frame)
                if len(stream.got) >= want:
                    return


@pytest.fixture(params=["embedded", "external"])
async def two_workers(
    request: pytest.FixtureRequest, tmp_path: Path, app_url: str, suite_log: SuiteLog
) -> AsyncIterator[tuple[str, int]]:
    port = free_port()
    database_url = app_url if request.param == "external" else None
    log_path = tmp_path / "serve.log"
    try:
        with (
            log_path.open("wb") as output,
            running(_serve(tmp_path / "data", port, database_url, output)) as proc,
        ):
            url = f"http://127.0.0.1:{port}"
            await wait_healthy(url, 120, proc)
            yield url, proc.pid
    finally:
        # The server's log joins the suite's, so its secret scan covers these processes too.
        suite_log.stream.write(log_path.read_text(encoding="utf-8", errors="replace"))


async def test_a_stream_on_each_worker_gets_every_event_in_order_once(two_workers):
    url, serve_pid = two_workers
    org = await make_org(url)
    beats = 12
    # Connections land on either worker; open streams until both workers hold some.
    streams: list[Stream] = []
    tasks = []
    deadline = time.monotonic() + 60
    while len({s.pid for s in streams}) < 2:
        assert time.monotonic() < deadline, "every stream landed on one worker"
        stream = Stream()
        tasks.append(asyncio.create_task(_read(url, org, stream, serve_pid, beats)))
        await asyncio.wait_for(stream.ready.wait(), 30)
        assert stream.pid is not None
        streams.append(stream)
    # Writes land on either worker too (a fresh connection per request).
    for i in range(beats):
        async with httpx.AsyncClient(base_url=url, timeout=30) as http:
            response = await http.post(
                f"/api/v1/orgs/{org.slug}/agents/{org.agent_id}/heartbeat",
                json={"status": ("busy", "online")[i % 2]},
                headers=org.headers,
            )
            assert response.status_code == 200, response.text
    await asyncio.wait_for(asyncio.gather(*tasks), 30)
    expected = [f.id for f in streams[0].got]
    assert len(expected) == beats
    assert expected == sorted(set(expected))  # in order, once
    for stream in streams:
        assert [f.id for f in stream.got] == expected
        assert [f.data["payload"]["after"]["status"] for f in stream.got] == [
            ("busy", "online")[i % 2] for i in range(beats)
        ]


async def test_news_is_one_notify_per_interval_not_one_per_commit(app_url: str):
    sender, listener = News(None, None, app_url), News(None, None, app_url)
    heard: list[uuid.UUID] = []

    async def hear(org_id: uuid.UUID) -> None:
        heard.append(org_id)

    listener.on_remote(hear)
    await sender.start()
    await listener.start()
    try:
        orgs = [uuid.uuid4() for _ in range(3)]
        started = time.monotonic()
        for i in range(3000):
            await sender.publish(orgs[i % 3])
            if i % 100 == 0:
                await asyncio.sleep(0.005)
        elapsed = time.monotonic() - started
        await asyncio.sleep(0.5)
        assert set(heard) == set(orgs)  # every org's news arrived
        assert sender.notifies_sent <= elapsed / NOTIFY_INTERVAL + 2
        assert sender.notifies_sent < 100  # not one per publish
    finally:
        await sender.stop()
        await listener.stop()
