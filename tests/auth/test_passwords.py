"""Passwords: argon2id with production parameters in production (tests swap in cheap ones)."""

from __future__ import annotations

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from mission_control.auth import passwords


class TestProductionParameters:
    def test_they_are_argon2id_64_mib_3_passes_4_lanes(self) -> None:
        assert passwords.PRODUCTION == {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
        production = PasswordHash((Argon2Hasher(**passwords.PRODUCTION),))
        hashed = production.hash("correct horse battery")
        assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        assert production.verify("correct horse battery", hashed)
        assert not production.verify("wrong", hashed)

    async def test_a_production_hash_verifies_whatever_parameters_are_in_use(self) -> None:
        hashed = PasswordHash((Argon2Hasher(**passwords.PRODUCTION),)).hash("s3cret-pass")
        assert await passwords.verify_password("s3cret-pass", hashed)
        assert not await passwords.verify_password("other", hashed)
        assert not await passwords.verify_password("s3cret-pass", None)
