"""Worker jobs: write an export; the sweeper (dead workers' exports, files past retention)."""

from __future__ import annotations

import uuid

from mission_control.exports import service as exports
from mission_control.worker.registry import JobArgs, JobContext, job


@job(exports.RUN, timeout="export_timeout_seconds")
async def run_export(ctx: JobContext, args: JobArgs) -> None:
    """One attempt at one export (a no-op when it is not due)."""
    org_id = uuid.UUID(args["org_id"])
    await exports.run(ctx.db, ctx.settings, ctx.queue, org_id, uuid.UUID(args["export_id"]))
    await ctx.announce(org_id)


@job("exports.sweep", every=0)
async def sweep_exports(ctx: JobContext, args: JobArgs) -> None:
    """Pending exports and lapsed leases get a worker; files past retention are deleted."""
    for org_id in await exports.sweep(ctx.db, ctx.settings, ctx.queue):
        await ctx.announce(org_id)
