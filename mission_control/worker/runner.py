"""The in-process runner: the same job functions, run as tasks of the server's event loop."""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Awaitable, Callable

import httpx
import structlog

from mission_control.core.config import Settings
from mission_control.core.db import Database
from mission_control.worker.registry import (
    JOBS,
    PERIODIC,
    JobArgs,
    JobContext,
    load_jobs,
    timeout_of,
)

log = structlog.get_logger(__name__)

MAX_PERIODIC_SLEEP = 0.25  # the periodic loop wakes at least this often


class InProcessRunner:
    """Runs jobs in this process; a job with a key runs once at a time (a repeat reruns it).

    With `periodic=False` it runs only what is enqueued (a server whose periodic jobs and
    event consumer run in a separate job worker process).
    """

    def __init__(
        self,
        db: Database,
        settings: Settings,
        announce: Callable[[uuid.UUID], Awaitable[None]],
        *,
        periodic: bool = True,
    ) -> None:
        load_jobs()
        self.periodic = periodic
        self.settings = settings
        self.http = httpx.AsyncClient(timeout=settings.webhook_timeout_seconds)
        self.ctx = JobContext(
            db=db, settings=settings, queue=self, http=self.http, announce=announce
        )
        self._tasks: set[asyncio.Task[None]] = set()
        self._running: dict[str, bool] = {}  # key -> rerun requested
        self._timers: set[asyncio.TimerHandle] = set()
        self._periodic: asyncio.Task[None] | None = None
        self._stopped = False

    async def start(self) -> None:
        if self.periodic:
            self._periodic = asyncio.create_task(self._periodic_loop(), name="jobs-periodic")

    async def stop(self) -> None:
        """Stop at once; unfinished work stays in its rows for the next runner."""
        self._stopped = True
        for timer in self._timers:
            timer.cancel()
        tasks = list(self._tasks)
        if self._periodic is not None:
            tasks.append(self._periodic)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self.http.aclose()

    async def enqueue(
        self, name: str, args: JobArgs, *, key: str | None = None, delay: float = 0.0
    ) -> None:
        if self._stopped:
            return
        if name not in JOBS:
            raise KeyError(f"unknown job {name}")
        if delay > 0:
            loop = asyncio.get_running_loop()
            handle: asyncio.TimerHandle

            def fire() -> None:
                self._timers.discard(handle)
                self._spawn(name, args, key)

            handle = loop.call_later(delay, fire)
            self._timers.add(handle)
            return
        self._spawn(name, args, key)

    def _spawn(self, name: str, args: JobArgs, key: str | None) -> None:
        if self._stopped:
            return
        if key is not None:
            if key in self._running:
                self._running[key] = True
                return
            self._running[key] = False
        task = asyncio.create_task(self._run(name, args, key), name=f"job:{name}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, name: str, args: JobArgs, key: str | None) -> None:
        try:
            while True:
                try:
                    async with asyncio.timeout(timeout_of(name, self.settings)):
                        await JOBS[name](self.ctx, args)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("job_failed", job=name)
                if key is None or not self._running.get(key):
                    break
                self._running[key] = False
        finally:
            if key is not None:
                self._running.pop(key, None)

    async def _periodic_loop(self) -> None:
        # Each job runs on its own grid (start + k * interval), so a 1 s job keeps a 1 s
        # granularity; the loop wakes at the next due time, and never sleeps a second.
        due: dict[str, float] = {}
        while True:
            now = time.monotonic()
            for name, every in PERIODIC.items():
                interval = every or self.settings.worker_sweep_seconds
                at = due.get(name, now)
                if now >= at:
                    due[name] = max(at + interval, now + interval / 2)
                    self._spawn(name, {}, key=name)
            wait = min(due.values(), default=now + MAX_PERIODIC_SLEEP) - time.monotonic()
            await asyncio.sleep(min(MAX_PERIODIC_SLEEP, max(0.01, wait)))
