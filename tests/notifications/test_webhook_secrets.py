"""Webhook secrets are stored sealed with a key derived from SECRET_KEY, never as themselves."""

from __future__ import annotations

import asyncio
import uuid

import asyncpg
import pytest
from alembic import command

from mission_control.core import crypto, migrate
from mission_control.core.db import plain_url
from tests.conftest import make_settings
from tests.fixtures.factories import create_org, signup

PURPOSE = "webhook-secret"
TEST_KEY = "test-secret-key-0123456789abcdef"  # what tests/conftest.py gives every app


async def _stored_secrets(owner_url: str) -> list[str]:
    conn = await asyncpg.connect(plain_url(owner_url))
    try:
        return [r["secret"] for r in await conn.fetch("SELECT secret FROM webhooks")]
    finally:
        await conn.close()


class TestSealed:
    async def test_the_row_holds_a_sealed_secret_that_opens_to_the_one_shown(
        self, make_client, owner_url
    ):
        owner = await signup(await make_client())
        org = (await create_org(owner))["slug"]
        created = await owner.client.post(
            f"/api/v1/orgs/{org}/webhooks", json={"url": "https://93.184.216.34/hook"}
        )
        assert created.status_code == 201, created.text
        secret = created.json()["secret"]
        assert secret.startswith("whsec_") and len(secret) == 6 + 64
        [stored] = await _stored_secrets(owner_url)
        assert secret not in stored and secret[6:] not in stored
        assert crypto.is_sealed(stored)
        assert crypto.unseal(stored, TEST_KEY, PURPOSE) == secret
        with pytest.raises(crypto.SealBroken):
            crypto.unseal(stored, "another-secret-key-entirely-000", PURPOSE)
        listed = (await owner.client.get(f"/api/v1/orgs/{org}/webhooks")).json()["items"]
        assert "secret" not in listed[0]

    def test_seal_is_bound_to_key_and_purpose_and_never_repeats(self):
        first = crypto.seal("whsec_abc", "k1", PURPOSE)
        assert first != crypto.seal("whsec_abc", "k1", PURPOSE)  # random nonce
        assert crypto.unseal(first, "k1", PURPOSE) == "whsec_abc"
        for key, purpose in (("k2", PURPOSE), ("k1", "other-purpose")):
            with pytest.raises(crypto.SealBroken):
                crypto.unseal(first, key, purpose)
        tampered = first[:-2] + ("A" if first[-2] != "A" else "B") + first[-1]
        for value in (tampered, "whsec_plain", "v1.not-base64!!", "v1."):
            with pytest.raises(crypto.SealBroken):
                crypto.unseal(value, "k1", PURPOSE)


class TestMigration:
    async def test_existing_plaintext_secrets_are_sealed_and_unsealed_back(self, cluster, tmp_path):
        name = f"mc_mig_{uuid.uuid4().hex[:12]}"
        admin = await cluster.admin()
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        url = cluster.url(name, app=False)
        key = "migration-test-secret-key-abcdef"

        def alembic(action: str, target: str) -> None:
            config = migrate.alembic_config(url)
            config.attributes["secret_key"] = key
            getattr(command, action)(config, target)

        try:
            await asyncio.to_thread(alembic, "upgrade", "0004_hot_paths")
            conn = await asyncpg.connect(plain_url(url))
            try:
                org = await conn.fetchval(
                    "INSERT INTO organizations (slug, name) VALUES ('m', 'M') RETURNING id"
                )
                plain = ["whsec_" + "a" * 64, "whsec_" + "b" * 64]
                for secret in plain:
                    await conn.execute(
                        "INSERT INTO webhooks (org_id, url, secret, created_by_type)"
                        " VALUES ($1, 'https://93.184.216.34/', $2, 'user')",
                        org,
                        secret,
                    )
                await asyncio.to_thread(alembic, "upgrade", "head")
                sealed = [r["secret"] for r in await conn.fetch("SELECT secret FROM webhooks")]
                assert all(crypto.is_sealed(s) for s in sealed)
                assert sorted(crypto.unseal(s, key, PURPOSE) for s in sealed) == plain
                # A second run finds nothing left to seal.
                await asyncio.to_thread(alembic, "upgrade", "head")
                assert [r["secret"] for r in await conn.fetch("SELECT secret FROM webhooks")] == (
                    sealed
                )
                await asyncio.to_thread(alembic, "downgrade", "0004_hot_paths")
                back = sorted(r["secret"] for r in await conn.fetch("SELECT secret FROM webhooks"))
                assert back == plain
            finally:
                await conn.close()
        finally:
            admin = await cluster.admin()
            try:
                await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            finally:
                await admin.close()

    def test_the_app_settings_key_is_what_seals(self, tmp_path):
        settings = make_settings("postgresql://x@127.0.0.1/x", tmp_path)
        assert settings.resolved_secret_key() == TEST_KEY
