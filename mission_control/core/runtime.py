"""Process-wide tuning for a long-running server (garbage collector)."""

from __future__ import annotations

import asyncio
import gc

# Young-generation threshold: CPython's default (2,000 in 3.12+, 700 before) makes a busy
# server collect every few requests; each collection walks every young object of every
# request in flight, so its cost grows with concurrency.
GEN0_THRESHOLD = 50_000


def settle_heap() -> None:
    """After start-up: move everything alive now (modules, the app, its routes and models)
    out of the collector's sight, and collect the young generation less often."""
    gc.collect()
    gc.freeze()
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, gen1, gen2)


FREEZE_AFTER_CONNECTS = 200  # new long-lived connections before the survivors are frozen
THAW_AFTER_CLOSES = 1000  # closes before the frozen generation is collected again


class BurstFreezer:
    """One per process for every kind of long-lived connection (streams, chat sockets).

    Thousands of long-lived connection objects make each full GC pass pause the loop for
    about a second (TRAPS: GC pauses); freezing them once a burst of connects settles keeps
    fan-out flat. Frozen objects are never collected, so after enough closes (a quarter of
    what was frozen, at least THAW_AFTER_CLOSES) it thaws, collects once and freezes again.
    """

    def __init__(self) -> None:
        self.live = 0
        self._connects = 0
        self._closes = 0
        self._frozen = 0
        self._thaw = False
        self._pending: asyncio.TimerHandle | None = None

    def connected(self) -> None:
        self.live += 1
        self._connects += 1
        if self._connects >= FREEZE_AFTER_CONNECTS:
            self._later()

    def disconnected(self) -> None:
        self.live = max(0, self.live - 1)
        self._closes += 1
        if self._closes >= max(THAW_AFTER_CLOSES, self._frozen // 4) and self._pending is None:
            self._thaw = True
            self._later()

    def _later(self) -> None:
        if self._pending is None:
            self._pending = asyncio.get_running_loop().call_later(1.0, self._freeze)

    def _freeze(self) -> None:
        self._pending = None
        self._connects = 0
        self._closes = 0
        if self._thaw:
            self._thaw = False
            gc.unfreeze()
        # A full pass over what is not frozen yet (the frozen part is not scanned), so the
        # burst's garbage cycles are freed before the survivors are frozen.
        gc.collect()
        gc.freeze()
        self._frozen = self.live
