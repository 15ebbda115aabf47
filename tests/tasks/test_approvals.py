from tests.fixtures.factories import add_member, signup
from tests.tasks.helpers import agent_headers, events, project, task, transition, world


class TestApprovals:
    async def test_done_needs_approval_then_approve(self, make_client):
        w = await world(make_client)
        await project(w, "MC", requires_approval=True)
        t = await task(w, "MC")
        anon, headers, ids = await agent_headers(w, make_client, 2, ["tasks:write"])
        claimed = await anon.post(w.url(f"/tasks/{t['ref']}/claim"), headers=headers[0])
        assert claimed.status_code == 200
        asked = await anon.post(
            w.url(f"/tasks/{t['ref']}/transition"), headers=headers[0], json={"status": "done"}
        )
        assert asked.status_code == 202, asked.text
        approval = asked.json()
        assert approval["status"] == "pending" and approval["task_ref"] == t["ref"]
        current = (await w.client.get(w.url(f"/tasks/{t['ref']}"))).json()
        assert current["status"] == "review"
        pending = (await w.client.get(w.url("/approvals"), params={"status": "pending"})).json()
        assert [a["id"] for a in pending["items"]] == [approval["id"]]
        # An agent without approvals:decide may not decide; nor may the requester.
        url = w.url(f"/approvals/{approval['id']}/approve")
        assert (await anon.post(url, headers=headers[1])).status_code == 403
        _, deciders, _ = await agent_headers(w, make_client, 1, ["tasks:read", "approvals:decide"])
        own = await anon.post(url, headers=headers[0])
        assert own.status_code == 403
        approved = await anon.post(url, headers=deciders[0], json={"comment": "ship it"})
        assert approved.status_code == 200, approved.text
        assert approved.json()["status"] == "approved"
        done = (await w.client.get(w.url(f"/tasks/{t['ref']}"))).json()
        assert done["status"] == "done"
        again = await w.client.post(url)
        assert again.status_code == 409
        types = [e["type"] for e in await events(w, type="approval.*")]
        assert types == ["approval.approved", "approval.requested"]

    async def test_reject_sends_back_to_in_progress(self, make_client):
        w = await world(make_client)
        await project(w, "MC", requires_approval=True)
        t = await task(w, "MC")
        await transition(w, t["ref"], "in_progress")
        asked = await transition(w, t["ref"], "done")
        assert asked.status_code == 202
        member = await signup(await make_client())
        await add_member(w.owner, w.org, member, "member")
        url = w.url(f"/approvals/{asked.json()['id']}/reject")
        assert (await member.client.post(url, json={"comment": "no"})).status_code == 403
        rejected = await w.client.post(url, json={"comment": "needs tests"})
        assert rejected.status_code == 200
        assert rejected.json()["comment"] == "needs tests"
        current = (await w.client.get(w.url(f"/tasks/{t['ref']}"))).json()
        assert current["status"] == "in_progress"
        log = await events(w, type="approval.rejected")
        assert log[0]["payload"]["comment"] == "needs tests"
        assert log[0]["project_id"] == t["project_id"]
