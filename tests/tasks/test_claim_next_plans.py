"""claim-next's plans on a 100,000-task org whose other projects hold most claimable tasks.

Every filter must be served by an index that matches it: the plan may not walk the
org's claimable tasks and throw most of them away (it did: ~12,000 rows per claim).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import asyncpg

from mission_control.core.db import Database, plain_url
from mission_control.tasks.claims import claim_next_query

TASKS = 100_000
SMALL = 200  # the filtered project's share


async def _seed(owner_url: str) -> uuid.UUID:
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        org = await conn.fetchval(
            "INSERT INTO organizations (slug, name) VALUES ('big', 'Big') RETURNING id"
        )
        projects = {}
        for key in ("SMALL", "HUGE"):
            projects[key] = await conn.fetchval(
                "INSERT INTO projects (org_id, key, name, stage, position)"
                " VALUES ($1, $2, $2, 'active', $2) RETURNING id",
                org,
                key,
            )
        # The huge project holds almost every claimable task, all of them more urgent.
        await conn.execute(
            "INSERT INTO tasks (org_id, project_id, number, title, position, created_by_type,"
            " priority, labels)"
            " SELECT $1, CASE WHEN g <= $3 THEN $2::uuid ELSE $4::uuid END, g, 't' || g, 'a0',"
            "        'system',"
            "        CASE WHEN g <= $3 THEN 'low' ELSE 'urgent' END,"
            "        CASE WHEN g % 1000 = 0 THEN ARRAY['rare'] ELSE ARRAY['common'] END"
            " FROM generate_series(1, $5) g",
            org,
            projects["SMALL"],
            SMALL,
            projects["HUGE"],
            TASKS,
        )
        await conn.execute("ANALYZE tasks; ANALYZE projects")
        return org
    finally:
        await conn.close()


def _nodes(plan: dict[str, Any]) -> list[dict[str, Any]]:
    found = [plan]
    for child in plan.get("Plans", []):
        found.extend(_nodes(child))
    return found


async def _explain(app_url: str, org: uuid.UUID, **filters: Any) -> list[dict[str, Any]]:
    db = Database(app_url, pool_size=1, max_overflow=0)
    try:
        async with db.tx(org) as tx:
            sql, args = claim_next_query(tx, **filters)
            # Locks one row (FOR UPDATE) and changes nothing; the commit lets it go.
            raw = await tx.fetchval(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", *args)
    finally:
        await db.dispose()
    plan = raw if isinstance(raw, list) else json.loads(raw)
    return _nodes(plan[0]["Plan"])


def _scanned(nodes: list[dict[str, Any]]) -> int:
    """Rows the plan read from task scans (returned plus discarded by filters)."""
    total = 0
    for node in nodes:
        if node.get("Relation Name") == "tasks":  # heap-level scans (bitmap index nodes aside)
            total += int(node.get("Actual Rows", 0)) + int(node.get("Rows Removed by Filter", 0))
            total += int(node.get("Rows Removed by Index Recheck", 0))
    return total


# (filters, the index the plan must use, at most this many task rows read)
CASES = [
    ({"project_key": "SMALL"}, "tasks_claimable_project_idx", 10),
    ({"project_key": "SMALL", "min_priority": "low"}, "tasks_claimable_project_idx", 10),
    ({"labels": ["rare"]}, "tasks_claimable_labels_idx", TASKS // 1000 + 10),
    ({"labels": ["common"]}, "tasks_claimable_idx", 10),
    ({}, "tasks_claimable_idx", 10),
]


class TestClaimNextPlans:
    async def test_every_filter_is_served_by_an_index_that_matches_it(
        self, app_url: str, owner_url: str
    ) -> None:
        org = await _seed(owner_url)  # one 100,000-task org for every case (seeding is slow)
        for filters, index, most in CASES:
            nodes = await _explain(
                app_url,
                org,
                project_key=filters.get("project_key"),
                labels=filters.get("labels"),
                min_priority=filters.get("min_priority"),
            )
            used = {n.get("Index Name") for n in nodes}
            assert index in used, (filters, used)
            assert _scanned(nodes) <= most, (filters, _scanned(nodes))
