"""`mc` against a running server, as a subprocess: each command's happy path and its exit code."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from typing import Any

from mission_control.notifications.webhooks import sign
from tests.mcp.helpers import agent_key, project, world
from tests.realtime.helpers import forget_all_events
from tests.tasks.helpers import task

OK, AUTH, FORBIDDEN, NOT_FOUND, CONFLICT, IDLE, RATE_LIMITED, APPROVAL = 0, 3, 4, 5, 6, 7, 8, 9


async def mc(url: str, key: str, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    env = {**os.environ, "MC_URL": url, "MC_API_KEY": key}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "mission_control_sdk.cli",
        *args,
        env=env,
        stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(stdin), 60)
    return int(proc.returncode or 0), out.decode(), err.decode()


def lines(out: str) -> list[Any]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


class TestCli:
    async def test_tasks_commands_and_their_exit_codes(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        await project(w, "AP", requires_approval=True)
        _, key = await agent_key(w, ["tasks:write", "events:read"])
        _, rival = await agent_key(w, ["tasks:write"])
        _, reader = await agent_key(w, ["tasks:read"])
        async with live_server() as url:
            code, out, _ = await mc(url, key, "whoami", "--json")
            assert code == OK and lines(out)[0]["org"]["slug"] == w.org
            code, out, _ = await mc(url, key, "whoami")
            assert code == OK and w.org in out
            code, out, _ = await mc(url, "mc_bad_key", "whoami")
            assert code == AUTH

            code, out, _ = await mc(url, key, "next", "--json")
            assert code == IDLE and lines(out)[0]["action"] == "idle"
            code, out, _ = await mc(url, key, "tasks", "claim-next")
            assert code == IDLE

            code, out, _ = await mc(
                url, key, "tasks", "create", "MC", "first", "--priority", "high", "--json"
            )
            assert code == OK and lines(out)[0]["ref"] == "MC-1"
            code, out, _ = await mc(url, reader, "tasks", "create", "MC", "nope")
            assert code == FORBIDDEN
            code, out, _ = await mc(url, key, "tasks", "list", "--json")
            assert code == OK and [t["ref"] for t in lines(out)] == ["MC-1"]
            code, out, _ = await mc(url, key, "tasks", "show", "MC-1")
            assert code == OK and "first" in out
            code, out, _ = await mc(url, key, "tasks", "show", "MC-404")
            assert code == NOT_FOUND

            code, out, _ = await mc(url, key, "tasks", "claim", "MC-1", "--json")
            assert code == OK and lines(out)[0]["status"] == "in_progress"
            code, _, err = await mc(url, rival, "tasks", "claim", "MC-1")
            assert code == CONFLICT and "task_already_claimed" in err
            code, out, _ = await mc(url, key, "tasks", "move", "MC-1", "review", "--json")
            assert code == OK and lines(out)[0]["status"] == "review"
            code, out, _ = await mc(url, key, "tasks", "complete", "MC-1", "--json")
            assert code == OK and lines(out)[0]["status"] == "done"

            await mc(url, key, "tasks", "create", "AP", "gated")
            code, out, _ = await mc(url, key, "tasks", "claim-next", "--project", "AP", "--json")
            assert code == OK and lines(out)[0]["ref"] == "AP-1"
            code, _, err = await mc(url, key, "tasks", "complete", "AP-1")
            assert code == APPROVAL and "approval_required" in err
            code, out, _ = await mc(url, key, "approvals", "--json")
            assert code == OK and [a["task_ref"] for a in lines(out)] == ["AP-1"]

            await mc(url, key, "tasks", "create", "MC", "second")
            code, out, _ = await mc(url, key, "next", "--json")
            assert code == OK and lines(out)[0]["task"]["ref"] == "MC-2"
            code, out, _ = await mc(
                url, key, "tasks", "release", "MC-2", "--reason", "handoff", "--json"
            )
            assert code == OK and lines(out)[0]["status"] == "todo"

    async def test_approve_and_reject(self, make_client, live_server):
        w = await world(make_client)
        await project(w, requires_approval=True)
        await task(w, title="a")
        _, worker = await agent_key(w, ["tasks:write"])
        _, decider = await agent_key(w, ["tasks:write", "approvals:decide"])
        async with live_server() as url:
            await mc(url, worker, "tasks", "claim", "MC-1")
            await mc(url, worker, "tasks", "complete", "MC-1")
            _, out, _ = await mc(url, worker, "approvals", "--json")
            approval = lines(out)[0]["id"]
            code, _, _ = await mc(url, worker, "approvals", "approve", approval)
            assert code == FORBIDDEN  # not on its own request
            code, out, _ = await mc(
                url, decider, "approvals", "reject", approval, "--comment", "tests fail", "--json"
            )
            assert code == OK and lines(out)[0]["status"] == "rejected"
            code, _, _ = await mc(url, decider, "approvals", "approve", approval)
            assert code == CONFLICT

    async def test_next_wait_blocks_until_work_arrives(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        _, key = await agent_key(w, ["tasks:write", "events:read"])
        async with live_server() as url:
            waiting = asyncio.create_task(
                mc(url, key, "next", "--wait", "--seconds", "10", "--json")
            )
            await asyncio.sleep(4)  # (the subprocess is up and waiting by then, on a quiet machine)
            await task(w, title="arrives")
            code, out, _ = await waiting
        assert code == OK and lines(out)[0]["task"]["title"] == "arrives"

    async def test_events_tail_as_ndjson(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        await task(w, title="one")
        await task(w, title="two")
        _, key = await agent_key(w, ["tasks:read", "events:read"])
        async with live_server() as url:
            code, out, _ = await mc(
                url,
                key,
                "events",
                "tail",
                "--type",
                "task.created",
                "--last-event-id",
                "0",
                "--count",
                "2",
                "--json",
            )
        assert code == OK
        assert [e["payload"]["ref"] for e in lines(out)] == ["MC-1", "MC-2"]

    async def test_events_tail_says_when_its_resume_point_is_gone(
        self, make_client, live_server, owner_url
    ):
        w = await world(make_client)
        await project(w)
        await task(w, title="old")
        _, key = await agent_key(w, ["tasks:write", "events:read"])
        newest = await forget_all_events(owner_url)
        async with live_server() as url:
            args = ("events", "tail", "--type", "task.created", "--last-event-id", "1")
            tail = asyncio.create_task(mc(url, key, *args, "--count", "1", "--json"))
            made = 0
            while not tail.done() and made < 60:  # until the live tail has seen one
                await asyncio.sleep(0.5)
                made += 1
                await task(w, title=f"new {made}")
            code, out, _ = await tail
        assert code == OK
        reset, event = lines(out)
        assert reset["event"] == "reset" and reset["oldest_available_after"] == newest
        assert event["type"] == "task.created" and event["payload"]["ref"] != "MC-1"

    async def test_subagents_spawn_runs_the_command_with_a_key_it_revokes(
        self, make_client, live_server
    ):
        w = await world(make_client)
        _, key = await agent_key(w, ["tasks:write", "subagents:spawn"])
        async with live_server() as url:
            script = (
                "import os, sys, httpx;"
                "r = httpx.get(os.environ['MC_URL'] + '/api/v1/agents/me',"
                " headers={'Authorization': 'Bearer ' + os.environ['MC_API_KEY']});"
                "print(os.environ['MC_API_KEY']);"
                "sys.exit(0 if r.status_code == 200 else 1)"
            )
            code, out, err = await mc(
                url,
                key,
                "subagents",
                "spawn",
                "--name",
                "child",
                "--ttl",
                "60",
                "--",
                sys.executable,
                "-c",
                script,
            )
            assert code == OK, err
            assert "spawned" in err and "revoked" in err
            child_key = out.strip().splitlines()[-1]
            assert child_key != key
            code, _, _ = await mc(url, child_key, "whoami")
            assert code == AUTH  # revoked after the command
            code, _, _ = await mc(
                url, key, "subagents", "spawn", "--", sys.executable, "-c", "raise SystemExit(3)"
            )
            assert code == 3  # the command's own exit code

    async def test_rate_limited_exit_code(self, make_client, live_server):
        w = await world(make_client)
        _, key = await agent_key(w, ["tasks:read"])
        async with live_server(rate_limit_per_minute=1, rate_limit_burst=1) as url:
            codes = [(await mc(url, key, "whoami"))[0] for _ in range(3)]
        assert codes[0] == OK and RATE_LIMITED in codes

    async def test_webhooks_verify_and_mcp_config(self, tmp_path):
        body = b'{"type":"task.created"}'
        (tmp_path / "body.json").write_bytes(body)
        good = sign("whsec", body, int(time.time()))
        args = [
            "webhooks",
            "verify",
            "--secret",
            "whsec",
            "--body-file",
            str(tmp_path / "body.json"),
        ]
        code, out, _ = await mc("http://127.0.0.1:9", "mc_x_y", *args, "--signature", good)
        assert code == OK and out.strip() == "valid"
        code, out, _ = await mc(
            "http://127.0.0.1:9", "mc_x_y", *args, "--signature", "t=1,v1=00", "--json"
        )
        assert code == FORBIDDEN and lines(out)[0] == {"valid": False}
        code, out, _ = await mc(
            "http://127.0.0.1:9",
            "mc_x_y",
            "webhooks",
            "verify",
            "--secret",
            "whsec",
            "--signature",
            good,
            "--body-file",
            "-",
            stdin=body,
        )
        assert code == OK
        for client, needle in (
            ("claude", "claude mcp add"),
            ("cursor", "mcpServers"),
            ("openclaw", "openclaw config set"),
        ):
            code, out, _ = await mc(
                "https://mc.example.com", "mc_x_y", "mcp", "config", "--client", client
            )
            assert code == OK and needle in out and "https://mc.example.com/mcp" in out
            assert "mc_x_y" not in out  # the key stays in the environment
        code, _, _ = await mc(
            "https://mc.example.com", "mc_x_y", "mcp", "config", "--client", "vim"
        )
        assert code == 2


class TestChatCli:
    async def test_chat_post_read_tail_and_task_comment(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        await task(w)
        channel = await w.client.post(
            w.url("/channels"), json={"name": "ops", "visibility": "public"}
        )
        cid = channel.json()["id"]
        _, key = await agent_key(w, ["tasks:write", "chat:write"])
        async with live_server() as url:
            tail = asyncio.create_task(mc(url, key, "chat", "tail", cid, "--count", "1", "--json"))
            await asyncio.sleep(2.0)
            code, out, _ = await mc(url, key, "chat", "post", cid, "hello team", "--json")
            assert code == OK and lines(out)[0]["body"] == "hello team"
            code, out, err = await tail
            assert code == OK, err
            assert [m["body"] for m in lines(out)] == ["hello team"]
            code, out, _ = await mc(url, key, "chat", "read", cid, "--json")
            assert code == OK and [m["body"] for m in lines(out)] == ["hello team"]
            code, _, _ = await mc(url, key, "chat", "read", "00000000-0000-0000-0000-000000000000")
            assert code == NOT_FOUND
            code, out, _ = await mc(url, key, "tasks", "comment", "MC-1", "found it", "--json")
            assert code == OK and lines(out)[0]["body"] == "found it"


class TestSearch:
    async def test_search_through_the_sdk_cli_and_mcp(self, make_client, live_server):
        from tests.mcp.helpers import mcp_client

        w = await world(make_client)
        await project(w)
        await task(w, title="migrate the billing database")
        await task(w, title="unrelated chore")
        _, key = await agent_key(w, ["tasks:read", "projects:read", "chat:read"])
        async with live_server() as url:
            code, out, _ = await mc(url, key, "search", "billing", "--json")
            assert code == OK and [h["ref"] for h in lines(out)] == ["MC-1"]
            async with mcp_client(url, key, "full") as c:
                found = (
                    await c.call_tool("search", {"q": "billing", "types": ["task"]})
                ).structured_content
            assert [h["ref"] for h in found["hits"]] == ["MC-1"]
            assert "billing" in found["hits"][0]["title"].lower()
