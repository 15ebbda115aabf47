"""The agent interface's own SQL (`$n` parameters only)."""

from __future__ import annotations

from mission_control.chat import queries as chat_queries

# The oldest unread mention of the caller (notifications made by the notifications domain).
UNREAD_MENTION = (
    "SELECT id, event FROM notifications WHERE recipient_type = $1 AND recipient_id = $2"
    " AND reason = 'mention' AND read_at IS NULL ORDER BY id LIMIT 1"
)
MARK_READ = "UPDATE notifications SET read_at = now() WHERE id = $1 AND read_at IS NULL"
# The last top-level comments of a task's discussion (a task channel is public to whoever
# sees the task), newest first; the message columns are the chat domain's.
LAST_COMMENTS = (
    f"SELECT {chat_queries.MESSAGE} FROM messages WHERE channel_id ="
    " (SELECT id FROM channels WHERE task_id = $1) AND parent_id IS NULL AND deleted_at IS NULL"
    " ORDER BY seq DESC LIMIT $2"
)
