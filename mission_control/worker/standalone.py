"""The job worker without Redis: the registry's jobs in their own process, woken by news.

`serve` starts one as a child process when REDIS_URL is unset (and stops it);
`mission-control worker` without REDIS_URL runs the same thing by hand. It hears
every process's "org X has news" over PostgreSQL LISTEN/NOTIFY (realtime/news.py)
and runs the event consumer for that org, plus the periodic jobs (the sweeper,
lease and sub-agent expiry every second, partitions). The request path then
never pays for notifications, subscriptions or webhook deliveries.

All state is rows (the consumer's cursor, deliveries), so a killed worker loses
nothing: the next one, or the sweeper, carries on where the cursor stands.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import uuid

import structlog

from mission_control.core.config import Settings
from mission_control.core.db import Database
from mission_control.realtime.news import News
from mission_control.worker.lifecycle import consume_key
from mission_control.worker.registry import json_args, set_queue
from mission_control.worker.runner import InProcessRunner

log = structlog.get_logger(__name__)

PARENT_CHECK_SECONDS = 1.0


async def serve_jobs(settings: Settings, database_url: str, stop: asyncio.Event) -> None:
    """Run jobs until `stop` is set."""
    db = Database(database_url, pool_size=10, max_overflow=10)
    news = News(None, None, database_url)
    runner = InProcessRunner(db, settings, announce=news.publish)

    async def consume(org_id: uuid.UUID) -> None:
        await runner.enqueue("events.consume", json_args(org_id=org_id), key=consume_key(org_id))

    news.on_local(consume)  # events this worker wrote (lease expiry, sub-agents)
    news.on_remote(consume)  # events every server process wrote
    await news.start()
    set_queue(runner)
    await runner.start()
    log.info("job_worker_started", pid=os.getpid())
    try:
        await stop.wait()
    finally:
        set_queue(None)
        await runner.stop()
        await news.stop()
        await db.dispose()


async def _main(settings: Settings, database_url: str, parent: int | None) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)

    async def orphaned() -> None:
        # A parent killed with SIGKILL cannot stop us: leave when it is gone.
        while os.getppid() == parent:  # noqa: ASYNC110 (no event tells us; we must look)
            await asyncio.sleep(PARENT_CHECK_SECONDS)
        stop.set()

    watch = asyncio.create_task(orphaned()) if parent is not None else None
    try:
        await serve_jobs(settings, database_url, stop)
    finally:
        if watch is not None:
            watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watch


def run(settings: Settings, database_url: str, *, parent: int | None = None) -> None:
    """Run the job worker in this process until SIGTERM or SIGINT (or `parent` exits)."""
    asyncio.run(_main(settings, database_url, parent))
