"""`next_action` (one call instead of identity + inbox + list + get) and `wait_for_events`
(a long poll on the org's live hub that never answers the caller's own actions)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from mission_control.auth import policy
from mission_control.auth.principals import Principal
from mission_control.core.db import Conn, Database, Record
from mission_control.events import service as events
from mission_control.events.models import Event
from mission_control.mcp import queries as q
from mission_control.realtime import visibility
from mission_control.realtime.hub import Hub, LiveEvent
from mission_control.tasks import approvals, claims, dependencies
from mission_control.tasks import queries as task_queries
from mission_control.tasks import service as tasks

IDLE_RETRY_SECONDS = 300
LAST_COMMENTS = 5  # handed over with a task: the discussion's latest
REPLAY_PAGE = 500
# What can change what next_action answers: work freed, assigned, blocked or decided.
FREES_WORK = frozenset(
    {"task.created", "task.released", "task.lease_expired", "task.unblocked", "task.restored"}
)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def task_view(task: Record, *, brief: bool = False) -> dict[str, Any]:
    view = {
        "ref": tasks.ref(task),
        "id": str(task["id"]),
        "title": task["title"],
        "status": task["status"],
        "priority": task["priority"],
        "version": task["version"],
        "project_key": task["project_key"],
        "labels": list(task["labels"]),
        "assignee_type": task["assignee_type"],
        "assignee_id": _str(task["assignee_id"]),
        "lease_expires_at": _str(task["lease_expires_at"] and task["lease_expires_at"].isoformat()),
    }
    if not brief:
        view["description"] = task["description"]
    return view


def message_view(message: Record) -> dict[str, Any]:
    return {
        "id": str(message["id"]),
        "author": f"{message['author_type']}:{message['author_id']}",
        "body": message["body"] or "",
        "created_at": message["created_at"].isoformat(),
    }


def approval_view(approval: Record) -> dict[str, Any]:
    return {
        "id": str(approval["id"]),
        "task_ref": approval["task_ref"],
        "status": approval["status"],
    }


async def context(
    conn: Conn, task: Record, reason: str, hint: str, *, action: str | None = None
) -> dict[str, Any]:
    """A task with what working on it needs: open dependencies, a pending approval."""
    deps: list[Record] = []
    if task["dependency_count"]:
        deps = await dependencies.list_dependencies(conn, str(task["id"]))
    approval = None
    if task["status"] == "review":
        approval = await conn.fetchrow(task_queries.PENDING_APPROVAL, task["id"])
    comments: list[Record] = []
    if task.get("discussed", True):  # a claim says whether there is a discussion yet
        comments = list(await conn.fetch(q.LAST_COMMENTS, task["id"], LAST_COMMENTS))
    return {
        "reason": reason,
        "next_hint": hint,
        "action": action,
        "task": task_view(task),
        "depends_on": [
            {"ref": tasks.ref(d), "title": d["title"], "status": d["status"]} for d in deps
        ],
        "approval": approval_view(approval) if approval is not None else None,
        "comments": [message_view(m) for m in reversed(comments)],
    }


async def _mine(
    conn: Conn, principal: Principal, statuses: list[str], project: str | None
) -> Record | None:
    rows, _ = await tasks.list_tasks(
        conn,
        tasks.TaskFilter(project_key=project, statuses=statuses, assignee_id=principal.actor.id),
        limit=1,
        cursor=None,
    )
    return rows[0] if rows else None


async def next_action(
    conn: Conn,
    principal: Principal,
    *,
    claim: bool,
    project: str | None,
    parent: uuid.UUID | None,
) -> dict[str, Any]:
    """What the caller should do now, in one answer; `idle` writes nothing."""
    me = principal.actor
    held = await _mine(conn, principal, ["in_progress"], project)
    if held is not None:
        return await context(
            conn, held, "continue", "Continue this task; complete or release it.", action="continue"
        )
    if principal.scopes is not None and policy.covered("approvals:decide", principal.scopes):
        rows, _ = await approvals.list_approvals(conn, status="pending", limit=20, cursor=None)
        pending = next((a for a in rows if a["requested_by_id"] != me.id), None)
        if pending is not None:
            task = await tasks.get_task(conn, str(pending["task_id"]))
            answer = await context(
                conn, task, "review", "Review it, then decide_approval.", action="review"
            )
            answer["approval"] = approval_view(pending)
            return answer
    mention = await conn.fetchrow(q.UNREAD_MENTION, me.type, me.id)
    if mention is not None:
        # Handed over once: the mention is read from now on.
        await conn.execute(q.MARK_READ, mention["id"])
        event = mention["event"]
        payload = event.get("payload") or {}
        return {
            "reason": "mention",
            "action": "answer_mention",
            "next_hint": "You were mentioned: answer it, then next_action.",
            "mention": {
                "type": event.get("type"),
                "ref": payload.get("ref") or payload.get("task_ref"),
                "channel_id": _str(payload.get("channel_id")),
                "message_id": _str(event.get("entity_id")),
                "body": str(payload.get("body") or "")[:2000],
            },
        }
    if claim:
        claimed = await claims.claim_next(
            conn, me, project_key=project, labels=None, min_priority=None, parent_id=parent
        )
        if claimed is not None:
            return await context(
                conn,
                claimed,
                "claimed",
                "Claimed for you: work on it, then complete.",
                action="start",
            )
    waiting = await _mine(conn, principal, ["review"], project)
    if waiting is not None:
        answer = await context(
            conn,
            waiting,
            "approval_pending",
            "Waiting on approval: end the turn now.",
            action="wait_approval",
        )
        if answer["approval"] is not None:
            return answer
    return {
        "reason": "idle",
        "action": "idle",
        "next_hint": "Nothing to do: end the turn now (or wait_for_events).",
        "retry_after_seconds": IDLE_RETRY_SECONDS,
    }


# --- wait_for_events ----------------------------------------------------------------


def _ids(values: Iterable[Any]) -> set[str]:
    return {str(v) for v in values if v is not None}


def relevant(
    event: LiveEvent | Event, me: uuid.UUID | None, projects: frozenset[uuid.UUID] | None
) -> bool:
    """Whether an event is news for agent `me`: never its own; work freed, its tasks or
    approvals touched, a mention, its sub-agents ended; inside its project limit."""
    if event.actor_id is not None and event.actor_id == me:
        return False
    if projects is not None and event.project_id not in projects:
        return False
    payload = event.payload or {}
    mine = str(me)
    if event.type in FREES_WORK or event.type.startswith("approval."):
        return True
    after = payload.get("after") or {}
    before = payload.get("before") or {}
    if event.entity_type == "task" and mine in _ids(
        (
            after.get("assignee_id"),
            before.get("assignee_id"),
            (payload.get("holder") or {}).get("id"),
        )
    ):
        return True
    if event.type == "task.status_changed" and after.get("status") == "todo":
        return True
    mentions = payload.get("mentions") or []
    if any(isinstance(m, dict) and str(m.get("id")) == mine for m in mentions):
        return True
    return event.type.startswith("subagent.") and str(payload.get("parent_id")) == mine


def frees_work(event: LiveEvent | Event) -> bool:
    """Whether an event may have made a task claimable."""
    if event.type in FREES_WORK:
        return True
    after = (event.payload or {}).get("after") or {}
    return event.type == "task.status_changed" and after.get("status") == "todo"


def event_view(event: LiveEvent | Event) -> dict[str, Any]:
    payload = event.payload or {}
    ref = payload.get("ref") or payload.get("task_ref")
    actor_type = getattr(event, "actor_type", None)
    actor = f"{actor_type}:{event.actor_id}" if actor_type else _str(event.actor_id)
    return {"id": event.id, "type": event.type, "ref": ref, "actor": actor}


async def wait_for_events(
    db: Database,
    hub: Hub,
    principal: Principal,
    *,
    cursor: int | None,
    seconds: float,
    take_work: Callable[[], Awaitable[dict[str, Any] | None]] | None = None,
) -> dict[str, Any]:
    """Events after `cursor` that are news for the caller: at once if any are in the log,
    else the first to arrive live, else `timeout` after `seconds`."""
    me = principal.actor.id
    viewer = visibility.viewer_of(principal)
    projects = await visibility.limited_project_ids(db, principal)
    subscriber = await hub.subscribe(principal.org_id, viewer, events.EventFilter())
    found: list[dict[str, Any]] = []
    try:
        last = cursor if cursor is not None else subscriber.start_cursor
        if cursor is not None:
            last = await _replay(db, principal, last, me, projects, found)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while True:
            if found and take_work is not None and any(e["frees"] for e in found):
                # Work freed up: take it now; if someone was faster, that news is spent.
                claimed = await take_work()
                if claimed is not None:
                    return {**claimed, "events": _shown(found), "cursor": last}
                found[:] = [e for e in found if not e["frees"]]
            if found:
                break
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            await subscriber.wait(remaining)
            if subscriber.lagged:
                subscriber.lagged = False
                subscriber.take()
                last = await _replay(db, principal, last, me, projects, found)
                continue
            news = [
                item for item in subscriber.take() if isinstance(item, LiveEvent) and item.id > last
            ]
            for item in news:
                last = max(last, item.id)
            shown = [e for e in news if relevant(e, me, projects)]
            if shown and any(visibility.private_channel(e.payload) for e in shown):
                async with db.session(org_id=principal.org_id) as session:
                    shown = await visibility.visible(session, viewer, shown)
            found.extend({**event_view(e), "frees": frees_work(e)} for e in shown)
    finally:
        hub.unsubscribe(subscriber)
    if found:
        return {
            "reason": "events",
            "next_hint": "Something changed: call next_action.",
            "events": _shown(found),
            "cursor": last,
        }
    return {
        "reason": "timeout",
        "next_hint": "Nothing new: end the turn, or wait again with this cursor.",
        "events": [],
        "cursor": last,
    }


def _shown(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k != "frees"} for e in found]


async def _replay(
    db: Database,
    principal: Principal,
    after: int,
    me: uuid.UUID | None,
    projects: frozenset[uuid.UUID] | None,
    found: list[dict[str, Any]],
) -> int:
    """Read the log after `after` into `found` (news only); the new cursor."""
    viewer = visibility.viewer_of(principal)
    while True:
        async with db.session(org_id=principal.org_id) as session:
            rows = await events.events_after(session, events.EventFilter(), after, REPLAY_PAGE)
            news = [row for row in rows if relevant(row, me, projects)]
            shown = await visibility.visible(session, viewer, news)
        found.extend({**event_view(e), "frees": frees_work(e)} for e in shown)
        if rows:
            after = rows[-1].id
        if len(rows) < REPLAY_PAGE or found:
            return after
