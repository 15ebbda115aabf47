"""Fractional-index position keys: base62 text that always has a key between two keys.

A key is an integer part followed by an optional fraction. The integer part's
first character says how many digits follow ('a'..'z': 1..26 digits for
non-negative integers, 'Z'..'A': 1..26 digits for negative ones), so appending
at either end grows keys logarithmically. The fraction never ends in '0', which
guarantees room between any two distinct keys. The digits 0-9A-Za-z are in
ASCII order, so keys sort correctly byte-wise (PostgreSQL `COLLATE "C"`).
"""

from __future__ import annotations

from typing import Any

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BASE = len(DIGITS)
_INDEX = {c: i for i, c in enumerate(DIGITS)}
FIRST = "a0"


class InvalidKey(ValueError):
    """A string that is not a position key."""


def _integer_length(head: str) -> int:
    if "a" <= head <= "z":
        return ord(head) - ord("a") + 2
    if "A" <= head <= "Z":
        return ord("Z") - ord(head) + 2
    raise InvalidKey(f"bad head character {head!r}")


def _split(key: str) -> tuple[str, str]:
    if not key:
        raise InvalidKey("empty key")
    size = _integer_length(key[0])
    integer, fraction = key[:size], key[size:]
    if len(integer) < size or any(c not in _INDEX for c in key[1:]):
        raise InvalidKey(f"malformed key {key!r}")
    if fraction.endswith("0"):
        raise InvalidKey(f"fraction of {key!r} ends in 0")
    return integer, fraction


def _middle(low: str, high: str | None) -> str:
    """A fraction strictly between `low` and `high` (None is 1); neither ends in '0'."""
    if high is not None:
        shared = 0
        while shared < len(high) and (low[shared] if shared < len(low) else "0") == high[shared]:
            shared += 1
        if shared:
            return high[:shared] + _middle(low[shared:], high[shared:])
    lo = _INDEX[low[0]] if low else 0
    hi = _INDEX[high[0]] if high is not None else BASE
    if hi - lo > 1:
        return DIGITS[(lo + hi + 1) // 2]
    # Adjacent digits: take low's digit and find room after the rest of low.
    if high is not None and len(high) > 1:
        return high[0]
    return DIGITS[lo] + _middle(low[1:], None)


def _increment(integer: str) -> str | None:
    head, digits = integer[0], list(integer[1:])
    for i in range(len(digits) - 1, -1, -1):
        value = _INDEX[digits[i]] + 1
        if value < BASE:
            digits[i] = DIGITS[value]
            return head + "".join(digits)
        digits[i] = "0"
    if head == "Z":
        return "a0"
    if head == "z":
        return None
    nxt = chr(ord(head) + 1)
    if nxt > "a":
        digits.append("0")
    else:
        digits.pop()
    return nxt + "".join(digits)


def _decrement(integer: str) -> str | None:
    head, digits = integer[0], list(integer[1:])
    for i in range(len(digits) - 1, -1, -1):
        value = _INDEX[digits[i]] - 1
        if value >= 0:
            digits[i] = DIGITS[value]
            return head + "".join(digits)
        digits[i] = "z"
    if head == "a":
        return "Zz"
    if head == "A":
        return None
    prev = chr(ord(head) - 1)
    if prev < "Z":
        digits.append("z")
    else:
        digits.pop()
    return prev + "".join(digits)


def key_between(low: str | None, high: str | None) -> str:
    """A key that sorts strictly after `low` and before `high` (None: open end)."""
    if low is not None and high is not None and low >= high:
        raise InvalidKey(f"{low!r} is not below {high!r}")
    if low is None and high is None:
        return FIRST
    if low is None:
        assert high is not None
        integer, fraction = _split(high)
        if fraction:
            return integer
        smaller = _decrement(integer)
        return smaller if smaller is not None else integer + _middle("", fraction)
    low_integer, low_fraction = _split(low)
    if high is None:
        bigger = _increment(low_integer)
        return bigger if bigger is not None else low_integer + _middle(low_fraction, None)
    high_integer, high_fraction = _split(high)
    if low_integer == high_integer:
        return low_integer + _middle(low_fraction, high_fraction)
    bigger = _increment(low_integer)
    if bigger is not None and bigger < high:
        return bigger
    return low_integer + _middle(low_fraction, None)


# Appending at the end of a column that is not locked, two writers may read the same last
# key; the card's number (unique in its project, whose board the column is) is appended as
# a fixed-width decimal fraction ending in 'V', so their keys differ and keep creation
# order. Decimal digits are base62 digits in order; the width fits any task number.
NUMBER_WIDTH = 9


def append_key(last: str | None, number: int) -> str:
    """A key after `last` for card `number`, distinct from any other card's appended key."""
    return f"{key_between(last, None)}{number:0{NUMBER_WIDTH}d}V"


async def place(
    conn: Any,
    *,
    end: str,
    following: str,
    preceding: str,
    scope: tuple[Any, ...],
    before: str | None,
    after: str | None,
    number: int | None = None,
) -> str:
    """A key after `after` and before `before` in one lane or column, using real neighbours.

    `before`/`after` are the positions of the client's anchor cards; the other side
    is read from the database (`following`: the least key above, `preceding`: the
    greatest below, `end`: the column's last, each taking `scope` then the anchor),
    so ties or a stale client never produce a key outside the gap. A card with a `number`
    appended at the end gets `append_key`.
    """
    if after is not None and before is not None and after < before:
        return key_between(after, before)
    if after is not None:
        upper = await conn.fetchval(following, *scope, after)
        return key_between(after, upper)
    if before is not None:
        lower = await conn.fetchval(preceding, *scope, before)
        return key_between(lower, before)
    last = await conn.fetchval(end, *scope)
    return key_between(last, None) if number is None else append_key(last, number)
