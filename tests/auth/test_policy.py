"""The one access rule: role ∩ scopes ∩ project limit, on every read path and every mint.

Each test is a defect found by trying to break the API as an attacker would.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.fixtures.factories import bearer, create_agent, create_key
from tests.tasks.helpers import World, project, task, world


async def _limited(make_client: Any) -> tuple[World, httpx.AsyncClient, dict[str, str], dict]:
    """An org with projects IN and OUT, and a key limited to IN (with admin scope)."""
    w = await world(make_client)
    await project(w, "IN")
    await project(w, "OUT")
    inside = await task(w, "IN", "visible")
    outside = await task(w, "OUT", "hidden secret title")
    agent = await create_agent(w.owner, w.org)
    key = await create_key(w.owner, w.org, agent["id"], scopes=["admin"], project_keys=["IN"])
    return (
        w,
        await make_client(),
        bearer(key["key"]),
        {"in": inside, "out": outside, "agent": agent},
    )


class TestProjectLimitOnReadPaths:
    async def test_the_event_list_shows_only_the_limited_projects(self, make_client: Any) -> None:
        w, client, h, t = await _limited(make_client)
        items = (await client.get(w.url("/events?limit=500"), headers=h)).json()["items"]
        assert items, "the limited key sees its own project's events"
        project_ids = {e["project_id"] for e in items}
        assert project_ids == {t["in"]["project_id"]}
        assert t["out"]["id"] not in {e["entity_id"] for e in items}
        # Filtering by the hidden project does not widen anything.
        hidden = await client.get(
            w.url("/events"), params={"project_id": t["out"]["project_id"]}, headers=h
        )
        assert hidden.status_code == 200 and hidden.json()["items"] == []

    async def test_subscriptions_and_notifications_stay_inside(self, make_client: Any) -> None:
        w, client, h, t = await _limited(make_client)
        for body in ({"project": "OUT"}, {"task": t["out"]["ref"]}, {"task": t["out"]["id"]}):
            response = await client.post(w.url("/subscriptions"), json=body, headers=h)
            assert response.status_code == 404, (body, response.text)
        ok = await client.post(w.url("/subscriptions"), json={"project": "IN"}, headers=h)
        assert ok.status_code == 201

    async def test_the_tray_shows_only_the_limited_projects(self, make_client: Any) -> None:
        import asyncio

        w, client, h, t = await _limited(make_client)
        agent = t["agent"]["id"]
        for ref in (t["in"]["ref"], t["out"]["ref"]):  # the agent is notified of both
            assigned = await w.client.patch(
                w.url(f"/tasks/{ref}"), json={"assignee_type": "agent", "assignee_id": agent}
            )
            assert assigned.status_code == 200
            await w.client.patch(w.url(f"/tasks/{ref}"), json={"title": f"{ref} renamed"})
        unlimited = await create_key(w.owner, w.org, agent, scopes=["events:read"])
        everything: list[Any] = []
        for _ in range(50):  # the consumer runs after commit, in the background
            everything = (
                await client.get(w.url("/notifications"), headers=bearer(unlimited["key"]))
            ).json()["items"]
            if {n["event"]["project_id"] for n in everything} >= {
                t["in"]["project_id"],
                t["out"]["project_id"],
            }:
                break
            await asyncio.sleep(0.2)
        assert {n["event"]["project_id"] for n in everything} == {
            t["in"]["project_id"],
            t["out"]["project_id"],
        }
        tray = (await client.get(w.url("/notifications"), headers=h)).json()["items"]
        assert tray and {n["event"]["project_id"] for n in tray} == {t["in"]["project_id"]}
        count = (await client.get(w.url("/notifications/unread-count"), headers=h)).json()
        assert count["unread"] == len(tray)

    async def test_error_details_never_name_hidden_tasks(self, make_client: Any) -> None:
        w, client, h, t = await _limited(make_client)
        # The owner makes IN's task depend on OUT's: the limited key must not learn its ref.
        made = await w.client.post(
            w.url(f"/tasks/{t['in']['ref']}/dependencies"), json={"depends_on": t["out"]["ref"]}
        )
        assert made.status_code == 201
        moved = await client.post(
            w.url(f"/tasks/{t['in']['ref']}/transition"), json={"status": "in_progress"}, headers=h
        )
        assert moved.status_code == 409
        assert t["out"]["ref"] not in moved.text and t["out"]["id"] not in moved.text
        assert moved.json()["error"]["details"]["open_dependencies"] == ["(hidden)"]

    async def test_project_move_anchors_must_be_visible(self, make_client: Any) -> None:
        w, client, h, t = await _limited(make_client)
        hidden = t["out"]["project_id"]
        response = await client.post(w.url("/projects/IN/move"), json={"after": hidden}, headers=h)
        assert response.status_code == 422
        unknown = await client.post(
            w.url("/projects/IN/move"),
            json={"after": "00000000-0000-4000-8000-000000000000"},
            headers=h,
        )
        assert response.json() == unknown.json()  # the same answer: no existence leak


class TestNothingWiderThanItsMaker:
    async def test_a_limited_admin_key_cannot_mint_an_unlimited_key(self, make_client: Any) -> None:
        w, client, h, t = await _limited(make_client)
        agent = t["agent"]["id"]
        for body in (
            {"scopes": ["tasks:read"]},  # no limit: wider than the maker
            {"scopes": ["tasks:read"], "project_keys": ["IN", "OUT"]},
        ):
            response = await client.post(w.url(f"/agents/{agent}/keys"), json=body, headers=h)
            assert response.status_code == 403, (body, response.text)
            assert response.json()["error"]["code"] == "wider_than_maker"
        inside = await client.post(
            w.url(f"/agents/{agent}/keys"),
            json={"scopes": ["tasks:read"], "project_keys": ["in"]},
            headers=h,
        )
        assert inside.status_code == 201 and inside.json()["project_keys"] == ["IN"]

    async def test_a_key_cannot_mint_scopes_it_lacks(self, make_client: Any) -> None:
        w = await world(make_client)
        agent = await create_agent(w.owner, w.org)
        key = await create_key(w.owner, w.org, agent["id"], scopes=["agents:write", "admin"])
        narrow = await create_key(w.owner, w.org, agent["id"], scopes=["tasks:read"])
        client = await make_client()
        wide = await client.post(
            w.url(f"/agents/{agent['id']}/keys"),
            json={"scopes": ["admin"]},
            headers=bearer(key["key"]),
        )
        assert wide.status_code == 201  # an admin key may mint admin
        refused = await client.post(
            w.url(f"/agents/{agent['id']}/keys"),
            json={"scopes": ["tasks:write"]},
            headers=bearer(narrow["key"]),
        )
        assert refused.status_code == 403

    async def test_org_wide_webhooks_need_an_unlimited_admin(self, make_client: Any) -> None:
        w, client, h, t = await _limited(make_client)
        body = {"url": "https://hooks.example.com/x"}
        response = await client.post(w.url("/webhooks"), json=body, headers=h)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "wider_than_maker"


class TestOverrideNeedsTheRole:
    async def test_a_members_admin_token_cannot_force_release(self, make_client: Any) -> None:
        from tests.fixtures.factories import add_member, signup

        w = await world(make_client)
        await project(w, "MC")
        t = await task(w, "MC", "Held")
        agent = await create_agent(w.owner, w.org)
        holder = await create_key(w.owner, w.org, agent["id"], scopes=["tasks:write"])
        client = await make_client()
        await client.post(w.url(f"/tasks/{t['ref']}/claim"), headers=bearer(holder["key"]))
        member = await signup(await make_client())
        await add_member(w.owner, w.org, member, "member")
        token = await member.client.post(
            "/api/v1/users/me/tokens", json={"org": w.org, "scopes": ["admin"]}
        )
        assert token.status_code == 201, token.text
        released = await client.post(
            w.url(f"/tasks/{t['ref']}/release"), json={}, headers=bearer(token.json()["key"])
        )
        assert released.status_code == 403
        assert released.json()["error"]["code"] == "not_holder"
