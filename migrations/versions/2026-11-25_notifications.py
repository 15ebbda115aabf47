"""Subscriptions, notifications, webhooks and deliveries.

Revision ID: 0003_notifications
Revises: 0002_projects_tasks
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from mission_control.core.migrate import run_script, tenant_policy_sql

revision: str = "0003_notifications"
down_revision: str | None = "0002_projects_tasks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TENANT_TABLES = (
    "subscriptions",
    "notifications",
    "event_consumers",
    "webhooks",
    "webhook_deliveries",
)


def upgrade() -> None:
    run_script(
        """
    CREATE TABLE subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        subscriber_type text NOT NULL CHECK (subscriber_type IN ('user', 'agent')),
        subscriber_id uuid NOT NULL,
        target_type text NOT NULL CHECK (target_type IN ('project', 'task', 'channel')),
        target_id uuid NOT NULL,
        event_types text[],
        reason text NOT NULL DEFAULT 'manual'
            CHECK (reason IN ('manual', 'mention', 'assignment')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, subscriber_type, subscriber_id, target_type, target_id)
    );
    CREATE INDEX subscriptions_target_idx ON subscriptions (org_id, target_type, target_id);

    CREATE TABLE notifications (
        id bigserial PRIMARY KEY,
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        recipient_type text NOT NULL CHECK (recipient_type IN ('user', 'agent')),
        recipient_id uuid NOT NULL,
        event_id bigint NOT NULL,
        event jsonb NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (org_id, recipient_type, recipient_id, event_id)
    );
    CREATE INDEX notifications_recipient_idx
        ON notifications (org_id, recipient_type, recipient_id, id);
    CREATE INDEX notifications_unread_idx
        ON notifications (org_id, recipient_type, recipient_id, id) WHERE read_at IS NULL;

    -- How far each consumer of the event log (notifications, webhooks) has read, per org.
    CREATE TABLE event_consumers (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL,
        last_event_id bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, name)
    );

    CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        agent_id uuid REFERENCES agents(id) ON DELETE CASCADE,
        url text NOT NULL,
        kind text NOT NULL DEFAULT 'generic' CHECK (kind IN ('generic', 'openclaw')),
        event_types text[],
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        consecutive_failures integer NOT NULL DEFAULT 0,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_type text NOT NULL,
        created_by_id uuid
    );
    CREATE INDEX webhooks_org_idx ON webhooks (org_id, created_at);

    CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
        event_id bigint,
        event_type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until timestamptz,
        last_error text,
        response_code integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        UNIQUE (webhook_id, event_id)
    );
    CREATE INDEX webhook_deliveries_list_idx ON webhook_deliveries (org_id, webhook_id, created_at);
    CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (org_id, next_attempt_at)
        WHERE status = 'pending';

    -- The oldest event id still in the attached log: a stream resuming below it is reset.
    CREATE TABLE event_log_horizon (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        detached_through_id bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
    );
    INSERT INTO event_log_horizon (id) VALUES (true);
    """
    )
    for table in TENANT_TABLES:
        run_script(tenant_policy_sql(table))
    # The app role may not alter the partitioned table: this definer function detaches
    # (and, only when asked, drops) whole months that ended before p_before. A detached
    # month keeps its rows as a plain table for archiving; the horizon records the
    # highest id that left the log so resuming streams are told to refetch.
    run_script(
        """
    CREATE FUNCTION mc_detach_event_partitions(p_before date, p_drop boolean DEFAULT false)
    RETURNS text[]
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        v_part record;
        v_max bigint;
        v_done text[] := '{}';
    BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('mc_ensure_event_partition'));
        FOR v_part IN
            SELECT c.relname AS name
            FROM pg_inherits i
            JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'events'::regclass
              AND c.relname ~ '^events_[0-9]{4}_[0-9]{2}$'
              AND (to_date(substr(c.relname, 8), 'YYYY_MM') + interval '1 month')::date
                  <= date_trunc('month', p_before)::date
            ORDER BY c.relname
        LOOP
            -- FORCE binds the owner too; the month is leaving the log, so let its
            -- owner read it (the app role stays bound by the policy).
            EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', v_part.name);
            EXECUTE format('SELECT max(id) FROM %I', v_part.name) INTO v_max;
            EXECUTE format('ALTER TABLE events DETACH PARTITION %I', v_part.name);
            IF v_max IS NOT NULL THEN
                UPDATE event_log_horizon
                SET detached_through_id = greatest(detached_through_id, v_max), updated_at = now();
            END IF;
            IF p_drop THEN
                EXECUTE format('DROP TABLE %I', v_part.name);
            ELSE
                EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', v_part.name);
            END IF;
            v_done := v_done || v_part.name::text;
        END LOOP;
        RETURN v_done;
    END $$;
    REVOKE ALL ON FUNCTION mc_detach_event_partitions(date, boolean) FROM PUBLIC;
    """
    )


def downgrade() -> None:
    run_script(
        """
    DROP FUNCTION IF EXISTS mc_detach_event_partitions(date, boolean);
    DROP TABLE IF EXISTS event_log_horizon, webhook_deliveries, webhooks, event_consumers,
        notifications, subscriptions CASCADE;
    """
    )
