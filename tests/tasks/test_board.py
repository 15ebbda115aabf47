import asyncpg

from mission_control.projects.positions import key_between
from tests.tasks.helpers import events, project, task, world


async def xmins(owner_url, project_id):
    conn = await asyncpg.connect(owner_url)
    try:
        rows = await conn.fetch(
            "SELECT id, xmin::text AS x FROM tasks WHERE project_id = $1", project_id
        )
    finally:
        await conn.close()
    return {row["id"]: row["x"] for row in rows}


class TestKanbanMoves:
    async def test_moving_a_card_in_a_column_of_1000_writes_one_row(self, make_client, owner_url):
        w = await world(make_client)
        p = await project(w, "MC")
        first = await task(w, "MC", "Seed")
        # Fill the column directly (the API path is covered elsewhere): 1,000 todo cards.
        conn = await asyncpg.connect(owner_url)
        try:
            org_id = await conn.fetchval("SELECT org_id FROM projects WHERE id = $1", p["id"])
            position, rows = first["position"], []
            for number in range(2, 1001):
                position = key_between(position, None)
                rows.append((org_id, p["id"], number, f"Card {number}", position))
            await conn.executemany(
                "INSERT INTO tasks (org_id, project_id, number, title, position, created_by_type)"
                " VALUES ($1, $2, $3, $4, $5, 'user')",
                rows,
            )
            await conn.execute(
                "UPDATE task_counters SET last_number = 1000 WHERE project_id = $1", p["id"]
            )
        finally:
            await conn.close()
        board = []
        cursor = None
        while True:
            params = {"limit": 200, "status": "todo"}
            if cursor:
                params["cursor"] = cursor
            page = (await w.client.get(w.url("/projects/MC/tasks"), params=params)).json()
            board += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert len(board) == 1000
        assert [t["position"] for t in board] == sorted(t["position"] for t in board)
        moving, left, right = board[900], board[10], board[11]
        before = await xmins(owner_url, p["id"])
        response = await w.client.post(
            w.url(f"/tasks/{moving['ref']}/move"), json={"after": left["id"], "before": right["id"]}
        )
        assert response.status_code == 200, response.text
        moved = response.json()
        assert left["position"] < moved["position"] < right["position"]
        assert moved["version"] == moving["version"]  # a move does not bump the version
        after = await xmins(owner_url, p["id"])
        changed = [task_id for task_id, x in after.items() if before[task_id] != x]
        assert [str(c) for c in changed] == [moving["id"]]
        page = (
            await w.client.get(w.url("/projects/MC/tasks"), params={"limit": 13, "status": "todo"})
        ).json()
        assert [t["id"] for t in page["items"][10:13]] == [left["id"], moving["id"], right["id"]]
        moved_events = await events(w, type="task.moved", entity_id=moving["id"])
        assert len(moved_events) == 1 and moved_events[0]["project_id"] == p["id"]

    async def test_move_between_columns_follows_the_rules(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        a, b = await task(w, "MC", "A"), await task(w, "MC", "B")
        top = await w.client.post(w.url(f"/tasks/{b['ref']}/move"), json={"before": a["id"]})
        assert top.status_code == 200 and top.json()["position"] < a["position"]
        refused = await w.client.post(w.url(f"/tasks/{a['ref']}/move"), json={"status": "done"})
        assert refused.status_code == 409
        assert "in_progress" in refused.json()["error"]["details"]["allowed"]
        started = await w.client.post(
            w.url(f"/tasks/{a['ref']}/move"), json={"status": "in_progress"}
        )
        assert started.status_code == 200
        assert started.json()["status"] == "in_progress" and started.json()["version"] == 2
        stranger = await w.client.post(w.url(f"/tasks/{b['ref']}/move"), json={"after": a["id"]})
        assert stranger.status_code == 422  # a is not in b's column

    async def test_org_wide_list_filters_and_pages(self, make_client):
        w = await world(make_client)
        await project(w, "MC")
        await project(w, "OPS")
        for i in range(5):
            await task(w, "MC", f"Alpha {i}", labels=["api"] if i % 2 else [])
        await task(w, "OPS", "Beta")
        everything, cursor = [], None
        while True:
            params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
            page = (await w.client.get(w.url("/tasks"), params=params)).json()
            everything += page["items"]
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert len(everything) == 6 and len({t["id"] for t in everything}) == 6
        by_label = (await w.client.get(w.url("/tasks"), params={"label": "api"})).json()
        assert len(by_label["items"]) == 2
        by_project = (await w.client.get(w.url("/tasks"), params={"project": "OPS"})).json()
        assert [t["title"] for t in by_project["items"]] == ["Beta"]
        by_q = (await w.client.get(w.url("/tasks"), params={"q": "alpha 3"})).json()
        assert [t["title"] for t in by_q["items"]] == ["Alpha 3"]
        none = (await w.client.get(w.url("/tasks"), params={"assignee": "none"})).json()
        assert len(none["items"]) == 6
        done = (await w.client.get(w.url("/tasks"), params={"status": "done"})).json()
        assert done["items"] == []


async def test_a_listed_task_is_exactly_what_the_task_route_answers(make_client):
    """The board page is written from plain rows on a hot path; it must match TaskOut."""
    from tests.tasks.helpers import project as make_project
    from tests.tasks.helpers import task as make_task
    from tests.tasks.helpers import world as make_world

    w = await make_world(make_client)
    await make_project(w, "FMT")
    made = await make_task(
        w, "FMT", "shape", labels=["a", "b"], due_date="2027-01-31", priority="high"
    )
    await w.client.post(w.url(f"/tasks/{made['ref']}/transition"), json={"status": "todo"})
    claimed = await w.client.post(w.url(f"/tasks/{made['ref']}/claim"))
    assert claimed.status_code == 200, claimed.text
    single = (await w.client.get(w.url(f"/tasks/{made['ref']}"))).json()
    for path in ("/tasks", "/projects/FMT/tasks"):
        listed = (await w.client.get(w.url(path))).json()["items"]
        assert listed == [single]
        assert single["claimed_at"].endswith("Z")
