"""OpenID Connect sign-in (authorization code with PKCE) against configured providers.

Providers come from the environment: OIDC_<NAME>_CLIENT_ID, OIDC_<NAME>_CLIENT_SECRET and
OIDC_<NAME>_ISSUER (the issuer's /.well-known/openid-configuration is read once).
"""

from __future__ import annotations

import os
import re
import secrets
import time
import warnings
from dataclasses import dataclass
from typing import Any

import httpx
import jwt
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from mission_control.core.config import Settings
from mission_control.core.errors import BadRequest, Conflict, Forbidden, NotFound, Unauthorized
from mission_control.users import service as users
from mission_control.users.models import User, UserIdentity

STATE_COOKIE = "mc_oidc"
STATE_TTL_SECONDS = 600
_ENV = re.compile(r"^OIDC_([A-Z0-9]+)_CLIENT_ID$")


class ProviderNotFound(NotFound):
    code = "oidc_provider_not_found"
    message = "No such sign-in provider is configured."


class OidcFailed(Unauthorized):
    code = "oidc_failed"
    message = "Sign-in with the provider failed."


class OidcState(BadRequest):
    code = "oidc_state"
    message = "Sign-in expired or was started elsewhere; try again."


class NoAccount(Forbidden):
    code = "no_account"
    message = "No account matches this sign-in, and sign-up is closed here."


class OidcLinkRaced(Conflict):
    code = "oidc_link_raced"
    message = "This sign-in was set up a moment ago; sign in again."


@dataclass(frozen=True, slots=True)
class Provider:
    name: str
    client_id: str
    client_secret: str
    issuer: str


def providers(settings: Settings) -> dict[str, Provider]:
    """Configured providers: settings.oidc_providers, else the OIDC_<NAME>_* environment."""
    if settings.oidc_providers:
        return {
            name: Provider(name, p["client_id"], p["client_secret"], p["issuer"].rstrip("/"))
            for name, p in settings.oidc_providers.items()
        }
    found = {}
    for key, client_id in os.environ.items():
        match = _ENV.match(key)
        if not match:
            continue
        upper = match.group(1)
        issuer = os.environ.get(f"OIDC_{upper}_ISSUER")
        secret = os.environ.get(f"OIDC_{upper}_CLIENT_SECRET", "")
        if issuer:
            found[upper.lower()] = Provider(upper.lower(), client_id, secret, issuer.rstrip("/"))
    return found


def provider(settings: Settings, name: str) -> Provider:
    try:
        return providers(settings)[name]
    except KeyError as exc:
        raise ProviderNotFound() from exc


_metadata: dict[str, tuple[float, dict[str, Any]]] = {}


def _oauth_client(**kwargs: Any) -> Any:
    # Authlib warns at import about its httpx integration's future; import it when used.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from authlib.integrations.httpx_client import AsyncOAuth2Client

    return AsyncOAuth2Client(**kwargs)


async def _discover(http: httpx.AsyncClient, issuer: str) -> dict[str, Any]:
    cached = _metadata.get(issuer)
    if cached and time.monotonic() - cached[0] < 3600:
        return cached[1]
    try:
        response = await http.get(f"{issuer}/.well-known/openid-configuration")
        response.raise_for_status()
        meta: dict[str, Any] = response.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise OidcFailed("The sign-in provider could not be reached.") from exc
    _metadata[issuer] = (time.monotonic(), meta)
    return meta


def redirect_uri(settings: Settings, name: str) -> str:
    return f"{settings.public_url.rstrip('/')}/api/v1/auth/oidc/{name}/callback"


def _safe_next(next_url: str | None) -> str:
    # Only same-site paths: never an open redirect to another host.
    if next_url and next_url.startswith("/") and not next_url.startswith("//"):
        return next_url
    return "/"


async def begin(
    settings: Settings, http: httpx.AsyncClient, name: str, next_url: str | None
) -> tuple[str, str]:
    """The provider's authorization URL, and the signed state cookie to set."""
    chosen = provider(settings, name)
    meta = await _discover(http, chosen.issuer)
    state, nonce = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    verifier = secrets.token_urlsafe(48)
    client = _oauth_client(
        client_id=chosen.client_id,
        redirect_uri=redirect_uri(settings, name),
        scope="openid email profile",
        code_challenge_method="S256",
    )
    url, _ = client.create_authorization_url(
        meta["authorization_endpoint"], state=state, code_verifier=verifier, nonce=nonce
    )
    cookie = jwt.encode(
        {
            "provider": name,
            "state": state,
            "nonce": nonce,
            "verifier": verifier,
            "next": _safe_next(next_url),
            "exp": int(time.time()) + STATE_TTL_SECONDS,
        },
        settings.resolved_secret_key(),
        algorithm="HS256",
    )
    return url, cookie


@dataclass(frozen=True, slots=True)
class Claims:
    subject: str
    email: str | None
    email_verified: bool
    name: str | None
    next_url: str


async def finish(
    settings: Settings,
    http: httpx.AsyncClient,
    name: str,
    *,
    code: str | None,
    state: str | None,
    error: str | None,
    cookie: str | None,
) -> Claims:
    """Check the state, exchange the code, verify the ID token; return its claims."""
    chosen = provider(settings, name)
    if error:
        raise OidcFailed(f"The provider refused sign-in: {error[:100]}.")
    try:
        saved = jwt.decode(cookie or "", settings.resolved_secret_key(), algorithms=["HS256"])
    except jwt.PyJWTError as exc:
        raise OidcState() from exc
    if not code or not state or saved.get("provider") != name or saved.get("state") != state:
        raise OidcState()
    meta = await _discover(http, chosen.issuer)
    client = _oauth_client(
        client_id=chosen.client_id,
        client_secret=chosen.client_secret,
        redirect_uri=redirect_uri(settings, name),
        token_endpoint_auth_method="client_secret_post",  # noqa: S106 (a method name)
    )
    try:
        token = await client.fetch_token(
            meta["token_endpoint"], code=code, code_verifier=saved["verifier"]
        )
        jwks = (await http.get(meta["jwks_uri"])).json()
    except Exception as exc:  # the provider's errors come in many shapes; none reach the user
        raise OidcFailed("The provider did not accept the sign-in code.") from exc
    finally:
        await client.aclose()
    claims = _verify_id_token(token.get("id_token"), jwks, chosen, saved["nonce"])
    return Claims(
        subject=str(claims["sub"]),
        email=claims.get("email"),
        email_verified=bool(claims.get("email_verified")),
        name=claims.get("name"),
        next_url=saved["next"],
    )


def _verify_id_token(
    id_token: str | None, jwks: dict[str, Any], chosen: Provider, nonce: str
) -> dict[str, Any]:
    if not id_token:
        raise OidcFailed("The provider sent no ID token.")
    try:
        header = jwt.get_unverified_header(id_token)
        keys = jwt.PyJWKSet.from_dict(jwks)
        key = next(k for k in keys.keys if k.key_id == header.get("kid") or len(keys.keys) == 1)
        claims: dict[str, Any] = jwt.decode(
            id_token,
            key.key,
            algorithms=["RS256", "ES256", "PS256", "EdDSA"],
            audience=chosen.client_id,
            issuer=chosen.issuer,
            options={"require": ["exp", "iat", "sub", "iss", "aud"]},
        )
    except (jwt.PyJWTError, StopIteration, KeyError, ValueError) as exc:
        raise OidcFailed("The provider's ID token did not verify.") from exc
    if claims.get("nonce") != nonce:
        raise OidcFailed("The provider's ID token was not made for this sign-in.")
    return claims


async def user_for(
    session: AsyncSession, settings: Settings, name: str, claims: Claims
) -> tuple[User, bool]:
    """The account for these claims: linked before, linked now by verified email, or new."""
    linked = await _linked_user(session, name, claims.subject)
    if linked is not None:
        return linked, False
    user = None
    if claims.email and claims.email_verified:
        user = await users.get_by_email(session, claims.email)
    created = False
    if user is None:
        if not settings.signup_open or not claims.email or not claims.email_verified:
            raise NoAccount()
        user = await users.create_user(
            session, email=claims.email, password=None, display_name=claims.name
        )
        created = True
    try:
        async with session.begin_nested():
            session.add(UserIdentity(user_id=user.id, provider=name, subject=claims.subject))
            await session.flush()
    except IntegrityError as exc:
        # A concurrent first sign-in of the same person linked it a moment ago: use that.
        linked = await _linked_user(session, name, claims.subject)
        if linked is None or created:
            raise OidcLinkRaced() from exc
        return linked, False
    return user, created


async def _linked_user(session: AsyncSession, name: str, subject: str) -> User | None:
    identity = (
        await session.scalars(
            select(UserIdentity).where(
                UserIdentity.provider == name, UserIdentity.subject == subject
            )
        )
    ).first()
    return await users.get(session, identity.user_id) if identity is not None else None
