"""A second app on the test's database, served by Uvicorn on a real port."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from mission_control.main import create_app
from tests.conftest import make_settings
from tests.fixtures.servers import free_port


@asynccontextmanager
async def _serve(app: Any, port: int) -> AsyncIterator[str]:
    # Open streams are cut after a second on stop, as a restart would cut them.
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_config=None,
        lifespan="on",
        timeout_graceful_shutdown=1,
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@pytest.fixture
def live_server(app_url: str, tmp_path: Path) -> Callable[..., AbstractAsyncContextManager[str]]:
    """`async with live_server() as url`: the app under Uvicorn (same database as make_client)."""

    def start(port: int | None = None, **overrides: Any) -> AbstractAsyncContextManager[str]:
        app = create_app(make_settings(app_url, tmp_path, **overrides))
        return _serve(app, port or free_port())

    return start


@pytest.fixture(params=["in-process", "uvicorn"])
async def via(
    request: pytest.FixtureRequest, live_server: Callable[..., AbstractAsyncContextManager[str]]
) -> AsyncIterator[Callable[[Any], Any]]:
    """Where an MCP client connects: the test's app in process, or a server under Uvicorn
    on a real port (same database). `await via(world)` gives the client's target."""
    if request.param == "in-process":

        async def in_process(w: Any) -> Any:
            return w.client._transport.app

        yield in_process
        return
    async with live_server() as url:

        async def over_http(w: Any) -> Any:
            return url

        yield over_http
