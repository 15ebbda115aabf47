"""The signed-in user."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, status

from mission_control.agents.schemas import TokenCreate, TokenCreated, TokenOut
from mission_control.auth import sessions, tokens
from mission_control.auth.principals import CurrentIdentity, Identity
from mission_control.auth.tokens import AccountIdentity
from mission_control.core.db import SessionDep, set_user_context
from mission_control.core.schemas import Page
from mission_control.users import service as users
from mission_control.users.models import User
from mission_control.users.schemas import Me, OrgMembershipOut, UserUpdate

router = APIRouter(prefix="/api/v1/users", tags=["users"])


def _user_id(identity: Identity) -> uuid.UUID:
    if identity.user_id is None:
        raise tokens.NotAUser()
    return identity.user_id


async def _me(session: SessionDep, user: User) -> Me:
    await set_user_context(session, user.id)
    rows = await users.memberships(session, user.id)
    return Me(
        id=user.id,
        email=user.email,
        display_name=user.display_name,
        created_at=user.created_at,
        orgs=[
            OrgMembershipOut(id=org.id, slug=org.slug, name=org.name, role=role)
            for org, role in rows
        ],
    )


@router.get("/me")
async def get_me(identity: CurrentIdentity, session: SessionDep) -> Me:
    """The caller's profile and the orgs they belong to."""
    return await _me(session, await users.get(session, _user_id(identity)))


@router.patch("/me")
async def update_me(body: UserUpdate, identity: AccountIdentity, session: SessionDep) -> Me:
    """Change display name or password (a new password signs out every other session)."""
    user = await users.get(session, tokens.account_holder(identity))
    changed = await users.update_profile(
        session,
        user,
        display_name=body.display_name,
        password=body.password,
        current_password=body.current_password,
    )
    if changed:
        await sessions.revoke_all_sessions(session, user.id, keep=identity.session_id)
    return await _me(session, user)


@router.get("/me/tokens")
async def list_tokens(identity: AccountIdentity, session: SessionDep) -> Page[TokenOut]:
    """Your personal access tokens, in every org (secrets are never shown again)."""
    user_id = tokens.account_holder(identity)
    await set_user_context(session, user_id)
    rows = await tokens.list_tokens(session, user_id)
    return Page(items=[TokenOut.model_validate(t) for t in rows], next_cursor=None)


@router.post("/me/tokens", status_code=status.HTTP_201_CREATED)
async def create_token(
    body: TokenCreate, identity: AccountIdentity, session: SessionDep
) -> TokenCreated:
    """Mint a personal access token: your role in the org, narrowed to its scopes (a token
    with `account` mints only within its own org, scopes and project limit)."""
    key, secret = await tokens.create_token(
        session,
        identity,
        org_slug=body.org,
        name=body.name,
        scopes=body.scopes,
        expires_at=body.expires_at,
        project_keys=body.project_keys,
    )
    return TokenCreated.model_validate({**TokenOut.model_validate(key).model_dump(), "key": secret})


@router.delete("/me/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_token(token_id: uuid.UUID, identity: AccountIdentity, session: SessionDep) -> None:
    """Revoke one of your tokens; it is refused from its very next request."""
    user_id = tokens.account_holder(identity)
    await set_user_context(session, user_id)
    await tokens.revoke_token(session, user_id, token_id)
