from tests.tasks.helpers import events, project, world


class TestProjectLifecycle:
    async def test_stages_archive_restore_and_events(self, make_client):
        w = await world(make_client)
        p = await project(w, "MC", description="The board")
        assert p["stage"] == "proposed" and p["owner_id"] == w.owner.user["id"]
        moved = await w.client.patch(w.url("/projects/MC"), json={"stage": "planning"})
        assert moved.json()["stage"] == "planning"
        archived = await w.client.delete(w.url("/projects/MC"))
        assert archived.status_code == 200 and archived.json()["stage"] == "archived"
        listed = (await w.client.get(w.url("/projects"))).json()["items"]
        assert listed == []
        with_archived = await w.client.get(w.url("/projects"), params={"include_archived": True})
        assert [x["key"] for x in with_archived.json()["items"]] == ["MC"]
        blocked = await w.client.post(w.url("/projects/MC/tasks"), json={"title": "x"})
        assert blocked.status_code == 409
        restored = await w.client.post(w.url("/projects/MC/move"), json={"stage": "active"})
        assert restored.json()["stage"] == "active" and restored.json()["archived_at"] is None
        updated = await w.client.patch(
            w.url("/projects/MC"),
            json={"name": "Mission", "requires_approval": True, "approvers": [w.owner.user["id"]]},
        )
        assert updated.json()["requires_approval"] is True
        types = [e["type"] for e in await events(w, type="project.*")]
        assert types == [
            "project.updated",
            "project.restored",
            "project.archived",
            "project.stage_changed",
            "project.created",
        ]
        log = await events(w, type="project.stage_changed")
        assert log[0]["payload"]["before"]["stage"] == "proposed"
        assert log[0]["payload"]["after"]["stage"] == "planning"

    async def test_lane_order_with_moves(self, make_client):
        w = await world(make_client)
        a, b, c = [await project(w, k) for k in ("AA", "BB", "CC")]
        order = [x["key"] for x in (await w.client.get(w.url("/projects"))).json()["items"]]
        assert order == ["AA", "BB", "CC"]
        response = await w.client.post(w.url("/projects/CC/move"), json={"before": a["id"]})
        assert response.status_code == 200
        response = await w.client.post(
            w.url("/projects/AA/move"), json={"after": c["id"], "before": b["id"]}
        )
        assert response.status_code == 200
        order = [x["key"] for x in (await w.client.get(w.url("/projects"))).json()["items"]]
        assert order == ["CC", "AA", "BB"]
        lane = await w.client.post(w.url("/projects/BB/move"), json={"stage": "active"})
        assert lane.json()["stage"] == "active"
        paged, cursor = [], None
        while True:
            params = {"limit": 1, **({"cursor": cursor} if cursor else {})}
            page = (await w.client.get(w.url("/projects"), params=params)).json()
            paged += [x["key"] for x in page["items"]]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert paged == ["CC", "AA", "BB"]
        moved = await events(w, type="project.moved")
        assert len(moved) == 2
        assert moved[1]["payload"]["after"]["position"] < a["position"]
        bad = await w.client.post(w.url("/projects/AA/move"), json={"after": b["id"]})
        assert bad.status_code == 422  # BB is in another lane now
