"""Minting and revoking API keys, for agents and for people (personal access tokens)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth import keys
from mission_control.auth.models import ApiKey
from mission_control.core.errors import Unprocessable
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events


async def mint_key(
    session: AsyncSession,
    *,
    org_id: uuid.UUID,
    agent_id: uuid.UUID | None,
    user_id: uuid.UUID | None,
    name: str,
    scopes: list[str],
    expires_at: datetime | None,
    project_keys: list[str] | None,
    actor: Actor,
) -> tuple[ApiKey, str]:
    """Mint a key; the whole secret is returned once and only its SHA-256 is stored."""
    if expires_at is not None and expires_at <= utcnow():
        raise Unprocessable("expires_at must be in the future.", code="expiry_in_past")
    secret, prefix, digest = keys.generate_key()
    key = ApiKey(
        org_id=org_id,
        agent_id=agent_id,
        user_id=user_id,
        name=name,
        prefix=prefix,
        digest=digest,
        scopes=scopes,
        expires_at=expires_at,
        project_keys=project_keys,
        created_by=actor.id,
    )
    session.add(key)
    await session.flush()
    await session.refresh(key)
    owner = {"agent_id": str(agent_id)} if agent_id else {"user_id": str(user_id)}
    events.append(
        session,
        org_id=org_id,
        actor=actor,
        type="key.created",
        entity_type="api_key",
        entity_id=key.id,
        payload={**owner, "prefix": prefix, "scopes": scopes},
    )
    return key, secret


async def revoke(session: AsyncSession, key: ApiKey, actor: Actor) -> ApiKey:
    """Revoke a key (idempotent); it is refused from its very next request."""
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        await session.flush()
        owner = {"agent_id": str(key.agent_id)} if key.agent_id else {"user_id": str(key.user_id)}
        events.append(
            session,
            org_id=key.org_id,
            actor=actor,
            type="key.revoked",
            entity_type="api_key",
            entity_id=key.id,
            payload={**owner, "prefix": key.prefix},
        )
    return key
