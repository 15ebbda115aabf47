"""Personal access tokens: API keys tied to a person, acting with their role in one org."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth import service as keys_service
from mission_control.auth.models import ApiKey
from mission_control.core.db import set_org_context, set_user_context
from mission_control.core.errors import NotFound
from mission_control.core.types import Actor
from mission_control.orgs.models import Membership, Organization


class TokenNotFound(NotFound):
    code = "token_not_found"
    message = "Token not found."


async def create_token(
    session: AsyncSession,
    user_id: uuid.UUID,
    *,
    org_slug: str,
    name: str,
    scopes: list[str],
    expires_at: datetime | None,
    project_keys: list[str] | None,
) -> tuple[dict[str, Any], str]:
    """Mint a token in an org the user belongs to (another org: 404)."""
    await set_user_context(session, user_id)
    org_id = await session.scalar(
        select(Organization.id)
        .join(Membership, Membership.org_id == Organization.id)
        .where(Organization.slug == org_slug, Membership.user_id == user_id)
    )
    if org_id is None:
        raise NotFound("Organization not found.", code="org_not_found")
    await set_org_context(session, org_id)
    return await keys_service.mint_key(
        session,
        org_id=org_id,
        agent_id=None,
        user_id=user_id,
        name=name,
        scopes=scopes,
        expires_at=expires_at,
        project_keys=project_keys,
        actor=Actor("user", user_id),
    )


async def list_tokens(session: AsyncSession, user_id: uuid.UUID) -> list[ApiKey]:
    query = select(ApiKey).where(ApiKey.user_id == user_id).order_by(ApiKey.created_at)
    return list((await session.scalars(query)).all())


async def revoke_token(session: AsyncSession, user_id: uuid.UUID, token_id: uuid.UUID) -> None:
    key = (
        await session.scalars(
            select(ApiKey).where(ApiKey.id == token_id, ApiKey.user_id == user_id)
        )
    ).first()
    if key is None:
        raise TokenNotFound()
    # The revocation event belongs to the token's org.
    await set_org_context(session, key.org_id)
    await keys_service.revoke(session, key.id, Actor("user", user_id))
