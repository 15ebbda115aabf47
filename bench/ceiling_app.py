"""The ceiling: the bare stack doing the least a correct implementation of each hot route must do.

A minimal FastAPI app on a raw asyncpg pool, run by bench_ceiling.py beside Mission
Control on the same database, as the same app role (RLS applies). Each route runs
the same transaction a correct route needs — the key lookup through the definer
function that also sets the org context, the reads, the writes, the event row
under the per-org advisory lock, COMMIT — and nothing else: no middleware, no
logging, no metrics, no rate limiting, no dependency injection beyond FastAPI's
own body parsing. It is a yardstick, not a product: it handles only the happy
paths the benchmark drives (and answers 401/404/409 where those are the truth).

    DATABASE_URL=postgresql://mc_app@/mission_control?host=/sock \
        uvicorn --factory bench.ceiling_app:create_app --port 8001
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from typing import Any, Literal

import asyncpg
import pydantic_core
from fastapi import FastAPI, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from mission_control.projects.positions import key_between

LOOKUP = (
    "SELECT k.id, k.org_id, k.org_slug, k.org_name, k.agent_id, k.user_id, k.scopes,"
    " k.project_keys, k.revoked_at, k.expires_at, k.agent::text AS agent, now() AS now,"
    " set_config('app.current_org_id', k.org_id::text, true)"
    " FROM mc_lookup_api_key($1) k"
)
TASK_COLUMNS = (
    "t.id, t.number, t.project_id, p.key AS project_key, t.title, t.description, t.status,"
    " t.blocked_reason, t.priority, t.assignee_type, t.assignee_id, t.labels, t.due_date,"
    " t.position, t.version, t.claimed_at, t.lease_expires_at, t.created_at, t.updated_at"
)
RETURNED = (
    "id, number, project_id, title, description, status, blocked_reason, priority,"
    " assignee_type, assignee_id, labels, due_date, position, version, claimed_at,"
    " lease_expires_at, created_at, updated_at"
)
PAGE = (
    f"SELECT {TASK_COLUMNS}, t.status_rank FROM tasks t JOIN projects p ON p.id = t.project_id"
    " WHERE p.key = $1 ORDER BY t.status_rank, t.position, t.id LIMIT $2"
)
FOR_CREATE = (
    "SELECT p.id, p.org_id, p.stage,"
    " (SELECT max(c.position) FROM tasks c WHERE c.project_id = p.id AND c.status = $2) AS last"
    " FROM projects p WHERE p.key = $1"
)
INSERT_TASK = (
    "WITH n AS (UPDATE task_counters SET last_number = last_number + 1 WHERE project_id = $2"
    " RETURNING last_number)"
    " INSERT INTO tasks (org_id, project_id, number, title, description, status, priority,"
    " labels, due_date, position, created_by_type, created_by_id)"
    " SELECT $1, $2, n.last_number, $3, $4, $5, $6, $7, $8,"
    " $9 || lpad(n.last_number::text, 9, '0') || 'V', 'agent', $10 FROM n"
    f" RETURNING {RETURNED}"
)
EVENT = (
    "WITH lock AS (SELECT pg_advisory_xact_lock(19779, hashtext($1::uuid::text)))"
    " INSERT INTO events (org_id, actor_type, actor_id, type, entity_type, entity_id,"
    " project_id, payload) SELECT $1, 'agent', $2, $3, $4, $5, $6, $7::text::jsonb FROM lock"
)
LOCK_TASK = (
    f"SELECT {TASK_COLUMNS}, p.requires_approval,"
    " EXISTS (SELECT 1 FROM task_dependencies d JOIN tasks b ON b.id = d.depends_on_id"
    "   WHERE d.task_id = t.id AND b.status <> 'done') AS blocked,"
    " EXISTS (SELECT 1 FROM task_dependencies d WHERE d.depends_on_id = t.id) AS has_dependants,"
    " (SELECT max(c.position) FROM tasks c WHERE c.project_id = t.project_id"
    "   AND c.status = $3) AS column_end"
    " FROM tasks t JOIN projects p ON p.id = t.project_id"
    " WHERE p.key = $1 AND t.number = $2 FOR UPDATE OF t"
)
SET_STATUS = (
    "UPDATE tasks SET status = $2, position = $3, version = version + 1, updated_at = now(),"
    " blocked_reason = NULL, claimed_at = CASE WHEN $2 = 'in_progress' THEN claimed_at END,"
    " lease_expires_at = CASE WHEN $2 = 'in_progress' THEN lease_expires_at END"
    f" WHERE id = $1 RETURNING {RETURNED}"
)
# The filter a correct claim needs, written so the partial claimable index serves it (the
# open-blocker probe only for tasks that have dependencies), with the project filter only
# when one is asked for.
_CLAIMABLE = (
    "SELECT t.id, t.project_id, p.key AS project_key, t.number, t.version,"
    " (SELECT max(c.position) FROM tasks c WHERE c.project_id = t.project_id"
    "   AND c.status = 'in_progress') AS column_end"
    " FROM tasks t JOIN projects p ON p.id = t.project_id"
    " WHERE t.status = 'todo' AND t.assignee_id IS NULL AND t.archived_at IS NULL"
    " AND p.stage <> 'archived'"
    " AND (t.dependency_count = 0 OR NOT EXISTS (SELECT 1 FROM task_dependencies d"
    "   JOIN tasks b ON b.id = d.depends_on_id WHERE d.task_id = t.id AND b.status <> 'done'))"
)
_NEXT = " ORDER BY t.priority_rank DESC, t.created_at, t.id LIMIT 1 FOR UPDATE OF t SKIP LOCKED"
CLAIMABLE = _CLAIMABLE + _NEXT
CLAIMABLE_IN = _CLAIMABLE + " AND p.key = $1" + _NEXT
CLAIM = (
    "UPDATE tasks SET status = 'in_progress', assignee_type = 'agent', assignee_id = $2,"
    " claimed_at = now(), lease_expires_at = now() + interval '30 minutes', position = $3,"
    f" version = version + 1, updated_at = now() WHERE id = $1 RETURNING {RETURNED}"
)
EVENTS_PAGE = (
    "SELECT id, type, occurred_at, actor_type, actor_id, entity_type, entity_id, project_id,"
    " payload::text AS payload FROM events ORDER BY id DESC LIMIT $1"
)
# A beat renews the leases of the tasks the agent holds (the contract since leases).
HEARTBEAT = (
    "WITH renewed AS (UPDATE tasks t SET lease_expires_at = now()"
    " + make_interval(secs => coalesce(p.lease_seconds, 1800)) FROM projects p"
    " WHERE t.assignee_type = 'agent' AND t.assignee_id = $1 AND t.status = 'in_progress'"
    " AND p.id = t.project_id)"
    " UPDATE agents a SET status = $2, last_seen_at = now()"
    " FROM (SELECT id, status FROM agents WHERE id = $1 FOR UPDATE) old"
    " WHERE a.id = old.id RETURNING a.id, a.name, a.description, a.capabilities, a.status,"
    " a.last_seen_at, a.created_at, old.status AS previous"
)
TRANSITIONS = {
    "backlog": {"todo", "cancelled"},
    "todo": {"backlog", "in_progress", "blocked", "cancelled"},
    "in_progress": {"todo", "blocked", "review", "done", "cancelled"},
    "blocked": {"backlog", "todo", "in_progress", "cancelled"},
    "review": {"in_progress", "todo", "done", "cancelled"},
    "done": {"todo"},
    "cancelled": {"backlog", "todo"},
}


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class TaskCreate(Body):
    title: str = Field(min_length=1, max_length=500)
    description: str = Field(default="", max_length=100_000)
    status: Literal["backlog", "todo"] = "todo"
    priority: Literal["none", "low", "medium", "high", "urgent"] = "none"
    labels: list[str] = Field(default_factory=list, max_length=50)
    due_date: date | None = None


class Transition(Body):
    status: Literal["backlog", "todo", "in_progress", "blocked", "review", "done", "cancelled"]
    expected_version: int | None = None


class ClaimNext(Body):
    project: str | None = None


class Heartbeat(Body):
    status: Literal["online", "busy", "idle", "offline"] = "online"


def _json(body: Any, status: int = 200) -> Response:
    return Response(pydantic_core.to_json(body), status, media_type="application/json")


def _error(status: int, code: str) -> Response:
    return _json({"error": {"code": code, "message": code, "details": None}}, status)


def _task(row: Any, key: str) -> dict[str, Any]:
    task = dict(row)
    task["ref"] = f"{key}-{task['number']}"
    task["project_key"] = key
    task.pop("status_rank", None)
    return task


def create_app() -> FastAPI:
    dsn = os.environ["DATABASE_URL"]
    pool: asyncpg.Pool | None = None

    async def no_reset(conn: asyncpg.Connection) -> None:
        return None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        nonlocal pool
        pool = await asyncpg.create_pool(dsn, min_size=10, max_size=40, reset=no_reset)
        yield
        await pool.close()

    app = FastAPI(lifespan=lifespan, openapi_url=None)

    async def lookup(conn: Any, request: Request, org: str | None, scope: str | None) -> Any:
        header = request.headers.get("authorization", "")
        token = header[7:] if header.startswith("Bearer ") else ""
        if not token.startswith("mc_"):
            return None
        row = await conn.fetchrow(LOOKUP, hashlib.sha256(token.encode()).digest())
        if row is None or row["revoked_at"] is not None:
            return None
        if row["expires_at"] is not None and row["expires_at"] <= row["now"]:
            return None
        if org is not None and row["org_slug"] != org:
            return None
        scopes = row["scopes"]
        if scope is not None and scope not in scopes and "admin" not in scopes:
            domain, _, access = scope.partition(":")
            if access != "read" or f"{domain}:write" not in scopes:
                return None
        return row

    @app.get("/api/v1/agents/me")
    async def agents_me(request: Request) -> Response:
        assert pool is not None
        async with pool.acquire() as conn:
            key = await lookup(conn, request, None, None)
        if key is None or key["agent_id"] is None:
            return _error(401, "invalid_credentials")
        agent = pydantic_core.from_json(key["agent"])
        body = {
            "agent": agent,
            "org": {"id": key["org_id"], "slug": key["org_slug"], "name": key["org_name"]},
            "scopes": sorted(key["scopes"]),
            "key_id": key["id"],
        }
        return _json(body)

    @app.get("/api/v1/orgs/{org}/projects/{key}/tasks")
    async def task_page(org: str, key: str, request: Request, limit: int = 50) -> Response:
        assert pool is not None
        async with pool.acquire() as conn, conn.transaction():
            principal = await lookup(conn, request, org, "tasks:read")
            if principal is None:
                return _error(404, "org_not_found")
            rows = await conn.fetch(PAGE, key.upper(), limit + 1)
        items = [_task(row, row["project_key"]) for row in rows[:limit]]
        last = rows[limit - 1] if len(rows) > limit else None
        cursor = f"{last['status_rank']}:{last['position']}:{last['id']}" if last else None
        return _json({"items": items, "next_cursor": cursor})

    @app.post("/api/v1/orgs/{org}/projects/{key}/tasks", status_code=201)
    async def create_task(org: str, key: str, body: TaskCreate, request: Request) -> Response:
        assert pool is not None
        async with pool.acquire() as conn, conn.transaction():
            principal = await lookup(conn, request, org, "tasks:write")
            if principal is None:
                return _error(404, "org_not_found")
            project = await conn.fetchrow(FOR_CREATE, key.upper(), body.status)
            if project is None or project["stage"] == "archived":
                return _error(404, "project_not_found")
            project_id, org_id = project["id"], project["org_id"]
            row = await conn.fetchrow(
                INSERT_TASK,
                org_id,
                project_id,
                body.title,
                body.description,
                body.status,
                body.priority,
                body.labels,
                body.due_date,
                key_between(project["last"], None),
                principal["agent_id"],
            )
            task = _task(row, key.upper())
            payload = pydantic_core.to_json({"ref": task["ref"], "after": task}).decode()
            await conn.execute(
                EVENT,
                org_id,
                principal["agent_id"],
                "task.created",
                "task",
                row["id"],
                project_id,
                payload,
            )
        return _json(task, 201)

    @app.post("/api/v1/orgs/{org}/tasks/{ref}/transition")
    async def transition(org: str, ref: str, body: Transition, request: Request) -> Response:
        assert pool is not None
        project_key, _, number = ref.upper().partition("-")
        async with pool.acquire() as conn, conn.transaction():
            principal = await lookup(conn, request, org, "tasks:write")
            if principal is None:
                return _error(404, "org_not_found")
            task = await conn.fetchrow(LOCK_TASK, project_key, int(number), body.status)
            if task is None:
                return _error(404, "task_not_found")
            if body.status not in TRANSITIONS[task["status"]]:
                return _error(409, "transition_not_allowed")
            if body.status in ("in_progress", "review", "done") and task["blocked"]:
                return _error(409, "dependencies_open")
            if body.status == "done" and (task["requires_approval"] or task["has_dependants"]):
                return _error(409, "not_in_the_ceiling")
            position = key_between(task["column_end"], None)
            row = await conn.fetchrow(SET_STATUS, task["id"], body.status, position)
            payload = pydantic_core.to_json(
                {
                    "ref": ref.upper(),
                    "before": {"status": task["status"], "position": task["position"]},
                    "after": {"status": body.status, "position": position},
                    "version": row["version"],
                }
            ).decode()
            await conn.execute(
                EVENT,
                principal["org_id"],
                principal["agent_id"],
                "task.status_changed",
                "task",
                task["id"],
                task["project_id"],
                payload,
            )
        return _json(_task(row, project_key))

    @app.post("/api/v1/orgs/{org}/tasks/claim-next")
    async def claim_next(org: str, request: Request, body: ClaimNext | None = None) -> Response:
        assert pool is not None
        project = body.project.upper() if body and body.project else None
        async with pool.acquire() as conn, conn.transaction():
            principal = await lookup(conn, request, org, "tasks:write")
            if principal is None:
                return _error(404, "org_not_found")
            found = await (
                conn.fetchrow(CLAIMABLE_IN, project) if project else conn.fetchrow(CLAIMABLE)
            )
            if found is None:
                return Response(status_code=204)
            position = key_between(found["column_end"], None)
            row = await conn.fetchrow(CLAIM, found["id"], principal["agent_id"], position)
            ref = f"{found['project_key']}-{found['number']}"
            payload = pydantic_core.to_json(
                {
                    "ref": ref,
                    "before": {"status": "todo", "assignee_id": None},
                    "after": {"status": "in_progress", "assignee_id": principal["agent_id"]},
                    "version": row["version"],
                }
            ).decode()
            await conn.execute(
                EVENT,
                principal["org_id"],
                principal["agent_id"],
                "task.claimed",
                "task",
                found["id"],
                found["project_id"],
                payload,
            )
        return _json(_task(row, found["project_key"]))

    @app.get("/api/v1/orgs/{org}/events")
    async def events_page(org: str, request: Request, limit: int = 50) -> Response:
        assert pool is not None
        async with pool.acquire() as conn, conn.transaction():
            principal = await lookup(conn, request, org, "events:read")
            if principal is None:
                return _error(404, "org_not_found")
            rows = await conn.fetch(EVENTS_PAGE, limit + 1)
        items = [
            {
                "id": r["id"],
                "type": r["type"],
                "occurred_at": r["occurred_at"],
                "actor": {"type": r["actor_type"], "id": r["actor_id"]},
                "entity_type": r["entity_type"],
                "entity_id": r["entity_id"],
                "project_id": r["project_id"],
                "payload": pydantic_core.from_json(r["payload"]),
            }
            for r in rows[:limit]
        ]
        cursor = str(rows[limit - 1]["id"]) if len(rows) > limit else None
        return _json({"items": items, "next_cursor": cursor})

    @app.post("/api/v1/orgs/{org}/agents/{agent_id}/heartbeat")
    async def heartbeat(
        org: str, agent_id: uuid.UUID, request: Request, body: Heartbeat | None = None
    ) -> Response:
        assert pool is not None
        status = body.status if body else "online"
        async with pool.acquire() as conn, conn.transaction():
            principal = await lookup(conn, request, org, "agents:write")
            if principal is None or principal["agent_id"] != agent_id:
                return _error(404, "agent_not_found")
            row = await conn.fetchrow(HEARTBEAT, agent_id, status)
            if row is None:
                return _error(404, "agent_not_found")
            if row["previous"] != status:
                payload = pydantic_core.to_json(
                    {"before": {"status": row["previous"]}, "after": {"status": status}}
                ).decode()
                await conn.execute(
                    EVENT,
                    principal["org_id"],
                    agent_id,
                    "agent.status_changed",
                    "agent",
                    agent_id,
                    None,
                    payload,
                )
        agent = dict(row)
        agent.pop("previous")
        return _json(agent)

    return app
