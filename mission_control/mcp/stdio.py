"""`mission-control mcp`: the same tools over stdio, for hosts that only speak stdio.

A relay, not a second server: each list and call goes to `$MC_URL/mcp` with `$MC_API_KEY`,
so the tools, their checks and their answers are exactly the HTTP server's.
"""

from __future__ import annotations

import os
from typing import Any

import anyio
import httpx2
import mcp_types as types
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp.server.lowlevel.server import Server
from mcp.server.stdio import stdio_server

from mission_control.mcp.server import INSTRUCTIONS


class RelayConfigError(Exception):
    pass


def endpoint(url: str, profile: str) -> str:
    return f"{url.rstrip('/')}/mcp?profile={profile}"


async def relay(url: str, key: str, profile: str) -> None:
    """Serve stdio until the host closes it, relaying to the server at `url`."""
    headers = {"Authorization": f"Bearer {key}"}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(60.0)) as http,
        Client(streamable_http_client(endpoint(url, profile), http_client=http)) as remote,
    ):

        async def list_tools(ctx: Any, params: Any) -> types.ListToolsResult:
            return await remote.list_tools()

        async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
            result = await remote.call_tool(params.name, params.arguments or {})
            assert isinstance(result, types.CallToolResult)
            return result

        server: Server[Any] = Server(
            "mission-control",
            version="0.1.0",
            instructions=INSTRUCTIONS,
            on_list_tools=list_tools,
            on_call_tool=call_tool,
        )
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())


def run(profile: str) -> None:
    url = os.environ.get("MC_URL", "").strip()
    key = os.environ.get("MC_API_KEY", "").strip()
    if not url or not key:
        raise RelayConfigError("Set MC_URL (the server) and MC_API_KEY (an mc_ key).")
    anyio.run(relay, url, key, profile)
