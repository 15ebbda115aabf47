"""Organizations and their members."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, status

from mission_control.auth.principals import CurrentIdentity, OrgPrincipal, Principal, require
from mission_control.auth.scopes import Access, Role
from mission_control.core.config import DeploymentMode, Settings
from mission_control.core.db import SessionDep, set_user_context
from mission_control.core.errors import Forbidden
from mission_control.core.schemas import Page
from mission_control.core.types import Actor
from mission_control.orgs import service as orgs
from mission_control.orgs.models import Membership
from mission_control.orgs.schemas import (
    MemberAdd,
    MemberOut,
    MemberUpdate,
    OrgCreate,
    OrgOut,
    OrgUpdate,
)
from mission_control.users import service as users
from mission_control.users.models import User

router = APIRouter(prefix="/api/v1/orgs", tags=["orgs"])
Reader = Annotated[Principal, Depends(require("org", Access.READ))]
Manager = Annotated[Principal, Depends(require("org", Access.MANAGE))]
Owner = Annotated[Principal, Depends(require("org", Access.OWN))]


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
        raise Forbidden(
            "This server runs one organization (DEPLOYMENT_MODE=single-tenant).",
            code="single_tenant",
        )
    if identity.user_id is None or identity.key is not None:
        raise Forbidden("Only a signed-in user can create an organization.", code="not_a_user")
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


@router.post("/{org_slug}/members", status_code=status.HTTP_201_CREATED)
async def add_member(body: MemberAdd, principal: Manager, session: SessionDep) -> MemberOut:
    member, user = await orgs.add_member(
        session,
        principal.org_id,
        email=body.email,
        user_id=body.user_id,
        role=body.role,
        actor=principal.actor,
        actor_role=principal.role,
    )
    return _member_out(member, user)


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
    """Remove a member (admins), or leave the org yourself."""
    if principal.user_id != user_id or principal.kind != "user":
        principal.require("org", Access.MANAGE)
    await orgs.remove_member(
        session, principal.org_id, user_id, actor=principal.actor, actor_role=principal.role
    )
