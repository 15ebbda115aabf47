"""Subscriptions and notifications: matching, auto-subscription, the tray, live frames."""

from __future__ import annotations

import asyncio
import uuid

import httpx

from mission_control.core.types import Actor
from tests.fixtures.events import example_payload
from tests.realtime.conftest import make_org
from tests.realtime.helpers import frames


async def _project(org, key: str) -> str:
    response = await org.owner.client.post(
        f"/api/v1/orgs/{org.slug}/projects", json={"key": key, "name": key}
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def _wait_for(predicate, timeout: float = 60.0):
    async with asyncio.timeout(timeout):
        while True:
            value = await predicate()
            if value:
                return value
            await asyncio.sleep(0.1)


class TestProjectSubscription:
    async def test_subscriber_is_notified_of_its_projects_tasks_only(self, start_server, writer):
        server = await start_server(worker_sweep_seconds=0.5)
        org = await make_org(server.url)
        base = f"/api/v1/orgs/{org.slug}"
        mine, other = await _project(org, "MINE"), await _project(org, "OTHER")
        sub = await org.owner.client.post(f"{base}/subscriptions", json={"project": "MINE"})
        assert sub.status_code == 201, sub.text
        assert sub.json()["target_id"] == mine
        bad = await org.owner.client.post(
            f"{base}/subscriptions", json={"project": "MINE", "task": "MINE-1"}
        )
        assert bad.status_code == 422

        agent = uuid.UUID(org.agent_id)
        for project, title in ((mine, "in mine"), (other, "in other")):
            async with writer.db.session(org_id=org.org_id) as session:
                from mission_control.events import service as events

                events.append(
                    session,
                    org_id=org.org_id,
                    actor=Actor("agent", agent),
                    type="task.created",
                    entity_type="task",
                    entity_id=uuid.uuid4(),
                    project_id=uuid.UUID(project),
                    payload=example_payload("task.created", after={"title": title}),
                )

        async def tray():
            r = await org.owner.client.get(f"{base}/notifications")
            return r.json()["items"] if r.json()["items"] else None

        items = await _wait_for(tray)
        await asyncio.sleep(1.0)  # give a wrong notification time to show up
        items = (await org.owner.client.get(f"{base}/notifications")).json()["items"]
        assert [n["event"]["payload"]["after"]["title"] for n in items] == ["in mine"]
        assert items[0]["read_at"] is None
        count = await org.owner.client.get(f"{base}/notifications/unread-count")
        assert count.json() == {"unread": 1}
        read = await org.owner.client.post(f"{base}/notifications/{items[0]['id']}/read")
        assert read.status_code == 200 and read.json()["read_at"] is not None
        unread = await org.owner.client.get(f"{base}/notifications", params={"unread": "true"})
        assert unread.json()["items"] == []
        listed = await org.owner.client.get(f"{base}/subscriptions")
        assert [s["target_id"] for s in listed.json()["items"]] == [mine]
        gone = await org.owner.client.delete(f"{base}/subscriptions/{sub.json()['id']}")
        assert gone.status_code == 204

    async def test_assignment_subscribes_and_notifies_live(self, start_server, writer):
        server = await start_server(worker_sweep_seconds=0.5)
        org = await make_org(server.url)
        base = f"/api/v1/orgs/{org.slug}"
        user_id = org.owner.user["id"]
        task_id = uuid.uuid4()
        async with (
            httpx.AsyncClient(
                base_url=server.url, timeout=20, cookies=org.owner.client.cookies
            ) as http,
            http.stream("GET", f"{base}/events/stream") as response,
        ):
            assert response.status_code == 200
            await writer.write(
                org.org_id,
                1,
                type="task.assigned",
                entity_type="task",
                entity_id=task_id,
                payload=example_payload(
                    "task.assigned", after={"assignee_type": "user", "assignee_id": user_id}
                ),
            )
            await writer.write(
                org.org_id, 1, type="task.status_changed", entity_type="task", entity_id=task_id
            )
            seen = []
            async with asyncio.timeout(60):
                async for frame in frames(response):
                    seen.append(frame)
                    if [f for f in seen if f.event == "notification"] and len(seen) >= 3:
                        break
        notes = [f for f in seen if f.event == "notification"]
        assert notes[0].id is None
        assert notes[0].data["event"]["type"] == "task.assigned"
        assert notes[0].data["reason"] == "assignment"
        subs = (await org.owner.client.get(f"{base}/subscriptions")).json()["items"]
        assert [(s["target_type"], s["target_id"], s["reason"]) for s in subs] == [
            ("task", str(task_id), "assignment")
        ]

        async def both():
            r = await org.owner.client.get(f"{base}/notifications")
            return r.json()["items"] if len(r.json()["items"]) == 2 else None

        await _wait_for(both)
        marked = await org.owner.client.post(f"{base}/notifications/read-all")
        assert marked.json() == {"marked": 2}

    async def test_another_orgs_notifications_are_not_found(self, start_server):
        server = await start_server()
        mine = await make_org(server.url)
        other = await make_org(server.url)
        response = await other.owner.client.get(f"/api/v1/orgs/{mine.slug}/notifications")
        assert response.status_code == 404
