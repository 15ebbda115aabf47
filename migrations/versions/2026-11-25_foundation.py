"""Foundation: orgs, users, sessions, memberships, agents, API keys, the event log, RLS.

Revision ID: 0001_foundation
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from mission_control.core.migrate import ORG_CONTEXT_SQL, run_script, tenant_policy_sql

revision: str = "0001_foundation"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORG_CTX = ORG_CONTEXT_SQL
USER_CTX = "NULLIF(current_setting('app.current_user_id', true), '')::uuid"


def upgrade() -> None:
    run_script(
        """
    CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));

    CREATE TABLE user_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text
    );
    CREATE INDEX user_sessions_user_idx ON user_sessions (user_id);

    CREATE TABLE user_identities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        provider text NOT NULL,
        subject text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (provider, subject)
    );

    CREATE TABLE memberships (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, user_id)
    );
    CREATE INDEX memberships_user_idx ON memberships (user_id);

    CREATE TABLE agents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        capabilities text[] NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'offline'
            CHECK (status IN ('online', 'busy', 'idle', 'offline')),
        last_seen_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, name)
    );

    CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        agent_id uuid REFERENCES agents(id) ON DELETE CASCADE,
        user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL DEFAULT '',
        prefix text NOT NULL UNIQUE,
        digest bytea NOT NULL UNIQUE,
        scopes text[] NOT NULL DEFAULT '{}',
        project_keys text[],
        expires_at timestamptz,
        revoked_at timestamptz,
        last_used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        CHECK (agent_id IS NOT NULL OR user_id IS NOT NULL)
    );
    CREATE INDEX api_keys_agent_idx ON api_keys (org_id, agent_id);

    CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
        token_digest bytea NOT NULL UNIQUE,
        invited_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid
    );
    CREATE UNIQUE INDEX invitations_pending_email_key ON invitations (org_id, lower(email))
        WHERE accepted_at IS NULL;

    CREATE SEQUENCE events_id_seq AS bigint;
    CREATE TABLE events (
        id bigint NOT NULL DEFAULT nextval('events_id_seq'),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        org_id uuid NOT NULL,
        actor_type text NOT NULL CHECK (actor_type IN ('user', 'agent', 'system')),
        actor_id uuid,
        type text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid,
        project_id uuid,
        payload jsonb NOT NULL DEFAULT '{}',
        PRIMARY KEY (id, occurred_at)
    ) PARTITION BY RANGE (occurred_at);
    ALTER SEQUENCE events_id_seq OWNED BY events.id;
    CREATE INDEX events_org_idx ON events (org_id, id);
    CREATE INDEX events_entity_idx ON events (org_id, entity_type, entity_id, id);
    CREATE INDEX events_project_idx ON events (org_id, project_id, id)
        WHERE project_id IS NOT NULL;
    CREATE INDEX events_type_idx ON events (org_id, type, id);
    CREATE INDEX events_actor_idx ON events (org_id, actor_id, id);
    """
    )
    for table in ("agents", "events", "invitations"):
        run_script(tenant_policy_sql(table))
    # A person lists and revokes their personal access tokens across orgs.
    run_script(
        f"""
    ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
    ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
    CREATE POLICY tenant_isolation ON api_keys
        USING (org_id = {ORG_CTX} OR user_id = {USER_CTX})
        WITH CHECK (org_id = {ORG_CTX});
    """
    )
    # "Which orgs am I in?" is asked before any org is chosen: a user sees
    # their own memberships as well as every membership of the current org.
    run_script(
        f"""
    ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
    ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
    CREATE POLICY tenant_isolation ON memberships
        USING (org_id = {ORG_CTX} OR user_id = {USER_CTX})
        WITH CHECK (org_id = {ORG_CTX});
    """
    )
    # The app role may not create partitions: this definer function does,
    # with RLS enabled, forced and the same policy on every new month.
    run_script(
        f"""
    CREATE FUNCTION mc_ensure_event_partition(p_month date) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_start date := date_trunc('month', p_month)::date;
        v_stop date := (date_trunc('month', p_month) + interval '1 month')::date;
        v_name text := format('events_%s', to_char(v_start, 'YYYY_MM'));
    BEGIN
        IF to_regclass(v_name) IS NOT NULL THEN
            RETURN v_name;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('mc_ensure_event_partition'));
        IF to_regclass(v_name) IS NOT NULL THEN
            RETURN v_name;
        END IF;
        EXECUTE format('CREATE TABLE %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)',
                       v_name, v_start, v_stop);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', v_name);
        EXECUTE format(
            'CREATE POLICY tenant_isolation ON %I USING (org_id = {ORG_CTX.replace("'", "''")})'
            ' WITH CHECK (org_id = {ORG_CTX.replace("'", "''")})', v_name);
        RETURN v_name;
    END $$;
    REVOKE ALL ON FUNCTION mc_ensure_event_partition(date) FROM PUBLIC;

    SELECT mc_ensure_event_partition(now()::date);
    SELECT mc_ensure_event_partition((now() + interval '1 month')::date);
    """
    )
    # Resolving a key happens before the org is known: a narrow definer
    # lookup by digest instead of switching RLS off for the app role.
    run_script(
        """
    CREATE FUNCTION mc_lookup_api_key(p_digest bytea)
    RETURNS TABLE (id uuid, org_id uuid, agent_id uuid, user_id uuid, scopes text[],
                   project_keys text[], expires_at timestamptz, revoked_at timestamptz,
                   org_slug text, org_name text, agent jsonb)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        -- The key's agent rides along: GET /agents/me, the call agents make most,
        -- then needs no second query.
        SELECT k.id, k.org_id, k.agent_id, k.user_id, k.scopes, k.project_keys,
               k.expires_at, k.revoked_at, o.slug, o.name,
               CASE WHEN a.id IS NULL THEN NULL ELSE jsonb_build_object(
                   'id', a.id, 'name', a.name, 'description', a.description,
                   'capabilities', a.capabilities, 'status', a.status,
                   'last_seen_at', a.last_seen_at, 'created_at', a.created_at) END
        FROM api_keys k
        JOIN organizations o ON o.id = k.org_id
        LEFT JOIN agents a ON a.id = k.agent_id
        WHERE k.digest = p_digest
    $$;
    REVOKE ALL ON FUNCTION mc_lookup_api_key(bytea) FROM PUBLIC;

    -- Accepting an invitation happens before the invitee belongs to any org.
    CREATE FUNCTION mc_lookup_invitation(p_digest bytea)
    RETURNS TABLE (id uuid, org_id uuid, email text, role text, expires_at timestamptz,
                   accepted_at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        SELECT i.id, i.org_id, i.email, i.role, i.expires_at, i.accepted_at
        FROM invitations i WHERE i.token_digest = p_digest
    $$;
    REVOKE ALL ON FUNCTION mc_lookup_invitation(bytea) FROM PUBLIC;

    CREATE FUNCTION mc_touch_api_keys(p_ids uuid[], p_at timestamptz) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        UPDATE api_keys SET last_used_at = p_at
        WHERE id = ANY(p_ids) AND (last_used_at IS NULL OR last_used_at < p_at)
    $$;
    REVOKE ALL ON FUNCTION mc_touch_api_keys(uuid[], timestamptz) FROM PUBLIC;
    """
    )


def downgrade() -> None:
    run_script(
        """
    DROP FUNCTION IF EXISTS mc_touch_api_keys(uuid[], timestamptz);
    DROP FUNCTION IF EXISTS mc_lookup_invitation(bytea);
    DROP FUNCTION IF EXISTS mc_lookup_api_key(bytea);
    DROP FUNCTION IF EXISTS mc_ensure_event_partition(date);
    DROP TABLE IF EXISTS events, invitations, api_keys, agents, memberships, user_identities,
        user_sessions, users, organizations CASCADE;
    """
    )
