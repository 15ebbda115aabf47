"""Org exports: request, follow, download (with Range, to resume)."""

from __future__ import annotations

from typing import Annotated

import pydantic_core
from fastapi import APIRouter, Depends, Header, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from mission_control.auth.principals import Principal, require_tx
from mission_control.auth.scopes import Access
from mission_control.core.db import Record, TxDep
from mission_control.core.schemas import Page
from mission_control.exports import service as exports
from mission_control.exports.schemas import ExportOut

router = APIRouter(prefix="/api/v1/orgs/{org_slug}", tags=["exports"])
Admin = Annotated[Principal, Depends(require_tx("exports", Access.MANAGE))]
Requester = Annotated[Principal, Depends(require_tx("exports", Access.MANAGE, creates=True))]


def _out(request: Request, principal: Principal, row: Record) -> dict[str, object]:
    url = f"/api/v1/orgs/{principal.org_slug}/exports/{row['id']}/download"
    return exports.plain(row, url)


def _json(body: object, status_code: int = 200) -> Response:
    return Response(pydantic_core.to_json(body), status_code, media_type="application/json")


@router.post("/exports", status_code=status.HTTP_202_ACCEPTED, response_model=ExportOut)
async def request_export(request: Request, principal: Requester, tx: TxDep) -> Response:
    """Start a full export of the org (admins); the worker writes it, this answers at once."""
    row = await exports.request_export(tx, principal, request.app.state.settings)
    return _json(_out(request, principal, row), status.HTTP_202_ACCEPTED)


@router.get("/exports", response_model=Page[ExportOut])
async def list_exports(
    request: Request,
    principal: Admin,
    tx: TxDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: str | None = None,
) -> Response:
    rows, next_cursor = await exports.list_exports(tx, limit=limit, cursor=cursor)
    items = [_out(request, principal, row) for row in rows]
    return _json({"items": items, "next_cursor": next_cursor})


@router.get("/exports/{export_id}", response_model=ExportOut)
async def get_export(request: Request, export_id: str, principal: Admin, tx: TxDep) -> Response:
    """An export's status and progress (rows done of the total)."""
    return _json(_out(request, principal, await exports.get_export(tx, export_id)))


@router.get(
    "/exports/{export_id}/download",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"application/zip": {}}, "description": "The zip file."},
        206: {"content": {"application/zip": {}}, "description": "The requested range."},
    },
)
async def download_export(
    request: Request,
    export_id: str,
    principal: Admin,
    tx: TxDep,
    range: Annotated[str | None, Header(description="One byte range, to resume.")] = None,
    if_range: Annotated[str | None, Header()] = None,
) -> StreamingResponse:
    """The export's zip, streamed; `Range: bytes=N-` resumes a broken download."""
    row = await exports.get_export(tx, export_id)
    exports.downloadable(row)
    etag = f'"{row["sha256"]}"'
    size = int(row["size_bytes"])
    part = exports.span(range, size, if_range, etag)
    name = f"{principal.org_slug}-export-{row['id']}.zip"
    headers = {
        "Accept-Ranges": "bytes",
        "ETag": etag,
        "Content-Length": str(part.end - part.start + 1),
        "Content-Disposition": f'attachment; filename="{name}"',
        "Cache-Control": "private, no-store",
    }
    if part.partial:
        headers["Content-Range"] = f"bytes {part.start}-{part.end}/{size}"
    return StreamingResponse(
        exports.read(request.app.state.settings, row, part),
        status_code=206 if part.partial else 200,
        headers=headers,
        media_type="application/zip",
    )
