"""Agents, their heartbeats, and their API keys."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.agents.models import Agent
from mission_control.auth import service as keys_service
from mission_control.auth.models import ApiKey
from mission_control.core.cursor import InvalidCursor, decode_cursor, encode_cursor
from mission_control.core.errors import Conflict, NotFound
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events


class AgentNotFound(NotFound):
    code = "agent_not_found"
    message = "Agent not found."


class AgentNameTaken(Conflict):
    code = "agent_name_taken"
    message = "An agent with this name already exists in the organization."


class KeyNotFound(NotFound):
    code = "key_not_found"
    message = "API key not found."


def _event(
    session: AsyncSession, agent: Agent, actor: Actor, type: str, payload: dict[str, object]
) -> None:
    events.append(
        session,
        org_id=agent.org_id,
        actor=actor,
        type=type,
        entity_type="agent",
        entity_id=agent.id,
        payload=payload,
    )


async def _flush_unique(session: AsyncSession) -> None:
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:
        raise AgentNameTaken() from exc


async def create_agent(
    session: AsyncSession,
    org_id: uuid.UUID,
    *,
    name: str,
    description: str,
    capabilities: list[str],
    actor: Actor,
) -> Agent:
    agent = Agent(org_id=org_id, name=name, description=description, capabilities=capabilities)
    session.add(agent)
    await _flush_unique(session)
    await session.refresh(agent)
    _event(session, agent, actor, "agent.created", {"name": name, "capabilities": capabilities})
    return agent


async def get_agent(session: AsyncSession, agent_id: uuid.UUID) -> Agent:
    # RLS already hides other orgs' agents: a foreign id is simply not found.
    agent = await session.get(Agent, agent_id)
    if agent is None:
        raise AgentNotFound()
    return agent


async def list_agents(
    session: AsyncSession, *, limit: int, cursor: str | None
) -> tuple[list[Agent], str | None]:
    query = select(Agent).order_by(Agent.name, Agent.id)
    if cursor is not None:
        after = decode_cursor(cursor, {"name": str, "id": str})
        try:
            after_id = uuid.UUID(after["id"])
        except ValueError as exc:
            raise InvalidCursor() from exc
        query = query.where(tuple_(Agent.name, Agent.id) > tuple_(after["name"], after_id))
    rows = list((await session.scalars(query.limit(limit + 1))).all())
    next_cursor = None
    if len(rows) > limit:
        last = rows[limit - 1]
        next_cursor = encode_cursor({"name": last.name, "id": str(last.id)})
    return rows[:limit], next_cursor


async def update_agent(
    session: AsyncSession, agent_id: uuid.UUID, changes: dict[str, object], actor: Actor
) -> Agent:
    agent = await get_agent(session, agent_id)
    before = {field: getattr(agent, field) for field in changes}
    diff = {f: v for f, v in changes.items() if before[f] != v}
    if diff:
        for field, value in diff.items():
            setattr(agent, field, value)
        agent.updated_at = utcnow()
        await _flush_unique(session)
        _event(
            session,
            agent,
            actor,
            "agent.updated",
            {"before": {f: before[f] for f in diff}, "after": diff},
        )
    return agent


async def delete_agent(session: AsyncSession, agent_id: uuid.UUID, actor: Actor) -> None:
    """Delete the agent; its keys go with it (refused on their next request)."""
    agent = await get_agent(session, agent_id)
    _event(session, agent, actor, "agent.deleted", {"name": agent.name})
    await session.delete(agent)
    await session.flush()


async def heartbeat(session: AsyncSession, agent_id: uuid.UUID, status: str, actor: Actor) -> Agent:
    """Record that the agent is alive; a status change is an event, a bare beat is not."""
    agent = await get_agent(session, agent_id)
    now = utcnow()
    before = agent.status
    await session.execute(
        update(Agent).where(Agent.id == agent_id).values(status=status, last_seen_at=now)
    )
    agent.status, agent.last_seen_at = status, now
    if before != status:
        _event(
            session,
            agent,
            actor,
            "agent.status_changed",
            {"before": {"status": before}, "after": {"status": status}},
        )
    return agent


async def create_key(
    session: AsyncSession,
    agent: Agent,
    *,
    name: str,
    scopes: list[str],
    expires_at: datetime | None,
    project_keys: list[str] | None,
    actor: Actor,
) -> tuple[ApiKey, str]:
    """Mint a key for the agent; the whole secret is returned once and never stored."""
    return await keys_service.mint_key(
        session,
        org_id=agent.org_id,
        agent_id=agent.id,
        user_id=None,
        name=name,
        scopes=scopes,
        expires_at=expires_at,
        project_keys=project_keys,
        actor=actor,
    )


async def list_keys(session: AsyncSession, agent_id: uuid.UUID) -> list[ApiKey]:
    await get_agent(session, agent_id)
    query = select(ApiKey).where(ApiKey.agent_id == agent_id).order_by(ApiKey.created_at)
    return list((await session.scalars(query)).all())


async def revoke_key(
    session: AsyncSession, agent_id: uuid.UUID, key_id: uuid.UUID, actor: Actor
) -> ApiKey:
    key = (
        await session.scalars(
            select(ApiKey).where(ApiKey.id == key_id, ApiKey.agent_id == agent_id)
        )
    ).first()
    if key is None:
        raise KeyNotFound()
    return await keys_service.revoke(session, key, actor)
