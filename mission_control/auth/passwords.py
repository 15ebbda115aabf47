"""Argon2 password hashing, off the event loop (a hash costs tens of milliseconds)."""

from __future__ import annotations

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from starlette.concurrency import run_in_threadpool

# Production parameters (argon2id, 64 MiB, 3 passes, 4 lanes: pwdlib's defaults, RFC 9106's
# second recommendation). Tests swap in cheap ones with `use_parameters` to run fast.
PRODUCTION: dict[str, int] = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
MIN_LENGTH = 8

_hasher = PasswordHash((Argon2Hasher(time_cost=3, memory_cost=65536, parallelism=4),))
_dummy_hash: str | None = None


def use_parameters(*, time_cost: int, memory_cost: int, parallelism: int) -> None:
    """Hash new passwords with these parameters (existing hashes keep verifying)."""
    global _hasher, _dummy_hash
    _hasher = PasswordHash(
        (Argon2Hasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism),)
    )
    _dummy_hash = None


def _dummy() -> str:
    # Verified against when the email is unknown, so both paths cost the same.
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("not-a-real-password")
    return _dummy_hash


def hasher() -> PasswordHash:
    return _hasher


async def hash_password(password: str) -> str:
    return await run_in_threadpool(_hasher.hash, password)


async def verify_password(password: str, hashed: str | None) -> bool:
    return bool(await run_in_threadpool(_hasher.verify, password, hashed or _dummy())) and (
        hashed is not None
    )
