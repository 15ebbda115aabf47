"""Agents, heartbeats and agent API keys."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

import pydantic_core
from fastapi import APIRouter, Depends, Query, Response, status

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
)
from mission_control.auth import policy
from mission_control.auth.principals import Principal, TxIdentity, TxPrincipal, require_tx
from mission_control.auth.scopes import Access
from mission_control.core.db import Record, TxDep
from mission_control.core.errors import Forbidden
from mission_control.core.schemas import Page

router = APIRouter(prefix="/api/v1", tags=["agents"])
Reader = Annotated[Principal, Depends(require_tx("agents", Access.READ))]
Manager = Annotated[Principal, Depends(require_tx("agents", Access.MANAGE))]
Creator = Annotated[Principal, Depends(require_tx("agents", Access.MANAGE, creates=True))]
Limit = Annotated[int, Query(ge=1, le=200)]
AGENT_FIELDS = tuple(AgentOut.model_fields)
KEY_FIELDS = tuple(KeyOut.model_fields)


class NotAnAgent(Forbidden):
    code = "not_an_agent"
    message = "Only an agent's API key has an agent."


def _agent(row: Record | dict[str, Any]) -> dict[str, Any]:
    return {field: row[field] for field in AGENT_FIELDS}


def _json(body: Any, status_code: int = 200) -> Response:
    return Response(pydantic_core.to_json(body), status_code, media_type="application/json")


@router.get("/agents/me", response_model=AgentMe)
async def agents_me(identity: TxIdentity) -> Response:
    """The calling key's agent and org."""
    key = identity.key
    if key is None or key.agent is None:
        raise NotAnAgent()
    # The key lookup already read the agent and org in the same statement.
    return _json(
        {
            "agent": _agent(key.agent),
            "org": {"id": key.org_id, "slug": key.org_slug, "name": key.org_name},
            "scopes": sorted(key.scopes),
            "key_id": key.id,
        }
    )


@router.get("/orgs/{org_slug}/agents", response_model=Page[AgentOut])
async def list_agents(
    principal: Reader, tx: TxDep, limit: Limit = 50, cursor: str | None = None
) -> Response:
    rows, next_cursor = await agents.list_agents(tx, limit=limit, cursor=cursor)
    return _json({"items": [_agent(a) for a in rows], "next_cursor": next_cursor})


@router.post(
    "/orgs/{org_slug}/agents", status_code=status.HTTP_201_CREATED, response_model=AgentOut
)
async def create_agent(body: AgentCreate, principal: Creator, tx: TxDep) -> Response:
    agent = await agents.create_agent(tx, principal.org_id, body, principal.actor)
    return _json(_agent(agent), status.HTTP_201_CREATED)


@router.get("/orgs/{org_slug}/agents/{agent_id}", response_model=AgentOut)
async def get_agent(agent_id: uuid.UUID, principal: Reader, tx: TxDep) -> Response:
    return _json(_agent(await agents.get_agent(tx, agent_id)))


@router.patch("/orgs/{org_slug}/agents/{agent_id}", response_model=AgentOut)
async def update_agent(
    agent_id: uuid.UUID, body: AgentUpdate, principal: Manager, tx: TxDep
) -> Response:
    return _json(_agent(await agents.update_agent(tx, agent_id, body, principal.actor)))


@router.delete("/orgs/{org_slug}/agents/{agent_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_agent(agent_id: uuid.UUID, principal: Manager, tx: TxDep) -> None:
    await agents.delete_agent(tx, agent_id, principal.actor)


@router.post("/orgs/{org_slug}/agents/{agent_id}/heartbeat", response_model=AgentOut)
async def heartbeat(
    agent_id: uuid.UUID, principal: TxPrincipal, tx: TxDep, body: Heartbeat | None = None
) -> Response:
    """An agent reports it is alive (any key of that agent; humans need admin)."""
    if principal.agent_id != agent_id:
        principal.require("agents", Access.MANAGE)
    status_ = body.status if body else "online"
    return _json(_agent(await agents.heartbeat(tx, agent_id, status_, principal.actor)))


@router.get("/orgs/{org_slug}/agents/{agent_id}/keys", response_model=Page[KeyOut])
async def list_keys(agent_id: uuid.UUID, principal: Manager, tx: TxDep) -> Response:
    rows = await agents.list_keys(tx, agent_id)
    items = [{field: k[field] for field in KEY_FIELDS} for k in rows]
    return _json({"items": items, "next_cursor": None})


@router.post(
    "/orgs/{org_slug}/agents/{agent_id}/keys",
    status_code=status.HTTP_201_CREATED,
    response_model=KeyCreated,
)
async def create_key(
    agent_id: uuid.UUID, body: KeyCreate, principal: Creator, tx: TxDep
) -> Response:
    """Mint a key; `key` in this response is the only time the secret is shown."""
    agent = await agents.get_agent(tx, agent_id)
    key, secret = await agents.create_key(
        tx,
        agent,
        name=body.name,
        scopes=body.scopes,
        expires_at=body.expires_at,
        project_keys=policy.check_mint(principal, body.scopes, body.project_keys),
        actor=principal.actor,
    )
    return _json({**{field: key[field] for field in KEY_FIELDS}, "key": secret}, 201)


@router.delete(
    "/orgs/{org_slug}/agents/{agent_id}/keys/{key_id}", status_code=status.HTTP_204_NO_CONTENT
)
async def revoke_key(agent_id: uuid.UUID, key_id: uuid.UUID, principal: Manager, tx: TxDep) -> None:
    """Revoke a key; it is refused from its very next request."""
    await agents.revoke_key(tx, agent_id, key_id, principal.actor)


__all__ = ["KeyCreated", "router"]
