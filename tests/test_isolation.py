"""Another org's object is 404, never 403: every org-scoped route, for users and agent keys."""

from __future__ import annotations

import re
import uuid

from tests.fixtures.factories import bearer, create_agent, create_key, create_org, signup

METHODS = ("get", "post", "patch", "put", "delete")


async def test_every_org_scoped_route_of_a_is_404_to_b(make_client):
    owner_a = await signup(await make_client())
    org_a = await create_org(owner_a)
    agent_a = await create_agent(owner_a, org_a["slug"])
    key_a = await create_key(owner_a, org_a["slug"], agent_a["id"])

    owner_b = await signup(await make_client())
    org_b = await create_org(owner_b)
    agent_b = await create_agent(owner_b, org_b["slug"])
    key_b = await create_key(owner_b, org_b["slug"], agent_b["id"], scopes=["admin"])
    agent_client = await make_client()

    real_ids = {
        "org_slug": org_a["slug"],
        "agent_id": agent_a["id"],
        "key_id": key_a["id"],
        "user_id": owner_a.user["id"],
    }
    schema = (await owner_a.client.get("/openapi.json")).json()
    checked = 0
    for path, operations in schema["paths"].items():
        if "{org_slug}" not in path:
            continue
        # Ids of A's real objects where we have them; anything else gets a well-formed
        # id that could exist, so a 404 can only come from the org check.
        url = re.sub(r"\{(\w+)\}", lambda m: str(real_ids.get(m.group(1), uuid.uuid4())), path)
        for method in METHODS:
            if method not in operations:
                continue
            as_user = await owner_b.client.request(method, url, json={})
            as_agent = await agent_client.request(
                method, url, json={}, headers=bearer(key_b["key"])
            )
            for who, response in (("user", as_user), ("agent", as_agent)):
                assert response.status_code == 404, (method, url, who, response.text)
                assert response.json()["error"]["code"] == "org_not_found"
            checked += 1
    assert checked >= 12

    # And A's objects are untouched and still A's.
    agents = await owner_a.client.get(f"/api/v1/orgs/{org_a['slug']}/agents")
    assert [a["id"] for a in agents.json()["items"]] == [agent_a["id"]]


async def test_a_key_of_org_b_cannot_reach_org_a_objects_by_id_in_its_own_org(make_client):
    owner_a = await signup(await make_client())
    org_a = await create_org(owner_a)
    agent_a = await create_agent(owner_a, org_a["slug"])
    owner_b = await signup(await make_client())
    org_b = await create_org(owner_b)
    agent_b = await create_agent(owner_b, org_b["slug"])
    key_b = await create_key(owner_b, org_b["slug"], agent_b["id"])
    # B's own org in the path, A's agent id: RLS hides it, so it is simply not found.
    response = await owner_b.client.get(f"/api/v1/orgs/{org_b['slug']}/agents/{agent_a['id']}")
    assert response.status_code == 404
    keys = await owner_b.client.post(
        f"/api/v1/orgs/{org_b['slug']}/agents/{agent_a['id']}/keys", json={"scopes": ["admin"]}
    )
    assert keys.status_code == 404
    me = await (await make_client()).get("/api/v1/agents/me", headers=bearer(key_b["key"]))
    assert me.json()["org"]["slug"] == org_b["slug"]


async def test_unknown_org_slug_is_404_in_the_error_shape(make_client):
    member = await signup(await make_client())
    response = await member.client.get("/api/v1/orgs/no-such-org/agents")
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "org_not_found", "message": "Organization not found.", "details": None}
    }
