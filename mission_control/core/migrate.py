"""Schema upkeep: Alembic upgrades as the owner, the app role and its grants, revision checks."""

from __future__ import annotations

import os
from pathlib import Path

import asyncpg
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from mission_control.core.db import plain_url


def _project_root() -> Path:
    """Where alembic.ini and migrations/ live: the source tree, else MC_MIGRATIONS_ROOT or cwd."""
    source = Path(__file__).resolve().parents[2]
    if (source / "alembic.ini").exists():
        return source
    return Path(os.environ.get("MC_MIGRATIONS_ROOT", os.getcwd()))


ROOT = _project_root()
MINIMUM_SERVER_VERSION = 160000
READ_ONLY_TABLES = ("alembic_version", "event_log_horizon")


class SchemaNotReady(RuntimeError):
    """The database is not at the code's migration head."""


class ServerTooOld(RuntimeError):
    """PostgreSQL older than 16 (this machine's default 15 must never be used by accident)."""


def alembic_config(url: str) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "migrations"))
    # ConfigParser treats % as interpolation; a password may contain one.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config("postgresql://unused"))
    head = script.get_current_head()
    assert head is not None
    return head


def upgrade(owner_url: str) -> None:
    """Apply every migration (blocking; call from a thread inside an event loop)."""
    command.upgrade(alembic_config(owner_url), "head")


async def check_server_version(conn: asyncpg.Connection) -> int:
    version = int(await conn.fetchval("SHOW server_version_num"))
    if version < MINIMUM_SERVER_VERSION:
        raise ServerTooOld(
            f"PostgreSQL {version // 10000} answered; Mission Control needs 16 or newer."
        )
    return version


async def ensure_app_role(owner_url: str, app_url: str) -> None:
    """Create the app's login role (not owner, not superuser, no BYPASSRLS) and grant it DML."""
    app = make_url(app_url)
    role = app.username
    assert role, "DATABASE_URL must name the app role"
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        await check_server_version(conn)
        exists = await conn.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", role)
        # DDL takes no bind parameters; format() quotes on the server side.
        if not exists:
            statement = await conn.fetchval(
                "SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB"
                " NOCREATEROLE PASSWORD %L', $1::text, $2::text)",
                role,
                app.password or "",
            )
            await conn.execute(statement)
        elif app.password:
            statement = await conn.fetchval(
                "SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text)", role, app.password
            )
            await conn.execute(statement)
        grants = await conn.fetchval(
            """
            SELECT format(
                'GRANT CONNECT ON DATABASE %1$I TO %2$I;'
                'GRANT USAGE ON SCHEMA public TO %2$I;'
                'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %2$I;'
                'REVOKE UPDATE, DELETE ON events FROM %2$I;'
                'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %2$I;'
                'GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %2$I;',
                current_database(), $1::text)
            """,
            role,
        )
        await conn.execute(grants)
        # Tables the app only reads: the schema revision, and what definer functions keep.
        for table in READ_ONLY_TABLES:
            if await conn.fetchval("SELECT to_regclass($1)", table) is not None:
                revoke = await conn.fetchval(
                    "SELECT format('REVOKE INSERT, UPDATE, DELETE ON %I FROM %I',"
                    " $1::text, $2::text)",
                    table,
                    role,
                )
                await conn.execute(revoke)
    finally:
        await conn.close()


async def current_revision(app_url: str) -> str | None:
    conn = await asyncpg.connect(plain_url(app_url))
    try:
        await check_server_version(conn)
        if await conn.fetchval("SELECT to_regclass('public.alembic_version')") is None:
            return None
        value = await conn.fetchval("SELECT version_num FROM alembic_version")
        return str(value) if value is not None else None
    finally:
        await conn.close()


async def require_current_schema(app_url: str) -> None:
    """Refuse to start on a database that is not at the migration head."""
    revision = await current_revision(app_url)
    head = head_revision()
    if revision != head:
        found = "no schema" if revision is None else f"revision {revision}"
        raise SchemaNotReady(
            f"The database has {found}; this build needs {head}. "
            "Run `mission-control migrate` (as the owner role: MIGRATE_DATABASE_URL) first."
        )


def run_script(sql: str) -> None:
    """Run a multi-statement SQL script inside the migration's transaction.

    asyncpg prepares each statement and so refuses several at once; its simple
    query path takes a script. A first statement through SQLAlchemy opens the
    migration's transaction, which the script then joins on the same connection.
    """
    from alembic import op
    from sqlalchemy.util.concurrency import await_

    bind = op.get_bind()
    bind.exec_driver_sql("SELECT 1")
    raw = bind.connection.dbapi_connection
    assert raw is not None
    await_(raw.driver_connection.execute(sql))


ORG_CONTEXT_SQL = "NULLIF(current_setting('app.current_org_id', true), '')::uuid"


def tenant_policy_sql(table: str) -> str:
    """RLS for a tenant table: enabled, forced, rows visible and writable only in their org."""
    return f"""
    ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE {table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY tenant_isolation ON {table}
        USING (org_id = {ORG_CONTEXT_SQL}) WITH CHECK (org_id = {ORG_CONTEXT_SQL});
    """
