"""The one keyset pagination helper: opaque cursors, checked before any query sees them.

A cursor is the sort key of a page's last row, base64url-encoded JSON. Clients must
not build them, and a hostile one must never reach the database as anything but
values of the expected kinds: integers within PostgreSQL's bigint, uuids, bounded
text without NUL, ISO datetimes. Anything else is 400 `invalid_cursor`.

    after = pagination.decode(cursor, (INT, TEXT, UUID))   # None on the first page
    rows = ... WHERE (status_rank, position, id) > ($1, $2, $3) ... LIMIT limit + 1
    items, next_cursor = pagination.page(rows, limit, lambda r: (r["s"], r["p"], r["id"]))
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from mission_control.core.errors import BadRequest

INT64_MAX = 2**63 - 1
MAX_TEXT = 1000
MAX_CURSOR = 4096


class InvalidCursor(BadRequest):
    code = "invalid_cursor"
    message = "The cursor is not valid; use next_cursor from a previous page."


def _int(value: Any) -> int:
    if (
        not isinstance(value, int)
        or isinstance(value, bool)
        or not -INT64_MAX <= value <= INT64_MAX
    ):
        raise InvalidCursor()
    return value


def _uuid(value: Any) -> uuid.UUID:
    if not isinstance(value, str):
        raise InvalidCursor()
    try:
        return uuid.UUID(value)
    except ValueError:
        raise InvalidCursor() from None


def _text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT or "\x00" in value:
        raise InvalidCursor()
    return value


def _time(value: Any) -> datetime:
    if not isinstance(value, str) or len(value) > 64:
        raise InvalidCursor()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidCursor() from None
    if parsed.tzinfo is None:
        raise InvalidCursor()
    return parsed


Kind = Callable[[Any], Any]
INT: Kind = _int
UUID: Kind = _uuid
TEXT: Kind = _text
TIME: Kind = _time


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def encode(values: Sequence[Any]) -> str:
    raw = json.dumps([_plain(v) for v in values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str | None, kinds: Sequence[Kind]) -> tuple[Any, ...] | None:
    """The sort key a cursor carries, each part checked against its kind; None: first page."""
    if cursor is None:
        return None
    if len(cursor) > MAX_CURSOR:
        raise InvalidCursor()
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise InvalidCursor() from exc
    if not isinstance(values, list) or len(values) != len(kinds):
        raise InvalidCursor()
    return tuple(kind(value) for kind, value in zip(kinds, values, strict=True))


def page[R](
    rows: Sequence[R], limit: int, key: Callable[[R], Sequence[Any]]
) -> tuple[list[R], str | None]:
    """The page (rows read with LIMIT limit + 1) and the cursor of the next one, if any."""
    if len(rows) > limit:
        return list(rows[:limit]), encode(key(rows[limit - 1]))
    return list(rows), None
