"""MCP clients from the `mcp` package against our app: in process and over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.fixtures.factories import create_agent, create_key
from tests.tasks.helpers import World, project, world


def app_of(client: httpx.AsyncClient) -> Any:
    return client._transport.app  # type: ignore[attr-defined]


@asynccontextmanager
async def mcp_client(
    app_or_url: Any, key: str, profile: str = "core", timeout: float = 60
) -> AsyncIterator[Client]:
    """An `mcp` Client over streamable HTTP: to an ASGI app in process, or to a URL."""
    headers = {"Authorization": f"Bearer {key}"}
    if isinstance(app_or_url, str):
        http = httpx2.AsyncClient(headers=headers, timeout=timeout)
        url = f"{app_or_url}/mcp?profile={profile}"
    else:
        http = httpx2.AsyncClient(
            transport=httpx2.ASGITransport(app=app_or_url),
            headers=headers,
            base_url="http://test",
            timeout=timeout,
        )
        url = f"http://test/mcp?profile={profile}"
    async with http, Client(streamable_http_client(url, http_client=http)) as client:
        yield client


async def agent_key(w: World, scopes: list[str] | None = None, **extra: Any) -> tuple[str, str]:
    """A new agent of the world's org and a key for it: (agent id, key)."""
    agent = await create_agent(w.owner, w.org)
    key = await create_key(
        w.owner,
        w.org,
        agent["id"],
        scopes=scopes or ["tasks:write", "events:read", "chat:write"],
        **extra,
    )
    return agent["id"], key["key"]


__all__ = ["World", "agent_key", "app_of", "mcp_client", "project", "world"]
