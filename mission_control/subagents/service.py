"""Sub-agents: ephemeral agents spawned for a piece of work, with keys never wider than
their parent's, that end when completed, revoked or out of time — and take their claims
and their own sub-agents with them."""

from __future__ import annotations

import uuid
from typing import Any

from mission_control.agents.service import AgentNotFound
from mission_control.auth import policy
from mission_control.auth import service as keys_service
from mission_control.auth.principals import Principal
from mission_control.auth.scopes import SCOPES, Access
from mission_control.core import pagination
from mission_control.core.db import Conn, Record
from mission_control.core.errors import Conflict, Forbidden, NotFound, Unprocessable
from mission_control.core.sql import Where
from mission_control.core.types import SYSTEM, Actor
from mission_control.events import service as events
from mission_control.subagents import queries as q
from mission_control.subagents.schemas import SubAgentSpawn
from mission_control.tasks import claims
from mission_control.tasks import service as tasks

MAX_DEPTH = 3


class SubAgentNotFound(NotFound):
    code = "subagent_not_found"
    message = "Sub-agent not found."


class SubAgentEnded(Conflict):
    code = "subagent_ended"
    message = "This sub-agent has already ended."


class ScopeExceedsParent(Forbidden):
    code = "scope_exceeds_parent"


class DepthExceeded(Forbidden):
    code = "depth_exceeded"
    message = f"Sub-agents nest at most {MAX_DEPTH} deep."


class SpawnNotAllowed(Forbidden):
    code = "spawn_not_allowed"


class ParentRequired(Unprocessable):
    code = "parent_required"
    message = "A person names the agent to spawn for: parent_id."


class ScopesRequired(Unprocessable):
    code = "scopes_required"
    message = "A person spawning a sub-agent names its scopes."


def _event(conn: Conn, sub: Record, actor: Actor, type: str, payload: dict[str, Any]) -> None:
    payload = {"name": sub["name"], "parent_id": sub["parent_id"], **payload}
    events.record(conn, "subagent", sub, actor, type, payload, project_id=None)


async def spawn(
    conn: Conn, principal: Principal, body: SubAgentSpawn
) -> tuple[dict[str, Any], str]:
    """Spawn a sub-agent of the calling agent (or, for a person, of `parent_id`)."""
    key = principal.identity.key
    if principal.kind == "agent":
        assert key is not None
        assert principal.agent_id is not None
        if body.parent_id not in (None, principal.agent_id):
            raise SpawnNotAllowed("An agent spawns sub-agents of its own only.")
        parent_id = principal.agent_id
        ceiling = key.scopes
        requested = body.scopes if body.scopes is not None else sorted(ceiling)
    else:
        principal.require("agents", Access.MANAGE)
        if body.parent_id is None:
            raise ParentRequired()
        if body.scopes is None:
            raise ScopesRequired()
        parent_id = body.parent_id
        ceiling = key.scopes if key is not None else SCOPES
        requested = body.scopes
    if not policy.covered("subagents:spawn", ceiling):
        raise SpawnNotAllowed("Spawning sub-agents needs the subagents:spawn scope.")
    wider = [s for s in requested if not policy.covered(s, ceiling)]
    if wider:
        raise ScopeExceedsParent(
            "A sub-agent's scopes are at most its parent's.", details={"not_allowed": wider}
        )
    parent = await conn.fetchrow(q.PARENT, parent_id)
    if parent is None:
        raise AgentNotFound()
    if parent["lifecycle"] not in (None, "active"):
        raise SubAgentEnded("The parent sub-agent has ended.")
    if parent["depth"] + 1 > MAX_DEPTH:
        raise DepthExceeded()
    limit = list(principal.project_keys) if principal.project_keys is not None else None
    task = None
    if body.task is not None:
        task = await tasks.get_task(conn, body.task)  # 404 outside the caller's limit
        limit = [task["project_key"]]
    sub = await conn.fetchrow(
        q.INSERT,
        principal.org_id,
        body.name,
        body.purpose,
        parent_id,
        parent["depth"] + 1,
        task["id"] if task else None,
        body.ttl_seconds,
        parent["expires_at"],
    )
    assert sub is not None
    minted, secret = await keys_service.mint_key(
        conn,
        org_id=principal.org_id,
        agent_id=sub["id"],
        user_id=None,
        name=f"sub-agent {body.name}",
        scopes=sorted(requested),
        expires_at=sub["expires_at"],
        project_keys=limit,
        actor=principal.actor,
    )
    _event(
        conn,
        sub,
        principal.actor,
        "subagent.spawned",
        {
            "task_ref": tasks.ref(task) if task else None,
            "task_id": task["id"] if task else None,
            "purpose": body.purpose,
            "scopes": sorted(requested),
            "expires_at": sub["expires_at"],
            "depth": sub["depth"],
        },
    )
    return {**dict(sub), "scopes": minted["scopes"], "project_keys": minted["project_keys"]}, secret


def _may_manage(principal: Principal, sub: Record) -> bool:
    """The parent (or an admin: a person with manage on agents, a key with admin) may."""
    if principal.kind == "agent":
        return sub["parent_id"] == principal.agent_id or "admin" in (principal.scopes or ())
    return principal.allows("agents", Access.MANAGE)


async def get(conn: Conn, principal: Principal, sub_id: uuid.UUID) -> Record:
    sub = await conn.fetchrow(q.BY_ID, sub_id)
    if sub is None or (
        principal.kind == "agent"
        and not _may_manage(principal, sub)
        and sub["id"] != principal.agent_id
    ):
        raise SubAgentNotFound()
    return sub


async def list_subagents(
    conn: Conn,
    principal: Principal,
    *,
    status: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Record], str | None]:
    """An agent sees its own sub-agents; a person (or an admin key) sees every one."""
    where = Where()
    where.add("a.parent_id IS NOT NULL")
    if principal.kind == "agent" and "admin" not in (principal.scopes or ()):
        where.add("a.parent_id = ?", principal.agent_id)
    if status is not None:
        where.add("a.lifecycle = ?", status)
    after = pagination.decode(cursor, (pagination.TIME, pagination.UUID))
    if after is not None:
        where.add("(a.created_at, a.id) < (?, ?)", *after)
    rows = await conn.fetch(q.page(where.sql, where.param(limit + 1)), *where.args)
    return pagination.page(rows, limit, lambda r: (r["created_at"], r["id"]))


async def _end_subtree(
    conn: Conn, root: uuid.UUID, status: str, reason: str, actor: Actor
) -> list[Record]:
    """End a sub-agent and its active descendants: keys revoked, claims released, events."""
    tree = list(await conn.fetch(q.SUBTREE_FOR_UPDATE, root))
    if not tree:
        return []
    ids = [row["id"] for row in tree]
    await conn.fetch(q.END, [root], status, reason or None)
    descendants = [i for i in ids if i != root]
    if descendants:
        await conn.fetch(q.END, descendants, "revoked", f"parent {status}")
    await conn.execute(q.REVOKE_KEYS, ids)
    await claims.release_all_held(conn, ids, actor, reason=f"subagent {status}")
    for row in tree:
        ended = status if row["id"] == root else "revoked"
        why = reason if row["id"] == root else f"parent {status}"
        _event(conn, row, actor, f"subagent.{ended}", {"reason": why, "task_id": row["task_id"]})
    return tree


async def end(
    conn: Conn, principal: Principal, sub_id: uuid.UUID, status: str, reason: str
) -> Record:
    """Complete or revoke a sub-agent (its parent, or an admin): the key dies at once."""
    sub = await conn.fetchrow(q.BY_ID, sub_id)
    if sub is None or not _may_manage(principal, sub):
        raise SubAgentNotFound()
    if not await _end_subtree(conn, sub_id, status, reason, principal.actor):
        raise SubAgentEnded(details={"status": sub["status"]})
    ended = await conn.fetchrow(q.BY_ID, sub_id)
    assert ended is not None
    return ended


async def expire_due(conn: Conn, *, batch: int = 500) -> int:
    """Expire sub-agents past their deadline (the expiry job; safe to run twice at once)."""
    due = await conn.fetch(q.DUE, batch)
    for row in due:
        await _end_subtree(conn, row["id"], "expired", "ttl", SYSTEM)
    return len(due)
