"""The projects domain's SQL: `$n` parameters only, prepared once per connection.

Rows are read under the org context (RLS); position columns carry COLLATE "C", so
comparisons and max/min agree with the key generator byte for byte.
"""

from __future__ import annotations

COLUMNS = (
    "id, org_id, key, name, description, owner_type, owner_id, stage, archived_from,"
    " archived_at, position, requires_approval, approvers, lease_seconds, created_at,"
    " updated_at"
)

BY_KEY = f"SELECT {COLUMNS} FROM projects WHERE key = $1"
BY_KEY_FOR_UPDATE = f"{BY_KEY} FOR UPDATE"
POSITION_IN_LANE = "SELECT position, key FROM projects WHERE id = $1 AND stage = $2"

# A new project and its task counter in one statement; a taken key inserts nothing.
INSERT = (
    "WITH p AS (INSERT INTO projects (org_id, key, name, description, owner_type, owner_id,"
    " stage, archived_at, position, requires_approval, approvers, lease_seconds)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7 = 'archived' THEN now() END, $8, $9, $10,"
    " $11)"
    f" ON CONFLICT (org_id, key) DO NOTHING RETURNING {COLUMNS}),"
    " c AS (INSERT INTO task_counters (project_id, org_id) SELECT id, org_id FROM p)"
    f" SELECT {COLUMNS} FROM p"
)

# Lane order: the lifecycle, then archived; within a lane by position, then id.
LANE = "array_position(ARRAY['proposed','planning','active','review','done','archived'], stage)"


def page(where: str, limit: str) -> str:
    """A page of projects in lane order; `where` from core.sql.Where."""
    return (
        f"SELECT {COLUMNS}, {LANE} AS lane FROM projects{where}"
        f" ORDER BY lane, position, id LIMIT {limit}"
    )


# Positions within a lane (stage), excluding the card being placed ($2).
LANE_END = "SELECT max(position) FROM projects WHERE stage = $1 AND id IS DISTINCT FROM $2"
LANE_NEXT = "SELECT min(position) FROM projects WHERE stage = $1 AND id <> $2 AND position > $3"
LANE_PREV = "SELECT max(position) FROM projects WHERE stage = $1 AND id <> $2 AND position < $3"

SET_STAGE = (
    "UPDATE projects SET stage = $2, position = $3, archived_from = $4,"
    " archived_at = CASE WHEN $2 = 'archived' THEN now() END, updated_at = now()"
    f" WHERE id = $1 RETURNING {COLUMNS}"
)
SET_POSITION = (
    f"UPDATE projects SET position = $2, updated_at = now() WHERE id = $1 RETURNING {COLUMNS}"
)
# Only these columns are ever set by a partial update (the SET list is built from them).
UPDATABLE = (
    "name",
    "description",
    "owner_type",
    "owner_id",
    "requires_approval",
    "approvers",
    "lease_seconds",
)


def update(fields: list[str]) -> str:
    """UPDATE of `fields` (each in UPDATABLE) as $2, $3, ... of the project $1."""
    assert all(f in UPDATABLE for f in fields)
    assignments = ", ".join(f"{f} = ${i + 2}" for i, f in enumerate(fields))
    return (
        f"UPDATE projects SET {assignments}, updated_at = now() WHERE id = $1 RETURNING {COLUMNS}"
    )
