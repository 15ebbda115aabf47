"""Async and sync clients over httpx: typed models, typed errors, safe retries.

async with AsyncClient() as mc:            # MC_URL and MC_API_KEY from the environment
    task = await mc.tasks.claim_next()
    await mc.tasks.complete(task.ref)

with Client() as mc:                       # the same API, blocking
    print(mc.whoami().agent.name)
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import os
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx

from mission_control_sdk import errors, models

RETRIES = 3
Strings = list[str]  # (inside classes with a `list` method, `list` names the method)


class AsyncClient:
    """One agent's (or person's token's) connection to a Mission Control server."""

    def __init__(
        self,
        url: str | None = None,
        key: str | None = None,
        *,
        org: str | None = None,
        timeout: float = 30.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = (url or os.environ.get("MC_URL") or "http://127.0.0.1:8000").rstrip("/")
        self.key = key or os.environ.get("MC_API_KEY") or ""
        if not self.key:
            raise errors.Unauthorized(401, "no_key", "Pass key= or set MC_API_KEY.")
        self._org = org or os.environ.get("MC_ORG") or None
        self.http = httpx.AsyncClient(
            base_url=self.url,
            headers={"Authorization": f"Bearer {self.key}"},
            timeout=timeout,
            transport=transport,
        )
        self.tasks = Tasks(self)
        self.approvals = Approvals(self)
        self.events = Events(self)
        self.subagents = Subagents(self)
        self.chat = Chat(self)
        self.webhooks = Webhooks()
        self._rpc = 0

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.http.aclose()

    async def org(self) -> str:
        """The key's org slug (asked once)."""
        if self._org is None:
            self._org = (await self.whoami()).org.slug
        return self._org

    async def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        creates: bool = False,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send, retrying transport failures; a create carries one Idempotency-Key across
        its retries, so a retry never makes it twice. Error answers raise typed errors."""
        sent = dict(headers or {})
        if creates:
            sent.setdefault("Idempotency-Key", uuid.uuid4().hex)
        safe = method in ("GET", "HEAD") or creates or "Idempotency-Key" in sent
        for attempt in range(RETRIES):
            try:
                response = await self.http.request(
                    method, path, json=json_body, params=params, headers=sent
                )
            except httpx.TransportError:
                if not safe or attempt == RETRIES - 1:
                    raise
                await asyncio.sleep(0.2 * 2**attempt)
                continue
            if response.status_code >= 400:
                try:
                    body = response.json()
                except ValueError:
                    body = None
                raise errors.from_response(response.status_code, body, dict(response.headers))
            return response
        raise AssertionError("unreachable")

    async def org_path(self, path: str) -> str:
        return f"/api/v1/orgs/{await self.org()}{path}"

    async def search(
        self, q: str, *, types: list[str] | None = None, project: str | None = None, limit: int = 20
    ) -> models.Page_SearchHit_:
        """One ranked list across projects, tasks and messages."""
        params: dict[str, Any] = {"q": q, "limit": limit}
        if types:
            params["types"] = ",".join(types)
        if project:
            params["project"] = project
        response = await self.request("GET", await self.org_path("/search"), params=params)
        return models.Page_SearchHit_.model_validate(response.json())

    async def whoami(self) -> models.AgentMe:
        response = await self.request("GET", "/api/v1/agents/me")
        return models.AgentMe.model_validate(response.json())

    # --- MCP tools the REST API has no twin for --------------------------------------

    async def tool(self, name: str, arguments: dict[str, Any] | None = None) -> dict[str, Any]:
        """Call an MCP tool by name (one stateless POST to /mcp); its structured answer.
        A tool error raises the typed error for its reason."""
        self._rpc += 1
        body = {
            "jsonrpc": "2.0",
            "id": self._rpc,
            "method": "tools/call",
            "params": {"name": name, "arguments": arguments or {}},
        }
        response = await self.request(
            "POST",
            "/mcp?profile=full",
            json_body=body,
            headers={
                "Accept": "application/json, text/event-stream",
                "MCP-Protocol-Version": "2025-11-25",
            },
        )
        answer = response.json()
        if "error" in answer:
            raise errors.MissionControlError(400, "mcp_error", str(answer["error"]))
        result = answer["result"]
        content: dict[str, Any] = result.get("structuredContent") or {}
        if result.get("isError"):
            reason = str(content.get("reason", "error"))
            status = TOOL_STATUS.get(reason, 400)
            raise errors.BY_STATUS.get(status, errors.MissionControlError)(
                status, reason, str(content.get("message", "")), content.get("details"), content
            )
        return content

    async def next_action(self, *, claim: bool = True) -> dict[str, Any]:
        return await self.tool("next_action", {"claim": claim})

    async def wait_for_events(
        self, *, cursor: int | None = None, seconds: float = 45, claim: bool = False
    ) -> dict[str, Any]:
        args: dict[str, Any] = {"timeout_seconds": seconds, "claim": claim}
        if cursor is not None:
            args["cursor"] = cursor
        return await self.tool("wait_for_events", args)

    async def work_loop(
        self,
        handle: Callable[[dict[str, Any]], Awaitable[None]],
        *,
        until_idle: bool = False,
        wait_seconds: float = 45,
    ) -> None:
        """Work as the server directs: `handle(answer)` gets every answer with something to
        do (a task to work on, a review, a mention). Idle costs one long poll in flight and
        nothing else; `until_idle` returns at the first idle instead."""
        answer = await self.next_action()
        cursor: int | None = None
        while True:
            if answer.get("task") is not None or answer.get("action") in (
                "review",
                "answer_mention",
            ):
                await handle(answer)
                answer = await self.next_action()
                continue
            if until_idle:
                return
            waited = await self.wait_for_events(cursor=cursor, seconds=wait_seconds, claim=True)
            cursor = waited.get("cursor", cursor)
            if waited.get("task") is not None:
                answer = waited
            elif waited.get("reason") == "events":
                answer = await self.next_action()
            else:
                answer = {"action": "idle"}


TOOL_STATUS = {
    "task_not_found": 404,
    "project_not_found": 404,
    "approval_not_found": 404,
    "subagent_not_found": 404,
    "task_already_claimed": 409,
    "task_not_claimable": 409,
    "transition_not_allowed": 409,
    "dependencies_open": 409,
    "version_conflict": 409,
    "insufficient_scope": 403,
    "insufficient_role": 403,
    "not_holder": 403,
    "rate_limited": 429,
    "idempotency_key_reused": 422,
    "invalid_arguments": 422,
}


def _task(response: httpx.Response) -> models.TaskOut:
    return models.TaskOut.model_validate(response.json())


class Tasks:
    def __init__(self, client: AsyncClient) -> None:
        self.c = client

    async def list(
        self,
        *,
        project: str | None = None,
        status: str | None = None,
        assignee: str | None = None,
        label: str | None = None,
        q: str | None = None,
        limit: int = 50,
        cursor: str | None = None,
    ) -> models.Page_TaskOut_:
        params = {
            k: v
            for k, v in {
                "project": project,
                "status": status,
                "assignee": assignee,
                "label": label,
                "q": q,
                "limit": limit,
                "cursor": cursor,
            }.items()
            if v is not None
        }
        response = await self.c.request("GET", await self.c.org_path("/tasks"), params=params)
        return models.Page_TaskOut_.model_validate(response.json())

    async def get(self, task: str) -> models.TaskOut:
        return _task(await self.c.request("GET", await self.c.org_path(f"/tasks/{task}")))

    async def create(
        self, project: str, title: str, *, idempotency_key: str | None = None, **fields: Any
    ) -> models.TaskOut:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        response = await self.c.request(
            "POST",
            await self.c.org_path(f"/projects/{project}/tasks"),
            json_body={"title": title, **fields},
            creates=True,
            headers=headers,
        )
        return _task(response)

    async def claim(self, task: str) -> models.TaskOut:
        """Claim one task; a lost race raises Conflict (do not retry it)."""
        return _task(await self.c.request("POST", await self.c.org_path(f"/tasks/{task}/claim")))

    async def claim_next(
        self,
        *,
        project: str | None = None,
        labels: Strings | None = None,
        min_priority: str | None = None,
    ) -> models.TaskOut | None:
        body = {
            k: v
            for k, v in {"project": project, "labels": labels, "min_priority": min_priority}.items()
            if v is not None
        }
        response = await self.c.request(
            "POST", await self.c.org_path("/tasks/claim-next"), json_body=body
        )
        return None if response.status_code == 204 else _task(response)

    async def update(
        self, task: str, *, expected_version: int | None = None, **fields: Any
    ) -> models.TaskOut:
        headers = {"If-Match": str(expected_version)} if expected_version is not None else None
        response = await self.c.request(
            "PATCH", await self.c.org_path(f"/tasks/{task}"), json_body=fields, headers=headers
        )
        return _task(response)

    async def move(self, task: str, status: str) -> models.TaskOut:
        return await self.transition(task, status)

    async def transition(self, task: str, status: str) -> models.TaskOut:
        """Move along the workflow; `done` under approval raises ApprovalRequired."""
        response = await self.c.request(
            "POST", await self.c.org_path(f"/tasks/{task}/transition"), json_body={"status": status}
        )
        if response.status_code == 202:
            raise errors.ApprovalRequired(models.ApprovalOut.model_validate(response.json()))
        return _task(response)

    async def complete(self, task: str) -> models.TaskOut:
        return await self.transition(task, "done")

    async def release(self, task: str, reason: str = "") -> models.TaskOut:
        return _task(
            await self.c.request(
                "POST",
                await self.c.org_path(f"/tasks/{task}/release"),
                json_body={"reason": reason},
            )
        )


class Approvals:
    def __init__(self, client: AsyncClient) -> None:
        self.c = client

    async def list(self, *, status: str | None = "pending") -> models.Page_ApprovalOut_:
        params = {"status": status} if status else None
        response = await self.c.request("GET", await self.c.org_path("/approvals"), params=params)
        return models.Page_ApprovalOut_.model_validate(response.json())

    async def decide(
        self, approval_id: str, *, approve: bool, comment: str = ""
    ) -> models.ApprovalOut:
        verb = "approve" if approve else "reject"
        response = await self.c.request(
            "POST",
            await self.c.org_path(f"/approvals/{approval_id}/{verb}"),
            json_body={"comment": comment},
        )
        return models.ApprovalOut.model_validate(response.json())


class Events:
    def __init__(self, client: AsyncClient) -> None:
        self.c = client

    async def list(self, *, limit: int = 50, **filters: Any) -> models.Page_EventOut_:
        response = await self.c.request(
            "GET", await self.c.org_path("/events"), params={"limit": limit, **filters}
        )
        return models.Page_EventOut_.model_validate(response.json())

    async def stream(
        self,
        *,
        last_event_id: int | None = None,
        types: Strings | None = None,
        max_backoff: float = 5.0,
        on_reset: Callable[[dict[str, Any]], Awaitable[None] | None] | None = None,
    ) -> AsyncIterator[models.EventOut]:
        """The live log; after a disconnect (or a server restart) it reconnects with
        Last-Event-ID, so no event is missed or repeated.

        When the resume point is older than the log the server keeps, events were missed:
        without `on_reset` that raises StreamReset; with it, `on_reset(details)` is called
        (refetch what you hold there) and the stream goes on with live events."""
        params = {"type": ",".join(types)} if types else None
        backoff = 0.1
        path = await self.c.org_path("/events/stream")
        while True:
            headers = {"Accept": "text/event-stream"}
            if last_event_id is not None:
                headers["Last-Event-ID"] = str(last_event_id)
            try:
                async with self.c.http.stream(
                    "GET",
                    path,
                    params=params,
                    headers=headers,
                    timeout=httpx.Timeout(30, read=None),
                ) as response:
                    if response.status_code >= 400:
                        body = json.loads(await response.aread() or b"null")
                        raise errors.from_response(
                            response.status_code, body, dict(response.headers)
                        )
                    backoff = 0.1
                    async for frame in _frames(response):
                        if frame.get("event") == "reset":
                            details = json.loads(frame["data"])
                            if on_reset is None:
                                raise errors.StreamReset(details)
                            done = on_reset(details)
                            if done is not None:
                                await done
                            continue
                        if frame.get("id") is None or frame.get("event") == "notification":
                            continue
                        event = models.EventOut.model_validate_json(frame["data"])
                        last_event_id = event.id
                        yield event
            except (httpx.TransportError, httpx.RemoteProtocolError):
                pass
            await asyncio.sleep(backoff)
            backoff = min(max_backoff, backoff * 2)


async def _frames(response: httpx.Response) -> AsyncIterator[dict[str, str]]:
    frame: dict[str, str] = {}
    async for line in response.aiter_lines():
        if not line:
            if "data" in frame:
                yield frame
            frame = {}
        elif not line.startswith(":"):
            name, _, value = line.partition(":")
            frame[name] = value.removeprefix(" ")


class Chat:
    """Channels and task comments over REST, live chat over the WebSocket."""

    def __init__(self, client: AsyncClient) -> None:
        self.c = client

    async def post(
        self, channel_id: str, body: str, *, parent_id: str | None = None
    ) -> models.MessageOut:
        payload: dict[str, Any] = {"body": body}
        if parent_id is not None:
            payload["parent_id"] = parent_id
        response = await self.c.request(
            "POST",
            await self.c.org_path(f"/channels/{channel_id}/messages"),
            json_body=payload,
            creates=True,
        )
        return models.MessageOut.model_validate(response.json())

    async def read(
        self, channel_id: str, *, limit: int = 50, cursor: str | None = None
    ) -> models.MessagePage:
        params: dict[str, Any] = {"limit": limit, **({"cursor": cursor} if cursor else {})}
        response = await self.c.request(
            "GET", await self.c.org_path(f"/channels/{channel_id}/messages"), params=params
        )
        return models.MessagePage.model_validate(response.json())

    async def comment(self, task: str, body: str) -> models.MessageOut:
        response = await self.c.request(
            "POST",
            await self.c.org_path(f"/tasks/{task}/comments"),
            json_body={"body": body},
            creates=True,
        )
        return models.MessageOut.model_validate(response.json())

    @contextlib.asynccontextmanager
    async def connect(self) -> AsyncIterator[ChatSocket]:
        """`async with mc.chat.connect() as ws:` one WebSocket for many channels."""
        import websockets

        url = self.c.url.replace("http", "ws", 1) + await self.c.org_path("/ws")
        headers = {"Authorization": f"Bearer {self.c.key}"}
        async with websockets.connect(url, additional_headers=headers) as ws:
            socket = ChatSocket(ws)
            try:
                yield socket
            finally:
                socket.close()


class ChatSocket:
    """Frames in, acks matched to what was sent (by `ref`)."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.frames: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.acks: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self.reader = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        async for raw in self.ws:
            frame = json.loads(raw)
            ref = frame.get("ref")
            waiter = self.acks.pop(str(ref), None) if ref is not None else None
            if waiter is not None and not waiter.done():
                waiter.set_result(frame)
            else:
                await self.frames.put(frame)

    def close(self) -> None:
        self.reader.cancel()

    async def _send(self, frame: dict[str, Any]) -> dict[str, Any]:
        ref = uuid.uuid4().hex[:12]
        waiter: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.acks[ref] = waiter
        await self.ws.send(json.dumps({**frame, "ref": ref}))
        answer = await asyncio.wait_for(waiter, 30)
        if answer.get("type") == "error":
            error = answer.get("error") or {}
            raise errors.MissionControlError(400, str(error.get("code")), str(error.get("message")))
        return answer

    async def subscribe(self, channel_id: str) -> dict[str, Any]:
        return await self._send({"type": "subscribe", "channel_id": channel_id})

    async def send(self, channel_id: str, body: str) -> dict[str, Any]:
        """Post over the socket; the ack carries the stored message."""
        return await self._send({"type": "message", "channel_id": channel_id, "body": body})

    async def next(self, seconds: float = 30) -> dict[str, Any]:
        """The next frame the server pushed (message, typing, presence...)."""
        return await asyncio.wait_for(self.frames.get(), seconds)


class Spawned:
    """A running sub-agent: its id and short-lived key (revoked when the block ends)."""

    def __init__(self, body: models.SubAgentSpawned) -> None:
        self.info = body
        self.id = str(body.id)
        self.key = body.key


class Subagents:
    def __init__(self, client: AsyncClient) -> None:
        self.c = client

    async def create(
        self, name: str, *, ttl_seconds: int = 3600, task: str | None = None, purpose: str = ""
    ) -> Spawned:
        body: dict[str, Any] = {"name": name, "ttl_seconds": ttl_seconds, "purpose": purpose}
        if task is not None:
            body["task"] = task
        response = await self.c.request(
            "POST", await self.c.org_path("/sub-agents"), json_body=body, creates=True
        )
        return Spawned(models.SubAgentSpawned.model_validate(response.json()))

    async def revoke(self, subagent_id: str, reason: str = "") -> models.SubAgentOut:
        response = await self.c.request(
            "POST",
            await self.c.org_path(f"/sub-agents/{subagent_id}/revoke"),
            json_body={"reason": reason},
        )
        return models.SubAgentOut.model_validate(response.json())

    @contextlib.asynccontextmanager
    async def spawn(
        self, name: str, *, ttl_seconds: int = 3600, task: str | None = None, purpose: str = ""
    ) -> AsyncIterator[Spawned]:
        """`async with mc.subagents.spawn("helper") as sub:` — revoked on exit, however it ends."""
        sub = await self.create(name, ttl_seconds=ttl_seconds, task=task, purpose=purpose)
        try:
            yield sub
        finally:
            with contextlib.suppress(errors.Conflict):  # it already ended
                await self.revoke(sub.id, "done")


class Webhooks:
    @staticmethod
    def verify(secret: str, body: bytes, signature: str, *, tolerance: float = 300) -> bool:
        """Check `X-MC-Signature: t=<unix>,v1=<hex>` over `<t>.<body>` (and its age)."""
        parts = dict(p.split("=", 1) for p in signature.split(",") if "=" in p)
        try:
            stamp = int(parts["t"])
        except (KeyError, ValueError):
            return False
        if abs(time.time() - stamp) > tolerance:
            return False
        mac = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(mac, parts.get("v1", ""))


class Client:
    """The blocking twin of AsyncClient (same namespaces and methods)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._runner = asyncio.Runner()
        self._async = self._runner.run(_make(*args, **kwargs))
        self.tasks = _Sync(self._runner, self._async.tasks)
        self.approvals = _Sync(self._runner, self._async.approvals)
        self.events = _Sync(self._runner, self._async.events)
        self.subagents = _Sync(self._runner, self._async.subagents)
        self.chat = _Sync(self._runner, self._async.chat)
        self.webhooks = Webhooks()

    @property
    def async_client(self) -> AsyncClient:
        return self._async

    def run(self, coro: Any) -> Any:
        """Run a coroutine on this client's loop (for the async-only parts, e.g. the socket)."""
        return self._runner.run(coro)

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._runner.run(self._async.aclose())
        self._runner.close()

    def __getattr__(self, name: str) -> Any:
        return _Sync(self._runner, self._async).__getattr__(name)


async def _make(*args: Any, **kwargs: Any) -> AsyncClient:
    return AsyncClient(*args, **kwargs)


class _Sync:
    def __init__(self, runner: asyncio.Runner, target: Any) -> None:
        self._runner = runner
        self._target = target

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr
        runner = self._runner

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attr(*args, **kwargs)
            if hasattr(result, "__anext__"):
                return _iterate(runner, result)
            if hasattr(result, "__aenter__"):
                return _SyncContext(runner, result)
            if asyncio.iscoroutine(result):
                return runner.run(result)
            return result

        return call


def _iterate(runner: asyncio.Runner, agen: Any) -> Iterator[Any]:
    try:
        while True:
            try:
                yield runner.run(agen.__anext__())
            except StopAsyncIteration:
                return
    finally:
        runner.run(agen.aclose())


class _SyncContext:
    def __init__(self, runner: asyncio.Runner, manager: Any) -> None:
        self._runner = runner
        self._manager = manager

    def __enter__(self) -> Any:
        return self._runner.run(self._manager.__aenter__())

    def __exit__(self, *exc: Any) -> None:
        self._runner.run(self._manager.__aexit__(*exc))
