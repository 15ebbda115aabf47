"""Idempotency keys: the first answer to a create, kept 24 h per principal and route.

Revision ID: 0007_idempotency
Revises: 0006_subagents_leases
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from mission_control.core.migrate import run_script, tenant_policy_sql

revision: str = "0007_idempotency"
down_revision: str | None = "0006_subagents_leases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    run_script(
        """
    CREATE TABLE idempotency_keys (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        principal text NOT NULL,
        route text NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
        request_hash bytea NOT NULL,
        status smallint,
        headers jsonb,
        body bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, principal, route, key)
    );
    CREATE INDEX idempotency_keys_age_idx ON idempotency_keys (created_at);

    -- The daily purge crosses orgs, before any org context exists.
    CREATE FUNCTION mc_purge_idempotency_keys(p_before timestamptz) RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH gone AS (DELETE FROM idempotency_keys WHERE created_at < p_before RETURNING 1)
        SELECT count(*) FROM gone
    $$;
    REVOKE ALL ON FUNCTION mc_purge_idempotency_keys(timestamptz) FROM PUBLIC;
    """
    )
    run_script(tenant_policy_sql("idempotency_keys"))


def downgrade() -> None:
    run_script(
        """
    DROP FUNCTION IF EXISTS mc_purge_idempotency_keys(timestamptz);
    DROP TABLE IF EXISTS idempotency_keys;
    """
    )
