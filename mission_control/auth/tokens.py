"""Personal access tokens: API keys tied to a person, acting with their role in one org.

Account changes (profile, password, sessions, tokens, leaving an org) need the person's
own session or a token with the `account` scope; no other token may make them.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth import service as keys_service
from mission_control.auth.models import ApiKey
from mission_control.auth.principals import CurrentIdentity, Identity, OrgNotFound
from mission_control.auth.scopes import ACCOUNT_SCOPE, scopes_beyond
from mission_control.core.db import set_org_context, set_user_context
from mission_control.core.errors import Forbidden, NotFound
from mission_control.core.types import Actor
from mission_control.orgs.models import Membership, Organization


class TokenNotFound(NotFound):
    code = "token_not_found"
    message = "Token not found."


class NotAUser(Forbidden):
    code = "not_a_user"
    message = "This is for people; an agent key has /api/v1/agents/me."


class AccountScopeRequired(Forbidden):
    code = "account_scope_required"
    message = "Account changes need your signed-in session or a token with the `account` scope."


class WiderThanMaker(Forbidden):
    code = "wider_than_maker"
    message = "A token cannot hold more than the token that makes it."


def account_holder(identity: Identity) -> uuid.UUID:
    """The person whose account this caller may change (a session, or an `account` token)."""
    if identity.user_id is None:
        raise NotAUser()
    if identity.key is not None and ACCOUNT_SCOPE not in identity.key.scopes:
        raise AccountScopeRequired()
    return identity.user_id


async def account_identity(identity: CurrentIdentity) -> Identity:
    account_holder(identity)
    return identity


AccountIdentity = Annotated[Identity, Depends(account_identity)]
"""The caller, if they may change their own account (else 403)."""


async def create_token(
    session: AsyncSession,
    maker: Identity,
    *,
    org_slug: str,
    name: str,
    scopes: list[str],
    expires_at: datetime | None,
    project_keys: list[str] | None,
) -> tuple[dict[str, Any], str]:
    """Mint a token in an org the user belongs to (another org: 404), never wider than a
    token that makes it: within its org, its scopes and its project limit."""
    user_id = account_holder(maker)
    await set_user_context(session, user_id)
    org_id = await session.scalar(
        select(Organization.id)
        .join(Membership, Membership.org_id == Organization.id)
        .where(Organization.slug == org_slug, Membership.user_id == user_id)
    )
    if org_id is None or (maker.key is not None and maker.key.org_id != org_id):
        raise OrgNotFound()
    if maker.key is not None:
        beyond = scopes_beyond(scopes, maker.key.scopes)
        if beyond:
            raise WiderThanMaker(details={"scopes": beyond})
        if maker.key.project_keys is not None:
            held = {k.upper() for k in maker.key.project_keys}
            if project_keys is None:
                raise WiderThanMaker(
                    "This token is limited to projects; name them (project_keys).",
                    details={"project_keys": sorted(held)},
                )
            outside = sorted({k.upper() for k in project_keys} - held)
            if outside:
                raise WiderThanMaker(details={"project_keys": outside})
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
