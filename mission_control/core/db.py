"""Engine, units of work, the per-transaction org context, and the one commit path.

Two units of work, each on its own pool:

- `Tx`, the hot path: a connection of a plain asyncpg pool (no SQLAlchemy pool
  checkout around it), statements written in SQL with `$n` parameters, prepared once
  per connection and cached by asyncpg, in a transaction the Tx begins only when one
  is needed.
- `AsyncSession`, the ORM unit of work (SQLAlchemy's pool), for the domains where a
  statement's cost does not matter (orgs, users, sign-in, notifications).

Both expose the same `Conn` view (fetch/fetchrow/fetchval/execute on `$n` SQL, and
an `info` dict), so a domain written against `Conn` (auth, events, agents, projects,
tasks) runs the same SQL in either.
"""

from __future__ import annotations

import asyncio
import contextvars
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Annotated, Any, Protocol

import asyncpg
import pydantic_core
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

Record = Mapping[str, Any]
Hook = Callable[[], Awaitable[None]]
BeforeCommitHook = Callable[["Conn"], Awaitable[None]]

ORG = "org_id"
USER = "user_id"
PROJECT_LIMIT = "project_keys"


class Base(DeclarativeBase):
    pass


def asyncpg_url(url: str) -> str:
    """Accept postgres://, postgresql:// or postgresql+asyncpg:// and return the asyncpg form."""
    parsed = make_url(url)
    return parsed.set(drivername="postgresql+asyncpg").render_as_string(hide_password=False)


def plain_url(url: str) -> str:
    """The libpq form of a URL (for asyncpg.connect and psql)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def json_dumps(value: Any) -> str:
    """The one JSON writer for the database (uuids, datetimes and dates included)."""
    return pydantic_core.to_json(value).decode()


class StatementLog:
    """The statements one request's own task sent (the statement-budget tests read it)."""

    __slots__ = ("statements", "task")

    def __init__(self) -> None:
        self.task = asyncio.current_task()
        self.statements: list[str] = []


# Set per request only with MC_COUNT_STATEMENTS (diagnostics and tests); never in production.
statement_log: contextvars.ContextVar[StatementLog | None] = contextvars.ContextVar(
    "statement_log", default=None
)


def _count(sql: str) -> None:
    log = statement_log.get()
    if log is not None and log.task is asyncio.current_task():
        log.statements.append(sql)


def _count_orm(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
    _count(statement)


def _jsonb_encode(value: str) -> bytes:
    return b"\x01" + value.encode()


def _jsonb_decode(value: bytes) -> Any:
    return pydantic_core.from_json(value[1:])


async def _init_connection(conn: asyncpg.Connection) -> None:
    """JSON as the ORM's dialect does it, so `$n` SQL reads and writes alike on either unit
    of work: parameters are JSON text (`json_dumps`), values come back decoded."""
    await conn.set_type_codec(
        "json",
        encoder=str.encode,
        decoder=pydantic_core.from_json,
        schema="pg_catalog",
        format="binary",
    )
    await conn.set_type_codec(
        "jsonb", encoder=_jsonb_encode, decoder=_jsonb_decode, schema="pg_catalog", format="binary"
    )


async def _no_reset(conn: asyncpg.Connection) -> None:
    # A Tx hands its connection back only after COMMIT or ROLLBACK (an open transaction is
    # closed instead) and sets no session state (its org context is transaction-local), so
    # the pool's RESET ALL round trip would buy nothing.
    return None


# ORM sessions serve the cold domains: a small pool is enough.
ORM_POOL_SIZE = 5


class Database:
    """The app's database: an asyncpg pool for Tx and SQLAlchemy's engine for ORM sessions.

    `pool_size + max_overflow` bounds each: the Tx pool opens connections as it needs them
    (up to that many) and closes idle ones after five minutes."""

    def __init__(
        self,
        url: str,
        *,
        pool_size: int = 20,
        max_overflow: int = 20,
        count_statements: bool = False,
    ) -> None:
        self.url = asyncpg_url(url)
        self._pool_max = max(1, pool_size + max_overflow)
        self._pool: asyncpg.Pool | None = None
        self._pool_lock = asyncio.Lock()
        orm_size = min(pool_size, ORM_POOL_SIZE)
        self.engine: AsyncEngine = create_async_engine(
            self.url,
            pool_size=orm_size,
            max_overflow=max(0, pool_size + max_overflow - orm_size),
            pool_pre_ping=False,
            pool_recycle=1800,
            # A failed statement's bound values (password hashes, secrets) never reach a log.
            hide_parameters=True,
            json_serializer=json_dumps,
            json_deserializer=pydantic_core.from_json,
        )
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)
        if count_statements:
            event.listen(self.engine.sync_engine, "before_cursor_execute", _count_orm)

    async def pool(self) -> asyncpg.Pool:
        """The Tx pool, opened on first use."""
        if self._pool is None:
            async with self._pool_lock:
                if self._pool is None:
                    self._pool = await asyncpg.create_pool(
                        plain_url(self.url),
                        min_size=min(2, self._pool_max),
                        max_size=self._pool_max,
                        init=_init_connection,
                        reset=_no_reset,
                        max_inactive_connection_lifetime=300.0,
                    )
        return self._pool

    async def dispose(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()
        await self.engine.dispose()

    def pool_in_use(self) -> int:
        """Connections checked out of either pool."""
        checked_out = getattr(self.engine.pool, "checkedout", None)
        orm = int(checked_out()) if callable(checked_out) else 0
        pool = self._pool
        tx = pool.get_size() - pool.get_idle_size() if pool is not None else 0
        return orm + tx

    @asynccontextmanager
    async def session(self, org_id: uuid.UUID | None = None) -> AsyncIterator[AsyncSession]:
        """An ORM unit of work outside a request: commits on success, rolls back on error."""
        async with self.sessionmaker() as session:
            if org_id is not None:
                session.info[ORG] = str(org_id)
            try:
                yield session
            except BaseException:
                await rollback(session)
                raise
            await commit(session)

    system_session = session
    """Cross-tenant work (cron, signup) names itself: `db.system_session()` is easy to grep."""

    @asynccontextmanager
    async def tx(
        self, org_id: uuid.UUID | None = None, *, snapshot: bool = False
    ) -> AsyncIterator[Tx]:
        """A driver unit of work outside a request (jobs, the CLI): begun, and bound to
        `org_id` when given; commits on success, rolls back on error. `snapshot`: a
        read-only repeatable-read transaction (every statement sees one moment)."""
        tx = Tx(self)
        try:
            await tx.begin(snapshot=snapshot)
            if org_id is not None:
                await tx.set_org(org_id)
            yield tx
        except BaseException:
            await tx.rollback()
            raise
        else:
            await tx.commit()
        finally:
            await tx.release()


class Conn(Protocol):
    """What a domain's SQL runs on: a Tx, or the ORM session's connection (SessionConn)."""

    info: dict[str, Any]

    async def fetch(self, sql: str, *args: Any) -> Sequence[Record]: ...
    async def fetchrow(self, sql: str, *args: Any) -> Record | None: ...
    async def fetchval(self, sql: str, *args: Any) -> Any: ...
    async def execute(self, sql: str, *args: Any) -> None: ...


class Tx:
    """A unit of work on one driver connection: `$n` SQL, statements cached per connection.

    The connection is borrowed from the Tx pool on first use and given back by
    `release()`. A single statement runs on its own; `begin()` opens a transaction
    (needed before anything reads tenant rows: the org context is transaction-local).
    """

    __slots__ = ("_begun", "_broken", "_db", "_pool", "_transaction", "conn", "info")

    def __init__(self, db: Database) -> None:
        self._db = db
        self._pool: asyncpg.Pool | None = None
        self._transaction: Any = None
        self._begun = False
        self._broken = False
        self.conn: Any = None
        self.info: dict[str, Any] = {}

    async def _connect(self) -> Any:
        if self.conn is None:
            pool = await self._db.pool()
            self.conn = await pool.acquire()
            self._pool = pool
        return self.conn

    @property
    def in_transaction(self) -> bool:
        return self._begun

    async def begin(self, *, snapshot: bool = False) -> None:
        if not self._begun:
            conn = await self._connect()
            self._transaction = (
                conn.transaction(isolation="repeatable_read", readonly=True)
                if snapshot
                else conn.transaction()
            )
            _count("BEGIN")
            await self._transaction.start()
            self._begun = True

    async def set_org(self, org_id: uuid.UUID) -> None:
        """Bind the rest of this transaction to one org (RLS reads app.current_org_id)."""
        self.info[ORG] = str(org_id)
        await self.execute("SELECT set_config('app.current_org_id', $1, true)", str(org_id))

    async def fetch(self, sql: str, *args: Any) -> Sequence[Record]:
        conn = self.conn if self.conn is not None else await self._connect()
        _count(sql)
        rows: Sequence[Record] = await conn.fetch(sql, *args)
        return rows

    async def fetchrow(self, sql: str, *args: Any) -> Record | None:
        conn = self.conn if self.conn is not None else await self._connect()
        _count(sql)
        row: Record | None = await conn.fetchrow(sql, *args)
        return row

    async def fetchval(self, sql: str, *args: Any) -> Any:
        conn = self.conn if self.conn is not None else await self._connect()
        _count(sql)
        return await conn.fetchval(sql, *args)

    async def execute(self, sql: str, *args: Any) -> None:
        conn = self.conn if self.conn is not None else await self._connect()
        _count(sql)
        await conn.execute(sql, *args)

    async def commit(self) -> None:
        """Before-commit hooks, COMMIT, then after-commit hooks (only what committed is told)."""
        hooks: dict[str, BeforeCommitHook] = self.info.pop("before_commit", {})
        for hook in hooks.values():
            await hook(self)
        if self._begun:
            self._begun = False
            _count("COMMIT")
            await self._transaction.commit()
        pending: list[Hook] = self.info.pop("after_commit", [])
        for after in pending:
            await after()

    async def rollback(self) -> None:
        self.info.pop("before_commit", None)
        self.info.pop("after_commit", None)
        if self._begun:
            self._begun = False
            _count("ROLLBACK")
            try:
                await self._transaction.rollback()
            except Exception:
                # A broken connection cannot be trusted back in the pool.
                self._broken = True

    async def release(self) -> None:
        """Give the connection back to the pool (after commit or rollback)."""
        pool, conn, self._pool, self.conn = self._pool, self.conn, None, None
        if pool is not None and conn is not None:
            if self._begun or self._broken:  # never hand the pool an open transaction
                self._begun = self._broken = False
                conn.terminate()
            await pool.release(conn)


class SessionConn:
    """The ORM session's connection seen as a Conn: the same `$n` SQL, in the session's
    transaction (for a Conn-style domain called from an ORM route)."""

    __slots__ = ("info", "session")

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.info = session.info

    async def _run(self, sql: str, args: tuple[Any, ...]) -> Any:
        connection = await self.session.connection()
        return await connection.exec_driver_sql(sql, args)

    async def fetch(self, sql: str, *args: Any) -> Sequence[Record]:
        return [row._mapping for row in await self._run(sql, args)]

    async def fetchrow(self, sql: str, *args: Any) -> Record | None:
        row = (await self._run(sql, args)).first()
        return None if row is None else row._mapping

    async def fetchval(self, sql: str, *args: Any) -> Any:
        row = (await self._run(sql, args)).first()
        return None if row is None else row[0]

    async def execute(self, sql: str, *args: Any) -> None:
        await self._run(sql, args)


def conn_of(unit: AsyncSession | Conn) -> Conn:
    """A Conn view of either unit of work."""
    return SessionConn(unit) if isinstance(unit, AsyncSession) else unit


@event.listens_for(Session, "after_begin")
def _apply_context(
    session: Session, transaction: SessionTransaction, connection: Connection
) -> None:
    # The context lives in the transaction (is_local=true), never on the pooled
    # connection, so every new transaction of this session sets it again.
    org = session.info.get(ORG)
    user = session.info.get(USER)
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
    session.info[ORG] = str(org_id)
    await session.execute(
        text("SELECT set_config('app.current_org_id', :org, true)"), {"org": str(org_id)}
    )


async def set_user_context(session: AsyncSession, user_id: uuid.UUID) -> None:
    """Let this transaction see the caller's own memberships across orgs."""
    session.info[USER] = str(user_id)
    await session.execute(
        text("SELECT set_config('app.current_user_id', :user, true)"), {"user": str(user_id)}
    )


def limit_to_projects(unit: AsyncSession | Conn, keys: Sequence[str] | None) -> None:
    """Confine this unit of work to these project keys (a key limited to projects); None: all."""
    if keys is not None:
        unit.info[PROJECT_LIMIT] = tuple(k.upper() for k in keys)


def project_limit(unit: AsyncSession | Conn) -> tuple[str, ...] | None:
    """The project keys this unit of work is confined to, or None when it may see every one."""
    limit: tuple[str, ...] | None = unit.info.get(PROJECT_LIMIT)
    return limit


def before_commit(unit: AsyncSession | Conn, key: str, hook: BeforeCommitHook) -> None:
    """Run `hook` once just before this unit commits (used to write buffered events)."""
    hooks: dict[str, BeforeCommitHook] = unit.info.setdefault("before_commit", {})
    hooks.setdefault(key, hook)


def after_commit(unit: AsyncSession | Conn, hook: Hook) -> None:
    """Run `hook` after the transaction commits; nothing is announced that did not commit."""
    unit.info.setdefault("after_commit", []).append(hook)


async def commit(session: AsyncSession) -> None:
    """The ORM session's commit path: before-commit hooks, COMMIT, then after-commit hooks."""
    hooks: dict[str, BeforeCommitHook] = session.info.pop("before_commit", {})
    for hook in hooks.values():
        await hook(SessionConn(session))
    await session.commit()
    pending: list[Hook] = session.info.pop("after_commit", [])
    for after in pending:
        await after()


async def rollback(session: AsyncSession) -> None:
    session.info.pop("before_commit", None)
    session.info.pop("after_commit", None)
    await session.rollback()


REQUEST_UNIT = "mc.unit"


class RequestUnit:
    """The request's unit of work — a Tx or an ORM session, made on first use — finished by
    the request middleware: committed just before the response starts when its status is
    below 400, else rolled back.

    Nothing is announced that did not commit, no response claims a write that did not
    commit, and a streaming response holds no connection while it streams.
    """

    __slots__ = ("app", "orm", "tx")

    def __init__(self, app: Any) -> None:
        self.app = app
        self.tx: Tx | None = None
        self.orm: AsyncSession | None = None

    def get_tx(self) -> Tx:
        if self.tx is None:
            self.tx = Tx(self.app.state.db)
        return self.tx

    def get_session(self) -> AsyncSession:
        if self.orm is None:
            db: Database = self.app.state.db
            self.orm = db.sessionmaker()
        return self.orm

    @property
    def conn(self) -> Conn | None:
        """The unit in use, seen as a Conn (None before any was made)."""
        if self.tx is not None:
            return self.tx
        return SessionConn(self.orm) if self.orm is not None else None

    async def finish(self, status: int | None) -> Exception | None:
        """Commit (status < 400) or roll back; the commit's failure, if it failed."""
        tx, orm, self.tx, self.orm = self.tx, self.orm, None, None
        failure: Exception | None = None
        ok = status is not None and status < 400
        if tx is not None:
            try:
                if ok:
                    await tx.commit()
                else:
                    await tx.rollback()
            except Exception as exc:
                await tx.rollback()
                failure = exc
            finally:
                await tx.release()
        if orm is not None:
            try:
                if ok and failure is None:
                    await commit(orm)
                else:
                    await rollback(orm)
            except Exception as exc:
                await rollback(orm)
                failure = failure or exc
            finally:
                await orm.close()
        return failure


def _unit(request: Request) -> RequestUnit:
    unit: RequestUnit = request.scope[REQUEST_UNIT]
    return unit


async def get_tx(request: Request) -> Tx:
    return _unit(request).get_tx()


TxDep = Annotated[Tx, Depends(get_tx)]


async def get_session(request: Request) -> AsyncSession:
    return _unit(request).get_session()


# The request middleware commits the session before the response starts (RequestUnit).
SessionDep = Annotated[AsyncSession, Depends(get_session)]


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


DatabaseDep = Annotated[Database, Depends(get_db)]


def row_dict(row: Any) -> dict[str, Any]:
    return dict(row._mapping)
