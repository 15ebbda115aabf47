"""Composing a statement from fixed fragments, every value a bound `$n` parameter.

Lists and filters vary in which clauses apply; the fragments are constants of the
domain's queries module and only values travel as parameters, so no client input
ever becomes SQL text. Each distinct combination is its own prepared statement.
"""

from __future__ import annotations

from typing import Any


class Where:
    """WHERE clauses from fixed fragments; each `?` in a fragment is the next `$n`."""

    __slots__ = ("args", "clauses")

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.args: list[Any] = []

    def param(self, value: Any) -> str:
        """Bind `value`; its placeholder (`$n`)."""
        self.args.append(value)
        return f"${len(self.args)}"

    def add(self, fragment: str, *values: Any) -> None:
        """Add `fragment`, binding `values` to its `?` placeholders in order."""
        parts = fragment.split("?")
        if len(parts) != len(values) + 1:
            raise ValueError(f"{fragment!r} needs {len(parts) - 1} values, got {len(values)}")
        text = parts[0]
        for value, rest in zip(values, parts[1:], strict=True):
            text += self.param(value) + rest
        self.clauses.append(text)

    @property
    def sql(self) -> str:
        return f" WHERE {' AND '.join(self.clauses)}" if self.clauses else ""
