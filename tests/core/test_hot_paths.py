"""The hot paths: each route's statement budget, and RLS isolation on every rewritten query.

Two orgs are built alike (a project `MC`, tasks, an agent with a key, events) so that
only the org context tells their rows apart: the same project key, the same task refs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.fixtures.factories import bearer, create_agent, create_key
from tests.tasks.helpers import World, project, task, world

SCOPES = ["tasks:write", "events:read", "agents:write", "projects:write"]


@dataclass
class Org:
    world: World
    agent: dict[str, Any]
    key: str
    tasks: list[dict[str, Any]]

    def url(self, path: str) -> str:
        return self.world.url(path)


async def _org(make_client: Any) -> Org:
    w = await world(make_client)
    await project(w, "MC", stage="active")
    tasks = [await task(w, "MC", f"Task {i}", priority="low") for i in range(3)]
    agent = await create_agent(w.owner, w.org)
    key = await create_key(w.owner, w.org, agent["id"], scopes=SCOPES)
    return Org(world=w, agent=agent, key=key["key"], tasks=tasks)


@pytest.fixture
async def orgs(make_client: Any) -> tuple[Org, Org, httpx.AsyncClient]:
    a = await _org(make_client)
    b = await _org(make_client)
    return a, b, await make_client(count_statements=True)


def _routes(org: Org) -> list[tuple[str, str, str, dict[str, Any] | None, int]]:
    """(name, method, path, body, budget): the hot routes and the statements each may send."""
    agent = org.agent["id"]
    return [
        # The key lookup carries the agent and org: one statement, no transaction.
        ("agents/me", "GET", "/api/v1/agents/me", None, 1),
        # BEGIN, lookup (+ org context), page, COMMIT.
        ("task page", "GET", org.url("/projects/MC/tasks?limit=50"), None, 4),
        ("events page", "GET", org.url("/events?limit=50"), None, 4),
        # BEGIN, lookup, project and column end, counter row + insert, event (lock + row), COMMIT.
        ("create", "POST", org.url("/projects/MC/tasks"), {"title": "New"}, 6),
        # BEGIN, lookup, locked read with the column end, update, event, COMMIT.
        ("transition", "POST", org.url("/tasks/MC-1/transition"), {"status": "in_progress"}, 6),
        ("claim-next", "POST", org.url("/tasks/claim-next"), {}, 6),
        # BEGIN, lookup, update returning the previous status, COMMIT (no change, no event).
        ("heartbeat", "POST", org.url(f"/agents/{agent}/heartbeat"), {"status": "online"}, 4),
    ]


class TestStatementBudget:
    async def test_every_hot_route_keeps_to_its_budget(self, orgs: Any) -> None:
        a, _b, client = orgs
        # A first beat changes the status (one more statement: the event); later ones do not.
        await client.post(
            a.url(f"/agents/{a.agent['id']}/heartbeat"), json={}, headers=bearer(a.key)
        )
        spent = {}
        for name, method, path, body, budget in _routes(a):
            response = await client.request(method, path, json=body, headers=bearer(a.key))
            assert response.status_code < 300, (name, response.text)
            spent[name] = int(response.headers["x-mc-statements"])
            assert spent[name] <= budget, f"{name} sent {spent[name]} statements (budget {budget})"
        # The budget is not vacuous: each route really talks to the database.
        assert all(n >= 1 for n in spent.values()), spent

    async def test_a_failed_write_rolls_back_and_still_counts(self, orgs: Any) -> None:
        a, _b, client = orgs
        response = await client.post(
            a.url("/tasks/MC-1/transition"), json={"status": "done"}, headers=bearer(a.key)
        )
        assert response.status_code == 409
        assert int(response.headers["x-mc-statements"]) <= 4  # BEGIN, lookup, read, ROLLBACK


class TestRlsOnRewrittenRoutes:
    """Org B's rows never reach org A's key, though keys, refs and numbers are the same."""

    async def test_reads_see_only_their_org(self, orgs: Any) -> None:
        a, b, client = orgs
        h = bearer(a.key)
        page = (await client.get(a.url("/projects/MC/tasks"), headers=h)).json()["items"]
        assert {t["id"] for t in page} == {t["id"] for t in a.tasks}
        listed = (await client.get(a.url("/tasks"), headers=h)).json()["items"]
        assert {t["id"] for t in listed} == {t["id"] for t in a.tasks}
        one = (await client.get(a.url("/tasks/MC-1"), headers=h)).json()
        assert one["id"] == a.tasks[0]["id"]
        projects = (await client.get(a.url("/projects"), headers=h)).json()["items"]
        assert [p["key"] for p in projects] == ["MC"]
        assert projects[0]["id"] != (await b.world.client.get(b.url("/projects/MC"))).json()["id"]
        events = (await client.get(a.url("/events?limit=500"), headers=h)).json()["items"]
        b_entities = {t["id"] for t in b.tasks} | {b.agent["id"]}
        assert events and not {e["entity_id"] for e in events} & b_entities
        agents = (await client.get(a.url("/agents"), headers=h)).json()["items"]
        assert [x["id"] for x in agents] == [a.agent["id"]]
        me = (await client.get("/api/v1/agents/me", headers=h)).json()
        assert me["agent"]["id"] == a.agent["id"] and me["org"]["slug"] == a.world.org

    async def test_another_orgs_ids_are_not_found(self, orgs: Any) -> None:
        a, b, client = orgs
        h = bearer(a.key)
        foreign = b.tasks[0]["id"]
        for method, path, body in [
            ("GET", f"/tasks/{foreign}", None),
            ("PATCH", f"/tasks/{foreign}", {"title": "Mine now"}),
            ("POST", f"/tasks/{foreign}/transition", {"status": "in_progress"}),
            ("POST", f"/tasks/{foreign}/claim", None),
            ("POST", f"/tasks/{foreign}/move", {"status": "backlog"}),
            ("POST", "/tasks/MC-1/dependencies", {"depends_on": foreign}),
            ("GET", f"/agents/{b.agent['id']}", None),
        ]:
            response = await client.request(method, a.url(path), json=body, headers=h)
            assert response.status_code == 404, (method, path, response.text)
        # A beat for another agent needs admin: the same 403 whether that agent exists or not.
        beats = [
            await client.post(a.url(f"/agents/{agent}/heartbeat"), json={}, headers=h)
            for agent in (b.agent["id"], "00000000-0000-4000-8000-000000000000")
        ]
        assert [r.status_code for r in beats] == [403, 403]
        assert beats[0].json() == beats[1].json()
        # Org B's own view is untouched.
        still = (await b.world.client.get(b.url(f"/tasks/{foreign}"))).json()
        assert still["title"] == "Task 0" and still["status"] == "todo"

    async def test_writes_land_in_their_org(self, orgs: Any) -> None:
        a, b, client = orgs
        h = bearer(a.key)
        await b.world.client.patch(b.url("/tasks/MC-2"), json={"priority": "urgent"})
        claimed = await client.post(a.url("/tasks/claim-next"), json={}, headers=h)
        assert claimed.status_code == 200
        assert claimed.json()["id"] in {t["id"] for t in a.tasks}  # not B's urgent task
        created = await client.post(a.url("/projects/MC/tasks"), json={"title": "N"}, headers=h)
        assert created.json()["ref"] == "MC-4"
        b_page = (await b.world.client.get(b.url("/projects/MC/tasks"))).json()["items"]
        assert {t["id"] for t in b_page} == {t["id"] for t in b.tasks}
        assert all(t["status"] == "todo" for t in b_page)
