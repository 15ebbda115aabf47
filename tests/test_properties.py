"""Property: hostile input never reaches a 500 and never half-writes anything.

Hypothesis generates bodies for every create and update route and values for every list
filter — NUL characters, lone surrogates, huge strings, deeply nested JSON, numbers past
int64, wrong types — and the API must answer each with a 2xx or a 4xx in the one error
shape; a 4xx must leave the org's rows and event log exactly as they were.
"""

from __future__ import annotations

import json
from typing import Any

import asyncpg
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mission_control.core.db import plain_url
from tests.fixtures.factories import bearer, create_agent, create_key
from tests.tasks.helpers import World, project, task, world

NUL = st.text(min_size=0, max_size=20).map(lambda s: s[:5] + "\x00" + s[5:])
SURROGATE = st.sampled_from(["\ud800", "a\udfffb", "\udbff\udc00x"])
HUGE = st.integers(100_000, 1_100_000).map(lambda n: "x" * n)
NESTED = st.integers(1, 300).map(lambda depth: json.loads("[" * depth + "]" * depth))
# Whole bodies nested far deeper than any parser's recursion, sent as raw text.
DEEP_RAW = st.integers(1_000, 200_000).map(lambda depth: ("[" * depth + "]" * depth).encode())
NUMBERS = st.sampled_from([2**63, -(2**63) - 1, 10**40, 1e308, -1, 0])
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
HOSTILE = st.one_of(NUL, SURROGATE, HUGE, NESTED, NUMBERS, JSONISH, st.text(max_size=200))
HOSTILE_QUERY = st.one_of(
    NUL, st.text(max_size=300), st.sampled_from(["9" * 40, "-1", "", "%", "*", "a.*", "\\"])
)

# (method, path, a valid body): each field is kept or replaced with something hostile.
ROUTES: list[tuple[str, str, dict[str, Any]]] = [
    ("POST", "/projects", {"key": "NEWP", "name": "n", "description": "d"}),
    ("PATCH", "/projects/MC", {"name": "n", "description": "d", "lease_seconds": 60}),
    ("POST", "/projects/MC/move", {"stage": "active"}),
    (
        "POST",
        "/projects/MC/tasks",
        {"title": "t", "description": "d", "labels": ["a"], "priority": "low", "status": "todo"},
    ),
    ("PATCH", "/tasks/MC-1", {"title": "t", "description": "d", "labels": ["a"]}),
    ("POST", "/tasks/MC-1/transition", {"status": "in_progress"}),
    ("POST", "/tasks/MC-1/move", {"status": "backlog"}),
    ("POST", "/tasks/MC-1/dependencies", {"depends_on": "MC-2"}),
    ("POST", "/tasks/MC-1/release", {"reason": "r"}),
    ("POST", "/tasks/claim-next", {"project": "MC", "labels": ["a"], "min_priority": "low"}),
    ("POST", "/agents", {"name": "agent-x", "description": "d", "capabilities": ["c"]}),
    ("PATCH", "/agents/{agent}", {"name": "agent-y", "description": "d"}),
    ("POST", "/agents/{agent}/keys", {"name": "k", "scopes": ["tasks:read"]}),
    ("POST", "/agents/{agent}/heartbeat", {"status": "online"}),
    (
        "POST",
        "/sub-agents",
        {"name": "s", "purpose": "p", "parent_id": "{agent}", "scopes": ["tasks:read"]},
    ),
    ("POST", "/subscriptions", {"project": "MC"}),
    ("POST", "/webhooks", {"url": "https://hooks.example.com/x", "event_types": ["task.*"]}),
    ("POST", "/members", {"email": "someone@example.com", "role": "member"}),
]
# (path, filters) for the lists.
LISTS: list[tuple[str, list[str]]] = [
    ("/tasks", ["status", "assignee", "label", "q", "cursor", "limit", "project"]),
    ("/projects/MC/tasks", ["status", "cursor", "limit"]),
    ("/projects", ["stage", "cursor", "limit"]),
    ("/events", ["type", "entity_type", "entity_id", "project_id", "since", "cursor", "order"]),
    ("/agents", ["cursor", "limit"]),
    ("/approvals", ["status", "cursor"]),
    ("/notifications", ["cursor", "unread"]),
    ("/sub-agents", ["status", "cursor"]),
    ("/subscriptions", ["cursor"]),
    ("/webhooks", ["cursor"]),
]
TABLES = (
    "projects",
    "tasks",
    "agents",
    "api_keys",
    "subscriptions",
    "webhooks",
    "invitations",
    "events",
    "task_dependencies",
)


def _shape_ok(response: httpx.Response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"}, body
        assert {"code", "message", "details"} <= set(body["error"])


async def _counts(owner_url: str, org: str) -> dict[str, int]:
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        org_id = await conn.fetchval("SELECT id FROM organizations WHERE slug = $1", org)
        return {
            t: await conn.fetchval(f"SELECT count(*) FROM {t} WHERE org_id = $1", org_id)
            for t in TABLES
        }
    finally:
        await conn.close()


@pytest.fixture
async def hostile(make_client: Any) -> tuple[World, httpx.AsyncClient, dict[str, str], str]:
    w = await world(make_client)
    await project(w, "MC")
    await task(w, "MC", "one")
    await task(w, "MC", "two")
    agent = await create_agent(w.owner, w.org)
    key = await create_key(w.owner, w.org, agent["id"], scopes=["admin", "subagents:spawn"])
    return w, await make_client(), bearer(key["key"]), agent["id"]


def _fill(template: dict[str, Any], agent: str) -> dict[str, Any]:
    return {
        k: (v.replace("{agent}", agent) if isinstance(v, str) else v) for k, v in template.items()
    }


QUICK = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class TestHostileInput:
    @QUICK
    @given(data=st.data())
    async def test_creates_and_updates_answer_4xx_and_write_nothing(
        self, hostile: Any, owner_url: str, data: st.DataObject
    ) -> None:
        w, client, h, agent = hostile
        method, path, template = data.draw(st.sampled_from(ROUTES), label="route")
        body = _fill(template, agent)
        field = data.draw(st.sampled_from([*body, "(extra)"]), label="field")
        body[field if field != "(extra)" else "unexpected"] = data.draw(HOSTILE, label="value")
        whole = data.draw(st.sampled_from(["field", "value", "deep"]), label="what is hostile")
        if whole == "deep":
            raw = data.draw(DEEP_RAW)
        else:
            payload: Any = data.draw(HOSTILE) if whole == "value" else body
            raw = json.dumps(payload).encode()
        before = await _counts(owner_url, w.org)
        response = await client.request(
            method,
            w.url(path.replace("{agent}", agent)),
            content=raw,
            headers={**h, "content-type": "application/json"},
        )
        _shape_ok(response)
        if response.status_code >= 400:
            assert await _counts(owner_url, w.org) == before, (method, path)

    @QUICK
    @given(data=st.data())
    async def test_list_filters_answer_2xx_or_4xx(self, hostile: Any, data: st.DataObject) -> None:
        w, client, h, _ = hostile
        path, names = data.draw(st.sampled_from(LISTS), label="list")
        params = {
            name: data.draw(HOSTILE_QUERY, label=name)
            for name in data.draw(st.lists(st.sampled_from(names), max_size=3, unique=True))
        }
        response = await client.get(w.url(path), params=params, headers=h)
        _shape_ok(response)
