"""First start: the first admin (and, single-tenant, the default org) on an empty database."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import text

from mission_control.core.config import DeploymentMode, Settings
from mission_control.core.db import Database
from mission_control.core.types import SYSTEM
from mission_control.events import service as events
from mission_control.orgs import service as orgs
from mission_control.users import service as users

DEFAULT_ADMIN_EMAIL = "admin@mission-control.dev"
BOOTSTRAP_LOCK = 0x4D43_0001


@dataclass(frozen=True, slots=True)
class FirstStart:
    created: bool
    email: str | None
    password: str | None  # only when generated now; printed once
    password_file: Path | None
    org_slug: str | None


def password_file(settings: Settings) -> Path:
    return settings.data_dir / "admin-password.txt"


def _keep_password(path: Path, email: str, password: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(f"email: {email}\npassword: {password}\n")


async def ensure_partitions(db: Database, settings: Settings, today: date) -> list[str]:
    """Create this month's event partition and the configured months ahead."""
    async with db.system_session() as session:
        return await events.ensure_partitions(session, today, settings.event_partitions_ahead)


async def first_start(db: Database, settings: Settings) -> FirstStart:
    """Create the first admin if there are no users yet (idempotent, safe to race)."""
    async with db.system_session() as session:
        await session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": BOOTSTRAP_LOCK})
        if await users.count_users(session) > 0:
            path = password_file(settings)
            return FirstStart(False, None, None, path if path.exists() else None, None)
        email = settings.bootstrap_email or DEFAULT_ADMIN_EMAIL
        given = (
            settings.bootstrap_password.get_secret_value() if settings.bootstrap_password else None
        )
        password = given or secrets.token_urlsafe(15)
        admin = await users.create_user(
            session, email=email, password=password, display_name="Admin"
        )
        slug = None
        if settings.deployment_mode is DeploymentMode.SINGLE_TENANT:
            org = await orgs.create_org(
                session,
                slug=settings.default_org_slug,
                name=settings.default_org_name,
                owner=admin,
                actor=SYSTEM,
            )
            slug = org.slug
        kept = None
        if given is None:
            kept = password_file(settings)
            _keep_password(kept, admin.email, password)
        return FirstStart(True, admin.email, None if given else password, kept, slug)


def print_banner(result: FirstStart, url: str | None) -> None:
    """Tell the person at the terminal where the server is and how to sign in."""
    lines = []
    if url:
        lines.append(f"Mission Control is running at {url}")
    if result.created:
        lines.append(f"First admin: {result.email}")
        if result.password:
            lines.append(f"Password (shown once): {result.password}")
            lines.append(f"It is also kept, readable by you only, in {result.password_file}")
        else:
            lines.append("Password: the one in MC_BOOTSTRAP_PASSWORD")
        if result.org_slug:
            lines.append(f"Default organization: {result.org_slug}")
    elif result.password_file is not None:
        lines.append(f"The first admin's login is in {result.password_file}")
    if lines:
        width = max(len(line) for line in lines)
        print("\n" + "=" * width + "\n" + "\n".join(lines) + "\n" + "=" * width, flush=True)
