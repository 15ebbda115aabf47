"""What every open stream needs on a clock, done once per process for all of them.

Heartbeats (one rendered comment written to every stream), the credential
re-check (at most `CHECK_SECONDS` apart, one lookup per credential however many
streams share it: a revoked or expired key, an ended session or a removed
membership closes all of them), and the refresh of each stream's slot among the
capped open streams (core/ratelimit.py). The SSE stream registers here; the chat
WebSocket can register its connections too: anything with the `Kept` shape.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Protocol

import structlog

from mission_control.auth.principals import Principal
from mission_control.core.ratelimit import RateLimiter, StreamSlot

log = structlog.get_logger(__name__)

CHECK_SECONDS = 5.0  # the longest an open stream outlives its credential
CHECKS_AT_ONCE = 8


@dataclass(frozen=True, slots=True)
class Credential:
    """What a stream was opened with: `key` names it (streams with one key share a check)."""

    key: Hashable
    alive: Callable[[], Awaitable[bool]]


class Kept(Protocol):
    credential: Credential
    slot: StreamSlot | None

    def heartbeat(self) -> None:
        """Write a heartbeat (must not block)."""

    def revoke(self) -> None:
        """The credential is gone: send the last frame and close (must not block)."""


class Keeper:
    """One task per process: heartbeats, credential re-checks and slot refreshes."""

    def __init__(self, heartbeat_seconds: float, slot_ttl_seconds: float) -> None:
        self.heartbeat_seconds = heartbeat_seconds
        self.check_seconds = min(CHECK_SECONDS, heartbeat_seconds)
        self.refresh_seconds = slot_ttl_seconds / 3
        self.kept: set[Kept] = set()
        self._task: asyncio.Task[None] | None = None
        self.checks = 0  # credential lookups run (coalescing is visible in tests)

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="streams-keeper")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task

    def add(self, kept: Kept) -> None:
        self.kept.add(kept)

    def discard(self, kept: Kept) -> None:
        self.kept.discard(kept)

    async def _run(self) -> None:
        now = time.monotonic()
        beat, check, refresh = (
            now + self.heartbeat_seconds,
            now + self.check_seconds,
            now + self.refresh_seconds,
        )
        while True:
            await asyncio.sleep(max(0.0, min(beat, check, refresh) - time.monotonic()))
            now = time.monotonic()
            try:
                if now >= check:
                    check = now + self.check_seconds
                    await self.check()
                if now >= beat:
                    beat = now + self.heartbeat_seconds
                    for kept in list(self.kept):
                        kept.heartbeat()
                if now >= refresh:
                    refresh = now + self.refresh_seconds
                    await self._refresh()
            except Exception:
                log.exception("streams_keeper_failed")

    async def check(self) -> None:
        """Re-check every open stream's credential, once per credential; close the dead."""
        groups: dict[Hashable, list[Kept]] = defaultdict(list)
        for kept in list(self.kept):
            groups[kept.credential.key].append(kept)
        gate = asyncio.Semaphore(CHECKS_AT_ONCE)

        async def one(members: list[Kept]) -> None:
            async with gate:
                self.checks += 1
                try:
                    alive = await members[0].credential.alive()
                except Exception as exc:  # a failed lookup is not a revocation
                    log.warning("stream_credential_check_failed", error=type(exc).__name__)
                    return
            if not alive:
                for kept in members:
                    if kept in self.kept:
                        self.kept.discard(kept)
                        kept.revoke()

        await asyncio.gather(*(one(members) for members in groups.values()))

    async def _refresh(self) -> None:
        for kept in list(self.kept):
            if kept.slot is not None:
                with contextlib.suppress(Exception):
                    await kept.slot.refresh()


async def acquire_slot(limiter: RateLimiter, principal: Principal) -> StreamSlot:
    """A place among the open streams of the caller's key (or person) and org: the caps
    SSE and the chat WebSocket share. Raises StreamsFull (429) at either cap; release the
    slot (`await slot.release()`) when the connection ends."""
    key = principal.identity.key
    who = f"key:{key.id}" if key is not None else f"user:{principal.user_id}"
    return await limiter.acquire_stream(who, principal.org_id)
