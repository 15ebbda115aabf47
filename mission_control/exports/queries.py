"""The exports domain's SQL: the export rows, and what the writer reads in its snapshot."""

from __future__ import annotations

COLUMNS = (
    "id, org_id, requested_by_type, requested_by_id, status, target, rows_done, rows_total,"
    " attempts, lease_expires_at, error, location, size_bytes, sha256, manifest, created_at,"
    " started_at, finished_at, expires_at, deleted_at"
)
INSERT = (
    "INSERT INTO exports (org_id, requested_by_type, requested_by_id, target)"
    f" VALUES ($1, $2, $3, $4) RETURNING {COLUMNS}"
)
BY_ID = f"SELECT {COLUMNS} FROM exports WHERE id = $1"


def page(where: str, limit: str) -> str:
    return f"SELECT {COLUMNS} FROM exports{where} ORDER BY created_at DESC, id DESC LIMIT {limit}"


# A worker takes an export that is pending, or running under a lease that lapsed (its
# worker died); each take is a new attempt, and only the latest attempt may write.
CLAIM = (
    "UPDATE exports SET status = 'running', attempts = attempts + 1, rows_done = 0,"
    " lease_expires_at = now() + make_interval(secs => $2), error = NULL,"
    " started_at = coalesce(started_at, now())"
    " WHERE id = $1 AND (status = 'pending' OR (status = 'running' AND lease_expires_at < now()))"
    f" RETURNING {COLUMNS}"
)
PROGRESS = (
    "UPDATE exports SET rows_done = $3, rows_total = $4,"
    " lease_expires_at = now() + make_interval(secs => $5)"
    " WHERE id = $1 AND attempts = $2 AND status = 'running' RETURNING id"
)
DONE = (
    "UPDATE exports SET status = 'done', rows_done = $3, rows_total = $3, location = $4,"
    " size_bytes = $5, sha256 = $6, manifest = $7::jsonb, finished_at = now(),"
    " expires_at = now() + make_interval(secs => $8), lease_expires_at = NULL"
    f" WHERE id = $1 AND attempts = $2 AND status = 'running' RETURNING {COLUMNS}"
)
RETRY = (
    "UPDATE exports SET status = 'pending', error = $3, lease_expires_at = NULL"
    f" WHERE id = $1 AND attempts = $2 AND status = 'running' RETURNING {COLUMNS}"
)
FAILED = (
    "UPDATE exports SET status = 'failed', error = $3, finished_at = now(),"
    " lease_expires_at = NULL"
    f" WHERE id = $1 AND attempts = $2 AND status IN ('pending', 'running') RETURNING {COLUMNS}"
)
EXPIRED = (
    "UPDATE exports SET deleted_at = now() WHERE id = $1 AND status = 'done'"
    f" AND deleted_at IS NULL AND expires_at < now() RETURNING {COLUMNS}"
)
DUE = "SELECT id, org_id, attempts, due FROM mc_due_exports(now())"

# --- the writer's snapshot ---------------------------------------------------------------

# Every tenant table (an `org_id` column; partitions are read through their parent), with
# its stored columns in order (generated ones, like search vectors, are derived: left out).
TENANT_TABLES = (
    "SELECT c.relname::text AS name,"
    " array_agg(a.attname::text ORDER BY a.attnum) AS columns FROM pg_class c"
    " JOIN pg_namespace n ON n.oid = c.relnamespace"
    " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
    " AND a.attgenerated = ''"
    " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
    " AND EXISTS (SELECT 1 FROM pg_attribute o WHERE o.attrelid = c.oid"
    " AND o.attname = 'org_id' AND NOT o.attisdropped)"
    " GROUP BY c.relname ORDER BY c.relname"
)
ORG = "SELECT id, slug, name, created_at FROM organizations WHERE id = $1"
SNAPSHOT = (
    "SELECT now() AS snapshot_at,"
    " (SELECT version_num FROM alembic_version LIMIT 1) AS revision,"
    " (SELECT min(occurred_at) FROM events) AS first_event_at,"
    " (SELECT max(occurred_at) FROM events) AS last_event_at,"
    " (SELECT min(id) FROM events) AS first_event_id,"
    " (SELECT max(id) FROM events) AS last_event_id"
)
# Platform rows the org's rows name: the org itself and its members' users (no secrets).
ORG_ROW = (
    "SELECT jsonb_build_object('id', id, 'slug', slug, 'name', name, 'created_at', created_at)"
    " FROM organizations WHERE id = $1::uuid"
)
MEMBER_USERS = (
    "SELECT jsonb_build_object('id', u.id, 'email', u.email, 'display_name', u.display_name,"
    " 'created_at', u.created_at) FROM users u"
    " WHERE u.id IN (SELECT user_id FROM memberships WHERE org_id = $1::uuid)"
)
MEMBER_USERS_COUNT = (
    "SELECT count(*) FROM users u"
    " WHERE u.id IN (SELECT user_id FROM memberships WHERE org_id = $1::uuid)"
)


def quoted(name: str) -> str:
    """An identifier from the catalogue, quoted."""
    return '"' + name.replace('"', '""') + '"'


def rows_of(table: str, columns: list[str]) -> str:
    """A tenant table's rows as JSON objects (RLS keeps other orgs' out). row_to_json writes
    JSON text straight from the row; jsonb columns come out on one line."""
    listed = ", ".join(quoted(c) for c in columns)
    return f"SELECT row_to_json(r) FROM (SELECT {listed} FROM {quoted(table)}) r"


def counts(tables: list[str]) -> str:
    parts = ", ".join(f"(SELECT count(*) FROM {quoted(t)})" for t in tables)
    return f"SELECT ARRAY[{parts}]::bigint[]"
