"""SSE fan-out benchmark: N idle clients on one server process, one event, delivery latency.

Starts the embedded PostgreSQL, a migrated database and one `uvicorn` server process;
holds N connections with raw asyncio sockets (httpx is too heavy for 10k on 2 cores);
publishes one event through the API and times its arrival at every client. Prints
p50/p99 latency and the server's RSS growth per idle connection.

    .venv/bin/python bench/bench_sse.py [N ...]     (default: 1000 5000 10000)
"""

from __future__ import annotations

import asyncio
import gc
import os
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

from tests.fixtures.database import Cluster, start_cluster  # noqa: E402
from tests.fixtures.factories import create_agent, create_key, create_org, signup  # noqa: E402
from tests.realtime.helpers import free_port  # noqa: E402

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
    db_pool_size=30, db_max_overflow=30)
uvicorn.run(create_app(settings), host="127.0.0.1", port=int(sys.argv[3]), log_level="warning",
    access_log=False, backlog=4096, timeout_keep_alive=600)
"""


def raise_nofile() -> int:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return hard


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


Conn = tuple[asyncio.StreamReader, asyncio.StreamWriter]


async def open_stream(port: int, path: str, key: str) -> Conn:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}\r\n"
        "Accept: text/event-stream\r\n\r\n".encode()
    )
    await writer.drain()
    buf = b""
    while b": connected" not in buf:
        chunk = await reader.read(4096)
        if not chunk:
            raise ConnectionError("stream closed")
        buf += chunk
    return reader, writer


async def wait_for_event(reader: asyncio.StreamReader, marker: bytes) -> float:
    buf = b""
    while marker not in buf:
        chunk = await reader.read(65536)
        if not chunk:
            raise ConnectionError("stream closed")
        buf = buf[-256:] + chunk
    return time.perf_counter()


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def run_level(
    n: int,
    port: int,
    pid: int,
    org: str,
    key: str,
    owner: httpx.AsyncClient,
    agent_id: str,
    status: str,
) -> dict[str, float]:
    path = f"/api/v1/orgs/{org}/events/stream?type=agent.status_changed"
    await asyncio.sleep(1.0)
    before = rss_kb(pid)
    conns: list[Conn] = []
    sem = asyncio.Semaphore(32)  # about the server's pool: auth takes a short transaction
    started = time.perf_counter()

    async def one() -> None:
        async with sem:
            conns.append(await open_stream(port, path, key))

    await asyncio.gather(*(one() for _ in range(n)))
    connect_s = time.perf_counter() - started
    gc.collect()
    gc.freeze()  # the client holds 10k sockets too: keep its GC pauses out of the latency
    await asyncio.sleep(3.0)  # let the server settle (and gc.freeze after the burst)
    after = rss_kb(pid)
    waits = [asyncio.create_task(wait_for_event(r, b"agent.status_changed")) for r, _ in conns]
    await asyncio.sleep(0.2)
    sent = time.perf_counter()
    response = await owner.post(
        f"/api/v1/orgs/{org}/agents/{agent_id}/heartbeat", json={"status": status}
    )
    assert response.status_code == 200, response.text
    arrivals = await asyncio.gather(*waits)
    latencies = [a - sent for a in arrivals]
    for _, writer in conns:
        writer.close()
    await asyncio.sleep(2.0)
    return {
        "n": n,
        "connect_s": connect_s,
        "p50_ms": pct(latencies, 50) * 1000,
        "p99_ms": pct(latencies, 99) * 1000,
        "max_ms": max(latencies) * 1000,
        "rss_before_mb": before / 1024,
        "rss_after_mb": after / 1024,
        "kb_per_conn": (after - before) / n,
    }


async def main(levels: list[int], cluster: Cluster, base: Path) -> None:
    if True:
        name = await cluster.clone()
        app_url = cluster.url(name, app=True)
        port = free_port()
        proc = subprocess.Popen(  # noqa: ASYNC220
            [sys.executable, "-c", SERVER, app_url, str(base / "data"), str(port)], cwd=ROOT
        )
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as http:
                for _ in range(300):
                    try:
                        if (await http.get("/health")).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    await asyncio.sleep(0.2)
                owner = await signup(http)
                org = await create_org(owner)
                agent = await create_agent(owner, org["slug"])
                made = await create_key(owner, org["slug"], agent["id"], scopes=["events:read"])
                key = made["key"]
                rows = []
                for i, n in enumerate(levels):
                    status = ("online", "busy")[i % 2]
                    row = await run_level(
                        n, port, proc.pid, org["slug"], key, http, agent["id"], status
                    )
                    rows.append(row)
                    print(
                        f"N={n:>6}  connect {row['connect_s']:.1f}s  p50 {row['p50_ms']:.0f} ms"
                        f"  p99 {row['p99_ms']:.0f} ms  max {row['max_ms']:.0f} ms"
                        f"  RSS {row['rss_before_mb']:.0f}->{row['rss_after_mb']:.0f} MB"
                        f"  {row['kb_per_conn']:.1f} KB/idle conn",
                        flush=True,
                    )
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
        lines = [
            "",
            f"## bench_sse.py — {time.strftime('%Y-%m-%d %H:%M')} ({os.cpu_count()} cores, "
            "one server process, in-process fan-out, raw-socket clients)",
            "",
            "| clients | connect (s) | p50 (ms) | p99 (ms) | max (ms)"
            " | RSS before→after (MB) | KB / idle conn |",
            "|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in rows:
            lines.append(
                f"| {r['n']} | {r['connect_s']:.1f} | {r['p50_ms']:.0f} | {r['p99_ms']:.0f} |"
                f" {r['max_ms']:.0f} | {r['rss_before_mb']:.0f}→{r['rss_after_mb']:.0f} |"
                f" {r['kb_per_conn']:.1f} |"
            )
        with (ROOT / "bench" / "RESULTS.md").open("a") as out:
            out.write("\n".join(lines) + "\n")
        print("appended to bench/RESULTS.md")


def _exit_on_sigterm(signum: int, frame: object) -> None:
    # `timeout` and CI send SIGTERM: exit through the finally blocks, which stop the
    # server subprocess and the database, instead of leaving them running.
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    print(f"RLIMIT_NOFILE raised to {raise_nofile()}")
    work = Path(tempfile.mkdtemp(prefix="bench-sse-"))
    clusters = start_cluster(work)
    try:
        levels = [int(a) for a in sys.argv[1:]] or [1000, 5000, 10000]
        asyncio.run(main(levels, next(clusters), work))
    finally:
        clusters.close()
