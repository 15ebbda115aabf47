"""Webhooks: registration, signed deliveries with retries, backoff and automatic disabling.

A delivery is a row; the worker claims it with a short lease, POSTs it outside
any transaction, and records the outcome. A killed worker leaves the row
pending and the sweeper picks it up after the lease lapses.

Destinations are checked (core/netguard.py) when a webhook is made and again before each
attempt, and the request goes to the very address that was checked; redirects are not
followed. A refused attempt is recorded as `refused`, with nothing about what (if
anything) listens there.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import secrets
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select, text, tuple_, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.core import crypto, netguard, pagination
from mission_control.core.config import Settings
from mission_control.core.db import Database
from mission_control.core.errors import NotFound
from mission_control.core.types import SYSTEM, Actor, utcnow
from mission_control.events import service as events
from mission_control.events.models import Event
from mission_control.notifications.models import Webhook, WebhookDelivery
from mission_control.realtime.visibility import private_channel

SIGNATURE_HEADER = "X-MC-Signature"
USER_AGENT = "MissionControl-Webhooks/1"
SEAL_PURPOSE = "webhook-secret"
"""Webhook secrets are stored sealed (core/crypto.py) with a key derived for this purpose."""


def seal_secret(settings: Settings, secret: str) -> str:
    return crypto.seal(secret, settings.resolved_secret_key(), SEAL_PURPOSE)


def open_secret(settings: Settings, stored: str) -> str:
    return crypto.unseal(stored, settings.resolved_secret_key(), SEAL_PURPOSE)


class WebhookNotFound(NotFound):
    code = "webhook_not_found"
    message = "Webhook not found."


class DeliveryNotFound(NotFound):
    code = "delivery_not_found"
    message = "Delivery not found."


class AgentNotFound(NotFound):
    code = "agent_not_found"
    message = "Agent not found."


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The X-MC-Signature value: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def backoff_seconds(settings: Settings, attempts: int) -> float:
    """Exponential backoff with full jitter in its upper half, capped."""
    ceiling = min(
        settings.webhook_backoff_max_seconds,
        settings.webhook_backoff_base_seconds * 2 ** max(0, attempts - 1),
    )
    return float(ceiling * random.uniform(0.5, 1.0))


async def create_webhook(
    session: AsyncSession,
    settings: Settings,
    *,
    org_id: uuid.UUID,
    actor: Actor,
    url: str,
    event_types: list[str] | None,
    agent_id: uuid.UUID | None,
    kind: str,
    token: str | None = None,
) -> tuple[Webhook, str]:
    """Register a webhook whose URL resolves to allowed addresses only (else 422); returns
    it with its signing secret, which is stored only sealed. An `openclaw` webhook's secret
    is the gateway's hooks token, sent as its bearer token."""
    await netguard.check_url(url, settings.webhook_allow_networks)
    if agent_id is not None:
        found = await session.scalar(text("SELECT id FROM agents WHERE id = :id"), {"id": agent_id})
        if found is None:
            raise AgentNotFound()
    secret = token if token is not None else "whsec_" + secrets.token_hex(32)
    hook = Webhook(
        org_id=org_id,
        url=url,
        event_types=event_types,
        agent_id=agent_id,
        kind=kind,
        secret=seal_secret(settings, secret),
        created_by_type=actor.type,
        created_by_id=actor.id,
        active=True,
        consecutive_failures=0,
    )
    session.add(hook)
    await session.flush()
    await session.refresh(hook)
    events.append(
        session,
        org_id=org_id,
        actor=actor,
        type="webhook.created",
        entity_type="webhook",
        entity_id=hook.id,
        payload={"after": {"url": url, "kind": kind, "event_types": event_types}},
    )
    return hook, secret


async def list_webhooks(
    session: AsyncSession, *, limit: int, cursor: str | None
) -> tuple[list[Webhook], str | None]:
    query = select(Webhook)
    after = pagination.decode(cursor, (pagination.UUID,))
    if after is not None:
        query = query.where(Webhook.id > after[0])
    rows = list((await session.scalars(query.order_by(Webhook.id).limit(limit + 1))).all())
    return pagination.page(rows, limit, lambda r: (r.id,))


async def get_webhook(session: AsyncSession, webhook_id: uuid.UUID) -> Webhook:
    hook = await session.get(Webhook, webhook_id)
    if hook is None:
        raise WebhookNotFound()
    return hook


async def delete_webhook(session: AsyncSession, webhook_id: uuid.UUID, actor: Actor) -> None:
    hook = await get_webhook(session, webhook_id)
    await session.delete(hook)
    events.append(
        session,
        org_id=hook.org_id,
        actor=actor,
        type="webhook.deleted",
        entity_type="webhook",
        entity_id=hook.id,
        payload={"before": {"url": hook.url}},
    )


async def active_webhooks(session: AsyncSession) -> list[Webhook]:
    return list((await session.scalars(select(Webhook).where(Webhook.active))).all())


def _type_matches(patterns: list[str] | None, type_: str) -> bool:
    from mission_control.notifications.service import type_matches

    return type_matches(patterns, type_)


def render_body(hook_kind: str, body: dict[str, Any]) -> str:
    """The exact bytes a receiver gets (and the signature covers)."""
    if hook_kind == "openclaw":
        summary = f"Mission Control: {body.get('type')} on {body.get('entity_type')}"
        body = {"message": summary, "name": "Mission Control", "wakeMode": "now", "event": body}
    return json.dumps(body, separators=(",", ":"), sort_keys=True)


async def queue_deliveries(
    session: AsyncSession,
    hooks: list[Webhook],
    event: Event,
    body: dict[str, Any],
    agents_notified: set[uuid.UUID],
) -> list[uuid.UUID]:
    """Delivery rows for the webhooks an event goes to: org hooks by type, agent hooks when
    the agent is notified of it. A private channel's events go to no org hook (only its
    members may read them, and an org hook speaks for nobody in particular); an agent hook
    hears them when its agent, a member, is notified. Idempotent per (webhook, event)."""
    made: list[uuid.UUID] = []
    private = private_channel(event.payload or {}) is not None
    for hook in hooks:
        if hook.agent_id is None and private:
            continue
        if hook.agent_id is not None and hook.agent_id not in agents_notified:
            continue
        if not _type_matches(hook.event_types, event.type):
            continue
        if hook.kind == "openclaw":
            if hook.agent_id is not None and event.actor_id == hook.agent_id:
                continue  # an agent is never woken by what it did itself
            woken = await _queue_wake(session, hook, event)
            if woken is not None:
                made.append(woken)
            continue
        made_id = await session.scalar(
            insert(WebhookDelivery)
            .values(
                org_id=hook.org_id,
                webhook_id=hook.id,
                event_id=event.id,
                event_type=event.type,
                body=render_body(hook.kind, body),
            )
            .on_conflict_do_nothing()
            .returning(WebhookDelivery.id)
        )
        if made_id is not None:
            made.append(made_id)
    return made


# An OpenClaw wake merges what happens within this many seconds into one post per agent.
OPENCLAW_DEBOUNCE_SECONDS = 2.0
WAKE_EVENTS = 20  # the newest events a merged wake lists


def wake_item(event: Event) -> dict[str, Any]:
    """What a wake says of an event: its id, type and task ref (never a body or a secret)."""
    payload = event.payload or {}
    ref = payload.get("ref") or payload.get("task_ref")
    return {"id": event.id, "type": event.type, "ref": ref if isinstance(ref, str) else None}


def render_wake(items: list[dict[str, Any]]) -> str:
    """The body posted to an OpenClaw gateway's hooks endpoint: a short merged message."""
    kinds: dict[str, int] = {}
    for item in items:
        kinds[item["type"]] = kinds.get(item["type"], 0) + 1
    what = ", ".join(f"{t} x{n}" if n > 1 else t for t, n in kinds.items())
    refs = list(dict.fromkeys(i["ref"] for i in items if i["ref"]))
    on = f" on {', '.join(refs[:10])}{' and more' if len(refs) > 10 else ''}" if refs else ""
    message = (
        f"Mission Control: {len(items)} update{'s' if len(items) != 1 else ''} for you "
        f"({what}){on}. Call next_action and do what it says; if it answers idle, end the turn."
    )
    body = {
        "message": message,
        "name": "Mission Control",
        "wakeMode": "now",
        "events": items[-WAKE_EVENTS:],
    }
    return json.dumps(body, separators=(",", ":"), sort_keys=True)


async def _queue_wake(session: AsyncSession, hook: Webhook, event: Event) -> uuid.UUID | None:
    """Merge the event into the agent's wake that is still waiting out its debounce, or
    start one due in OPENCLAW_DEBOUNCE_SECONDS; the id of a new delivery row."""
    waiting = (
        await session.execute(
            text(
                "SELECT id, body FROM webhook_deliveries WHERE webhook_id = :hook"
                " AND status = 'pending' AND attempts = 0 AND locked_until IS NULL"
                " AND next_attempt_at > now() ORDER BY created_at DESC LIMIT 1 FOR UPDATE"
            ),
            {"hook": hook.id},
        )
    ).first()
    item = wake_item(event)
    if waiting is not None:
        items = [*json.loads(waiting.body).get("events", []), item]
        await session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == waiting.id)
            .values(body=render_wake(items))
        )
        return None
    made: uuid.UUID | None = await session.scalar(
        insert(WebhookDelivery)
        .values(
            org_id=hook.org_id,
            webhook_id=hook.id,
            event_id=event.id,
            event_type="mission_control.wake",
            body=render_wake([item]),
            next_attempt_at=utcnow() + timedelta(seconds=OPENCLAW_DEBOUNCE_SECONDS),
        )
        .on_conflict_do_nothing()
        .returning(WebhookDelivery.id)
    )
    return made


async def ping(session: AsyncSession, hook: Webhook, actor: Actor) -> WebhookDelivery:
    """A test delivery of a `webhook.ping` event."""
    body = {
        "id": 0,
        "type": "webhook.ping",
        "occurred_at": utcnow().isoformat(),
        "actor": actor.as_dict(),
        "entity_type": "webhook",
        "entity_id": str(hook.id),
        "project_id": None,
        "payload": {"webhook_id": str(hook.id)},
    }
    delivery = WebhookDelivery(
        org_id=hook.org_id,
        webhook_id=hook.id,
        event_type="webhook.ping",
        body=render_body(hook.kind, body),
        status="pending",
        attempts=0,
        next_attempt_at=utcnow(),
    )
    session.add(delivery)
    await session.flush()
    await session.refresh(delivery)
    return delivery


async def list_deliveries(
    session: AsyncSession, webhook_id: uuid.UUID, *, limit: int, cursor: str | None
) -> tuple[list[WebhookDelivery], str | None]:
    await get_webhook(session, webhook_id)
    query = select(WebhookDelivery).where(WebhookDelivery.webhook_id == webhook_id)
    after = pagination.decode(cursor, (pagination.TIME, pagination.UUID))
    if after is not None:
        query = query.where(tuple_(WebhookDelivery.created_at, WebhookDelivery.id) < tuple_(*after))
    query = query.order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id.desc())
    rows = list((await session.scalars(query.limit(limit + 1))).all())
    return pagination.page(rows, limit, lambda r: (r.created_at, r.id))


async def redeliver(
    session: AsyncSession, webhook_id: uuid.UUID, delivery_id: uuid.UUID
) -> WebhookDelivery:
    """Send a delivery again (same X-MC-Delivery id, so receivers can still dedupe)."""
    delivery = await session.scalar(
        select(WebhookDelivery).where(
            WebhookDelivery.id == delivery_id, WebhookDelivery.webhook_id == webhook_id
        )
    )
    if delivery is None:
        raise DeliveryNotFound()
    delivery.status = "pending"
    delivery.attempts = 0
    delivery.next_attempt_at = utcnow()
    delivery.locked_until = None
    await session.flush()
    return delivery


@dataclass
class Claimed:
    id: uuid.UUID
    webhook_id: uuid.UUID
    url: str
    secret: str
    active: bool
    event_type: str
    body: str
    attempts: int
    kind: str = "generic"


async def due_deliveries(session: AsyncSession, limit: int = 100) -> list[uuid.UUID]:
    rows = await session.scalars(
        select(WebhookDelivery.id)
        .where(
            WebhookDelivery.status == "pending",
            WebhookDelivery.next_attempt_at <= utcnow(),
            (WebhookDelivery.locked_until.is_(None)) | (WebhookDelivery.locked_until < utcnow()),
        )
        .order_by(WebhookDelivery.next_attempt_at)
        .limit(limit)
    )
    return list(rows.all())


async def _claim(
    db: Database, settings: Settings, org_id: uuid.UUID, delivery_id: uuid.UUID
) -> Claimed | None:
    lease = timedelta(seconds=settings.webhook_timeout_seconds * 2 + 5)
    async with db.session(org_id=org_id) as session:
        row = (
            await session.execute(
                text(
                    "UPDATE webhook_deliveries d SET locked_until = now() + :lease,"
                    " attempts = d.attempts + 1"
                    " FROM webhooks w"
                    " WHERE d.id = :id AND w.id = d.webhook_id AND d.status = 'pending'"
                    " AND d.next_attempt_at <= now()"
                    " AND (d.locked_until IS NULL OR d.locked_until < now())"
                    " RETURNING d.id, d.webhook_id, w.url, w.secret, w.active, d.event_type,"
                    " d.body, d.attempts, w.kind"
                ),
                {"id": delivery_id, "lease": lease},
            )
        ).first()
    if row is None:
        return None
    claimed = Claimed(*row)
    try:
        claimed.secret = open_secret(settings, claimed.secret)
    except crypto.SealBroken:
        claimed.secret = ""  # deliver() records the failure; nothing is signed with it
    return claimed


async def deliver(
    db: Database,
    settings: Settings,
    http: httpx.AsyncClient,
    org_id: uuid.UUID,
    delivery_id: uuid.UUID,
) -> float | None:
    """Attempt one delivery; returns seconds until its retry, or None when it is settled."""
    claimed = await _claim(db, settings, org_id, delivery_id)
    if claimed is None:
        return await _not_due_yet(db, org_id, delivery_id)
    if not claimed.active:
        async with db.session(org_id=org_id) as session:
            await session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == claimed.id)
                .values(status="failed", last_error="webhook disabled", locked_until=None)
            )
        return None
    if not claimed.secret:
        await _settle_failure(
            db, settings, org_id, claimed, None, "the secret does not open: SECRET_KEY changed?"
        )
        return None
    try:
        destination = await netguard.check_url(claimed.url, settings.webhook_allow_networks)
    except netguard.DestinationRefused:
        # Not sent, and not retried: nothing is learnt of what answers at that address.
        await _settle_failure(
            db, settings, org_id, claimed, None, "refused: not an allowed address", "refused"
        )
        return None
    raw = claimed.body.encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-MC-Event": claimed.event_type,
        "X-MC-Delivery": str(claimed.id),
        SIGNATURE_HEADER: sign(claimed.secret, raw, int(time.time())),
    }
    if claimed.kind == "openclaw":
        # The gateway's hooks endpoint takes its token as a bearer; a retried wake carries
        # the same key, so the gateway runs it once.
        headers["Authorization"] = f"Bearer {claimed.secret}"
        headers["Idempotency-Key"] = str(claimed.id)
    code, error = await _post(http, destination, raw, headers)
    if error is None:
        async with db.session(org_id=org_id) as session:
            await session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == claimed.id)
                .values(
                    status="delivered",
                    response_code=code,
                    last_error=None,
                    delivered_at=utcnow(),
                    locked_until=None,
                )
            )
            await session.execute(
                update(Webhook)
                .where(Webhook.id == claimed.webhook_id)
                .values(consecutive_failures=0)
            )
        return None
    return await _settle_failure(db, settings, org_id, claimed, code, error)


async def _not_due_yet(db: Database, org_id: uuid.UUID, delivery_id: uuid.UUID) -> float | None:
    """Seconds until a pending delivery falls due (a debounced wake), else None."""
    async with db.session(org_id=org_id) as session:
        wait = await session.scalar(
            text(
                "SELECT extract(epoch FROM next_attempt_at - now()) FROM webhook_deliveries"
                " WHERE id = :id AND status = 'pending' AND next_attempt_at > now()"
            ),
            {"id": delivery_id},
        )
    return float(wait) + 0.05 if wait is not None else None


async def _post(
    http: httpx.AsyncClient,
    destination: netguard.Destination,
    raw: bytes,
    headers: dict[str, str],
) -> tuple[int | None, str | None]:
    """POST to the checked addresses (the next one only if one refuses the connection);
    the answer's body is never read and redirects are not followed."""
    error: str | None = None
    for address in destination.addresses[:3]:
        url, host, extensions = destination.pinned(address)
        try:
            async with http.stream(
                "POST",
                url,
                content=raw,
                headers={**headers, **host},
                extensions=extensions,
                follow_redirects=False,
            ) as response:
                code = response.status_code
            return code, None if 200 <= code < 300 else f"HTTP {code}"
        except httpx.ConnectError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}"[:500]
    return None, error


async def _settle_failure(
    db: Database,
    settings: Settings,
    org_id: uuid.UUID,
    claimed: Claimed,
    code: int | None,
    error: str,
    status: str | None = None,
) -> float | None:
    """Record a failed attempt; returns seconds until its retry, or None when given up."""
    give_up = status is not None or claimed.attempts >= settings.webhook_max_attempts
    delay = backoff_seconds(settings, claimed.attempts)
    async with db.session(org_id=org_id) as session:
        await session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == claimed.id)
            .values(
                status=status or ("failed" if give_up else "pending"),
                response_code=code,
                last_error=error,
                next_attempt_at=utcnow() + timedelta(seconds=delay),
                locked_until=None,
            )
        )
        failures = await session.scalar(
            update(Webhook)
            .where(Webhook.id == claimed.webhook_id)
            .values(consecutive_failures=Webhook.consecutive_failures + 1)
            .returning(Webhook.consecutive_failures)
        )
        if (
            failures is not None
            and failures >= settings.webhook_disable_after_failures
            and await _disable(session, claimed.webhook_id, failures)
        ):
            return None
    return None if give_up else delay


async def _disable(session: AsyncSession, webhook_id: uuid.UUID, failures: int) -> bool:
    hook = await session.scalar(
        update(Webhook)
        .where(Webhook.id == webhook_id, Webhook.active)
        .values(active=False, disabled_at=utcnow())
        .returning(Webhook)
    )
    if hook is None:
        return False
    events.append(
        session,
        org_id=hook.org_id,
        actor=SYSTEM,
        type="webhook.disabled",
        entity_type="webhook",
        entity_id=hook.id,
        payload={
            "reason": "consecutive_failures",
            "consecutive_failures": failures,
            "before": {"active": True},
            "after": {"active": False},
        },
    )
    return True
