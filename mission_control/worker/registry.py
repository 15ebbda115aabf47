"""The job registry and what a job is handed: ids and JSON in, shared resources in the context."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.core.config import Settings
from mission_control.core.db import Database, after_commit

JobArgs = dict[str, Any]


class Queue(Protocol):
    """Where jobs are sent: ARQ (Redis) or the in-process runner."""

    async def enqueue(
        self, name: str, args: JobArgs, *, key: str | None = None, delay: float = 0.0
    ) -> None: ...


@dataclass
class JobContext:
    db: Database
    settings: Settings
    queue: Queue
    http: httpx.AsyncClient
    announce: Callable[[uuid.UUID], Awaitable[None]]
    extra: dict[str, Any] = field(default_factory=dict)


Job = Callable[[JobContext, JobArgs], Awaitable[None]]

JOBS: dict[str, Job] = {}
PERIODIC: dict[str, float] = {}  # job name -> seconds between runs (0: the sweep interval)
TIMEOUTS: dict[str, str] = {}  # job name -> the Settings field holding its time limit


def job(
    name: str, *, every: float | None = None, timeout: str | None = None
) -> Callable[[Job], Job]:
    """Register `fn` as job `name` (`domain.verb`); `every` also runs it periodically;
    `timeout` names the Settings field of its time limit (default `job_timeout_seconds`)."""

    def register(fn: Job) -> Job:
        JOBS[name] = fn
        if every is not None:
            PERIODIC[name] = every
        if timeout is not None:
            TIMEOUTS[name] = timeout
        return fn

    return register


def timeout_of(name: str, settings: Settings) -> float:
    """How long job `name` may run."""
    return float(getattr(settings, TIMEOUTS.get(name, "job_timeout_seconds")))


def load_jobs() -> None:
    """Import the modules that register jobs."""
    import importlib

    for module in (
        "mission_control.notifications.jobs",
        "mission_control.worker.upkeep",
        "mission_control.subagents.jobs",
        "mission_control.exports.jobs",
    ):
        importlib.import_module(module)


_queue: Queue | None = None


def set_queue(queue: Queue | None) -> None:
    global _queue
    _queue = queue


def current_queue() -> Queue | None:
    return _queue


def enqueue_after_commit(
    session: AsyncSession, name: str, args: JobArgs, *, key: str | None = None
) -> None:
    """Send a job once this session's transaction commits (never for a rolled-back change)."""
    queue = _queue

    async def send() -> None:
        if queue is not None:
            await queue.enqueue(name, args, key=key)

    after_commit(session, send)


def json_args(**values: Any) -> JobArgs:
    """Job arguments as plain JSON values (uuids as strings): the same for ARQ and in process."""
    return {k: str(v) if isinstance(v, uuid.UUID) else v for k, v in values.items()}
