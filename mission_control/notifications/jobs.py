"""Worker jobs: the event consumer, webhook deliveries and the sweeper that heals lost wake-ups."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from mission_control.notifications import service, webhooks
from mission_control.orgs.models import Organization
from mission_control.worker.lifecycle import consume_key
from mission_control.worker.registry import JobArgs, JobContext, job, json_args


@job("events.consume")
async def consume_events(ctx: JobContext, args: JobArgs) -> None:
    """Read the org's new events into notifications and webhook deliveries."""
    org_id = uuid.UUID(args["org_id"])
    while True:
        async with ctx.db.session(org_id=org_id) as session:
            result = await service.consume(session, org_id)
        for delivery_id in result.deliveries:
            await ctx.queue.enqueue(
                "webhooks.deliver", json_args(org_id=org_id, delivery_id=delivery_id)
            )
        if result.notifications:
            await ctx.announce(org_id)
        if not result.more:
            return


@job("webhooks.deliver")
async def deliver_webhook(ctx: JobContext, args: JobArgs) -> None:
    """One attempt at a delivery; a failure schedules the next attempt (the row keeps it too)."""
    org_id, delivery_id = uuid.UUID(args["org_id"]), uuid.UUID(args["delivery_id"])
    retry_in = await webhooks.deliver(ctx.db, ctx.settings, ctx.http, org_id, delivery_id)
    if retry_in is not None:
        await ctx.queue.enqueue("webhooks.deliver", args, delay=retry_in)
    else:
        await ctx.announce(org_id)  # a webhook.disabled event may have been written


@job("worker.sweep", every=0)
async def sweep(ctx: JobContext, args: JobArgs) -> None:
    """Per org: consume events a lost wake-up left behind; send deliveries that are due."""
    async with ctx.db.system_session() as session:
        org_ids = list((await session.scalars(select(Organization.id))).all())
    for org_id in org_ids:
        await ctx.queue.enqueue("events.consume", json_args(org_id=org_id), key=consume_key(org_id))
        async with ctx.db.session(org_id=org_id) as session:
            due = await webhooks.due_deliveries(session)
        for delivery_id in due:
            await ctx.queue.enqueue(
                "webhooks.deliver", json_args(org_id=org_id, delivery_id=delivery_id)
            )
