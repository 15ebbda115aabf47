"""A chat org: an owner (session), a member (session), an outsider, an agent with a key."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from tests.conftest import AppFactory
from tests.fixtures.factories import (
    Member,
    add_member,
    bearer,
    create_agent,
    create_key,
    create_org,
    signup,
)
from tests.fixtures.servers import free_port
from tests.realtime.helpers import Server


@dataclass
class ChatOrg:
    slug: str
    owner: Member
    member: Member
    outsider: Member
    agent: dict[str, Any]
    agent_headers: dict[str, str]
    agent_client: httpx.AsyncClient

    @property
    def base(self) -> str:
        return f"/api/v1/orgs/{self.slug}"

    async def channel(self, who: Member | None = None, **body: Any) -> dict[str, Any]:
        client = (who or self.owner).client
        body.setdefault("name", f"c{id(body)}")
        response = await client.post(f"{self.base}/channels", json=body)
        assert response.status_code == 201, response.text
        return dict(response.json())

    async def post(
        self, channel_id: str, body: str, who: Member | None = None, **extra: Any
    ) -> dict[str, Any]:
        client = (who or self.owner).client
        response = await client.post(
            f"{self.base}/channels/{channel_id}/messages", json={"body": body, **extra}
        )
        assert response.status_code == 201, response.text
        return dict(response.json())


async def make_chat_org(make: Any) -> ChatOrg:
    owner = await signup(await make())
    member = await signup(await make())
    outsider = await signup(await make())
    org = await create_org(owner)
    await add_member(owner, org["slug"], member, "member")
    other = await create_org(outsider)
    assert other["slug"] != org["slug"]
    agent = await create_agent(owner, org["slug"], name="builder")
    key = await create_key(
        owner,
        org["slug"],
        agent["id"],
        scopes=["chat:write", "tasks:write", "events:read", "projects:read"],
    )
    agent_client = await make()
    agent_client.headers.update(bearer(key["key"]))
    return ChatOrg(org["slug"], owner, member, outsider, agent, bearer(key["key"]), agent_client)


@pytest.fixture
async def chat_org(make_client: AppFactory) -> ChatOrg:
    return await make_chat_org(make_client)


class LiveServer(Server):
    """A real uvicorn server in this process, as `serve` configures it for sockets."""

    uvicorn_options: ClassVar[dict[str, Any]] = {"ws_per_message_deflate": False}

    def __init__(self, app_url: str, data_dir: Path, **overrides: Any) -> None:
        super().__init__(app_url, data_dir, overrides, port=free_port())

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    async def start(self) -> LiveServer:
        self.overrides.setdefault("public_url", self.url)
        await super().start()
        return self


@pytest.fixture
async def live_server(app_url: str, tmp_path: Path) -> AsyncIterator[Any]:
    servers: list[LiveServer] = []

    async def start(**overrides: Any) -> LiveServer:
        server = await LiveServer(app_url, tmp_path / f"s{len(servers)}", **overrides).start()
        servers.append(server)
        return server

    yield start
    for server in reversed(servers):
        await server.stop()


async def http_org(base_url: str) -> ChatOrg:
    """A chat org made over real HTTP on `base_url`."""

    async def make() -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=base_url, timeout=30)

    return await make_chat_org(make)
