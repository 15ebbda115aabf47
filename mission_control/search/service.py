"""Search: one ranked list across projects, tasks (and messages), only what the caller may read.

Visibility has three layers, all in the one statement: RLS keeps other orgs' rows out,
the principal's role and scopes pick the kinds it may read (a key without `chat:read`
finds no messages), and a key's project limit confines every kind to its projects.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mission_control.auth.principals import Principal
from mission_control.auth.scopes import Access
from mission_control.core import pagination
from mission_control.core.db import Conn, Record, project_limit
from mission_control.core.errors import BadRequest
from mission_control.core.sql import Where
from mission_control.projects import service as projects
from mission_control.search import queries as q

SOURCES: dict[str, q.Source] = {s.kind: s for s in (q.PROJECTS, q.TASKS, q.MESSAGES)}
"""Every searchable kind; a new kind (messages) is one more Source here."""

CANDIDATES = 300
"""Per kind, at most this many matches are ranked (docs/decisions.md, bench/RESULTS.md)."""
WINDOW = 3000
"""Matches are taken first from each kind's newest this many rows."""
PROBE = 1000
"""Older than the window, at most this many rows holding all of the query's words are
checked for its phrases (docs/decisions.md); more than CANDIDATES, so a query without
phrases is never cut by it."""
DENSE = 30
"""A query that this many of the window's rows (1% of it) match, or whose phrases' words
they all hold, takes its matches from the window only (docs/decisions.md)."""

REF = re.compile(r"\s*([A-Za-z][A-Za-z0-9]{1,9})-(\d{1,9})\s*")
# The last word of the query, typed as a plain word (not quoted, not excluded): a prefix.
LAST_WORD = re.compile(r"(?:^|(?<=[\s(]))([^\W_]{1,100})$")
OR_TAIL = re.compile(r"\s(?:or|OR|Or|oR)\s+$")


class InvalidTypes(BadRequest):
    code = "invalid_types"
    message = "Unknown search type."


class EmptyQuery(BadRequest):
    code = "empty_query"
    message = "The query needs at least one word."


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    types: tuple[str, ...] | None
    project: str | None
    limit: int
    cursor: str | None


def parse_types(value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    wanted = tuple(dict.fromkeys(t.strip() for t in value.split(",") if t.strip()))
    unknown = sorted(set(wanted) - set(SOURCES))
    if unknown or not wanted:
        raise InvalidTypes(
            f"Unknown search type: {', '.join(unknown)}.", details={"known": list(SOURCES)}
        )
    return wanted


def tsquery(where: Where, text: str) -> str:
    """The tsquery expression for `text`: websearch syntax ("phrases", -word, OR), the last
    plain word also matching as a prefix (type-ahead: "deplo" finds "deployment")."""
    if not text.strip():
        raise EmptyQuery()
    quotes_open = text.count('"') % 2 == 1
    match = None if quotes_open else LAST_WORD.search(text)
    if match is None or match.group(1).lower() == "or":
        return f"websearch_to_tsquery({q.CONFIG}, {where.param(text)})"
    rest = text[: match.start(1)]
    op = "&&"
    if OR_TAIL.search(" " + rest):
        rest, op = OR_TAIL.sub(" ", " " + rest), "||"
    prefix = f"{match.group(1)}:*"
    return (
        f"(websearch_to_tsquery({q.CONFIG}, {where.param(rest)})"
        f" {op} to_tsquery({q.CONFIG}, {where.param(prefix)}))"
    )


def _kinds(principal: Principal, types: Sequence[str] | None) -> list[q.Source]:
    wanted = types or tuple(SOURCES)
    kinds = [SOURCES[k] for k in wanted if k in SOURCES]
    allowed = [s for s in kinds if principal.allows(s.domain, Access.READ)]
    if kinds and not allowed:
        principal.require(kinds[0].domain, Access.READ)  # raises the scope or role error
    return allowed


def highlighted(text: str | None) -> str:
    """Headline text HTML-escaped, our markers (and nothing from the data) made <mark>."""
    escaped = html.escape(text or "", quote=True)
    return escaped.replace(q.START, "<mark>").replace(q.STOP, "</mark>")


def hit(row: Record) -> dict[str, Any]:
    """A result as SearchHit writes it."""
    number = row["number"]
    return {
        "type": row["kind"],
        "id": row["id"],
        "score": row["score"],
        "title": highlighted(row["title"]),
        "snippet": highlighted(row["snippet"]),
        "project_key": row["project_key"],
        "ref": f"{row['project_key']}-{number}" if number is not None else None,
        "channel_id": row["channel_id"],
        "created_at": row["created_at"],
    }


async def search(conn: Conn, principal: Principal, query: Query) -> tuple[list[Record], str | None]:
    """One ranked page of what the caller may read that matches the query."""
    sources = _kinds(principal, query.types)
    after = pagination.decode(query.cursor, (pagination.INT, pagination.TEXT, pagination.UUID))
    project_id = None
    if query.project is not None:
        project_id = (await projects.get_by_key(conn, query.project))["id"]  # 404 when hidden
    if not sources:
        return [], None
    where = Where()
    expr = tsquery(where, query.text)
    cap, probe, dense = where.param(CANDIDATES), where.param(PROBE), where.param(DENSE)
    words = q.words(expr)
    window = await conn.fetchrow(q.windows([s.table for s in sources], "$1"), WINDOW)
    assert window is not None
    limit_keys = project_limit(conn)
    keys = where.param(list(limit_keys)) if limit_keys is not None else None
    pid = where.param(project_id) if project_id is not None else None

    ctes, hits, details = [], [], []
    for source in sources:
        clauses = _visibility(where, principal, source.kind, keys, pid)
        sql_where = "".join(f" AND {c}" for c in clauses)
        boundary = where.param(window[source.table])
        ctes.append(
            source.hits.format(
                q=expr,
                words=words,
                where=sql_where,
                cap=cap,
                probe=probe,
                dense=dense,
                boundary=boundary,
            )
        )
        hits.append(q.kind_hits(source.kind))
        details.append(source.detail.format(q=expr, page="page"))
        if source.kind == "task":
            ref = REF.fullmatch(query.text)
            if ref is not None:
                key, number = where.param(ref.group(1).upper()), where.param(int(ref.group(2)))
                hits.append(q.REF_HITS.format(key=key, number=number, where=sql_where))
    cursor = ""
    if after is not None:
        score, kind, last_id = after
        cursor = q.AFTER.format(
            score=where.param(score), kind=where.param(kind), id=where.param(last_id)
        )
    limit = where.param(query.limit + 1)
    rows = await conn.fetch(q.statement(ctes, hits, details, cursor, limit), *where.args)
    return pagination.page(rows, query.limit, lambda r: (r["score"], r["kind"], r["id"]))


def _visibility(
    where: Where, principal: Principal, kind: str, keys: str | None, project_id: str | None
) -> list[str]:
    """The clauses that keep a kind inside what the caller may read: the key's project
    limit, the project filter, and for messages the channels the caller may read."""
    clauses: list[str] = []
    if kind == "message":
        more = "".join(
            f" AND {fragment.format(v=value)}"
            for fragment, value in (
                (q.CHANNEL_IN_PROJECTS, keys),
                (q.CHANNEL_IN_PROJECT, project_id),
            )
            if value is not None
        )
        actor = principal.actor
        member_type, member_id = where.param(actor.type), where.param(actor.id)
        clauses.append(q.MESSAGE_CHANNELS.format(type=member_type, id=member_id, more=more))
    if kind == "project":
        if keys is not None:
            clauses.append(q.PROJECT_IN_KEYS.format(v=keys))
        if project_id is not None:
            clauses.append(q.PROJECT_IS.format(v=project_id))
    elif kind == "task":
        if keys is not None:
            clauses.append(q.TASK_IN_PROJECTS.format(v=keys))
        if project_id is not None:
            clauses.append(q.TASK_IN_PROJECT.format(v=project_id))
    return clauses
