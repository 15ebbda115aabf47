"""The agents domain's SQL: `$n` parameters only, prepared once per connection."""

from __future__ import annotations

from mission_control.auth.queries import KEY_COLUMNS

COLUMNS = "id, org_id, name, description, capabilities, status, last_seen_at, created_at"

BY_ID = f"SELECT {COLUMNS} FROM agents WHERE id = $1"
BY_NAME = f"SELECT {COLUMNS} FROM agents WHERE name = $1"
INSERT = (
    "INSERT INTO agents (org_id, name, description, capabilities) VALUES ($1, $2, $3, $4)"
    f" ON CONFLICT (org_id, name) WHERE parent_id IS NULL DO NOTHING RETURNING {COLUMNS}"
)
DELETE = f"DELETE FROM agents WHERE id = $1 RETURNING {COLUMNS}"
# A beat: the new status and the one it replaces, and the leases of the tasks the agent
# holds renewed, in one statement.
HEARTBEAT = (
    "WITH renewed AS (UPDATE tasks t SET lease_expires_at = now()"
    " + make_interval(secs => coalesce(p.lease_seconds, $3)) FROM projects p"
    " WHERE t.assignee_type = 'agent' AND t.assignee_id = $1 AND t.status = 'in_progress'"
    " AND p.id = t.project_id)"
    " UPDATE agents a SET status = $2, last_seen_at = now()"
    " FROM (SELECT id, status FROM agents WHERE id = $1 FOR UPDATE) old"
    " WHERE a.id = old.id"
    " RETURNING a.id, a.org_id, a.name, a.description, a.capabilities, a.status,"
    " a.last_seen_at, a.created_at, old.status AS previous"
)
KEYS = f"SELECT {KEY_COLUMNS} FROM api_keys WHERE agent_id = $1 ORDER BY created_at, id"
KEY_OF_AGENT = "SELECT id FROM api_keys WHERE id = $1 AND agent_id = $2"
UPDATABLE = ("name", "description", "capabilities", "status")


def update(fields: list[str]) -> str:
    """UPDATE of `fields` (each in UPDATABLE) as $2, $3, ...; a taken name updates nothing."""
    assert all(f in UPDATABLE for f in fields)
    assignments = ", ".join(f"{f} = ${i + 2}" for i, f in enumerate(fields))
    return f"UPDATE agents SET {assignments}, updated_at = now() WHERE id = $1 RETURNING {COLUMNS}"


def page(where: str, limit: str) -> str:
    """The roster: top-level agents (sub-agents are listed under /sub-agents)."""
    where = f"{where} AND parent_id IS NULL" if where else " WHERE parent_id IS NULL"
    return f"SELECT {COLUMNS} FROM agents{where} ORDER BY name, id LIMIT {limit}"
