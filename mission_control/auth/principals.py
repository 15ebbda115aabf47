"""One dependency turns a request into a principal for the org in the path.

A caller is identified first (session cookie or API key, through the narrow
paths that need no org), then the org in the path is resolved; a caller who is
not in that org gets 404, so another org's existence never leaks.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

import structlog
from fastapi import Depends, Request
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth import keys
from mission_control.auth.scopes import ROLE_FOR_ACCESS, Access, Role, scopes_allow
from mission_control.auth.sessions import (
    CSRF_COOKIE,
    CSRF_HEADER,
    SESSION_COOKIE,
    active_session_user,
    decode_token,
)
from mission_control.core.config import Settings
from mission_control.core.db import (
    Database,
    SessionDep,
    limit_to_projects,
    set_org_context,
    set_user_context,
)
from mission_control.core.errors import Forbidden, NotFound, Unauthorized
from mission_control.core.types import Actor, utcnow
from mission_control.orgs.models import Membership, Organization

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TOUCH_INTERVAL_SECONDS = 60.0


class OrgNotFound(NotFound):
    code = "org_not_found"
    message = "Organization not found."


class InvalidCredentials(Unauthorized):
    code = "invalid_credentials"


class CsrfFailed(Forbidden):
    code = "csrf_failed"
    message = "Missing or wrong X-CSRF-Token header for a cookie-authenticated request."


@dataclass(frozen=True, slots=True)
class KeyRecord:
    id: uuid.UUID
    org_id: uuid.UUID
    org_slug: str
    org_name: str
    agent: dict[str, Any] | None  # the key's agent as of this request (definer lookup)
    agent_id: uuid.UUID | None
    user_id: uuid.UUID | None
    scopes: frozenset[str]
    project_keys: tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class Identity:
    """Who is calling, before any org is chosen."""

    kind: Literal["user", "agent"]
    user_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    key: KeyRecord | None = None

    @property
    def agent_id(self) -> uuid.UUID | None:
        return self.key.agent_id if self.key else None


@dataclass(frozen=True, slots=True)
class Principal:
    """A caller acting in one org: a user with a role, or an agent with scopes."""

    org_id: uuid.UUID
    org_slug: str
    identity: Identity
    role: Role | None
    scopes: frozenset[str] | None

    @property
    def kind(self) -> Literal["user", "agent"]:
        return self.identity.kind

    @property
    def user_id(self) -> uuid.UUID | None:
        return self.identity.user_id

    @property
    def agent_id(self) -> uuid.UUID | None:
        return self.identity.agent_id

    @property
    def actor(self) -> Actor:
        if self.identity.kind == "agent":
            return Actor("agent", self.identity.agent_id)
        return Actor("user", self.identity.user_id)

    def allows(self, domain: str, access: Access) -> bool:
        if self.role is not None and self.role.rank < ROLE_FOR_ACCESS[access].rank:
            return False
        return self.scopes is None or scopes_allow(self.scopes, domain, access)

    def require(self, domain: str, access: Access) -> None:
        if not self.allows(domain, access):
            if self.scopes is not None:
                raise Forbidden(
                    f"This key lacks the scope for {access.value} on {domain}.",
                    code="insufficient_scope",
                )
            raise Forbidden(
                f"Your role ({self.role}) may not {access.value} {domain}.",
                code="insufficient_role",
            )


class KeyUsage:
    """Writes last_used_at at most about once a minute per key, outside the request."""

    def __init__(self) -> None:
        self._last: dict[uuid.UUID, float] = {}
        self._tasks: set[asyncio.Task[None]] = set()

    def seen(self, db: Database, key_id: uuid.UUID) -> None:
        now = time.monotonic()
        if now - self._last.get(key_id, -TOUCH_INTERVAL_SECONDS) < TOUCH_INTERVAL_SECONDS:
            return
        self._last[key_id] = now
        task = asyncio.create_task(self._write(db, key_id, utcnow()))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _write(self, db: Database, key_id: uuid.UUID, at: datetime) -> None:
        try:
            async with db.system_session() as session:
                await session.execute(
                    text("SELECT mc_touch_api_keys(ARRAY[:id]::uuid[], :at)"),
                    {"id": key_id, "at": at},
                )
        except Exception:  # a lost touch costs nothing; the next minute writes again
            self._last.pop(key_id, None)
            structlog.get_logger(__name__).warning("api_key_touch_failed", key_id=str(key_id))

    async def drain(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise InvalidCredentials("The Authorization header must be `Bearer mc_...`.")
    return token.strip()


async def _identity_from_key(session: AsyncSession, token: str) -> Identity:
    if not keys.looks_like_key(token):
        raise InvalidCredentials("The API key is not valid.")
    # One round trip: the definer lookup (key, org, agent) and the org context
    # for the rest of this transaction (the key can only act in its own org).
    row = (
        await session.execute(
            text(
                "SELECT k.*, now() AS now, set_config('app.current_org_id', k.org_id::text, true)"
                " FROM mc_lookup_api_key(:digest) k"
            ),
            {"digest": keys.digest_key(token)},
        )
    ).first()
    if row is None:
        raise InvalidCredentials("The API key is not valid.")
    if row.revoked_at is not None:
        raise InvalidCredentials("The API key has been revoked.", code="key_revoked")
    if row.expires_at is not None and row.expires_at <= row.now:
        raise InvalidCredentials("The API key has expired.", code="key_expired")
    session.info["org_id"] = str(row.org_id)
    limit_to_projects(session, tuple(row.project_keys) if row.project_keys is not None else None)
    record = KeyRecord(
        id=row.id,
        org_id=row.org_id,
        org_slug=row.org_slug,
        org_name=row.org_name,
        agent=row.agent,
        agent_id=row.agent_id,
        user_id=row.user_id,
        scopes=frozenset(row.scopes),
        project_keys=tuple(row.project_keys) if row.project_keys is not None else None,
    )
    kind: Literal["user", "agent"] = "agent" if record.agent_id else "user"
    return Identity(kind=kind, user_id=record.user_id, key=record)


async def _identity_from_cookie(request: Request, session: AsyncSession) -> Identity | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    settings: Settings = request.app.state.settings
    claims = decode_token(settings, token)
    if claims is None:
        raise InvalidCredentials(
            "Your session is not valid; sign in again.", code="session_invalid"
        )
    user = await active_session_user(session, claims)
    if user is None:
        raise InvalidCredentials("Your session has ended; sign in again.", code="session_expired")
    if request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER)
        expected = request.cookies.get(CSRF_COOKIE)
        if not sent or not expected or sent != expected:
            raise CsrfFailed()
    return Identity(kind="user", user_id=user.id, session_id=claims.session_id)


async def authenticate(request: Request, session: SessionDep) -> Identity:
    """Identify the caller from `Authorization: Bearer mc_…` or the session cookie."""
    token = _bearer(request)
    if token is not None:
        identity = await _identity_from_key(session, token)
        assert identity.key is not None
        request.app.state.key_usage.seen(request.app.state.db, identity.key.id)
    else:
        found = await _identity_from_cookie(request, session)
        if found is None:
            raise Unauthorized("Sign in, or send `Authorization: Bearer mc_...`.")
        identity = found
    structlog.contextvars.bind_contextvars(
        principal=f"{identity.kind}:{identity.agent_id or identity.user_id}"
    )
    return identity


CurrentIdentity = Annotated[Identity, Depends(authenticate)]


async def maybe_authenticate(request: Request, session: SessionDep) -> Identity | None:
    """The caller if they sent credentials, else None (for routes open to both)."""
    if "authorization" not in request.headers and SESSION_COOKIE not in request.cookies:
        return None
    return await authenticate(request, session)


MaybeIdentity = Annotated[Identity | None, Depends(maybe_authenticate)]


async def resolve_org_principal(
    request: Request, org_slug: str, session: SessionDep, identity: CurrentIdentity
) -> Principal:
    """The caller as a principal of the org named in the path, or 404."""
    if identity.key is not None:
        if identity.key.org_slug != org_slug:
            raise OrgNotFound()
        role: Role | None = None
        if identity.user_id is not None:
            role = await _membership_role(session, identity.key.org_id, identity.user_id)
            if role is None:
                raise OrgNotFound()
        principal = Principal(
            org_id=identity.key.org_id,
            org_slug=org_slug,
            identity=identity,
            role=role,
            scopes=identity.key.scopes,
        )
    else:
        assert identity.user_id is not None
        await set_user_context(session, identity.user_id)
        row = (
            await session.execute(
                select(Organization.id, Membership.role)
                .join(
                    Membership,
                    (Membership.org_id == Organization.id)
                    & (Membership.user_id == identity.user_id),
                )
                .where(Organization.slug == org_slug)
            )
        ).first()
        if row is None:
            raise OrgNotFound()
        await set_org_context(session, row.id)
        principal = Principal(
            org_id=row.id, org_slug=org_slug, identity=identity, role=Role(row.role), scopes=None
        )
    structlog.contextvars.bind_contextvars(org=org_slug)
    return principal


async def _membership_role(
    session: AsyncSession, org_id: uuid.UUID, user_id: uuid.UUID
) -> Role | None:
    role = await session.scalar(
        select(Membership.role).where(Membership.org_id == org_id, Membership.user_id == user_id)
    )
    return Role(role) if role else None


OrgPrincipal = Annotated[Principal, Depends(resolve_org_principal)]


def require(domain: str, access: Access) -> Callable[..., Awaitable[Principal]]:
    """A dependency: the org principal, if it may do `access` in `domain` (else 403)."""

    async def dependency(principal: OrgPrincipal) -> Principal:
        principal.require(domain, access)
        return principal

    dependency.__name__ = f"require_{domain}_{access.value}"
    return dependency
