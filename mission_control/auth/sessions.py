"""Web sessions: a short JWT in an HttpOnly cookie naming a row that is the truth for revocation."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt
from fastapi import Response
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.core.config import Settings
from mission_control.core.types import utcnow
from mission_control.users.models import User, UserSession

SESSION_COOKIE = "mc_session"
CSRF_COOKIE = "mc_csrf"
CSRF_HEADER = "X-CSRF-Token"
JWT_ALGORITHM = "HS256"


@dataclass(frozen=True, slots=True)
class SessionClaims:
    session_id: uuid.UUID
    user_id: uuid.UUID


async def start_session(
    session: AsyncSession, settings: Settings, user: User, user_agent: str | None
) -> tuple[str, datetime]:
    """Create a session row and return its signed token and expiry."""
    expires = utcnow() + timedelta(days=settings.session_days)
    row = UserSession(user_id=user.id, expires_at=expires, user_agent=(user_agent or "")[:300])
    session.add(row)
    await session.flush()
    token = jwt.encode(
        {"sid": str(row.id), "sub": str(user.id), "exp": expires, "iat": utcnow()},
        settings.resolved_secret_key(),
        algorithm=JWT_ALGORITHM,
    )
    return token, expires


def decode_token(settings: Settings, token: str) -> SessionClaims | None:
    try:
        claims = jwt.decode(token, settings.resolved_secret_key(), algorithms=[JWT_ALGORITHM])
        return SessionClaims(uuid.UUID(claims["sid"]), uuid.UUID(claims["sub"]))
    except (jwt.PyJWTError, KeyError, ValueError):
        return None


async def active_session_user(session: AsyncSession, claims: SessionClaims) -> User | None:
    """The session's user, if the row exists, is not revoked and has not expired."""
    query = (
        select(User)
        .join(UserSession, UserSession.user_id == User.id)
        .where(
            UserSession.id == claims.session_id,
            UserSession.user_id == claims.user_id,
            UserSession.revoked_at.is_(None),
            UserSession.expires_at > utcnow(),
        )
    )
    return (await session.scalars(query)).first()


async def revoke_session(session: AsyncSession, session_id: uuid.UUID) -> None:
    await session.execute(
        update(UserSession)
        .where(UserSession.id == session_id, UserSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )


async def revoke_all_sessions(
    session: AsyncSession, user_id: uuid.UUID, keep: uuid.UUID | None = None
) -> int:
    """Revoke every session of the user (but `keep`, the one asking, if given)."""
    query = update(UserSession).where(
        UserSession.user_id == user_id, UserSession.revoked_at.is_(None)
    )
    if keep is not None:
        query = query.where(UserSession.id != keep)
    result = await session.execute(query.values(revoked_at=utcnow()))
    return int(getattr(result, "rowcount", 0) or 0)


def set_session_cookies(
    response: Response, settings: Settings, token: str, expires: datetime
) -> None:
    max_age = int((expires - utcnow()).total_seconds())
    secure = settings.secure_cookies
    response.set_cookie(
        SESSION_COOKIE, token, max_age=max_age, httponly=True, samesite="lax", secure=secure
    )
    # Double-submit CSRF token: readable by the page's script, echoed in a header.
    response.set_cookie(
        CSRF_COOKIE,
        secrets.token_urlsafe(32),
        max_age=max_age,
        httponly=False,
        samesite="lax",
        secure=secure,
    )


def clear_session_cookies(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE)
    response.delete_cookie(CSRF_COOKIE)
