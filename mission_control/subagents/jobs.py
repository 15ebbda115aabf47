"""The one expiry job: sub-agents past their deadline and claims whose lease lapsed.

Every request already refuses an expired key (its `expires_at` is the sub-agent's);
this job tidies the state and writes the events. It runs every few seconds in the
worker and in the server's in-process runner, and is safe to run from two workers
at once: rows are taken with SKIP LOCKED and change state in the transaction that
writes their event, so each is expired exactly once.
"""

from __future__ import annotations

from prometheus_client import Gauge, Histogram

from mission_control.core.types import utcnow
from mission_control.subagents import queries as q
from mission_control.subagents import service as subagents
from mission_control.tasks import claims
from mission_control.worker.registry import JobArgs, JobContext, job

EXPIRY_LAG = Gauge(
    "mc_expiry_lag_seconds",
    "How long the oldest due sub-agent or lease had been due when the expiry job looked",
)
EXPIRED = Histogram(
    "mc_expiry_batch_size",
    "Sub-agents and leases expired per org per pass",
    buckets=(1, 10, 100, 1000),
)
BATCH = 500


@job("subagents.expire", every=1.0)
async def expire(ctx: JobContext, args: JobArgs) -> None:
    """Expire what is due, org by org, in batches (each batch one transaction)."""
    async with ctx.db.tx() as tx:
        due = list(await tx.fetch(q.DUE_ORGS))
    oldest = min((row["oldest"] for row in due), default=None)
    EXPIRY_LAG.set((utcnow() - oldest).total_seconds() if oldest is not None else 0.0)
    for row in due:
        while True:
            async with ctx.db.tx(row["org_id"]) as tx:
                done = await subagents.expire_due(tx, batch=BATCH)
                done += len(await claims.expire_leases(tx, batch=BATCH))
            if done:
                EXPIRED.observe(done)
            if done < BATCH:
                break
        await ctx.announce(row["org_id"])
