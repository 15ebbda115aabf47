"""Org exports: a row per export (the job's state lives here, not in the queue).

Revision ID: 0011_exports
Revises: 0010_search
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from mission_control.core.migrate import run_script, tenant_policy_sql

revision: str = "0011_exports"
down_revision: str | None = "0010_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    run_script(
        """
    CREATE TABLE exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        requested_by_type text NOT NULL,
        requested_by_id uuid,
        status text NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'running', 'done', 'failed')),
        target text NOT NULL CHECK (target IN ('local', 's3')),
        rows_done bigint NOT NULL DEFAULT 0,
        rows_total bigint,
        attempts integer NOT NULL DEFAULT 0,
        lease_expires_at timestamptz,
        error text,
        location text,
        size_bytes bigint,
        sha256 text,
        manifest jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        deleted_at timestamptz
    );
    CREATE INDEX exports_list_idx ON exports (org_id, created_at DESC, id DESC);
    CREATE INDEX exports_due_idx ON exports (status, lease_expires_at)
        WHERE status IN ('pending', 'running');
    CREATE INDEX exports_expiry_idx ON exports (expires_at)
        WHERE status = 'done' AND deleted_at IS NULL;

    -- Before any org context exists, the sweeper asks which exports need a worker (pending,
    -- or running with a lapsed lease: the worker died) and which files are past retention;
    -- each is then handled in its own org's transaction.
    CREATE FUNCTION mc_due_exports(p_now timestamptz)
    RETURNS TABLE (id uuid, org_id uuid, attempts integer, due text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT id, org_id, attempts, 'run' FROM exports
        WHERE status = 'pending' OR (status = 'running' AND lease_expires_at < p_now)
        UNION ALL
        SELECT id, org_id, attempts, 'expire' FROM exports
        WHERE status = 'done' AND deleted_at IS NULL AND expires_at < p_now
    $$;
    REVOKE ALL ON FUNCTION mc_due_exports(timestamptz) FROM PUBLIC;
    """
    )
    run_script(tenant_policy_sql("exports"))


def downgrade() -> None:
    run_script(
        """
    DROP FUNCTION IF EXISTS mc_due_exports(timestamptz);
    DROP TABLE IF EXISTS exports;
    """
    )
