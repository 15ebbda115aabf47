"""A chat org: an owner (session), a member (session), an outsider, an agent with a key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
