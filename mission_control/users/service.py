"""Users: sign-up, credentials, profile."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth.passwords import hash_password, verify_password
from mission_control.core.errors import Conflict, NotFound, Unauthorized, Unprocessable
from mission_control.core.ratelimit import RateLimiter
from mission_control.core.types import utcnow
from mission_control.orgs.models import Membership, Organization
from mission_control.users.models import User


class EmailTaken(Conflict):
    code = "email_taken"
    message = "An account with this email already exists."


class UserNotFound(NotFound):
    code = "user_not_found"
    message = "User not found."


class WrongCredentials(Unauthorized):
    code = "invalid_credentials"
    message = "Email or password is wrong."


class WrongCurrentPassword(Unprocessable):
    code = "wrong_current_password"
    message = "current_password is required and must match to set a new password."


def normalize_email(email: str) -> str:
    return email.strip().lower()


async def get_by_email(session: AsyncSession, email: str) -> User | None:
    query = select(User).where(func.lower(User.email) == normalize_email(email))
    return (await session.scalars(query)).first()


async def get(session: AsyncSession, user_id: uuid.UUID) -> User:
    user = await session.get(User, user_id)
    if user is None:
        raise UserNotFound()
    return user


async def create_user(
    session: AsyncSession, *, email: str, password: str | None, display_name: str | None
) -> User:
    """Create a platform user (no org yet)."""
    if await get_by_email(session, email) is not None:
        raise EmailTaken()
    user = User(
        email=normalize_email(email),
        display_name=display_name or normalize_email(email).split("@")[0],
        password_hash=await hash_password(password) if password else None,
    )
    try:
        async with session.begin_nested():
            session.add(user)
            await session.flush()
    except IntegrityError as exc:  # the same email signed up a moment ago
        raise EmailTaken() from exc
    return user


async def authenticate_password(
    session: AsyncSession, email: str, password: str, guard: RateLimiter | None = None
) -> User:
    """The account if the password is right. With a guard, a locked account (too many
    failures, or backing off) is refused before the password is looked at, and a wrong
    password counts; an unknown email is treated exactly like a known one."""
    if guard is not None:
        await guard.check_account(email)
    user = await get_by_email(session, email)
    if not await verify_password(password, user.password_hash if user else None) or user is None:
        if guard is not None:
            await guard.password_failed(email)
        raise WrongCredentials()
    if guard is not None:
        await guard.password_succeeded(email)
    return user


async def count_users(session: AsyncSession) -> int:
    return int(await session.scalar(select(func.count()).select_from(User)) or 0)


async def update_profile(
    session: AsyncSession,
    user: User,
    *,
    display_name: str | None,
    password: str | None,
    current_password: str | None,
) -> bool:
    """Apply profile changes; returns True when the password changed."""
    if display_name is not None:
        user.display_name = display_name
    changed_password = False
    if password is not None:
        if user.password_hash and not await verify_password(
            current_password or "", user.password_hash
        ):
            raise WrongCurrentPassword()
        user.password_hash = await hash_password(password)
        changed_password = True
    user.updated_at = utcnow()
    await session.flush()
    return changed_password


async def memberships(session: AsyncSession, user_id: uuid.UUID) -> list[tuple[Organization, str]]:
    """The orgs a user belongs to (RLS lets a user see their own memberships)."""
    rows = await session.execute(
        select(Organization, Membership.role)
        .join(Membership, Membership.org_id == Organization.id)
        .where(Membership.user_id == user_id)
        .order_by(Organization.name)
    )
    return [(org, role) for org, role in rows.all()]
