"""The `mission-control` command, run as a user would run it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.fixtures.database import Cluster

CLI = [sys.executable, "-m", "mission_control.cli"]


def run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "MIGRATE_DATABASE_URL")
    }
    full_env.update(env or {})
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=120, env=full_env, check=False
    )


@pytest.mark.parametrize(
    "command", ["serve", "migrate", "worker", "create-user", "create-agent-key"]
)
def test_every_command_has_help(command):
    result = run([command, "--help"])
    assert result.returncode == 0
    assert "usage: mission-control" in result.stdout


async def test_serve_refuses_an_unmigrated_database_and_names_the_command(cluster: Cluster):
    conn = await cluster.admin()
    try:
        await conn.execute("DROP DATABASE IF EXISTS mc_empty")
        await conn.execute("CREATE DATABASE mc_empty")
    finally:
        await conn.close()
    result = run(["serve", "--port", "0"], {"DATABASE_URL": cluster.url("mc_empty", app=False)})
    assert result.returncode == 2
    assert "mission-control migrate" in result.stderr
    assert "Traceback" not in result.stderr


def test_migrate_needs_the_owner_url_when_database_url_is_set(app_url):
    result = run(["migrate"], {"DATABASE_URL": app_url})
    assert result.returncode == 2
    assert "MIGRATE_DATABASE_URL" in result.stderr


def test_migrate_is_idempotent(app_url, owner_url):
    result = run(["migrate"], {"DATABASE_URL": app_url, "MIGRATE_DATABASE_URL": owner_url})
    assert result.returncode == 0, result.stderr
    assert "latest schema revision" in result.stdout


async def test_create_user_and_agent_key_then_use_the_key(app_url, make_client):
    client = await make_client(deployment_mode="single-tenant")  # bootstraps the default org
    env = {"DATABASE_URL": app_url}
    user = run(
        ["create-user", "--email", "ops@example.com", "--org", "default", "--role", "admin"], env
    )
    assert user.returncode == 0, user.stderr
    assert "Password (shown once):" in user.stdout
    key = run(["create-agent-key", "--org", "default", "--agent", "builder"], env)
    assert key.returncode == 0, key.stderr
    secret = key.stdout.strip().splitlines()[-1]
    me = await client.get("/api/v1/agents/me", headers={"Authorization": f"Bearer {secret}"})
    assert me.status_code == 200
    assert me.json()["agent"]["name"] == "builder"
    bad = run(["create-agent-key", "--org", "nope", "--agent", "x"], env)
    assert bad.returncode == 2 and "nope" in bad.stderr and "Traceback" not in bad.stderr
