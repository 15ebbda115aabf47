"""Sixteen writers, one reader reconnecting at random: every event exactly once, in order."""

from __future__ import annotations

import asyncio
import random
import time

import asyncpg
import httpx

from mission_control.core.db import plain_url
from tests.realtime.conftest import make_org
from tests.realtime.helpers import frames

WRITERS = 16
SECONDS = 12.0


class TestConcurrentWritersAndReconnectingReader:
    async def test_every_event_exactly_once_in_order(self, start_server, writer, owner_url):
        server = await start_server()
        org = await make_org(server.url)
        conn = await asyncpg.connect(plain_url(owner_url))
        start = int(await conn.fetchval("SELECT coalesce(max(id), 0) FROM events"))
        stop_at = time.monotonic() + SECONDS
        written = 0

        async def write_loop(n: int) -> None:
            nonlocal written
            while time.monotonic() < stop_at:
                await writer.write(org.org_id, 1, type=f"load.w{n}")
                written += 1
                await asyncio.sleep(random.uniform(0, 0.02))

        received: list[int] = []
        reconnects = 0
        writers_done = asyncio.Event()

        async def read_loop() -> None:
            nonlocal reconnects
            cursor = start
            async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
                while True:
                    headers = {**org.headers, "Last-Event-ID": str(cursor)}
                    window = random.uniform(0.05, 0.8)
                    try:
                        async with http.stream(
                            "GET", org.stream, headers=headers, params={"type": "load.*"}
                        ) as response:
                            assert response.status_code == 200
                            async with asyncio.timeout(window):
                                async for frame in frames(response):
                                    assert frame.id is not None
                                    received.append(frame.id)
                                    cursor = frame.id
                    except TimeoutError:
                        pass
                    reconnects += 1
                    if writers_done.is_set():
                        total = await conn.fetchval(
                            "SELECT count(*) FROM events WHERE org_id = $1 AND id > $2"
                            " AND type LIKE 'load.%'",
                            org.org_id,
                            start,
                        )
                        if len(received) >= total:
                            return

        reader = asyncio.create_task(read_loop())
        await asyncio.gather(*(write_loop(n) for n in range(WRITERS)))
        writers_done.set()
        async with asyncio.timeout(60):
            await reader
        expected = [
            r["id"]
            for r in await conn.fetch(
                "SELECT id FROM events WHERE org_id = $1 AND id > $2 AND type LIKE 'load.%'"
                " ORDER BY id",
                org.org_id,
                start,
            )
        ]
        await conn.close()
        assert written == len(expected)
        assert len(expected) > 200
        assert reconnects > 10
        assert received == expected
