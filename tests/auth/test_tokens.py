"""Personal access tokens: a person's key, limited by both their role and the token's scopes."""

from __future__ import annotations

from tests.fixtures.factories import add_member, bearer, create_agent, create_org, signup


async def test_token_acts_with_role_and_scopes_and_dies_on_revocation(make_client):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    viewer = await signup(await make_client())
    await add_member(owner, org, viewer, "viewer")
    await create_agent(owner, org, "visible")

    created = await viewer.client.post(
        "/api/v1/users/me/tokens", json={"org": org, "scopes": ["admin"], "name": "laptop"}
    )
    assert created.status_code == 201, created.text
    token = created.json()
    assert token["key"].startswith("mc_")
    client = await make_client()
    auth = bearer(token["key"])
    assert (await client.get(f"/api/v1/orgs/{org}/agents", headers=auth)).status_code == 200
    # The admin scope does not lift a viewer above their role.
    write = await client.post(f"/api/v1/orgs/{org}/agents", json={"name": "x"}, headers=auth)
    assert write.status_code == 403
    # A token cannot mint tokens, and is not an agent.
    assert (
        await client.post(
            "/api/v1/users/me/tokens", json={"org": org, "scopes": ["admin"]}, headers=auth
        )
    ).status_code == 403
    assert (await client.get("/api/v1/agents/me", headers=auth)).status_code == 403

    listed = (await viewer.client.get("/api/v1/users/me/tokens")).json()["items"]
    assert [t["name"] for t in listed] == ["laptop"]
    assert "key" not in listed[0]
    assert (await viewer.client.delete(f"/api/v1/users/me/tokens/{token['id']}")).status_code == 204
    assert (await client.get(f"/api/v1/orgs/{org}/agents", headers=auth)).status_code == 401


async def test_tokens_are_only_for_your_own_orgs_and_your_own_tokens(make_client):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    stranger = await signup(await make_client())
    refused = await stranger.client.post(
        "/api/v1/users/me/tokens", json={"org": org, "scopes": ["admin"]}
    )
    assert refused.status_code == 404
    mine = (
        await owner.client.post("/api/v1/users/me/tokens", json={"org": org, "scopes": ["admin"]})
    ).json()
    assert (
        await stranger.client.delete(f"/api/v1/users/me/tokens/{mine['id']}")
    ).status_code == 404
    assert (await stranger.client.get("/api/v1/users/me/tokens")).json()["items"] == []


async def test_removing_the_member_silences_their_token(make_client):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    member = await signup(await make_client())
    await add_member(owner, org, member, "member")
    token = (
        await member.client.post("/api/v1/users/me/tokens", json={"org": org, "scopes": ["admin"]})
    ).json()
    client = await make_client()
    assert (
        await client.get(f"/api/v1/orgs/{org}", headers=bearer(token["key"]))
    ).status_code == 200
    await owner.client.delete(f"/api/v1/orgs/{org}/members/{member.user['id']}")
    assert (
        await client.get(f"/api/v1/orgs/{org}", headers=bearer(token["key"]))
    ).status_code == 404
