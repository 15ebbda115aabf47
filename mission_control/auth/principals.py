"""One lookup turns a request into a principal for the org in the path.

A caller is identified through the narrow definer functions that need no org
(`mc_lookup_api_key`, `mc_resolve_session`), which in the same statement bind
the transaction to the caller's org; a caller who is not in the org named in
the path gets 404, so another org's existence never leaks. One round trip
authenticates, authorises and sets the org context.

Two flavours of the same dependencies, one per unit of work (core/db.py):
`require_tx` / `TxPrincipal` / `TxIdentity` for routes on a `Tx` (the hot path,
and every new domain), `require` / `OrgPrincipal` / `CurrentIdentity` for routes
on the ORM session.
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
from sqlalchemy import text

from mission_control.auth import keys
from mission_control.auth import queries as q
from mission_control.auth.scopes import ROLE_FOR_ACCESS, Access, Role, scopes_allow
from mission_control.auth.sessions import CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE, decode_token
from mission_control.core import idempotency
from mission_control.core.config import Settings
from mission_control.core.db import (
    ORG,
    USER,
    Conn,
    Database,
    Record,
    SessionConn,
    SessionDep,
    TxDep,
    limit_to_projects,
)
from mission_control.core.errors import Forbidden, NotFound, Unauthorized
from mission_control.core.types import Actor, utcnow

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


class InsufficientScope(Forbidden):
    code = "insufficient_scope"


class InsufficientRole(Forbidden):
    code = "insufficient_role"


class KeyRevoked(InvalidCredentials):
    code = "key_revoked"
    message = "The API key has been revoked."


class KeyExpired(InvalidCredentials):
    code = "key_expired"
    message = "The API key has expired."


class SessionInvalid(InvalidCredentials):
    code = "session_invalid"
    message = "Your session is not valid; sign in again."


class SessionExpired(InvalidCredentials):
    code = "session_expired"
    message = "Your session has ended; sign in again."


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
    role: Role | None  # a personal token's person's role in the key's org
    parent_id: uuid.UUID | None = None  # a sub-agent's parent agent
    depth: int = 0  # 0 for an agent, 1..3 for sub-agents


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
    """A caller acting in one org: a person with a role, an agent with scopes, or a
    person's token (role and scopes both apply)."""

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
    def project_keys(self) -> tuple[str, ...] | None:
        """The project keys a key is limited to, or None (every project)."""
        key = self.identity.key
        return key.project_keys if key is not None else None

    @property
    def parent_id(self) -> uuid.UUID | None:
        """A sub-agent key's parent agent (recorded on its claims and messages), or None."""
        key = self.identity.key
        return key.parent_id if key is not None else None

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
                raise InsufficientScope(f"This key lacks the scope for {access.value} on {domain}.")
            raise InsufficientRole(f"Your role ({self.role}) may not {access.value} {domain}.")


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


def _key_record(row: Record) -> KeyRecord:
    project_keys = row["project_keys"]
    return KeyRecord(
        id=row["id"],
        org_id=row["org_id"],
        org_slug=row["org_slug"],
        org_name=row["org_name"],
        agent=row["agent"],
        agent_id=row["agent_id"],
        user_id=row["user_id"],
        scopes=frozenset(row["scopes"]),
        project_keys=tuple(project_keys) if project_keys is not None else None,
        role=Role(row["role"]) if row["role"] else None,
        parent_id=row["parent_id"],
        depth=row["depth"] or 0,
    )


async def _by_key(request: Request, conn: Conn, token: str) -> KeyRecord:
    if not keys.looks_like_key(token):
        raise InvalidCredentials("The API key is not valid.")
    row = await conn.fetchrow(q.KEY_LOOKUP, keys.digest_key(token))
    if row is None:
        raise InvalidCredentials("The API key is not valid.")
    if row["revoked_at"] is not None:
        raise KeyRevoked()
    if row["lifecycle"] not in (None, "active"):
        # A sub-agent that completed, expired or was revoked: refused even before any job
        # has tidied its key.
        raise KeyRevoked(f"This sub-agent has ended ({row['lifecycle']}).")
    expires_at = row["expires_at"]
    if expires_at is not None and expires_at <= row["now"]:
        raise KeyExpired()
    record = _key_record(row)
    conn.info[ORG] = str(record.org_id)
    limit_to_projects(conn, record.project_keys)
    request.app.state.key_usage.seen(request.app.state.db, record.id)
    return record


async def _by_cookie(request: Request, conn: Conn, org_slug: str | None) -> Record | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    settings: Settings = request.app.state.settings
    claims = decode_token(settings, token)
    if claims is None:
        raise SessionInvalid()
    row = await conn.fetchrow(q.SESSION_LOOKUP, claims.session_id, claims.user_id, org_slug)
    if row is None:
        raise SessionExpired()
    if request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER)
        expected = request.cookies.get(CSRF_COOKIE)
        if not sent or not expected or sent != expected:
            raise CsrfFailed()
    conn.info[USER] = str(row["user_id"])
    if row["role"] is not None:
        conn.info[ORG] = str(row["org_id"])
    request.state.session_id = claims.session_id
    return row


async def _limit(request: Request, identity: Identity) -> None:
    """The API rate limit: per key (agents, tokens) and per person (sessions, tokens)."""
    keys = []
    if identity.key is not None:
        keys.append(f"key:{identity.key.id}")
    if identity.user_id is not None:
        keys.append(f"user:{identity.user_id}")
    await request.app.state.limiter.check_api(*keys)


def _bind_log(identity: Identity, org_slug: str | None = None) -> None:
    who = identity.agent_id or identity.user_id
    if org_slug is None:
        structlog.contextvars.bind_contextvars(principal=f"{identity.kind}:{who}")
    else:
        structlog.contextvars.bind_contextvars(principal=f"{identity.kind}:{who}", org=org_slug)


async def identify(request: Request, conn: Conn) -> Identity:
    """Identify the caller from `Authorization: Bearer mc_…` or the session cookie."""
    token = _bearer(request)
    if token is not None:
        key = await _by_key(request, conn, token)
        identity = Identity(kind="agent" if key.agent_id else "user", user_id=key.user_id, key=key)
    else:
        row = await _by_cookie(request, conn, None)
        if row is None:
            raise Unauthorized("Sign in, or send `Authorization: Bearer mc_...`.")
        identity = Identity(
            kind="user", user_id=row["user_id"], session_id=request.state.session_id
        )
    await _limit(request, identity)
    _bind_log(identity)
    return identity


async def resolve(request: Request, conn: Conn, org_slug: str) -> Principal:
    """The caller as a principal of the org named in the path (404 when not in it)."""
    token = _bearer(request)
    if token is not None:
        key = await _by_key(request, conn, token)
        if key.org_slug != org_slug or (key.user_id is not None and key.role is None):
            raise OrgNotFound()
        identity = Identity(kind="agent" if key.agent_id else "user", user_id=key.user_id, key=key)
        principal = Principal(key.org_id, org_slug, identity, key.role, key.scopes)
    else:
        row = await _by_cookie(request, conn, org_slug)
        if row is None:
            raise Unauthorized("Sign in, or send `Authorization: Bearer mc_...`.")
        if row["role"] is None:
            raise OrgNotFound()
        identity = Identity(
            kind="user", user_id=row["user_id"], session_id=request.state.session_id
        )
        principal = Principal(row["org_id"], org_slug, identity, Role(row["role"]), None)
    await _limit(request, identity)
    _bind_log(identity, org_slug)
    return principal


# --- on a Tx (the hot path and every new domain) ---------------------------------


async def _tx_identity(request: Request, tx: TxDep) -> Identity:
    # One statement, no transaction: the lookup needs no org context.
    return await identify(request, tx)


def _authenticating(fn: Any) -> Any:
    """Mark a dependency that authenticates (the OpenAPI document applies the schemes)."""
    fn.mc_authenticates = True
    return fn


_authenticating(_tx_identity)
TxIdentity = Annotated[Identity, Depends(_tx_identity)]


async def _tx_principal(request: Request, org_slug: str, tx: TxDep) -> Principal:
    await tx.begin()
    return await resolve(request, tx, org_slug)


_authenticating(_tx_principal)
TxPrincipal = Annotated[Principal, Depends(_tx_principal)]


async def _tx_creator(request: Request, org_slug: str, tx: TxDep) -> Principal:
    principal = await _tx_principal(request, org_slug, tx)
    await idempotency.claim(request, tx, principal.org_id, principal_key(principal))
    return principal


_authenticating(_tx_creator)
TxCreator = Annotated[Principal, Depends(_tx_creator)]
"""The org principal of a route that creates (its own rules decide who may)."""


def principal_key(principal: Principal) -> str:
    """Who a principal is, for per-principal records (idempotency keys)."""
    return f"{principal.actor.type}:{principal.actor.id}"


def require_tx(
    domain: str, access: Access, *, creates: bool = False
) -> Callable[..., Awaitable[Principal]]:
    """A dependency: the org principal on the request's Tx, if it may do `access` in
    `domain` (else 403). The Tx is begun and bound to the org. `creates`: the route makes
    something, so an Idempotency-Key is claimed (or its first answer replayed)."""

    async def dependency(request: Request, org_slug: str, tx: TxDep) -> Principal:
        await tx.begin()
        principal = await resolve(request, tx, org_slug)
        principal.require(domain, access)
        if creates:
            await idempotency.claim(request, tx, principal.org_id, principal_key(principal))
        return principal

    dependency.__name__ = f"require_{domain}_{access.value}"
    return _authenticating(dependency)  # type: ignore[no-any-return]


# --- on the ORM session -------------------------------------------------------------


async def authenticate(request: Request, session: SessionDep) -> Identity:
    return await identify(request, SessionConn(session))


_authenticating(authenticate)
CurrentIdentity = Annotated[Identity, Depends(authenticate)]


async def maybe_authenticate(request: Request, session: SessionDep) -> Identity | None:
    """The caller if they sent credentials, else None (for routes open to both)."""
    if "authorization" not in request.headers and SESSION_COOKIE not in request.cookies:
        return None
    return await authenticate(request, session)


MaybeIdentity = Annotated[Identity | None, Depends(maybe_authenticate)]


async def resolve_org_principal(request: Request, org_slug: str, session: SessionDep) -> Principal:
    return await resolve(request, SessionConn(session), org_slug)


_authenticating(resolve_org_principal)
OrgPrincipal = Annotated[Principal, Depends(resolve_org_principal)]


def require(
    domain: str, access: Access, *, creates: bool = False
) -> Callable[..., Awaitable[Principal]]:
    """A dependency: the org principal on the ORM session, if it may do `access` in
    `domain` (else 403); `creates` as for require_tx."""

    async def dependency(request: Request, org_slug: str, session: SessionDep) -> Principal:
        conn = SessionConn(session)
        principal = await resolve(request, conn, org_slug)
        principal.require(domain, access)
        if creates:
            await idempotency.claim(request, conn, principal.org_id, principal_key(principal))
        return principal

    dependency.__name__ = f"require_{domain}_{access.value}"
    return _authenticating(dependency)  # type: ignore[no-any-return]
