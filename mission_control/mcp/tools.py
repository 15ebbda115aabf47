"""The tool catalogue: each tool's schema, annotations and profiles, and what it does.

Every tool calls the domain service a REST route calls, as the key's principal, after
the same `Principal.require` check the route makes; the services apply the rest
(project limits, who may decide or release). Nothing here is a second copy of a rule.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from mission_control.auth.principals import Principal
from mission_control.auth.scopes import Access
from mission_control.chat import service as chat
from mission_control.chat.schemas import MessageCreate
from mission_control.core.db import Database, Record, Tx, limit_to_projects
from mission_control.core.errors import NotFound
from mission_control.mcp import refs, work
from mission_control.mcp import schemas as s
from mission_control.realtime.hub import Hub
from mission_control.search import service as search
from mission_control.subagents import service as subagents
from mission_control.subagents.schemas import SubAgentSpawn
from mission_control.tasks import approvals, claims, dependencies, workflow
from mission_control.tasks import service as tasks
from mission_control.tasks.schemas import TaskCreate, TaskUpdate

CORE = "core"
FULL = "full"
PROFILES = (CORE, FULL)


@dataclass(slots=True)
class Call:
    """One tool call: the caller, its open transaction, and the app's shared parts."""

    principal: Principal
    tx: Tx
    db: Database
    hub: Hub
    secret_key: str


Handler = Callable[[Call, Any], Awaitable[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    description: str
    args: type[BaseModel]
    result: type[BaseModel]
    handler: Handler
    profiles: tuple[str, ...]
    read_only: bool = False
    idempotent: bool = False
    destructive: bool = False
    task_tool: bool = True  # sub-agent keys see only these


def _uuid(value: str, missing: type[NotFound]) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError:
        raise missing() from None


def _ok(reason: str, hint: str, **found: Any) -> dict[str, Any]:
    return {"reason": reason, "next_hint": hint, **found}


# --- identity and work --------------------------------------------------------------


async def whoami(call: Call, _: s.NoArgs) -> dict[str, Any]:
    p = call.principal
    key = p.identity.key
    agent = (key.agent or {}) if key is not None else {}
    return _ok(
        "ok",
        "Call next_action to get work.",
        agent_id=str(p.agent_id) if p.agent_id else None,
        name=agent.get("name"),
        org=p.org_slug,
        scopes=sorted(p.scopes or ()),
        project_keys=list(p.project_keys) if p.project_keys is not None else None,
        parent_id=str(p.parent_id) if p.parent_id else None,
    )


async def next_action(call: Call, args: s.NextActionArgs) -> dict[str, Any]:
    call.principal.require("tasks", Access.WRITE if args.claim else Access.READ)
    return await work.next_action(
        call.tx,
        call.principal,
        claim=args.claim,
        project=args.project,
        parent=call.principal.parent_id,
    )


async def wait_for_events(call: Call, args: s.WaitArgs) -> dict[str, Any]:
    call.principal.require("events", Access.READ)
    # A long poll holds no connection: the call's transaction ends before it waits.
    await call.tx.commit()
    await call.tx.release()
    p = call.principal

    async def take_work() -> dict[str, Any] | None:
        async with call.db.tx(p.org_id) as tx:
            limit_to_projects(tx, p.project_keys)
            task = await claims.claim_next(
                tx, p.actor, project_key=None, labels=None, min_priority=None, parent_id=p.parent_id
            )
            if task is None:
                return None
            return await work.context(
                tx, task, "claimed", "Claimed for you: work on it, then complete.", action="start"
            )

    if args.claim:
        p.require("tasks", Access.WRITE)
    return await work.wait_for_events(
        call.db,
        call.hub,
        p,
        cursor=args.cursor,
        seconds=args.timeout_seconds,
        take_work=take_work if args.claim else None,
    )


async def claim_next(call: Call, args: s.ClaimNextArgs) -> dict[str, Any]:
    call.principal.require("tasks", Access.WRITE)
    task = await claims.claim_next(
        call.tx,
        call.principal.actor,
        project_key=args.project,
        labels=args.labels,
        min_priority=args.min_priority,
        parent_id=call.principal.parent_id,
    )
    if task is None:
        return _ok("no_task", "Nothing claimable: call wait_for_events or end the turn.")
    return await work.context(call.tx, task, "claimed", "Work on it, then complete or release.")


async def claim(call: Call, args: s.TaskArgs) -> dict[str, Any]:
    call.principal.require("tasks", Access.WRITE)
    task, _ = await claims.claim_task(
        call.tx, args.task, call.principal.actor, parent_id=call.principal.parent_id
    )
    return await work.context(call.tx, task, "claimed", "Work on it, then complete or release.")


async def get_task(call: Call, args: s.TaskArgs) -> dict[str, Any]:
    call.principal.require("tasks", Access.READ)
    task = await tasks.get_task(call.tx, args.task)
    return await work.context(call.tx, task, "ok", "Claim it before working on it.")


async def update_task(call: Call, args: s.UpdateArgs) -> dict[str, Any]:
    call.principal.require("tasks", Access.WRITE)
    actor = call.principal.actor
    fields = args.model_dump(exclude_unset=True, exclude={"task", "status", "expected_version"})
    task: Record | None = None
    if fields:
        body = TaskUpdate.model_validate(fields)
        task = await tasks.update_task(
            call.tx, args.task, body, expected_version=args.expected_version, actor=actor
        )
    if args.status is not None:
        expected = None if task is not None else args.expected_version
        task, approval = await workflow.transition_task(
            call.tx, args.task, args.status, expected_version=expected, actor=actor
        )
        if approval is not None:
            return _approval_wait(approval, task)
    if task is None:
        task = await tasks.get_task(call.tx, args.task)
    return _ok("updated", "Carry on; complete when done.", task=work.task_view(task))


def _approval_wait(approval: Record, task: Record) -> dict[str, Any]:
    return _ok(
        "approval_required",
        "Approval pending: end the turn; you are woken when it is decided.",
        approval=work.approval_view(approval),
        task=work.task_view(task),
    )


async def complete(call: Call, args: s.CompleteArgs) -> dict[str, Any]:
    call.principal.require("tasks", Access.WRITE)
    task, approval = await workflow.transition_task(
        call.tx,
        args.task,
        "done",
        expected_version=args.expected_version,
        actor=call.principal.actor,
    )
    if approval is not None:
        return _approval_wait(approval, task)
    if not args.next:
        return _ok("done", "Call next_action for the next task.", task=work.task_view(task))
    after = await work.next_action(
        call.tx, call.principal, claim=True, project=None, parent=call.principal.parent_id
    )
    return _ok("done", after["next_hint"], task=work.task_view(task), next=after)


async def release(call: Call, args: s.ReleaseArgs) -> dict[str, Any]:
    p = call.principal
    p.require("tasks", Access.WRITE)
    task = await claims.release_task(
        call.tx, args.task, args.note, p.actor, may_override=p.allows("tasks", Access.MANAGE)
    )
    return _ok(
        "released", "Back in todo for another agent. Call next_action.", task=work.task_view(task)
    )


async def comment(call: Call, args: s.CommentArgs) -> dict[str, Any]:
    call.principal.require("tasks", Access.WRITE)  # as POST .../tasks/{task}/comments
    posted = await chat.comment(call.tx, call.principal, args.task, MessageCreate(body=args.body))
    return _ok("commented", "Comment only with new evidence.", message=work.message_view(posted))


async def post_message(call: Call, args: s.PostMessageArgs) -> dict[str, Any]:
    call.principal.require("chat", Access.WRITE)
    body = MessageCreate.model_validate(args.model_dump(include={"body", "parent_id"}))
    posted = await chat.post_message(call.tx, call.principal, args.channel_id, body)
    return _ok("posted", "Posted.", message=work.message_view(posted))


async def read_channel(call: Call, args: s.ReadChannelArgs) -> dict[str, Any]:
    call.principal.require("chat", Access.READ)
    rows, older, _ = await chat.list_messages(
        call.tx,
        call.principal,
        args.channel_id,
        limit=args.limit,
        cursor=args.cursor,
        direction="older",
        around=None,
        thread=None,
    )
    hint = "Older: call again with next_cursor." if older else "That is the whole history."
    return _ok("ok", hint, messages=[work.message_view(m) for m in rows], next_cursor=older)


async def search_all(call: Call, args: s.SearchArgs) -> dict[str, Any]:
    # As GET .../search: the service keeps each kind to the scopes and limits that reach it.
    types = ",".join(args.types) if args.types else None
    query = search.Query(args.q, search.parse_types(types), args.project, args.limit, args.cursor)
    rows, next_cursor = await search.search(call.tx, call.principal, query)
    hits = []
    for row in rows:
        found = search.hit(row)
        hits.append({k: found[k] for k in ("type", "id", "title", "snippet", "ref", "channel_id")})
    hint = "Open a task with get_task, a channel with read_channel."
    return _ok("ok", hint, hits=hits, next_cursor=next_cursor)


async def list_tasks(call: Call, args: s.ListTasksArgs) -> dict[str, Any]:
    p = call.principal
    p.require("tasks", Access.READ)
    assignee_id, unassigned = None, False
    if args.assignee == "me":
        assignee_id = p.actor.id
    elif args.assignee == "none":
        unassigned = True
    elif args.assignee is not None:
        assignee_id = _uuid(args.assignee, tasks.TaskNotFound)
    filters = tasks.TaskFilter(
        project_key=args.project,
        statuses=list(args.status) if args.status else None,
        assignee_id=assignee_id,
        unassigned=unassigned,
        label=args.label,
        q=args.q,
    )
    rows, next_cursor = await tasks.list_tasks(
        call.tx, filters, limit=args.limit, cursor=args.cursor
    )
    hint = "More: call again with next_cursor." if next_cursor else "Use get_task or claim by ref."
    return _ok(
        "ok", hint, tasks=[work.task_view(r, brief=True) for r in rows], next_cursor=next_cursor
    )


async def create_task(call: Call, args: s.CreateTaskArgs) -> dict[str, Any]:
    p = call.principal
    p.require("tasks", Access.WRITE)

    async def create() -> dict[str, Any]:
        body = TaskCreate.model_validate(
            args.model_dump(include={"title", "description", "priority", "labels"})
        )
        task = await tasks.create_task(call.tx, args.project, body, p.actor)
        for blocker in args.depends_on or ():
            task, _ = await dependencies.add_dependency(call.tx, str(task["id"]), blocker, p.actor)
        return _ok("created", "Created; agents can claim it.", task=work.task_view(task))

    return await refs.once(call, "create_task", args, create)


async def request_approval(call: Call, args: s.RequestApprovalArgs) -> dict[str, Any]:
    p = call.principal
    p.require("tasks", Access.WRITE)

    async def ask() -> dict[str, Any]:
        task = await tasks.get_for_status(call.tx, args.task, "review")
        tasks.writable(task)
        task, approval = await approvals.request_approval(call.tx, task, p.actor)
        return _approval_wait(approval, task)

    return await refs.once(call, "request_approval", args, ask)


async def decide_approval(call: Call, args: s.DecideArgs) -> dict[str, Any]:
    call.principal.require("tasks", Access.READ)
    decided = await approvals.decide_approval(
        call.tx,
        _uuid(args.approval_id, approvals.ApprovalNotFound),
        approve=args.decision == "approve",
        comment=args.comment,
        principal=call.principal,
    )
    return _ok(
        decided["status"], "Decided. Call next_action.", approval=work.approval_view(decided)
    )


async def spawn_subagent(call: Call, args: s.SpawnArgs) -> dict[str, Any]:
    body = SubAgentSpawn.model_validate(args.model_dump())
    sub, secret = await subagents.spawn(call.tx, call.principal, body)
    return _ok(
        "spawned",
        "Give the key to the sub-agent only; revoke_subagent when it is done.",
        subagent_id=str(sub["id"]),
        status=sub["status"],
        key=secret,
        expires_at=sub["expires_at"].isoformat(),
    )


async def revoke_subagent(call: Call, args: s.RevokeArgs) -> dict[str, Any]:
    sub_id = _uuid(args.subagent_id, subagents.SubAgentNotFound)
    ended = await subagents.end(call.tx, call.principal, sub_id, "revoked", args.reason)
    return _ok(
        "revoked",
        "Its key is refused now; its claims went back to todo.",
        subagent_id=str(ended["id"]),
        status=ended["status"],
    )


TOOLS: tuple[Tool, ...] = (
    Tool(
        "whoami",
        "Your agent, org, scopes and project limit.",
        s.NoArgs,
        s.WhoamiResult,
        whoami,
        PROFILES,
        read_only=True,
        idempotent=True,
    ),
    Tool(
        "next_action",
        "What to do now, with all needed to do it: continue your task, start one (claimed "
        "for you), review, or idle (then end the turn). Call first every turn.",
        s.NextActionArgs,
        s.WorkResult,
        next_action,
        PROFILES,
        idempotent=True,
    ),
    Tool(
        "wait_for_events",
        "Long-poll (max 45 s) for news for you after cursor (never your own actions); claim: "
        "true hands you freed work.",
        s.WaitArgs,
        s.WaitResult,
        wait_for_events,
        PROFILES,
        read_only=True,
        idempotent=True,
    ),
    Tool(
        "claim_next",
        "Claim the most urgent claimable task; answers it with its context.",
        s.ClaimNextArgs,
        s.WorkResult,
        claim_next,
        PROFILES,
    ),
    Tool(
        "get_task",
        "A task with its dependencies and pending approval.",
        s.TaskArgs,
        s.WorkResult,
        get_task,
        PROFILES,
        read_only=True,
        idempotent=True,
    ),
    Tool(
        "update_task",
        "Change fields or status of a task (expected_version: 409 if stale).",
        s.UpdateArgs,
        s.WorkResult,
        update_task,
        PROFILES,
    ),
    Tool(
        "complete",
        "Mark your task done; may answer approval_required (then end the turn). "
        "next: true also answers next_action.",
        s.CompleteArgs,
        s.CompleteResult,
        complete,
        PROFILES,
    ),
    Tool(
        "release",
        "Give your task back to todo with a handoff note.",
        s.ReleaseArgs,
        s.WorkResult,
        release,
        PROFILES,
    ),
    Tool(
        "comment",
        "Comment on a task (only with new evidence; @name mentions).",
        s.CommentArgs,
        s.MessageResult,
        comment,
        PROFILES,
    ),
    Tool(
        "post_message",
        "Post in a channel (parent_id: reply in a thread).",
        s.PostMessageArgs,
        s.MessageResult,
        post_message,
        (FULL,),
        task_tool=False,
    ),
    Tool(
        "read_channel",
        "A channel's latest messages, newest page first (cursor for older).",
        s.ReadChannelArgs,
        s.MessageResult,
        read_channel,
        (FULL,),
        read_only=True,
        idempotent=True,
        task_tool=False,
    ),
    Tool(
        "list_tasks",
        "Tasks by project, status, assignee, label or title text.",
        s.ListTasksArgs,
        s.TaskListResult,
        list_tasks,
        (FULL,),
        read_only=True,
        idempotent=True,
    ),
    Tool(
        "search",
        "Ranked full-text search over projects, tasks and messages.",
        s.SearchArgs,
        s.SearchResult,
        search_all,
        (FULL,),
        read_only=True,
        idempotent=True,
    ),
    Tool(
        "claim",
        "Claim one task by ref. Lost (409)? Do not retry: call next_action.",
        s.TaskArgs,
        s.WorkResult,
        claim,
        (FULL,),
        idempotent=True,
    ),
    Tool(
        "create_task",
        "Create a task (client_ref makes retries safe).",
        s.CreateTaskArgs,
        s.WorkResult,
        create_task,
        (FULL,),
        idempotent=True,
    ),
    Tool(
        "request_approval",
        "Park a task in review until a human approves.",
        s.RequestApprovalArgs,
        s.ApprovalResult,
        request_approval,
        (FULL,),
        idempotent=True,
    ),
    Tool(
        "decide_approval",
        "Approve or reject a pending approval (approvals:decide).",
        s.DecideArgs,
        s.ApprovalResult,
        decide_approval,
        (FULL,),
        task_tool=False,
    ),
    Tool(
        "spawn_subagent",
        "A short-lived sub-agent key, at most your scopes.",
        s.SpawnArgs,
        s.SubagentResult,
        spawn_subagent,
        (FULL,),
        task_tool=False,
    ),
    Tool(
        "revoke_subagent",
        "End a sub-agent now: its key dies, its claims return.",
        s.RevokeArgs,
        s.SubagentResult,
        revoke_subagent,
        (FULL,),
        destructive=True,
        idempotent=True,
        task_tool=False,
    ),
)
BY_NAME = {tool.name: tool for tool in TOOLS}


def shows(tool: Tool, profile: str, principal: Principal | None) -> bool:
    """Whether a caller sees a tool: the profile's, and only task tools for a sub-agent key."""
    sub = principal is not None and principal.parent_id is not None
    return profile in tool.profiles and (tool.task_tool or not sub)


def visible(profile: str, principal: Principal | None) -> list[Tool]:
    """The tools a caller sees, in catalogue order."""
    return [t for t in TOOLS if shows(t, profile, principal)]
