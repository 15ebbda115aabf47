"""The signed-in user."""

from __future__ import annotations

import uuid

from fastapi import APIRouter

from mission_control.auth import sessions
from mission_control.auth.principals import CurrentIdentity, Identity
from mission_control.core.db import SessionDep, set_user_context
from mission_control.core.errors import Forbidden
from mission_control.users import service as users
from mission_control.users.models import User
from mission_control.users.schemas import Me, OrgMembershipOut, UserUpdate

router = APIRouter(prefix="/api/v1/users", tags=["users"])


def _user_id(identity: Identity) -> uuid.UUID:
    if identity.user_id is None:
        raise Forbidden("This is for users; an agent key has /api/v1/agents/me.", code="not_a_user")
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
async def update_me(body: UserUpdate, identity: CurrentIdentity, session: SessionDep) -> Me:
    """Change display name or password (a new password signs out every other session)."""
    user = await users.get(session, _user_id(identity))
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
