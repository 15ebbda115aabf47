"""Sign-in, sign-up and invitation accepts are rate limited per IP and per account."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx

from tests.fixtures.factories import PASSWORD, create_org, signup, unique


def _from(client: httpx.AsyncClient, ip: str) -> httpx.AsyncClient:
    """A client of the same app whose requests come from `ip`."""
    app = client._transport.app  # type: ignore[attr-defined]
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(ip, 4321)), base_url="http://test"
    )


def _assert_429(response: httpx.Response) -> int:
    assert response.status_code == 429, response.text
    assert set(response.json()["error"]) == {"code", "message", "details"}
    assert response.json()["error"]["code"] == "rate_limited"
    for header in ("retry-after", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"):
        assert response.headers[header].isdigit(), (header, response.headers)
    assert int(response.headers["retry-after"]) >= 1
    return int(response.headers["retry-after"])


async def _login(client: httpx.AsyncClient, email: str, password: str) -> httpx.Response:
    return await client.post("/api/v1/auth/login", json={"email": email, "password": password})


class TestPasswordGuessing:
    async def test_a_hundred_wrong_passwords_then_the_right_one_is_refused(self, make_client):
        member = await signup(await make_client())
        # A guesser from many addresses: only the account's own limit stands in the way.
        app = await make_client()
        codes = []
        for i in range(100):
            guesser = _from(app, f"203.0.113.{i % 250}")
            codes.append((await _login(guesser, member.email, f"guess-{i:04d}")).status_code)
            await guesser.aclose()
        counted = Counter(codes)
        assert counted[401] <= 10, counted  # LOGIN_FAILURE_LIMIT by default
        assert counted[429] >= 90, counted
        right = await _login(_from(app, "198.51.100.7"), member.email, PASSWORD)
        _assert_429(right)

    async def test_failures_back_off_and_the_account_recovers_after_retry_after(self, make_client):
        client = await make_client(
            login_failure_limit=3,
            login_failure_window_seconds=3.0,
            login_backoff_free=1,
            login_backoff_base_seconds=0.5,
        )
        member = await signup(client)
        first = await _login(client, member.email, "wrong-password-1")
        second = await _login(client, member.email, "wrong-password-2")
        assert (first.status_code, second.status_code) == (401, 401)
        # Past the free failure the next try must wait.
        waited = _assert_429(await _login(client, member.email, PASSWORD))
        await asyncio.sleep(waited)
        recovered = await _login(client, member.email, PASSWORD)
        assert recovered.status_code == 200, recovered.text

    async def test_an_unknown_email_is_limited_exactly_like_a_real_one(self, make_client):
        client = await make_client(login_failure_limit=3, login_backoff_free=5)
        member = await signup(client)
        real = [(await _login(client, member.email, "nope-nope")).status_code for _ in range(4)]
        ghost = [
            (await _login(client, "ghost@example.com", "nope-nope")).status_code for _ in range(4)
        ]
        assert real == ghost == [401, 401, 401, 429]


class TestPerAddress:
    async def test_sign_in_sign_up_and_accept_share_a_per_ip_budget(self, make_client):
        # One token a minute: nothing refills while the test runs, however slow the machine.
        client = await make_client(auth_rate_limit_per_minute=1, auth_rate_limit_burst=4)
        owner = await signup(client)  # 1
        org = (await create_org(owner))["slug"]
        invited = await owner.client.post(
            f"/api/v1/orgs/{org}/members", json={"email": "x@example.com"}
        )
        anonymous = _from(client, "127.0.0.1")
        assert (await _login(anonymous, owner.email, PASSWORD)).status_code == 200  # 2
        anonymous.cookies.clear()
        accept = await anonymous.post(  # 3 (no password: 422, still counted)
            f"/api/v1/invitations/{invited.json()['token']}/accept"
        )
        assert accept.status_code == 422
        assert (await _login(anonymous, owner.email, "wrong-one")).status_code == 401  # 4
        for response in (
            await _login(anonymous, owner.email, PASSWORD),
            await anonymous.post(
                "/api/v1/auth/signup",
                json={"email": f"{unique('ip')}@example.com", "password": PASSWORD},
            ),
            await anonymous.post(
                f"/api/v1/invitations/{invited.json()['token']}/accept",
                json={"password": PASSWORD},
            ),
        ):
            _assert_429(response)
        # Another address is not affected.
        elsewhere = _from(client, "192.0.2.10")
        assert (await _login(elsewhere, owner.email, PASSWORD)).status_code == 200


class TestInvitationAccepts:
    async def test_wrong_passwords_on_accept_count_as_failed_sign_ins(self, make_client):
        client = await make_client(login_failure_limit=2, login_backoff_free=5)
        owner = await signup(client)
        org = (await create_org(owner))["slug"]
        person = await signup(await make_client())
        invited = await owner.client.post(
            f"/api/v1/orgs/{org}/members", json={"email": person.email}
        )
        token = invited.json()["token"]
        anonymous = _from(client, "198.51.100.1")
        url = f"/api/v1/invitations/{token}/accept"
        wrong = [
            (await anonymous.post(url, json={"password": f"wrong-{i}-password"})).status_code
            for i in range(2)
        ]
        assert wrong == [401, 401]
        _assert_429(await anonymous.post(url, json={"password": PASSWORD}))
        _assert_429(await _login(anonymous, person.email, PASSWORD))


class TestSharedThroughRedis:
    async def test_two_servers_sharing_redis_share_the_sign_in_limit(self, make_client, redis_url):
        shared = {"redis_url": redis_url, "run_jobs_in_process": True, "login_failure_limit": 2}
        first = await make_client(**shared, login_backoff_free=5)
        second = await make_client(**shared, login_backoff_free=6)  # another app instance
        assert first._transport.app is not second._transport.app  # type: ignore[attr-defined]
        member = await signup(await make_client())
        assert (await _login(first, member.email, "wrong-password")).status_code == 401
        assert (await _login(second, member.email, "wrong-password")).status_code == 401
        _assert_429(await _login(first, member.email, PASSWORD))
        _assert_429(await _login(second, member.email, PASSWORD))

    async def test_without_redis_each_server_counts_alone(self, make_client):
        first = await make_client(login_failure_limit=2, login_backoff_free=5)
        second = await make_client(login_failure_limit=2, login_backoff_free=6)
        member = await signup(await make_client())
        assert (await _login(first, member.email, "wrong-password")).status_code == 401
        assert (await _login(second, member.email, "wrong-password")).status_code == 401
        assert (await _login(first, member.email, "wrong-password")).status_code == 401
        _assert_429(await _login(first, member.email, PASSWORD))
        assert (await _login(second, member.email, PASSWORD)).status_code == 200
