"""Opaque cursors for list paging: base64url JSON that clients must not build themselves."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from mission_control.core.errors import BadRequest


class InvalidCursor(BadRequest):
    code = "invalid_cursor"
    message = "The cursor is not valid; use next_cursor from a previous page."


def encode_cursor(values: dict[str, Any]) -> str:
    raw = json.dumps(values, separators=(",", ":"), default=str).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, required: dict[str, type]) -> dict[str, Any]:
    """Decode and check a cursor has `required` keys of the given types, else InvalidCursor."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise InvalidCursor() from exc
    if not isinstance(values, dict):
        raise InvalidCursor()
    for key, kind in required.items():
        if not isinstance(values.get(key), kind) or isinstance(values.get(key), bool):
            raise InvalidCursor()
    return values
