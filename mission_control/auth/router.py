"""Sign-up, login, logout."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status

from mission_control.auth import sessions
from mission_control.auth.principals import CurrentIdentity
from mission_control.auth.scopes import Role
from mission_control.core.config import DeploymentMode, Settings
from mission_control.core.db import SessionDep
from mission_control.core.errors import Forbidden
from mission_control.core.types import Actor
from mission_control.orgs import service as orgs
from mission_control.users import service as users
from mission_control.users.schemas import LoginRequest, SignupRequest, UserOut

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


@router.post("/signup", status_code=status.HTTP_201_CREATED)
async def signup(
    body: SignupRequest, request: Request, response: Response, session: SessionDep
) -> UserOut:
    """Create an account (multi-tenant mode, or ALLOW_SIGNUP) and sign in."""
    settings = _settings(request)
    if not settings.signup_open:
        raise Forbidden("Sign-up is closed on this server.", code="signup_closed")
    user = await users.create_user(
        session, email=body.email, password=body.password, display_name=body.display_name
    )
    if settings.deployment_mode is DeploymentMode.SINGLE_TENANT:
        default = await orgs.get_by_slug(session, settings.default_org_slug)
        if default is not None:
            await orgs.join_as(session, default.id, user, Role.MEMBER, Actor("user", user.id))
    token, expires = await sessions.start_session(
        session, settings, user, request.headers.get("user-agent")
    )
    sessions.set_session_cookies(response, settings, token, expires)
    return UserOut.model_validate(user)


@router.post("/login")
async def login(
    body: LoginRequest, request: Request, response: Response, session: SessionDep
) -> UserOut:
    """Exchange email and password for the session and CSRF cookies."""
    settings = _settings(request)
    user = await users.authenticate_password(session, body.email, body.password)
    token, expires = await sessions.start_session(
        session, settings, user, request.headers.get("user-agent")
    )
    sessions.set_session_cookies(response, settings, token, expires)
    return UserOut.model_validate(user)


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
async def logout(identity: CurrentIdentity, session: SessionDep, response: Response) -> None:
    """End this session."""
    if identity.session_id is not None:
        await sessions.revoke_session(session, identity.session_id)
    sessions.clear_session_cookies(response)


@router.post("/logout-all", status_code=status.HTTP_204_NO_CONTENT)
async def logout_all(identity: CurrentIdentity, session: SessionDep, response: Response) -> None:
    """End every session of this user, on every device."""
    if identity.user_id is None:
        raise Forbidden("Only a user can sign out everywhere.", code="not_a_user")
    await sessions.revoke_all_sessions(session, identity.user_id)
    sessions.clear_session_cookies(response)
