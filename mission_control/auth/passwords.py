"""Argon2 password hashing, off the event loop (a hash costs tens of milliseconds)."""

from __future__ import annotations

from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher
from starlette.concurrency import run_in_threadpool

_hasher = PasswordHash((Argon2Hasher(),))
# Verified against when the email is unknown, so both paths cost the same.
_DUMMY_HASH = _hasher.hash("not-a-real-password")

MIN_LENGTH = 8


async def hash_password(password: str) -> str:
    return await run_in_threadpool(_hasher.hash, password)


async def verify_password(password: str, hashed: str | None) -> bool:
    return bool(await run_in_threadpool(_hasher.verify, password, hashed or _DUMMY_HASH)) and (
        hashed is not None
    )
