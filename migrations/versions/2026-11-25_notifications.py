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


def upgrade() -> None:
    run_script("SELECT 1")
    for table in ():
        run_script(tenant_policy_sql(table))


def downgrade() -> None:
    run_script("SELECT 1")
