"""Exports through the API and the in-process runner: contents, manifest, download, rules."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import asyncpg

from mission_control.core.db import plain_url
from tests.exports.helpers import read_zip, rich_world, tenant_counts, wait_for
from tests.fixtures.factories import add_member, bearer, create_agent, create_key, signup
from tests.tasks.helpers import World, project, task, world

FAST = {"worker_sweep_seconds": 0.3, "webhook_allow_networks": "127.0.0.0/8"}


async def export_done(w: World) -> dict[str, Any]:
    response = await w.client.post(w.url("/exports"))
    assert response.status_code == 202, response.text
    assert response.json()["status"] == "pending"
    return dict(await wait_for(w, response.json()["id"], {"done", "failed"}))


async def download(w: World, export: dict[str, Any], **headers: str) -> Any:
    return await w.client.get(export["download_url"], headers=headers)


class TestContents:
    async def test_every_row_of_the_org_and_none_of_another(
        self, make_client: Any, owner_url: str, tmp_path: Path
    ) -> None:
        settings = {**FAST, "export_dir": tmp_path / "exports"}
        w = await rich_world(make_client, **settings)
        other = await rich_world(make_client, **settings)
        export = await export_done(w)
        assert export["status"] == "done", export
        assert export["rows_done"] == export["rows_total"] > 0
        assert export["progress"] == 1.0
        response = await download(w, export)
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/zip"
        manifest, files = read_zip(response.content)

        org_id = manifest["org"]["id"]
        assert manifest["org"]["slug"] == w.org
        assert manifest["schema_revision"] == "0011_exports"
        assert manifest["time_range"]["from"] <= manifest["time_range"]["to"]
        counts = await tenant_counts(owner_url, org_id, last_event=manifest["events"]["last_id"])
        exported = {name: len(rows) for name, rows in files.items()}
        for table, count in counts.items():
            if table in ("exports", "idempotency_keys", "ws_tickets"):
                continue
            assert exported[table] == count, table
        # Every kind of row the org has was made, and exported.
        for table in (
            "projects", "tasks", "task_counters", "task_dependencies", "approvals",
            "task_refs", "agents", "api_keys", "memberships", "invitations", "events",
            "subscriptions", "webhooks", "notifications", "channels", "channel_members",
            "messages",
        ):  # fmt: skip
            assert exported[table] > 0, table
        assert manifest["total_rows"] == sum(exported.values()) == export["rows_total"]
        assert [row["id"] for row in files["organization"]] == [org_id]
        assert len(files["users"]) == 2 and all("password_hash" not in u for u in files["users"])
        for name, rows in files.items():
            if name not in ("organization", "users"):
                assert {row["org_id"] for row in rows} <= {org_id}, name
                assert all("search_vector" not in row and "search" not in row for row in rows)
        bodies = {m["body"] for m in files["messages"]}
        assert 'a line with \\ a backslash, "quotes", a tab\tand\nnewline ✓' in bodies
        # The other org's rows are not there, by id either.
        other_counts = await tenant_counts(owner_url, (await org_id_of(owner_url, other.org)))
        assert other_counts["tasks"] > 0
        other_ids = await ids_of(owner_url, other.org, "tasks")
        assert not other_ids & {row["id"] for row in files["tasks"]}
        # The zip's own checksum is on the row; the file is where the row says.
        assert (
            tmp_path / "exports" / org_id / f"{export['id']}.zip"
        ).read_bytes() == response.content
        events = (await w.client.get(w.url("/events"), params={"type": "export.completed"})).json()
        assert [e["entity_id"] for e in events["items"]] == [export["id"]]

    async def test_a_failure_is_recorded_with_its_error(
        self, make_client: Any, tmp_path: Path
    ) -> None:
        blocker = tmp_path / "not-a-folder"
        blocker.write_text("a file where the export folder should be")
        w = await world(make_client, export_dir=blocker, export_max_attempts=2, **FAST)
        export = await export_done(w)
        assert export["status"] == "failed"
        assert export["attempts"] == 2
        assert "NotADirectoryError" in export["error"] or "FileExistsError" in export["error"]
        assert export["download_url"] is None
        response = await w.client.get(w.url(f"/exports/{export['id']}/download"))
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "export_not_ready"


class TestDownload:
    async def test_ranges_resume_a_download(self, make_client: Any, tmp_path: Path) -> None:
        w = await world(make_client, export_dir=tmp_path, **FAST)
        await project(w, "MC")
        for i in range(30):
            await task(w, title=f"task {i}", description="words " * 50)
        export = await export_done(w)
        whole = (await download(w, export)).content
        assert len(whole) == export["size_bytes"]
        import hashlib

        assert hashlib.sha256(whole).hexdigest() == export["sha256"]
        part = await download(w, export, Range="bytes=100-")
        assert part.status_code == 206
        assert part.headers["content-range"] == f"bytes 100-{len(whole) - 1}/{len(whole)}"
        assert whole[:100] + part.content == whole
        middle = await download(w, export, Range="bytes=10-19")
        assert (middle.status_code, middle.content) == (206, whole[10:20])
        tail = await download(w, export, Range="bytes=-7")
        assert (tail.status_code, tail.content) == (206, whole[-7:])
        beyond = await download(w, export, Range=f"bytes={len(whole)}-")
        assert beyond.status_code == 416
        assert beyond.headers["content-range"] == f"bytes */{len(whole)}"
        assert beyond.json()["error"]["code"] == "range_not_satisfiable"
        stale = await download(w, export, Range="bytes=100-", **{"If-Range": '"other"'})
        assert (stale.status_code, stale.content) == (200, whole)
        several = await download(w, export, Range="bytes=0-1,5-6")
        assert (several.status_code, several.content) == (200, whole)

    async def test_files_expire_after_retention(self, make_client: Any, tmp_path: Path) -> None:
        w = await world(make_client, export_dir=tmp_path, export_retention_hours=1 / 3600, **FAST)
        export = await export_done(w)
        path = tmp_path / export["manifest"]["org"]["id"] / f"{export['id']}.zip"
        assert path.exists()
        for _ in range(100):
            body = (await w.client.get(w.url(f"/exports/{export['id']}"))).json()
            if body["expired"]:
                break
            await asyncio.sleep(0.1)
        assert body["expired"] and body["download_url"] is None
        assert not path.exists()
        gone = await download(w, export)
        assert gone.status_code == 410
        assert gone.json()["error"]["code"] == "export_expired"
        events = (await w.client.get(w.url("/events"), params={"type": "export.expired"})).json()
        assert [e["entity_id"] for e in events["items"]] == [export["id"]]


class TestAccess:
    async def test_admins_only_whole_org_keys_and_not_another_org(
        self, make_client: Any, tmp_path: Path
    ) -> None:
        w = await world(make_client, export_dir=tmp_path, **FAST)
        await project(w, "MC")
        export = await export_done(w)
        member = await signup(await make_client(export_dir=tmp_path, **FAST))
        await add_member(w.owner, w.org, member, "member")
        for method, path in [
            ("POST", "/exports"),
            ("GET", "/exports"),
            ("GET", f"/exports/{export['id']}"),
            ("GET", f"/exports/{export['id']}/download"),
        ]:
            response = await member.client.request(method, w.url(path))
            assert response.status_code == 403, (path, response.text)
        agent = await create_agent(w.owner, w.org)
        limited = await create_key(
            w.owner, w.org, agent["id"], scopes=["admin"], project_keys=["MC"]
        )
        refused = await member.client.post(w.url("/exports"), headers=bearer(limited["key"]))
        assert refused.status_code == 403
        assert refused.json()["error"]["code"] == "wider_than_maker"
        whole = await create_key(w.owner, w.org, agent["id"], scopes=["admin"])
        listed = await member.client.get(w.url("/exports"), headers=bearer(whole["key"]))
        assert [e["id"] for e in listed.json()["items"]] == [export["id"]]

        stranger = await world(make_client, export_dir=tmp_path, **FAST)
        for path in (f"/exports/{export['id']}", f"/exports/{export['id']}/download"):
            response = await stranger.client.get(f"/api/v1/orgs/{stranger.org}{path}")
            assert response.status_code == 404
            assert response.json()["error"]["code"] == "export_not_found"
        assert (await stranger.client.get(stranger.url("/exports/not-a-uuid"))).status_code == 404
        assert (await stranger.client.get(stranger.url("/exports"))).json()["items"] == []


async def org_id_of(owner_url: str, slug: str) -> str:
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        return str(await conn.fetchval("SELECT id FROM organizations WHERE slug = $1", slug))
    finally:
        await conn.close()


async def ids_of(owner_url: str, slug: str, table: str) -> set[str]:
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        rows = await conn.fetch(
            f"SELECT t.id FROM {table} t JOIN organizations o ON o.id = t.org_id WHERE o.slug = $1",
            slug,
        )
        return {str(r["id"]) for r in rows}
    finally:
        await conn.close()
