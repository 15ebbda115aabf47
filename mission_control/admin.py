"""Administrative actions the CLI runs against the database as the app role."""

from __future__ import annotations

from mission_control.agents import service as agents
from mission_control.agents.schemas import AgentCreate
from mission_control.auth.scopes import Role, invalid_scopes
from mission_control.core.db import Database
from mission_control.core.errors import NotFound, Unprocessable
from mission_control.core.types import SYSTEM
from mission_control.orgs import service as orgs
from mission_control.users import service as users


async def create_user(
    app_url: str,
    *,
    email: str,
    password: str,
    display_name: str | None,
    org_slug: str | None,
    role: str,
) -> str:
    db = Database(app_url, pool_size=1, max_overflow=0)
    try:
        async with db.system_session() as session:
            user = await users.create_user(
                session, email=email, password=password, display_name=display_name
            )
            if org_slug:
                org = await orgs.get_by_slug(session, org_slug)
                if org is None:
                    raise NotFound(f"No org with slug {org_slug!r}.")
                await orgs.join_as(session, org.id, user, Role(role), SYSTEM)
            return user.email
    finally:
        await db.dispose()


async def create_agent_key(
    app_url: str, *, org_slug: str, agent_name: str, scopes: list[str]
) -> str:
    scopes = sorted({s.strip() for s in scopes if s.strip()})
    unknown = invalid_scopes(scopes)
    if unknown or not scopes:
        raise Unprocessable(f"Unknown or missing scopes: {', '.join(unknown) or '(none)'}")
    db = Database(app_url, pool_size=1, max_overflow=0)
    try:
        async with db.system_session() as session:
            org = await orgs.get_by_slug(session, org_slug)
        if org is None:
            raise NotFound(f"No org with slug {org_slug!r}.")
        async with db.tx(org.id) as tx:
            agent = await agents.find_by_name(tx, agent_name)
            if agent is None:
                agent = await agents.create_agent(tx, org.id, AgentCreate(name=agent_name), SYSTEM)
            _, secret = await agents.create_key(
                tx,
                agent,
                name="cli",
                scopes=scopes,
                expires_at=None,
                project_keys=None,
                actor=SYSTEM,
            )
            return secret
    finally:
        await db.dispose()
