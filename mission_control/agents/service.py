"""Agents, their heartbeats, and their API keys."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import asyncpg

from mission_control.agents import queries as q
from mission_control.agents.schemas import AgentCreate, AgentUpdate
from mission_control.auth import service as keys_service
from mission_control.core import pagination
from mission_control.core.db import Conn, Record
from mission_control.core.errors import Conflict, NotFound
from mission_control.core.sql import Where
from mission_control.core.types import Actor
from mission_control.events import service as events
from mission_control.tasks.queries import DEFAULT_LEASE_SECONDS


class AgentNotFound(NotFound):
    code = "agent_not_found"
    message = "Agent not found."


class AgentNameTaken(Conflict):
    code = "agent_name_taken"
    message = "An agent with this name already exists in the organization."


class KeyNotFound(NotFound):
    code = "key_not_found"
    message = "API key not found."


def _event(conn: Conn, agent: Record, actor: Actor, type: str, payload: dict[str, Any]) -> None:
    events.record(conn, "agent", agent, actor, type, payload, project_id=None)


async def create_agent(conn: Conn, org_id: uuid.UUID, body: AgentCreate, actor: Actor) -> Record:
    agent = await conn.fetchrow(q.INSERT, org_id, body.name, body.description, body.capabilities)
    if agent is None:
        raise AgentNameTaken()
    payload = {"name": body.name, "capabilities": body.capabilities}
    _event(conn, agent, actor, "agent.created", payload)
    return agent


async def get_agent(conn: Conn, agent_id: uuid.UUID) -> Record:
    # RLS already hides other orgs' agents: a foreign id is simply not found.
    agent = await conn.fetchrow(q.BY_ID, agent_id)
    if agent is None:
        raise AgentNotFound()
    return agent


async def find_by_name(conn: Conn, name: str) -> Record | None:
    return await conn.fetchrow(q.BY_NAME, name)


async def list_agents(
    conn: Conn, *, limit: int, cursor: str | None
) -> tuple[list[Record], str | None]:
    where = Where()
    after = pagination.decode(cursor, (pagination.TEXT, pagination.UUID))
    if after is not None:
        where.add("(name, id) > (?, ?)", *after)
    rows = await conn.fetch(q.page(where.sql, where.param(limit + 1)), *where.args)
    return pagination.page(rows, limit, lambda r: (r["name"], r["id"]))


async def update_agent(conn: Conn, agent_id: uuid.UUID, body: AgentUpdate, actor: Actor) -> Record:
    """Apply the fields the body sets."""
    agent = await get_agent(conn, agent_id)
    changes = body.model_dump(include=body.model_fields_set)
    diff = {f: v for f, v in changes.items() if f in q.UPDATABLE and agent[f] != v}
    if not diff:
        return agent
    try:
        updated = await conn.fetchrow(q.update(list(diff)), agent_id, *diff.values())
    except asyncpg.UniqueViolationError as exc:
        raise AgentNameTaken() from exc
    assert updated is not None
    _event(
        conn,
        updated,
        actor,
        "agent.updated",
        {"before": {f: agent[f] for f in diff}, "after": diff},
    )
    return updated


async def delete_agent(conn: Conn, agent_id: uuid.UUID, actor: Actor) -> None:
    """Delete the agent; its keys go with it (refused on their next request)."""
    agent = await conn.fetchrow(q.DELETE, agent_id)
    if agent is None:
        raise AgentNotFound()
    _event(conn, agent, actor, "agent.deleted", {"name": agent["name"]})


async def heartbeat(conn: Conn, agent_id: uuid.UUID, status: str, actor: Actor) -> Record:
    """Record that the agent is alive; a status change is an event, a bare beat is not."""
    agent = await conn.fetchrow(q.HEARTBEAT, agent_id, status, DEFAULT_LEASE_SECONDS)
    if agent is None:
        raise AgentNotFound()
    if agent["previous"] != status:
        _event(
            conn,
            agent,
            actor,
            "agent.status_changed",
            {"before": {"status": agent["previous"]}, "after": {"status": status}},
        )
    return agent


async def create_key(
    conn: Conn,
    agent: Record,
    *,
    name: str,
    scopes: list[str],
    expires_at: datetime | None,
    project_keys: list[str] | None,
    actor: Actor,
) -> tuple[dict[str, Any], str]:
    """Mint a key for the agent; the whole secret is returned once and never stored."""
    return await keys_service.mint_key(
        conn,
        org_id=agent["org_id"],
        agent_id=agent["id"],
        user_id=None,
        name=name,
        scopes=scopes,
        expires_at=expires_at,
        project_keys=project_keys,
        actor=actor,
    )


async def list_keys(conn: Conn, agent_id: uuid.UUID) -> list[Record]:
    await get_agent(conn, agent_id)
    return list(await conn.fetch(q.KEYS, agent_id))


async def revoke_key(conn: Conn, agent_id: uuid.UUID, key_id: uuid.UUID, actor: Actor) -> None:
    if await conn.fetchval(q.KEY_OF_AGENT, key_id, agent_id) is None:
        raise KeyNotFound()
    await keys_service.revoke(conn, key_id, actor)
