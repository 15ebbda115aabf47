"""The event log's SQL: `$n` parameters only, prepared once per connection."""

from __future__ import annotations

# The lock and every buffered event of one org in one round trip. The lock is taken
# before the SELECT yields its first row, so before any id is drawn from the sequence.
FLUSH = (
    "WITH lock AS (SELECT pg_advisory_xact_lock($1, hashtext($2::uuid::text)))"
    " INSERT INTO events (org_id, actor_type, actor_id, type, entity_type, entity_id,"
    " project_id, payload)"
    " SELECT $2, e.actor_type, e.actor_id, e.type, e.entity_type, e.entity_id,"
    " e.project_id, e.payload::jsonb FROM lock,"
    " unnest($3::text[], $4::uuid[], $5::text[], $6::text[], $7::uuid[], $8::uuid[], $9::text[])"
    " AS e(actor_type, actor_id, type, entity_type, entity_id, project_id, payload)"
)
COLUMNS = "id, type, occurred_at, actor_type, actor_id, entity_type, entity_id, project_id, payload"
PARTITION = "SELECT mc_ensure_event_partition($1)"


def page(where: str, descending: bool, limit: str) -> str:
    """A page of events in id order; `where` from core.sql.Where, `limit` its placeholder."""
    direction = "DESC" if descending else "ASC"
    return f"SELECT {COLUMNS} FROM events{where} ORDER BY id {direction} LIMIT {limit}"
