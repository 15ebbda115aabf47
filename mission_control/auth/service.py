"""Minting and revoking API keys, for agents and for people (personal access tokens)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth import keys
from mission_control.auth import queries as q
from mission_control.core.db import Conn, conn_of
from mission_control.core.errors import Unprocessable
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events


class ExpiryInPast(Unprocessable):
    code = "expiry_in_past"
    message = "expires_at must be in the future."


def _owner(key: dict[str, Any]) -> dict[str, Any]:
    return {"agent_id": key["agent_id"]} if key["agent_id"] else {"user_id": key["user_id"]}


async def mint_key(
    unit: AsyncSession | Conn,
    *,
    org_id: uuid.UUID,
    agent_id: uuid.UUID | None,
    user_id: uuid.UUID | None,
    name: str,
    scopes: list[str],
    expires_at: datetime | None,
    project_keys: list[str] | None,
    actor: Actor,
) -> tuple[dict[str, Any], str]:
    """Mint a key; the whole secret is returned once and only its SHA-256 is stored."""
    if expires_at is not None and expires_at <= utcnow():
        raise ExpiryInPast()
    if project_keys is not None:
        project_keys = sorted({k.upper() for k in project_keys})
    conn = conn_of(unit)
    secret, prefix, digest = keys.generate_key()
    row = await conn.fetchrow(
        q.INSERT_KEY,
        org_id,
        agent_id,
        user_id,
        name,
        prefix,
        digest,
        scopes,
        project_keys,
        expires_at,
        actor.id,
    )
    assert row is not None
    key = dict(row)
    payload = {**_owner(key), "prefix": prefix, "scopes": scopes}
    events.record(conn, "api_key", key, actor, "key.created", payload, project_id=None)
    return key, secret


async def revoke(unit: AsyncSession | Conn, key_id: uuid.UUID, actor: Actor) -> None:
    """Revoke a key (idempotent); it is refused from its very next request."""
    conn = conn_of(unit)
    row = await conn.fetchrow(q.REVOKE_KEY, key_id)
    if row is not None:
        key = dict(row)
        payload = {**_owner(key), "prefix": key["prefix"]}
        events.record(conn, "api_key", key, actor, "key.revoked", payload, project_id=None)
