"""Tasks move to other projects (old refs keep resolving) and are archived; an archived
project refuses every write to its tasks with one error."""

from __future__ import annotations

from typing import Any

from tests.fixtures.factories import bearer, create_agent, create_key
from tests.tasks.helpers import events, project, task, transition, world


class TestMoveToAnotherProject:
    async def test_the_old_ref_and_the_new_one_name_the_same_task(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        await project(w, "OPS")
        await task(w, "OPS", "already there")
        moving = await task(w, "MC", "moving")
        other = await task(w, "MC", "depends on it")
        await w.client.post(
            w.url(f"/tasks/{other['ref']}/dependencies"), json={"depends_on": moving["ref"]}
        )
        moved = await w.client.post(w.url(f"/tasks/{moving['ref']}/move"), json={"project": "OPS"})
        assert moved.status_code == 200, moved.text
        body = moved.json()
        assert (
            body["ref"] == "OPS-2" and body["project_key"] == "OPS" and body["id"] == moving["id"]
        )
        for ref in ("MC-1", "OPS-2", moving["id"]):
            got = await w.client.get(w.url(f"/tasks/{ref}"))
            assert got.status_code == 200 and got.json()["id"] == moving["id"], ref
        # Every route that takes a ref resolves the old one.
        edited = await w.client.patch(w.url("/tasks/MC-1"), json={"title": "renamed"})
        assert edited.json()["ref"] == "OPS-2" and edited.json()["title"] == "renamed"
        assert (await transition(w, "MC-1", "in_progress")).json()["ref"] == "OPS-2"
        deps = await w.client.get(w.url(f"/tasks/{other['ref']}/dependencies"))
        assert [t["ref"] for t in deps.json()["items"]] == ["OPS-2"]
        # MC's numbering goes on; MC-1 is never handed out again.
        assert (await task(w, "MC", "next"))["ref"] == "MC-3"
        assert (await w.client.get(w.url("/tasks/MC-1"))).json()["id"] == moving["id"]
        logged = await events(w, type="task.project_changed")
        assert logged[0]["payload"]["before"]["ref"] == "MC-1"
        assert logged[0]["payload"]["after"]["ref"] == "OPS-2"

    async def test_bad_targets_are_refused(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        t = await task(w, "MC", "t")
        missing = await w.client.post(w.url(f"/tasks/{t['ref']}/move"), json={"project": "NOPE"})
        assert missing.status_code == 404
        await project(w, "OLD")
        await w.client.delete(w.url("/projects/OLD"))
        archived = await w.client.post(w.url(f"/tasks/{t['ref']}/move"), json={"project": "OLD"})
        assert archived.status_code == 409
        assert archived.json()["error"]["code"] == "project_archived"

    async def test_a_limited_key_cannot_move_a_task_out_of_its_projects(
        self, make_client: Any
    ) -> None:
        w = await world(make_client)
        await project(w, "IN")
        await project(w, "OUT")
        t = await task(w, "IN", "t")
        agent = await create_agent(w.owner, w.org)
        key = await create_key(
            w.owner, w.org, agent["id"], scopes=["tasks:write"], project_keys=["IN"]
        )
        client = await make_client()
        moved = await client.post(
            w.url(f"/tasks/{t['ref']}/move"), json={"project": "OUT"}, headers=bearer(key["key"])
        )
        assert moved.status_code == 404


class TestArchive:
    async def test_an_archived_task_leaves_the_board_and_claim_next(self, make_client: Any) -> None:
        w = await world(make_client)
        await project(w, "MC")
        t = await task(w, "MC", "old")
        archived = await w.client.post(w.url(f"/tasks/{t['ref']}/archive"))
        assert archived.status_code == 200 and archived.json()["archived_at"] is not None
        board = (await w.client.get(w.url("/projects/MC/tasks"))).json()["items"]
        assert board == []
        everything = (await w.client.get(w.url("/projects/MC/tasks?include_archived=true"))).json()
        assert [x["ref"] for x in everything["items"]] == [t["ref"]]
        assert (await w.client.get(w.url(f"/tasks/{t['ref']}"))).status_code == 200
        claimed = await w.client.post(w.url("/tasks/claim-next"), json={})
        assert claimed.status_code == 204
        refused = await w.client.patch(w.url(f"/tasks/{t['ref']}"), json={"title": "x"})
        assert refused.status_code == 409 and refused.json()["error"]["code"] == "task_archived"
        restored = await w.client.post(w.url(f"/tasks/{t['ref']}/restore"))
        assert restored.json()["archived_at"] is None
        assert (await w.client.post(w.url("/tasks/claim-next"), json={})).status_code == 200
        types = [e["type"] for e in await events(w, entity_id=t["id"])]
        assert "task.archived" in types and "task.restored" in types


class TestArchivedProject:
    async def test_every_write_to_its_tasks_is_refused_with_one_error(
        self, make_client: Any
    ) -> None:
        w = await world(make_client)
        await project(w, "MC")
        await project(w, "OPS")
        a = await task(w, "MC", "a")
        b = await task(w, "MC", "b")
        elsewhere = await task(w, "OPS", "c")
        await w.client.delete(w.url("/projects/MC"))
        for method, path, body in [
            ("PATCH", f"/tasks/{a['ref']}", {"title": "x"}),
            ("POST", f"/tasks/{a['ref']}/transition", {"status": "in_progress"}),
            ("POST", f"/tasks/{a['ref']}/move", {"status": "backlog"}),
            ("POST", f"/tasks/{a['ref']}/move", {"project": "OPS"}),
            ("POST", f"/tasks/{a['ref']}/claim", None),
            ("POST", f"/tasks/{a['ref']}/release", {}),
            ("POST", f"/tasks/{a['ref']}/archive", None),
            ("POST", f"/tasks/{a['ref']}/dependencies", {"depends_on": elsewhere["ref"]}),
            ("DELETE", f"/tasks/{a['ref']}/dependencies/{b['ref']}", None),
            ("POST", "/projects/MC/tasks", {"title": "new"}),
        ]:
            response = await w.client.request(method, w.url(path), json=body)
            assert response.status_code == 409, (method, path, response.text)
            assert response.json()["error"]["code"] == "project_archived", (method, path)
        assert (await w.client.get(w.url(f"/tasks/{a['ref']}"))).status_code == 200
