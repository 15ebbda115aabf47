"""Webhook hardening: deliveries to a refused destination are recorded as `refused`.

Revision ID: 0004_webhook_hardening
Revises: 0003_notifications
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from mission_control.core.migrate import run_script

revision: str = "0004_webhook_hardening"
down_revision: str | None = "0003_notifications"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    run_script(
        """
    ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_status_check;
    ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_status_check
        CHECK (status IN ('pending', 'delivered', 'failed', 'refused'));
    """
    )


def downgrade() -> None:
    run_script(
        """
    UPDATE webhook_deliveries SET status = 'failed' WHERE status = 'refused';
    ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_status_check;
    ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_status_check
        CHECK (status IN ('pending', 'delivered', 'failed'));
    """
    )
