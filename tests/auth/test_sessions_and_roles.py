"""Web sessions, CSRF, and what each role may do."""

from __future__ import annotations

from tests.fixtures.factories import PASSWORD, add_member, create_agent, create_org, signup


class TestSessions:
    async def test_login_sets_httponly_lax_session_and_readable_csrf_cookie(self, make_client):
        member = await signup(await make_client())
        client = await make_client()
        response = await client.post(
            "/api/v1/auth/login", json={"email": member.email, "password": PASSWORD}
        )
        assert response.status_code == 200
        assert response.json()["email"] == member.email
        cookies = response.headers.get_list("set-cookie")
        session = next(c for c in cookies if c.startswith("mc_session="))
        csrf = next(c for c in cookies if c.startswith("mc_csrf="))
        assert "HttpOnly" in session and "SameSite=lax" in session
        assert "HttpOnly" not in csrf

    async def test_wrong_password_and_unknown_email_look_the_same(self, make_client):
        member = await signup(await make_client())
        client = await make_client()
        wrong = await client.post(
            "/api/v1/auth/login", json={"email": member.email, "password": "not-it-at-all"}
        )
        unknown = await client.post(
            "/api/v1/auth/login", json={"email": "ghost@example.com", "password": "whatever1"}
        )
        assert wrong.status_code == unknown.status_code == 401
        assert wrong.json() == unknown.json()

    async def test_unsafe_cookie_requests_need_the_csrf_header(self, make_client):
        member = await signup(await make_client())
        del member.client.headers["X-CSRF-Token"]
        refused = await member.client.post("/api/v1/orgs", json={"slug": "nocsrf", "name": "x"})
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "csrf_failed"
        wrong = await member.client.post(
            "/api/v1/orgs", json={"slug": "nocsrf", "name": "x"}, headers={"X-CSRF-Token": "nope"}
        )
        assert wrong.status_code == 403
        assert (await member.client.get("/api/v1/users/me")).status_code == 200
        orgs = await member.client.get("/api/v1/orgs")
        assert orgs.json()["items"] == []

    async def test_logout_ends_the_session_server_side(self, make_client):
        member = await signup(await make_client())
        stolen = dict(member.client.cookies)
        assert (await member.client.post("/api/v1/auth/logout")).status_code == 204
        replay = await make_client()
        for name, value in stolen.items():
            replay.cookies.set(name, value)
        response = await replay.get("/api/v1/users/me")
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "session_expired"

    async def test_logout_all_ends_every_session(self, make_client):
        member = await signup(await make_client())
        other = await make_client()
        await other.post("/api/v1/auth/login", json={"email": member.email, "password": PASSWORD})
        assert (await other.get("/api/v1/users/me")).status_code == 200
        assert (await member.client.post("/api/v1/auth/logout-all")).status_code == 204
        assert (await other.get("/api/v1/users/me")).status_code == 401

    async def test_password_change_needs_the_current_one_and_signs_out_elsewhere(self, make_client):
        member = await signup(await make_client())
        other = await make_client()
        await other.post("/api/v1/auth/login", json={"email": member.email, "password": PASSWORD})
        bad = await member.client.patch(
            "/api/v1/users/me", json={"password": "new-password-99", "current_password": "wrong"}
        )
        assert bad.status_code == 422
        good = await member.client.patch(
            "/api/v1/users/me", json={"password": "new-password-99", "current_password": PASSWORD}
        )
        assert good.status_code == 200
        assert (await member.client.get("/api/v1/users/me")).status_code == 200
        assert (await other.get("/api/v1/users/me")).status_code == 401

    async def test_anonymous_is_401(self, make_client):
        client = await make_client()
        response = await client.get("/api/v1/users/me")
        assert response.status_code == 401
        assert set(response.json()["error"]) == {"code", "message", "details"}

    async def test_signup_is_closed_in_single_tenant_mode_without_allow_signup(self, make_client):
        client = await make_client(deployment_mode="single-tenant")
        response = await client.post(
            "/api/v1/auth/signup", json={"email": "new@example.com", "password": PASSWORD}
        )
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "signup_closed"

    async def test_single_tenant_signup_joins_the_default_org_as_member(self, make_client):
        client = await make_client(deployment_mode="single-tenant", allow_signup=True)
        member = await signup(client)
        me = await member.client.get("/api/v1/users/me")
        assert [(o["slug"], o["role"]) for o in me.json()["orgs"]] == [("default", "member")]
        refused = await member.client.post("/api/v1/orgs", json={"slug": "mine", "name": "x"})
        assert refused.status_code == 403

    async def test_duplicate_email_is_409(self, make_client):
        member = await signup(await make_client())
        again = await (await make_client()).post(
            "/api/v1/auth/signup", json={"email": member.email.upper(), "password": PASSWORD}
        )
        assert again.status_code == 409


class TestRoles:
    async def _org_with(self, make_client, role):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        person = await signup(await make_client())
        await add_member(owner, org, person, role)
        return owner, org, person

    async def test_viewer_reads_but_cannot_write(self, make_client):
        owner, org, viewer = await self._org_with(make_client, "viewer")
        await create_agent(owner, org, "seen")
        assert (await viewer.client.get(f"/api/v1/orgs/{org}/agents")).status_code == 200
        assert (await viewer.client.get(f"/api/v1/orgs/{org}/events")).status_code == 200
        response = await viewer.client.post(f"/api/v1/orgs/{org}/agents", json={"name": "nope"})
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "insufficient_role"
        assert (
            await viewer.client.patch(f"/api/v1/orgs/{org}", json={"name": "x"})
        ).status_code == 403

    async def test_member_cannot_manage_members_or_keys(self, make_client):
        owner, org, member = await self._org_with(make_client, "member")
        agent = await create_agent(owner, org)
        outsider = await signup(await make_client())
        add = await member.client.post(
            f"/api/v1/orgs/{org}/members", json={"email": outsider.email, "role": "member"}
        )
        promote = await member.client.patch(
            f"/api/v1/orgs/{org}/members/{member.user['id']}", json={"role": "admin"}
        )
        remove = await member.client.delete(f"/api/v1/orgs/{org}/members/{owner.user['id']}")
        key = await member.client.post(
            f"/api/v1/orgs/{org}/agents/{agent['id']}/keys", json={"scopes": ["admin"]}
        )
        keys = await member.client.get(f"/api/v1/orgs/{org}/agents/{agent['id']}/keys")
        assert [r.status_code for r in (add, promote, remove, key, keys)] == [403] * 5
        members = await owner.client.get(f"/api/v1/orgs/{org}/members")
        assert len(members.json()["items"]) == 2

    async def test_admin_manages_members_but_cannot_touch_owners(self, make_client):
        owner, org, admin = await self._org_with(make_client, "admin")
        newcomer = await signup(await make_client())
        await add_member(admin, org, newcomer, "member")
        demote_owner = await admin.client.patch(
            f"/api/v1/orgs/{org}/members/{owner.user['id']}", json={"role": "member"}
        )
        assert demote_owner.status_code == 422
        assert (await admin.client.delete(f"/api/v1/orgs/{org}")).status_code == 403

    async def test_last_owner_can_neither_leave_nor_be_demoted(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        leave = await owner.client.delete(f"/api/v1/orgs/{org}/members/{owner.user['id']}")
        demote = await owner.client.patch(
            f"/api/v1/orgs/{org}/members/{owner.user['id']}", json={"role": "admin"}
        )
        assert (leave.status_code, demote.status_code) == (409, 409)
        assert leave.json()["error"]["code"] == "last_owner"
        second = await signup(await make_client())
        await add_member(owner, org, second, "owner")
        assert (
            await owner.client.patch(
                f"/api/v1/orgs/{org}/members/{owner.user['id']}", json={"role": "admin"}
            )
        ).status_code == 200

    async def test_a_member_may_leave_by_themselves(self, make_client):
        owner, org, member = await self._org_with(make_client, "member")
        assert (
            await member.client.delete(f"/api/v1/orgs/{org}/members/{member.user['id']}")
        ).status_code == 204
        assert (await member.client.get(f"/api/v1/orgs/{org}")).status_code == 404

    async def test_owner_deletes_the_org(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        assert (await owner.client.delete(f"/api/v1/orgs/{org}")).status_code == 204
        assert (await owner.client.get(f"/api/v1/orgs/{org}")).status_code == 404
