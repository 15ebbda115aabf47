"""Agents, heartbeats and agent API keys."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from mission_control.agents import service as agents
from mission_control.agents.schemas import (
    AgentCreate,
    AgentMe,
    AgentOut,
    AgentUpdate,
    Heartbeat,
    KeyCreate,
    KeyCreated,
    KeyOut,
    OrgRef,
)
from mission_control.auth.principals import CurrentIdentity, OrgPrincipal, Principal, require
from mission_control.auth.scopes import Access
from mission_control.core.db import SessionDep
from mission_control.core.errors import Forbidden
from mission_control.core.schemas import Page

router = APIRouter(prefix="/api/v1", tags=["agents"])
Reader = Annotated[Principal, Depends(require("agents", Access.READ))]
Manager = Annotated[Principal, Depends(require("agents", Access.MANAGE))]
Limit = Annotated[int, Query(ge=1, le=200)]


@router.get("/agents/me")
async def agents_me(identity: CurrentIdentity) -> AgentMe:
    """The calling key's agent and org."""
    key = identity.key
    if key is None or key.agent is None:
        raise Forbidden("Only an agent's API key has an agent.", code="not_an_agent")
    # The key lookup already read the agent and org in the same transaction.
    return AgentMe(
        agent=AgentOut.model_validate(key.agent),
        org=OrgRef(id=key.org_id, slug=key.org_slug, name=key.org_name),
        scopes=sorted(key.scopes),
        key_id=key.id,
    )


@router.get("/orgs/{org_slug}/agents")
async def list_agents(
    principal: Reader, session: SessionDep, limit: Limit = 50, cursor: str | None = None
) -> Page[AgentOut]:
    rows, next_cursor = await agents.list_agents(session, limit=limit, cursor=cursor)
    return Page(items=[AgentOut.model_validate(a) for a in rows], next_cursor=next_cursor)


@router.post("/orgs/{org_slug}/agents", status_code=status.HTTP_201_CREATED)
async def create_agent(body: AgentCreate, principal: Manager, session: SessionDep) -> AgentOut:
    agent = await agents.create_agent(
        session,
        principal.org_id,
        name=body.name,
        description=body.description,
        capabilities=body.capabilities,
        actor=principal.actor,
    )
    return AgentOut.model_validate(agent)


@router.get("/orgs/{org_slug}/agents/{agent_id}")
async def get_agent(agent_id: uuid.UUID, principal: Reader, session: SessionDep) -> AgentOut:
    return AgentOut.model_validate(await agents.get_agent(session, agent_id))


@router.patch("/orgs/{org_slug}/agents/{agent_id}")
async def update_agent(
    agent_id: uuid.UUID, body: AgentUpdate, principal: Manager, session: SessionDep
) -> AgentOut:
    changes = body.model_dump(exclude_unset=True)
    agent = await agents.update_agent(session, agent_id, changes, principal.actor)
    return AgentOut.model_validate(agent)


@router.delete("/orgs/{org_slug}/agents/{agent_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_agent(agent_id: uuid.UUID, principal: Manager, session: SessionDep) -> None:
    await agents.delete_agent(session, agent_id, principal.actor)


@router.post("/orgs/{org_slug}/agents/{agent_id}/heartbeat")
async def heartbeat(
    agent_id: uuid.UUID, principal: OrgPrincipal, session: SessionDep, body: Heartbeat | None = None
) -> AgentOut:
    """An agent reports it is alive (any key of that agent; humans need admin)."""
    if principal.agent_id != agent_id:
        principal.require("agents", Access.MANAGE)
    status_ = body.status if body else "online"
    return AgentOut.model_validate(
        await agents.heartbeat(session, agent_id, status_, principal.actor)
    )


@router.get("/orgs/{org_slug}/agents/{agent_id}/keys")
async def list_keys(agent_id: uuid.UUID, principal: Manager, session: SessionDep) -> Page[KeyOut]:
    rows = await agents.list_keys(session, agent_id)
    return Page(items=[KeyOut.model_validate(k) for k in rows], next_cursor=None)


@router.post("/orgs/{org_slug}/agents/{agent_id}/keys", status_code=status.HTTP_201_CREATED)
async def create_key(
    agent_id: uuid.UUID, body: KeyCreate, principal: Manager, session: SessionDep
) -> KeyCreated:
    """Mint a key; `key` in this response is the only time the secret is shown."""
    agent = await agents.get_agent(session, agent_id)
    key, secret = await agents.create_key(
        session,
        agent,
        name=body.name,
        scopes=body.scopes,
        expires_at=body.expires_at,
        project_keys=body.project_keys,
        actor=principal.actor,
    )
    return KeyCreated.model_validate({**KeyOut.model_validate(key).model_dump(), "key": secret})


@router.delete(
    "/orgs/{org_slug}/agents/{agent_id}/keys/{key_id}", status_code=status.HTTP_204_NO_CONTENT
)
async def revoke_key(
    agent_id: uuid.UUID, key_id: uuid.UUID, principal: Manager, session: SessionDep
) -> None:
    """Revoke a key; it is refused from its very next request."""
    await agents.revoke_key(session, agent_id, key_id, principal.actor)
