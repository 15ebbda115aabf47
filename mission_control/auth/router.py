"""Sign-up, login, logout."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response, status
from fastapi.responses import RedirectResponse
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.auth import oidc, sessions, tokens
from mission_control.auth.principals import CurrentIdentity
from mission_control.auth.schemas import ProviderOut
from mission_control.auth.scopes import Role
from mission_control.auth.tokens import AccountIdentity
from mission_control.core.config import DeploymentMode, Settings
from mission_control.core.db import SessionDep
from mission_control.core.errors import Forbidden
from mission_control.core.ratelimit import RateLimiter
from mission_control.core.types import Actor
from mission_control.orgs import service as orgs
from mission_control.users import service as users
from mission_control.users.models import User
from mission_control.users.schemas import LoginRequest, SignupRequest, UserOut

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])


class SignupClosed(Forbidden):
    code = "signup_closed"
    message = "Sign-up is closed on this server."


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _limiter(request: Request) -> RateLimiter:
    """The app's limiter, after counting this request against the client IP's bucket."""
    limiter: RateLimiter = request.app.state.limiter
    await limiter.hit_auth_ip(request.client.host if request.client else None)
    return limiter


async def _welcome(session: AsyncSession, settings: Settings, user: User) -> None:
    """A new account in single-tenant mode joins the default org as a member."""
    if settings.deployment_mode is DeploymentMode.SINGLE_TENANT:
        default = await orgs.get_by_slug(session, settings.default_org_slug)
        if default is not None:
            await orgs.join_as(session, default.id, user, Role.MEMBER, Actor("user", user.id))


@router.post("/signup", status_code=status.HTTP_201_CREATED)
async def signup(
    body: SignupRequest, request: Request, response: Response, session: SessionDep
) -> UserOut:
    """Create an account (multi-tenant mode, or ALLOW_SIGNUP) and sign in."""
    settings = _settings(request)
    if not settings.signup_open:
        raise SignupClosed()
    limiter = await _limiter(request)
    await limiter.hit_signup(body.email)
    user = await users.create_user(
        session, email=body.email, password=body.password, display_name=body.display_name
    )
    await _welcome(session, settings, user)
    token, expires = await sessions.start_session(
        session, settings, user, request.headers.get("user-agent")
    )
    sessions.set_session_cookies(response, settings, token, expires)
    return UserOut.model_validate(user)


@router.post("/login")
async def login(
    body: LoginRequest, request: Request, response: Response, session: SessionDep
) -> UserOut:
    """Exchange email and password for the session and CSRF cookies (429 after too many
    attempts from one address, or too many failures for one account)."""
    settings = _settings(request)
    limiter = await _limiter(request)
    user = await users.authenticate_password(session, body.email, body.password, limiter)
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
async def logout_all(identity: AccountIdentity, session: SessionDep, response: Response) -> None:
    """End every session of this user, on every device."""
    await sessions.revoke_all_sessions(session, tokens.account_holder(identity))
    sessions.clear_session_cookies(response)


@router.get("/providers")
async def list_providers(request: Request) -> list[ProviderOut]:
    """Public: the configured single sign-on providers, for the sign-in page's buttons."""
    return [
        ProviderOut(
            name=name,
            label=name.replace("-", " ").replace("_", " ").title(),
            login_url=f"{router.prefix}/oidc/{name}/login",
        )
        for name in sorted(oidc.providers(_settings(request)))
    ]


@router.get("/oidc/{provider}/login", status_code=status.HTTP_302_FOUND)
async def oidc_login(provider: str, request: Request, next: str | None = None) -> RedirectResponse:
    """Start signing in with an OpenID Connect provider (redirects to it)."""
    settings = _settings(request)
    url, state_cookie = await oidc.begin(settings, request.app.state.http, provider, next)
    response = RedirectResponse(url, status_code=status.HTTP_302_FOUND)
    response.set_cookie(
        oidc.STATE_COOKIE,
        state_cookie,
        max_age=oidc.STATE_TTL_SECONDS,
        httponly=True,
        samesite="lax",
        secure=settings.secure_cookies,
        path="/api/v1/auth/oidc",
    )
    return response


@router.get("/oidc/{provider}/callback", status_code=status.HTTP_303_SEE_OTHER)
async def oidc_callback(
    provider: str,
    request: Request,
    session: SessionDep,
    code: str | None = None,
    state: str | None = None,
    error: str | None = None,
) -> RedirectResponse:
    """The provider sends the browser back here; we sign the user in and redirect on."""
    settings = _settings(request)
    claims = await oidc.finish(
        settings,
        request.app.state.http,
        provider,
        code=code,
        state=state,
        error=error,
        cookie=request.cookies.get(oidc.STATE_COOKIE),
    )
    user, created = await oidc.user_for(session, settings, provider, claims)
    if created:
        await _welcome(session, settings, user)
    token, expires = await sessions.start_session(
        session, settings, user, request.headers.get("user-agent")
    )
    response = RedirectResponse(claims.next_url, status_code=status.HTTP_303_SEE_OTHER)
    sessions.set_session_cookies(response, settings, token, expires)
    response.delete_cookie(oidc.STATE_COOKIE, path="/api/v1/auth/oidc")
    return response
