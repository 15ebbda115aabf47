"""Chat routes: channels, members, read positions, messages, task comments, the WebSocket."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

import pydantic_core
from fastapi import APIRouter, Depends, Query, Request, WebSocket, status
from starlette.responses import Response
from starlette.routing import WebSocketRoute

from mission_control.auth.principals import Principal, require_tx
from mission_control.auth.scopes import Access
from mission_control.chat import service as chat
from mission_control.chat import tickets, ws
from mission_control.chat.schemas import (
    ChannelCreate,
    ChannelMemberAdd,
    ChannelMemberOut,
    ChannelOut,
    ChannelUpdate,
    MarkRead,
    MessageCreate,
    MessageOut,
    MessagePage,
    MessageUpdate,
    ReadPosition,
    Ticket,
)
from mission_control.core.db import Record, TxDep
from mission_control.core.schemas import Page

router = APIRouter(prefix="/api/v1/orgs/{org_slug}", tags=["chat"])
Reader = Annotated[Principal, Depends(require_tx("chat", Access.READ))]
Writer = Annotated[Principal, Depends(require_tx("chat", Access.WRITE))]
Creator = Annotated[Principal, Depends(require_tx("chat", Access.WRITE, creates=True))]
TaskReader = Annotated[Principal, Depends(require_tx("tasks", Access.READ))]
TaskCommenter = Annotated[Principal, Depends(require_tx("tasks", Access.WRITE, creates=True))]
Limit = Annotated[int, Query(ge=1, le=200)]


def _json(body: Any, status_code: int = 200) -> Response:
    return Response(pydantic_core.to_json(body), status_code, media_type="application/json")


def _channel(row: Record, status_code: int = 200) -> Response:
    return _json(chat.channel_plain(row), status_code)


def _message(row: Record, status_code: int = 200) -> Response:
    return _json(chat.message_plain(row), status_code)


def _messages(found: tuple[list[Record], str | None, str | None]) -> Response:
    rows, next_cursor, prev_cursor = found
    return _json(
        {
            "items": [chat.message_plain(r) for r in rows],
            "next_cursor": next_cursor,
            "prev_cursor": prev_cursor,
        }
    )


# --- channels -------------------------------------------------------------------------


@router.get("/channels", response_model=Page[ChannelOut])
async def list_channels(
    principal: Reader,
    tx: TxDep,
    limit: Limit = 50,
    cursor: str | None = None,
    project: Annotated[str | None, Query(max_length=10)] = None,
    joined: bool = False,
    archived: bool = False,
) -> Response:
    """Channels the caller may see (public ones, and private ones they are in)."""
    rows, next_cursor = await chat.list_channels(
        tx, principal, project=project, joined=joined, archived=archived, limit=limit, cursor=cursor
    )
    return _json({"items": [chat.channel_plain(r) for r in rows], "next_cursor": next_cursor})


@router.post("/channels", status_code=status.HTTP_201_CREATED, response_model=ChannelOut)
async def create_channel(body: ChannelCreate, principal: Creator, tx: TxDep) -> Response:
    return _channel(await chat.create_channel(tx, principal, body), 201)


@router.get("/channels/{channel_id}", response_model=ChannelOut)
async def get_channel(channel_id: str, principal: Reader, tx: TxDep) -> Response:
    return _channel(await chat.get_channel(tx, principal, channel_id))


@router.patch("/channels/{channel_id}", response_model=ChannelOut)
async def update_channel(
    channel_id: str, body: ChannelUpdate, principal: Writer, tx: TxDep
) -> Response:
    """Rename, change the topic, archive (`archived: true`) or restore."""
    return _channel(await chat.update_channel(tx, principal, channel_id, body))


@router.delete("/channels/{channel_id}", response_model=ChannelOut)
async def archive_channel(channel_id: str, principal: Writer, tx: TxDep) -> Response:
    """Archive: history stays readable; nothing new can be posted."""
    return _channel(await chat.archive_channel(tx, principal, channel_id))


# --- members and read positions -------------------------------------------------------


@router.get("/channels/{channel_id}/members", response_model=Page[ChannelMemberOut])
async def list_members(
    channel_id: str, principal: Reader, tx: TxDep, limit: Limit = 100, cursor: str | None = None
) -> Response:
    rows, next_cursor = await chat.list_members(
        tx, principal, channel_id, limit=limit, cursor=cursor
    )
    items = [
        {f: r[f] for f in ("member_type", "member_id", "name", "last_read_seq", "joined_at")}
        for r in rows
    ]
    return _json({"items": items, "next_cursor": next_cursor})


@router.post("/channels/{channel_id}/members", response_model=ChannelOut)
async def add_member(
    channel_id: str, principal: Writer, tx: TxDep, body: ChannelMemberAdd | None = None
) -> Response:
    """Join a public channel (no body), or add a user or agent (`user_id` / `agent_id`)."""
    return _channel(await chat.add_member(tx, principal, channel_id, body or ChannelMemberAdd()))


@router.delete("/channels/{channel_id}/members", status_code=status.HTTP_204_NO_CONTENT)
async def remove_member(
    channel_id: str,
    principal: Writer,
    tx: TxDep,
    user_id: uuid.UUID | None = None,
    agent_id: uuid.UUID | None = None,
) -> Response:
    """Leave (no query), or remove `user_id` / `agent_id` (the creator or an admin)."""
    if user_id is not None and agent_id is not None:
        raise chat.InvalidMember()
    member = ("user", user_id) if user_id else ("agent", agent_id) if agent_id else None
    await chat.remove_member(tx, principal, channel_id, member)
    return Response(status_code=204)


@router.post("/channels/{channel_id}/read", response_model=ReadPosition)
async def mark_read(
    channel_id: str, principal: Reader, tx: TxDep, body: MarkRead | None = None
) -> Response:
    """Mark the channel read, up to `message_id` or to its newest message."""
    position, unread = await chat.mark_read(
        tx, principal, channel_id, body.message_id if body else None
    )
    return _json({"channel_id": channel_id, "last_read_seq": position, "unread_count": unread})


# --- messages -------------------------------------------------------------------------

Direction = Annotated[
    Literal["older", "newer"],
    Query(description="First page only: from the newest back (older) or the oldest on."),
]


@router.get("/channels/{channel_id}/messages", response_model=MessagePage)
async def list_messages(
    channel_id: str,
    principal: Reader,
    tx: TxDep,
    limit: Limit = 50,
    cursor: str | None = None,
    direction: Direction = "older",
    around: Annotated[uuid.UUID | None, Query(description="Open this message in context.")] = None,
    thread: Annotated[uuid.UUID | None, Query(description="The replies to this message.")] = None,
) -> Response:
    """History: top-level messages (or a thread's replies), paged by cursor either way."""
    return _messages(
        await chat.list_messages(
            tx,
            principal,
            channel_id,
            limit=limit,
            cursor=cursor,
            direction=direction,
            around=around,
            thread=thread,
        )
    )


@router.post(
    "/channels/{channel_id}/messages",
    status_code=status.HTTP_201_CREATED,
    response_model=MessageOut,
)
async def post_message(
    channel_id: str, body: MessageCreate, principal: Creator, tx: TxDep
) -> Response:
    return _message(await chat.post_message(tx, principal, channel_id, body), 201)


@router.patch("/messages/{message_id}", response_model=MessageOut)
async def edit_message(
    message_id: str, body: MessageUpdate, principal: Writer, tx: TxDep
) -> Response:
    return _message(await chat.edit_message(tx, principal, message_id, body))


@router.delete("/messages/{message_id}", response_model=MessageOut)
async def delete_message(message_id: str, principal: Writer, tx: TxDep) -> Response:
    """Soft delete: the answer is the message with its body gone."""
    return _message(await chat.delete_message(tx, principal, message_id))


# --- task comments --------------------------------------------------------------------


@router.get("/tasks/{task}/comments", response_model=MessagePage)
async def list_comments(
    task: str,
    principal: TaskReader,
    tx: TxDep,
    limit: Limit = 50,
    cursor: str | None = None,
    direction: Direction = "newer",
) -> Response:
    """The task's discussion, oldest first by default (empty until the first comment)."""
    return _messages(
        await chat.list_comments(
            tx, principal, task, limit=limit, cursor=cursor, direction=direction
        )
    )


@router.post(
    "/tasks/{task}/comments", status_code=status.HTTP_201_CREATED, response_model=MessageOut
)
async def post_comment(
    task: str, body: MessageCreate, principal: TaskCommenter, tx: TxDep
) -> Response:
    """Comment: a message in the task's channel (made on the first comment)."""
    return _message(await chat.comment(tx, principal, task, body), 201)


# --- the WebSocket --------------------------------------------------------------------


@router.post("/ws/ticket", status_code=status.HTTP_201_CREATED, response_model=Ticket)
async def issue_ticket(request: Request, principal: Reader, tx: TxDep) -> Response:
    """A single-use ticket (valid a few seconds) for clients that can send neither the
    session cookie nor an Authorization header: open `.../ws?ticket=...`."""
    return _json(await tickets.issue(request, tx, principal), 201)


async def chat_socket(websocket: WebSocket) -> None:
    """One socket per client, multiplexing channels (frames as SPEC lists them)."""
    await ws.serve(websocket, websocket.path_params["org_slug"])


# A plain Starlette route: FastAPI's dependency machinery would stay alive (~8 KB) for the
# whole life of every socket, and the socket authenticates itself (ws.serve).
router.routes.append(WebSocketRoute("/api/v1/orgs/{org_slug}/ws", chat_socket, name="chat_socket"))
