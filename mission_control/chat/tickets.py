"""Single-use WebSocket tickets: the caller's own credential, sealed, for a few seconds.

A browser's WebSocket cannot send an Authorization header, and some clients hold no
cookie. `POST .../ws/ticket` stores the credential the request came with (sealed under
SECRET_KEY) behind a random ticket; opening `.../ws?ticket=` takes the row (DELETE ...
RETURNING: once only, in any process) and authenticates with the credential as if it had
been sent, so revocation, scopes and project limits apply exactly as they do to it.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request

from mission_control.auth.keys import _base62, digest_key
from mission_control.auth.principals import Principal
from mission_control.auth.sessions import SESSION_COOKIE
from mission_control.chat import queries as q
from mission_control.core import crypto
from mission_control.core.db import Conn, Tx
from mission_control.core.errors import Unauthorized
from mission_control.orgs import queries as orgs

TICKET_SECONDS = 30
PURPOSE = "ws-ticket"


class InvalidTicket(Unauthorized):
    code = "invalid_ticket"
    message = "The ticket is unknown, used or expired; ask for a new one."


async def issue(request: Request, conn: Conn, principal: Principal) -> dict[str, Any]:
    """A ticket for the credential this request carries."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        kind, credential = "bearer", header.partition(" ")[2].strip()
    else:
        kind, credential = "cookie", request.cookies.get(SESSION_COOKIE, "")
    ticket = "wst_" + _base62(43)
    secret = request.app.state.settings.resolved_secret_key()
    sealed = crypto.seal(credential, secret, PURPOSE)
    await conn.execute(
        q.ISSUE_TICKET, digest_key(ticket), principal.org_id, kind, sealed, float(TICKET_SECONDS)
    )
    url = f"/api/v1/orgs/{principal.org_slug}/ws?ticket={ticket}"
    return {"ticket": ticket, "expires_in": TICKET_SECONDS, "url": url}


async def redeem(conn: Tx, secret_key: str, org_slug: str, ticket: str) -> tuple[str, str]:
    """(kind, credential) of a ticket of this org, taken so it cannot be used again."""
    if not ticket.startswith("wst_") or len(ticket) > 100:
        raise InvalidTicket()
    org_id = await conn.fetchval(orgs.ORG_BY_SLUG, org_slug)
    if org_id is None:
        raise InvalidTicket()
    await conn.set_org(org_id)
    row = await conn.fetchrow(q.TAKE_TICKET, digest_key(ticket))
    if row is None:
        raise InvalidTicket()
    try:
        return row["kind"], crypto.unseal(row["credential"], secret_key, PURPOSE)
    except crypto.SealBroken:
        raise InvalidTicket() from None
