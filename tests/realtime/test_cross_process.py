"""Resume and live delivery when events are written by a second server process (Redis news)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.fixtures.servers import wait_healthy
from tests.realtime.conftest import make_org
from tests.realtime.helpers import free_port, read_events

ROOT = Path(__file__).resolve().parents[2]

SECOND_SERVER = """
import sys, uvicorn
from mission_control.core.config import DeploymentMode, Settings
from mission_control.main import create_app
settings = Settings(database_url=sys.argv[1], data_dir=sys.argv[2], redis_url=sys.argv[3],
    secret_key="test-secret-key-0123456789abcdef", deployment_mode=DeploymentMode.MULTI_TENANT,
    bootstrap_email="admin@example.com", bootstrap_password="admin-password-123",
    run_jobs_in_process=True, log_level="WARNING")
uvicorn.run(create_app(settings), host="127.0.0.1", port=int(sys.argv[4]), log_level="warning")
"""


@pytest.fixture
async def second_server(app_url: str, tmp_path: Path, redis_url: str):
    port = free_port()
    proc = subprocess.Popen(  # noqa: ASYNC220
        [sys.executable, "-c", SECOND_SERVER, app_url, str(tmp_path / "b"), redis_url, str(port)],
        cwd=ROOT,
        env={**os.environ},
    )
    url = f"http://127.0.0.1:{port}"
    await wait_healthy(url)
    yield url
    proc.terminate()
    proc.wait(10)


async def _beats(base_url: str, org, n: int) -> None:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as http:
        for i in range(n):
            response = await http.post(
                f"/api/v1/orgs/{org.slug}/agents/{org.agent_id}/heartbeat",
                json={"status": ("online", "busy")[i % 2]},
                headers=org.headers,
            )
            assert response.status_code == 200, response.text


class TestSecondProcess:
    async def test_resume_and_live_from_another_process_via_redis(
        self, start_server, second_server, redis_url
    ):
        # News crosses processes through Redis; the 2 s table poll is the safety net.
        reader_server = await start_server(
            redis_url=redis_url, realtime_poll_seconds=60.0, run_jobs_in_process=True
        )
        org = await make_org(second_server)
        params = {"type": "agent.status_changed"}
        first = asyncio.create_task(
            read_events(reader_server.url, org.stream, org.headers, 10, params=params, timeout=60)
        )
        await asyncio.sleep(0.5)
        await _beats(second_server, org, 10)
        got = await first
        assert len(got) == 10
        await _beats(second_server, org, 100)
        reader = asyncio.create_task(
            read_events(
                reader_server.url,
                org.stream,
                org.headers,
                105,
                last_event_id=got[-1].id,
                params=params,
                timeout=60,
            )
        )
        await asyncio.sleep(1.0)
        await _beats(second_server, org, 5)
        resumed = await reader
        ids = [f.id for f in resumed]
        assert ids == sorted(set(ids))
        assert len(ids) == 105
        assert ids[0] > got[-1].id
