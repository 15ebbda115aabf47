"""Channels, members, read positions and messages: the rules, and the event of every change.

Posting over REST and over the WebSocket is this module's `post_message`: the row and
its `message.posted` event in the caller's transaction, delivered by the realtime hub
only after it commits. A channel's messages take their `seq` from the channel row
(`UPDATE ... RETURNING`), whose lock orders them by commit, so history pages by seq
never shift or skip while new messages arrive.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from mission_control.auth import policy
from mission_control.auth.principals import Principal
from mission_control.chat import queries as q
from mission_control.chat.schemas import (
    ChannelCreate,
    ChannelMemberAdd,
    ChannelUpdate,
    MessageCreate,
    MessageUpdate,
)
from mission_control.core import pagination
from mission_control.core.db import Conn, Record, json_dumps
from mission_control.core.errors import (
    AppError,
    Conflict,
    Forbidden,
    NotFound,
    PayloadTooLarge,
    Unprocessable,
)
from mission_control.core.sql import Where
from mission_control.core.types import Actor, utcnow
from mission_control.events import service as events
from mission_control.projects import service as projects
from mission_control.tasks import service as tasks

MAX_BODY_BYTES = 32 * 1024
MAX_MENTIONS = 50
MENTION = re.compile(r"(?<![\w@.])@([A-Za-z0-9][A-Za-z0-9._+-]{0,63}(?:@[A-Za-z0-9.-]+)?)")
CODE = re.compile(r"```.*?(?:```|$)|`[^`\n]*`", re.DOTALL)


class ChannelNotFound(NotFound):
    code = "channel_not_found"
    message = "Channel not found."


class MessageNotFound(NotFound):
    code = "message_not_found"
    message = "Message not found."


class ChannelNameTaken(Conflict):
    code = "channel_name_taken"
    message = "A channel with this name exists."


class ChannelArchived(Conflict):
    code = "channel_archived"
    message = "The channel is archived; restore it first."


class NotAMember(Conflict):
    code = "not_a_member"
    message = "Join the channel first."


class PrivateChannel(Forbidden):
    code = "private_channel"
    message = "A private channel is joined only by being added by a member."


class NotChannelModerator(Forbidden):
    code = "not_channel_moderator"
    message = "Only the channel's creator or an admin may do this."


class NotMessageAuthor(Forbidden):
    code = "not_message_author"
    message = "Only the author may edit a message."


class MessageDeleted(Conflict):
    code = "message_deleted"
    message = "The message was deleted."


class MessageTooLarge(PayloadTooLarge):
    code = "message_too_large"
    message = f"A message body is at most {MAX_BODY_BYTES} bytes (UTF-8)."


class MemberNotFound(Unprocessable):
    code = "member_not_found"
    message = "Not a user or agent of this organization."


class InvalidMember(Unprocessable):
    code = "invalid_member"
    message = "Name exactly one of user_id or agent_id (or neither, to join yourself)."


class BadParent(Unprocessable):
    code = "bad_parent"
    message = "A reply's parent must be a top-level message of the same channel."


class TaskChannelFixed(Conflict):
    code = "task_channel"
    message = "A task's discussion follows the task; it cannot be renamed or archived."


def _uuid(value: str | uuid.UUID, error: type[NotFound]) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(value)
    except ValueError:
        raise error() from None


def viewer(principal: Principal) -> tuple[str, uuid.UUID]:
    actor = principal.actor
    assert actor.id is not None
    return actor.type, actor.id


# --- shapes ---------------------------------------------------------------------------


def channel_plain(row: Record) -> dict[str, Any]:
    """A channel row as ChannelOut writes it."""
    out = {
        "id": row["id"],
        "name": row["name"],
        "topic": row["topic"],
        "visibility": row["visibility"],
        "project_id": row["project_id"],
        "project_key": row["project_key"],
        "task_id": row["task_id"],
        "task_ref": row["task_ref"],
        "created_by_type": row["created_by_type"],
        "created_by_id": row["created_by_id"],
        "last_seq": row["last_seq"],
        "archived_at": row["archived_at"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "is_member": bool(row["is_member"]),
        "last_read_seq": row["last_read_seq"],
    }
    if "unread" in row:
        out["unread_count"] = row["unread"]
    return out


def message_plain(row: Record) -> dict[str, Any]:
    """A message row as MessageOut writes it (and as its events carry it)."""
    return {
        "id": row["id"],
        "channel_id": row["channel_id"],
        "seq": row["seq"],
        "author": {
            "type": row["author_type"],
            "id": row["author_id"],
            "parent_id": row["author_parent_id"],
        },
        "parent_id": row["parent_id"],
        "reply_count": row["reply_count"],
        "last_reply_at": row["last_reply_at"],
        "body": row["body"],
        "mentions": list(row["mentions"] or []),
        "created_at": row["created_at"],
        "edited_at": row["edited_at"],
        "deleted_at": row["deleted_at"],
    }


def _scope(channel: Record) -> dict[str, Any]:
    """What every event of a channel carries: who may see it, and the task it discusses."""
    out: dict[str, Any] = {
        "channel_id": channel["id"],
        "channel_visibility": channel["visibility"],
    }
    if channel["task_id"] is not None:
        out["task_id"] = channel["task_id"]
        out["task_ref"] = channel["task_ref"]
    return out


def _event(
    conn: Conn,
    channel: Record,
    actor: Actor,
    type: str,
    payload: dict[str, Any],
    *,
    entity: tuple[str, uuid.UUID] | None = None,
) -> None:
    entity_type, entity_id = entity or ("channel", channel["id"])
    events.append(
        conn,
        org_id=channel["org_id"],
        actor=actor,
        type=type,
        entity_type=entity_type,
        entity_id=entity_id,
        project_id=channel["project_id"],
        payload={**_scope(channel), **payload},
    )


# --- channels -------------------------------------------------------------------------


async def get_channel(
    conn: Conn, principal: Principal, channel_id: str | uuid.UUID, *, lock: bool = False
) -> Record:
    """The channel, if the principal may see it (a private one only its members; another
    org's, or outside a key's project limit: not found)."""
    ident = _uuid(channel_id, ChannelNotFound)
    row = await conn.fetchrow(q.BY_ID_FOR_UPDATE if lock else q.BY_ID, ident, *viewer(principal))
    if row is None or not policy.channel_visible(conn, row):
        raise ChannelNotFound()
    return row


def _open(channel: Record) -> None:
    if channel["archived_at"] is not None:
        raise ChannelArchived()


async def _resolve_member(conn: Conn, ident: uuid.UUID) -> tuple[str, uuid.UUID]:
    if await conn.fetchval(q.USER_IN_ORG, ident):
        return "user", ident
    if await conn.fetchval(q.AGENT_IN_ORG, ident):
        return "agent", ident
    raise MemberNotFound(details={"id": str(ident)})


async def _join(
    conn: Conn, channel: Record, actor: Actor, member: tuple[str, uuid.UUID], *, event: bool
) -> bool:
    added = await conn.fetchval(
        q.ADD_MEMBER, channel["org_id"], channel["id"], member[0], member[1], channel["last_seq"]
    )
    if added is not None and event:
        _event(
            conn,
            channel,
            actor,
            "channel.member_added",
            {"member": {"type": member[0], "id": member[1]}},
        )
    return added is not None


async def create_channel(conn: Conn, principal: Principal, body: ChannelCreate) -> Record:
    """A channel, org-wide or a project's; its creator (and `members`) are its members."""
    project_id = None
    if body.project is not None:
        project_id = (await projects.get_by_key(conn, body.project))["id"]
    elif not policy.visible_project(conn, None):
        # A key limited to projects sees no org-wide channel, so it may not make one.
        raise policy.WiderThanMaker("A key limited to projects makes only project channels.")
    members = [await _resolve_member(conn, m) for m in dict.fromkeys(body.members)]
    return await _insert_channel(
        conn, principal, body.name, body.topic, body.visibility, project_id, None, members
    )


async def _insert_channel(
    conn: Conn,
    principal: Principal,
    name: str,
    topic: str,
    visibility: str,
    project_id: uuid.UUID | None,
    task_id: uuid.UUID | None,
    members: list[tuple[str, uuid.UUID]],
) -> Record:
    actor = principal.actor
    ident = await conn.fetchval(
        q.INSERT_CHANNEL,
        principal.org_id,
        name,
        topic,
        visibility,
        project_id,
        task_id,
        actor.type,
        actor.id,
    )
    if ident is None:
        if task_id is not None:  # a concurrent first comment made it: use that one
            row = await conn.fetchrow(q.BY_TASK, task_id, *viewer(principal))
            assert row is not None
            return row
        raise ChannelNameTaken()
    channel = await conn.fetchrow(q.BY_ID, ident, *viewer(principal))
    assert channel is not None
    _event(
        conn,
        channel,
        actor,
        "channel.created",
        {
            "after": {
                "name": name,
                "topic": topic,
                "visibility": visibility,
                "project_id": channel["project_id"],
                "task_id": task_id,
            }
        },
    )
    if task_id is None:
        for member in dict.fromkeys([viewer(principal), *members]):
            await _join(conn, channel, actor, member, event=member != viewer(principal))
        channel = await conn.fetchrow(q.BY_ID, ident, *viewer(principal))
        assert channel is not None
    return channel


async def list_channels(
    conn: Conn,
    principal: Principal,
    *,
    project: str | None,
    joined: bool,
    archived: bool,
    limit: int,
    cursor: str | None,
) -> tuple[list[Record], str | None]:
    """The channels the principal may see (with unread counts for those joined)."""
    where = Where()
    where.param(viewer(principal)[0])
    where.param(viewer(principal)[1])
    policy.limit_channels(conn, where)
    if project is not None:
        where.add("coalesce(tp.key, p.key) = ?", project.upper())
    if joined:
        where.add("m.member_id IS NOT NULL")
    if not archived:
        where.add("c.archived_at IS NULL")
    after = pagination.decode(cursor, (pagination.TIME, pagination.UUID))
    if after is not None:
        where.add("(c.created_at, c.id) > (?, ?)", *after)
    rows = await conn.fetch(q.channel_page(where.sql, where.param(limit + 1)), *where.args)
    return pagination.page(rows, limit, lambda r: (r["created_at"], r["id"]))


async def update_channel(
    conn: Conn, principal: Principal, channel_id: str, body: ChannelUpdate
) -> Record:
    """Rename, change the topic, archive or restore (the creator or an admin)."""
    channel = await get_channel(conn, principal, channel_id, lock=True)
    if not policy.may_moderate(principal, channel):
        raise NotChannelModerator()
    if channel["task_id"] is not None and (body.name is not None or body.archived is not None):
        raise TaskChannelFixed()
    name = body.name if body.name is not None else channel["name"]
    topic = body.topic if body.topic is not None else channel["topic"]
    archived_at = channel["archived_at"]
    if body.archived is not None and body.archived != (archived_at is not None):
        archived_at = utcnow() if body.archived else None
    elif archived_at is not None and (name != channel["name"] or topic != channel["topic"]):
        raise ChannelArchived()
    try:
        await conn.execute(q.UPDATE_CHANNEL, channel["id"], name, topic, archived_at)
    except Exception as exc:
        if getattr(exc, "sqlstate", None) == "23505":
            raise ChannelNameTaken() from None
        raise
    changed = {k: (channel[k], v) for k, v in (("name", name), ("topic", topic)) if channel[k] != v}
    actor = principal.actor
    if changed:
        _event(
            conn,
            channel,
            actor,
            "channel.updated",
            {
                "before": {k: old for k, (old, _) in changed.items()},
                "after": {k: new for k, (_, new) in changed.items()},
            },
        )
    if archived_at != channel["archived_at"]:
        archiving = archived_at is not None
        _event(
            conn,
            channel,
            actor,
            "channel.archived" if archiving else "channel.restored",
            {"before": {"archived": not archiving}, "after": {"archived": archiving}},
        )
    row = await conn.fetchrow(q.BY_ID, channel["id"], *viewer(principal))
    assert row is not None
    return row


async def archive_channel(conn: Conn, principal: Principal, channel_id: str) -> Record:
    """DELETE archives: history stays readable, nothing new is posted."""
    return await update_channel(conn, principal, channel_id, ChannelUpdate(archived=True))


# --- members and read positions -------------------------------------------------------


async def add_member(
    conn: Conn, principal: Principal, channel_id: str, body: ChannelMemberAdd
) -> Record:
    """Join a public channel (no body), or add someone (a member of a private channel may)."""
    channel = await get_channel(conn, principal, channel_id, lock=True)
    _open(channel)
    if body.user_id is not None and body.agent_id is not None:
        raise InvalidMember()
    me = viewer(principal)
    if body.user_id is None and body.agent_id is None:
        member = me
        if channel["visibility"] == "private" and not channel["is_member"]:
            raise PrivateChannel()
    else:
        if channel["visibility"] == "private" and not channel["is_member"]:
            raise PrivateChannel()
        if body.user_id is not None:
            if not await conn.fetchval(q.USER_IN_ORG, body.user_id):
                raise MemberNotFound()
            member = ("user", body.user_id)
        else:
            assert body.agent_id is not None
            if not await conn.fetchval(q.AGENT_IN_ORG, body.agent_id):
                raise MemberNotFound()
            member = ("agent", body.agent_id)
    await _join(conn, channel, principal.actor, member, event=True)
    return await get_channel(conn, principal, channel["id"])


async def remove_member(
    conn: Conn, principal: Principal, channel_id: str, member: tuple[str, uuid.UUID] | None
) -> None:
    """Leave (no member named), or remove someone (the creator or an admin)."""
    channel = await get_channel(conn, principal, channel_id, lock=True)
    target = member or viewer(principal)
    if target != viewer(principal) and not policy.may_moderate(principal, channel):
        raise NotChannelModerator()
    removed = await conn.fetchval(q.REMOVE_MEMBER, channel["id"], *target)
    if removed is None:
        raise NotAMember("Not a member of this channel.")
    _event(
        conn,
        channel,
        principal.actor,
        "channel.member_removed",
        {"member": {"type": target[0], "id": target[1]}},
    )


async def list_members(
    conn: Conn, principal: Principal, channel_id: str, *, limit: int, cursor: str | None
) -> tuple[list[Record], str | None]:
    channel = await get_channel(conn, principal, channel_id)
    after = pagination.decode(cursor, (pagination.TEXT, pagination.UUID))
    start = after or ("", uuid.UUID(int=0))
    rows = await conn.fetch(q.MEMBERS_PAGE, channel["id"], start[0], start[1], limit + 1)
    return pagination.page(rows, limit, lambda r: (r["member_type"], r["member_id"]))


async def _message_in(
    conn: Conn, channel: Record, message_id: uuid.UUID, missing: type[AppError] = MessageNotFound
) -> Record:
    """A message of this channel (a message of another channel is as good as none)."""
    message = await conn.fetchrow(q.MESSAGE_BY_ID, message_id)
    if message is None or message["channel_id"] != channel["id"]:
        raise missing()
    return message


async def mark_read(
    conn: Conn, principal: Principal, channel_id: str, message_id: uuid.UUID | None
) -> tuple[int, int]:
    """Move the member's read position up to a message (or the end); (position, unread)."""
    channel = await get_channel(conn, principal, channel_id)
    if not channel["is_member"]:
        raise NotAMember()
    seq = channel["last_seq"]
    if message_id is not None:
        seq = (await _message_in(conn, channel, message_id))["seq"]
    position = await conn.fetchval(q.MARK_READ, channel["id"], *viewer(principal), seq)
    unread = await conn.fetchval(q.UNREAD_AFTER, channel["id"], position)
    return int(position), int(unread)


# --- messages -------------------------------------------------------------------------


def _check_body(body: str) -> None:
    if len(body) * 4 > MAX_BODY_BYTES and len(body.encode()) > MAX_BODY_BYTES:
        raise MessageTooLarge()


async def resolve_mentions(conn: Conn, channel: Record, body: str) -> list[dict[str, Any]]:
    """The users and agents `@handle`s in the body name (outside code); in a private
    channel only its members can be mentioned."""
    handles = list(dict.fromkeys(m.lower() for m in MENTION.findall(CODE.sub(" ", body))))
    if not handles:
        return []
    rows = await conn.fetch(q.MENTION_CANDIDATES, handles[:MAX_MENTIONS])
    found: dict[tuple[str, uuid.UUID], str] = {}
    for handle in handles:
        for row in rows:
            if handle in (row["handle"], row["email"]):
                found.setdefault((row["type"], row["id"]), handle)
    if channel["visibility"] == "private" and found:
        members = await conn.fetch(q.MEMBER_IDS, channel["id"], [i for _, i in found])
        inside = {(r["member_type"], r["member_id"]) for r in members}
        found = {k: v for k, v in found.items() if k in inside}
    return [{"type": t, "id": i, "handle": h} for (t, i), h in found.items()]


async def post_message(
    conn: Conn, principal: Principal, channel_id: str | uuid.UUID, body: MessageCreate
) -> Record:
    """Post in a channel (REST and WebSocket alike); the `message.posted` event rides along."""
    _check_body(body.body)
    channel = await get_channel(conn, principal, channel_id)
    return await _post(conn, principal, channel, body)


async def _post(conn: Conn, principal: Principal, channel: Record, body: MessageCreate) -> Record:
    _open(channel)
    if body.parent_id is not None:
        parent = await _message_in(conn, channel, body.parent_id, BadParent)
        if parent["parent_id"] is not None:
            raise BadParent()
    mentions = await resolve_mentions(conn, channel, body.body)
    seq = await conn.fetchval(q.NEXT_SEQ, channel["id"])
    actor = principal.actor
    message = await conn.fetchrow(
        q.INSERT_MESSAGE,
        channel["org_id"],
        channel["id"],
        seq,
        actor.type,
        actor.id,
        principal.parent_id,
        body.parent_id,
        body.body,
        json_dumps(mentions),
    )
    assert message is not None
    if body.parent_id is not None:
        await conn.execute(q.COUNT_REPLY, body.parent_id)
    if channel["is_member"]:
        await conn.execute(q.MARK_READ, channel["id"], actor.type, actor.id, seq)
    plain = message_plain(message)
    _event(
        conn,
        channel,
        actor,
        "message.posted",
        {"mentions": mentions, "message": plain},
        entity=("message", message["id"]),
    )
    return message


async def _message_and_channel(
    conn: Conn, principal: Principal, message_id: str
) -> tuple[Record, Record]:
    ident = _uuid(message_id, MessageNotFound)
    message = await conn.fetchrow(q.MESSAGE_FOR_UPDATE, ident)
    if message is None:
        raise MessageNotFound()
    try:
        channel = await get_channel(conn, principal, message["channel_id"])
    except ChannelNotFound:
        raise MessageNotFound() from None
    return message, channel


async def edit_message(
    conn: Conn, principal: Principal, message_id: str, body: MessageUpdate
) -> Record:
    """Change a message's body (its author only); the old body stays in the event log."""
    _check_body(body.body)
    message, channel = await _message_and_channel(conn, principal, message_id)
    actor = principal.actor
    if (message["author_type"], message["author_id"]) != (actor.type, actor.id):
        raise NotMessageAuthor()
    if message["deleted_at"] is not None:
        raise MessageDeleted()
    _open(channel)
    mentions = await resolve_mentions(conn, channel, body.body)
    before = {(m["type"], str(m["id"])) for m in message["mentions"] or []}
    edited = await conn.fetchrow(q.EDIT_MESSAGE, message["id"], body.body, json_dumps(mentions))
    assert edited is not None
    _event(
        conn,
        channel,
        actor,
        "message.edited",
        {
            "mentions": [m for m in mentions if (m["type"], str(m["id"])) not in before],
            "message": message_plain(edited),
            "before": {"body": message["body"]},
            "after": {"body": body.body},
        },
        entity=("message", message["id"]),
    )
    return edited


async def delete_message(conn: Conn, principal: Principal, message_id: str) -> Record:
    """Soft delete: the body goes, the row stays so its thread keeps its shape."""
    message, channel = await _message_and_channel(conn, principal, message_id)
    if not policy.may_delete_message(principal, channel, message):
        raise NotMessageAuthor("Only the author or a channel moderator may delete a message.")
    if message["deleted_at"] is not None:
        return message
    deleted = await conn.fetchrow(q.DELETE_MESSAGE, message["id"])
    assert deleted is not None
    _event(
        conn,
        channel,
        principal.actor,
        "message.deleted",
        {"message": message_plain(deleted)},
        entity=("message", message["id"]),
    )
    return deleted


async def list_messages(
    conn: Conn,
    principal: Principal,
    channel_id: str | uuid.UUID,
    *,
    limit: int,
    cursor: str | None,
    direction: str,
    around: uuid.UUID | None,
    thread: uuid.UUID | None,
) -> tuple[list[Record], str | None, str | None]:
    """A page of history: (items in reading order, next cursor, previous cursor).

    Top-level messages of the channel, or a thread's replies; `older` reads back from the
    newest, `newer` forward; `around` opens a message in context (its thread's if it is a
    reply), items oldest first. Cursors carry the direction and the seq they stop at.
    """
    channel = await get_channel(conn, principal, channel_id)
    return await _history(conn, channel, limit, cursor, direction, around, thread)


async def _history(
    conn: Conn,
    channel: Record,
    limit: int,
    cursor: str | None,
    direction: str,
    around: uuid.UUID | None = None,
    thread: uuid.UUID | None = None,
) -> tuple[list[Record], str | None, str | None]:
    if around is not None:
        return await _around(conn, channel, around, limit)
    scope_id = channel["id"]
    if thread is not None:
        scope_id = (await _message_in(conn, channel, thread))["id"]
    after = pagination.decode(cursor, (pagination.TEXT, pagination.INT, pagination.TEXT))
    if after is not None:
        direction, bound, scoped = after
        if direction not in ("older", "newer") or scoped != str(scope_id):
            raise pagination.InvalidCursor()
    else:
        bound = None
    older = direction == "older"
    rows = await _read(conn, scope_id, thread is not None, older, bound, limit)
    return _paged(rows, limit, older, bound is not None, scope_id)


async def _read(
    conn: Conn, scope_id: uuid.UUID, thread: bool, older: bool, bound: int | None, limit: int
) -> list[Record]:
    if bound is None:
        sql = q.messages_page(thread, older, None, "$2")
        return list(await conn.fetch(sql, scope_id, limit + 1))
    sql = q.messages_page(thread, older, "$2", "$3")
    return list(await conn.fetch(sql, scope_id, bound, limit + 1))


def _cursor(direction: str, seq: int, scope_id: uuid.UUID) -> str:
    return pagination.encode([direction, seq, str(scope_id)])


def _paged(
    rows: list[Record], limit: int, older: bool, resumed: bool, scope_id: uuid.UUID
) -> tuple[list[Record], str | None, str | None]:
    items = rows[:limit]
    more = len(rows) > limit
    forward, back = ("older", "newer") if older else ("newer", "older")
    next_cursor = _cursor(forward, items[-1]["seq"], scope_id) if more and items else None
    prev_cursor = _cursor(back, items[0]["seq"], scope_id) if resumed and items else None
    return items, next_cursor, prev_cursor


async def _around(
    conn: Conn, channel: Record, message_id: uuid.UUID, limit: int
) -> tuple[list[Record], str | None, str | None]:
    target = await _message_in(conn, channel, message_id)
    thread = target["parent_id"] is not None
    scope_id = target["parent_id"] if thread else channel["id"]
    half = limit // 2  # older neighbours; the target and the newer ones fill the rest
    before = await _read(conn, scope_id, thread, True, target["seq"], half)
    after = await _read(conn, scope_id, thread, False, target["seq"], limit - half - 1)
    older_more = len(before) > half
    newer_more = len(after) > limit - half - 1
    older_rows = list(reversed(before[:half]))
    newer_rows = after[: limit - half - 1]
    items = [*older_rows, target, *newer_rows]
    next_cursor = _cursor("newer", items[-1]["seq"], scope_id) if newer_more else None
    prev_cursor = _cursor("older", items[0]["seq"], scope_id) if older_more else None
    return items, next_cursor, prev_cursor


# --- task discussions -----------------------------------------------------------------


async def task_channel(
    conn: Conn, principal: Principal, task_ref: str, *, create: bool
) -> Record | None:
    """A task's discussion channel (public to whoever sees the task), made on first use."""
    task = await tasks.get_task(conn, task_ref)
    row = await conn.fetchrow(q.BY_TASK, task["id"], *viewer(principal))
    if row is not None or not create:
        return row
    return await _insert_channel(
        conn,
        principal,
        tasks.ref(task),
        "",
        "public",
        task["project_id"],
        task["id"],
        [],
    )


async def list_comments(
    conn: Conn,
    principal: Principal,
    task_ref: str,
    *,
    limit: int,
    cursor: str | None,
    direction: str,
) -> tuple[list[Record], str | None, str | None]:
    """A page of a task's discussion (empty until the first comment). The task channel
    is public and the task was read within the caller's limits, so it is not re-read."""
    channel = await task_channel(conn, principal, task_ref, create=False)
    if channel is None:
        return [], None, None
    return await _history(conn, channel, limit, cursor, direction)


async def comment(conn: Conn, principal: Principal, task_ref: str, body: MessageCreate) -> Record:
    """A task comment: a message in the task's channel (made on the first comment)."""
    _check_body(body.body)
    channel = await task_channel(conn, principal, task_ref, create=True)
    assert channel is not None
    return await _post(conn, principal, channel, body)
