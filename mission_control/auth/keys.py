"""API key material: `mc_<prefix>_<secret>` with base62 parts, stored as SHA-256 only."""

from __future__ import annotations

import hashlib
import secrets
import string

BASE62 = string.digits + string.ascii_letters
PREFIX_LENGTH = 8
SECRET_LENGTH = 43  # 43 base62 characters carry 256 bits, at least 32 random bytes


def _base62(length: int) -> str:
    return "".join(secrets.choice(BASE62) for _ in range(length))


def generate_key() -> tuple[str, str, bytes]:
    """A new key: (whole key shown once, public prefix, digest to store)."""
    prefix = _base62(PREFIX_LENGTH)
    key = f"mc_{prefix}_{_base62(SECRET_LENGTH)}"
    return key, prefix, digest_key(key)


def digest_key(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


def looks_like_key(token: str) -> bool:
    parts = token.split("_")
    return (
        len(parts) == 3
        and parts[0] == "mc"
        and len(parts[1]) == PREFIX_LENGTH
        and len(parts[2]) >= 32
        and all(c in BASE62 for c in parts[1] + parts[2])
    )
