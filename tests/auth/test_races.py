"""Races in accounts and orgs answer 409 in our error shape, never a 500 or a deadlock."""

from __future__ import annotations

import asyncio
from collections import Counter

import asyncpg

from mission_control.core.db import plain_url
from tests.fixtures.factories import PASSWORD, add_member, create_org, signup, unique


def _shape(response) -> None:
    assert set(response.json()["error"]) == {"code", "message", "details"}, response.text


async def _owners(owner_url: str, org_id: str) -> list[str]:
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        rows = await conn.fetch(
            "SELECT user_id::text FROM memberships WHERE org_id = $1::uuid AND role = 'owner'",
            org_id,
        )
    finally:
        await conn.close()
    return [r["user_id"] for r in rows]


class TestUniqueViolationsAre409:
    async def test_concurrent_duplicate_signups_one_wins_the_rest_409(self, make_client):
        clients = [await make_client() for _ in range(6)]
        email = f"{unique('race')}@example.com"
        responses = await asyncio.gather(
            *(
                c.post("/api/v1/auth/signup", json={"email": email, "password": PASSWORD})
                for c in clients
            )
        )
        codes = Counter(r.status_code for r in responses)
        assert codes == {201: 1, 409: 5}, [r.text for r in responses]
        for response in responses:
            if response.status_code == 409:
                _shape(response)
                assert response.json()["error"]["code"] == "email_taken"

    async def test_concurrent_accepts_of_one_invitation_by_new_accounts(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        invited = await owner.client.post(
            f"/api/v1/orgs/{org}/members", json={"email": f"{unique('inv')}@example.com"}
        )
        token = invited.json()["token"]
        clients = [await make_client() for _ in range(6)]
        responses = await asyncio.gather(
            *(
                c.post(f"/api/v1/invitations/{token}/accept", json={"password": PASSWORD})
                for c in clients
            )
        )
        codes = Counter(r.status_code for r in responses)
        assert codes[200] == 1, [r.text for r in responses]
        assert codes[409] + codes[404] == 5 and codes[409] >= 1, codes
        for response in responses:
            if response.status_code != 200:
                _shape(response)
        members = (await owner.client.get(f"/api/v1/orgs/{org}/members")).json()["items"]
        assert len(members) == 2

    async def test_concurrent_accepts_by_the_signed_in_invitee(self, make_client):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        person = await signup(await make_client())
        invited = await owner.client.post(
            f"/api/v1/orgs/{org}/members", json={"email": person.email}
        )
        token = invited.json()["token"]
        responses = await asyncio.gather(
            *(person.client.post(f"/api/v1/invitations/{token}/accept") for _ in range(6))
        )
        codes = Counter(r.status_code for r in responses)
        assert codes[200] == 1, [r.text for r in responses]
        assert codes[409] + codes[404] == 5 and codes[409] >= 1, codes
        for response in responses:
            if response.status_code != 200:
                _shape(response)


class TestOwnersRacing:
    async def _two_owners(self, make_client):
        first = await signup(await make_client())
        org = await create_org(first)
        second = await signup(await make_client())
        await add_member(first, org["slug"], second, "owner")
        return first, second, org

    async def test_two_owners_leaving_at_once_leave_one_owner(self, make_client, owner_url):
        for _ in range(3):
            first, second, org = await self._two_owners(make_client)
            slug = org["slug"]
            responses = await asyncio.wait_for(
                asyncio.gather(
                    first.client.delete(f"/api/v1/orgs/{slug}/members/{first.user['id']}"),
                    second.client.delete(f"/api/v1/orgs/{slug}/members/{second.user['id']}"),
                ),
                timeout=30,
            )
            codes = sorted(r.status_code for r in responses)
            assert codes == [204, 409], [r.text for r in responses]
            loser = next(r for r in responses if r.status_code == 409)
            _shape(loser)
            assert loser.json()["error"]["code"] == "last_owner"
            assert len(await _owners(owner_url, org["id"])) == 1

    async def test_two_owners_demoting_each_other_leave_one_owner(self, make_client, owner_url):
        for _ in range(3):
            first, second, org = await self._two_owners(make_client)
            slug = org["slug"]
            responses = await asyncio.wait_for(
                asyncio.gather(
                    first.client.patch(
                        f"/api/v1/orgs/{slug}/members/{second.user['id']}", json={"role": "admin"}
                    ),
                    second.client.patch(
                        f"/api/v1/orgs/{slug}/members/{first.user['id']}", json={"role": "admin"}
                    ),
                ),
                timeout=30,
            )
            codes = sorted(r.status_code for r in responses)
            # The loser is no longer an owner when its turn comes: 409 last owner, or
            # 422 (only an owner may take the owner role) if it was demoted first.
            assert codes[0] == 200 and codes[1] in (409, 422), [r.text for r in responses]
            _shape(responses[0] if responses[0].status_code != 200 else responses[1])
            assert len(await _owners(owner_url, org["id"])) == 1

    async def test_an_owner_leaving_while_demoting_the_other(self, make_client, owner_url):
        for _ in range(3):
            first, second, org = await self._two_owners(make_client)
            slug = org["slug"]
            responses = await asyncio.wait_for(
                asyncio.gather(
                    first.client.delete(f"/api/v1/orgs/{slug}/members/{first.user['id']}"),
                    first.client.patch(
                        f"/api/v1/orgs/{slug}/members/{second.user['id']}", json={"role": "admin"}
                    ),
                    second.client.delete(f"/api/v1/orgs/{slug}/members/{second.user['id']}"),
                ),
                timeout=30,
            )
            assert all(r.status_code < 500 for r in responses), [r.text for r in responses]
            assert len(await _owners(owner_url, org["id"])) >= 1
