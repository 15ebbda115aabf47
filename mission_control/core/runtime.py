"""Process-wide tuning for a long-running server (garbage collector)."""

from __future__ import annotations

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
