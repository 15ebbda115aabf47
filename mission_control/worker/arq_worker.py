"""ARQ: the queue client the server uses with REDIS_URL, and the `mission-control worker`."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import structlog
from arq import cron
from arq.connections import ArqRedis, RedisSettings, create_pool
from arq.worker import Worker, func

from mission_control.core.config import Settings
from mission_control.core.db import Database
from mission_control.realtime.news import CHANNEL
from mission_control.worker.registry import (
    JOBS,
    PERIODIC,
    JobArgs,
    JobContext,
    load_jobs,
    timeout_of,
)

log = structlog.get_logger(__name__)

# Results are never read (rows hold the outcome), so none are kept: a job id then
# deduplicates only while the job is queued or running, and a later wake-up is accepted.
KEEP_RESULT_SECONDS = 0
MAX_TRIES = 3


class ArqQueue:
    """Enqueues registry jobs into Redis for the worker process."""

    def __init__(self, pool: ArqRedis) -> None:
        self.pool = pool

    @classmethod
    async def connect(cls, redis_url: str) -> ArqQueue:
        return cls(await create_pool(RedisSettings.from_dsn(redis_url)))

    async def enqueue(
        self, name: str, args: JobArgs, *, key: str | None = None, delay: float = 0.0
    ) -> None:
        try:
            await self.pool.enqueue_job(name, args, _job_id=key, _defer_by=delay or None)
        except Exception as exc:  # the sweeper finds the pending rows anyway
            log.warning("job_enqueue_failed", job=name, error=type(exc).__name__)

    async def close(self) -> None:
        await self.pool.aclose()


def _arq_function(name: str) -> Any:
    async def run(ctx: dict[str, Any], args: JobArgs | None = None) -> None:
        await JOBS[name](ctx["job_context"], args or {})

    run.__qualname__ = name
    return run


def _cron_for(name: str, every: float, sweep_seconds: float) -> Any:
    seconds = int(every or sweep_seconds)
    function = _arq_function(name)
    if seconds < 60:
        step = max(1, seconds)
        return cron(function, name=f"cron:{name}", second=set(range(0, 60, step)), unique=True)
    minutes = max(1, seconds // 60)
    return cron(
        function,
        name=f"cron:{name}",
        minute=set(range(0, 60, minutes)) if minutes < 60 else {0},
        second=0,
        run_at_startup=True,
        unique=True,
    )


def create_worker(settings: Settings, database_url: str) -> Worker:
    """An ARQ worker running every registered job against `database_url`."""
    assert settings.redis_url, "the worker needs REDIS_URL"
    load_jobs()

    async def startup(ctx: dict[str, Any]) -> None:
        db = Database(database_url, pool_size=10, max_overflow=10)
        redis: ArqRedis = ctx["redis"]

        async def announce(org_id: uuid.UUID) -> None:
            await redis.publish(CHANNEL, str(org_id))

        ctx["db"] = db
        ctx["job_context"] = JobContext(
            db=db,
            settings=settings,
            queue=ArqQueue(redis),
            http=httpx.AsyncClient(timeout=settings.webhook_timeout_seconds),
            announce=announce,
        )

    async def shutdown(ctx: dict[str, Any]) -> None:
        job_context: JobContext | None = ctx.get("job_context")
        if job_context is not None:
            await job_context.http.aclose()
            await job_context.db.dispose()

    functions = [
        func(
            _arq_function(name),
            name=name,
            timeout=timeout_of(name, settings),
            keep_result=KEEP_RESULT_SECONDS,
            max_tries=MAX_TRIES,
        )
        for name in JOBS
    ]
    crons = [
        _cron_for(name, every, settings.worker_sweep_seconds) for name, every in PERIODIC.items()
    ]
    return Worker(
        functions=functions,
        cron_jobs=crons,
        redis_settings=RedisSettings.from_dsn(settings.redis_url),
        on_startup=startup,
        on_shutdown=shutdown,
        job_timeout=settings.job_timeout_seconds,
        keep_result=KEEP_RESULT_SECONDS,
        max_jobs=50,
        handle_signals=True,
    )


def run_worker(settings: Settings, database_url: str) -> None:
    """Run until SIGINT/SIGTERM (the `mission-control worker` command)."""
    asyncio.set_event_loop(asyncio.new_event_loop())
    create_worker(settings, database_url).run()
