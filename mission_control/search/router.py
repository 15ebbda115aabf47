"""Search across projects, tasks and messages."""

from __future__ import annotations

from typing import Annotated

import pydantic_core
from fastapi import APIRouter, Query, Response

from mission_control.auth.principals import TxPrincipal
from mission_control.core.db import TxDep
from mission_control.core.schemas import Page
from mission_control.search import service as search
from mission_control.search.schemas import SearchHit

router = APIRouter(prefix="/api/v1/orgs/{org_slug}", tags=["search"])


@router.get("/search", response_model=Page[SearchHit])
async def search_org(
    principal: TxPrincipal,
    tx: TxDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description='Web search syntax: words, "quoted phrases", -excluded, OR; the last'
            " word also matches as a prefix; a task ref (`MC-42`) finds that task.",
        ),
    ],
    types: Annotated[
        str | None, Query(description="Kinds, comma-separated: project, task, message.")
    ] = None,
    project: Annotated[str | None, Query(description="Only this project (a key).")] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
    cursor: str | None = None,
) -> Response:
    """One ranked list of what the caller may read, with highlighted snippets."""
    query = search.Query(q, search.parse_types(types), project, limit, cursor)
    rows, next_cursor = await search.search(tx, principal, query)
    body = {"items": [search.hit(row) for row in rows], "next_cursor": next_cursor}
    return Response(pydantic_core.to_json(body), media_type="application/json")
