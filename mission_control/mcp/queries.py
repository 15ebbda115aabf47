"""The agent interface's own SQL (`$n` parameters only)."""

from __future__ import annotations

# The oldest unread mention of the caller (notifications made by the notifications domain).
UNREAD_MENTION = (
    "SELECT id, event FROM notifications WHERE recipient_type = $1 AND recipient_id = $2"
    " AND reason = 'mention' AND read_at IS NULL ORDER BY id LIMIT 1"
)
PROJECT_IDS = "SELECT id FROM projects WHERE key = ANY($1::text[])"
MARK_READ = "UPDATE notifications SET read_at = now() WHERE id = $1 AND read_at IS NULL"
