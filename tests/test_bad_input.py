"""Every bad input gets a clear 4xx in the one error shape, and nothing is written."""

from __future__ import annotations

import httpx
import pytest
from asgi_lifespan import LifespanManager

from mission_control.main import create_app
from tests.conftest import make_settings
from tests.fixtures.factories import bearer, create_agent, create_key, create_org, signup


async def _org(make_client):
    owner = await signup(await make_client())
    org = (await create_org(owner))["slug"]
    return owner, org


async def _event_count(owner, org) -> int:
    page = await owner.client.get(f"/api/v1/orgs/{org}/events?limit=500")
    return len(page.json()["items"])


def _assert_shape(response, status, code=None):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    assert "Traceback" not in response.text


class TestBodies:
    async def test_malformed_json_is_400(self, make_client):
        owner, org = await _org(make_client)
        before = await _event_count(owner, org)
        response = await owner.client.post(
            f"/api/v1/orgs/{org}/agents",
            content=b'{"name": "x",',
            headers={"content-type": "application/json"},
        )
        _assert_shape(response, 400, "malformed_json")
        assert await _event_count(owner, org) == before

    @pytest.mark.parametrize(
        "body",
        [
            {"name": 42},
            {"name": "ok", "capabilities": "not-a-list"},
            {"name": ""},
            {"name": "ok", "surprise": True},
            [],
        ],
    )
    async def test_schema_violations_are_422_with_details(self, make_client, body):
        owner, org = await _org(make_client)
        before = await _event_count(owner, org)
        response = await owner.client.post(f"/api/v1/orgs/{org}/agents", json=body)
        _assert_shape(response, 422, "validation_error")
        assert response.json()["error"]["details"][0]["loc"]
        assert await _event_count(owner, org) == before
        agents = await owner.client.get(f"/api/v1/orgs/{org}/agents")
        assert agents.json()["items"] == []

    async def test_validation_details_do_not_echo_the_input(self, make_client):
        client = await make_client()
        response = await client.post(
            "/api/v1/auth/signup", json={"email": "a@example.com", "password": "Zq9!x"}
        )
        _assert_shape(response, 422)
        assert "Zq9!x" not in response.text

    async def test_bodies_over_one_mebibyte_are_413(self, make_client):
        owner, org = await _org(make_client)
        big = b'{"name": "x", "description": "' + b"a" * (1024 * 1024) + b'"}'
        response = await owner.client.post(
            f"/api/v1/orgs/{org}/agents", content=big, headers={"content-type": "application/json"}
        )
        _assert_shape(response, 413, "payload_too_large")

        async def chunks():
            for _ in range(20):
                yield b"a" * 65536

        streamed = await owner.client.post(
            f"/api/v1/orgs/{org}/agents",
            content=chunks(),
            headers={"content-type": "application/json"},
        )
        _assert_shape(streamed, 413, "payload_too_large")
        assert (await owner.client.get(f"/api/v1/orgs/{org}/agents")).json()["items"] == []

    async def test_a_conflict_writes_nothing(self, make_client):
        owner, org = await _org(make_client)
        await create_agent(owner, org, "twin")
        before = await _event_count(owner, org)
        response = await owner.client.post(f"/api/v1/orgs/{org}/agents", json={"name": "twin"})
        _assert_shape(response, 409, "agent_name_taken")
        assert await _event_count(owner, org) == before


class TestQueries:
    @pytest.mark.parametrize("cursor", ["garbage!!", "eyJpZCI6ICJ4In0", "W10", "e30"])
    async def test_bad_cursors_are_400(self, make_client, cursor):
        owner, org = await _org(make_client)
        for path in ("events", "agents"):
            response = await owner.client.get(f"/api/v1/orgs/{org}/{path}?cursor={cursor}")
            _assert_shape(response, 400, "invalid_cursor")

    async def test_bad_query_values_are_422(self, make_client):
        owner, org = await _org(make_client)
        for query in ("limit=0", "limit=100000", "entity_id=not-a-uuid", "since=yesterday"):
            response = await owner.client.get(f"/api/v1/orgs/{org}/events?{query}")
            _assert_shape(response, 422)

    async def test_bad_path_ids_are_422_and_unknown_ids_404(self, make_client):
        owner, org = await _org(make_client)
        _assert_shape(await owner.client.get(f"/api/v1/orgs/{org}/agents/not-a-uuid"), 422)
        _assert_shape(
            await owner.client.get(
                f"/api/v1/orgs/{org}/agents/00000000-0000-0000-0000-000000000000"
            ),
            404,
            "agent_not_found",
        )

    async def test_unknown_routes_and_methods_use_the_error_shape(self, make_client):
        client = await make_client()
        _assert_shape(await client.get("/api/v1/nothing-here"), 404)
        _assert_shape(await client.put("/api/v1/auth/login"), 405)


async def test_a_crash_is_a_500_without_a_stack_trace(app_url, tmp_path):
    app = create_app(make_settings(app_url, tmp_path))

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    async with LifespanManager(app) as manager:
        transport = httpx.ASGITransport(app=manager.app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.get("/boom")
    _assert_shape(response, 500, "internal_error")
    assert "secret internals" not in response.text


async def test_agent_key_bad_input_is_rejected_the_same_way(make_client):
    owner, org = await _org(make_client)
    agent = await create_agent(owner, org)
    key = await create_key(owner, org, agent["id"])
    client = await make_client()
    response = await client.post(
        f"/api/v1/orgs/{org}/agents",
        content=b"{nope",
        headers={**bearer(key["key"]), "content-type": "application/json"},
    )
    _assert_shape(response, 400, "malformed_json")


class TestHostileValues:
    """Values that reached PostgreSQL and came back as 500s (and dropped the connection)."""

    async def _world(self, make_client):
        owner, org = await _org(make_client)
        response = await owner.client.post(
            f"/api/v1/orgs/{org}/projects", json={"key": "MC", "name": "MC"}
        )
        assert response.status_code == 201
        task = await owner.client.post(f"/api/v1/orgs/{org}/projects/MC/tasks", json={"title": "t"})
        return owner, org, task.json()

    @pytest.mark.parametrize(
        "body",
        [
            {"title": "nul \u0000 inside"},
            {"title": "fine", "description": "nul\x00"},
            {"title": "fine", "labels": ["ok", "bad\u0000"]},
            {"title": "lone surrogate \ud800"},
        ],
    )
    async def test_nul_bytes_and_lone_surrogates_in_bodies_are_422(self, make_client, body):
        owner, org, _ = await self._world(make_client)
        before = await _event_count(owner, org)
        raw = httpx_json(body)
        response = await owner.client.post(
            f"/api/v1/orgs/{org}/projects/MC/tasks",
            content=raw,
            headers={"content-type": "application/json"},
        )
        _assert_shape(response, 422)
        assert await _event_count(owner, org) == before

    @pytest.mark.parametrize(
        "query",
        [
            "label=a%00b",
            "q=%00",
            "assignee=%00",
            "status=todo%00",
            "limit=5&cursor=%00",
        ],
    )
    async def test_nul_bytes_in_query_parameters_are_422(self, make_client, query):
        owner, org, _ = await self._world(make_client)
        response = await owner.client.get(f"/api/v1/orgs/{org}/tasks?{query}")
        assert response.status_code in (400, 422), response.text
        _assert_shape(response, response.status_code)

    @pytest.mark.parametrize(
        "cursor_parts",
        [
            [10**30, "a0", "00000000-0000-4000-8000-000000000000"],
            [1, "a0", "not-a-uuid"],
            [1, "a0"],
            {"s": 1},
        ],
    )
    async def test_hostile_cursors_are_400(self, make_client, cursor_parts):
        import base64
        import json

        owner, org, _ = await self._world(make_client)
        cursor = base64.urlsafe_b64encode(json.dumps(cursor_parts).encode()).decode()
        for path in ("/tasks", "/projects", "/events", "/approvals", "/agents"):
            response = await owner.client.get(f"/api/v1/orgs/{org}{path}?cursor={cursor}")
            _assert_shape(response, 400, "invalid_cursor")

    @pytest.mark.parametrize("value", ["99999999999999999999", '"-1"', "1e3", "W/", "'7'"])
    async def test_odd_if_match_values_are_400(self, make_client, value):
        owner, org, task = await self._world(make_client)
        response = await owner.client.patch(
            f"/api/v1/orgs/{org}/tasks/{task['ref']}",
            json={"title": "x"},
            headers={"If-Match": value},
        )
        _assert_shape(response, 400, "invalid_if_match")

    async def test_huge_numbers_in_paths_are_4xx(self, make_client):
        owner, org, task = await self._world(make_client)
        for path in (
            f"/api/v1/orgs/{org}/notifications/99999999999999999999/read",
            f"/api/v1/orgs/{org}/tasks/MC-99999999999999999999",
        ):
            response = (
                await owner.client.post(path) if "read" in path else await owner.client.get(path)
            )
            assert 400 <= response.status_code < 500, (path, response.text)
            _assert_shape(response, response.status_code)

    async def test_approvals_page_through_their_own_cursor(self, make_client):
        owner, org = await _org(make_client)
        await owner.client.post(
            f"/api/v1/orgs/{org}/projects",
            json={"key": "AP", "name": "AP", "requires_approval": True, "stage": "active"},
        )
        for i in range(3):
            t = (
                await owner.client.post(
                    f"/api/v1/orgs/{org}/projects/AP/tasks", json={"title": f"t{i}"}
                )
            ).json()
            for status in ("in_progress", "done"):
                await owner.client.post(
                    f"/api/v1/orgs/{org}/tasks/{t['ref']}/transition", json={"status": status}
                )
        first = (await owner.client.get(f"/api/v1/orgs/{org}/approvals?limit=2")).json()
        assert len(first["items"]) == 2 and first["next_cursor"]
        second = await owner.client.get(
            f"/api/v1/orgs/{org}/approvals?limit=2&cursor={first['next_cursor']}"
        )
        assert second.status_code == 200, second.text
        assert len(second.json()["items"]) == 1

    async def test_a_unique_violation_is_409_not_500(self, make_client):
        owner, org = await _org(make_client)
        agent = await create_agent(owner, org, name="dup")
        other = await create_agent(owner, org, name="other")
        response = await owner.client.patch(
            f"/api/v1/orgs/{org}/agents/{other['id']}", json={"name": "dup"}
        )
        _assert_shape(response, 409)
        assert agent["name"] == "dup"


def httpx_json(body) -> bytes:
    """JSON with what json.dumps escapes kept as escapes (lone surrogates included)."""
    import json

    return json.dumps(body).encode()
