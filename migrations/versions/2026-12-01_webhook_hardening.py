"""Webhook hardening: deliveries to a refused destination are recorded as `refused`, and
signing secrets are stored sealed with a key derived from SECRET_KEY (core/crypto.py).

Sealing existing rows needs the server's SECRET_KEY: run `mission-control migrate` with the
same environment (and data folder) as the server. The key is read only when rows need it.

Revision ID: 0005_webhook_hardening
Revises: 0004_hot_paths
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

from mission_control.core import crypto
from mission_control.core.migrate import run_script

revision: str = "0005_webhook_hardening"
down_revision: str | None = "0004_hot_paths"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PURPOSE = "webhook-secret"  # notifications/webhooks.py SEAL_PURPOSE, frozen here


def _secret_key() -> str:
    given = context.config.attributes.get("secret_key")
    if given:
        return str(given)
    from mission_control.core.config import get_settings

    return get_settings().resolved_secret_key()


def _rewrite_secrets(sealed: bool) -> None:
    # The migrating role bypasses RLS, so it sees every org's webhooks.
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, secret FROM webhooks")).all()
    todo = [(i, s) for i, s in rows if crypto.is_sealed(s) != sealed]
    if not todo:
        return
    key = _secret_key()
    for webhook_id, secret in todo:
        value = crypto.seal(secret, key, PURPOSE) if sealed else crypto.unseal(secret, key, PURPOSE)
        bind.execute(
            sa.text("UPDATE webhooks SET secret = :s WHERE id = :i"), {"s": value, "i": webhook_id}
        )


def upgrade() -> None:
    run_script(
        """
    ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_status_check;
    ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_status_check
        CHECK (status IN ('pending', 'delivered', 'failed', 'refused'));
    """
    )
    _rewrite_secrets(sealed=True)


def downgrade() -> None:
    _rewrite_secrets(sealed=False)
    run_script(
        """
    UPDATE webhook_deliveries SET status = 'failed' WHERE status = 'refused';
    ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_status_check;
    ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_status_check
        CHECK (status IN ('pending', 'delivered', 'failed'));
    """
    )
