"""Row Level Security, exercised as the app role on real PostgreSQL."""

from __future__ import annotations

import uuid

import asyncpg
import pytest
from sqlalchemy import text

from mission_control.core.db import Database, plain_url, set_org_context


async def _seed_two_orgs(owner_url: str) -> tuple[uuid.UUID, uuid.UUID]:
    # The owner (a superuser here) bypasses RLS: it seeds rows for both orgs.
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        a = await conn.fetchval(
            "INSERT INTO organizations (slug, name) VALUES ('a', 'A') RETURNING id"
        )
        b = await conn.fetchval(
            "INSERT INTO organizations (slug, name) VALUES ('b', 'B') RETURNING id"
        )
        for org, name in ((a, "alpha"), (a, "alpha-2"), (b, "bravo")):
            await conn.execute("INSERT INTO agents (org_id, name) VALUES ($1, $2)", org, name)
        return a, b
    finally:
        await conn.close()


class TestAppRole:
    async def test_app_role_is_neither_superuser_nor_bypassrls_nor_owner(self, app_url):
        conn = await asyncpg.connect(plain_url(app_url))
        try:
            role = await conn.fetchrow(
                "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
            )
            owns = await conn.fetchval(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                " AND tableowner = current_user"
            )
        finally:
            await conn.close()
        assert role["rolsuper"] is False
        assert role["rolbypassrls"] is False
        assert owns == 0

    async def test_every_table_with_org_id_has_forced_rls_and_a_policy(self, app_url):
        conn = await asyncpg.connect(plain_url(app_url))
        try:
            rows = await conn.fetch(
                """
                SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                       (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id'
                    AND NOT a.attisdropped
                WHERE c.relkind IN ('r', 'p')
                """
            )
        finally:
            await conn.close()
        names = {r["relname"] for r in rows}
        assert {"agents", "api_keys", "events", "memberships"} <= names
        assert any(n.startswith("events_") for n in names), "event partitions are checked too"
        unprotected = [
            r["relname"]
            for r in rows
            if not (r["relrowsecurity"] and r["relforcerowsecurity"] and r["policies"] > 0)
        ]
        assert unprotected == []


class TestIsolation:
    async def test_no_context_sees_nothing_and_raises_nothing(self, app_url, owner_url):
        await _seed_two_orgs(owner_url)
        conn = await asyncpg.connect(plain_url(app_url))
        try:
            assert await conn.fetchval("SELECT count(*) FROM agents") == 0
            async with conn.transaction():
                # After a SET LOCAL transaction ends the setting reads '' (not NULL).
                await conn.execute("SELECT set_config('app.current_org_id', '', true)")
                assert await conn.fetchval("SELECT count(*) FROM agents") == 0
        finally:
            await conn.close()

    async def test_context_shows_only_that_org_and_refuses_writes_naming_another(
        self, app_url, owner_url
    ):
        a, b = await _seed_two_orgs(owner_url)
        db = Database(app_url, pool_size=1, max_overflow=0)
        try:
            async with db.session() as session:
                await set_org_context(session, a)
                names = (
                    await session.execute(text("SELECT name FROM agents ORDER BY name"))
                ).scalars()
                assert list(names) == ["alpha", "alpha-2"]
            with pytest.raises(Exception, match="row-level security"):
                async with db.session() as session:
                    await set_org_context(session, a)
                    await session.execute(
                        text("INSERT INTO agents (org_id, name) VALUES (:b, 'sneaky')"), {"b": b}
                    )
            with pytest.raises(Exception, match="row-level security"):
                async with db.session() as session:
                    await set_org_context(session, a)
                    await session.execute(text("UPDATE agents SET org_id = :b"), {"b": b})
            # Pool of one: the same connection now serves org B in a new transaction.
            async with db.session() as session:
                await set_org_context(session, b)
                names = (await session.execute(text("SELECT name FROM agents"))).scalars()
                assert list(names) == ["bravo"]
                updated = await session.execute(
                    text("UPDATE agents SET description = 'x' WHERE org_id = :a"), {"a": a}
                )
                assert updated.rowcount == 0
            # And with no context on that same reused connection: nothing at all.
            async with db.engine.connect() as conn:
                assert (await conn.execute(text("SELECT count(*) FROM agents"))).scalar() == 0
        finally:
            await db.dispose()

    async def test_context_does_not_outlive_its_transaction(self, app_url, owner_url):
        a, _ = await _seed_two_orgs(owner_url)
        conn = await asyncpg.connect(plain_url(app_url))
        try:
            async with conn.transaction():
                await conn.execute("SELECT set_config('app.current_org_id', $1, true)", str(a))
                assert await conn.fetchval("SELECT count(*) FROM agents") == 2
            assert await conn.fetchval("SELECT count(*) FROM agents") == 0
        finally:
            await conn.close()

    async def test_app_role_cannot_rewrite_the_event_log(self, app_url):
        conn = await asyncpg.connect(plain_url(app_url))
        try:
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute("DELETE FROM events")
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute("UPDATE events SET type = 'x'")
        finally:
            await conn.close()


async def test_the_app_role_only_reads_what_definer_functions_keep(app_url):
    conn = await asyncpg.connect(plain_url(app_url))
    try:
        assert await conn.fetchval("SELECT count(*) FROM event_log_horizon") == 1
        for statement in (
            "UPDATE event_log_horizon SET detached_through_id = 0",
            "DELETE FROM alembic_version",
        ):
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute(statement)
    finally:
        await conn.close()
