"""A second app on the test's database, served by Uvicorn on a real port."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest

from mission_control.main import create_app
from tests.conftest import make_settings
from tests.fixtures.servers import serve


@pytest.fixture
def live_server(app_url: str, tmp_path: Path) -> Callable[..., AbstractAsyncContextManager[str]]:
    """`async with live_server() as url`: the app under Uvicorn (same database as make_client)."""

    def start(port: int | None = None, **overrides: Any) -> AbstractAsyncContextManager[str]:
        app = create_app(make_settings(app_url, tmp_path, **overrides))
        # Open streams are cut after a second on stop, as a restart would cut them.
        return serve(app, port, timeout_graceful_shutdown=1)

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
