"""Projects, tasks, dependencies, approvals.

Revision ID: 0002_projects_tasks
Revises: 0001_foundation
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from mission_control.core.migrate import run_script, tenant_policy_sql

revision: str = "0002_projects_tasks"
down_revision: str | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("projects", "task_counters", "tasks", "task_dependencies", "approvals")


def upgrade() -> None:
    # Positions are fractional-index keys compared byte-wise: the columns carry
    # COLLATE "C" so every ORDER BY and index agrees with the key generator.
    run_script(
        """
    CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^[A-Z][A-Z0-9]{1,9}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        owner_type text CHECK (owner_type IN ('user', 'agent')),
        owner_id uuid,
        stage text NOT NULL DEFAULT 'proposed'
            CHECK (stage IN ('proposed', 'planning', 'active', 'review', 'done', 'archived')),
        archived_from text,
        archived_at timestamptz,
        position text COLLATE "C" NOT NULL,
        requires_approval boolean NOT NULL DEFAULT false,
        approvers uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (org_id, key)
    );
    CREATE INDEX projects_lane_idx ON projects (org_id, stage, position, id);

    -- One row per project; UPDATE ... RETURNING hands out gapless task numbers.
    CREATE TABLE task_counters (
        project_id uuid PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        last_number integer NOT NULL DEFAULT 0
    );

    CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
        description text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'todo' CHECK (status IN
            ('backlog', 'todo', 'in_progress', 'blocked', 'review', 'done', 'cancelled')),
        status_rank smallint GENERATED ALWAYS AS (CASE status
            WHEN 'backlog' THEN 0 WHEN 'todo' THEN 1 WHEN 'in_progress' THEN 2
            WHEN 'blocked' THEN 3 WHEN 'review' THEN 4 WHEN 'done' THEN 5 ELSE 6 END) STORED,
        blocked_reason text CHECK (blocked_reason IN ('dependency', 'manual')),
        priority text NOT NULL DEFAULT 'none'
            CHECK (priority IN ('none', 'low', 'medium', 'high', 'urgent')),
        priority_rank smallint GENERATED ALWAYS AS (CASE priority
            WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2
            WHEN 'low' THEN 1 ELSE 0 END) STORED,
        assignee_type text CHECK (assignee_type IN ('user', 'agent')),
        assignee_id uuid,
        labels text[] NOT NULL DEFAULT '{}',
        due_date date,
        position text COLLATE "C" NOT NULL,
        version integer NOT NULL DEFAULT 1,
        claimed_at timestamptz,
        lease_expires_at timestamptz,
        created_by_type text NOT NULL,
        created_by_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (project_id, number),
        CHECK ((assignee_type IS NULL) = (assignee_id IS NULL))
    );
    CREATE INDEX tasks_project_board_idx ON tasks (project_id, status_rank, position, id);
    CREATE INDEX tasks_org_board_idx ON tasks (org_id, status_rank, position, id);
    CREATE INDEX tasks_column_idx ON tasks (project_id, status, position);
    CREATE INDEX tasks_assignee_idx ON tasks (org_id, assignee_id) WHERE assignee_id IS NOT NULL;
    CREATE INDEX tasks_claimable_idx ON tasks (org_id, priority_rank DESC, created_at, id)
        WHERE status = 'todo' AND assignee_id IS NULL;
    CREATE INDEX tasks_labels_idx ON tasks USING gin (labels);

    CREATE TABLE task_dependencies (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        depends_on_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (task_id, depends_on_id),
        CHECK (task_id <> depends_on_id)
    );
    CREATE INDEX task_dependencies_reverse_idx ON task_dependencies (depends_on_id);

    CREATE TABLE approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'approved', 'rejected')),
        requested_by_type text NOT NULL,
        requested_by_id uuid,
        decided_by_type text,
        decided_by_id uuid,
        comment text,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
    );
    CREATE UNIQUE INDEX approvals_one_pending_idx ON approvals (task_id) WHERE status = 'pending';
    CREATE INDEX approvals_list_idx ON approvals (org_id, status, created_at, id);
    """
    )
    for table in TABLES:
        run_script(tenant_policy_sql(table))


def downgrade() -> None:
    run_script(
        "DROP TABLE IF EXISTS approvals, task_dependencies, tasks, task_counters, projects CASCADE;"
    )
