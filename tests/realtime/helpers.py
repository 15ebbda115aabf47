"""A real server for streaming tests, an SSE reader, and an event writer."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import asyncpg
import httpx
import uvicorn

from mission_control.core.db import Database, plain_url
from mission_control.core.types import Actor
from mission_control.events import service as events
from mission_control.main import create_app
from tests.conftest import make_settings
from tests.fixtures.servers import free_port


@dataclass
class Server:
    """A uvicorn server in this process (ASGITransport does not stream)."""

    app_url: str
    data_dir: Path
    overrides: dict[str, Any] = field(default_factory=dict)
    port: int = 0
    server: uvicorn.Server | None = None
    task: asyncio.Task[None] | None = None
    # More uvicorn settings, for a subclass that needs `serve`'s (the chat sockets' deflate).
    uvicorn_options: ClassVar[dict[str, Any]] = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def app(self) -> Any:
        assert self.server is not None
        return self.server.config.app

    async def start(self) -> Server:
        self.port = self.port or free_port()
        app = create_app(make_settings(self.app_url, self.data_dir, **self.overrides))
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=self.port,
            log_config=None,
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=2,
            **self.uvicorn_options,
        )
        self.server = uvicorn.Server(config)
        self.task = asyncio.create_task(self.server.serve())
        for _ in range(600):
            if self.server.started:
                return self
            if self.task.done():
                self.task.result()
            await asyncio.sleep(0.05)
        raise RuntimeError("server did not start")

    async def stop(self) -> None:
        if self.server is None or self.task is None:
            return
        self.server.should_exit = True
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.task, 30)
        self.server = None
        self.task = None


@dataclass
class Frame:
    event: str
    id: int | None
    data: dict[str, Any]


async def frames(response: httpx.Response) -> AsyncIterator[Frame]:
    """Parse an SSE body into frames (comments are skipped)."""
    event, ident, data = "message", None, []
    async for line in response.aiter_lines():
        if line == "":
            if data:
                yield Frame(event, int(ident) if ident else None, json.loads("\n".join(data)))
            event, ident, data = "message", None, []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            event = value
        elif name == "id":
            ident = value
        elif name == "data":
            data.append(value)


async def read_events(
    base_url: str,
    path: str,
    headers: dict[str, str],
    count: int,
    *,
    last_event_id: int | None = None,
    timeout: float = 60.0,
    params: dict[str, Any] | None = None,
) -> list[Frame]:
    """Open a stream, read `count` event frames (with ids), close it."""
    got: list[Frame] = []
    hdrs = dict(headers)
    if last_event_id is not None:
        hdrs["Last-Event-ID"] = str(last_event_id)
    async with (
        httpx.AsyncClient(base_url=base_url, timeout=timeout) as http,
        http.stream("GET", path, headers=hdrs, params=params) as response,
    ):
        assert response.status_code == 200, await response.aread()
        async with asyncio.timeout(timeout):
            async for frame in frames(response):
                if frame.id is not None:
                    got.append(frame)
                    if len(got) >= count:
                        break
    return got


def _payload(type_name: str) -> dict[str, Any]:
    """A valid payload for a real event type; any (empty) for the tests' made-up ones."""
    from mission_control.events import catalogue
    from tests.fixtures.events import example_payload

    return example_payload(type_name) if type_name in catalogue.DOCUMENTED else {}


class Writer:
    """Appends events in committed transactions through the app's Database class."""

    def __init__(self, app_url: str) -> None:
        self.db = Database(app_url, pool_size=20, max_overflow=10)

    async def write(
        self, org_id: uuid.UUID, n: int = 1, type: str = "test.happened", **fields: Any
    ) -> None:
        for _ in range(n):
            async with self.db.session(org_id=org_id) as session:
                events.append(
                    session,
                    org_id=org_id,
                    actor=Actor("system", None),
                    type=type,
                    entity_type=fields.get("entity_type", "test"),
                    entity_id=fields.get("entity_id"),
                    project_id=fields.get("project_id"),
                    payload=fields.get("payload") or _payload(type),
                )

    async def close(self) -> None:
        await self.db.dispose()


async def forget_all_events(owner_url: str) -> int:
    """Detach the whole event log so far (as retention would): a Last-Event-ID at or below
    the id returned is now older than the retained log."""
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        newest = int(await conn.fetchval("SELECT coalesce(max(id), 0) FROM events"))
        await conn.execute("UPDATE event_log_horizon SET detached_through_id = $1", newest)
    finally:
        await conn.close()
    return newest
