"""Health, readiness, metrics, request ids, and logs that carry context but never secrets."""

from __future__ import annotations

import logging

import structlog

from mission_control.core.logging import configure_logging
from tests.fixtures.factories import bearer, create_agent, create_key, create_org, signup


async def test_health_ready_and_openapi(make_client):
    client = await make_client()
    assert (await client.get("/health")).json() == {"status": "ok"}
    ready = await client.get("/ready")
    assert ready.status_code == 200
    assert ready.json()["checks"]["database"] == "ok"
    spec = (await client.get("/openapi.json")).json()
    assert spec["openapi"].startswith("3.1")
    assert "/api/v1/agents/me" in spec["paths"]


METRICS_TOKEN = "metrics-token-0123456789"


async def test_metrics_count_requests_by_route_template(make_client):
    owner = await signup(await make_client(metrics_token=METRICS_TOKEN))
    org = (await create_org(owner))["slug"]
    await owner.client.get(f"/api/v1/orgs/{org}/agents")
    response = await owner.client.get("/metrics", headers=bearer(METRICS_TOKEN))
    assert response.status_code == 200
    text = response.text
    assert 'route="/api/v1/orgs/{org_slug}/agents"' in text
    assert f'route="/api/v1/orgs/{org}/agents"' not in text
    assert "mc_http_request_duration_seconds_bucket" in text
    assert "mc_db_pool_in_use" in text


async def test_request_id_is_echoed_or_made(make_client):
    client = await make_client()
    given = await client.get("/health", headers={"X-Request-ID": "trace-me-123"})
    assert given.headers["x-request-id"] == "trace-me-123"
    made = await client.get("/health")
    assert len(made.headers["x-request-id"]) == 32


async def test_logs_carry_request_org_principal_and_never_a_key(make_client, capsys):
    configure_logging("INFO", "json")
    try:
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        agent = await create_agent(owner, org)
        key = (await create_key(owner, org, agent["id"]))["key"]
        client = await make_client()
        await client.get(f"/api/v1/orgs/{org}/agents", headers=bearer(key))
        structlog.get_logger("test").info("probe", api_key=key, note=f"leaked {key}")
        err = capsys.readouterr().err
    finally:
        structlog.reset_defaults()
        logging.getLogger().handlers.clear()
    assert key not in err
    assert key.split("_")[2] not in err
    line = next(
        line
        for line in err.splitlines()
        if '"route": "/api/v1/orgs/{org_slug}/agents"' in line and '"method": "GET"' in line
    )
    assert '"request_id"' in line
    assert f'"org": "{org}"' in line
    assert f'"principal": "agent:{agent["id"]}"' in line


def _from(client, ip: str):
    import httpx

    app = client._transport.app
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app, client=(ip, 4321)), base_url="http://test"
    )


class TestMetricsAccess:
    async def test_closed_by_default(self, make_client):
        client = await make_client()
        for headers in ({}, bearer("anything-at-all")):
            response = await client.get("/metrics", headers=headers)
            assert response.status_code == 401, response.text
            assert response.json()["error"]["code"] == "metrics_unauthorized"
            assert "mc_http_requests_total" not in response.text

    async def test_a_bearer_token_from_settings_opens_it(self, make_client):
        client = await make_client(metrics_token=METRICS_TOKEN)
        assert (await client.get("/metrics")).status_code == 401
        assert (await client.get("/metrics", headers=bearer("wrong-token"))).status_code == 401
        right = await client.get("/metrics", headers=bearer(METRICS_TOKEN))
        assert right.status_code == 200 and "mc_http_requests_total" in right.text

    async def test_open_metrics_only_from_listed_addresses(self, make_client):
        client = await make_client(metrics_allow_networks="10.9.0.0/16")
        inside, outside = _from(client, "10.9.8.7"), _from(client, "127.0.0.1")
        try:
            assert (await inside.get("/metrics")).status_code == 200
            assert (await outside.get("/metrics")).status_code == 401
        finally:
            await inside.aclose()
            await outside.aclose()
