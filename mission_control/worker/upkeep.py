"""Event-log upkeep: future months' partitions ahead of time, old months detached."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from mission_control.core.types import utcnow
from mission_control.events import service as events
from mission_control.worker.registry import JobArgs, JobContext, job


def months_before(today: date, months: int) -> date:
    """The first day of the month `months` before `today`'s month."""
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


@job("events.maintain_partitions", every=3600)
async def maintain_partitions(ctx: JobContext, args: JobArgs) -> None:
    """Create the coming months' partitions; detach months older than the retention."""
    today = date.fromisoformat(args["today"]) if args.get("today") else utcnow().date()
    async with ctx.db.system_session() as session:
        await events.ensure_partitions(session, today, ctx.settings.event_partitions_ahead)
    retention = ctx.settings.event_retention_months
    if retention > 0:
        async with ctx.db.system_session() as session:
            await session.execute(
                text("SELECT mc_detach_event_partitions(:before, :drop)"),
                {
                    "before": months_before(today, retention),
                    "drop": ctx.settings.event_retention_drop,
                },
            )


@job("idempotency.purge", every=3600)
async def purge_idempotency_keys(ctx: JobContext, args: JobArgs) -> None:
    """Forget first answers older than a day (Idempotency-Key is kept 24 h)."""
    from mission_control.core import idempotency

    async with ctx.db.tx() as tx:
        await tx.fetchval(idempotency.PURGE, idempotency.KEEP)
