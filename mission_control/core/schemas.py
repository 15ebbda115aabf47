"""Base schemas: strict request bodies (unknown fields are 422, text PostgreSQL cannot store
is 422) and the list envelope."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator


def unstorable(value: Any, depth: int = 0) -> str | None:
    """Why `value` (a parsed JSON body or part of one) holds text no column can store, if it
    does: a NUL character, or a lone surrogate (not encodable as UTF-8)."""
    if isinstance(value, str):
        if "\x00" in value:
            return "Text may not contain NUL (\\u0000) characters."
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return "Text must be valid Unicode (no lone surrogates)."
        return None
    if depth > 64:
        return "The body is nested too deeply."
    if isinstance(value, dict):
        items: Any = (*value.keys(), *value.values())
    elif isinstance(value, list | tuple):
        items = value
    else:
        return None
    for item in items:
        found = unstorable(item, depth + 1)
        if found:
            return found
    return None


class RequestModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _storable_text(cls, data: Any) -> Any:
        # One place for every request body: what PostgreSQL's text cannot hold is refused
        # before any field sees it (a NUL would otherwise fail the INSERT: a 500).
        problem = unstorable(data)
        if problem:
            raise ValueError(problem)
        return data


class ResponseModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class Page[T](BaseModel):
    items: list[T]
    next_cursor: str | None
