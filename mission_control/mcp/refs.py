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
from mission_control.core import idempotency

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
    first = await idempotency.take(
        tx, ids, digest, call.secret_key, "This client_ref was used with other arguments."
    )
    if first is not None:
        answer: dict[str, Any] = pydantic_core.from_json(first.body)
        return {**answer, "reason": "replayed", "next_hint": "Already done; nothing created twice."}
    result = await create()
    answered = pydantic_core.to_json(result).decode()
    await idempotency.keep(tx, ids, call.secret_key, 200, {}, answered)
    return result
