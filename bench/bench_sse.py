"""SSE fan-out: N idle streams on one server process, one event, its delivery latency to all.

Prints figures; not a test. Starts the embedded PostgreSQL, a migrated database
and one Mission Control server process (uvicorn, one worker; the app raises its
own open-files limit at start-up). Client processes (asyncio protocols, about
5,000 streams each, so the clients' reading is spread like real clients') hold
N streams; then one heartbeat through the API writes one event, and every
client notes when the frame arrived (wall clock, same machine). Prints p50/p99/max
from the POST to each arrival, and the server's RSS growth per idle stream.

The ceiling, measured in the same run on the same clients: a bare asyncio server
(uvloop, what uvicorn runs on) holding the same N connections and writing one
pre-rendered chunk to each transport in a loop, the least any server can do.

Stream caps and rate limits are raised for the run through settings
(STREAM_LIMIT_PER_KEY/ORG, RATE_LIMIT_*), never turned off in code.

    .venv/bin/python bench/bench_sse.py [N ...]     (default: 19900)

The default is 19,900 because this machine's hard RLIMIT_NOFILE is 20,000 per
process and the server also holds its listening socket, the database pool and
its files; the app raises its soft limit to the hard one and logs that the OS
refused more.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import resource
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import pct, rss_kb  # noqa: E402

from tests.fixtures.database import Cluster, start_cluster  # noqa: E402
from tests.fixtures.factories import create_agent, create_key, create_org, signup  # noqa: E402
from tests.realtime.helpers import free_port  # noqa: E402

PER_CLIENT = 5000
MARKER = b"agent.status_changed"

SERVER = """
import sys, uvicorn
from mission_control.core.config import DeploymentMode, Settings
from mission_control.core.logging import configure_logging
from mission_control.main import create_app
configure_logging("WARNING", "console")
settings = Settings(database_url=sys.argv[1], data_dir=sys.argv[2],
    secret_key="bench-secret-key-0123456789abcdef0123",
    deployment_mode=DeploymentMode.MULTI_TENANT, bootstrap_email="admin@example.com",
    bootstrap_password="admin-password-123", log_level="WARNING",
    db_pool_size=30, db_max_overflow=30,
    stream_limit_per_key=100000, stream_limit_per_org=100000,
    rate_limit_per_minute=100000000, rate_limit_burst=1000000)
uvicorn.run(create_app(settings), host="127.0.0.1", port=int(sys.argv[3]), log_level="warning",
    access_log=False, backlog=4096, timeout_keep_alive=600)
"""

CEILING = r"""
import asyncio, resource, sys, uvloop
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
FRAME = (b'event: agent.status_changed\nid: 1\ndata: {"id":1,"type":"agent.status_changed",'
    b'"payload":{"before":{"status":"online"},"after":{"status":"busy"}}}\n\n')
CHUNK = b"%x\r\n" % len(FRAME) + FRAME + b"\r\n"
HEAD = (b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
    + b"%x\r\n" % 13 + b": connected\n\n" + b"\r\n")
streams = set()
class P(asyncio.Protocol):
    def connection_made(self, t): self.t, self.buf = t, b""
    def data_received(self, data):
        self.buf += data
        if b"\r\n\r\n" not in self.buf: return
        if self.buf.startswith(b"POST /fire"):
            for t in streams: t.write(CHUNK)
            self.t.write(b"HTTP/1.1 204 No Content\r\n\r\n"); self.t.close()
        else:
            self.t.write(HEAD); streams.add(self.t)
        self.buf = b""
    def connection_lost(self, exc): streams.discard(self.t)
async def main():
    server = await asyncio.get_running_loop().create_server(P, "127.0.0.1", int(sys.argv[1]),
        backlog=4096)
    await server.serve_forever()
uvloop.run(main())
"""


class Stream(asyncio.Protocol):
    """One SSE client: ready at `: connected`, then notes when the marker arrives."""

    def __init__(self, request: bytes) -> None:
        self.request = request
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.arrived: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self.tail = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        transport.write(self.request)

    def data_received(self, data: bytes) -> None:
        seen = self.tail + data
        if not self.ready.done():
            if b": connected" in seen:
                self.ready.set_result(None)
        elif not self.arrived.done() and MARKER in seen:
            self.arrived.set_result(time.time())
        self.tail = seen[-64:]

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.ready.done():
            self.ready.set_exception(ConnectionError("stream closed"))

    def close(self) -> None:
        if self.transport is not None:
            sock = self.transport.get_extra_info("socket")
            if sock is not None:  # RST, no TIME_WAIT: the next level reuses the ports
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.transport.close()


async def _client(port: int, path: str, key: str, n: int, pipe: Connection) -> None:
    loop = asyncio.get_running_loop()
    request = (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}\r\n"
        "Accept: text/event-stream\r\n\r\n"
    ).encode()
    streams: list[Stream] = []
    gate = asyncio.Semaphore(16)

    async def one() -> None:
        async with gate:
            _, stream = await loop.create_connection(lambda: Stream(request), "127.0.0.1", port)
            await stream.ready
            streams.append(stream)

    await asyncio.gather(*(one() for _ in range(n)))
    pipe.send("ready")
    await loop.run_in_executor(None, pipe.recv)  # "measure": the event is on its way
    done, _ = await asyncio.wait([s.arrived for s in streams], timeout=60)
    arrivals = [f.result() for f in done]
    pipe.send(arrivals)
    await loop.run_in_executor(None, pipe.recv)  # "close"
    for stream in streams:
        stream.close()
    await asyncio.sleep(0.5)


def client_main(port: int, path: str, key: str, n: int, pipe: Connection) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    import gc

    gc.disable()  # the clients' own pauses stay out of the figures
    asyncio.run(_client(port, path, key, n, pipe))


def run_level(n: int, port: int, pid: int, path: str, key: str, fire: callable) -> dict[str, float]:  # type: ignore[valid-type]
    time.sleep(1.0)
    before = rss_kb(pid)
    started = time.perf_counter()
    pipes, procs = [], []
    ctx = mp.get_context("spawn")
    for i in range(0, n, PER_CLIENT):
        mine, theirs = ctx.Pipe()
        proc = ctx.Process(
            target=client_main, args=(port, path, key, min(PER_CLIENT, n - i), theirs)
        )
        proc.start()
        pipes.append(mine)
        procs.append(proc)
    for pipe in pipes:
        assert pipe.recv() == "ready"
    connect_s = time.perf_counter() - started
    time.sleep(4.0)  # let the server settle (the hub freezes the GC after a burst)
    after = rss_kb(pid)
    for pipe in pipes:
        pipe.send("measure")
    time.sleep(0.3)
    sent = time.time()
    fire()
    arrivals: list[float] = []
    for pipe in pipes:
        arrivals.extend(pipe.recv())
    latencies = [a - sent for a in arrivals]
    for pipe in pipes:
        pipe.send("close")
    for proc in procs:
        proc.join(30)
    time.sleep(2.0)
    return {
        "n": n,
        "got": len(arrivals),
        "connect_s": connect_s,
        "p50_ms": pct(latencies, 50) * 1000,
        "p99_ms": pct(latencies, 99) * 1000,
        "max_ms": max(latencies) * 1000,
        "rss_before_mb": before / 1024,
        "rss_after_mb": after / 1024,
        "kb_per_conn": (after - before) / n,
    }


def _wait_up(url: str) -> None:
    for _ in range(300):
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.2)


async def _setup(url: str) -> tuple[str, str, str, httpx.AsyncClient]:
    http = httpx.AsyncClient(base_url=url, timeout=60)
    owner = await signup(http)
    org = await create_org(owner)
    agent = await create_agent(owner, org["slug"])
    made = await create_key(owner, org["slug"], agent["id"], scopes=["events:read"])
    return org["slug"], agent["id"], made["key"], owner.client


def row(name: str, r: dict[str, float]) -> str:
    return (
        f"| {name} | {r['n']} | {r['got']} | {r['connect_s']:.0f} | {r['p50_ms']:.0f} "
        f"| {r['p99_ms']:.0f} | {r['max_ms']:.0f} | {r['rss_before_mb']:.0f}→"
        f"{r['rss_after_mb']:.0f} | {r['kb_per_conn']:.1f} |"
    )


def main(levels: list[int], cluster: Cluster, base: Path) -> None:
    name = asyncio.run(cluster.clone())
    app_url = cluster.url(name, app=True)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER, app_url, str(base / "data"), str(port)])
    lines = []
    try:
        _wait_up(f"http://127.0.0.1:{port}/health")
        loop = asyncio.new_event_loop()
        slug, agent_id, key, owner = loop.run_until_complete(_setup(f"http://127.0.0.1:{port}"))
        path = f"/api/v1/orgs/{slug}/events/stream?type=agent.status_changed"
        for i, n in enumerate(levels):
            status = ("online", "busy")[i % 2]

            def fire(status: str = status) -> None:
                response = loop.run_until_complete(
                    owner.post(
                        f"/api/v1/orgs/{slug}/agents/{agent_id}/heartbeat", json={"status": status}
                    )
                )
                assert response.status_code == 200, response.text

            r = run_level(n, port, proc.pid, path, key, fire)
            lines.append(row("Mission Control", r))
            print(lines[-1], flush=True)
        loop.run_until_complete(owner.aclose())
    finally:
        proc.terminate()
        proc.wait(30)
    # The ceiling: a bare asyncio server, the same clients.
    cport = free_port()
    ceiling = subprocess.Popen([sys.executable, "-c", CEILING, str(cport)])
    try:
        time.sleep(1.0)

        def fire_ceiling() -> None:
            with socket.create_connection(("127.0.0.1", cport)) as sock:
                sock.sendall(b"POST /fire HTTP/1.1\r\nHost: x\r\n\r\n")
                sock.recv(100)

        for n in levels:
            r = run_level(n, cport, ceiling.pid, "/stream", "-", fire_ceiling)
            lines.append(row("ceiling (bare asyncio)", r))
            print(lines[-1], flush=True)
    finally:
        ceiling.terminate()
        ceiling.wait(10)
    header = [
        "",
        f"## bench_sse.py — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} "
        f"({os.cpu_count()} cores, one server process, clients in {PER_CLIENT}-stream processes)",
        "",
        f"Command: `.venv/bin/python bench/bench_sse.py {' '.join(map(str, levels))}`; "
        f"load average before: {os.getloadavg()[0]:.1f}.",
        "",
        "| server | streams | got the event | connect s | p50 ms | p99 ms | max ms "
        "| RSS before→after MB | KB / idle stream |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    with (ROOT / "bench" / "RESULTS.md").open("a") as out:
        out.write("\n".join(header + lines) + "\n")
    print("appended to bench/RESULTS.md")


def _exit_on_sigterm(signum: int, frame: object) -> None:
    # `timeout` and CI send SIGTERM: exit through the finally blocks, which stop the
    # server subprocess and the database, instead of leaving them running.
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    work = Path(tempfile.mkdtemp(prefix="bench-sse-"))
    clusters = start_cluster(work)
    try:
        main([int(a) for a in sys.argv[1:]] or [19900], next(clusters), work)
    finally:
        clusters.close()
