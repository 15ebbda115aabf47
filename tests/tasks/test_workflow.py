from tests.tasks.helpers import events, project, task, transition, world


class TestTaskBasics:
    async def test_create_numbers_and_refs(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        first = await task(w, "MC", "First", priority="high", labels=["api", "api", "db"])
        second = await task(w, "MC", "Second")
        assert (first["ref"], second["ref"]) == ("MC-1", "MC-2")
        assert first["labels"] == ["api", "db"]
        assert first["version"] == 1 and first["status"] == "todo"
        by_ref = await w.client.get(w.url("/tasks/mc-1"))
        by_id = await w.client.get(w.url(f"/tasks/{first['id']}"))
        assert by_ref.status_code == by_id.status_code == 200
        assert by_ref.json()["id"] == first["id"]
        assert by_ref.headers["etag"] == '"1"'
        created = await events(w, type="task.created")
        assert {e["project_id"] for e in created} == {first["project_id"]}

    async def test_transition_table(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        t = await task(w, "MC")
        refused = await transition(w, t["ref"], "done")
        assert refused.status_code == 409
        body = refused.json()["error"]
        assert body["code"] == "transition_not_allowed"
        assert body["details"]["allowed"] == ["backlog", "blocked", "cancelled", "in_progress"]
        for status in ("in_progress", "review", "done", "todo", "cancelled"):
            response = await transition(w, t["ref"], status)
            assert response.status_code == 200, response.text
            assert response.json()["status"] == status
        assert response.json()["version"] == 6
        changed = await events(w, type="task.status_changed")
        assert len(changed) == 5
        assert changed[0]["payload"]["before"]["status"] == "todo"
        assert changed[0]["payload"]["after"]["status"] == "cancelled"
