"""Plain helpers for project and task tests: an org with an owner, projects, tasks, agents."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from tests.fixtures.factories import Member, bearer, create_agent, create_key, create_org, signup


@dataclass
class World:
    owner: Member
    org: str

    @property
    def client(self) -> httpx.AsyncClient:
        return self.owner.client

    def url(self, path: str) -> str:
        return f"/api/v1/orgs/{self.org}{path}"


async def world(make_client: Any, **settings: Any) -> World:
    """A signed-up owner and a new org, on a client made with these settings."""
    owner = await signup(await make_client(**settings))
    org = await create_org(owner)
    return World(owner=owner, org=org["slug"])


async def project(w: World, key: str = "MC", **extra: Any) -> dict[str, Any]:
    response = await w.client.post(w.url("/projects"), json={"key": key, "name": key, **extra})
    assert response.status_code == 201, response.text
    return dict(response.json())


async def task(w: World, key: str = "MC", title: str = "A task", **extra: Any) -> dict[str, Any]:
    response = await w.client.post(w.url(f"/projects/{key}/tasks"), json={"title": title, **extra})
    assert response.status_code == 201, response.text
    return dict(response.json())


async def transition(w: World, ref: str, status: str, **extra: Any) -> httpx.Response:
    return await w.client.post(w.url(f"/tasks/{ref}/transition"), json={"status": status, **extra})


async def agent_headers(
    w: World, make_client: Any, count: int, scopes: list[str] | None = None
) -> tuple[httpx.AsyncClient, list[dict[str, str]], list[str]]:
    """`count` agents, each with its own key; one anonymous client to send their requests."""
    headers, ids = [], []
    for _ in range(count):
        agent = await create_agent(w.owner, w.org)
        key = await create_key(w.owner, w.org, agent["id"], scopes=scopes or ["tasks:write"])
        headers.append(bearer(key["key"]))
        ids.append(agent["id"])
    return await make_client(), headers, ids


async def events(w: World, **params: Any) -> list[dict[str, Any]]:
    response = await w.client.get(w.url("/events"), params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    return list(response.json()["items"])
