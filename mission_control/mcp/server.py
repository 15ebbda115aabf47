"""The MCP server at `/mcp`: stateless streamable HTTP, authenticated by `mc_` keys.

Each HTTP request is authenticated before the MCP layer sees it, by the same key lookup
as every REST route (revoked, expired or unknown keys get 401 in our error shape, and the
API rate limit applies); the org and agent come from the key, never from arguments. The
request's transaction is begun with the lookup (which binds the org), the tool runs in
it, and it commits when the tool succeeds, or rolls back when it fails.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import mcp_types as types
import pydantic_core
import structlog
from fastapi import FastAPI
from mcp.server.lowlevel.server import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.shared.inbound import MCP_PROTOCOL_VERSION_HEADER
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS
from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from mission_control.auth.principals import Identity, Principal, identify
from mission_control.core.db import Tx
from mission_control.core.errors import AppError, Unauthorized, error_body
from mission_control.core.schemas import RequestModel
from mission_control.mcp import tools as catalogue

log = structlog.get_logger(__name__)

PATH = "/mcp"
CALLER = "mc.mcp_caller"
PROFILE_HEADER = "x-mc-profile"
INSTRUCTIONS = (
    "Mission Control: call next_action first each turn; if it answers idle, end the turn. "
    "Claim before working and never retry a lost claim."
)


class BearerRequired(Unauthorized):
    code = "bearer_required"
    message = "Send `Authorization: Bearer mc_...` (an agent key or personal token)."


class NotAnOrgKey(Unauthorized):
    code = "org_key_required"
    message = "This token has no membership in its org."


class UnknownProfile(AppError):
    status_code = 400
    code = "unknown_profile"
    message = "profile must be core or full."


@dataclass(slots=True)
class Caller:
    principal: Principal
    tx: Tx
    profile: str


def _schema(model: type[BaseModel]) -> dict[str, Any]:
    """A model's JSON schema without titles (hosts resend every byte each turn)."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            options = node.get("anyOf")
            if isinstance(options, list) and {"type": "null"} in options:
                # Optional means "may be left out": `T | None` is written as T.
                rest = [o for o in options if o != {"type": "null"}]
                node = {k: v for k, v in node.items() if k != "anyOf"}
                node = {**(rest[0] if len(rest) == 1 else {"anyOf": rest}), **node}
            return {
                k: strip(v)
                for k, v in node.items()
                if not (k == "title" and isinstance(v, str))
                and k != "additionalProperties"
                and not (k == "default" and v is None)
            }
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    schema: dict[str, Any] = strip(model.model_json_schema())
    if issubclass(model, RequestModel):
        schema["additionalProperties"] = False
    return schema


def _definition(tool: catalogue.Tool) -> types.Tool:
    return types.Tool(
        name=tool.name,
        description=tool.description,
        input_schema=_schema(tool.args),
        output_schema=_schema(tool.result),
        annotations=types.ToolAnnotations(
            read_only_hint=tool.read_only,
            destructive_hint=tool.destructive,
            idempotent_hint=tool.idempotent,
            open_world_hint=False,
        ),
    )


DEFINITIONS = {tool.name: _definition(tool) for tool in catalogue.TOOLS}


def tool_list(profile: str, principal: Principal | None) -> list[types.Tool]:
    """The tool definitions a caller is sent (also what the token-budget test measures)."""
    return [DEFINITIONS[t.name] for t in catalogue.visible(profile, principal)]


def _caller(ctx: Any) -> Caller:
    request: Request | None = ctx.request
    assert request is not None, "the MCP app is served only through mission_control.mcp"
    caller: Caller = request.scope[CALLER]
    return caller


def _present(value: Any) -> Any:
    """Leave out what is None (the schemas say "may be absent", not "may be null")."""
    if isinstance(value, dict):
        return {k: _present(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_present(v) for v in value]
    return value


def _plain(result: dict[str, Any]) -> dict[str, Any]:
    plain: dict[str, Any] = _present(pydantic_core.to_jsonable_python(result))
    return plain


HINTS = {
    "task_already_claimed": "Lost the claim: do not retry; call next_action.",
    "task_not_claimable": "Not claimable now: call next_action.",
    "version_conflict": "Stale version: get_task, then retry with its version.",
    "rate_limited": "Slow down: wait retry_after seconds.",
}


def _error(code: str, message: str, details: Any = None) -> dict[str, Any]:
    hint = HINTS.get(code, "Fix the arguments or call next_action.")
    body: dict[str, Any] = {"reason": code, "next_hint": hint, "message": message}
    if details is not None:
        body["details"] = details
    return _plain(body)


async def run_tool(
    caller: Caller, app: Any, name: str, arguments: dict[str, Any] | None
) -> tuple[dict[str, Any], bool]:
    """Run one tool for the caller in its transaction: (structured answer, is_error)."""
    tool = catalogue.BY_NAME.get(name)
    if tool is None or not catalogue.shows(tool, caller.profile, caller.principal):
        return _error("unknown_tool", f"No tool {name!r} in this profile."), True
    try:
        args = tool.args.model_validate(arguments or {})
    except ValidationError as exc:
        details = [{"loc": list(e["loc"]), "msg": e["msg"]} for e in exc.errors(include_url=False)]
        return _error("invalid_arguments", "The arguments break the tool's schema.", details), True
    call = catalogue.Call(
        principal=caller.principal,
        tx=caller.tx,
        db=app.state.db,
        hub=app.state.hub,
        secret_key=app.state.settings.resolved_secret_key(),
    )
    try:
        result = await tool.handler(call, args)
        await caller.tx.commit()
    except AppError as exc:
        await caller.tx.rollback()
        return _error(exc.code, exc.message, exc.details), True
    except Exception:
        await caller.tx.rollback()
        log.exception("mcp_tool_failed", tool=tool.name)
        return _error("internal_error", "Something went wrong on our side."), True
    return _plain(result), False


async def _list_tools(
    ctx: Any, params: types.PaginatedRequestParams | None
) -> types.ListToolsResult:
    caller = _caller(ctx)
    return types.ListToolsResult(tools=tool_list(caller.profile, caller.principal))


async def _call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
    request: Request = ctx.request
    plain, error = await run_tool(_caller(ctx), request.app, params.name, params.arguments)
    text = pydantic_core.to_json(plain).decode()
    return types.CallToolResult(
        content=[types.TextContent(text=text)], structured_content=plain, is_error=error
    )


def build_server() -> Server[Any]:
    return Server(
        "mission-control",
        version="0.1.0",
        instructions=INSTRUCTIONS,
        on_list_tools=_list_tools,
        on_call_tool=_call_tool,
    )


def _principal(identity: Identity) -> Principal:
    key = identity.key
    if key is None:
        raise BearerRequired()
    if key.user_id is not None and key.role is None:
        raise NotAnOrgKey()
    return Principal(key.org_id, key.org_slug, identity, key.role, key.scopes)


async def _refuse(send: Send, exc: AppError) -> None:
    raw = pydantic_core.to_json(error_body(exc.code, exc.message, exc.details))
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]
    if exc.status_code == 401:
        headers.append((b"www-authenticate", b'Bearer realm="mission-control"'))
    for name, value in (exc.headers or {}).items():
        headers.append((name.lower().encode(), value.encode()))
    await send({"type": "http.response.start", "status": exc.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": raw})


class McpEndpoint:
    """The ASGI endpoint at /mcp: authenticate, then hand over to the MCP transport."""

    def __init__(self, manager: StreamableHTTPSessionManager) -> None:
        self.manager = manager

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        if request.method != "POST":
            # Stateless: no GET stream and no session to DELETE.
            await send(
                {
                    "type": "http.response.start",
                    "status": 405,
                    "headers": [(b"allow", b"POST"), (b"content-length", b"0")],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return
        tx = Tx(request.app.state.db)
        try:
            profile = request.query_params.get("profile") or request.headers.get(
                PROFILE_HEADER, catalogue.CORE
            )
            if profile not in catalogue.PROFILES:
                raise UnknownProfile()
            if not request.headers.get("authorization"):
                raise BearerRequired()
            await tx.begin()
            principal = _principal(await identify(request, tx))
        except AppError as exc:
            await tx.rollback()
            await tx.release()
            await _refuse(send, exc)
            return
        caller = scope[CALLER] = Caller(principal, tx, profile)
        try:
            body = await _body(receive)
            call = _plain_tool_call(request, body)
            if call is not None:
                await _answer_tool_call(caller, request.app, call, send)
            else:
                await self.manager.handle_request(scope, _replay(body, receive), send)
        finally:
            await tx.rollback()  # nothing left open (a tool commits its own work)
            await tx.release()


async def _body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again


def _plain_tool_call(request: Request, body: bytes) -> dict[str, Any] | None:
    """A single `tools/call` on the handshake-era wire, answered without the SDK's
    per-request transport (the hot path; everything else goes through the SDK)."""
    version = request.headers.get(MCP_PROTOCOL_VERSION_HEADER)
    if version is not None and version not in HANDSHAKE_PROTOCOL_VERSIONS:
        return None
    if "application/json" not in request.headers.get("accept", ""):
        return None
    try:
        message = pydantic_core.from_json(body)
    except ValueError:
        return None
    if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
        return None
    params = message.get("params")
    ident = message.get("id")
    if message.get("method") != "tools/call" or not isinstance(params, dict):
        return None
    if not isinstance(ident, int | str) or isinstance(ident, bool):
        return None
    if not isinstance(params.get("name"), str) or set(params) - {"name", "arguments"}:
        return None
    if not isinstance(params.get("arguments", {}), dict):
        return None
    return message


async def _answer_tool_call(caller: Caller, app: Any, message: dict[str, Any], send: Send) -> None:
    params = message["params"]
    plain, error = await run_tool(caller, app, params["name"], params.get("arguments"))
    text = pydantic_core.to_json(plain).decode()
    result = {
        "content": [{"type": "text", "text": text}],
        "structuredContent": plain,
        "isError": error,
    }
    raw = pydantic_core.to_json({"jsonrpc": "2.0", "id": message["id"], "result": result})
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": raw})


def install(app: FastAPI) -> None:
    """Serve MCP at /mcp; `lifespan(app)` runs its session manager."""
    manager = StreamableHTTPSessionManager(
        app=build_server(), json_response=True, stateless=True, session_idle_timeout=None
    )
    app.state.mcp = manager
    # First: routes are tried in order, and agents call this one most.
    route = Route(PATH, endpoint=McpEndpoint(manager), methods=["POST", "GET", "DELETE"])
    app.router.routes.insert(0, route)
    # The SDK logs every request at DEBUG/INFO through stdlib logging: a third of a call's CPU.
    logging.getLogger("mcp").setLevel(logging.WARNING)


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with app.state.mcp.run():
        yield
