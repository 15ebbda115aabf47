"""Races through the real app and its connection pool: asyncio.gather of real HTTP calls."""

import asyncio
from collections import Counter

from tests.tasks.helpers import agent_headers, events, project, task, world


class TestClaimRace:
    async def test_fifty_agents_one_task_one_winner(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        t = await task(w, "MC", "Contested")
        anon, headers, ids = await agent_headers(w, make_client, 50)
        url = w.url(f"/tasks/{t['ref']}/claim")
        responses = await asyncio.gather(*(anon.post(url, headers=h) for h in headers))
        codes = Counter(r.status_code for r in responses)
        assert codes == {200: 1, 409: 49}, codes
        winner = next(i for i, r in enumerate(responses) if r.status_code == 200)
        body = responses[winner].json()
        assert body["status"] == "in_progress"
        assert body["assignee_id"] == ids[winner] and body["assignee_type"] == "agent"
        assert body["lease_expires_at"] is not None
        loser = next(r for r in responses if r.status_code == 409)
        assert loser.json()["error"]["code"] == "task_already_claimed"
        claimed = await events(w, type="task.claimed", entity_id=t["id"])
        assert len(claimed) == 1
        assert claimed[0]["actor"]["id"] == ids[winner]
        # The holder claiming again gets 200 and nothing new happens.
        again = await anon.post(url, headers=headers[winner])
        assert again.status_code == 200
        assert again.json()["version"] == body["version"]
        assert len(await events(w, type="task.claimed", entity_id=t["id"])) == 1

    async def test_claim_next_hands_out_each_task_once(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        await project(w, "OPS")
        created = [await task(w, "MC", f"T{i}", priority="low") for i in range(10)]
        await task(w, "OPS", "Elsewhere")  # outside the project filter
        anon, headers, _ = await agent_headers(w, make_client, 20)
        url = w.url("/tasks/claim-next")
        responses = await asyncio.gather(
            *(anon.post(url, headers=h, json={"project": "MC"}) for h in headers)
        )
        codes = Counter(r.status_code for r in responses)
        assert codes == {200: 10, 204: 10}, codes
        handed = [r.json()["id"] for r in responses if r.status_code == 200]
        assert len(set(handed)) == 10
        assert set(handed) == {t["id"] for t in created}
        assert all(r.content == b"" for r in responses if r.status_code == 204)

    async def test_claim_next_prefers_urgent_and_skips_blocked(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        low = await task(w, "MC", "Low", priority="low")
        urgent = await task(w, "MC", "Urgent", priority="urgent", labels=["x"])
        blocked = await task(w, "MC", "Blocked", priority="urgent")
        response = await w.client.post(
            w.url(f"/tasks/{blocked['ref']}/dependencies"), json={"depends_on": low["ref"]}
        )
        assert response.status_code == 201, response.text
        anon, headers, _ = await agent_headers(w, make_client, 1)
        url = w.url("/tasks/claim-next")
        none_high = await anon.post(
            url, headers=headers[0], json={"min_priority": "high", "labels": ["y"]}
        )
        assert none_high.status_code == 204
        first = await anon.post(url, headers=headers[0], json={"min_priority": "high"})
        assert first.json()["id"] == urgent["id"]
        second = await anon.post(url, headers=headers[0], json={})
        assert second.json()["id"] == low["id"]
        third = await anon.post(url, headers=headers[0])
        assert third.status_code == 204


class TestOptimisticConcurrency:
    async def test_twenty_patches_same_version_one_applies(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        t = await task(w, "MC")
        url = w.url(f"/tasks/{t['ref']}")
        responses = await asyncio.gather(
            *(
                w.client.patch(url, json={"title": f"Title {i}", "expected_version": 1})
                for i in range(20)
            )
        )
        codes = Counter(r.status_code for r in responses)
        assert codes == {200: 1, 409: 19}, codes
        conflict = next(r for r in responses if r.status_code == 409).json()["error"]
        assert conflict["code"] == "version_conflict"
        assert conflict["details"]["current_version"] == 2
        current = await w.client.get(url)
        assert current.json()["version"] == 2
        assert current.headers["etag"] == '"2"'
        assert len(await events(w, type="task.updated", entity_id=t["id"])) == 1

    async def test_if_match_plain_or_quoted(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        t = await task(w, "MC")
        url = w.url(f"/tasks/{t['ref']}")
        ok = await w.client.patch(url, json={"priority": "high"}, headers={"If-Match": '"1"'})
        assert ok.status_code == 200 and ok.headers["etag"] == '"2"'
        stale = await w.client.patch(url, json={"priority": "low"}, headers={"If-Match": "1"})
        assert stale.status_code == 409
        assert stale.json()["error"]["details"]["current_version"] == 2
        ok = await w.client.patch(url, json={"priority": "low"}, headers={"If-Match": "2"})
        assert ok.status_code == 200
        bad = await w.client.patch(url, json={"priority": "low"}, headers={"If-Match": "x"})
        assert bad.status_code == 400
        moved = await w.client.post(
            w.url(f"/tasks/{t['ref']}/transition"),
            json={"status": "in_progress", "expected_version": 1},
        )
        assert moved.status_code == 409


class TestNumbering:
    async def test_two_hundred_concurrent_creates_are_gapless(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        url = w.url("/projects/MC/tasks")
        responses = await asyncio.gather(
            *(w.client.post(url, json={"title": f"T{i}"}) for i in range(200))
        )
        assert Counter(r.status_code for r in responses) == {201: 200}
        numbers = sorted(r.json()["number"] for r in responses)
        assert numbers == list(range(1, 201))
        positions = [r.json()["position"] for r in responses]
        assert len(set(positions)) == 200  # creators queue on the counter row: no ties
