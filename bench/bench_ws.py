"""Chat WebSocket fan-out: N sockets on one channel of one server process, 100 messages.

Starts the embedded PostgreSQL, a migrated database and one `uvicorn` server process
(per-message deflate off, as `serve` runs it); opens N WebSockets with a minimal raw
asyncio client (the `websockets` client costs too much CPU for thousands of sockets on
2 cores), subscribes each to one channel, then posts 100 messages over REST and times
each message's arrival at every socket. Prints p50/p99 delivery latency and the
server's RSS growth per idle socket at the memory level (default 5,000).

The ceiling, measured in the same run: a bare Starlette app on the same uvicorn that
accepts the same sockets (no auth, no database, no hub) and sends each posted message
straight to every socket: the least any fan-out on this stack can cost.

    .venv/bin/python bench/bench_ws.py [--clients 1000] [--idle 5000] [--messages 100]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import gc
import json
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import pct, rss_kb  # noqa: E402

from tests.fixtures.database import Cluster, start_cluster  # noqa: E402
from tests.fixtures.factories import create_agent, create_key, create_org, signup  # noqa: E402
from tests.fixtures.servers import free_port, wait_healthy  # noqa: E402

SERVER = """
import resource, sys, uvicorn
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
from mission_control.core.config import DeploymentMode, Settings
from mission_control.core.logging import configure_logging
from mission_control.main import create_app
configure_logging("WARNING", "console")
settings = Settings(database_url=sys.argv[1], data_dir=sys.argv[2],
    secret_key="bench-secret-key-0123456789abcdef0123",
    deployment_mode=DeploymentMode.MULTI_TENANT, bootstrap_email="admin@example.com",
    bootstrap_password="admin-password-123", log_level="WARNING",
    db_pool_size=30, db_max_overflow=30, rate_limit_per_minute=0,
    stream_limit_per_key=0, stream_limit_per_org=0)
uvicorn.run(create_app(settings), host="127.0.0.1", port=int(sys.argv[3]), log_level="warning",
    access_log=False, backlog=4096, ws_per_message_deflate=False)
"""

CEILING = """
import json, resource, sys, uvicorn
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route, WebSocketRoute
sockets = set()
async def ws(websocket):
    await websocket.accept()
    sockets.add(websocket)
    try:
        while (await websocket.receive())["type"] != "websocket.disconnect":
            pass
    finally:
        sockets.discard(websocket)
async def post(request):
    body = (await request.json())["body"]
    frame = json.dumps({"type": "message", "message": {"body": body}})
    for socket in list(sockets):
        await socket.send_text(frame)
    return Response(status_code=201)
async def health(request):
    return Response("ok")
app = Starlette(routes=[WebSocketRoute("/ws", ws), Route("/post", post, methods=["POST"]),
    Route("/health", health)])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
    access_log=False, backlog=4096, ws_per_message_deflate=False)
"""

MARK = re.compile(rb"bench-(\d+)")


def raise_nofile() -> int:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def masked(text: str) -> bytes:
    payload = text.encode()
    mask = os.urandom(4)
    data = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    assert len(payload) < 126
    return bytes([0x81, 0x80 | len(payload)]) + mask + data


class Socket:
    """A bare WebSocket client: handshake, masked text frames out, a byte scan in."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.out: dict[int, float] = {}
        self.task: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, port: int, path: str, headers: str) -> Socket:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        key = base64.b64encode(os.urandom(16)).decode()
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            f"Sec-WebSocket-Version: 13\r\n{headers}\r\n".encode()
        )
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        if not head.startswith(b"HTTP/1.1 101"):
            raise ConnectionError(head.decode(errors="replace"))
        return cls(reader, writer)

    async def send(self, frame: dict[str, object]) -> None:
        self.writer.write(masked(json.dumps(frame)))
        await self.writer.drain()

    async def frame(self) -> bytes:
        """The next data frame's payload; pings are answered (uvicorn drops silent peers)."""
        while True:
            b0, b1 = await self.reader.readexactly(2)
            size = b1 & 0x7F
            if size == 126:
                size = int.from_bytes(await self.reader.readexactly(2))
            elif size == 127:
                size = int.from_bytes(await self.reader.readexactly(8))
            payload = await self.reader.readexactly(size)
            opcode = b0 & 0x0F
            if opcode == 0x9:
                mask = os.urandom(4)
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
                self.writer.write(bytes([0x8A, 0x80 | len(payload)]) + mask + data)
                continue
            if opcode == 0x8:
                raise ConnectionError(f"closed by the server: {payload[2:]!r}")
            return payload

    async def expect(self, marker: bytes) -> None:
        while marker not in await self.frame():
            pass

    async def pump(self) -> None:
        """Read from the start (answering pings), noting when each bench message arrived."""
        with contextlib.suppress(Exception):
            while True:
                payload = await self.frame()
                now = time.perf_counter()
                for match in MARK.finditer(payload):
                    self.out.setdefault(int(match.group(1)), now)

    def close(self) -> None:
        if self.task is not None:
            self.task.cancel()
        self.writer.close()


async def open_many(n: int, port: int, path: str, headers: str, channel: str | None) -> list:
    sem = asyncio.Semaphore(32)  # about the server's pool: each handshake authenticates
    sockets: list[Socket] = []

    async def one() -> None:
        async with sem:
            sock = await Socket.open(port, path, headers)
            if channel is not None:
                await sock.send({"type": "subscribe", "channel_id": channel, "ref": 1})
                await sock.expect(b'"ack"')
            sock.task = asyncio.create_task(sock.pump())
            sockets.append(sock)

    await asyncio.gather(*(one() for _ in range(n)))
    return sockets


async def fan_out(
    sockets: list[Socket], messages: int, post: object, gap: float = 0.05
) -> list[float]:
    await asyncio.sleep(0.5)
    sent: dict[int, float] = {}
    for i in range(messages):
        sent[i] = time.perf_counter()
        await post(f"bench-{i}")  # type: ignore[operator]
        await asyncio.sleep(gap)
    async with asyncio.timeout(120):
        while any(len(s.out) < messages for s in sockets):  # noqa: ASYNC110
            await asyncio.sleep(0.1)
    return [s.out[i] - sent[i] for s in sockets for i in range(messages)]


async def idle_kb(
    pid: int, n: int, port: int, path: str, headers: str, channel: str | None
) -> float:
    # Warm up first (the database pool, caches, the allocator's arenas), so the figure is
    # the steady cost of one more idle socket, not the one-off growth of the first burst.
    for sock in await open_many(min(n, 1000), port, path, headers, channel):
        sock.close()
    await asyncio.sleep(2.0)
    before = rss_kb(pid)
    sockets = await open_many(n, port, path, headers, channel)
    gc.collect()
    await asyncio.sleep(4.0)  # the server settles (and freezes its GC after the burst)
    after = rss_kb(pid)
    for sock in sockets:
        sock.close()
    await asyncio.sleep(2.0)
    return (after - before) / n


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


async def measure_ceiling(args: argparse.Namespace) -> dict[str, float]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", CEILING, str(port)], cwd=ROOT)  # noqa: ASYNC220
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            await wait_healthy(str(http.base_url), 60)

            async def post(body: str) -> None:
                assert (await http.post("/post", json={"body": body})).status_code == 201

            sockets = await open_many(args.clients, port, "/ws", "", None)
            latencies = await fan_out(sockets, args.messages, post)
            for sock in sockets:
                sock.close()
            kb = await idle_kb(proc.pid, args.idle, port, "/ws", "", None)
    finally:
        stop(proc)
    return {"p50": pct(latencies, 50) * 1000, "p99": pct(latencies, 99) * 1000, "kb": kb}


async def measure_chat(args: argparse.Namespace, cluster: Cluster, base: Path) -> dict[str, float]:
    name = await cluster.clone()
    port = free_port()
    proc = subprocess.Popen(  # noqa: ASYNC220
        [sys.executable, "-c", SERVER, cluster.url(name, app=True), str(base / "d"), str(port)],
        cwd=ROOT,
    )
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
            await wait_healthy(str(http.base_url), 60)
            owner = await signup(http)
            org = await create_org(owner)
            agent = await create_agent(owner, org["slug"])
            key = (await create_key(owner, org["slug"], agent["id"], scopes=["chat:write"]))["key"]
            base_path = f"/api/v1/orgs/{org['slug']}"
            made = await http.post(f"{base_path}/channels", json={"name": "bench"})
            channel = made.json()["id"]
            headers = f"Authorization: Bearer {key}\r\n"

            async def post(body: str) -> None:
                r = await http.post(f"{base_path}/channels/{channel}/messages", json={"body": body})
                assert r.status_code == 201, r.text

            sockets = await open_many(args.clients, port, f"{base_path}/ws", headers, channel)
            latencies = await fan_out(sockets, args.messages, post)
            for sock in sockets:
                sock.close()
            kb = await idle_kb(proc.pid, args.idle, port, f"{base_path}/ws", headers, channel)
    finally:
        stop(proc)
    return {"p50": pct(latencies, 50) * 1000, "p99": pct(latencies, 99) * 1000, "kb": kb}


async def main(args: argparse.Namespace, cluster: Cluster, base: Path) -> None:
    gc.freeze()
    ceiling = await measure_ceiling(args)
    print(
        f"ceiling: p50 {ceiling['p50']:.0f} ms  p99 {ceiling['p99']:.0f} ms"
        f"  {ceiling['kb']:.1f} KB/idle socket",
        flush=True,
    )
    chat = await measure_chat(args, cluster, base)
    print(
        f"chat:    p50 {chat['p50']:.0f} ms  p99 {chat['p99']:.0f} ms"
        f"  {chat['kb']:.1f} KB/idle socket",
        flush=True,
    )
    lines = [
        "",
        f"## bench_ws.py — {time.strftime('%Y-%m-%d %H:%M')} ({os.cpu_count()} cores shared,"
        " one server process, raw-socket WebSocket clients, deflate off)",
        "",
        f"`.venv/bin/python bench/bench_ws.py --clients {args.clients} --idle {args.idle}"
        f" --messages {args.messages}`. Delivery: {args.messages} messages posted over REST"
        f" (one every 50 ms) to {args.clients} sockets on one channel, post to arrival at"
        f" every socket. Memory: RSS growth / {args.idle} idle subscribed sockets, after a"
        " warm-up burst of 1,000 opened and closed.",
        "",
        "| | p50 (ms) | p99 (ms) | KB / idle socket |",
        "|---|---:|---:|---:|",
        f"| chat WebSocket | {chat['p50']:.0f} | {chat['p99']:.0f} | {chat['kb']:.1f} |",
        f"| ceiling (bare Starlette broadcast) | {ceiling['p50']:.0f} | {ceiling['p99']:.0f}"
        f" | {ceiling['kb']:.1f} |",
        "| target | | < 250 | < 30 |",
    ]
    with (ROOT / "bench" / "RESULTS.md").open("a") as out:
        out.write("\n".join(lines) + "\n")
    print("appended to bench/RESULTS.md")


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--idle", type=int, default=5000)
    parser.add_argument("--messages", type=int, default=100)
    parsed = parser.parse_args()
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    raise_nofile()
    work = Path(tempfile.mkdtemp(prefix="bench-ws-"))
    clusters = start_cluster(work)
    try:
        asyncio.run(main(parsed, next(clusters), work))
    finally:
        clusters.close()
