from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fixtures.factories import Member, bearer, create_agent, create_key, create_org, signup
from tests.realtime.helpers import Server, Writer


@pytest.fixture
async def start_server(
    app_url: str, tmp_path: Path
) -> AsyncIterator[Callable[..., Awaitable[Server]]]:
    servers: list[Server] = []

    async def factory(**overrides: Any) -> Server:
        overrides.setdefault("sse_heartbeat_seconds", 1.0)
        server = await Server(app_url, tmp_path, overrides).start()
        servers.append(server)
        return server

    yield factory
    for server in reversed(servers):
        await server.stop()


@pytest.fixture
async def writer(app_url: str) -> AsyncIterator[Writer]:
    w = Writer(app_url)
    yield w
    await w.close()


@dataclass
class OrgSetup:
    owner: Member
    slug: str
    org_id: uuid.UUID
    agent_id: str
    key: str
    headers: dict[str, str]

    @property
    def stream(self) -> str:
        return f"/api/v1/orgs/{self.slug}/events/stream"


async def make_org(base_url: str, scopes: list[str] | None = None) -> OrgSetup:
    client = httpx.AsyncClient(base_url=base_url, timeout=30)
    owner = await signup(client)
    org = await create_org(owner)
    agent = await create_agent(owner, org["slug"])
    key = await create_key(owner, org["slug"], agent["id"], scopes=scopes or ["admin"])
    return OrgSetup(
        owner, org["slug"], uuid.UUID(org["id"]), agent["id"], key["key"], bearer(key["key"])
    )
