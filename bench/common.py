"""Helpers shared by the benchmarks: a real server, an admin login, keys, seeding, load.

Benchmarks print figures; they are not tests. Everything here talks to a real
`mission-control serve` subprocess (one Uvicorn worker, the embedded PostgreSQL)
the way a deployment would be used.

    with running_server() as server:
        admin = server.login()
        agent = admin.create_agent("bench-agent")
        key = admin.create_key(agent["id"], ["admin"])
        asyncio.run(seed_events(server.owner_dsn(), n=100_000))
        result = load(server.url("/health"), connections=64, duration=10)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
BOOTSTRAP_EMAIL = "bench@example.com"
BOOTSTRAP_PASSWORD = "bench-password-1"
ORG = "default"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def git_revision() -> str:
    try:
        rev = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{rev}{' (+ uncommitted changes in the tree)' if dirty else ''}"


# --------------------------------------------------------------------------- server


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _postmaster(pgdata: Path) -> tuple[int, str] | None:
    """(pid, socket directory) from postmaster.pid, if the server is up."""
    try:
        lines = (pgdata / "postmaster.pid").read_text().splitlines()
        return int(lines[0]), lines[4]
    except (OSError, ValueError, IndexError):
        return None


def process_tree_cpu(root_pid: int, *, children: bool = True) -> float:
    """CPU seconds (user + system) used so far by a process and (optionally) its children.

    With children, exited children count too (their time moves to the parent's
    cutime/cstime when it reaps them), so a PostgreSQL backend that closes
    mid-run is not lost.
    """
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    cpu: dict[int, tuple[float, float]] = {}
    for entry in os.listdir("/proc") if children else [str(root_pid)]:
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        parents[int(entry)] = int(fields[1])
        own = (int(fields[11]) + int(fields[12])) / tick
        reaped = (int(fields[13]) + int(fields[14])) / tick
        cpu[int(entry)] = (own, reaped)
    if not children:
        return cpu.get(root_pid, (0.0, 0.0))[0]
    total, frontier = 0.0, [root_pid]
    while frontier:
        pid = frontier.pop()
        own, reaped = cpu.get(pid, (0.0, 0.0))
        total += own + reaped
        frontier.extend(child for child, parent in parents.items() if parent == pid)
    return total


@dataclass
class Server:
    """A `mission-control serve` subprocess on its own data folder and port."""

    data_dir: Path
    port: int
    env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    @property
    def pgdata(self) -> Path:
        return self.data_dir / "pg"

    def start(self, timeout: float = 120.0) -> None:
        env = {
            **os.environ,
            "MC_BOOTSTRAP_EMAIL": BOOTSTRAP_EMAIL,
            "MC_BOOTSTRAP_PASSWORD": BOOTSTRAP_PASSWORD,
            "LOG_LEVEL": "WARNING",
            **self.env,
        }
        for name in ("DATABASE_URL", "MIGRATE_DATABASE_URL", "MC_DATA_DIR"):
            env.pop(name, None)
        self.log_path = self.data_dir.parent / f"{self.data_dir.name}.log"
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(
                [
                    str(VENV_BIN / "mission-control"),
                    "serve",
                    "--data-dir",
                    str(self.data_dir),
                    "--port",
                    str(self.port),
                ],
                cwd=self.data_dir.parent,  # away from the repo's .env
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a Ctrl-C reaches us; we stop it in order
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"the server exited ({self.proc.returncode}):\n{self.log_tail()}"
                )
            try:
                if httpx.get(self.url("/health"), timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        raise RuntimeError(
            f"the server did not answer /health in {timeout:.0f}s:\n{self.log_tail()}"
        )

    def log_tail(self, lines: int = 40) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 60.0) -> None:
        """SIGINT (Uvicorn shuts down, then `serve` stops its PostgreSQL); escalate if stuck."""
        proc = self.proc
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.terminate()
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        # The embedded server must not outlive us: fast shutdown (SIGINT) if still up.
        found = _postmaster(self.pgdata)
        if found is not None and _pid_alive(found[0]):
            os.kill(found[0], signal.SIGINT)
            deadline = time.monotonic() + 30
            while _pid_alive(found[0]) and time.monotonic() < deadline:
                time.sleep(0.2)

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def postgres_pid(self) -> int | None:
        found = _postmaster(self.pgdata)
        return found[0] if found else None

    def owner_dsn(self, database: str = "mission_control") -> str:
        """The superuser URL of the embedded server (bypasses RLS: seeding only)."""
        found = _postmaster(self.pgdata)
        if found is None:
            raise RuntimeError(f"no postmaster.pid in {self.pgdata}")
        return f"postgresql://postgres@/{database}?host={found[1]}"

    def login(self, email: str = BOOTSTRAP_EMAIL, password: str = BOOTSTRAP_PASSWORD) -> Admin:
        client = httpx.Client(base_url=self.base_url, timeout=30.0)
        response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
        _expect(response, 200)
        client.headers["X-CSRF-Token"] = client.cookies["mc_csrf"]
        return Admin(client)


@contextlib.contextmanager
def running_server(
    *, port: int | None = None, env: dict[str, str] | None = None, keep_data: bool = False
) -> Iterator[Server]:
    """A started server on a fresh temporary data folder; stopped (and removed) on exit."""
    tmp = Path(tempfile.mkdtemp(prefix="mc-bench-"))
    server = Server(data_dir=tmp / "data", port=port or free_port(), env=env or {})
    try:
        server.start()
        yield server
    finally:
        server.stop()
        if keep_data:
            print(f"data kept in {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


def _expect(response: httpx.Response, status: int) -> None:
    if response.status_code != status:
        raise RuntimeError(
            f"{response.request.method} {response.request.url.path} -> "
            f"{response.status_code}: {response.text[:500]}"
        )


@dataclass
class Admin:
    """The bootstrap admin's cookie session (sends X-CSRF-Token on every request)."""

    client: httpx.Client
    org: str = ORG

    def create_agent(self, name: str) -> dict[str, Any]:
        response = self.client.post(f"/api/v1/orgs/{self.org}/agents", json={"name": name})
        _expect(response, 201)
        return dict(response.json())

    def create_key(self, agent_id: str, scopes: list[str]) -> str:
        response = self.client.post(
            f"/api/v1/orgs/{self.org}/agents/{agent_id}/keys", json={"scopes": scopes}
        )
        _expect(response, 201)
        return str(response.json()["key"])


# --------------------------------------------------------------------------- seeding

EVENT_TYPES = (
    "task.created",
    "task.updated",
    "task.updated",
    "task.updated",
    "task.commented",
    "task.status_changed",
    "task.assigned",
    "task.completed",
)


async def seed_events(
    owner_dsn: str,
    *,
    n: int,
    org_slug: str = ORG,
    actor_id: str | None = None,
    spread_seconds: float = 3600.0,
    analyze: bool = True,
) -> float:
    """Insert `n` task events for the org in one statement; returns the seconds it took.

    Runs as the superuser (RLS does not apply) and touches nothing but `events`.
    `occurred_at` is spread over the last `spread_seconds`, oldest first, so ids
    and times grow together and every row lands in the current month's partition
    (early in a month, pass a smaller spread). ANALYZE afterwards gives the
    planner the statistics autovacuum would soon collect anyway.
    """
    started = time.perf_counter()
    conn = await asyncpg.connect(owner_dsn)
    try:
        org_id = await conn.fetchval("SELECT id FROM organizations WHERE slug = $1", org_slug)
        if org_id is None:
            raise RuntimeError(f"no org {org_slug!r}")
        await conn.execute(
            """
            INSERT INTO events (occurred_at, org_id, actor_type, actor_id, type,
                                entity_type, entity_id, payload)
            SELECT greatest(date_trunc('month', now()),
                            now() - ($2::float8 * ($3 - g) / $3) * interval '1 second'),
                   $1, 'agent', $4::uuid, ($5::text[])[1 + g % cardinality($5::text[])],
                   'task', gen_random_uuid(),
                   jsonb_build_object('seq', g, 'after', jsonb_build_object('status', 'doing'))
            FROM generate_series(1, $3) AS g
            ORDER BY g
            """,
            org_id,
            spread_seconds,
            n,
            actor_id,
            list(EVENT_TYPES),
        )
        if analyze:
            await conn.execute("ANALYZE events")
    finally:
        await conn.close()
    return time.perf_counter() - started


async def wait_for_consumers(
    owner_dsn: str, *, org_slug: str = ORG, limit_seconds: float = 900.0, poll: float = 1.0
) -> float:
    """Wait until every event consumer of the org has read up to its newest event.

    Seeded events are new to the server's background consumers (notifications,
    webhooks), which chew through them in batches; measuring before they finish
    measures them too. Returns the seconds waited (0 when there is no
    `event_consumers` table). Reads only.
    """
    started = time.perf_counter()
    conn = await asyncpg.connect(owner_dsn)
    try:
        if await conn.fetchval("SELECT to_regclass('event_consumers')") is None:
            return 0.0
        org_id = await conn.fetchval("SELECT id FROM organizations WHERE slug = $1", org_slug)
        newest = await conn.fetchval("SELECT max(id) FROM events WHERE org_id = $1", org_id)
        while newest is not None:
            caught_up = await conn.fetchval(
                "SELECT count(*) > 0 AND bool_and(last_event_id >= $2)"
                " FROM event_consumers WHERE org_id = $1",
                org_id,
                newest,
            )
            if caught_up:
                break
            if time.perf_counter() - started > limit_seconds:
                raise RuntimeError(f"event consumers still behind after {limit_seconds:.0f}s")
            await asyncio.sleep(poll)
    finally:
        await conn.close()
    return time.perf_counter() - started


async def db_sessions(owner_dsn: str, database: str = "mission_control") -> int:
    """Connections ever opened to the database (pg_stat_database.sessions)."""
    conn = await asyncpg.connect(owner_dsn)
    try:
        value = await conn.fetchval(
            "SELECT sessions FROM pg_stat_database WHERE datname = $1", database
        )
    finally:
        await conn.close()
    return int(value or 0)


def wait_until_idle(
    server: Server, *, below: float = 0.05, window: float = 2.0, timeout: float = 120.0
) -> float:
    """Wait until the server process and its PostgreSQL use under `below` of a core."""
    started = time.perf_counter()
    pg = server.postgres_pid()
    while time.perf_counter() - started < timeout:
        before = process_tree_cpu(server.pid, children=False) + (
            process_tree_cpu(pg) if pg else 0.0
        )
        time.sleep(window)
        after = process_tree_cpu(server.pid, children=False) + (process_tree_cpu(pg) if pg else 0.0)
        if (after - before) / window < below:
            break
    return time.perf_counter() - started


# --------------------------------------------------------------------------- load

_WRK_SCRIPT = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"min":%d,"mean":%.1f,"p50":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.mean, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency:percentile(99.9), latency.max))
end
"""


@dataclass
class LoadResult:
    tool: str
    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    cpu: dict[str, float] = field(default_factory=dict)
    """CPU seconds used during the run per process group (server, postgres, client)."""

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def cpu_ms_per_request(self, who: str) -> float:
        return 1000 * self.cpu.get(who, 0.0) / self.requests if self.requests else 0.0


def wrk_path() -> str | None:
    return shutil.which("wrk")


def _run_wrk(
    url: str, headers: dict[str, str], connections: int, duration: float, threads: int
) -> LoadResult:
    wrk = wrk_path()
    assert wrk is not None
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(_WRK_SCRIPT)
    try:
        args = [
            wrk,
            f"-t{threads}",
            f"-c{connections}",
            f"-d{max(1, round(duration))}s",
            "--timeout",
            "30s",
            "-s",
            script.name,
        ]
        for name, value in headers.items():
            args += ["-H", f"{name}: {value}"]
        proc = subprocess.Popen([*args, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        out, err = proc.communicate()
        if proc.returncode != 0:
            raise RuntimeError(f"wrk failed ({proc.returncode}): {err.decode()}")
    finally:
        os.unlink(script.name)
    line = next((ln for ln in out.decode().splitlines() if ln.startswith("WRK_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no summary:\n{out.decode()}\n{err.decode()}")
    data = json.loads(line.removeprefix("WRK_JSON "))
    lat = data["latency_us"]
    return LoadResult(
        tool="wrk",
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        errors=sum(data["errors"].values()),
        p50_ms=lat["p50"] / 1000,
        p90_ms=lat["p90"] / 1000,
        p99_ms=lat["p99"] / 1000,
        max_ms=lat["max"] / 1000,
    )  # wrk's own CPU is read by load() from the rusage of the reaped child


async def _raw_client(
    url: str, headers: dict[str, str], connections: int, duration: float
) -> tuple[list[float], int, float]:
    """A keep-alive HTTP/1.1 GET loop per connection: cheap enough for a 2-core machine."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    request = f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\n{head}\r\n".encode()
    latencies: list[float] = []
    errors = 0
    stop_at = time.perf_counter() + duration

    async def worker() -> None:
        nonlocal errors
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while time.perf_counter() < stop_at:
                t0 = time.perf_counter()
                writer.write(request)
                status_line = await reader.readline()
                length, chunked = 0, False
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b""):
                        break
                    name, _, value = line.partition(b":")
                    name = name.strip().lower()
                    if name == b"content-length":
                        length = int(value)
                    elif name == b"transfer-encoding" and b"chunked" in value.lower():
                        chunked = True
                if chunked:
                    raise RuntimeError("chunked responses are not supported by the raw client")
                await reader.readexactly(length)
                latencies.append(time.perf_counter() - t0)
                if not status_line.startswith(b"HTTP/1.1 2"):
                    errors += 1
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(connections)))
    return latencies, errors, time.perf_counter() - started


def rss_kb(pid: int) -> int:
    """A process's resident memory (KB), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def pct(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) by the nearest rank over n - 1 (the stream benches')."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(q / 100 * len(sorted_values)) - 1))
    return sorted_values[index]


def _run_python(url: str, headers: dict[str, str], connections: int, duration: float) -> LoadResult:
    cpu_before = time.process_time()
    latencies, errors, seconds = asyncio.run(_raw_client(url, headers, connections, duration))
    client_cpu = time.process_time() - cpu_before
    latencies.sort()
    return LoadResult(
        tool="python-asyncio",
        requests=len(latencies),
        seconds=seconds,
        errors=errors,
        p50_ms=1000 * _percentile(latencies, 50),
        p90_ms=1000 * _percentile(latencies, 90),
        p99_ms=1000 * _percentile(latencies, 99),
        max_ms=1000 * (latencies[-1] if latencies else 0.0),
        cpu={"client": client_cpu},
    )


def load(
    url: str,
    *,
    headers: dict[str, str] | None = None,
    connections: int = 64,
    duration: float = 10.0,
    threads: int = 1,
    tool: str = "auto",
    server: Server | None = None,
) -> LoadResult:
    """Closed-loop load: `connections` keep-alive connections, each sending GETs back to back.

    `tool` is "wrk", "python" or "auto" (wrk when installed). With `server`, the CPU
    seconds its Python process and its PostgreSQL used during the run are recorded.
    """
    headers = headers or {}
    use_wrk = tool == "wrk" or (tool == "auto" and wrk_path() is not None)
    if tool == "wrk" and wrk_path() is None:
        raise RuntimeError("wrk is not installed (apt-get install -y wrk)")
    before: dict[str, float] = {}
    pg_pid = server.postgres_pid() if server else None
    if server is not None:
        before["server"] = process_tree_cpu(server.pid, children=False)
        before["postgres"] = process_tree_cpu(pg_pid) if pg_pid else 0.0
    children_before = os.times()
    if use_wrk:
        result = _run_wrk(url, headers, connections, duration, threads)
        children_after = os.times()
        result.cpu["client"] = (children_after.children_user - children_before.children_user) + (
            children_after.children_system - children_before.children_system
        )
    else:
        result = _run_python(url, headers, connections, duration)
    if server is not None:
        result.cpu["server"] = process_tree_cpu(server.pid, children=False) - before["server"]
        result.cpu["postgres"] = (process_tree_cpu(pg_pid) if pg_pid else 0.0) - before["postgres"]
    return result
