"""Engine, sessions, the per-transaction org context, and the one commit path."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Session, SessionTransaction

Hook = Callable[[], Awaitable[None]]
BeforeCommitHook = Callable[[AsyncSession], Awaitable[None]]


class Base(DeclarativeBase):
    pass


def asyncpg_url(url: str) -> str:
    """Accept postgres://, postgresql:// or postgresql+asyncpg:// and return the asyncpg form."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)


def plain_url(url: str) -> str:
    """The libpq form of a URL (for asyncpg.connect and psql)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class Database:
    """The app's engine and session factory."""

    def __init__(self, url: str, *, pool_size: int = 20, max_overflow: int = 20) -> None:
        self.url = asyncpg_url(url)
        self.engine: AsyncEngine = create_async_engine(
            self.url,
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_pre_ping=False,
            pool_recycle=1800,
            # A failed statement's bound values (password hashes, secrets) never reach a log.
            hide_parameters=True,
        )
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

    async def dispose(self) -> None:
        await self.engine.dispose()

    def pool_in_use(self) -> int:
        checked_out = getattr(self.engine.pool, "checkedout", None)
        return int(checked_out()) if callable(checked_out) else 0

    @asynccontextmanager
    async def session(self, org_id: uuid.UUID | None = None) -> AsyncIterator[AsyncSession]:
        """A unit of work outside a request: commits on success, rolls back on error."""
        async with self.sessionmaker() as session:
            if org_id is not None:
                session.info["org_id"] = str(org_id)
            try:
                yield session
            except BaseException:
                await session.rollback()
                raise
            await commit(session)

    system_session = session
    """Cross-tenant work (cron, signup) names itself: `db.system_session()` is easy to grep."""


@event.listens_for(Session, "after_begin")
def _apply_context(
    session: Session, transaction: SessionTransaction, connection: Connection
) -> None:
    # The context lives in the transaction (is_local=true), never on the pooled
    # connection, so every new transaction of this session sets it again.
    org = session.info.get("org_id")
    user = session.info.get("user_id")
    if org or user:
        connection.execute(
            text(
                "SELECT set_config('app.current_org_id', :org, true),"
                " set_config('app.current_user_id', :user, true)"
            ),
            {"org": org or "", "user": user or ""},
        )


async def set_org_context(session: AsyncSession, org_id: uuid.UUID) -> None:
    """Bind this session's transactions to one org (RLS reads it from app.current_org_id)."""
    session.info["org_id"] = str(org_id)
    await session.execute(
        text("SELECT set_config('app.current_org_id', :org, true)"), {"org": str(org_id)}
    )


async def set_user_context(session: AsyncSession, user_id: uuid.UUID) -> None:
    """Let this transaction see the caller's own memberships across orgs."""
    session.info["user_id"] = str(user_id)
    await session.execute(
        text("SELECT set_config('app.current_user_id', :user, true)"), {"user": str(user_id)}
    )


PROJECT_LIMIT = "project_keys"


def limit_to_projects(session: AsyncSession, keys: tuple[str, ...] | None) -> None:
    """Confine this request to these project keys (a key limited to projects); None: all."""
    if keys is not None:
        session.info[PROJECT_LIMIT] = tuple(k.upper() for k in keys)


def project_limit(session: AsyncSession) -> tuple[str, ...] | None:
    """The project keys this request is confined to, or None when it may see every project."""
    limit: tuple[str, ...] | None = session.info.get(PROJECT_LIMIT)
    return limit


def before_commit(session: AsyncSession, key: str, hook: BeforeCommitHook) -> None:
    """Run `hook` once just before this session commits (used to write buffered events)."""
    hooks: dict[str, BeforeCommitHook] = session.info.setdefault("before_commit", {})
    hooks.setdefault(key, hook)


def after_commit(session: AsyncSession, hook: Hook) -> None:
    """Run `hook` after the transaction commits; nothing is announced that did not commit."""
    session.info.setdefault("after_commit", []).append(hook)


async def commit(session: AsyncSession) -> None:
    """The one commit path: before-commit hooks, COMMIT, then after-commit hooks."""
    hooks: dict[str, BeforeCommitHook] = session.info.pop("before_commit", {})
    for hook in hooks.values():
        await hook(session)
    await session.commit()
    pending: list[Hook] = session.info.pop("after_commit", [])
    for after in pending:
        await after()


async def rollback(session: AsyncSession) -> None:
    session.info.pop("before_commit", None)
    session.info.pop("after_commit", None)
    await session.rollback()


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    db: Database = request.app.state.db
    async with db.sessionmaker() as session:
        try:
            yield session
        except BaseException:
            await rollback(session)
            raise
        await commit(session)


# scope="function": the commit happens before the response is sent.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


DatabaseDep = Annotated[Database, Depends(get_db)]


def row_dict(row: Any) -> dict[str, Any]:
    return dict(row._mapping)
