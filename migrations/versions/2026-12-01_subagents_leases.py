"""Sub-agents (ephemeral agents with narrowed keys) and claim leases.

Revision ID: 0006_subagents_leases
Revises: 0005_webhook_hardening
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from mission_control.core.migrate import run_script

revision: str = "0006_subagents_leases"
down_revision: str | None = "0005_webhook_hardening"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AGENT_JSON = """CASE WHEN a.id IS NULL THEN NULL ELSE jsonb_build_object(
               'id', a.id, 'name', a.name, 'description', a.description,
               'capabilities', a.capabilities, 'status', a.status,
               'last_seen_at', a.last_seen_at, 'created_at', a.created_at) END"""


def upgrade() -> None:
    run_script(
        f"""
    -- A sub-agent is an agent with a parent, a purpose, an optional task, a clock and a
    -- lifecycle; its key (api_keys) expires when it does. Top-level agents keep unique
    -- names; sub-agents are ephemeral and named by their parents.
    ALTER TABLE agents
        ADD COLUMN parent_id uuid REFERENCES agents(id) ON DELETE CASCADE,
        ADD COLUMN depth smallint NOT NULL DEFAULT 0 CHECK (depth BETWEEN 0 AND 3),
        ADD COLUMN purpose text NOT NULL DEFAULT '',
        ADD COLUMN task_id uuid REFERENCES tasks(id) ON DELETE SET NULL,
        ADD COLUMN lifecycle text
            CHECK (lifecycle IN ('active', 'completed', 'expired', 'revoked')),
        ADD COLUMN expires_at timestamptz,
        ADD COLUMN ended_at timestamptz,
        ADD COLUMN end_reason text,
        ADD CONSTRAINT agents_subagent_shape CHECK (
            (parent_id IS NULL) = (lifecycle IS NULL)
            AND (parent_id IS NULL) = (expires_at IS NULL)
            AND (parent_id IS NULL) = (depth = 0));
    ALTER TABLE agents DROP CONSTRAINT agents_org_id_name_key;
    CREATE UNIQUE INDEX agents_name_key ON agents (org_id, name) WHERE parent_id IS NULL;
    CREATE INDEX agents_parent_idx ON agents (parent_id, created_at) WHERE parent_id IS NOT NULL;
    -- The expiry job's scan: active sub-agents by deadline, claimed tasks by lease.
    CREATE INDEX agents_expiry_idx ON agents (expires_at) WHERE lifecycle = 'active';
    CREATE INDEX tasks_lease_idx ON tasks (lease_expires_at)
        WHERE status = 'in_progress' AND lease_expires_at IS NOT NULL;

    -- A project may set its own lease (seconds); NULL means the server's default.
    ALTER TABLE projects ADD COLUMN lease_seconds integer
        CHECK (lease_seconds BETWEEN 1 AND 86400);

    -- The key's agent carries its lineage and lifecycle: an ended sub-agent is refused
    -- on its very next request by the lookup itself, with no extra statement.
    DROP FUNCTION mc_lookup_api_key(bytea);
    CREATE FUNCTION mc_lookup_api_key(p_digest bytea)
    RETURNS TABLE (id uuid, org_id uuid, agent_id uuid, user_id uuid, scopes text[],
                   project_keys text[], expires_at timestamptz, revoked_at timestamptz,
                   org_slug text, org_name text, agent jsonb, role text,
                   parent_id uuid, depth smallint, lifecycle text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT k.id, k.org_id, k.agent_id, k.user_id, k.scopes, k.project_keys,
               k.expires_at, k.revoked_at, o.slug, o.name, {AGENT_JSON}, m.role,
               a.parent_id, a.depth, a.lifecycle
        FROM api_keys k
        JOIN organizations o ON o.id = k.org_id
        LEFT JOIN agents a ON a.id = k.agent_id
        LEFT JOIN memberships m ON m.org_id = k.org_id AND m.user_id = k.user_id
        WHERE k.digest = p_digest
    $$;
    REVOKE ALL ON FUNCTION mc_lookup_api_key(bytea) FROM PUBLIC;

    -- The orgs with something due (a sub-agent past its deadline, a lapsed lease), before
    -- any org context exists; the job then works each org in its own transaction.
    CREATE FUNCTION mc_due_expiries(p_now timestamptz)
    RETURNS TABLE (org_id uuid, oldest timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT org_id, min(due) FROM (
            SELECT org_id, expires_at AS due FROM agents
            WHERE lifecycle = 'active' AND expires_at <= p_now
            UNION ALL
            SELECT org_id, lease_expires_at FROM tasks
            WHERE status = 'in_progress' AND lease_expires_at <= p_now
        ) due GROUP BY org_id
    $$;
    REVOKE ALL ON FUNCTION mc_due_expiries(timestamptz) FROM PUBLIC;
    """
    )


def downgrade() -> None:
    run_script(
        f"""
    DROP FUNCTION IF EXISTS mc_due_expiries(timestamptz);
    DROP FUNCTION mc_lookup_api_key(bytea);
    CREATE FUNCTION mc_lookup_api_key(p_digest bytea)
    RETURNS TABLE (id uuid, org_id uuid, agent_id uuid, user_id uuid, scopes text[],
                   project_keys text[], expires_at timestamptz, revoked_at timestamptz,
                   org_slug text, org_name text, agent jsonb, role text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT k.id, k.org_id, k.agent_id, k.user_id, k.scopes, k.project_keys,
               k.expires_at, k.revoked_at, o.slug, o.name, {AGENT_JSON}, m.role
        FROM api_keys k
        JOIN organizations o ON o.id = k.org_id
        LEFT JOIN agents a ON a.id = k.agent_id
        LEFT JOIN memberships m ON m.org_id = k.org_id AND m.user_id = k.user_id
        WHERE k.digest = p_digest
    $$;
    REVOKE ALL ON FUNCTION mc_lookup_api_key(bytea) FROM PUBLIC;
    ALTER TABLE projects DROP COLUMN lease_seconds;
    DROP INDEX IF EXISTS tasks_lease_idx;
    DELETE FROM agents WHERE parent_id IS NOT NULL;
    DROP INDEX IF EXISTS agents_expiry_idx;
    DROP INDEX IF EXISTS agents_parent_idx;
    DROP INDEX IF EXISTS agents_name_key;
    ALTER TABLE agents ADD CONSTRAINT agents_org_id_name_key UNIQUE (org_id, name);
    ALTER TABLE agents DROP CONSTRAINT agents_subagent_shape,
        DROP COLUMN end_reason, DROP COLUMN ended_at, DROP COLUMN expires_at,
        DROP COLUMN lifecycle, DROP COLUMN task_id, DROP COLUMN purpose, DROP COLUMN depth,
        DROP COLUMN parent_id;
    """
    )
