"""The tasks domain's SQL: `$n` parameters only, prepared once per connection.

Every read of a task row has one shape (`TASK`): the task's columns, its project's key,
stage and approval rule. Reads a decision depends on lock the row (`FOR UPDATE OF t`)
and fold in what the decision needs (open blockers, dependants, the target column's
end), so a write costs one read and one write.
"""

from __future__ import annotations

TASK = (
    "t.id, t.org_id, t.project_id, p.key AS project_key, t.number, t.title, t.description,"
    " t.status, t.status_rank, t.blocked_reason, t.priority, t.priority_rank, t.assignee_type,"
    " t.assignee_id, t.labels, t.due_date, t.position, t.version, t.claimed_at,"
    " t.lease_expires_at, t.created_by_type, t.created_by_id, t.created_at, t.updated_at,"
    " t.dependency_count, t.dependant_count, t.archived_at, p.stage AS project_stage,"
    " p.requires_approval, p.lease_seconds"
)
# A claim holds its task for the project's lease (or the default); the holder's writes to
# the task and its heartbeats renew it.
DEFAULT_LEASE_SECONDS = 1800
LEASE = f"make_interval(secs => coalesce(p.lease_seconds, {DEFAULT_LEASE_SECONDS}))"


def _renewed(actor_type: str, actor_id: str) -> str:
    """The lease after a write by the actor ($-params): renewed when the actor holds it."""
    return (
        f"CASE WHEN t.assignee_type = {actor_type} AND t.assignee_id = {actor_id}"
        f" THEN now() + {LEASE} ELSE t.lease_expires_at END"
    )


FROM = "FROM tasks t JOIN projects p ON p.id = t.project_id"
OPEN_BLOCKERS = (
    "EXISTS (SELECT 1 FROM task_dependencies d JOIN tasks b ON b.id = d.depends_on_id"
    " WHERE d.task_id = t.id AND b.status <> 'done')"
)


def _column_end(status_param: str) -> str:
    return (
        "(SELECT max(c.position) FROM tasks c WHERE c.project_id = t.project_id"
        f" AND c.status = {status_param} AND c.id <> t.id)"
    )


BY_REF = f"SELECT {TASK} {FROM} WHERE p.key = $1 AND t.number = $2"
# A ref the task had before it moved to another project.
MOVED_FROM = "SELECT task_id FROM task_refs WHERE project_key = $1 AND number = $2"
BY_ID = f"SELECT {TASK} {FROM} WHERE t.id = $1"
BY_REF_FOR_UPDATE = f"{BY_REF} FOR UPDATE OF t"
BY_ID_FOR_UPDATE = f"{BY_ID} FOR UPDATE OF t"

# The locked read a status change needs, with the target column's end. Whether the task
# has dependencies or dependants is read from its own row (counters kept by the dependency
# writes), which a lock wait refreshes; open blockers are then counted in a later statement.
BY_REF_FOR_STATUS = (
    f"SELECT {TASK}, {_column_end('$3')} AS column_end {FROM}"
    " WHERE p.key = $1 AND t.number = $2 FOR UPDATE OF t"
)
BY_ID_FOR_STATUS = (
    f"SELECT {TASK}, {_column_end('$2')} AS column_end {FROM} WHERE t.id = $1 FOR UPDATE OF t"
)

# What a create needs before it takes the counter's lock: the project and its column's end
# (appended keys end in the card's number, so two creates reading the same end stay apart).
FOR_CREATE = (
    "SELECT p.id, p.org_id, p.stage,"
    " (SELECT max(c.position) FROM tasks c WHERE c.project_id = p.id AND c.status = $2) AS last"
    " FROM projects p WHERE p.key = $1"
)
COLUMN_END = "SELECT max(position) FROM tasks WHERE project_id = $1 AND status = $2"
COLUMN_NEXT = (
    "SELECT min(position) FROM tasks"
    " WHERE project_id = $1 AND status = $2 AND id <> $3 AND position > $4"
)
COLUMN_PREV = (
    "SELECT max(position) FROM tasks"
    " WHERE project_id = $1 AND status = $2 AND id <> $3 AND position < $4"
)
COLUMN_LAST = "SELECT max(position) FROM tasks WHERE project_id = $1 AND status = $2 AND id <> $3"
POSITION_IN_COLUMN = "SELECT position FROM tasks WHERE id = $1 AND project_id = $2 AND status = $3"
# The number from the counter row and the task, in one statement: the counter's lock,
# which queues a project's creators so numbers have no gap, is held from here to COMMIT.
INSERT = (
    "WITH n AS (UPDATE task_counters SET last_number = last_number + 1 WHERE project_id = $2"
    " RETURNING last_number),"
    " t AS (INSERT INTO tasks (org_id, project_id, number, title, description, status,"
    " priority, assignee_type, assignee_id, labels, due_date, position, created_by_type,"
    " created_by_id) SELECT $1, $2, n.last_number, $3, $4, $5, $6, $7, $8, $9, $10,"
    # The appended key's suffix, as positions.append_key writes it (number, 9 digits, 'V').
    " $11 || lpad(n.last_number::text, 9, '0') || 'V', $12, $13 FROM n RETURNING *)"
    f" SELECT {TASK} FROM t JOIN projects p ON p.id = t.project_id"
)
AGENT_EXISTS = "SELECT EXISTS (SELECT 1 FROM agents WHERE id = $1)"
MEMBER_EXISTS = "SELECT EXISTS (SELECT 1 FROM memberships WHERE org_id = $1 AND user_id = $2)"

# Writes answer the row in its one shape (UPDATE ... FROM projects for the key).
RETURNING = f"FROM projects p WHERE t.id = $1 AND p.id = t.project_id RETURNING {TASK}"
# $5/$6: the writer (type, id), whose lease on the task a write renews.
SET_STATUS = (
    "UPDATE tasks t SET status = $2, position = $3, blocked_reason = $4,"
    " claimed_at = CASE WHEN $2 = 'in_progress' THEN t.claimed_at END,"
    f" lease_expires_at = CASE WHEN $2 = 'in_progress' THEN {_renewed('$5', '$6')} END,"
    f" version = t.version + 1, updated_at = now() {RETURNING}"
)
SET_POSITION = (
    "UPDATE tasks t SET position = $2, updated_at = now(),"
    f" lease_expires_at = {_renewed('$3', '$4')} {RETURNING}"
)
# Only these columns are ever set by a partial update (the SET list is built from them).
UPDATABLE = (
    "title",
    "description",
    "priority",
    "labels",
    "due_date",
    "assignee_type",
    "assignee_id",
)


def update(fields: list[str], *, clear_lease: bool) -> str:
    """UPDATE of `fields` (each in UPDATABLE) as $4, $5, ... of the task $1 by the writer
    ($2 type, $3 id, whose lease it renews); bumps version."""
    assert all(f in UPDATABLE for f in fields)
    assignments = ", ".join(f"{f} = ${i + 4}" for i, f in enumerate(fields))
    lease = (
        ", claimed_at = NULL, lease_expires_at = NULL"
        if clear_lease
        else f", lease_expires_at = {_renewed('$2', '$3')}"
    )
    return (
        f"UPDATE tasks t SET {assignments}{lease}, version = t.version + 1, updated_at = now()"
        f" {RETURNING}"
    )


def page(where: str, limit: str) -> str:
    """A board page: status column, then position, then id (archived tasks when asked)."""
    return f"SELECT {TASK} {FROM}{where} ORDER BY t.status_rank, t.position, t.id LIMIT {limit}"


# Dependencies (under the per-org dependency lock).
DEPENDENCY_EXISTS = (
    "SELECT EXISTS (SELECT 1 FROM task_dependencies WHERE task_id = $1 AND depends_on_id = $2)"
)
DEPENDENCY_EDGES = (
    "SELECT task_id, depends_on_id FROM task_dependencies WHERE task_id = ANY($1::uuid[])"
)
REFS = (
    "SELECT t.id, p.key || '-' || t.number AS ref FROM tasks t"
    " JOIN projects p ON p.id = t.project_id WHERE t.id = ANY($1::uuid[])"
)
# An edge and both counters in one statement (the caller holds both rows' locks).
ADD_DEPENDENCY = (
    "WITH e AS (INSERT INTO task_dependencies (org_id, task_id, depends_on_id)"
    " VALUES ($1, $2, $3) RETURNING task_id, depends_on_id),"
    " a AS (UPDATE tasks SET dependency_count = dependency_count + 1"
    "  WHERE id = (SELECT task_id FROM e)),"
    " b AS (UPDATE tasks SET dependant_count = dependant_count + 1"
    "  WHERE id = (SELECT depends_on_id FROM e))"
    " SELECT count(*) FROM e"
)
REMOVE_DEPENDENCY = (
    "WITH e AS (DELETE FROM task_dependencies WHERE task_id = $1 AND depends_on_id = $2"
    " RETURNING task_id, depends_on_id),"
    " a AS (UPDATE tasks SET dependency_count = dependency_count - 1"
    "  WHERE id = (SELECT task_id FROM e)),"
    " b AS (UPDATE tasks SET dependant_count = dependant_count - 1"
    "  WHERE id = (SELECT depends_on_id FROM e))"
    " SELECT count(*) FROM e"
)
OPEN_BLOCKERS_OF = (
    f"SELECT {TASK} {FROM} JOIN task_dependencies d ON d.depends_on_id = t.id"
    " WHERE d.task_id = $1 AND t.status <> 'done' ORDER BY p.key, t.number"
)
DEPENDS_ON = (
    f"SELECT {TASK} {FROM} JOIN task_dependencies d ON d.depends_on_id = t.id"
    " WHERE d.task_id = $1 ORDER BY p.key, t.number"
)
DEPENDANTS = (
    f"SELECT {TASK} {FROM} JOIN task_dependencies d ON d.task_id = t.id"
    " WHERE d.depends_on_id = $1 ORDER BY p.key, t.number"
)
# Dependants a status change cascades to, locked in id order (no deadlock between cascades).
DEPENDANTS_FOR_STATUS = (
    f"SELECT {TASK}, {_column_end('$2')} AS column_end"
    f" {FROM} JOIN task_dependencies d ON d.task_id = t.id"
    " WHERE d.depends_on_id = $1 AND t.status = ANY($3::text[])"
    " ORDER BY t.id FOR UPDATE OF t"
)
LOCK_DEPENDENCIES = "SELECT pg_advisory_xact_lock($1, hashtext($2::uuid::text))"

# Claims: a conditional UPDATE (todo, unassigned or the caller's, no open blocker).
CLAIM = (
    "UPDATE tasks t SET status = 'in_progress', blocked_reason = NULL, assignee_type = $2,"
    f" assignee_id = $3, claimed_at = now(), lease_expires_at = now() + {LEASE},"
    " position = $4, version = t.version + 1, updated_at = now()"
    " FROM projects p WHERE t.id = $1 AND p.id = t.project_id AND t.status = 'todo'"
    " AND (t.assignee_id IS NULL OR (t.assignee_type = $2 AND t.assignee_id = $3))"
    f" AND (t.dependency_count = 0 OR NOT {OPEN_BLOCKERS}) RETURNING {TASK},"
    # Whether the task has a discussion yet: one index probe here spares whoever hands the
    # claimed task over with its latest comments (the agent interface) a round trip.
    " EXISTS (SELECT 1 FROM channels c WHERE c.task_id = t.id) AS discussed"
)
CLAIMABLE = (
    "t.status = 'todo' AND t.assignee_id IS NULL AND t.archived_at IS NULL"
    " AND p.stage <> 'archived'"
    f" AND (t.dependency_count = 0 OR NOT {OPEN_BLOCKERS})"
)
IN_PROGRESS_END = _column_end("'in_progress'")


def claim_next(where: str) -> str:
    """The most urgent claimable task (`where` starts from CLAIMABLE), skipping locked rows,
    with the in_progress column's end of its project."""
    return (
        f"SELECT t.id, t.number, {IN_PROGRESS_END} AS column_end {FROM}{where}"
        " ORDER BY t.priority_rank DESC, t.created_at, t.id LIMIT 1 FOR UPDATE OF t SKIP LOCKED"
    )


# Tasks whose lease has lapsed, oldest first; SKIP LOCKED lets two expiry jobs share them.
LAPSED = (
    f"SELECT {TASK} {FROM} WHERE t.status = 'in_progress' AND t.lease_expires_at <= now()"
    " ORDER BY t.lease_expires_at LIMIT $1 FOR UPDATE OF t SKIP LOCKED"
)
# The tasks an agent (a sub-agent that ended) holds.
HELD_BY = (
    f"SELECT {TASK} {FROM} WHERE t.status = 'in_progress' AND t.assignee_type = 'agent'"
    " AND t.assignee_id = ANY($1::uuid[]) ORDER BY t.id FOR UPDATE OF t"
)
# Many tasks of one project back to todo in one statement, each appended by its number.
RELEASE_MANY = (
    "UPDATE tasks t SET status = 'todo', assignee_type = NULL, assignee_id = NULL,"
    " claimed_at = NULL, lease_expires_at = NULL,"
    " position = $2 || lpad(t.number::text, 9, '0') || 'V', version = t.version + 1,"
    " updated_at = now() FROM projects p WHERE t.id = ANY($1::uuid[]) AND p.id = t.project_id"
    f" AND t.status = 'in_progress' RETURNING {TASK}"
)
RELEASE = (
    "UPDATE tasks t SET status = 'todo', assignee_type = NULL, assignee_id = NULL,"
    " claimed_at = NULL, lease_expires_at = NULL, position = $2, version = t.version + 1,"
    f" updated_at = now() {RETURNING}"
)

# Approvals.
APPROVAL = (
    "a.id, a.org_id, a.project_id, a.task_id, p.key || '-' || t.number AS task_ref, a.status,"
    " a.requested_by_type, a.requested_by_id, a.decided_by_type, a.decided_by_id, a.comment,"
    " a.created_at, a.decided_at"
)
APPROVAL_FROM = (
    "FROM approvals a JOIN tasks t ON t.id = a.task_id JOIN projects p ON p.id = t.project_id"
)
PENDING_APPROVAL = (
    f"SELECT {APPROVAL} {APPROVAL_FROM} WHERE a.task_id = $1 AND a.status = 'pending'"
)
INSERT_APPROVAL = (
    "WITH a AS (INSERT INTO approvals (org_id, project_id, task_id, status, requested_by_type,"
    " requested_by_id) VALUES ($1, $2, $3, 'pending', $4, $5) RETURNING *)"
    f" SELECT {APPROVAL} FROM a JOIN tasks t ON t.id = a.task_id"
    " JOIN projects p ON p.id = t.project_id"
)
APPROVAL_FOR_UPDATE = (
    f"SELECT {APPROVAL}, p.approvers {APPROVAL_FROM} WHERE a.id = $1 FOR UPDATE OF a"
)
DECIDE = (
    "WITH a AS (UPDATE approvals SET status = $2, decided_by_type = $3, decided_by_id = $4,"
    " comment = $5, decided_at = now() WHERE id = $1 RETURNING *)"
    f" SELECT {APPROVAL} FROM a JOIN tasks t ON t.id = a.task_id"
    " JOIN projects p ON p.id = t.project_id"
)


def approvals_page(where: str, limit: str) -> str:
    return f"SELECT {APPROVAL} {APPROVAL_FROM}{where} ORDER BY a.created_at, a.id LIMIT {limit}"


# Moving to another project: the target's counter hands out the new number, the old ref is
# kept, and any pending approval follows the task.
TARGET_PROJECT = (
    "SELECT p.id, p.key, p.stage,"
    " (SELECT max(c.position) FROM tasks c WHERE c.project_id = p.id AND c.status = $2) AS last"
    " FROM projects p WHERE p.key = $1"
)
KEEP_OLD_REF = (
    "INSERT INTO task_refs (org_id, project_key, number, task_id) VALUES ($1, $2, $3, $4)"
)
CHANGE_PROJECT = (
    "WITH n AS (UPDATE task_counters SET last_number = last_number + 1 WHERE project_id = $2"
    " RETURNING last_number),"
    " a AS (UPDATE approvals SET project_id = $2 WHERE task_id = $1)"
    " UPDATE tasks t SET project_id = $2, number = n.last_number,"
    " position = $3 || lpad(n.last_number::text, 9, '0') || 'V', version = t.version + 1,"
    " updated_at = now() FROM n, projects p WHERE t.id = $1 AND p.id = $2"
    f" RETURNING {TASK}"
)
SET_ARCHIVED = (
    "UPDATE tasks t SET archived_at = CASE WHEN $2 THEN now() END, version = t.version + 1,"
    f" updated_at = now() {RETURNING}"
)
