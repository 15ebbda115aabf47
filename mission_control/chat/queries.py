"""The chat domain's SQL: `$n` parameters only, prepared once per connection.

A channel is always read with the viewer's membership folded in (`$2` member type,
`$3` member id), so one statement answers "may they see it" and "are they in it".
A task's channel takes its project from the task (a moved task keeps its thread).
"""

from __future__ import annotations

CHANNEL = (
    "c.id, c.org_id, c.name, c.topic, c.visibility, c.task_id, c.created_by_type,"
    " c.created_by_id, c.last_seq, c.archived_at, c.created_at, c.updated_at,"
    " coalesce(t.project_id, c.project_id) AS project_id,"
    " coalesce(tp.key, p.key) AS project_key,"
    " CASE WHEN t.id IS NULL THEN NULL ELSE tp.key || '-' || t.number END AS task_ref,"
    " m.member_id IS NOT NULL AS is_member, m.last_read_seq"
)


def _from(member_type: str, member_id: str) -> str:
    return (
        "FROM channels c LEFT JOIN projects p ON p.id = c.project_id"
        " LEFT JOIN tasks t ON t.id = c.task_id LEFT JOIN projects tp ON tp.id = t.project_id"
        f" LEFT JOIN channel_members m ON m.channel_id = c.id AND m.member_type = {member_type}"
        f" AND m.member_id = {member_id}"
    )


FROM = _from("$2", "$3")
BY_ID = f"SELECT {CHANNEL} {FROM} WHERE c.id = $1"
BY_ID_FOR_UPDATE = f"{BY_ID} FOR UPDATE OF c"
BY_TASK = f"SELECT {CHANNEL} {FROM} WHERE c.task_id = $1"
UNREAD = (
    "(SELECT count(*) FROM messages u WHERE u.channel_id = c.id AND u.seq > m.last_read_seq"
    " AND u.deleted_at IS NULL)"
)


def channel_page(where: str, limit: str) -> str:
    """Channels in creation order with the viewer's unread count; `where` from core.sql.Where,
    whose first two parameters are the viewer's type and id ($1, $2)."""
    return (
        f"SELECT {CHANNEL}, CASE WHEN m.member_id IS NULL THEN 0 ELSE {UNREAD} END AS unread"
        f" {_from('$1', '$2')}{where} ORDER BY c.created_at, c.id LIMIT {limit}"
    )


INSERT_CHANNEL = (
    "INSERT INTO channels (org_id, name, topic, visibility, project_id, task_id,"
    " created_by_type, created_by_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"
    " ON CONFLICT DO NOTHING RETURNING id"
)
UPDATE_CHANNEL = (
    "UPDATE channels SET name = $2, topic = $3, archived_at = $4, updated_at = now() WHERE id = $1"
)
# The counter row: its lock orders a channel's messages by commit (seq visible in order).
NEXT_SEQ = "UPDATE channels SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq"

ADD_MEMBER = (
    "INSERT INTO channel_members (org_id, channel_id, member_type, member_id, last_read_seq)"
    " VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING member_id"
)
REMOVE_MEMBER = (
    "DELETE FROM channel_members WHERE channel_id = $1 AND member_type = $2 AND member_id = $3"
    " RETURNING member_id"
)
MEMBERS_PAGE = (
    "SELECT cm.member_type, cm.member_id, cm.last_read_seq, cm.joined_at,"
    " coalesce(u.display_name, a.name) AS name FROM channel_members cm"
    " LEFT JOIN users u ON cm.member_type = 'user' AND u.id = cm.member_id"
    " LEFT JOIN agents a ON cm.member_type = 'agent' AND a.id = cm.member_id"
    " WHERE cm.channel_id = $1 AND (cm.member_type, cm.member_id) > ($2, $3)"
    " ORDER BY cm.member_type, cm.member_id LIMIT $4"
)
MEMBER_IDS = (
    "SELECT member_type, member_id FROM channel_members"
    " WHERE channel_id = $1 AND member_id = ANY($2::uuid[])"
)
MARK_READ = (
    "UPDATE channel_members SET last_read_seq = greatest(last_read_seq, $4)"
    " WHERE channel_id = $1 AND member_type = $2 AND member_id = $3 RETURNING last_read_seq"
)
UNREAD_AFTER = (
    "SELECT count(*) FROM messages WHERE channel_id = $1 AND seq > $2 AND deleted_at IS NULL"
)
# Which of these channels the viewer is in (the event visibility rule's lookup).

USER_IN_ORG = "SELECT 1 FROM memberships WHERE user_id = $1"
AGENT_IN_ORG = "SELECT 1 FROM agents WHERE id = $1"
# Mention handles: an agent's name, a member's display name or the local part of the email.
# Each row with the handles that name it: a name, or an email's local part and the email.
MENTION_CANDIDATES = (
    "SELECT 'agent' AS type, a.id, lower(a.name) AS handle, NULL::text AS email FROM agents a"
    " WHERE lower(a.name) = ANY($1::text[])"
    " UNION ALL SELECT 'user', u.id, lower(u.display_name), NULL FROM memberships ms"
    " JOIN users u ON u.id = ms.user_id WHERE lower(u.display_name) = ANY($1::text[])"
    " UNION ALL SELECT 'user', u.id, lower(split_part(u.email, '@', 1)), lower(u.email)"
    " FROM memberships ms"
    " JOIN users u ON u.id = ms.user_id"
    " WHERE lower(split_part(u.email, '@', 1)) = ANY($1::text[])"
    " OR lower(u.email) = ANY($1::text[])"
)

MESSAGE = (
    "id, org_id, channel_id, seq, author_type, author_id, author_parent_id, parent_id,"
    " reply_count, last_reply_at, body, mentions, created_at, edited_at, deleted_at"
)
INSERT_MESSAGE = (
    "INSERT INTO messages (org_id, channel_id, seq, author_type, author_id, author_parent_id,"
    f" parent_id, body, mentions) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)"
    f" RETURNING {MESSAGE}"
)
MESSAGE_BY_ID = f"SELECT {MESSAGE} FROM messages WHERE id = $1"
MESSAGE_FOR_UPDATE = f"{MESSAGE_BY_ID} FOR UPDATE"
COUNT_REPLY = (
    "UPDATE messages SET reply_count = reply_count + 1, last_reply_at = now() WHERE id = $1"
)
EDIT_MESSAGE = (
    "UPDATE messages SET body = $2, mentions = $3::jsonb, edited_at = now() WHERE id = $1"
    f" RETURNING {MESSAGE}"
)
DELETE_MESSAGE = (
    "UPDATE messages SET body = '', mentions = '[]', deleted_at = now() WHERE id = $1"
    f" RETURNING {MESSAGE}"
)


def messages_page(thread: bool, older: bool, bound: str | None, limit: str) -> str:
    """A page of a channel's top-level messages ($1 the channel) or of a thread's replies
    ($1 the parent), by seq: older (descending) or newer (ascending) than `bound`."""
    scope = "parent_id = $1" if thread else "channel_id = $1 AND parent_id IS NULL"
    if bound is not None:
        scope += f" AND seq {'<' if older else '>'} {bound}"
    order = "DESC" if older else "ASC"
    return f"SELECT {MESSAGE} FROM messages WHERE {scope} ORDER BY seq {order} LIMIT {limit}"


ISSUE_TICKET = (
    "WITH gone AS (DELETE FROM ws_tickets WHERE org_id = $2 AND expires_at < now())"
    " INSERT INTO ws_tickets (digest, org_id, kind, credential, expires_at)"
    " VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5))"
)
TAKE_TICKET = (
    "DELETE FROM ws_tickets WHERE digest = $1 AND expires_at > now() RETURNING kind, credential"
)
