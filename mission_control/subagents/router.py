"""Sub-agents: spawn, list, read, complete and revoke."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

import pydantic_core
from fastapi import APIRouter, Depends, Query, Response, status

from mission_control.auth.principals import Principal, TxCreator, TxPrincipal, require_tx
from mission_control.auth.scopes import Access
from mission_control.core.db import Record, TxDep
from mission_control.core.schemas import Page
from mission_control.subagents import service as subagents
from mission_control.subagents.schemas import (
    SubAgentEnd,
    SubAgentOut,
    SubAgentSpawn,
    SubAgentSpawned,
)

router = APIRouter(prefix="/api/v1/orgs/{org_slug}/sub-agents", tags=["sub-agents"])
Reader = Annotated[Principal, Depends(require_tx("agents", Access.READ))]
FIELDS = tuple(SubAgentOut.model_fields)


def _out(row: Record | dict[str, Any]) -> dict[str, Any]:
    return {field: row[field] for field in FIELDS}


def _json(body: Any, status_code: int = 200) -> Response:
    return Response(pydantic_core.to_json(body), status_code, media_type="application/json")


@router.post("", status_code=status.HTTP_201_CREATED, response_model=SubAgentSpawned)
async def spawn(body: SubAgentSpawn, principal: TxCreator, tx: TxDep) -> Response:
    """Spawn a sub-agent; `key` (its ephemeral API key) is shown in this response only."""
    sub, secret = await subagents.spawn(tx, principal, body)
    return _json({**_out(sub), "key": secret}, status.HTTP_201_CREATED)


@router.get("", response_model=Page[SubAgentOut])
async def list_subagents(
    principal: Reader,
    tx: TxDep,
    status: Literal["active", "completed", "expired", "revoked"] | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: str | None = None,
) -> Response:
    """An agent's own sub-agents (every one, for people and admin keys), newest first."""
    rows, next_cursor = await subagents.list_subagents(
        tx, principal, status=status, limit=limit, cursor=cursor
    )
    return _json({"items": [_out(r) for r in rows], "next_cursor": next_cursor})


@router.get("/{subagent_id}", response_model=SubAgentOut)
async def get_subagent(subagent_id: uuid.UUID, principal: Reader, tx: TxDep) -> Response:
    return _json(_out(await subagents.get(tx, principal, subagent_id)))


@router.post("/{subagent_id}/complete", response_model=SubAgentOut)
async def complete(
    subagent_id: uuid.UUID, principal: TxPrincipal, tx: TxDep, body: SubAgentEnd | None = None
) -> Response:
    """The work is done: the key is refused from now on and held claims go back to todo."""
    reason = (body or SubAgentEnd()).reason
    return _json(_out(await subagents.end(tx, principal, subagent_id, "completed", reason)))


@router.post("/{subagent_id}/revoke", response_model=SubAgentOut)
async def revoke(
    subagent_id: uuid.UUID, principal: TxPrincipal, tx: TxDep, body: SubAgentEnd | None = None
) -> Response:
    """Stop the sub-agent now (and its own sub-agents): keys refused, claims released."""
    reason = (body or SubAgentEnd()).reason
    return _json(_out(await subagents.end(tx, principal, subagent_id, "revoked", reason)))
