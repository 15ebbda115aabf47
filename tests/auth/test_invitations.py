"""Adding a member by an email with no account invites them; accepting creates both."""

from __future__ import annotations

import asyncpg

from mission_control.core.db import plain_url
from tests.fixtures.factories import PASSWORD, add_member, create_org, signup


async def _invite(owner, org, email, role="member"):
    response = await owner.client.post(
        f"/api/v1/orgs/{org}/members", json={"email": email, "role": role}
    )
    assert response.status_code == 202, response.text
    return response.json()


async def test_invite_accept_creates_account_membership_and_session(make_client):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    invited = await _invite(owner, org, "New.Person@example.com", "admin")
    assert invited["email"] == "new.person@example.com"
    assert invited["link"].endswith(f"/invite/{invited['token']}")
    pending = (await owner.client.get(f"/api/v1/orgs/{org}/invitations")).json()["items"]
    assert [p["email"] for p in pending] == ["new.person@example.com"]
    assert "token" not in pending[0]

    guest = await make_client()
    accepted = await guest.post(
        f"/api/v1/invitations/{invited['token']}/accept",
        json={"password": PASSWORD, "display_name": "New"},
    )
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["org"]["slug"] == org
    me = (await guest.get("/api/v1/users/me")).json()
    assert [(o["slug"], o["role"]) for o in me["orgs"]] == [(org, "admin")]
    again = await (await make_client()).post(
        f"/api/v1/invitations/{invited['token']}/accept", json={"password": PASSWORD}
    )
    assert again.status_code == 404
    assert (await owner.client.get(f"/api/v1/orgs/{org}/invitations")).json()["items"] == []
    log = (await owner.client.get(f"/api/v1/orgs/{org}/events?type=invitation.*")).json()
    assert [e["type"] for e in log["items"]] == ["invitation.accepted", "invitation.created"]


async def test_existing_account_accepts_signed_in_as_that_email_or_by_its_password(make_client):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    invited = await _invite(owner, org, "later@example.com")
    person = await signup(await make_client(), "later@example.com")
    guess = await (await make_client()).post(
        f"/api/v1/invitations/{invited['token']}/accept", json={"password": "not-the-password"}
    )
    assert guess.status_code == 401
    assert guess.json()["error"]["code"] == "invalid_credentials"
    bare = await (await make_client()).post(f"/api/v1/invitations/{invited['token']}/accept")
    assert bare.status_code == 422
    assert bare.json()["error"]["code"] == "password_required"
    someone_else = await signup(await make_client())
    wrong = await someone_else.client.post(f"/api/v1/invitations/{invited['token']}/accept")
    assert wrong.status_code == 404
    assert (await person.client.get(f"/api/v1/orgs/{org}")).status_code == 404
    right = await person.client.post(f"/api/v1/invitations/{invited['token']}/accept")
    assert right.status_code == 200, right.text
    assert (await person.client.get(f"/api/v1/orgs/{org}")).status_code == 200


async def test_existing_account_accepts_with_its_password_and_is_signed_in(make_client):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    person = await signup(await make_client())
    invited = await _invite(owner, org, person.email, "viewer")
    browser = await make_client()
    accepted = await browser.post(
        f"/api/v1/invitations/{invited['token']}/accept", json={"password": PASSWORD}
    )
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["user"]["id"] == person.user["id"]
    me = (await browser.get("/api/v1/users/me")).json()
    assert [(o["slug"], o["role"]) for o in me["orgs"]] == [(org, "viewer")]


class TestNoEnumerationNoMembershipWithoutConsent:
    async def test_an_existing_account_is_invited_exactly_like_a_new_email(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        existing = await signup(await make_client())
        has_account = await owner.client.post(
            f"/api/v1/orgs/{org}/members", json={"email": existing.email, "role": "member"}
        )
        no_account = await owner.client.post(
            f"/api/v1/orgs/{org}/members", json={"email": "nobody@example.com", "role": "member"}
        )
        assert has_account.status_code == no_account.status_code == 202, has_account.text
        a, b = has_account.json(), no_account.json()
        assert (
            set(a) == set(b) == {"id", "email", "role", "created_at", "expires_at", "link", "token"}
        )
        assert a["email"] == existing.email and a["link"].endswith(a["token"])
        assert set(has_account.headers) == set(no_account.headers)
        # Not a member until they accept.
        members = (await owner.client.get(f"/api/v1/orgs/{org}/members")).json()["items"]
        assert [m["user_id"] for m in members] == [owner.user["id"]]
        assert (await existing.client.get(f"/api/v1/orgs/{org}")).status_code == 404
        assert (await existing.client.get("/api/v1/users/me")).json()["orgs"] == []
        events = (await owner.client.get(f"/api/v1/orgs/{org}/events?type=member.added")).json()
        assert len(events["items"]) == 1  # the owner's own, at creation

    async def test_a_current_members_email_is_invited_too_and_accepting_is_409(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        member = await signup(await make_client())
        await add_member(owner, org, member, "member")
        again = await owner.client.post(
            f"/api/v1/orgs/{org}/members", json={"email": member.email, "role": "admin"}
        )
        assert again.status_code == 202, again.text
        accepted = await member.client.post(f"/api/v1/invitations/{again.json()['token']}/accept")
        assert accepted.status_code == 409
        assert accepted.json()["error"]["code"] == "already_member"
        roles = {
            m["user_id"]: m["role"]
            for m in (await owner.client.get(f"/api/v1/orgs/{org}/members")).json()["items"]
        }
        assert roles[member.user["id"]] == "member"

    async def test_members_are_added_by_email_only(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        person = await signup(await make_client())
        by_id = await owner.client.post(
            f"/api/v1/orgs/{org}/members", json={"user_id": person.user["id"]}
        )
        assert by_id.status_code == 422
        assert (await person.client.get(f"/api/v1/orgs/{org}")).status_code == 404


async def test_revoked_expired_and_bogus_invitations_are_refused(make_client, owner_url):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    revoked = await _invite(owner, org, "gone@example.com")
    assert (
        await owner.client.delete(f"/api/v1/orgs/{org}/invitations/{revoked['id']}")
    ).status_code == 204
    expired = await _invite(owner, org, "late@example.com")
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        await conn.execute(
            "UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1::uuid",
            expired["id"],
        )
    finally:
        await conn.close()
    guest = await make_client()
    body = {"password": PASSWORD}
    assert (
        await guest.post(f"/api/v1/invitations/{revoked['token']}/accept", json=body)
    ).status_code == 404
    late = await guest.post(f"/api/v1/invitations/{expired['token']}/accept", json=body)
    assert late.status_code == 410
    assert (await guest.post("/api/v1/invitations/nonsense/accept", json=body)).status_code == 404
    no_password = await guest.post(
        f"/api/v1/invitations/{(await _invite(owner, org, 'np@example.com'))['token']}/accept"
    )
    assert no_password.status_code == 422
    # An expired invitation can be replaced by a fresh one for the same email.
    assert (await _invite(owner, org, "late@example.com"))["email"] == "late@example.com"


async def test_inviting_the_same_email_twice_is_409_and_members_cannot_invite(make_client):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    await _invite(owner, org, "twice@example.com")
    again = await owner.client.post(
        f"/api/v1/orgs/{org}/members", json={"email": "twice@example.com"}
    )
    assert again.status_code == 409
    member = await signup(await make_client())
    await add_member(owner, org, member, "member")
    denied = await member.client.post(
        f"/api/v1/orgs/{org}/members", json={"email": "x@example.com"}
    )
    assert denied.status_code == 403
    assert (await member.client.get(f"/api/v1/orgs/{org}/invitations")).status_code == 403
