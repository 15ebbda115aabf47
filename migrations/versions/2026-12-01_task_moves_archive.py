"""Tasks moved between projects (old refs keep resolving) and archived tasks.

Revision ID: 0008_task_moves_archive
Revises: 0007_idempotency
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from mission_control.core.migrate import run_script, tenant_policy_sql

revision: str = "0008_task_moves_archive"
down_revision: str | None = "0007_idempotency"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    run_script(
        """
    -- A ref a task had before it moved to another project. Numbers come from a project's
    -- counter and are never handed out twice, so an old ref can never name another task.
    CREATE TABLE task_refs (
        org_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        project_key text NOT NULL,
        number integer NOT NULL,
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        moved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, project_key, number)
    );
    CREATE INDEX task_refs_task_idx ON task_refs (task_id);

    -- An archived task leaves the boards and claim-next; it stays readable and searchable.
    ALTER TABLE tasks ADD COLUMN archived_at timestamptz;
    DROP INDEX tasks_claimable_idx;
    DROP INDEX tasks_claimable_project_idx;
    DROP INDEX tasks_claimable_labels_idx;
    CREATE INDEX tasks_claimable_idx ON tasks (org_id, priority_rank DESC, created_at, id)
        WHERE status = 'todo' AND assignee_id IS NULL AND archived_at IS NULL;
    CREATE INDEX tasks_claimable_project_idx
        ON tasks (project_id, priority_rank DESC, created_at, id)
        WHERE status = 'todo' AND assignee_id IS NULL AND archived_at IS NULL;
    CREATE INDEX tasks_claimable_labels_idx ON tasks USING gin (labels)
        WHERE status = 'todo' AND assignee_id IS NULL AND archived_at IS NULL;
    """
    )
    run_script(tenant_policy_sql("task_refs"))


def downgrade() -> None:
    run_script(
        """
    DROP TABLE IF EXISTS task_refs;
    DROP INDEX tasks_claimable_idx;
    DROP INDEX tasks_claimable_project_idx;
    DROP INDEX tasks_claimable_labels_idx;
    ALTER TABLE tasks DROP COLUMN archived_at;
    CREATE INDEX tasks_claimable_idx ON tasks (org_id, priority_rank DESC, created_at, id)
        WHERE status = 'todo' AND assignee_id IS NULL;
    CREATE INDEX tasks_claimable_project_idx
        ON tasks (project_id, priority_rank DESC, created_at, id)
        WHERE status = 'todo' AND assignee_id IS NULL;
    CREATE INDEX tasks_claimable_labels_idx ON tasks USING gin (labels)
        WHERE status = 'todo' AND assignee_id IS NULL;
    """
    )
