"""Chat: channels (org-wide, a project's or a task's discussion), members with read positions,
and messages partitioned by month with a search vector.

Revision ID: 0009_chat
Revises: 0008_task_moves_archive
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from mission_control.core.migrate import ORG_CONTEXT_SQL, run_script, tenant_policy_sql

revision: str = "0009_chat"
down_revision: str | None = "0008_task_moves_archive"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_POLICY = ORG_CONTEXT_SQL.replace("'", "''")


def upgrade() -> None:
    run_script(
        """
    CREATE TABLE channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        topic text NOT NULL DEFAULT '',
        visibility text NOT NULL CHECK (visibility IN ('public', 'private')),
        project_id uuid REFERENCES projects(id) ON DELETE CASCADE,
        task_id uuid REFERENCES tasks(id) ON DELETE CASCADE,
        created_by_type text NOT NULL CHECK (created_by_type IN ('user', 'agent', 'system')),
        created_by_id uuid,
        -- The channel's message counter: taken by UPDATE ... RETURNING, so a channel's
        -- messages become visible in seq order and history pages never shift or skip.
        last_seq bigint NOT NULL DEFAULT 0,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX channels_task_idx ON channels (task_id) WHERE task_id IS NOT NULL;
    CREATE UNIQUE INDEX channels_name_idx ON channels (org_id, lower(name))
        WHERE task_id IS NULL;
    CREATE INDEX channels_org_idx ON channels (org_id, created_at, id);
    CREATE INDEX channels_project_idx ON channels (project_id) WHERE project_id IS NOT NULL;

    CREATE TABLE channel_members (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        member_type text NOT NULL CHECK (member_type IN ('user', 'agent')),
        member_id uuid NOT NULL,
        last_read_seq bigint NOT NULL DEFAULT 0,
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (channel_id, member_type, member_id)
    );
    CREATE INDEX channel_members_member_idx ON channel_members (org_id, member_type, member_id);

    CREATE TABLE messages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        org_id uuid NOT NULL,
        channel_id uuid NOT NULL,
        seq bigint NOT NULL,
        author_type text NOT NULL CHECK (author_type IN ('user', 'agent')),
        author_id uuid NOT NULL,
        author_parent_id uuid,
        parent_id uuid,
        reply_count integer NOT NULL DEFAULT 0,
        last_reply_at timestamptz,
        body text NOT NULL,
        mentions jsonb NOT NULL DEFAULT '[]',
        edited_at timestamptz,
        deleted_at timestamptz,
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED,
        PRIMARY KEY (id, created_at)
    ) PARTITION BY RANGE (created_at);
    CREATE INDEX messages_channel_idx ON messages (channel_id, seq);
    CREATE INDEX messages_top_idx ON messages (channel_id, seq) WHERE parent_id IS NULL;
    CREATE INDEX messages_thread_idx ON messages (parent_id, seq) WHERE parent_id IS NOT NULL;
    CREATE INDEX messages_search_idx ON messages USING gin (search);

    -- Single-use WebSocket tickets for clients that can send neither a cookie nor a
    -- header: the caller's credential, sealed, for a few seconds.
    CREATE TABLE ws_tickets (
        digest bytea PRIMARY KEY,
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('bearer', 'cookie')),
        credential text NOT NULL,
        expires_at timestamptz NOT NULL
    );
    CREATE INDEX ws_tickets_expiry_idx ON ws_tickets (org_id, expires_at);
    """
    )
    for table in ("channels", "channel_members", "messages", "ws_tickets"):
        run_script(tenant_policy_sql(table))
    # Message months are made by the same definer function as event months, so startup
    # and the worker's upkeep job create both without knowing about chat.
    run_script(
        f"""
    CREATE OR REPLACE FUNCTION mc_ensure_event_partition(p_month date) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_start date := date_trunc('month', p_month)::date;
        v_stop date := (date_trunc('month', p_month) + interval '1 month')::date;
        v_name text := format('events_%s', to_char(v_start, 'YYYY_MM'));
        v_table text;
        v_part text;
    BEGIN
        IF to_regclass(v_name) IS NOT NULL
           AND to_regclass(format('messages_%s', to_char(v_start, 'YYYY_MM'))) IS NOT NULL THEN
            RETURN v_name;
        END IF;
        PERFORM pg_advisory_xact_lock(hashtext('mc_ensure_event_partition'));
        FOREACH v_table IN ARRAY ARRAY['events', 'messages'] LOOP
            v_part := format('%s_%s', v_table, to_char(v_start, 'YYYY_MM'));
            CONTINUE WHEN to_regclass(v_part) IS NOT NULL;
            EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                           v_part, v_table, v_start, v_stop);
            EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_part);
            EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', v_part);
            EXECUTE format(
                'CREATE POLICY tenant_isolation ON %I USING (org_id = {_POLICY})'
                ' WITH CHECK (org_id = {_POLICY})', v_part);
        END LOOP;
        RETURN v_name;
    END $$;
    REVOKE ALL ON FUNCTION mc_ensure_event_partition(date) FROM PUBLIC;
    SELECT mc_ensure_event_partition(now()::date);
    SELECT mc_ensure_event_partition((now() + interval '1 month')::date);
    SELECT mc_ensure_event_partition((now() + interval '2 month')::date);
    """
    )


def downgrade() -> None:
    run_script(
        f"""
    DROP TABLE IF EXISTS ws_tickets;
    DROP TABLE IF EXISTS messages;
    DROP TABLE IF EXISTS channel_members;
    DROP TABLE IF EXISTS channels;
    CREATE OR REPLACE FUNCTION mc_ensure_event_partition(p_month date) RETURNS text
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
            'CREATE POLICY tenant_isolation ON %I USING (org_id = {_POLICY})'
            ' WITH CHECK (org_id = {_POLICY})', v_name);
        RETURN v_name;
    END $$;
    REVOKE ALL ON FUNCTION mc_ensure_event_partition(date) FROM PUBLIC;
    """
    )
