"""Another org sees nothing (404 everywhere); viewers read only; bad input is refused."""

from tests.fixtures.factories import add_member, signup
from tests.tasks.helpers import project, task, transition, world


class TestIsolation:
    async def test_another_org_gets_404_everywhere(self, make_client):
        w = await world(make_client)
        await project(w, "MC", requires_approval=True)
        t = await task(w, "MC")
        other = await task(w, "MC", "Other")
        await transition(w, t["ref"], "in_progress")
        approval = (await transition(w, t["ref"], "done")).json()
        # A stranger with their own org, addressing the victim's org or their own.
        stranger = await world(make_client)
        await project(stranger, "MC")
        ref, tid, aid = t["ref"], t["id"], approval["id"]
        for base in (f"/api/v1/orgs/{w.org}", f"/api/v1/orgs/{stranger.org}"):
            calls = [
                ("GET", "/projects/MC", None),
                ("GET", "/projects/MC/tasks", None),
                ("POST", "/projects/MC/tasks", {"title": "x"}),
                ("PATCH", "/projects/MC", {"name": "x"}),
                ("POST", "/projects/MC/move", {"stage": "active"}),
                ("DELETE", "/projects/MC", None),
                ("GET", f"/tasks/{tid}", None),
                ("PATCH", f"/tasks/{tid}", {"title": "x"}),
                ("POST", f"/tasks/{tid}/transition", {"status": "todo"}),
                ("POST", f"/tasks/{tid}/move", {}),
                ("POST", f"/tasks/{tid}/claim", None),
                ("POST", f"/tasks/{tid}/release", None),
                ("GET", f"/tasks/{tid}/dependencies", None),
                ("POST", f"/tasks/{tid}/dependencies", {"depends_on": other["id"]}),
                ("DELETE", f"/tasks/{tid}/dependencies/{other['id']}", None),
                ("POST", f"/approvals/{aid}/approve", None),
                ("POST", f"/approvals/{aid}/reject", None),
            ]
            if base.endswith(stranger.org):
                # In their own org the victim's ids and refs resolve to nothing.
                calls = [c for c in calls if "/projects/MC" not in c[1]]
                calls.append(("GET", f"/tasks/{ref}", None))
            for method, path, body in calls:
                response = await stranger.client.request(method, base + path, json=body)
                assert response.status_code == 404, (base, method, path, response.text)
        mine = await stranger.client.get(stranger.url("/tasks"))
        assert mine.json()["items"] == []
        approvals = await stranger.client.get(stranger.url("/approvals"))
        assert approvals.json()["items"] == []
        projects = await stranger.client.get(stranger.url("/projects"))
        assert [p["key"] for p in projects.json()["items"]] == ["MC"]
        assert projects.json()["items"][0]["id"] != t["project_id"]


class TestPermissions:
    async def test_viewer_reads_but_cannot_write(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        t = await task(w, "MC")
        viewer = await signup(await make_client())
        await add_member(w.owner, w.org, viewer, "viewer")
        assert (await viewer.client.get(w.url("/projects/MC"))).status_code == 200
        assert (await viewer.client.get(w.url(f"/tasks/{t['ref']}"))).status_code == 200
        assert (await viewer.client.get(w.url("/tasks"))).status_code == 200
        for method, path, body in [
            ("POST", "/projects", {"key": "NEW", "name": "New"}),
            ("POST", "/projects/MC/tasks", {"title": "x"}),
            ("PATCH", f"/tasks/{t['ref']}", {"title": "x"}),
            ("POST", f"/tasks/{t['ref']}/claim", None),
            ("POST", "/tasks/claim-next", {}),
        ]:
            response = await viewer.client.request(method, w.url(path), json=body)
            assert response.status_code == 403, (method, path, response.text)


class TestBadInput:
    async def test_unknown_fields_bad_refs_bad_cursor(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        t = await task(w, "MC")
        unknown = await w.client.post(w.url("/projects/MC/tasks"), json={"title": "x", "nope": 1})
        assert unknown.status_code == 422
        unknown = await w.client.patch(w.url(f"/tasks/{t['ref']}"), json={"status": "done"})
        assert unknown.status_code == 422
        unknown = await w.client.post(w.url("/projects"), json={"key": "AB", "name": "x", "y": 1})
        assert unknown.status_code == 422
        assert (
            await w.client.post(w.url("/projects"), json={"key": "ab", "name": "x"})
        ).status_code == 422
        for ref in ("MC-999", "NOPE-1", "garbage", "MC-0", "00000000-0000-0000-0000-000000000000"):
            response = await w.client.get(w.url(f"/tasks/{ref}"))
            assert response.status_code == 404, ref
            assert response.json()["error"]["code"] == "task_not_found"
        dep = await w.client.post(
            w.url(f"/tasks/{t['ref']}/dependencies"), json={"depends_on": "MC-77"}
        )
        assert dep.status_code == 404
        assert (await w.client.get(w.url("/projects/NOPE/tasks"))).status_code == 404
        assert (await w.client.post(w.url("/approvals/not-an-id/approve"))).status_code == 404
        for path in ("/tasks", "/projects/MC/tasks", "/projects", "/approvals"):
            response = await w.client.get(w.url(path), params={"cursor": "not-a-cursor!"})
            assert response.status_code == 400, path
            assert response.json()["error"]["code"] == "invalid_cursor"
        bad_status = await w.client.get(w.url("/tasks"), params={"status": "nope"})
        assert bad_status.status_code == 400
        malformed = await w.client.post(
            w.url("/projects/MC/tasks"),
            content=b"{not json",
            headers={"Content-Type": "application/json"},
        )
        assert malformed.status_code == 400
        taken = await w.client.post(w.url("/projects"), json={"key": "MC", "name": "again"})
        assert taken.status_code == 409
