"""A key limited to some projects sees nothing of the others (404), and cannot make new ones."""

from tests.fixtures.factories import bearer, create_agent, create_key
from tests.tasks.helpers import project, task, world


async def test_a_project_limited_key_lives_inside_its_projects(make_client):
    w = await world(make_client)
    await project(w, "IN")
    await project(w, "OUT")
    inside = await task(w, "IN", "visible")
    outside = await task(w, "OUT", "hidden")
    for ref in (inside["ref"], outside["ref"]):
        assert (
            await w.client.post(w.url(f"/tasks/{ref}/transition"), json={"status": "todo"})
        ).status_code == 200
    agent = await create_agent(w.owner, w.org)
    key = await create_key(
        w.owner, w.org, agent["id"], scopes=["projects:write", "tasks:write"], project_keys=["in"]
    )
    client = await make_client()
    auth = bearer(key["key"])

    async def call(method, path, json=None):
        return await client.request(method, w.url(path), json=json, headers=auth)

    assert (await call("GET", "/projects/IN")).status_code == 200
    assert (await call("GET", f"/tasks/{inside['ref']}")).status_code == 200
    for method, path, body in (
        ("GET", "/projects/OUT", None),
        ("GET", "/projects/OUT/tasks", None),
        ("POST", "/projects/OUT/tasks", {"title": "x"}),
        ("GET", f"/tasks/{outside['ref']}", None),
        ("GET", f"/tasks/{outside['id']}", None),
        ("POST", f"/tasks/{outside['ref']}/claim", None),
        ("POST", f"/tasks/{inside['ref']}/dependencies", {"depends_on": outside["ref"]}),
    ):
        response = await call(method, path, body)
        assert response.status_code == 404, (method, path, response.text)
    listed = (await call("GET", "/projects")).json()["items"]
    assert [p["key"] for p in listed] == ["IN"]
    tasks = (await call("GET", "/tasks")).json()["items"]
    assert [t["ref"] for t in tasks] == [inside["ref"]]
    created = await call("POST", "/projects", {"key": "NEW", "name": "n"})
    assert created.status_code == 403
    claimed = await call("POST", "/tasks/claim-next", {})
    assert claimed.status_code == 200
    assert claimed.json()["ref"] == inside["ref"]
    assert (await call("POST", "/tasks/claim-next", {})).status_code == 204
