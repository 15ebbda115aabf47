"""Organizations and their members."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status

from mission_control.auth import sessions, tokens
from mission_control.auth.principals import (
    CurrentIdentity,
    MaybeIdentity,
    OrgPrincipal,
    Principal,
    require,
)
from mission_control.auth.scopes import Access, Role
from mission_control.core.config import DeploymentMode, Settings
from mission_control.core.db import SessionDep, set_user_context
from mission_control.core.errors import Forbidden
from mission_control.core.ratelimit import RateLimiter
from mission_control.core.schemas import Page
from mission_control.core.types import Actor
from mission_control.orgs import service as orgs
from mission_control.orgs.models import Membership
from mission_control.orgs.schemas import (
    AcceptedInvitation,
    InvitationAccept,
    InvitationCreated,
    InvitationOut,
    MemberAdd,
    MemberOut,
    MemberUpdate,
    OrgCreate,
    OrgOut,
    OrgUpdate,
)
from mission_control.users import service as users
from mission_control.users.models import User
from mission_control.users.schemas import UserOut

router = APIRouter(prefix="/api/v1/orgs", tags=["orgs"])
invitations_router = APIRouter(prefix="/api/v1/invitations", tags=["orgs"])
Reader = Annotated[Principal, Depends(require("org", Access.READ))]
Manager = Annotated[Principal, Depends(require("org", Access.MANAGE))]
Inviter = Annotated[Principal, Depends(require("org", Access.MANAGE, creates=True))]
Owner = Annotated[Principal, Depends(require("org", Access.OWN))]


class SingleTenant(Forbidden):
    code = "single_tenant"
    message = "This server runs one organization (DEPLOYMENT_MODE=single-tenant)."


class NotAUser(Forbidden):
    code = "not_a_user"
    message = "Only a signed-in user can create an organization."


@router.get("")
async def list_orgs(identity: CurrentIdentity, session: SessionDep) -> Page[OrgOut]:
    """The orgs the caller belongs to (an agent key: its one org)."""
    if identity.key is not None and identity.user_id is None:
        org = await orgs.get(session, identity.key.org_id)
        return Page(items=[OrgOut.model_validate(org)], next_cursor=None)
    assert identity.user_id is not None
    await set_user_context(session, identity.user_id)
    rows = await users.memberships(session, identity.user_id)
    items = [
        OrgOut(id=o.id, slug=o.slug, name=o.name, created_at=o.created_at, role=Role(r))
        for o, r in rows
    ]
    return Page(items=items, next_cursor=None)


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_org(
    body: OrgCreate, request: Request, identity: CurrentIdentity, session: SessionDep
) -> OrgOut:
    """Create an org owned by the caller (multi-tenant mode)."""
    settings: Settings = request.app.state.settings
    if settings.deployment_mode is not DeploymentMode.MULTI_TENANT:
        raise SingleTenant()
    if identity.user_id is None or identity.key is not None:
        raise NotAUser()
    owner = await users.get(session, identity.user_id)
    org = await orgs.create_org(
        session, slug=body.slug, name=body.name, owner=owner, actor=Actor("user", owner.id)
    )
    return OrgOut(
        id=org.id, slug=org.slug, name=org.name, created_at=org.created_at, role=Role.OWNER
    )


@router.get("/{org_slug}")
async def get_org(principal: Reader, session: SessionDep) -> OrgOut:
    org = await orgs.get(session, principal.org_id)
    return OrgOut(
        id=org.id, slug=org.slug, name=org.name, created_at=org.created_at, role=principal.role
    )


@router.patch("/{org_slug}")
async def update_org(body: OrgUpdate, principal: Manager, session: SessionDep) -> OrgOut:
    org = await orgs.update_org(session, principal.org_id, name=body.name, actor=principal.actor)
    return OrgOut(
        id=org.id, slug=org.slug, name=org.name, created_at=org.created_at, role=principal.role
    )


@router.delete("/{org_slug}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_org(principal: Owner, session: SessionDep) -> None:
    """Delete the org and everything in it (owners only)."""
    await orgs.delete_org(session, principal.org_id)


def _member_out(member: Membership, user: User) -> MemberOut:
    return MemberOut(
        user_id=user.id,
        email=user.email,
        display_name=user.display_name,
        role=Role(member.role),
        created_at=member.created_at,
    )


@router.get("/{org_slug}/members")
async def list_members(principal: Reader, session: SessionDep) -> Page[MemberOut]:
    rows = await orgs.list_members(session, principal.org_id)
    return Page(items=[_member_out(m, u) for m, u in rows], next_cursor=None)


@router.post("/{org_slug}/members", status_code=status.HTTP_202_ACCEPTED)
async def add_member(
    body: MemberAdd, principal: Inviter, session: SessionDep, request: Request
) -> InvitationCreated:
    """Invite an email (202, with the link, shown only here); they join when they accept.
    The answer is the same whether or not the email has an account."""
    result = await orgs.add_member(
        session,
        principal.org_id,
        email=body.email,
        role=body.role,
        actor=principal.actor,
        actor_role=principal.role,
    )
    settings: Settings = request.app.state.settings
    return InvitationCreated(
        **InvitationOut.model_validate(result.invitation).model_dump(),
        token=result.token,
        link=f"{settings.public_url.rstrip('/')}/invite/{result.token}",
    )


@router.get("/{org_slug}/invitations")
async def list_invitations(principal: Manager, session: SessionDep) -> Page[InvitationOut]:
    """Pending invitations (their links are not shown again)."""
    rows = await orgs.list_invitations(session, principal.org_id)
    return Page(items=[InvitationOut.model_validate(i) for i in rows], next_cursor=None)


@router.delete("/{org_slug}/invitations/{invitation_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_invitation(
    invitation_id: uuid.UUID, principal: Manager, session: SessionDep
) -> None:
    await orgs.delete_invitation(session, principal.org_id, invitation_id, principal.actor)


@invitations_router.post("/{token}/accept")
async def accept_invitation(
    token: str,
    request: Request,
    response: Response,
    session: SessionDep,
    identity: MaybeIdentity,
    body: InvitationAccept | None = None,
) -> AcceptedInvitation:
    """Join the inviting org: signed in as the invited email, or with the password of its
    account, or choosing one to create it; signs you in when you were not."""
    limiter: RateLimiter = request.app.state.limiter
    await limiter.hit_auth_ip(request.client.host if request.client else None)
    body = body or InvitationAccept()
    signed_in = tokens.account_holder(identity) if identity is not None else None
    user, org = await orgs.accept_invitation(
        session,
        token,
        signed_in=signed_in,
        password=body.password,
        display_name=body.display_name,
        guard=limiter,
    )
    if identity is None:
        settings: Settings = request.app.state.settings
        session_token, expires = await sessions.start_session(
            session, settings, user, request.headers.get("user-agent")
        )
        sessions.set_session_cookies(response, settings, session_token, expires)
    return AcceptedInvitation(user=UserOut.model_validate(user), org=OrgOut.model_validate(org))


@router.patch("/{org_slug}/members/{user_id}")
async def update_member(
    user_id: uuid.UUID, body: MemberUpdate, principal: Manager, session: SessionDep
) -> MemberOut:
    member, user = await orgs.change_role(
        session,
        principal.org_id,
        user_id,
        role=body.role,
        actor=principal.actor,
        actor_role=principal.role,
    )
    return _member_out(member, user)


@router.delete("/{org_slug}/members/{user_id}", status_code=status.HTTP_204_NO_CONTENT)
async def remove_member(user_id: uuid.UUID, principal: OrgPrincipal, session: SessionDep) -> None:
    """Remove a member (admins), or leave the org yourself (an account change)."""
    if principal.user_id != user_id or principal.kind != "user":
        principal.require("org", Access.MANAGE)
    else:
        tokens.account_holder(principal.identity)
    await orgs.remove_member(
        session, principal.org_id, user_id, actor=principal.actor, actor_role=principal.role
    )
