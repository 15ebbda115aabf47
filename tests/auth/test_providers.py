"""The public list of sign-in providers behind the sign-in page's buttons."""

from __future__ import annotations


async def test_no_providers_configured_is_an_empty_list(make_client, monkeypatch):
    for name in [n for n in __import__("os").environ if n.startswith("OIDC_")]:
        monkeypatch.delenv(name)
    response = await (await make_client()).get("/api/v1/auth/providers")
    assert response.status_code == 200
    assert response.json() == []


async def test_each_configured_provider_has_a_login_url_and_no_secret(make_client):
    providers = {
        "okta": {"client_id": "id-1", "client_secret": "s3cret-1", "issuer": "https://okta.test"},
        "acme": {"client_id": "id-2", "client_secret": "s3cret-2", "issuer": "https://acme.test"},
    }
    response = await (await make_client(oidc_providers=providers)).get("/api/v1/auth/providers")
    assert response.json() == [
        {"name": "acme", "label": "Acme", "login_url": "/api/v1/auth/oidc/acme/login"},
        {"name": "okta", "label": "Okta", "login_url": "/api/v1/auth/oidc/okta/login"},
    ]
    assert "s3cret" not in response.text
