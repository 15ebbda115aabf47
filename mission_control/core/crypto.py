"""Secrets we must read back (webhook signing secrets), sealed with a key derived from
SECRET_KEY: HKDF-SHA256 per purpose, then AES-256-GCM with a random nonce.

A sealed value is `v1.<urlsafe base64 of nonce || ciphertext || tag>`; the purpose is
bound in as associated data, so a value sealed for one use does not open for another.
The format is versioned: a new one gets `v2.` and `v1.` keeps opening.
"""

from __future__ import annotations

import base64
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

VERSION = "v1."
NONCE_BYTES = 12


class SealBroken(ValueError):
    """The value was not sealed with this SECRET_KEY for this purpose (or is damaged)."""


@lru_cache(maxsize=16)
def _key(secret_key: str, purpose: str) -> AESGCM:
    derived = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"mission-control/{purpose}/v1".encode(),
    ).derive(secret_key.encode())
    return AESGCM(derived)


def seal(plaintext: str, secret_key: str, purpose: str) -> str:
    nonce = os.urandom(NONCE_BYTES)
    sealed = _key(secret_key, purpose).encrypt(nonce, plaintext.encode(), purpose.encode())
    return VERSION + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def unseal(value: str, secret_key: str, purpose: str) -> str:
    if not value.startswith(VERSION):
        raise SealBroken("not a sealed value")
    try:
        raw = base64.urlsafe_b64decode(value[len(VERSION) :].encode("ascii"))
        opened = _key(secret_key, purpose).decrypt(
            raw[:NONCE_BYTES], raw[NONCE_BYTES:], purpose.encode()
        )
    except (InvalidTag, ValueError) as exc:
        raise SealBroken("cannot open this sealed value with this SECRET_KEY") from exc
    return opened.decode()


def is_sealed(value: str) -> bool:
    return value.startswith(VERSION)
