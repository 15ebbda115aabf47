"""Subscriptions, the notification tray, and webhooks."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, status

from mission_control.auth import policy
from mission_control.auth.principals import Principal, require
from mission_control.auth.scopes import Access
from mission_control.core.config import Settings
from mission_control.core.db import SessionDep
from mission_control.core.schemas import Page
from mission_control.notifications import service, webhooks
from mission_control.notifications.models import Subscription
from mission_control.notifications.schemas import (
    DeliveryOut,
    NotificationOut,
    ReadAllResult,
    Subscriber,
    SubscriptionCreate,
    SubscriptionOut,
    UnreadCount,
    WebhookCreate,
    WebhookCreated,
    WebhookOut,
)
from mission_control.worker.registry import enqueue_after_commit, json_args

router = APIRouter(prefix="/api/v1/orgs/{org_slug}", tags=["notifications"])
Reader = Annotated[Principal, Depends(require("events", Access.READ))]
SubscriptionMaker = Annotated[Principal, Depends(require("events", Access.READ, creates=True))]


async def _webhook_admin(
    principal: Annotated[Principal, Depends(require("webhooks", Access.MANAGE))],
) -> Principal:
    # A webhook hears the whole org (or a whole agent): no key limited to projects may.
    policy.require_unlimited(principal, "Webhooks")
    return principal


async def _webhook_creator(
    principal: Annotated[Principal, Depends(require("webhooks", Access.MANAGE, creates=True))],
) -> Principal:
    policy.require_unlimited(principal, "Webhooks")
    return principal


WebhookAdmin = Annotated[Principal, Depends(_webhook_admin)]
WebhookCreator = Annotated[Principal, Depends(_webhook_creator)]
Limit = Annotated[int, Query(ge=1, le=200)]


def _subscription_out(row: Subscription) -> SubscriptionOut:
    return SubscriptionOut(
        id=row.id,
        subscriber=Subscriber(type=row.subscriber_type, id=row.subscriber_id),
        target_type=row.target_type,
        target_id=row.target_id,
        event_types=row.event_types,
        reason=row.reason,
        created_at=row.created_at,
    )


@router.get("/subscriptions")
async def list_subscriptions(
    principal: Reader, session: SessionDep, limit: Limit = 50, cursor: str | None = None
) -> Page[SubscriptionOut]:
    """The caller's subscriptions."""
    rows, next_cursor = await service.list_subscriptions(
        session, principal.actor, limit=limit, cursor=cursor
    )
    return Page(items=[_subscription_out(r) for r in rows], next_cursor=next_cursor)


@router.post("/subscriptions", status_code=status.HTTP_201_CREATED)
async def create_subscription(
    body: SubscriptionCreate, principal: SubscriptionMaker, session: SessionDep
) -> SubscriptionOut:
    """Subscribe the caller to exactly one project, task or channel."""
    target_type, target_id = await service.resolve_target(
        session, project=body.project, task=body.task, channel=body.channel
    )
    row = await service.subscribe(
        session,
        org_id=principal.org_id,
        subscriber=principal.actor,
        target_type=target_type,
        target_id=target_id,
        event_types=body.event_types,
    )
    return _subscription_out(row)


@router.delete("/subscriptions/{subscription_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_subscription(
    subscription_id: uuid.UUID, principal: Reader, session: SessionDep
) -> None:
    await service.unsubscribe(session, principal.actor, subscription_id)


@router.get("/notifications")
async def list_notifications(
    principal: Reader,
    session: SessionDep,
    unread: bool = False,
    limit: Limit = 50,
    cursor: str | None = None,
) -> Page[NotificationOut]:
    """The caller's notifications, newest first (`?unread=true` for unread only)."""
    rows, next_cursor = await service.list_notifications(
        session, principal.actor, unread=unread, limit=limit, cursor=cursor
    )
    return Page(items=[NotificationOut.model_validate(r) for r in rows], next_cursor=next_cursor)


@router.get("/notifications/unread-count")
async def unread_count(principal: Reader, session: SessionDep) -> UnreadCount:
    return UnreadCount(unread=await service.unread_count(session, principal.actor))


@router.post("/notifications/read-all")
async def read_all(principal: Reader, session: SessionDep) -> ReadAllResult:
    return ReadAllResult(marked=await service.mark_all_read(session, principal.actor))


@router.post("/notifications/{notification_id}/read")
async def read_one(
    notification_id: Annotated[int, Path(ge=1, le=2**63 - 1)],
    principal: Reader,
    session: SessionDep,
) -> NotificationOut:
    row = await service.mark_read(session, principal.actor, notification_id)
    return NotificationOut.model_validate(row)


@router.get("/webhooks")
async def list_webhooks(
    principal: WebhookAdmin, session: SessionDep, limit: Limit = 50, cursor: str | None = None
) -> Page[WebhookOut]:
    rows, next_cursor = await webhooks.list_webhooks(session, limit=limit, cursor=cursor)
    return Page(items=[WebhookOut.model_validate(r) for r in rows], next_cursor=next_cursor)


@router.post("/webhooks", status_code=status.HTTP_201_CREATED)
async def create_webhook(
    body: WebhookCreate, principal: WebhookCreator, session: SessionDep, request: Request
) -> WebhookCreated:
    """Register a webhook; the answer carries its signing `secret`, shown only here. The
    URL must resolve to public addresses (or to a network in WEBHOOK_ALLOW_NETWORKS)."""
    settings: Settings = request.app.state.settings
    hook, secret = await webhooks.create_webhook(
        session,
        settings,
        org_id=principal.org_id,
        actor=principal.actor,
        url=str(body.url),
        event_types=body.event_types,
        agent_id=body.agent_id,
        kind=body.kind,
        token=body.token,
    )
    return WebhookCreated(**WebhookOut.model_validate(hook).model_dump(), secret=secret)


@router.delete("/webhooks/{webhook_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_webhook(
    webhook_id: uuid.UUID, principal: WebhookAdmin, session: SessionDep
) -> None:
    await webhooks.delete_webhook(session, webhook_id, principal.actor)


@router.post("/webhooks/{webhook_id}/ping", status_code=status.HTTP_202_ACCEPTED)
async def ping_webhook(
    webhook_id: uuid.UUID, principal: WebhookAdmin, session: SessionDep
) -> DeliveryOut:
    """Queue a `webhook.ping` delivery (sent by the worker)."""
    hook = await webhooks.get_webhook(session, webhook_id)
    delivery = await webhooks.ping(session, hook, principal.actor)
    enqueue_after_commit(
        session,
        "webhooks.deliver",
        json_args(org_id=principal.org_id, delivery_id=delivery.id),
    )
    return DeliveryOut.model_validate(delivery)


@router.get("/webhooks/{webhook_id}/deliveries")
async def list_deliveries(
    webhook_id: uuid.UUID,
    principal: WebhookAdmin,
    session: SessionDep,
    limit: Limit = 50,
    cursor: str | None = None,
) -> Page[DeliveryOut]:
    rows, next_cursor = await webhooks.list_deliveries(
        session, webhook_id, limit=limit, cursor=cursor
    )
    return Page(items=[DeliveryOut.model_validate(r) for r in rows], next_cursor=next_cursor)


@router.post(
    "/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver",
    status_code=status.HTTP_202_ACCEPTED,
)
async def redeliver(
    webhook_id: uuid.UUID, delivery_id: uuid.UUID, principal: WebhookAdmin, session: SessionDep
) -> DeliveryOut:
    delivery = await webhooks.redeliver(session, webhook_id, delivery_id)
    enqueue_after_commit(
        session,
        "webhooks.deliver",
        json_args(org_id=principal.org_id, delivery_id=delivery.id),
    )
    return DeliveryOut.model_validate(delivery)
