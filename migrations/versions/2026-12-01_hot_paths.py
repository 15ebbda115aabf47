"""Hot paths: one-round-trip principal lookups, and indexes that match every hot filter.

Revision ID: 0004_hot_paths
Revises: 0003_notifications
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from mission_control.core.migrate import run_script

revision: str = "0004_hot_paths"
down_revision: str | None = "0003_notifications"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AGENT_JSON = """CASE WHEN a.id IS NULL THEN NULL ELSE jsonb_build_object(
               'id', a.id, 'name', a.name, 'description', a.description,
               'capabilities', a.capabilities, 'status', a.status,
               'last_seen_at', a.last_seen_at, 'created_at', a.created_at) END"""


def upgrade() -> None:
    run_script(
        f"""
    -- The key's owner's role rides along (a personal token acts with its person's role),
    -- so a request is authenticated, authorised and bound to its org in one statement.
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

    -- A web session and (when an org is named) the person's membership in it, before any
    -- org context exists: one row when the session is live, none otherwise.
    CREATE FUNCTION mc_resolve_session(p_session uuid, p_user uuid, p_org_slug text)
    RETURNS TABLE (user_id uuid, email text, display_name text, org_id uuid, org_slug text,
                   org_name text, role text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT u.id, u.email, u.display_name, o.id, o.slug, o.name, m.role
        FROM user_sessions s
        JOIN users u ON u.id = s.user_id
        LEFT JOIN organizations o ON o.slug = p_org_slug
        LEFT JOIN memberships m ON m.org_id = o.id AND m.user_id = u.id
        WHERE s.id = p_session AND s.user_id = p_user
          AND s.revoked_at IS NULL AND s.expires_at > now()
    $$;
    REVOKE ALL ON FUNCTION mc_resolve_session(uuid, uuid, text) FROM PUBLIC;

    -- Whether a task has dependencies (or dependants) is kept on its own row by the
    -- dependency writes, which lock both rows: a status change that waited for a lock
    -- reads fresh counters and skips every dependency query when they are zero.
    ALTER TABLE tasks ADD COLUMN dependency_count integer NOT NULL DEFAULT 0
        CHECK (dependency_count >= 0);
    ALTER TABLE tasks ADD COLUMN dependant_count integer NOT NULL DEFAULT 0
        CHECK (dependant_count >= 0);
    UPDATE tasks t SET
        dependency_count = (SELECT count(*) FROM task_dependencies d WHERE d.task_id = t.id),
        dependant_count = (SELECT count(*) FROM task_dependencies d WHERE d.depends_on_id = t.id)
    WHERE EXISTS (SELECT 1 FROM task_dependencies d
                  WHERE d.task_id = t.id OR d.depends_on_id = t.id);

    -- claim-next with a project filter walks only that project's claimable tasks
    -- (the org-wide index would discard every other project's rows first).
    CREATE INDEX tasks_claimable_project_idx
        ON tasks (project_id, priority_rank DESC, created_at, id)
        WHERE status = 'todo' AND assignee_id IS NULL;
    -- claim-next by labels: containment over the claimable tasks only. Finer statistics
    -- on labels let the planner tell a rare label (this index) from a common one (the
    -- ordered claimable index, where the first rows already match).
    CREATE INDEX tasks_claimable_labels_idx ON tasks USING gin (labels)
        WHERE status = 'todo' AND assignee_id IS NULL;
    ALTER TABLE tasks ALTER COLUMN labels SET STATISTICS 1000;

    -- Under RLS the planner may evaluate a query's own condition before the policy's
    -- (org_id = the context) only if its function is LEAKPROOF; otherwise no index can
    -- serve it. Array containment reads only its two arguments and raises no error that
    -- depends on row data, so it is marked leakproof — a change only a superuser can
    -- make; elsewhere label filters still work, walking the claimable index instead.
    -- The policies themselves are untouched: every row still has to pass them.
    DO $$
    BEGIN
        IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
            ALTER FUNCTION pg_catalog.arraycontains(anyarray, anyarray) LEAKPROOF;
        ELSE
            RAISE NOTICE 'not a superuser: arraycontains stays non-leakproof';
        END IF;
    END $$;
    """
    )


def downgrade() -> None:
    run_script(
        f"""
    DROP INDEX IF EXISTS tasks_claimable_labels_idx;
    ALTER TABLE tasks DROP COLUMN dependency_count, DROP COLUMN dependant_count;
    ALTER TABLE tasks ALTER COLUMN labels SET STATISTICS -1;
    DROP INDEX IF EXISTS tasks_claimable_project_idx;
    DROP FUNCTION IF EXISTS mc_resolve_session(uuid, uuid, text);
    DROP FUNCTION mc_lookup_api_key(bytea);
    CREATE FUNCTION mc_lookup_api_key(p_digest bytea)
    RETURNS TABLE (id uuid, org_id uuid, agent_id uuid, user_id uuid, scopes text[],
                   project_keys text[], expires_at timestamptz, revoked_at timestamptz,
                   org_slug text, org_name text, agent jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT k.id, k.org_id, k.agent_id, k.user_id, k.scopes, k.project_keys,
               k.expires_at, k.revoked_at, o.slug, o.name, {AGENT_JSON}
        FROM api_keys k
        JOIN organizations o ON o.id = k.org_id
        LEFT JOIN agents a ON a.id = k.agent_id
        WHERE k.digest = p_digest
    $$;
    REVOKE ALL ON FUNCTION mc_lookup_api_key(bytea) FROM PUBLIC;
    """
    )
