"""`client_ref` on creating tools: the Idempotency-Key machinery, keyed by tool name.

The same table, statements and sealing as `core/idempotency.py`: the ref is claimed in the
call's own transaction and the first answer stored there before it commits, so a retry
(even a concurrent one, which waits on the claim) answers the first result and creates
nothing twice; the same ref with different arguments is refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import pydantic_core
from pydantic import BaseModel

from mission_control.auth.principals import principal_key
from mission_control.core import crypto, idempotency
from mission_control.core.db import json_dumps

if TYPE_CHECKING:
    from mission_control.mcp.tools import Call


async def once(
    call: Call, tool: str, args: BaseModel, create: Callable[[], Awaitable[dict[str, Any]]]
) -> dict[str, Any]:
    """Run `create` once per (caller, tool, client_ref); a retry gets the first answer."""
    client_ref = getattr(args, "client_ref", None)
    if client_ref is None:
        return await create()
    tx, p = call.tx, call.principal
    digest = hashlib.sha256(pydantic_core.to_json(args.model_dump(mode="json"))).digest()
    ids = (p.org_id, principal_key(p), f"MCP {tool}", client_ref)
    if await tx.fetchval(idempotency.CLAIM, *ids, digest) is None:
        stored = await tx.fetchrow(idempotency.STORED, *ids, idempotency.KEEP)
        assert stored is not None
        if stored["stale"]:
            await tx.execute(idempotency.FORGET, *ids)
            await tx.fetchval(idempotency.CLAIM, *ids, digest)
        elif bytes(stored["request_hash"]) != digest:
            raise idempotency.IdempotencyKeyReused("This client_ref was used with other arguments.")
        elif stored["status"] is not None:
            answer = crypto.unseal(
                bytes(stored["body"]).decode(), call.secret_key, idempotency.PURPOSE
            )
            first: dict[str, Any] = pydantic_core.from_json(answer)
            return {
                **first,
                "reason": "replayed",
                "next_hint": "Already done; nothing created twice.",
            }
    result = await create()
    sealed = crypto.seal(
        pydantic_core.to_json(result).decode(), call.secret_key, idempotency.PURPOSE
    )
    await tx.execute(idempotency.STORE, *ids, 200, json_dumps({}), sealed.encode())
    return result
