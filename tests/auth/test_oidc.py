"""OpenID Connect sign-in against a real local provider, over HTTP."""

from __future__ import annotations

from urllib.parse import urlparse

import httpx
import pytest

from tests.fixtures.oidc_provider import CLIENT_ID, CLIENT_SECRET, StandInProvider
from tests.fixtures.servers import free_port, serve


@pytest.fixture
async def provider():
    stand_in = StandInProvider()
    port = free_port()
    stand_in.issuer = f"http://127.0.0.1:{port}"
    async with serve(stand_in.app(), port):
        yield stand_in


def _settings(provider, **extra):
    return {
        "oidc_providers": {
            "acme": {
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "issuer": provider.issuer,
            }
        },
        **extra,
    }


async def _sign_in(client, next_path="/board"):
    start = await client.get(f"/api/v1/auth/oidc/acme/login?next={next_path}")
    assert start.status_code == 302, start.text
    async with httpx.AsyncClient() as browser:
        consent = await browser.get(start.headers["location"])
    assert consent.status_code == 307, consent.text
    back = urlparse(consent.headers["location"])
    return await client.get(f"{back.path}?{back.query}")


async def test_code_flow_creates_the_account_and_signs_in(make_client, provider):
    client = await make_client(**_settings(provider))
    done = await _sign_in(client)
    assert done.status_code == 303, done.text
    assert done.headers["location"] == "/board"
    me = (await client.get("/api/v1/users/me")).json()
    assert me["email"] == "sso@example.com"
    # A second sign-in finds the same account through the linked identity.
    provider.user["email"] = "renamed@example.com"
    again = await make_client(**_settings(provider))
    assert (await _sign_in(again)).status_code == 303
    assert (await again.get("/api/v1/users/me")).json()["id"] == me["id"]


async def test_verified_email_links_to_an_existing_account(make_client, provider):
    from tests.fixtures.factories import signup

    existing = await signup(await make_client(**_settings(provider)), "sso@example.com")
    client = await make_client(**_settings(provider))
    assert (await _sign_in(client)).status_code == 303
    assert (await client.get("/api/v1/users/me")).json()["id"] == existing.user["id"]


async def test_closed_signup_refuses_unknown_people(make_client, provider):
    client = await make_client(**_settings(provider, deployment_mode="single-tenant"))
    refused = await _sign_in(client)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "no_account"


async def test_forged_nonce_wrong_state_and_unknown_provider_fail(make_client, provider):
    client = await make_client(**_settings(provider))
    provider.tamper_nonce = True
    forged = await _sign_in(client)
    assert forged.status_code == 401
    assert forged.json()["error"]["code"] == "oidc_failed"
    provider.tamper_nonce = False
    await client.get("/api/v1/auth/oidc/acme/login")
    wrong = await client.get("/api/v1/auth/oidc/acme/callback?code=x&state=not-the-state")
    assert wrong.status_code == 400
    assert (await client.get("/api/v1/auth/oidc/nope/login")).status_code == 404
    assert (await client.get("/api/v1/users/me")).status_code == 401


async def test_next_never_leaves_the_site(make_client, provider):
    client = await make_client(**_settings(provider))
    done = await _sign_in(client, next_path="//evil.example.com/x")
    assert done.headers["location"] == "/"


async def _until_callback(client, next_path="/board") -> str:
    start = await client.get(f"/api/v1/auth/oidc/acme/login?next={next_path}")
    async with httpx.AsyncClient() as browser:
        consent = await browser.get(start.headers["location"])
    back = urlparse(consent.headers["location"])
    return f"{back.path}?{back.query}"


async def test_concurrent_first_sign_ins_link_once_and_never_500(make_client, provider):
    import asyncio

    from tests.fixtures.factories import signup

    existing = await signup(await make_client(**_settings(provider)), "sso@example.com")
    clients = [await make_client(**_settings(provider)) for _ in range(4)]
    callbacks = [await _until_callback(c) for c in clients]
    done = await asyncio.gather(*(c.get(url) for c, url in zip(clients, callbacks, strict=True)))
    codes = sorted(r.status_code for r in done)
    assert 303 in codes and set(codes) <= {303, 409}, [r.text for r in done]
    for response in done:
        if response.status_code == 409:
            assert set(response.json()["error"]) == {"code", "message", "details"}
    # Linked once: a later sign-in finds the account through the identity.
    again = await make_client(**_settings(provider))
    assert (await _sign_in(again)).status_code == 303
    assert (await again.get("/api/v1/users/me")).json()["id"] == existing.user["id"]
