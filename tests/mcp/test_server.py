"""The MCP server with the `mcp` package's own client: in process and under Uvicorn."""

from __future__ import annotations

import asyncio
import json

import httpx
from bpe_openai import get_encoding

from mission_control.mcp import server as mcp_server
from tests.fixtures.factories import create_agent, create_key
from tests.mcp.helpers import agent_key, app_of, mcp_client, project, world
from tests.tasks.helpers import task

CORE = {
    "whoami",
    "next_action",
    "wait_for_events",
    "claim_next",
    "get_task",
    "update_task",
    "complete",
    "release",
    "comment",
}


def host_payload(tools: list[dict]) -> str:
    """The tool list as a host forwards it to a model: name, description, schemas."""
    return json.dumps(tools, separators=(",", ":"))


class TestToolList:
    async def test_tools_listed_with_annotations_and_output_schemas(self, make_client, via):
        w = await world(make_client)
        _, key = await agent_key(w)
        async with mcp_client(await via(w), key, "full") as c:
            tools = {t.name: t for t in (await c.list_tools()).tools}
        assert set(tools) >= CORE
        assert {
            "list_tasks",
            "claim",
            "create_task",
            "request_approval",
            "decide_approval",
            "spawn_subagent",
            "revoke_subagent",
            "post_message",
            "read_channel",
        } <= set(tools)
        for tool in tools.values():
            assert tool.output_schema is not None and tool.output_schema["type"] == "object"
            assert {"reason", "next_hint"} <= set(tool.output_schema["required"])
            assert tool.annotations is not None and tool.annotations.open_world_hint is False
        assert tools["get_task"].annotations.read_only_hint is True
        assert tools["claim_next"].annotations.read_only_hint is False
        assert tools["revoke_subagent"].annotations.destructive_hint is True
        assert [n for n, t in tools.items() if t.annotations.destructive_hint] == [
            "revoke_subagent"
        ]
        assert tools["create_task"].annotations.idempotent_hint is True

    async def test_core_profile_is_the_worker_set_and_fits_5000_tokens(self, make_client):
        w = await world(make_client)
        _, key = await agent_key(w)
        async with mcp_client(app_of(w.client), key, "core") as c:
            listed = (await c.list_tools()).tools
        assert {t.name for t in listed} == CORE
        payload = host_payload([t.model_dump(by_alias=True, exclude_none=True) for t in listed])
        tokens = len(get_encoding("o200k_base").encode(payload))
        print(f"core profile: {len(listed)} tools, {tokens} tokens (o200k_base)")
        assert tokens <= 5000

    async def test_full_profile_token_count_is_reported(self, make_client):
        full = mcp_server.tool_list("full", None)
        payload = host_payload([t.model_dump(by_alias=True, exclude_none=True) for t in full])
        tokens = len(get_encoding("o200k_base").encode(payload))
        print(f"full profile: {len(full)} tools, {tokens} tokens")
        assert tokens > 0

    async def test_a_subagent_key_sees_only_task_tools(self, make_client):
        w = await world(make_client)
        _, key = await agent_key(w, ["tasks:write", "events:read", "subagents:spawn"])
        async with mcp_client(app_of(w.client), key, "full") as c:
            spawned = await c.call_tool("spawn_subagent", {"name": "helper", "ttl_seconds": 60})
            assert spawned.structured_content["reason"] == "spawned"
            sub_key = spawned.structured_content["key"]
        async with mcp_client(app_of(w.client), sub_key, "full") as c:
            names = {t.name for t in (await c.list_tools()).tools}
            assert "spawn_subagent" not in names and "decide_approval" not in names
            assert "claim_next" in names
            refused = await c.call_tool("spawn_subagent", {"name": "grandchild"})
            assert refused.is_error and refused.structured_content["reason"] == "unknown_tool"


class TestAuth:
    async def test_no_key_and_a_revoked_key_are_refused(self, make_client, via):
        w = await world(make_client)
        agent = await create_agent(w.owner, w.org)
        key = await create_key(w.owner, w.org, agent["id"], scopes=["tasks:write"])
        anon = await make_client()
        body = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
        headers = {"Accept": "application/json, text/event-stream"}
        missing = await anon.post("/mcp", json=body, headers=headers)
        assert missing.status_code == 401
        assert missing.json()["error"]["code"] == "bearer_required"
        async with mcp_client(await via(w), key["key"]) as c:
            me = await c.call_tool("whoami", {})
            assert me.is_error is False and "project_keys" not in me.structured_content
        revoked = await w.client.delete(w.url(f"/agents/{agent['id']}/keys/{key['id']}"))
        assert revoked.status_code == 204
        answer = await anon.post(
            "/mcp", json=body, headers={**headers, "Authorization": f"Bearer {key['key']}"}
        )
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "key_revoked"

    async def test_another_orgs_tasks_are_invisible(self, make_client, via):
        w = await world(make_client)
        await project(w)
        theirs = await task(w, title="secret plans")
        other = await world(make_client)
        await project(other)
        _, key = await agent_key(other)
        async with mcp_client(await via(w), key) as c:
            got = await c.call_tool("get_task", {"task": theirs["id"]})
            assert got.is_error and got.structured_content["reason"] == "task_not_found"
            got = await c.call_tool("get_task", {"task": "MC-1"})
            assert got.structured_content["reason"] == "task_not_found"
            idle = await c.call_tool("next_action", {})
            assert idle.structured_content["reason"] == "idle"
        async with mcp_client(await via(w), key, "full") as c:
            listed = await c.call_tool("list_tasks", {})
            assert listed.structured_content["tasks"] == []

    async def test_bad_arguments_get_a_clear_reason(self, make_client):
        w = await world(make_client)
        _, key = await agent_key(w)
        async with mcp_client(app_of(w.client), key) as c:
            bad = await c.call_tool("get_task", {"task": "MC-1", "extra": 1})
            assert bad.is_error and bad.structured_content["reason"] == "invalid_arguments"
            bad = await c.call_tool("update_task", {"task": "\x00"})
            assert bad.structured_content["reason"] == "invalid_arguments"
            bad = await c.call_tool("wait_for_events", {"timeout_seconds": 999})
            assert bad.structured_content["reason"] == "invalid_arguments"


class TestWork:
    async def test_two_agents_racing_claim_next_get_different_tasks(self, make_client, via):
        w = await world(make_client)
        await project(w)
        for i in range(2):
            await task(w, title=f"t{i}")
        keys = [(await agent_key(w))[1] for _ in range(2)]
        app = await via(w)
        async with mcp_client(app, keys[0]) as a, mcp_client(app, keys[1]) as b:
            for _ in range(3):  # and once more with nothing left: no_task for both
                first, second = await asyncio.gather(
                    a.call_tool("claim_next", {}), b.call_tool("claim_next", {})
                )
                got = [r.structured_content for r in (first, second)]
                claimed = [g["task"]["ref"] for g in got if g["reason"] == "claimed"]
                assert len(claimed) == len(set(claimed))
                if not claimed:
                    assert {g["reason"] for g in got} == {"no_task"}
        listed = await w.client.get(w.url("/tasks?status=in_progress"))
        assignees = {t["assignee_id"] for t in listed.json()["items"]}
        assert len(listed.json()["items"]) == 2 and len(assignees) == 2

    async def test_create_retried_with_the_same_client_ref_makes_one_task(self, make_client, via):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w)
        args = {"project": "MC", "title": "once", "client_ref": "run-7/step-3"}
        async with mcp_client(await via(w), key, "full") as c:
            first, second = await asyncio.gather(
                c.call_tool("create_task", args), c.call_tool("create_task", args)
            )
            third = await c.call_tool("create_task", args)
            reasons = sorted(r.structured_content["reason"] for r in (first, second, third))
            assert reasons == ["created", "replayed", "replayed"]
            refs = {r.structured_content["task"]["ref"] for r in (first, second, third)}
            assert refs == {"MC-1"}
            other = await c.call_tool("create_task", {**args, "title": "different"})
            assert other.structured_content["reason"] == "idempotency_key_reused"
        listed = await w.client.get(w.url("/tasks"))
        assert [t["title"] for t in listed.json()["items"]] == ["once"]

    async def test_a_lost_claim_says_do_not_retry(self, make_client):
        w = await world(make_client)
        await project(w)
        await task(w)
        keys = [(await agent_key(w))[1] for _ in range(2)]
        app = app_of(w.client)
        async with mcp_client(app, keys[0], "full") as a, mcp_client(app, keys[1], "full") as b:
            assert (await a.call_tool("claim", {"task": "MC-1"})).structured_content[
                "reason"
            ] == "claimed"
            lost = await b.call_tool("claim", {"task": "MC-1"})
            assert lost.is_error
            assert lost.structured_content["reason"] == "task_already_claimed"
            assert "do not retry" in lost.structured_content["next_hint"]

    async def test_complete_under_approval_answers_approval_required(self, make_client):
        w = await world(make_client)
        await project(w, requires_approval=True)
        await task(w)
        _, key = await agent_key(w)
        async with mcp_client(app_of(w.client), key) as c:
            started = await c.call_tool("next_action", {})
            ref = started.structured_content["task"]["ref"]
            done = await c.call_tool("complete", {"task": ref})
            assert done.structured_content["reason"] == "approval_required"
            waiting = await c.call_tool("next_action", {})
            assert waiting.structured_content["action"] == "wait_approval"


class TestOverHttp:
    async def test_real_http_under_uvicorn(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        await task(w)
        _, key = await agent_key(w)
        async with live_server() as url:
            async with mcp_client(url, key) as c:
                names = {t.name for t in (await c.list_tools()).tools}
                assert names == CORE
                got = await c.call_tool("claim_next", {})
                assert got.structured_content["task"]["ref"] == "MC-1"
            async with httpx.AsyncClient() as raw:
                refused = await raw.post(
                    f"{url}/mcp", json={}, headers={"Authorization": "Bearer mc_x_y"}
                )
                assert refused.status_code == 401

    async def test_fastmcp_client_lists_and_calls_tools(self, make_client, live_server):
        from fastmcp import Client as FastClient
        from fastmcp.client.transports import StreamableHttpTransport

        w = await world(make_client)
        await project(w)
        await task(w)
        _, key = await agent_key(w)
        async with live_server() as url:
            transport = StreamableHttpTransport(
                f"{url}/mcp?profile=full", headers={"Authorization": f"Bearer {key}"}
            )
            async with FastClient(transport) as c:
                names = {t.name for t in await c.list_tools()}
                assert "list_tasks" in names
                result = await c.call_tool("list_tasks", {"status": ["todo"]})
                assert [t["ref"] for t in result.structured_content["tasks"]] == ["MC-1"]


class TestChat:
    async def test_comments_ride_with_the_task_and_channels_read_and_post(self, make_client):
        w = await world(make_client)
        await project(w)
        await task(w, title="discuss me")
        channel = await w.client.post(
            w.url("/channels"), json={"name": "ops", "visibility": "public"}
        )
        assert channel.status_code == 201, channel.text
        _, key = await agent_key(w, ["tasks:write", "chat:write", "events:read"])
        async with mcp_client(app_of(w.client), key, "full") as c:
            started = (await c.call_tool("next_action", {})).structured_content
            assert started["comments"] == []
            said = await c.call_tool("comment", {"task": "MC-1", "body": "found the cause"})
            assert said.structured_content["reason"] == "commented"
            again = (await c.call_tool("next_action", {})).structured_content
            assert [m["body"] for m in again["comments"]] == ["found the cause"]
            cid = channel.json()["id"]
            posted = await c.call_tool("post_message", {"channel_id": cid, "body": "deploying"})
            assert posted.structured_content["reason"] == "posted"
            read = (await c.call_tool("read_channel", {"channel_id": cid})).structured_content
            assert [m["body"] for m in read["messages"]] == ["deploying"]
            bad = await c.call_tool(
                "post_message", {"channel_id": cid, "body": "x", "parent_id": "nope"}
            )
            assert bad.structured_content["reason"] == "invalid_arguments"
            missing = await c.call_tool("read_channel", {"channel_id": "not-a-channel"})
            assert missing.is_error and missing.structured_content["reason"].endswith("not_found")
        listed = await w.client.get(w.url("/tasks/MC-1/comments"))
        assert [m["body"] for m in listed.json()["items"]] == ["found the cause"]

    async def test_claim_next_hands_over_a_discussion_held_before_the_claim(self, make_client):
        w = await world(make_client)
        await project(w)
        await task(w, title="talked about", priority="high")
        await task(w, title="quiet")
        said = await w.client.post(w.url("/tasks/MC-1/comments"), json={"body": "start here"})
        assert said.status_code == 201, said.text
        _, key = await agent_key(w, ["tasks:write", "events:read"])
        async with mcp_client(app_of(w.client), key, "core") as c:
            first = (await c.call_tool("claim_next", {})).structured_content
            assert first["task"]["ref"] == "MC-1"
            assert [m["body"] for m in first["comments"]] == ["start here"]
            second = (await c.call_tool("claim_next", {})).structured_content
            assert second["task"]["ref"] == "MC-2"
            assert second["comments"] == []


class TestPlainToolCalls:
    async def test_a_handshake_era_tools_call_answers_as_the_sdk_does(self, make_client):
        import mcp_types

        w = await world(make_client)
        _, key = await agent_key(w)
        raw = await make_client()
        headers = {
            "Authorization": f"Bearer {key}",
            "Accept": "application/json, text/event-stream",
            "MCP-Protocol-Version": "2025-11-25",
        }
        body = {
            "jsonrpc": "2.0",
            "id": 7,
            "method": "tools/call",
            "params": {"name": "whoami", "arguments": {}},
        }
        answer = await raw.post("/mcp", json=body, headers=headers)
        assert answer.status_code == 200
        message = answer.json()
        assert message["jsonrpc"] == "2.0" and message["id"] == 7
        result = mcp_types.CallToolResult.model_validate(message["result"])
        async with mcp_client(app_of(w.client), key) as c:
            through_sdk = await c.call_tool("whoami", {})
        assert result.structured_content == through_sdk.structured_content
        assert result.is_error is False
        # Anything else (a list, a ping, a batch) still goes through the SDK.
        listed = await raw.post(
            "/mcp", json={"jsonrpc": "2.0", "id": 8, "method": "tools/list"}, headers=headers
        )
        assert {t["name"] for t in listed.json()["result"]["tools"]} == CORE
        unknown = await raw.post("/mcp", json={**body, "params": {"name": "nope"}}, headers=headers)
        assert unknown.json()["result"]["isError"] is True
