"""`mission-control mcp` over stdio, driven by the `mcp` package's stdio client."""

from __future__ import annotations

import os
import sys

from mcp import Client, StdioServerParameters

from tests.mcp.helpers import agent_key, project, world
from tests.tasks.helpers import task


def _params(url: str, key: str, profile: str = "core") -> StdioServerParameters:
    env = {**os.environ, "MC_URL": url, "MC_API_KEY": key}
    return StdioServerParameters(
        command=sys.executable,
        args=["-m", "mission_control.cli", "mcp", "--profile", profile],
        env=env,
    )


class TestStdio:
    async def test_lists_and_calls_the_same_tools_over_stdio(self, make_client, live_server):
        w = await world(make_client)
        await project(w)
        await task(w, title="over stdio")
        _, key = await agent_key(w)
        async with live_server() as url, Client(_params(url, key)) as c:
            tools = {t.name: t for t in (await c.list_tools()).tools}
            assert "next_action" in tools and "list_tasks" not in tools
            assert tools["get_task"].annotations.read_only_hint is True
            got = await c.call_tool("next_action", {})
            assert got.structured_content["task"]["title"] == "over stdio"
            missing = await c.call_tool("get_task", {"task": "MC-99"})
            assert missing.is_error and missing.structured_content["reason"] == "task_not_found"

    def test_without_url_or_key_it_says_what_to_set(self):
        import subprocess

        env = {k: v for k, v in os.environ.items() if k not in ("MC_URL", "MC_API_KEY")}
        done = subprocess.run(
            [sys.executable, "-m", "mission_control.cli", "mcp"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 2
        assert "MC_URL" in done.stderr and "MC_API_KEY" in done.stderr
