"""`mc`: Mission Control from the shell, on the SDK. MC_URL and MC_API_KEY say where and who.

Every command takes --json (NDJSON for streams). Exit codes are stable:
0 ok, 1 other error, 2 usage, 3 auth, 4 forbidden, 5 not found, 6 conflict, 7 idle
(nothing to do), 8 rate limited, 9 approval required.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer
from pydantic import BaseModel

from mission_control_sdk import errors
from mission_control_sdk.client import Client, Webhooks

OK, ERROR, USAGE, AUTH, FORBIDDEN, NOT_FOUND, CONFLICT, IDLE, RATE_LIMITED, APPROVAL = range(10)
EXIT_FOR = {
    errors.Unauthorized: AUTH,
    errors.Forbidden: FORBIDDEN,
    errors.NotFound: NOT_FOUND,
    errors.Conflict: CONFLICT,
    errors.RateLimited: RATE_LIMITED,
    errors.ApprovalRequired: APPROVAL,
    errors.BadRequest: USAGE,
    errors.Unprocessable: USAGE,
}

app = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False)
tasks_app = typer.Typer(
    help="Tasks: list, show, create, claim, move, complete.", no_args_is_help=True
)
approvals_app = typer.Typer(help="Approvals: list, approve, reject.")
events_app = typer.Typer(help="The event log.", no_args_is_help=True)
subagents_app = typer.Typer(help="Sub-agents with short-lived keys.", no_args_is_help=True)
webhooks_app = typer.Typer(help="Webhook helpers.", no_args_is_help=True)
mcp_app = typer.Typer(help="MCP registration for agent hosts.", no_args_is_help=True)
chat_app = typer.Typer(help="Chat: post, read, tail.", no_args_is_help=True)
for sub, name in (
    (tasks_app, "tasks"),
    (approvals_app, "approvals"),
    (events_app, "events"),
    (subagents_app, "subagents"),
    (webhooks_app, "webhooks"),
    (mcp_app, "mcp"),
    (chat_app, "chat"),
):
    app.add_typer(sub, name=name)

Json = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_none=True)
    return value


def emit(value: Any, as_json: bool, human: Callable[[Any], str] | None = None) -> None:
    value = _plain(value)
    if as_json or human is None:
        typer.echo(json.dumps(value, default=str))
    else:
        typer.echo(human(value))


def progress(message: str) -> None:
    typer.echo(message, err=True)


def run(action: Callable[[Client], int | None]) -> None:
    """Run with a client; map errors to the stable exit codes (message on stderr)."""
    try:
        with Client() as client:
            code = action(client)
    except errors.MissionControlError as exc:
        typer.echo(f"mc: {exc.code}: {exc.message}", err=True)
        raise typer.Exit(
            next((c for t, c in EXIT_FOR.items() if isinstance(exc, t)), ERROR)
        ) from exc
    except OSError as exc:
        typer.echo(f"mc: cannot reach the server: {exc}", err=True)
        raise typer.Exit(ERROR) from exc
    raise typer.Exit(code or OK)


def _task_line(t: dict[str, Any]) -> str:
    who = f" @{t['assignee_type']}:{str(t.get('assignee_id'))[:8]}" if t.get("assignee_id") else ""
    return f"{t['ref']:<10} {t['status']:<12} {t['priority']:<7} {t['title']}{who}"


@app.command()
def whoami(as_json: Json = False) -> None:
    """The key's agent, org and scopes."""

    def go(c: Client) -> None:
        me = c.whoami()
        emit(
            me,
            as_json,
            lambda m: f"{m['agent']['name']} in {m['org']['slug']} ({', '.join(m['scopes'])})",
        )

    run(go)


@app.command()
def search(
    q: str,
    type_: Annotated[
        list[str] | None, typer.Option("--type", help="project, task, message")
    ] = None,
    project: str | None = None,
    limit: int = 20,
    as_json: Json = False,
) -> None:
    """Ranked full-text search."""

    def go(c: Client) -> None:
        for found in c.search(q, types=type_, project=project, limit=limit).items:
            emit(
                found, as_json, lambda h: f"{h['type']:<8} {h.get('ref') or h['id']}  {h['title']}"
            )

    run(go)


@app.command("next")
def next_cmd(
    wait: Annotated[bool, typer.Option("--wait", help="Block until there is work.")] = False,
    seconds: Annotated[float, typer.Option(help="Per long poll.")] = 45,
    as_json: Json = False,
) -> None:
    """What to do now (claims the best task when starting one); exit 7 when idle."""

    def go(c: Client) -> int:
        answer = c.next_action()
        cursor = None
        while wait and answer.get("action") == "idle":
            progress("idle: waiting for work…")
            waited = c.wait_for_events(cursor=cursor, seconds=seconds, claim=True)
            cursor = waited.get("cursor", cursor)
            if waited.get("task") is not None:
                answer = waited
            elif waited.get("reason") == "events":
                answer = c.next_action()
        emit(
            answer,
            as_json,
            lambda a: (
                f"{a.get('action')}: {a['next_hint']}"
                + (f"\n{_task_line(a['task'])}" if a.get("task") else "")
            ),
        )
        return IDLE if answer.get("action") == "idle" else OK

    run(go)


@tasks_app.command("list")
def tasks_list(
    project: str | None = None,
    status: str | None = None,
    assignee: str | None = None,
    limit: int = 50,
    as_json: Json = False,
) -> None:
    def go(c: Client) -> None:
        page = c.tasks.list(project=project, status=status, assignee=assignee, limit=limit)
        for task in page.items:
            emit(task, as_json, _task_line)

    run(go)


@tasks_app.command("show")
def tasks_show(ref: str, as_json: Json = False) -> None:
    run(
        lambda c: emit(
            c.tasks.get(ref), as_json, lambda t: f"{_task_line(t)}\n\n{t['description']}"
        )
    )


@tasks_app.command("create")
def tasks_create(
    project: str,
    title: str,
    description: str = "",
    priority: str = "none",
    label: Annotated[list[str] | None, typer.Option(help="Repeat for more.")] = None,
    as_json: Json = False,
) -> None:
    def go(c: Client) -> None:
        fields: dict[str, Any] = {"description": description, "priority": priority}
        if label:
            fields["labels"] = label
        emit(c.tasks.create(project, title, **fields), as_json, _task_line)

    run(go)


@tasks_app.command("claim")
def tasks_claim(ref: str, as_json: Json = False) -> None:
    """Claim one task; exit 6 when someone else holds it (do not retry)."""
    run(lambda c: emit(c.tasks.claim(ref), as_json, _task_line))


@tasks_app.command("claim-next")
def tasks_claim_next(project: str | None = None, as_json: Json = False) -> None:
    """The most urgent claimable task, claimed; exit 7 when there is none."""

    def go(c: Client) -> int:
        task = c.tasks.claim_next(project=project)
        if task is None:
            emit({"reason": "no_task"}, as_json, lambda _: "nothing to claim")
            return IDLE
        emit(task, as_json, _task_line)
        return OK

    run(go)


@tasks_app.command("move")
def tasks_move(ref: str, status: str, as_json: Json = False) -> None:
    run(lambda c: emit(c.tasks.move(ref, status), as_json, _task_line))


@tasks_app.command("complete")
def tasks_complete(ref: str, as_json: Json = False) -> None:
    """Done; exit 9 when it needs an approval (it waits in review)."""
    run(lambda c: emit(c.tasks.complete(ref), as_json, _task_line))


@tasks_app.command("comment")
def tasks_comment(ref: str, body: str, as_json: Json = False) -> None:
    """Comment on a task (only with new evidence)."""
    run(lambda c: emit(c.chat.comment(ref, body), as_json, lambda m: f"commented {m['id']}"))


def _message_line(m: dict[str, Any]) -> str:
    author = m.get("author") or {}
    who = f"{author.get('type')}:{str(author.get('id'))[:8]}"
    return f"{m.get('created_at', '')[:19]} {who}: {m.get('body', '')}"


@chat_app.command("post")
def chat_post(channel: str, body: str, as_json: Json = False) -> None:
    run(lambda c: emit(c.chat.post(channel, body), as_json, _message_line))


@chat_app.command("read")
def chat_read(channel: str, limit: int = 20, as_json: Json = False) -> None:
    """The latest messages (newest first)."""

    def go(c: Client) -> None:
        for message in c.chat.read(channel, limit=limit).items:
            emit(message, as_json, _message_line)

    run(go)


@chat_app.command("tail")
def chat_tail(
    channel: str,
    count: Annotated[int | None, typer.Option(help="Stop after this many messages.")] = None,
    as_json: Json = False,
) -> None:
    """Follow a channel live over the WebSocket (NDJSON with --json)."""

    def go(c: Client) -> None:
        c.run(_tail(c, channel, count, as_json))

    run(go)


async def _tail(c: Client, channel: str, count: int | None, as_json: bool) -> None:
    async with c.async_client.chat.connect() as ws:
        await ws.subscribe(channel)
        progress(f"following {channel}")
        seen = 0
        while count is None or seen < count:
            frame = await ws.next(seconds=3600)
            if frame.get("type") != "message":
                continue
            seen += 1
            emit(frame["message"], as_json, _message_line)
            sys.stdout.flush()


@tasks_app.command("release")
def tasks_release(ref: str, reason: str = "", as_json: Json = False) -> None:
    run(lambda c: emit(c.tasks.release(ref, reason), as_json, _task_line))


@approvals_app.callback(invoke_without_command=True)
def approvals_list(ctx: typer.Context, status: str = "pending", as_json: Json = False) -> None:
    """Pending approvals (or --status approved|rejected)."""
    if ctx.invoked_subcommand is not None:
        return

    def go(c: Client) -> None:
        for a in c.approvals.list(status=status).items:
            emit(a, as_json, lambda x: f"{x['id']}  {x['task_ref']:<10} {x['status']}")

    run(go)


@approvals_app.command("approve")
def approvals_approve(approval_id: str, comment: str = "", as_json: Json = False) -> None:
    run(lambda c: emit(c.approvals.decide(approval_id, approve=True, comment=comment), as_json))


@approvals_app.command("reject")
def approvals_reject(approval_id: str, comment: str = "", as_json: Json = False) -> None:
    run(lambda c: emit(c.approvals.decide(approval_id, approve=False, comment=comment), as_json))


@events_app.command("tail")
def events_tail(
    type_: Annotated[list[str] | None, typer.Option("--type", help="Event types.")] = None,
    last_event_id: int | None = None,
    count: Annotated[int | None, typer.Option(help="Stop after this many.")] = None,
    as_json: Json = False,
) -> None:
    """Follow the live log (NDJSON with --json); resumes across disconnects."""

    def reset(details: dict[str, Any]) -> None:
        # Events were missed (the resume point is older than the kept log): say so, go on.
        if as_json:
            emit({"event": "reset", **details}, True)
        else:
            progress(f"mc: events after {details.get('last_event_id')} are gone; refetch state")

    def go(c: Client) -> None:
        for seen, event in enumerate(
            c.events.stream(last_event_id=last_event_id, types=type_, on_reset=reset), start=1
        ):
            emit(
                event,
                as_json,
                lambda e: (
                    f"{e['id']:>8} {e['type']:<24} {e['entity_type']} {e['payload'].get('ref', '')}"
                ),
            )
            sys.stdout.flush()
            if count is not None and seen >= count:
                return

    run(go)


@subagents_app.command(
    "spawn", context_settings={"allow_extra_args": True, "ignore_unknown_options": True}
)
def subagents_spawn(
    ctx: typer.Context,
    name: str = "subagent",
    ttl: Annotated[int, typer.Option(help="Seconds the key lives (max 86400).")] = 3600,
    task: str | None = None,
    as_json: Json = False,
) -> None:
    """`mc subagents spawn --ttl 600 -- CMD ...`: run CMD with a short-lived key in
    MC_API_KEY, revoke it after; exits with CMD's code."""
    command = list(ctx.args)
    if not command:
        typer.echo("mc: give the command after --", err=True)
        raise typer.Exit(USAGE)

    def go(c: Client) -> int:
        with c.subagents.spawn(name, ttl_seconds=ttl, task=task) as sub:
            progress(f"sub-agent {sub.id} spawned; running {shlex.join(command)}")
            env = {**os.environ, "MC_API_KEY": sub.key, "MC_SUBAGENT_ID": sub.id}
            done = subprocess.run(command, env=env, check=False)  # noqa: S603 (the user's command)
            progress(f"sub-agent {sub.id} revoked")
        if as_json:
            emit({"subagent_id": sub.id, "exit_code": done.returncode}, True)
        return done.returncode

    run(go)


@webhooks_app.command("verify")
def webhooks_verify(
    secret: Annotated[str, typer.Option(envvar="MC_WEBHOOK_SECRET")],
    signature: Annotated[str, typer.Option(help="The X-MC-Signature header.")],
    body_file: Annotated[typer.FileBinaryRead, typer.Option(help="The raw body (- for stdin).")],
    tolerance: float = 300,
    as_json: Json = False,
) -> None:
    """Check a delivery's signature; exit 0 when valid, 4 when not."""
    valid = Webhooks.verify(secret, body_file.read(), signature, tolerance=tolerance)
    emit({"valid": valid}, as_json, lambda v: "valid" if v["valid"] else "INVALID")
    raise typer.Exit(OK if valid else FORBIDDEN)


def registration(client: str, url: str, profile: str) -> str:
    endpoint = f"{url.rstrip('/')}/mcp?profile={profile}"
    header = "Authorization: Bearer ${MC_API_KEY}"
    if client == "claude":
        return f'claude mcp add --transport http mission-control {endpoint} --header "{header}"'
    if client == "cursor":
        config = {
            "mcpServers": {
                "mission-control": {
                    "url": endpoint,
                    "headers": {"Authorization": "Bearer ${env:MC_API_KEY}"},
                }
            }
        }
        return json.dumps(config)
    config = {
        "mcp": {
            "servers": {
                "mission-control": {
                    "url": endpoint,
                    "headers": {"Authorization": "Bearer ${MC_API_KEY}"},
                }
            }
        }
    }
    return f"openclaw config set --json '{json.dumps(config)}'"


@mcp_app.command("config")
def mcp_config(
    client: Annotated[str, typer.Option(help="claude, cursor or openclaw")],
    profile: str = "core",
    as_json: Json = False,
) -> None:
    """The one-line registration for an agent host (the key stays in $MC_API_KEY)."""
    if client not in ("claude", "cursor", "openclaw") or profile not in ("core", "full"):
        typer.echo("mc: --client is claude, cursor or openclaw; --profile core or full", err=True)
        raise typer.Exit(USAGE)
    url = os.environ.get("MC_URL", "http://127.0.0.1:8000")
    line = registration(client, url, profile)
    emit({"client": client, "registration": line}, as_json, lambda v: v["registration"])


def main() -> None:
    app()


if __name__ == "__main__":
    main()
