from tests.fixtures.factories import bearer, create_agent, create_key, create_org, signup


async def test_signup_org_agent_key_flow(make_client):
    client = await make_client()
    owner = await signup(client)
    org = await create_org(owner)
    agent = await create_agent(owner, org["slug"])
    key = await create_key(owner, org["slug"], agent["id"], scopes=["agents:read"])
    anon = await make_client()
    me = await anon.get("/api/v1/agents/me", headers=bearer(key["key"]))
    assert me.status_code == 200, me.text
    assert me.json()["agent"]["id"] == agent["id"]
    events = await client.get(f"/api/v1/orgs/{org['slug']}/events")
    assert events.status_code == 200, events.text
    types = [e["type"] for e in events.json()["items"]]
    assert types[:3] == ["key.created", "agent.created", "member.added"]
