"""The contract: schemathesis, as an agent and as a signed-in person, finds no route that
answers a 5xx, a status its document does not declare, another content type, or a body
that breaks its declared schema. A short, seeded, deterministic run (examples and
coverage phases), bounded in time."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from mission_control.main import create_app
from tests.conftest import make_settings
from tests.fixtures.servers import serve

ST = Path(sys.executable).with_name("st")
CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,"
    "response_schema_conformance"
)
BUDGET_SECONDS = int(os.environ.get("MC_SCHEMATHESIS_SECONDS", "60"))


async def _schemathesis(base: str, config: Path, *headers: str) -> tuple[int, str]:
    args = [
        str(ST),
        "--config-file",
        str(config),
        "run",
        f"{base}/openapi.json",
        "--phases",
        "examples,coverage",
        "--checks",
        CHECKS,
        "--seed",
        "20261201",
        "--generation-deterministic",
        "--max-examples",
        "10",
        "--max-time",
        str(BUDGET_SECONDS),
        "--request-timeout",
        "10",
        "--workers",
        "1",
        "--no-color",
        "--exclude-path-regex",
        "events/stream",  # an endless stream: exercised by the realtime tests
        # What would end the run's own org or credentials half-way.
        "--exclude-name",
        "DELETE /api/v1/orgs/{org_slug}",
        "--exclude-name",
        "DELETE /api/v1/orgs/{org_slug}/agents/{agent_id}",
        "--exclude-name",
        "POST /api/v1/auth/logout",
        "--exclude-name",
        "POST /api/v1/auth/logout-all",
    ]
    for header in headers:
        args += ["-H", header]
    proc = await asyncio.create_subprocess_exec(
        *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    out, _ = await proc.communicate()
    return int(proc.returncode or 0), out.decode(errors="replace")


@pytest.fixture
async def live(app_url: str, tmp_path: Path) -> Any:
    settings = make_settings(app_url, tmp_path, rate_limit_per_minute=0)
    app = create_app(settings)
    async with serve(app) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        login = await client.post(
            "/api/v1/auth/signup",
            json={
                "email": "st@example.com",
                "password": "st-password-123",
                "display_name": "st",
            },
        )
        assert login.status_code == 201, login.text
        csrf = client.cookies["mc_csrf"]
        client.headers["X-CSRF-Token"] = csrf
        org = (await client.post("/api/v1/orgs", json={"slug": "st", "name": "ST"})).json()
        await client.post(f"/api/v1/orgs/{org['slug']}/projects", json={"key": "MC", "name": "MC"})
        for title in ("one", "two"):
            await client.post("/api/v1/orgs/st/projects/MC/tasks", json={"title": title})
        agent = (await client.post("/api/v1/orgs/st/agents", json={"name": "st-agent"})).json()
        key = (
            await client.post(
                f"/api/v1/orgs/st/agents/{agent['id']}/keys",
                json={"scopes": ["admin", "subagents:spawn"]},
            )
        ).json()["key"]
        cookies = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        # Real values for the path parameters, so requests reach the routes' logic.
        config = tmp_path / "schemathesis.toml"
        config.write_text(
            "[parameters]\n"
            'org_slug = "st"\n'
            'key = "MC"\n'
            'task = "MC-1"\n'
            'other = "MC-2"\n'
            f'agent_id = "{agent["id"]}"\n'
        )
        yield base, key, cookies, csrf, config


class TestTheDocumentTellsTheTruth:
    async def test_as_an_agent(self, live: Any) -> None:
        base, key, _, _, config = live
        code, out = await _schemathesis(base, config, f"Authorization: Bearer {key}")
        assert code == 0, out[-6000:]

    async def test_as_a_signed_in_person(self, live: Any) -> None:
        base, _, cookies, csrf, config = live
        code, out = await _schemathesis(base, config, f"Cookie: {cookies}", f"X-CSRF-Token: {csrf}")
        assert code == 0, out[-6000:]
