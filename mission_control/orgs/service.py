"""Organizations and memberships; the last owner of an org can neither leave nor be demoted."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth.principals import OrgNotFound
from mission_control.auth.scopes import Role
from mission_control.core.db import set_org_context
from mission_control.core.errors import Conflict, Gone, NotFound, Unprocessable
from mission_control.core.ratelimit import RateLimiter
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events
from mission_control.orgs.models import Invitation, Membership, Organization
from mission_control.users import service as users
from mission_control.users.models import User


class SlugTaken(Conflict):
    code = "slug_taken"
    message = "An organization with this slug already exists."


class MemberNotFound(NotFound):
    code = "member_not_found"
    message = "Member not found."


class LastOwner(Conflict):
    code = "last_owner"
    message = "An organization must keep at least one owner."


class AlreadyMember(Conflict):
    code = "already_member"
    message = "This user is already a member."


class OwnerRequired(Unprocessable):
    code = "owner_required"
    message = "Only an owner can add an owner."


class InvitationExpired(Gone):
    code = "invitation_expired"
    message = "This invitation has expired; ask for a new one."


class PasswordRequired(Unprocessable):
    code = "password_required"
    message = "Give your password: the one of your account, or a new one to create it."


async def create_org(
    session: AsyncSession, *, slug: str, name: str, owner: User, actor: Actor
) -> Organization:
    """Create an org with `owner` as its first owner."""
    if await get_by_slug(session, slug) is not None:
        raise SlugTaken()
    org = Organization(slug=slug, name=name)
    session.add(org)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:
        raise SlugTaken() from exc
    await set_org_context(session, org.id)
    events.append(
        session,
        org_id=org.id,
        actor=actor,
        type="org.created",
        entity_type="org",
        entity_id=org.id,
        payload={"slug": slug, "name": name, "owner_id": str(owner.id)},
    )
    await join_as(session, org.id, owner, Role.OWNER, actor)
    return org


async def get_by_slug(session: AsyncSession, slug: str) -> Organization | None:
    return (await session.scalars(select(Organization).where(Organization.slug == slug))).first()


async def get(session: AsyncSession, org_id: uuid.UUID) -> Organization:
    org = await session.get(Organization, org_id)
    if org is None:
        raise OrgNotFound()
    return org


async def update_org(
    session: AsyncSession, org_id: uuid.UUID, *, name: str | None, actor: Actor
) -> Organization:
    org = await get(session, org_id)
    if name is not None and name != org.name:
        before = org.name
        org.name = name
        events.append(
            session,
            org_id=org.id,
            actor=actor,
            type="org.updated",
            entity_type="org",
            entity_id=org.id,
            payload={"before": {"name": before}, "after": {"name": name}},
        )
    await session.flush()
    return org


async def delete_org(session: AsyncSession, org_id: uuid.UUID) -> None:
    """Delete the org and, by cascade, everything in it."""
    await session.execute(delete(Organization).where(Organization.id == org_id))


async def list_members(session: AsyncSession, org_id: uuid.UUID) -> list[tuple[Membership, User]]:
    rows = await session.execute(
        select(Membership, User)
        .join(User, User.id == Membership.user_id)
        .where(Membership.org_id == org_id)
        .order_by(Membership.created_at, User.email)
    )
    return [(m, u) for m, u in rows.all()]


async def _membership(session: AsyncSession, org_id: uuid.UUID, user_id: uuid.UUID) -> Membership:
    member = await session.get(Membership, (org_id, user_id), with_for_update=True)
    if member is None:
        raise MemberNotFound()
    return member


async def _lock_owners(session: AsyncSession, org_id: uuid.UUID) -> int:
    """Lock the org's owner memberships, always in user id order, and count them.

    Every change that can take an owner away locks these rows first and in one order, so
    two owners leaving (or demoting each other) at once queue up instead of deadlocking,
    and the second sees the first's change: the org never ends up without an owner.
    """
    owners = await session.scalars(
        select(Membership.user_id)
        .where(Membership.org_id == org_id, Membership.role == Role.OWNER.value)
        .order_by(Membership.user_id)
        .with_for_update()
    )
    return len(owners.all())


async def _is_owner(
    session: AsyncSession, org_id: uuid.UUID, actor: Actor, actor_role: Role | None
) -> bool:
    """Whether the actor is an owner now: the role read when the request began may have been
    taken away by a change that committed while this one waited for the owner locks."""
    if actor_role is not Role.OWNER or actor.type != "user" or actor.id is None:
        return False
    role = await session.scalar(
        select(Membership.role).where(Membership.org_id == org_id, Membership.user_id == actor.id)
    )
    return role == Role.OWNER.value


async def add_member(
    session: AsyncSession,
    org_id: uuid.UUID,
    *,
    email: str,
    role: Role,
    actor: Actor,
    actor_role: Role | None,
) -> Invited:
    """Invite an email to the org. Whether it has an account (or is a member already) is
    not looked at: the answer is the same, and nobody joins without accepting."""
    if role is Role.OWNER and actor_role is not Role.OWNER:
        raise OwnerRequired()
    return await invite(session, org_id, email=email, role=role, actor=actor)


async def join_as(
    session: AsyncSession, org_id: uuid.UUID, user: User, role: Role, actor: Actor
) -> Membership:
    """Add `user` to the org with `role` (the org context must be this org)."""
    await set_org_context(session, org_id)
    member = Membership(org_id=org_id, user_id=user.id, role=role.value)
    try:
        async with session.begin_nested():
            session.add(member)
            await session.flush()
    except IntegrityError as exc:  # a concurrent join of the same person
        raise AlreadyMember() from exc
    events.append(
        session,
        org_id=org_id,
        actor=actor,
        type="member.added",
        entity_type="member",
        entity_id=user.id,
        payload={"user_id": str(user.id), "role": role.value},
    )
    return member


async def change_role(
    session: AsyncSession,
    org_id: uuid.UUID,
    user_id: uuid.UUID,
    *,
    role: Role,
    actor: Actor,
    actor_role: Role | None,
) -> tuple[Membership, User]:
    owners = await _lock_owners(session, org_id)
    member = await _membership(session, org_id, user_id)
    before = Role(member.role)
    touches_owner = Role.OWNER in (role, before)
    if touches_owner and not await _is_owner(session, org_id, actor, actor_role):
        raise OwnerRequired()
    if before is Role.OWNER and role is not Role.OWNER and owners <= 1:
        raise LastOwner()
    if before is not role:
        member.role = role.value
        await session.flush()
        events.append(
            session,
            org_id=org_id,
            actor=actor,
            type="member.role_changed",
            entity_type="member",
            entity_id=user_id,
            payload={"before": {"role": before.value}, "after": {"role": role.value}},
        )
    return member, await users.get(session, user_id)


async def remove_member(
    session: AsyncSession,
    org_id: uuid.UUID,
    user_id: uuid.UUID,
    *,
    actor: Actor,
    actor_role: Role | None,
) -> None:
    owners = await _lock_owners(session, org_id)
    member = await _membership(session, org_id, user_id)
    if member.role == Role.OWNER.value:
        if actor.id != user_id and not await _is_owner(session, org_id, actor, actor_role):
            raise OwnerRequired()
        if owners <= 1:
            raise LastOwner()
    await session.delete(member)
    await session.flush()
    events.append(
        session,
        org_id=org_id,
        actor=actor,
        type="member.removed",
        entity_type="member",
        entity_id=user_id,
        payload={"user_id": str(user_id), "role": member.role},
    )


async def count_orgs(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(Organization)) or 0)


INVITATION_DAYS = 7


class InvitationNotFound(NotFound):
    code = "invitation_not_found"
    message = "Invitation not found."


class AlreadyInvited(Conflict):
    code = "already_invited"
    message = "This email already has a pending invitation."


@dataclass(frozen=True, slots=True)
class Invited:
    invitation: Invitation
    token: str  # shown to the inviter once, inside the link


def _digest(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


async def invite(
    session: AsyncSession, org_id: uuid.UUID, *, email: str, role: Role, actor: Actor
) -> Invited:
    """A pending invitation for an email; accepting it joins (and if need be creates) the
    account. One pending invitation per email and org."""
    email = users.normalize_email(email)
    pending = await session.scalar(
        select(Invitation.id).where(
            Invitation.org_id == org_id,
            func.lower(Invitation.email) == email,
            Invitation.accepted_at.is_(None),
            Invitation.expires_at > utcnow(),
        )
    )
    if pending is not None:
        raise AlreadyInvited()
    # An expired, unaccepted invitation for the same email gives way to the new one.
    await session.execute(
        delete(Invitation).where(
            Invitation.org_id == org_id,
            func.lower(Invitation.email) == email,
            Invitation.accepted_at.is_(None),
        )
    )
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        org_id=org_id,
        email=email,
        role=role.value,
        token_digest=_digest(token),
        invited_by=actor.id,
        expires_at=utcnow() + timedelta(days=INVITATION_DAYS),
    )
    session.add(invitation)
    await session.flush()
    events.append(
        session,
        org_id=org_id,
        actor=actor,
        type="invitation.created",
        entity_type="invitation",
        entity_id=invitation.id,
        payload={"email": email, "role": role.value},
    )
    return Invited(invitation, token)


async def list_invitations(session: AsyncSession, org_id: uuid.UUID) -> list[Invitation]:
    query = (
        select(Invitation)
        .where(Invitation.org_id == org_id, Invitation.accepted_at.is_(None))
        .order_by(Invitation.created_at)
    )
    return list((await session.scalars(query)).all())


async def delete_invitation(
    session: AsyncSession, org_id: uuid.UUID, invitation_id: uuid.UUID, actor: Actor
) -> None:
    invitation = await session.get(Invitation, invitation_id)
    if invitation is None or invitation.accepted_at is not None:
        raise InvitationNotFound()
    await session.delete(invitation)
    events.append(
        session,
        org_id=org_id,
        actor=actor,
        type="invitation.deleted",
        entity_type="invitation",
        entity_id=invitation_id,
        payload={"email": invitation.email},
    )


class InvitationRaced(Conflict):
    code = "invitation_accepted"
    message = "This invitation was accepted a moment ago."


async def accept_invitation(
    session: AsyncSession,
    token: str,
    *,
    signed_in: uuid.UUID | None,
    password: str | None,
    display_name: str | None,
    guard: RateLimiter | None = None,
) -> tuple[User, Organization]:
    """Join the org: as the signed-in user with the invited email, as the invited email's
    existing account (its password), or as a new account made for the invited email."""
    found = (
        await session.execute(
            text("SELECT * FROM mc_lookup_invitation(:digest)"), {"digest": _digest(token)}
        )
    ).first()
    if found is None or found.accepted_at is not None:
        raise InvitationNotFound()
    if found.expires_at <= utcnow():
        raise InvitationExpired()
    if signed_in is not None:
        user = await users.get(session, signed_in)
        if users.normalize_email(user.email) != users.normalize_email(found.email):
            raise InvitationNotFound()
    await set_org_context(session, found.org_id)
    # Concurrent accepts of one invitation queue here; all but the first get 409.
    invitation = await session.get(Invitation, found.id, with_for_update=True)
    if invitation is None:
        raise InvitationNotFound()
    if invitation.accepted_at is not None:
        raise InvitationRaced()
    if signed_in is None:
        if not password:
            raise PasswordRequired()
        existing = await users.get_by_email(session, found.email)
        if existing is not None:
            user = await users.authenticate_password(session, found.email, password, guard)
        else:
            user = await users.create_user(
                session, email=found.email, password=password, display_name=display_name
            )
    if await session.get(Membership, (found.org_id, user.id)) is not None:
        raise AlreadyMember()
    invitation.accepted_at, invitation.accepted_by = utcnow(), user.id
    actor = Actor("user", user.id)
    await join_as(session, found.org_id, user, Role(found.role), actor)
    events.append(
        session,
        org_id=found.org_id,
        actor=actor,
        type="invitation.accepted",
        entity_type="invitation",
        entity_id=found.id,
        payload={"email": found.email, "role": found.role},
    )
    return user, await get(session, found.org_id)
