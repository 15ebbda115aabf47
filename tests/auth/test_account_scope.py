"""Account changes need the person's session or a token with the `account` scope."""

from __future__ import annotations

from tests.fixtures.factories import PASSWORD, bearer, create_org, signup


async def _token(member, org: str, scopes: list[str], **extra) -> str:
    response = await member.client.post(
        "/api/v1/users/me/tokens", json={"org": org, "scopes": scopes, **extra}
    )
    assert response.status_code == 201, response.text
    return str(response.json()["key"])


class TestAccountScope:
    async def test_a_tasks_read_token_changes_nothing_of_the_account(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        token = await _token(owner, org, ["tasks:read"])
        mine = (await owner.client.get("/api/v1/users/me/tokens")).json()["items"][0]
        client = await make_client()
        auth = bearer(token)
        uid = owner.user["id"]
        attempts = {
            "profile": await client.patch(
                "/api/v1/users/me", json={"display_name": "hijacked"}, headers=auth
            ),
            "password": await client.patch(
                "/api/v1/users/me",
                json={"password": "new-password-123", "current_password": PASSWORD},
                headers=auth,
            ),
            "logout_all": await client.post("/api/v1/auth/logout-all", headers=auth),
            "list_tokens": await client.get("/api/v1/users/me/tokens", headers=auth),
            "mint": await client.post(
                "/api/v1/users/me/tokens", json={"org": org, "scopes": ["tasks:read"]}, headers=auth
            ),
            "revoke": await client.delete(f"/api/v1/users/me/tokens/{mine['id']}", headers=auth),
            "leave": await client.delete(f"/api/v1/orgs/{org}/members/{uid}", headers=auth),
        }
        assert {name: r.status_code for name, r in attempts.items()} == dict.fromkeys(attempts, 403)
        for response in attempts.values():
            assert response.json()["error"]["code"] == "account_scope_required", response.text
        # Nothing changed: the name, the session, the token, the membership.
        me = await owner.client.get("/api/v1/users/me")
        assert me.status_code == 200
        assert me.json()["display_name"] == owner.email
        assert [o["slug"] for o in me.json()["orgs"]] == [org]
        assert (await client.get(f"/api/v1/orgs/{org}/tasks", headers=auth)).status_code == 200
        login = await (await make_client()).post(
            "/api/v1/auth/login", json={"email": owner.email, "password": PASSWORD}
        )
        assert login.status_code == 200

    async def test_an_account_token_changes_the_account(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        token = await _token(owner, org, ["account"])
        client = await make_client()
        auth = bearer(token)
        renamed = await client.patch(
            "/api/v1/users/me", json={"display_name": "Renamed"}, headers=auth
        )
        assert renamed.status_code == 200, renamed.text
        assert renamed.json()["display_name"] == "Renamed"
        listed = await client.get("/api/v1/users/me/tokens", headers=auth)
        assert listed.status_code == 200
        # An account token holds no org powers by itself.
        denied = await client.get(f"/api/v1/orgs/{org}/projects", headers=auth)
        assert denied.status_code == 403
        assert (await client.post("/api/v1/auth/logout-all", headers=auth)).status_code == 204
        assert (await owner.client.get("/api/v1/users/me")).status_code == 401

    async def test_account_is_a_known_scope_for_tokens(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        await _token(owner, org, ["account", "tasks:read"])
        bogus = await owner.client.post(
            "/api/v1/users/me/tokens", json={"org": org, "scopes": ["accounts"]}
        )
        assert bogus.status_code == 422


class TestMintingNeverWidens:
    async def _setup(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        for key in ("AAA", "BBB"):
            made = await owner.client.post(
                f"/api/v1/orgs/{org}/projects", json={"key": key, "name": key}
            )
            assert made.status_code == 201, made.text
        return owner, org

    async def test_a_token_mints_only_within_its_own_scopes_and_projects(self, make_client):
        owner, org = await self._setup(make_client)
        maker = await _token(owner, org, ["account", "tasks:write"], project_keys=["AAA"])
        client = await make_client()
        auth = bearer(maker)

        async def mint(**body):
            return await client.post(
                "/api/v1/users/me/tokens", json={"org": org, **body}, headers=auth
            )

        wider_scope = await mint(scopes=["projects:write"], project_keys=["AAA"])
        admin = await mint(scopes=["admin"], project_keys=["AAA"])
        no_limit = await mint(scopes=["tasks:read"])
        other_project = await mint(scopes=["tasks:read"], project_keys=["AAA", "BBB"])
        for response in (wider_scope, admin, no_limit, other_project):
            assert response.status_code == 403, response.text
            assert response.json()["error"]["code"] == "wider_than_maker"
        narrower = await mint(scopes=["tasks:read"], project_keys=["aaa"])
        assert narrower.status_code == 201, narrower.text
        assert narrower.json()["project_keys"] == ["AAA"]
        again = await mint(scopes=["account", "tasks:write"], project_keys=["AAA"])
        assert again.status_code == 201, again.text

    async def test_a_token_cannot_mint_in_another_org(self, make_client):
        owner, org = await self._setup(make_client)
        other = (await create_org(owner))["slug"]
        maker = await _token(owner, org, ["account", "admin"])
        client = await make_client()
        response = await client.post(
            "/api/v1/users/me/tokens",
            json={"org": other, "scopes": ["tasks:read"]},
            headers=bearer(maker),
        )
        assert response.status_code == 404

    async def test_an_admin_token_with_account_holds_every_org_scope_but_account_needs_naming(
        self, make_client
    ):
        owner, org = await self._setup(make_client)
        admin_only = await _token(owner, org, ["admin"])
        client = await make_client()
        # Without `account` the admin token may not mint at all.
        refused = await client.post(
            "/api/v1/users/me/tokens",
            json={"org": org, "scopes": ["tasks:read"]},
            headers=bearer(admin_only),
        )
        assert refused.status_code == 403
        maker = await _token(owner, org, ["account", "admin"])
        made = await client.post(
            "/api/v1/users/me/tokens",
            json={"org": org, "scopes": ["tasks:write", "approvals:decide"]},
            headers=bearer(maker),
        )
        assert made.status_code == 201, made.text
