"""The sub-agents domain's SQL: `$n` parameters only, prepared once per connection."""

from __future__ import annotations

# A sub-agent and the scopes and project limit of its (one) key.
COLUMNS = (
    "a.id, a.org_id, a.name, a.purpose, a.parent_id, a.depth, a.task_id,"
    " a.lifecycle AS status, a.expires_at, a.ended_at, a.end_reason, a.created_at,"
    " coalesce(k.scopes, '{}') AS scopes, k.project_keys"
)
FROM = "FROM agents a LEFT JOIN api_keys k ON k.agent_id = a.id"

INSERT = (
    "INSERT INTO agents (org_id, name, purpose, parent_id, depth, task_id, lifecycle,"
    " expires_at, status) VALUES ($1, $2, $3, $4, $5, $6, 'active',"
    # Never outliving its parent: a sub-agent's clock stops at its parent's.
    " least(now() + make_interval(secs => $7), $8::timestamptz), 'online')"
    " RETURNING id, org_id, name, purpose, parent_id, depth, task_id, lifecycle AS status,"
    " expires_at, ended_at, end_reason, created_at"
)
BY_ID = f"SELECT {COLUMNS} {FROM} WHERE a.id = $1 AND a.parent_id IS NOT NULL"
PARENT = "SELECT id, depth, lifecycle, expires_at FROM agents WHERE id = $1"

# A sub-agent and every descendant still active, locked (an ended parent ends its subtree).
SUBTREE_FOR_UPDATE = (
    "WITH RECURSIVE tree AS (SELECT id FROM agents WHERE id = $1"
    " UNION SELECT c.id FROM agents c JOIN tree ON c.parent_id = tree.id)"
    " SELECT a.id, a.org_id, a.name, a.parent_id, a.task_id, a.lifecycle FROM agents a"
    " JOIN tree ON tree.id = a.id WHERE a.lifecycle = 'active' ORDER BY a.depth, a.id"
    " FOR UPDATE OF a"
)
# Sub-agents past their deadline, oldest first; SKIP LOCKED lets two expiry jobs share them.
DUE = (
    "SELECT a.id, a.org_id, a.name, a.parent_id, a.task_id, a.lifecycle, a.expires_at"
    " FROM agents a WHERE a.lifecycle = 'active' AND a.expires_at <= now()"
    " ORDER BY a.expires_at LIMIT $1 FOR UPDATE SKIP LOCKED"
)
END = (
    "UPDATE agents SET lifecycle = $2, ended_at = now(), end_reason = $3, status = 'offline'"
    " WHERE id = ANY($1::uuid[]) AND lifecycle = 'active' RETURNING id"
)
REVOKE_KEYS = (
    "UPDATE api_keys SET revoked_at = now() WHERE agent_id = ANY($1::uuid[]) AND revoked_at IS NULL"
)
DUE_ORGS = "SELECT org_id, oldest FROM mc_due_expiries(now())"


def page(where: str, limit: str) -> str:
    """Sub-agents, newest first (`where` always holds `a.parent_id IS NOT NULL`)."""
    return f"SELECT {COLUMNS} {FROM}{where} ORDER BY a.created_at DESC, a.id DESC LIMIT {limit}"
