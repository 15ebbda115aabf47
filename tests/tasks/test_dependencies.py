import asyncio
import itertools
import string

from tests.tasks.helpers import events, project, task, transition, world


async def depend(w, ref, on):
    return await w.client.post(w.url(f"/tasks/{ref}/dependencies"), json={"depends_on": on})


class TestCycles:
    async def test_chain_a_to_z_then_z_to_a_is_a_cycle(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        await project(w, "OPS")
        # Alternate projects: dependencies cross projects of the org.
        refs = [
            (await task(w, "MC" if i % 2 == 0 else "OPS", f"Step {letter}"))["ref"]
            for i, letter in enumerate(string.ascii_uppercase)
        ]
        for a, b in itertools.pairwise(refs):
            response = await depend(w, a, b)
            assert response.status_code == 201, response.text
        closing = await depend(w, refs[-1], refs[0])
        assert closing.status_code == 422
        error = closing.json()["error"]
        assert error["code"] == "dependency_cycle"
        assert error["details"]["cycle"] == [refs[-1], *refs]
        assert (await depend(w, refs[0], refs[0])).status_code == 422
        listed = await w.client.get(w.url(f"/tasks/{refs[0]}/dependencies"))
        assert [t["ref"] for t in listed.json()["items"]] == [refs[1]]
        dependants = await w.client.get(
            w.url(f"/tasks/{refs[1]}/dependencies"), params={"direction": "dependants"}
        )
        assert [t["ref"] for t in dependants.json()["items"]] == [refs[0]]

    async def test_two_opposite_edges_at_once_one_wins(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        a, b = (await task(w, "MC", "A"))["ref"], (await task(w, "MC", "B"))["ref"]
        for _ in range(5):
            first, second = await asyncio.gather(depend(w, a, b), depend(w, b, a))
            codes = sorted([first.status_code, second.status_code])
            assert codes == [201, 422], codes
            winner = (a, b) if first.status_code == 201 else (b, a)
            removed = await w.client.delete(w.url(f"/tasks/{winner[0]}/dependencies/{winner[1]}"))
            assert removed.status_code == 204


class TestBlocking:
    async def test_blocked_task_cannot_start_and_unblocks_when_blockers_finish(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        b1, b2 = await task(w, "MC", "Blocker 1"), await task(w, "MC", "Blocker 2")
        a = await task(w, "MC", "Dependant")
        assert (await depend(w, a["ref"], b1["ref"])).status_code == 201
        assert (await depend(w, a["ref"], b2["ref"])).status_code == 201
        current = (await w.client.get(w.url(f"/tasks/{a['ref']}"))).json()
        assert current["status"] == "blocked" and current["blocked_reason"] == "dependency"
        refused = await transition(w, a["ref"], "in_progress")
        assert refused.status_code == 409
        assert refused.json()["error"]["code"] == "dependencies_open"
        assert refused.json()["error"]["details"]["open_dependencies"] == [b1["ref"], b2["ref"]]
        claim = await w.client.post(w.url(f"/tasks/{a['ref']}/claim"))
        assert claim.status_code == 409
        for ref in (b1["ref"], b2["ref"]):
            assert (await transition(w, ref, "in_progress")).status_code == 200
        assert (await transition(w, b1["ref"], "done")).status_code == 200
        still = (await w.client.get(w.url(f"/tasks/{a['ref']}"))).json()
        assert still["status"] == "blocked"
        assert (await transition(w, b2["ref"], "done")).status_code == 200
        freed = (await w.client.get(w.url(f"/tasks/{a['ref']}"))).json()
        assert freed["status"] == "todo" and freed["blocked_reason"] is None
        log = await events(w, entity_id=a["id"])
        types = [e["type"] for e in log]
        assert types.count("task.blocked") == 1
        unblocked = [e for e in log if e["type"] == "task.unblocked"]
        assert len(unblocked) == 1
        assert unblocked[0]["payload"]["by"] == b2["ref"]
        assert unblocked[0]["payload"]["before"]["status"] == "blocked"
        assert unblocked[0]["payload"]["after"]["status"] == "todo"
        assert (await transition(w, a["ref"], "in_progress")).status_code == 200
        # Reopening a blocker blocks its dependants again.
        assert (await transition(w, b2["ref"], "todo")).status_code == 200
        again = (await w.client.get(w.url(f"/tasks/{a['ref']}"))).json()
        assert again["status"] == "blocked"

    async def test_blocked_by_hand_stays_blocked(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        blocker, a = await task(w, "MC", "Blocker"), await task(w, "MC", "A")
        assert (await transition(w, a["ref"], "blocked")).status_code == 200
        assert (await depend(w, a["ref"], blocker["ref"])).status_code == 201
        assert (await transition(w, blocker["ref"], "in_progress")).status_code == 200
        assert (await transition(w, blocker["ref"], "done")).status_code == 200
        current = (await w.client.get(w.url(f"/tasks/{a['ref']}"))).json()
        assert current["status"] == "blocked" and current["blocked_reason"] == "manual"
        assert (await transition(w, a["ref"], "todo")).status_code == 200

    async def test_removing_the_last_open_dependency_unblocks(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        blocker, a = await task(w, "MC", "Blocker"), await task(w, "MC", "A")
        assert (await depend(w, a["ref"], blocker["ref"])).status_code == 201
        removed = await w.client.delete(w.url(f"/tasks/{a['ref']}/dependencies/{blocker['id']}"))
        assert removed.status_code == 204
        current = (await w.client.get(w.url(f"/tasks/{a['ref']}"))).json()
        assert current["status"] == "todo"
        types = {e["type"] for e in await events(w, entity_id=a["id"])}
        assert {"dependency.added", "dependency.removed", "task.unblocked"} <= types
        missing = await w.client.delete(w.url(f"/tasks/{a['ref']}/dependencies/{blocker['ref']}"))
        assert missing.status_code == 404
