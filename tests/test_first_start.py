"""First start: the first admin and the default org, once."""

from __future__ import annotations

import stat

from mission_control import bootstrap
from mission_control.core.config import DeploymentMode
from mission_control.core.db import Database
from tests.conftest import make_settings


async def test_generated_password_is_printed_once_and_kept_private(app_url, tmp_path, capsys):
    settings = make_settings(
        app_url,
        tmp_path,
        bootstrap_email=None,
        bootstrap_password=None,
        deployment_mode=DeploymentMode.SINGLE_TENANT,
    )
    db = Database(app_url)
    try:
        first = await bootstrap.first_start(db, settings)
        again = await bootstrap.first_start(db, settings)
    finally:
        await db.dispose()
    assert first.created and first.password and first.org_slug == "default"
    assert first.email == bootstrap.DEFAULT_ADMIN_EMAIL
    kept = bootstrap.password_file(settings)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert first.password in kept.read_text()
    assert not again.created and again.password is None and again.password_file == kept
    bootstrap.print_banner(again, "http://127.0.0.1:8000")
    out = capsys.readouterr().out
    assert str(kept) in out and first.password not in out


async def test_bootstrap_env_sets_the_admin_who_can_log_in(make_client):
    client = await make_client(deployment_mode="single-tenant")
    login = await client.post(
        "/api/v1/auth/login", json={"email": "admin@example.com", "password": "admin-password-123"}
    )
    assert login.status_code == 200
    me = (await client.get("/api/v1/users/me")).json()
    assert [(o["slug"], o["role"]) for o in me["orgs"]] == [("default", "owner")]
