"""Helpers for export tests: an org with every kind of row, polling, reading a zip."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import time
import zipfile
from typing import Any

import asyncpg

from mission_control.core.db import plain_url
from tests.fixtures.factories import (
    add_member,
    bearer,
    create_agent,
    create_key,
    signup,
)
from tests.tasks.helpers import World, project, task, transition, world


async def rich_world(make_client: Any, **settings: Any) -> World:
    """An org with rows in (nearly) every tenant table, made through the API."""
    w = await world(make_client, **settings)
    await project(w, "MC", requires_approval=True)
    await project(w, "OPS")
    a = await task(w, title="first", labels=["x"])
    b = await task(w, title="second")
    await task(w, "OPS", title="third")
    assert (
        await w.client.post(w.url(f"/tasks/{b['ref']}/dependencies"), json={"depends_on": a["ref"]})
    ).status_code == 201
    assert (await transition(w, a["ref"], "in_progress")).status_code == 200
    assert (await transition(w, a["ref"], "done")).status_code == 202  # an approval
    moved = await task(w, title="to move")
    assert (
        await w.client.post(w.url(f"/tasks/{moved['ref']}/move"), json={"project": "OPS"})
    ).status_code == 200
    agent = await create_agent(w.owner, w.org)
    key = await create_key(w.owner, w.org, agent["id"], scopes=["tasks:write", "subagents:spawn"])
    spawned = await w.client.post(
        w.url("/sub-agents"), json={"name": "helper"}, headers=bearer(key["key"])
    )
    assert spawned.status_code == 201, spawned.text
    assert (await w.client.post(w.url("/subscriptions"), json={"project": "MC"})).status_code == 201
    invited = await w.client.post(
        w.url("/members"), json={"email": "later@example.com", "role": "member"}
    )
    assert invited.status_code == 202
    hook = await w.client.post(
        w.url("/webhooks"), json={"url": "http://127.0.0.1:9/hook", "event_types": ["task.created"]}
    )
    assert hook.status_code == 201, hook.text
    talk = await w.client.post(w.url("/channels"), json={"name": "talk", "project": "MC"})
    assert talk.status_code == 201, talk.text
    secret = await w.client.post(
        w.url("/channels"), json={"name": "secret", "visibility": "private"}
    )
    for room in (talk.json()["id"], secret.json()["id"]):
        for body in ("hello", 'a line with \\ a backslash, "quotes", a tab\tand\nnewline ✓'):
            posted = await w.client.post(w.url(f"/channels/{room}/messages"), json={"body": body})
            assert posted.status_code == 201, posted.text
    comment = await w.client.post(w.url(f"/tasks/{b['ref']}/comments"), json={"body": "on it"})
    assert comment.status_code == 201, comment.text
    # Another member's change notifies the owner (subscribed to MC).
    other = await signup(await make_client(**settings))
    await add_member(w.owner, w.org, other, "member")
    made = await other.client.post(w.url("/projects/MC/tasks"), json={"title": "by the member"})
    assert made.status_code == 201
    # Let the event consumer catch up (deliveries and notifications), so that the only rows
    # the org gains while it is exported are the export's own events.
    deliveries = w.url(f"/webhooks/{hook.json()['id']}/deliveries")
    for _ in range(200):
        if len((await w.client.get(deliveries)).json()["items"]) == 1:
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError("the event consumer did not catch up")
    return w


async def wait_for(w: World, export_id: str, statuses: set[str], timeout: float = 60) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        response = await w.client.get(w.url(f"/exports/{export_id}"))
        assert response.status_code == 200, response.text
        body = response.json()
        if body["status"] in statuses:
            return body
        if time.monotonic() > deadline:
            raise AssertionError(f"export still {body['status']}: {body}")
        await asyncio.sleep(0.1)


def read_zip(data: bytes) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The manifest and each file's rows; every file checked against the manifest."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        files = {}
        for entry in manifest["files"]:
            raw = zf.read(entry["name"])
            assert hashlib.sha256(raw).hexdigest() == entry["sha256"], entry["name"]
            assert len(raw) == entry["bytes"]
            rows = [json.loads(line) for line in raw.splitlines()]
            assert len(rows) == entry["rows"], entry["name"]
            files[entry["name"].removesuffix(".jsonl")] = rows
        assert sorted(zf.namelist()) == sorted(
            [*(e["name"] for e in manifest["files"]), "manifest.json"]
        )
    return manifest, files


async def tenant_counts(
    owner_url: str, org_id: str, last_event: int | None = None
) -> dict[str, int]:
    """Every tenant table's rows of the org, counted as the owner (no RLS in the way);
    events only up to `last_event` (the export writes its own after its snapshot)."""
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        tables = [
            r["relname"]
            for r in await conn.fetch(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                " AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid"
                " AND a.attname = 'org_id')"
            )
        ]
        counts = {
            t: await conn.fetchval(f'SELECT count(*) FROM "{t}" WHERE org_id = $1', org_id)
            for t in tables
        }
        if last_event is not None:
            counts["events"] = await conn.fetchval(
                "SELECT count(*) FROM events WHERE org_id = $1 AND id <= $2", org_id, last_event
            )
        return counts
    finally:
        await conn.close()
